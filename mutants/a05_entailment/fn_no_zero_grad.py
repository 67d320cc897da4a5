# replaces: finetune_nli
# target: test_finetune_nli
# why: never zeroes the gradients: they accumulate over the steps
def finetune_nli(model, train_batches, eval_batches, lr, epochs=1):
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
    total = epochs * len(train_batches)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda t: 1 - t / total)
    losses = []
    for _ in range(epochs):
        for batch in train_batches:
            model.train()
            loss = model(**batch).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            losses.append(loss.item())
    model.eval()
    predictions = []
    with torch.no_grad():
        for batch in eval_batches:
            predictions += [int(k) for k in model(**batch).logits.argmax(dim=-1).tolist()]
    return losses, predictions
