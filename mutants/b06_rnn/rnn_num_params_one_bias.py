# replaces: rnn_num_params
# target: test_rnn_num_params
# why: one bias vector per layer and direction instead of torch's two (b_ih and b_hh)
def rnn_num_params(input_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
    D = 2 if bidirectional else 1
    H = hidden_size
    total = 0
    for layer in range(num_layers):
        inp = input_size if layer == 0 else D * H
        total += D * (H * inp + H * H + (H if bias else 0))
    return int(total)
