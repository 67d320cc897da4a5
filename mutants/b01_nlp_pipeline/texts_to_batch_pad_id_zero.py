# replaces: texts_to_batch
# target: test_texts_to_batch
# why: leaves pad_truncate's default pad_id=0 instead of the vocabulary's <pad> id
def texts_to_batch(texts, tokenize, vocab, max_len, truncating="post"):
    unk_id = vocab["<unk>"]
    seqs = []
    for text in texts:
        tokens = tokenize(to_halfwidth(text).lower())
        seqs.append([vocab.get(w, unk_id) for w in tokens if w.strip()])
    return pad_truncate(seqs, max_len, truncating=truncating)
