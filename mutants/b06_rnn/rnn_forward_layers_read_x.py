# replaces: rnn_forward
# target: test_rnn_forward
# why: every layer reads the original input x instead of the outputs of the layer below
def rnn_forward(x, h0, layers):
    T, B, _ = x.shape
    H = layers[0][1].shape[0]
    if h0 is None:
        h0 = torch.zeros(len(layers), B, H, dtype=x.dtype)
    outs = []
    finals = []
    for k, (W_ih, W_hh, b_ih, b_hh) in enumerate(layers):
        h = h0[k]
        outs = []
        for t in range(T):
            h = rnn_cell(x[t], h, W_ih, W_hh, b_ih, b_hh)
            outs.append(h)
        finals.append(h)
    return torch.stack(outs), torch.stack(finals)
