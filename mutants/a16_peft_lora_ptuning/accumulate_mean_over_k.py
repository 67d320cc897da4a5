# replaces: accumulate_token_mean
# target: test_accumulate_token_mean
# why: each micro-batch's mean loss divided by the number of micro-batches (ignores different token counts)
def accumulate_token_mean_grads(model, micro_batches):
    counts = [int((labels[:, 1:] != -100).sum()) for _, labels in micro_batches]
    total = sum(counts)
    if total == 0:
        raise ValueError("no target tokens in the batch")
    model.zero_grad(set_to_none=True)
    for input_ids, labels in micro_batches:
        if int((labels[:, 1:] != -100).sum()) == 0:
            continue
        logits = model(input_ids)
        loss = F.cross_entropy(logits[:, :-1].reshape(-1, logits.size(-1)), labels[:, 1:].reshape(-1), ignore_index=-100)
        (loss / len(micro_batches)).backward()
    return total
