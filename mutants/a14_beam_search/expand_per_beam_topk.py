# replaces: expand_beams
# target: test_expand_beams
# why: takes the n_keep best tokens of each beam separately and keeps the first n_keep of them, beam by beam, without ranking across beams
def expand_beams(beam_scores, log_probs, n_keep):
    n, vocab = log_probs.shape
    if n_keep < 1 or n_keep > n * vocab:
        raise ValueError(n_keep)
    total = beam_scores[:, None] + log_probs
    k = min(n_keep, vocab)
    order = torch.sort(total, dim=1, descending=True, stable=True).indices[:, :k]
    flat = (torch.arange(n)[:, None] * vocab + order).reshape(-1)[:n_keep]
    return total.reshape(-1)[flat], flat // vocab, flat % vocab
