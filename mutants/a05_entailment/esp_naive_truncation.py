# replaces: encode_sentence_pair
# target: test_encode_sentence_pair
# why: removes one token at a time from the longer sentence, ties from the second (not the library's rule)
def encode_sentence_pair(ids_a, ids_b, max_length, pad_to=None, cls_id=2, sep_id=3, pad_id=0):
    keep_a, keep_b = len(ids_a), len(ids_b)
    while keep_a + keep_b > max_length - 3:
        if keep_a > keep_b:
            keep_a -= 1
        else:
            keep_b -= 1
    a = [int(i) for i in ids_a[:keep_a]]
    b = [int(i) for i in ids_b[:keep_b]]
    input_ids = [cls_id] + a + [sep_id] + b + [sep_id]
    token_type_ids = [0] * (len(a) + 2) + [1] * (len(b) + 1)
    attention_mask = [1] * len(input_ids)
    if pad_to is not None:
        extra = pad_to - len(input_ids)
        if extra < 0:
            raise ValueError("pad_to too short")
        input_ids += [pad_id] * extra
        token_type_ids += [0] * extra
        attention_mask += [0] * extra
    return {
        "input_ids": input_ids,
        "token_type_ids": token_type_ids,
        "attention_mask": attention_mask,
    }
