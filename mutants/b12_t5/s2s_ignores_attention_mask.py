# replaces: seq2seq_loss
# target: test_seq2seq_loss
# why: does not pass the attention mask, so the encoder attends to source padding
def seq2seq_loss(model, input_ids, attention_mask, labels):
    dec = shift_right(labels, model.config.decoder_start_token_id, model.config.pad_token_id)
    logits = model(input_ids=input_ids, decoder_input_ids=dec).logits
    return F.cross_entropy(logits.float().reshape(-1, logits.size(-1)), labels.reshape(-1), ignore_index=-100)
