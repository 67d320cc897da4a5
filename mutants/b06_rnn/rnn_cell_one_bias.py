# replaces: rnn_cell
# target: test_rnn_cell
# why: only the input bias is added; torch's second bias b_hh is forgotten
def rnn_cell(x, h, W_ih, W_hh, b_ih=None, b_hh=None):
    pre = x @ W_ih.T + h @ W_hh.T
    if b_ih is not None:
        pre = pre + b_ih
    return torch.tanh(pre)
