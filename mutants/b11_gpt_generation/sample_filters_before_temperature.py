# replaces: sample_next_token
# target: test_sample_next_token
# why: applies top-k/top-p to the raw logits and the temperature afterwards (the nucleus changes)
def sample_next_token(logits, temperature, top_k=0, top_p=1.0, generator=None):
    if temperature < 0:
        raise ValueError(temperature)
    if temperature == 0:
        return logits.argmax(dim=-1)
    scores = logits
    if top_k > 0:
        scores = top_k_filter(scores, top_k)
    if top_p < 1.0:
        scores = top_p_filter(scores, top_p)
    scores = scores / temperature
    return torch.multinomial(torch.softmax(scores, -1), 1, generator=generator).squeeze(-1)
