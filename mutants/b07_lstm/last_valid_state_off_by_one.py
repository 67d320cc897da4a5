# replaces: last_valid_state
# target: test_last_valid_state
# why: indexes output[lengths[b]] (one past the last valid step), clamped to stay in range
def last_valid_state(output, lengths):
    T, B = output.shape[0], output.shape[1]
    return output[lengths.long().clamp(max=T - 1), torch.arange(B)]
