# replaces: generate
# target: test_generate
# why: stops when EOS is sampled but drops the EOS instead of appending it
def generate(model, input_ids, max_new_tokens, temperature=0.0, top_k=0, top_p=1.0, eos_token_id=None, generator=None):
    ids = input_ids
    n_ctx = model.config.n_positions
    with torch.no_grad():
        for _ in range(max_new_tokens):
            logits = model(input_ids=ids[:, -n_ctx:]).logits[:, -1, :]
            next_id = sample_next_token(logits, temperature, top_k, top_p, generator)
            if eos_token_id is not None and next_id.item() == eos_token_id:
                break
            ids = torch.cat([ids, next_id[:, None]], dim=1)
    return ids
