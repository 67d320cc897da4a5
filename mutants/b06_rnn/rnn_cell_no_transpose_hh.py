# replaces: rnn_cell
# target: test_rnn_cell
# why: W_hh used without its transpose (h @ W_hh); no shape error because W_hh is square
def rnn_cell(x, h, W_ih, W_hh, b_ih=None, b_hh=None):
    pre = x @ W_ih.T + h @ W_hh
    if b_ih is not None:
        pre = pre + b_ih
    if b_hh is not None:
        pre = pre + b_hh
    return torch.tanh(pre)
