# replaces: build_pair_inputs
# target: test_build_pair_inputs
# why: only the second segment is ever truncated ("only_second")
def build_pair_inputs(ids_a, ids_b, cls_id, sep_id, max_len):
    a, b = list(ids_a), list(ids_b)
    budget = max_len - 3
    if len(a) + len(b) > budget:
        b = b[:max(0, budget - len(a))]
        a = a[:budget - len(b)]
    return [cls_id] + a + [sep_id] + b + [sep_id], [0] * (len(a) + 2) + [1] * (len(b) + 1)
