# replaces: seq2seq_loss
# target: test_seq2seq_loss
# why: averages per sequence first, then over the batch
def seq2seq_loss(model, input_ids, attention_mask, labels):
    dec = shift_right(labels, model.config.decoder_start_token_id, model.config.pad_token_id)
    logits = model(input_ids=input_ids, attention_mask=attention_mask, decoder_input_ids=dec).logits.float()
    rows = []
    for b in range(labels.size(0)):
        keep = labels[b] != -100
        rows.append(F.cross_entropy(logits[b][keep], labels[b][keep]))
    return torch.stack(rows).mean()
