# replaces: word_cooccurrence_graph
# target: test_word_cooccurrence_graph
# why: POS matched by prefix (pos.startswith), so nr/nt/nz pass as n
def word_cooccurrence_graph(tagged, window=5, allow_pos=("ns", "n", "vn", "v"), stopwords=frozenset()):
    ok = [len(w) >= 2 and pos.startswith(tuple(allow_pos)) and w not in stopwords for w, pos in tagged]
    nodes = sorted({w for (w, _), k in zip(tagged, ok, strict=True) if k})
    at = {w: i for i, w in enumerate(nodes)}
    W = np.zeros((len(nodes), len(nodes)), dtype=np.int64)
    for p in range(len(tagged)):
        for q in range(p + 1, min(p + window, len(tagged))):
            if ok[p] and ok[q] and tagged[p][0] != tagged[q][0]:
                i, j = at[tagged[p][0]], at[tagged[q][0]]
                W[i, j] += 1
                W[j, i] += 1
    return nodes, W
