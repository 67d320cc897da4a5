# replaces: bm25_index
# target: test_bm25_index
# why: the average length leaves out the empty documents
def bm25_index(corpus, epsilon=0.25):
    doc_ids, tfs = {}, {}
    for i, doc in enumerate(corpus):
        for term, tf in Counter(doc).items():
            doc_ids.setdefault(term, []).append(i)
            tfs.setdefault(term, []).append(tf)
    if not doc_ids:
        raise ValueError("bm25_index needs at least one word in the corpus")
    n_docs = len(corpus)
    doc_len = np.array([len(doc) for doc in corpus], dtype=np.int64)
    postings = {
        t: (np.array(doc_ids[t], dtype=np.int64), np.array(tfs[t], dtype=np.int64)) for t in doc_ids
    }
    raw = {
        t: math.log(n_docs - len(ids) + 0.5) - math.log(len(ids) + 0.5)
        for t, ids in doc_ids.items()
    }
    floor = epsilon * sum(raw.values()) / len(raw)
    idf = {t: (value if value >= 0 else floor) for t, value in raw.items()}
    return {
        "n_docs": n_docs,
        "doc_len": doc_len,
        "avgdl": float(doc_len[doc_len > 0].mean()),
        "postings": postings,
        "idf": idf,
    }
