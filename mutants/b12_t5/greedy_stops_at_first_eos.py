# replaces: greedy_translate
# target: test_greedy_translate
# why: stops as soon as ANY row has finished instead of when all rows have
def greedy_translate(model, input_ids, attention_mask, max_new_tokens):
    cfg = model.config
    out = torch.full((input_ids.size(0), 1), cfg.decoder_start_token_id, dtype=torch.long)
    done = torch.zeros(input_ids.size(0), dtype=torch.bool)
    with torch.no_grad():
        enc = model.get_encoder()(input_ids=input_ids, attention_mask=attention_mask)
        for _ in range(max_new_tokens):
            next_id = model(encoder_outputs=enc, attention_mask=attention_mask, decoder_input_ids=out).logits[:, -1].argmax(-1)
            next_id = torch.where(done, torch.full_like(next_id, cfg.pad_token_id), next_id)
            out = torch.cat([out, next_id[:, None]], dim=1)
            done = done | (next_id == cfg.eos_token_id)
            if bool(done.any()):
                break
    return out
