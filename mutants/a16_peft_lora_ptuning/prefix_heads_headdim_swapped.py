# replaces: prefix_key_values
# target: test_prefix_key_values
# why: splits each key/value vector as (head_dim, n_head) instead of (n_head, head_dim)
def prefix_key_values(prefix, batch_size, n_layer, n_head):
    P = prefix.shape[0]
    head_dim = prefix.shape[1] // (2 * n_layer) // n_head
    kv = prefix.view(P, n_layer, 2, head_dim, n_head).permute(1, 2, 4, 0, 3)
    return kv.unsqueeze(2).expand(n_layer, 2, batch_size, n_head, P, head_dim)
