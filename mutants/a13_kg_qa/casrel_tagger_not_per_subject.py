# replaces: casrel_decode
# target: test_casrel_decode
# why: runs the object tagger once (for the first subject) and reuses its objects for every subject
def casrel_decode(text, sub_start, sub_end, object_tagger, relations, threshold=0.5):
    triples = set()
    subjects = pointer_spans(sub_start, sub_end, threshold)
    if not subjects:
        return []
    obj_start, obj_end = (np.asarray(x) for x in object_tagger(*subjects[0]))
    for i, j in subjects:
        for k, relation in enumerate(relations):
            for a, b in pointer_spans(obj_start[:, k], obj_end[:, k], threshold):
                triples.add((text[i : j + 1], relation, text[a : b + 1]))
    return sorted(triples)
