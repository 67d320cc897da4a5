# replaces: corrupt_spans
# target: test_corrupt_spans
# why: labels read from the corrupted inputs instead of the original ids


def corrupt_spans(input_ids, spans, mask_id, vocab_size, rng):
    inputs, labels = list(input_ids), [-100] * len(input_ids)
    for start, end in spans:
        r = rng.random()
        for i in range(start, end):
            if r < 0.8:
                inputs[i] = mask_id
            elif r < 0.9:
                inputs[i] = rng.randrange(vocab_size)
            labels[i] = inputs[i]
    return inputs, labels
