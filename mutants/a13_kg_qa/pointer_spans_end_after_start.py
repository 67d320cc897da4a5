# replaces: pointer_spans
# target: test_pointer_spans
# why: the end must lie strictly after the start, so one-character entities are lost
def pointer_spans(start_probs, end_probs, threshold=0.5):
    starts = np.flatnonzero(np.asarray(start_probs) >= threshold)
    ends = np.flatnonzero(np.asarray(end_probs) >= threshold)
    spans = []
    for i in starts:
        later = ends[ends > i]
        if len(later):
            spans.append((int(i), int(later[0])))
    return spans
