# replaces: train_gpt
# target: test_train_gpt
# why: starts drawn from len(data) - block_size - 1 (another random stream than the stated one)
def train_gpt(
    model,
    data,
    steps,
    batch_size,
    block_size,
    lr,
    generator,
    warmup=0,
    grad_clip=1.0,
    on_step=None,
    progress=False,
):
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, betas=(0.9, 0.99), weight_decay=0.0)
    model.train()
    losses = []
    for step in range(steps):
        for group in optimizer.param_groups:
            group["lr"] = cosine_lr(step, steps, lr, warmup)
        ix = torch.randint(len(data) - block_size - 1, (batch_size,), generator=generator)
        x = torch.stack([data[i : i + block_size] for i in ix.tolist()])
        y = torch.stack([data[i + 1 : i + 1 + block_size] for i in ix.tolist()])
        logits, _ = model(x)
        loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), y.reshape(-1))
        optimizer.zero_grad()
        loss.backward()
        if grad_clip > 0:
            torch.nn.utils.clip_grad_norm_(model.parameters(), grad_clip)
        optimizer.step()
        value = loss.item()
        losses.append(value)
        if on_step is not None:
            on_step(step, value)
    return losses
