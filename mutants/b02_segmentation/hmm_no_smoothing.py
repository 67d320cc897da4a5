# replaces: hmm_estimate
# target: test_hmm_estimate
# why: maximum-likelihood counts without add-one smoothing (log of 0 for unseen events)
import math
from collections import Counter


def hmm_estimate(sentences):
    allowed = {"B": ("M", "E"), "M": ("M", "E"), "E": ("B", "S"), "S": ("B", "S")}
    start_c, trans_c, emit_c, state_c = Counter(), Counter(), Counter(), Counter()
    chars, n_sent = set(), 0
    for words in sentences:
        text = "".join(words)
        if not text:
            continue
        tags = bmes_tags(words)
        n_sent += 1
        start_c[tags[0]] += 1
        for a, b in zip(tags, tags[1:], strict=False):
            trans_c[a, b] += 1
        for c, t in zip(text, tags, strict=True):
            emit_c[t, c] += 1
            state_c[t] += 1
        chars.update(text)

    def log(x):
        return math.log(x) if x > 0 else float("-inf")

    start = {s: log(start_c[s] / n_sent) for s in "BMES"}
    trans = {}
    for s in "BMES":
        out = sum(trans_c[s, t] for t in allowed[s])
        trans[s] = {t: log(trans_c[s, t] / out) if out else float("-inf") for t in "BMES"}
    emit = {
        s: {c: log(emit_c[s, c] / state_c[s]) if state_c[s] else float("-inf") for c in chars}
        for s in "BMES"
    }
    unk = {s: float("-inf") for s in "BMES"}
    return HMMParams(start, trans, emit, unk)
