# replaces: generate_cached
# target: test_generate_cached
# why: samples from the first position of the prefill instead of the last
def generate_cached(
    model,
    idx,
    max_new_tokens,
    temperature=0.0,
    top_k=0,
    top_p=1.0,
    eos_token_id=None,
    generator=None,
):
    if idx.size(1) + max_new_tokens > model.block_size:
        raise ValueError("prompt + max_new_tokens exceeds block_size")
    past, step_input = None, idx
    with torch.no_grad():
        for _ in range(max_new_tokens):
            logits, past = model(step_input, past)
            next_id = sample_next_token(logits[:, 0, :], temperature, top_k, top_p, generator)
            idx = torch.cat([idx, next_id[:, None]], dim=1)
            if eos_token_id is not None and next_id.item() == eos_token_id:
                break
            step_input = next_id[:, None]
    return idx
