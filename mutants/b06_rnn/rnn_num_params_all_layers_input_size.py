# replaces: rnn_num_params
# target: test_rnn_num_params
# why: every layer counted as if it read input_size features (layer 0 formula times num_layers)
def rnn_num_params(input_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
    D = 2 if bidirectional else 1
    H = hidden_size
    return int(num_layers * D * (H * input_size + H * H + (2 * H if bias else 0)))
