# replaces: corrupt_spans
# target: test_corrupt_spans
# why: the 10% keep and 10% random branches swapped (random when r >= 0.9)


def corrupt_spans(input_ids, spans, mask_id, vocab_size, rng):
    inputs, labels = list(input_ids), [-100] * len(input_ids)
    for start, end in spans:
        r = rng.random()
        for i in range(start, end):
            labels[i] = input_ids[i]
            if r < 0.8:
                inputs[i] = mask_id
            elif r >= 0.9:
                inputs[i] = rng.randrange(vocab_size)
    return inputs, labels
