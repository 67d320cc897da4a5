# replaces: count_terms
# target: test_count_terms
# why: df counts every occurrence of a term, not the documents that contain it
def count_terms(docs, vocabulary=None, min_df=1, max_df=1.0):
    n_docs = len(docs)
    if vocabulary is None:
        freq = Counter(t for doc in docs for t in doc)
        low = min_df if isinstance(min_df, numbers.Integral) else min_df * n_docs
        high = max_df if isinstance(max_df, numbers.Integral) else max_df * n_docs
        vocab = {t: j for j, t in enumerate(sorted(t for t, c in freq.items() if low <= c <= high))}
    else:
        vocab = dict(vocabulary)
    dense_rows = []
    for doc in docs:
        row = np.zeros(len(vocab), dtype=np.int64)
        for t in doc:
            if t in vocab:
                row[vocab[t]] += 1
        dense_rows.append(row)
    counts = sp.csr_matrix(np.array(dense_rows, dtype=np.int64).reshape(n_docs, len(vocab)))
    df = np.asarray(counts.sum(axis=0)).ravel().astype(np.int64)
    return vocab, counts, df
