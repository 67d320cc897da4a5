# replaces: crf_viterbi
# target: test_crf_viterbi
# why: breaks ties toward the largest tag index (argmax over the flipped scores)
def crf_viterbi(emissions, mask, start_transitions, end_transitions, transitions):
    K = emissions.shape[2]
    score = start_transitions + emissions[:, 0]
    history = []
    for t in range(1, emissions.shape[1]):
        cand = score.unsqueeze(2) + transitions + emissions[:, t].unsqueeze(1)
        best, idx = cand.flip(1).max(dim=1)
        score = torch.where(mask[:, t].unsqueeze(1), best, score)
        history.append(K - 1 - idx)
    score = score + end_transitions
    lengths = mask.long().sum(1).tolist()
    paths = []
    for b in range(emissions.shape[0]):
        tag = K - 1 - int(score[b].flip(0).argmax())
        path = [tag]
        for idx in reversed(history[: lengths[b] - 1]):
            tag = int(idx[b, tag])
            path.append(tag)
        paths.append(path[::-1])
    return paths
