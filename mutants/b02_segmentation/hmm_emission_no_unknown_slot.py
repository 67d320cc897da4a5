# replaces: hmm_estimate
# target: test_hmm_estimate
# why: emission denominator n_s + V forgets the extra slot for unknown characters (rows no longer sum to 1)
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
    ni = float("-inf")
    start = {s: math.log((start_c[s] + 1) / (n_sent + 2)) if s in "BS" else ni for s in "BMES"}
    trans = {}
    for s in "BMES":
        out = sum(trans_c[s, t] for t in allowed[s])
        trans[s] = {
            t: math.log((trans_c[s, t] + 1) / (out + 2)) if t in allowed[s] else ni for t in "BMES"
        }
    v = len(chars)
    emit = {s: {c: math.log((emit_c[s, c] + 1) / (state_c[s] + v)) for c in chars} for s in "BMES"}
    unk = {s: math.log(1 / (state_c[s] + v)) for s in "BMES"}
    return HMMParams(start, trans, emit, unk)
