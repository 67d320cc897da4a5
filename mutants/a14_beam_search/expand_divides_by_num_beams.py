# replaces: expand_beams
# target: test_expand_beams
# why: recovers (beam, token) from the flat index with the number of beams instead of the vocabulary size
def expand_beams(beam_scores, log_probs, n_keep):
    n, vocab = log_probs.shape
    if n_keep < 1 or n_keep > n * vocab:
        raise ValueError(n_keep)
    total = (beam_scores[:, None] + log_probs).reshape(-1)
    order = torch.sort(total, descending=True, stable=True).indices[:n_keep]
    return total[order], order % n, order // n
