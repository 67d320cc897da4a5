# replaces: prefix_key_values
# target: test_prefix_key_values
# why: puts the batch axis first: (batch, n_layer, 2, n_head, P, head_dim)
def prefix_key_values(prefix, batch_size, n_layer, n_head):
    P = prefix.shape[0]
    head_dim = prefix.shape[1] // (2 * n_layer) // n_head
    kv = prefix.view(P, n_layer, 2, n_head, head_dim).permute(1, 2, 3, 0, 4)
    return kv.unsqueeze(0).expand(batch_size, n_layer, 2, n_head, P, head_dim)
