# replaces: crf_viterbi
# target: test_crf_viterbi
# why: greedy left-to-right decoding: picks the best tag given the previous choice, no backpointers
def crf_viterbi(emissions, mask, start_transitions, end_transitions, transitions):
    paths = []
    lengths = mask.long().sum(1).tolist()
    for b in range(emissions.shape[0]):
        L = lengths[b]
        first = start_transitions + emissions[b, 0] + (end_transitions if L == 1 else 0)
        path = [int(first.argmax())]
        for t in range(1, L):
            cand = transitions[path[-1]] + emissions[b, t] + (end_transitions if t == L - 1 else 0)
            path.append(int(cand.argmax()))
        paths.append(path)
    return paths
