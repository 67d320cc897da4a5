# replaces: viterbi
# target: test_viterbi
# why: looks emissions up with hmm.emit[s][c] and never falls back to hmm.unk (KeyError on unseen characters)
def viterbi(text, hmm):
    if not text:
        return []
    score = {s: hmm.start[s] + hmm.emit[s][text[0]] for s in "BMES"}
    back = []
    for c in text[1:]:
        new, ptr = {}, {}
        for t in "BMES":
            best = max("BMES", key=lambda s, t=t: score[s] + hmm.trans[s][t])
            new[t] = score[best] + hmm.trans[best][t] + hmm.emit[t][c]
            ptr[t] = best
        score = new
        back.append(ptr)
    tags = [max("ES", key=lambda s: score[s])]
    for ptr in reversed(back):
        tags.append(ptr[tags[-1]])
    return tags[::-1]
