# replaces: word_cooccurrence_graph
# target: test_word_cooccurrence_graph
# why: filters the candidates first and slides the window over them only, so punctuation and function words no longer take positions
def word_cooccurrence_graph(tagged, window=5, allow_pos=("ns", "n", "vn", "v"), stopwords=frozenset()):
    kept = [w for w, pos in tagged if len(w) >= 2 and pos in set(allow_pos) and w not in set(stopwords)]
    nodes = sorted(set(kept))
    at = {w: i for i, w in enumerate(nodes)}
    W = np.zeros((len(nodes), len(nodes)), dtype=np.int64)
    for p in range(len(kept)):
        for q in range(p + 1, min(p + window, len(kept))):
            if kept[p] != kept[q]:
                W[at[kept[p]], at[kept[q]]] += 1
                W[at[kept[q]], at[kept[p]]] += 1
    return nodes, W
