# replaces: expand_beams
# target: test_expand_beams
# why: ranks the candidates by the new token's log-probability only, forgetting the beam's accumulated score
def expand_beams(beam_scores, log_probs, n_keep):
    n, vocab = log_probs.shape
    if n_keep < 1 or n_keep > n * vocab:
        raise ValueError(n_keep)
    flat = log_probs.reshape(-1)
    order = torch.sort(flat, descending=True, stable=True).indices[:n_keep]
    total = (beam_scores[:, None] + log_probs).reshape(-1)
    return total[order], order // vocab, order % vocab
