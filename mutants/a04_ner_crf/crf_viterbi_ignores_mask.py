# replaces: crf_viterbi
# target: test_crf_viterbi
# why: runs the recursion through the padding and backtracks from the last column, then cuts each path to its length
def crf_viterbi(emissions, mask, start_transitions, end_transitions, transitions):
    score = start_transitions + emissions[:, 0]
    history = []
    for t in range(1, emissions.shape[1]):
        score, idx = (score.unsqueeze(2) + transitions + emissions[:, t].unsqueeze(1)).max(dim=1)
        history.append(idx)
    score = score + end_transitions
    lengths = mask.long().sum(1).tolist()
    paths = []
    for b in range(emissions.shape[0]):
        tag = int(score[b].argmax())
        path = [tag]
        for idx in reversed(history):
            tag = int(idx[b, tag])
            path.append(tag)
        paths.append(path[::-1][: lengths[b]])
    return paths
