# replaces: build_pair_inputs
# target: test_build_pair_inputs
# why: the classic loop "drop one token from the longer segment, B on ties" (the old slow-tokenizer rule)
def build_pair_inputs(ids_a, ids_b, cls_id, sep_id, max_len):
    a, b = list(ids_a), list(ids_b)
    while len(a) + len(b) > max_len - 3:
        if len(a) > len(b):
            a.pop()
        else:
            b.pop()
    return [cls_id] + a + [sep_id] + b + [sep_id], [0] * (len(a) + 2) + [1] * (len(b) + 1)
