# replaces: crf_path_score
# target: test_crf_path_score
# why: forgets the start transition
def crf_path_score(emissions, tags, mask, start_transitions, end_transitions, transitions):
    m = mask.to(emissions.dtype)
    emitted = emissions.gather(2, tags.unsqueeze(2)).squeeze(2)
    score = (emitted * m).sum(1)
    if tags.shape[1] > 1:
        score = score + (transitions[tags[:, :-1], tags[:, 1:]] * m[:, 1:]).sum(1)
    last = tags.gather(1, (mask.long().sum(1) - 1).unsqueeze(1)).squeeze(1)
    return score + end_transitions[last]
