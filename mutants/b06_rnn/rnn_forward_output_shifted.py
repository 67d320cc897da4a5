# replaces: rnn_forward
# target: test_rnn_forward
# why: off by one in time: each state is stored before the update, so output holds h_0..h_(T-1)
def rnn_forward(x, h0, layers):
    T, B, _ = x.shape
    H = layers[0][1].shape[0]
    if h0 is None:
        h0 = torch.zeros(len(layers), B, H, dtype=x.dtype)
    inp = x
    finals = []
    for k, (W_ih, W_hh, b_ih, b_hh) in enumerate(layers):
        h = h0[k]
        outs = []
        for t in range(T):
            outs.append(h)
            h = rnn_cell(inp[t], h, W_ih, W_hh, b_ih, b_hh)
        inp = torch.stack(outs)
        finals.append(h)
    return inp, torch.stack(finals)
