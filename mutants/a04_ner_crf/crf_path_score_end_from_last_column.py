# replaces: crf_path_score
# target: test_crf_path_score
# why: the end transition is taken from the tag in the last column, which is padding for short sentences
def crf_path_score(emissions, tags, mask, start_transitions, end_transitions, transitions):
    m = mask.to(emissions.dtype)
    emitted = emissions.gather(2, tags.unsqueeze(2)).squeeze(2)
    score = start_transitions[tags[:, 0]] + (emitted * m).sum(1)
    if tags.shape[1] > 1:
        score = score + (transitions[tags[:, :-1], tags[:, 1:]] * m[:, 1:]).sum(1)
    return score + end_transitions[tags[:, -1]]
