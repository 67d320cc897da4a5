# replaces: prefix_key_values
# target: test_prefix_key_values
# why: splits the features as (key/value, layer, ...) instead of (layer, key/value, ...)
def prefix_key_values(prefix, batch_size, n_layer, n_head):
    P = prefix.shape[0]
    head_dim = prefix.shape[1] // (2 * n_layer) // n_head
    kv = prefix.view(P, 2, n_layer, n_head, head_dim).permute(2, 1, 3, 0, 4)
    return kv.unsqueeze(2).expand(n_layer, 2, batch_size, n_head, P, head_dim)
