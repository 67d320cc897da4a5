# replaces: rnn_forward
# target: test_rnn_forward
# why: h_n holds only the top layer's last state (shape (1, B, H)) instead of one row per layer
def rnn_forward(x, h0, layers):
    T, B, _ = x.shape
    H = layers[0][1].shape[0]
    if h0 is None:
        h0 = torch.zeros(len(layers), B, H, dtype=x.dtype)
    inp = x
    for k, (W_ih, W_hh, b_ih, b_hh) in enumerate(layers):
        h = h0[k]
        outs = []
        for t in range(T):
            h = rnn_cell(inp[t], h, W_ih, W_hh, b_ih, b_hh)
            outs.append(h)
        inp = torch.stack(outs)
    return inp, inp[-1:]
