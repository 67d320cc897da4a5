# replaces: rnn_forward
# target: test_rnn_forward
# why: every layer starts from h0[0] instead of its own initial state h0[k]
def rnn_forward(x, h0, layers):
    T, B, _ = x.shape
    H = layers[0][1].shape[0]
    if h0 is None:
        h0 = torch.zeros(len(layers), B, H, dtype=x.dtype)
    inp = x
    finals = []
    for W_ih, W_hh, b_ih, b_hh in layers:
        h = h0[0]
        outs = []
        for t in range(T):
            h = rnn_cell(inp[t], h, W_ih, W_hh, b_ih, b_hh)
            outs.append(h)
        inp = torch.stack(outs)
        finals.append(h)
    return inp, torch.stack(finals)
