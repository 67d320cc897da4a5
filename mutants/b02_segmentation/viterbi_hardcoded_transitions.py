# replaces: viterbi
# target: test_viterbi
# why: only looks at the hard-coded BMES predecessors instead of the scores in hmm.trans (stated: use the model's scores)
def viterbi(text, hmm):
    if not text:
        return []
    prev_of = {"B": "ES", "M": "BM", "E": "BM", "S": "ES"}

    def emit(s, c):
        return hmm.emit[s].get(c, hmm.unk[s])

    score = {s: (hmm.start[s] if s in "BS" else float("-inf")) + emit(s, text[0]) for s in "BMES"}
    back = []
    for c in text[1:]:
        new, ptr = {}, {}
        for t in "BMES":
            best = max(prev_of[t], key=lambda s, t=t: score[s] + hmm.trans[s][t])
            new[t] = score[best] + hmm.trans[best][t] + emit(t, c)
            ptr[t] = best
        score = new
        back.append(ptr)
    tags = [max("ES", key=lambda s: score[s])]
    for ptr in reversed(back):
        tags.append(ptr[tags[-1]])
    return tags[::-1]
