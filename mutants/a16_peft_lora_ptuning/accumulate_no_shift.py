# replaces: accumulate_token_mean
# target: test_accumulate_token_mean
# why: forgets the causal shift: position t is scored against its own label instead of the next one
def accumulate_token_mean_grads(model, micro_batches):
    counts = [int((labels != -100).sum()) for _, labels in micro_batches]
    total = sum(counts)
    if total == 0:
        raise ValueError("no target tokens in the batch")
    model.zero_grad(set_to_none=True)
    for (input_ids, labels), n in zip(micro_batches, counts, strict=True):
        if n == 0:
            continue
        logits = model(input_ids)
        loss_sum = F.cross_entropy(logits.reshape(-1, logits.size(-1)), labels.reshape(-1), ignore_index=-100, reduction="sum")
        (loss_sum / total).backward()
    return total
