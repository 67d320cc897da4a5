# replaces: nli_logits_and_loss
# target: test_nli_logits_and_loss
# why: sums the per-example losses instead of averaging over the batch
def nli_logits_and_loss(pooled, weight, bias, labels):
    logits = pooled @ weight.T + bias
    top = logits.max(dim=-1, keepdim=True).values
    log_norm = top.squeeze(-1) + torch.log(torch.exp(logits - top).sum(dim=-1))
    picked = logits.gather(1, labels.long().unsqueeze(1)).squeeze(1)
    return logits, (log_norm - picked).sum()
