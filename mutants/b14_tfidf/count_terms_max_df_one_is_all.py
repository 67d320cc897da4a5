# replaces: count_terms
# target: test_count_terms
# why: any max_df <= 1 is read as a share, so the int max_df=1 keeps everything instead of df <= 1
def count_terms(docs, vocabulary=None, min_df=1, max_df=1.0):
    n_docs = len(docs)
    if vocabulary is None:
        doc_freq = Counter()
        for doc in docs:
            doc_freq.update(set(doc))
        low = min_df * n_docs if min_df < 1 else min_df
        high = max_df * n_docs if max_df <= 1 else max_df
        vocab = {t: j for j, t in enumerate(sorted(t for t, c in doc_freq.items() if low <= c <= high))}
    else:
        vocab = dict(vocabulary)
    rows, cols, vals = [], [], []
    for i, doc in enumerate(docs):
        for j, c in Counter(vocab[t] for t in doc if t in vocab).items():
            rows.append(i)
            cols.append(j)
            vals.append(c)
    counts = sp.csr_matrix((np.array(vals, dtype=np.int64), (rows, cols)), shape=(n_docs, len(vocab)))
    df = np.bincount(np.array(cols, dtype=np.int64), minlength=len(vocab)).astype(np.int64)
    return vocab, counts, df
