# replaces: last_valid_state
# target: test_last_valid_state
# why: indexes as if output were batch-first (B, T, H): output[b, lengths[b] - 1]
def last_valid_state(output, lengths):
    B = output.shape[1]
    return output[torch.arange(B), lengths.long() - 1]
