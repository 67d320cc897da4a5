# replaces: shift_right
# target: test_shift_right
# why: replaces -100 in the caller's labels in place before shifting
def shift_right(labels, decoder_start_token_id, pad_token_id):
    labels.masked_fill_(labels == -100, pad_token_id)
    shifted = torch.empty_like(labels)
    shifted[:, 0] = decoder_start_token_id
    shifted[:, 1:] = labels[:, :-1]
    return shifted
