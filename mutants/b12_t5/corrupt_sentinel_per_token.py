# replaces: span_corruption
# target: test_span_corruption
# why: one sentinel per masked token instead of one per span
def span_corruption(ids, mask, sentinel_ids):
    inputs, targets, k = [], [], 0
    for tok, noisy in zip(ids, mask.tolist(), strict=True):
        if noisy:
            inputs.append(int(sentinel_ids[k]))
            targets += [int(sentinel_ids[k]), int(tok)]
            k += 1
        else:
            inputs.append(int(tok))
    targets.append(int(sentinel_ids[k]))
    return inputs, targets
