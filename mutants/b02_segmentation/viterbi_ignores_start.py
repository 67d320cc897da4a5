# replaces: viterbi
# target: test_viterbi
# why: initialises delta with the emission scores only, forgetting the start probabilities
def viterbi(text, hmm):
    if not text:
        return []

    def emit(s, c):
        return hmm.emit[s].get(c, hmm.unk[s])

    score = {s: emit(s, text[0]) for s in "BMES"}
    back = []
    for c in text[1:]:
        new, ptr = {}, {}
        for t in "BMES":
            best = max("BMES", key=lambda s, t=t: score[s] + hmm.trans[s][t])
            new[t] = score[best] + hmm.trans[best][t] + emit(t, c)
            ptr[t] = best
        score = new
        back.append(ptr)
    tags = [max("ES", key=lambda s: score[s])]
    for ptr in reversed(back):
        tags.append(ptr[tags[-1]])
    return tags[::-1]
