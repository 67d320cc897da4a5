# replaces: seq2seq_loss
# target: test_seq2seq_loss
# why: shifts again in the loss, as for a decoder-only model
def seq2seq_loss(model, input_ids, attention_mask, labels):
    dec = shift_right(labels, model.config.decoder_start_token_id, model.config.pad_token_id)
    logits = model(input_ids=input_ids, attention_mask=attention_mask, decoder_input_ids=dec).logits
    lg, lb = logits[:, :-1].float(), labels[:, 1:]
    return F.cross_entropy(lg.reshape(-1, lg.size(-1)), lb.reshape(-1), ignore_index=-100)
