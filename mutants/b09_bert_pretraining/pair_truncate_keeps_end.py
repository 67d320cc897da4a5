# replaces: build_pair_inputs
# target: test_build_pair_inputs
# why: truncation cuts tokens at the start of a segment instead of the end
def build_pair_inputs(ids_a, ids_b, cls_id, sep_id, max_len):
    a, b = list(ids_a), list(ids_b)
    budget = max_len - 3
    if len(a) + len(b) > budget:
        if len(a) <= len(b):
            keep_a = min(len(a), budget // 2)
            a, b = a[len(a) - keep_a:], b[len(b) - (budget - keep_a):]
        else:
            keep_b = min(len(b), budget // 2)
            a, b = a[len(a) - (budget - keep_b):], b[len(b) - keep_b:]
    return [cls_id] + a + [sep_id] + b + [sep_id], [0] * (len(a) + 2) + [1] * (len(b) + 1)
