# replaces: count_terms
# target: test_count_terms
# why: columns numbered in order of first appearance, not in sorted term order as CountVectorizer does
def count_terms(docs, vocabulary=None, min_df=1, max_df=1.0):
    n_docs = len(docs)
    if vocabulary is None:
        doc_freq = Counter()
        for doc in docs:
            doc_freq.update(list(dict.fromkeys(doc)))
        low = min_df if isinstance(min_df, numbers.Integral) else min_df * n_docs
        high = max_df if isinstance(max_df, numbers.Integral) else max_df * n_docs
        vocab = {t: j for j, t in enumerate(t for t, c in doc_freq.items() if low <= c <= high)}
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
