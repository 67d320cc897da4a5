# replaces: lstm_forward
# target: test_lstm_forward
# why: the cell state is reset to c0 at every time step (only h is carried)
def lstm_forward(x, state, layers):
    T, B, _ = x.shape
    H = layers[0][1].shape[1]
    L = len(layers)
    h0, c0 = (torch.zeros(L, B, H, dtype=x.dtype), torch.zeros(L, B, H, dtype=x.dtype)) if state is None else state
    inp = x
    hs, cs = [], []
    for k, (W_ih, W_hh, b_ih, b_hh) in enumerate(layers):
        h = h0[k]
        outs = []
        for t in range(T):
            h, c = lstm_cell(inp[t], h, c0[k], W_ih, W_hh, b_ih, b_hh)
            outs.append(h)
        inp = torch.stack(outs)
        hs.append(h)
        cs.append(c)
    return inp, (torch.stack(hs), torch.stack(cs))
