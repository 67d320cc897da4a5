# replaces: pointer_spans
# target: test_pointer_spans
# why: each end is consumed by the first start that takes it (no shared ends)
def pointer_spans(start_probs, end_probs, threshold=0.5):
    starts = np.flatnonzero(np.asarray(start_probs) >= threshold)
    ends = list(np.flatnonzero(np.asarray(end_probs) >= threshold))
    spans = []
    for i in starts:
        later = [j for j in ends if j >= i]
        if later:
            spans.append((int(i), int(later[0])))
            ends.remove(later[0])
    return spans
