# replaces: accumulate_token_mean
# target: test_accumulate_token_mean
# why: does not clear the gradients left by an earlier step before accumulating
def accumulate_token_mean_grads(model, micro_batches):
    counts = [int((labels[:, 1:] != -100).sum()) for _, labels in micro_batches]
    total = sum(counts)
    if total == 0:
        raise ValueError("no target tokens in the batch")
    for (input_ids, labels), n in zip(micro_batches, counts, strict=True):
        if n == 0:
            continue
        logits = model(input_ids)
        loss_sum = F.cross_entropy(logits[:, :-1].reshape(-1, logits.size(-1)), labels[:, 1:].reshape(-1),
                                   ignore_index=-100, reduction="sum")
        (loss_sum / total).backward()
    return total
