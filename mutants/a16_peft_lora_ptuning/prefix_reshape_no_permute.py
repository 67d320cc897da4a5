# replaces: prefix_key_values
# target: test_prefix_key_values
# why: reshapes straight to the target shape without moving the prefix axis
def prefix_key_values(prefix, batch_size, n_layer, n_head):
    P = prefix.shape[0]
    head_dim = prefix.shape[1] // (2 * n_layer) // n_head
    kv = prefix.reshape(n_layer, 2, n_head, P, head_dim)
    return kv.unsqueeze(2).expand(n_layer, 2, batch_size, n_head, P, head_dim)
