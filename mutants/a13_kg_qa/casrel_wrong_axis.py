# replaces: casrel_decode
# target: test_casrel_decode
# why: reads the relation's pointers along the wrong axis (row k instead of column k)
def casrel_decode(text, sub_start, sub_end, object_tagger, relations, threshold=0.5):
    triples = set()
    for i, j in pointer_spans(sub_start, sub_end, threshold):
        obj_start, obj_end = object_tagger(i, j)
        obj_start, obj_end = np.asarray(obj_start).T, np.asarray(obj_end).T
        for k, relation in enumerate(relations):
            if k >= obj_start.shape[1]:
                continue
            for a, b in pointer_spans(obj_start[:, k], obj_end[:, k], threshold):
                if b < len(text):
                    triples.add((text[i : j + 1], relation, text[a : b + 1]))
    return sorted(triples)
