# replaces: texts_to_batch
# target: test_texts_to_batch
# why: does not pass truncating on, so 'pre' keeps the head instead of the tail
def texts_to_batch(texts, tokenize, vocab, max_len, truncating="post"):
    unk_id = vocab["<unk>"]
    seqs = []
    for text in texts:
        tokens = tokenize(to_halfwidth(text).lower())
        seqs.append([vocab.get(w, unk_id) for w in tokens if w.strip()])
    return pad_truncate(seqs, max_len, pad_id=vocab["<pad>"])
