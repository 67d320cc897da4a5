# replaces: seq2seq_loss
# target: test_seq2seq_loss
# why: feeds the labels themselves (pads for -100) as decoder inputs, so each position sees its own answer
def seq2seq_loss(model, input_ids, attention_mask, labels):
    dec = labels.masked_fill(labels == -100, model.config.pad_token_id)
    logits = model(input_ids=input_ids, attention_mask=attention_mask, decoder_input_ids=dec).logits
    return F.cross_entropy(logits.float().reshape(-1, logits.size(-1)), labels.reshape(-1), ignore_index=-100)
