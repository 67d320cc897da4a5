# replaces: lstm_forward
# target: test_lstm_forward
# why: the given state is unpacked as (c0, h0) instead of torch's (h0, c0)
def lstm_forward(x, state, layers):
    T, B, _ = x.shape
    H = layers[0][1].shape[1]
    L = len(layers)
    if state is None:
        h0, c0 = torch.zeros(L, B, H, dtype=x.dtype), torch.zeros(L, B, H, dtype=x.dtype)
    else:
        c0, h0 = state
    inp = x
    hs, cs = [], []
    for k, (W_ih, W_hh, b_ih, b_hh) in enumerate(layers):
        h, c = h0[k], c0[k]
        outs = []
        for t in range(T):
            h, c = lstm_cell(inp[t], h, c, W_ih, W_hh, b_ih, b_hh)
            outs.append(h)
        inp = torch.stack(outs)
        hs.append(h)
        cs.append(c)
    return inp, (torch.stack(hs), torch.stack(cs))
