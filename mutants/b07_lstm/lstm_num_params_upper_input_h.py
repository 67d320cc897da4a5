# replaces: lstm_num_params
# target: test_lstm_num_params
# why: upper layers read H inputs even when bidirectional (should be 2H)
def lstm_num_params(input_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
    D = 2 if bidirectional else 1
    H = hidden_size
    total = 0
    for layer in range(num_layers):
        inp = input_size if layer == 0 else H
        total += D * 4 * (H * inp + H * H + (2 * H if bias else 0))
    return int(total)
