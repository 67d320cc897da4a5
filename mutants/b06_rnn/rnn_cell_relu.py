# replaces: rnn_cell
# target: test_rnn_cell
# why: ReLU instead of tanh as the nonlinearity
def rnn_cell(x, h, W_ih, W_hh, b_ih=None, b_hh=None):
    pre = x @ W_ih.T + h @ W_hh.T
    if b_ih is not None:
        pre = pre + b_ih
    if b_hh is not None:
        pre = pre + b_hh
    return torch.relu(pre)
