# replaces: build_pair_inputs
# target: test_build_pair_inputs
# why: the closing [SEP] is given segment 0 (only B itself is marked as segment 1)
def build_pair_inputs(ids_a, ids_b, cls_id, sep_id, max_len):
    a, b = list(ids_a), list(ids_b)
    budget = max_len - 3
    if len(a) + len(b) > budget:
        if len(a) <= len(b):
            keep_a = min(len(a), budget // 2)
            a, b = a[:keep_a], b[:budget - keep_a]
        else:
            keep_b = min(len(b), budget // 2)
            a, b = a[:budget - keep_b], b[:keep_b]
    return [cls_id] + a + [sep_id] + b + [sep_id], [0] * (len(a) + 2) + [1] * len(b) + [0]
