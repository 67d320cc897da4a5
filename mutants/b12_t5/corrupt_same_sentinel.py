# replaces: span_corruption
# target: test_span_corruption
# why: uses <extra_id_0> for every span (like a single [MASK] token)
def span_corruption(ids, mask, sentinel_ids):
    flags = [bool(m) for m in mask.tolist()]
    inputs, targets = [], []
    for i, (tok, noisy) in enumerate(zip(ids, flags, strict=True)):
        if noisy:
            if i == 0 or not flags[i - 1]:
                inputs.append(int(sentinel_ids[0]))
                targets.append(int(sentinel_ids[0]))
            targets.append(int(tok))
        else:
            inputs.append(int(tok))
    targets.append(int(sentinel_ids[0]))
    return inputs, targets
