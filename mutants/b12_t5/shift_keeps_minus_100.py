# replaces: shift_right
# target: test_shift_right
# why: forgets to replace -100 by the pad id (the embedding lookup would then fail)
def shift_right(labels, decoder_start_token_id, pad_token_id):
    shifted = torch.empty_like(labels)
    shifted[:, 0] = decoder_start_token_id
    shifted[:, 1:] = labels[:, :-1]
    return shifted
