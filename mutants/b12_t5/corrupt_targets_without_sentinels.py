# replaces: span_corruption
# target: test_span_corruption
# why: targets hold only the dropped tokens, without sentinels to delimit the spans
def span_corruption(ids, mask, sentinel_ids):
    flags = [bool(m) for m in mask.tolist()]
    inputs, targets, k = [], [], 0
    for i, (tok, noisy) in enumerate(zip(ids, flags, strict=True)):
        if noisy:
            if i == 0 or not flags[i - 1]:
                inputs.append(int(sentinel_ids[k]))
                k += 1
            targets.append(int(tok))
        else:
            inputs.append(int(tok))
    return inputs, targets
