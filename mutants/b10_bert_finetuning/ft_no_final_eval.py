# replaces: fine_tune_classifier
# target: test_fine_tune_classifier
# why: evaluates only at multiples of eval_every: the model at the end of training is never measured
import torch


def fine_tune_classifier(
    model,
    train_batches,
    dev_batches,
    lr,
    warmup_steps,
    eval_every,
    weight_decay=0.01,
    progress=False,
):
    total = len(train_batches)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=weight_decay)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer,
        lambda s: min((s + 1) / warmup_steps, max(0.0, (total - s) / (total - warmup_steps))),
    )
    losses, dev_curve = [], []
    for step, batch in enumerate(train_batches, start=1):
        losses.append(train_step(model, batch, optimizer))
        scheduler.step()
        if step % eval_every == 0:
            dev_curve.append((step, accuracy(model, dev_batches)))
    return losses, dev_curve
