# replaces: casrel_decode
# target: test_casrel_decode
# why: slices text[i:j] as if the end pointer were exclusive, dropping the last character
def casrel_decode(text, sub_start, sub_end, object_tagger, relations, threshold=0.5):
    triples = set()
    for i, j in pointer_spans(sub_start, sub_end, threshold):
        obj_start, obj_end = object_tagger(i, j)
        obj_start, obj_end = np.asarray(obj_start), np.asarray(obj_end)
        for k, relation in enumerate(relations):
            for a, b in pointer_spans(obj_start[:, k], obj_end[:, k], threshold):
                triples.add((text[i:j], relation, text[a:b]))
    return sorted(triples)
