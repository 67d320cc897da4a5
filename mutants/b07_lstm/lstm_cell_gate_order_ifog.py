# replaces: lstm_cell
# target: test_lstm_cell
# why: row blocks read in the order i, f, o, g (a common textbook order) instead of torch's i, f, g, o
def lstm_cell(x, h, c, W_ih, W_hh, b_ih=None, b_hh=None):
    gates = x @ W_ih.T + h @ W_hh.T
    if b_ih is not None:
        gates = gates + b_ih
    if b_hh is not None:
        gates = gates + b_hh
    i, f, o, g = gates.chunk(4, dim=1)
    i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
    c_new = f * c + i * g
    return o * torch.tanh(c_new), c_new
