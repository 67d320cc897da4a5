# replaces: crf_viterbi
# target: test_crf_viterbi
# why: reads the transition matrix as A[to, from]
def crf_viterbi(emissions, mask, start_transitions, end_transitions, transitions):
    score = start_transitions + emissions[:, 0]
    history = []
    for t in range(1, emissions.shape[1]):
        best, idx = (score.unsqueeze(2) + transitions.T + emissions[:, t].unsqueeze(1)).max(dim=1)
        score = torch.where(mask[:, t].unsqueeze(1), best, score)
        history.append(idx)
    score = score + end_transitions
    lengths = mask.long().sum(1).tolist()
    paths = []
    for b in range(emissions.shape[0]):
        tag = int(score[b].argmax())
        path = [tag]
        for idx in reversed(history[: lengths[b] - 1]):
            tag = int(idx[b, tag])
            path.append(tag)
        paths.append(path[::-1])
    return paths
