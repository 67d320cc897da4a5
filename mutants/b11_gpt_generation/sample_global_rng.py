# replaces: sample_next_token
# target: test_sample_next_token
# why: ignores the generator argument and samples from the global RNG (not reproducible)
def sample_next_token(logits, temperature, top_k=0, top_p=1.0, generator=None):
    if temperature < 0:
        raise ValueError(temperature)
    if temperature == 0:
        return logits.argmax(dim=-1)
    scores = logits / temperature
    if top_k > 0:
        scores = top_k_filter(scores, top_k)
    if top_p < 1.0:
        scores = top_p_filter(scores, top_p)
    return torch.multinomial(torch.softmax(scores, -1), 1).squeeze(-1)
