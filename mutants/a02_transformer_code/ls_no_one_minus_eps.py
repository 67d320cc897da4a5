# replaces: label_smoothed_loss
# target: test_label_smoothed_loss
# why: forgets the (1 - eps) weight on the true class
def label_smoothed_loss(
    logits: torch.Tensor, target: torch.Tensor, eps: float, pad_id: int
) -> torch.Tensor:
    """Mean over non-pad targets of (1 - eps) * NLL + eps * mean_v(-log p_v); 0 if every target is padding."""
    V = logits.shape[-1]
    logp = torch.log_softmax(logits.reshape(-1, V), dim=-1)
    t = target.reshape(-1)
    keep = t != pad_id
    if not bool(keep.any()):
        return logits.sum() * 0.0
    logp, t = logp[keep], t[keep]
    nll = -logp.gather(1, t[:, None]).squeeze(1)
    uniform = -logp.mean(dim=1)
    return (nll + eps * uniform).mean()
