# replaces: label_smoothed_loss
# target: test_label_smoothed_loss
# why: no special case for an all-padding batch: the mean of nothing is NaN
def label_smoothed_loss(
    logits: torch.Tensor, target: torch.Tensor, eps: float, pad_id: int
) -> torch.Tensor:
    """Mean over non-pad targets of (1 - eps) * NLL + eps * mean_v(-log p_v); 0 if every target is padding."""
    V = logits.shape[-1]
    logp = torch.log_softmax(logits.reshape(-1, V), dim=-1)
    t = target.reshape(-1)
    keep = t != pad_id
    logp, t = logp[keep], t[keep]
    nll = -logp.gather(1, t[:, None]).squeeze(1)
    uniform = -logp.mean(dim=1)
    return ((1.0 - eps) * nll + eps * uniform).mean()
