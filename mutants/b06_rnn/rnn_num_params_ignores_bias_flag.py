# replaces: rnn_num_params
# target: test_rnn_num_params
# why: biases always counted, bias=False ignored
def rnn_num_params(input_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
    D = 2 if bidirectional else 1
    H = hidden_size
    total = 0
    for layer in range(num_layers):
        inp = input_size if layer == 0 else D * H
        total += D * (H * inp + H * H + 2 * H)
    return int(total)
