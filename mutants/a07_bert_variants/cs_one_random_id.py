# replaces: corrupt_spans
# target: test_corrupt_spans
# why: the random branch draws one id and repeats it over the whole span


def corrupt_spans(input_ids, spans, mask_id, vocab_size, rng):
    inputs, labels = list(input_ids), [-100] * len(input_ids)
    for start, end in spans:
        r = rng.random()
        token = rng.randrange(vocab_size) if 0.8 <= r < 0.9 else None
        for i in range(start, end):
            labels[i] = input_ids[i]
            if r < 0.8:
                inputs[i] = mask_id
            elif r < 0.9:
                inputs[i] = token
    return inputs, labels
