# replaces: shift_right
# target: test_shift_right
# why: shifts the wrong way (labels[:, 1:] followed by the start token)
def shift_right(labels, decoder_start_token_id, pad_token_id):
    shifted = torch.empty_like(labels)
    shifted[:, :-1] = labels[:, 1:]
    shifted[:, -1] = decoder_start_token_id
    return shifted.masked_fill(shifted == -100, pad_token_id)
