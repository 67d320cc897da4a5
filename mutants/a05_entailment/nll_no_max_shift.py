# replaces: nli_logits_and_loss
# target: test_nli_logits_and_loss
# why: log-sum-exp without subtracting the row maximum: overflows for large logits
def nli_logits_and_loss(pooled, weight, bias, labels):
    logits = pooled @ weight.T + bias
    log_norm = torch.log(torch.exp(logits).sum(dim=-1))
    picked = logits.gather(1, labels.long().unsqueeze(1)).squeeze(1)
    return logits, (log_norm - picked).mean()
