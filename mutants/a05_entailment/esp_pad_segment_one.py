# replaces: encode_sentence_pair
# target: test_encode_sentence_pair
# why: padding continues the second segment (token_type_ids 1 on padding)
def encode_sentence_pair(ids_a, ids_b, max_length, pad_to=None, cls_id=2, sep_id=3, pad_id=0):
    budget = max_length - 3
    keep_a, keep_b = len(ids_a), len(ids_b)
    if keep_a + keep_b > budget:
        short = min(keep_a, keep_b)
        if 2 * short <= budget:
            keep_short, keep_long = short, budget - short
        else:
            keep_short, keep_long = budget // 2, budget - budget // 2
        keep_a, keep_b = (
            (keep_short, keep_long) if len(ids_a) <= len(ids_b) else (keep_long, keep_short)
        )
    a = [int(i) for i in ids_a[:keep_a]]
    b = [int(i) for i in ids_b[:keep_b]]
    input_ids = [int(cls_id)] + a + [int(sep_id)] + b + [int(sep_id)]
    token_type_ids = [0] * (len(a) + 2) + [1] * (len(b) + 1)
    attention_mask = [1] * len(input_ids)
    if pad_to is not None:
        extra = pad_to - len(input_ids)
        if extra < 0:
            raise ValueError("pad_to too short")
        input_ids += [int(pad_id)] * extra
        token_type_ids += [1] * extra
        attention_mask += [0] * extra
    return {
        "input_ids": input_ids,
        "token_type_ids": token_type_ids,
        "attention_mask": attention_mask,
    }
