# replaces: shift_right
# target: test_shift_right
# why: always starts with the pad id instead of decoder_start_token_id (right only when they coincide, as in T5)
def shift_right(labels, decoder_start_token_id, pad_token_id):
    shifted = torch.empty_like(labels)
    shifted[:, 0] = pad_token_id
    shifted[:, 1:] = labels[:, :-1]
    return shifted.masked_fill(shifted == -100, pad_token_id)
