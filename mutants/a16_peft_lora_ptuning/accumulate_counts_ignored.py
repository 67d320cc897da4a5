# replaces: accumulate_token_mean
# target: test_accumulate_token_mean
# why: divides by every shifted position, the ignored (-100) ones included
def accumulate_token_mean_grads(model, micro_batches):
    total = sum(labels[:, 1:].numel() for _, labels in micro_batches)
    if sum(int((labels[:, 1:] != -100).sum()) for _, labels in micro_batches) == 0:
        raise ValueError("no target tokens in the batch")
    model.zero_grad(set_to_none=True)
    for input_ids, labels in micro_batches:
        logits = model(input_ids)
        loss_sum = F.cross_entropy(logits[:, :-1].reshape(-1, logits.size(-1)), labels[:, 1:].reshape(-1),
                                   ignore_index=-100, reduction="sum")
        (loss_sum / total).backward()
    return total
