# replaces: rnn_cell
# target: test_rnn_cell
# why: tanh applied to the input term only; the recurrent term is added outside the nonlinearity
def rnn_cell(x, h, W_ih, W_hh, b_ih=None, b_hh=None):
    a = x @ W_ih.T
    if b_ih is not None:
        a = a + b_ih
    out = torch.tanh(a) + h @ W_hh.T
    if b_hh is not None:
        out = out + b_hh
    return out
