# replaces: texts_to_batch
# target: test_texts_to_batch
# why: unknown tokens get the <pad> id instead of <unk>
def texts_to_batch(texts, tokenize, vocab, max_len, truncating="post"):
    seqs = []
    for text in texts:
        tokens = tokenize(to_halfwidth(text).lower())
        seqs.append([vocab.get(w, vocab["<pad>"]) for w in tokens if w.strip()])
    return pad_truncate(seqs, max_len, pad_id=vocab["<pad>"], truncating=truncating)
