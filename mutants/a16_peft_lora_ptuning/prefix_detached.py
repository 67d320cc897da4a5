# replaces: prefix_key_values
# target: test_prefix_key_values
# why: rebuilds the tensor from detached values, so no gradient reaches the prefix
def prefix_key_values(prefix, batch_size, n_layer, n_head):
    P = prefix.shape[0]
    head_dim = prefix.shape[1] // (2 * n_layer) // n_head
    kv = prefix.detach().view(P, n_layer, 2, n_head, head_dim).permute(1, 2, 3, 0, 4)
    return kv.unsqueeze(2).expand(n_layer, 2, batch_size, n_head, P, head_dim).clone()
