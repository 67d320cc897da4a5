# replaces: viterbi
# target: test_viterbi
# why: greedy decoding: picks the locally best next tag instead of keeping the best path to every state
def viterbi(text, hmm):
    if not text:
        return []

    def emit(s, c):
        return hmm.emit[s].get(c, hmm.unk[s])

    states = "ES" if len(text) == 1 else "BMES"
    tags = [max(states, key=lambda s: hmm.start[s] + emit(s, text[0]))]
    for i, c in enumerate(text[1:], start=1):
        states = "ES" if i == len(text) - 1 else "BMES"
        prev = tags[-1]
        tags.append(max(states, key=lambda t, prev=prev, c=c: hmm.trans[prev][t] + emit(t, c)))
    return tags
