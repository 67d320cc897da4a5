# replaces: train_translator
# target: test_train_translator
# why: Adam with the default betas (0.9, 0.999) instead of the paper's (0.9, 0.98)
def train_translator(
    model: nn.ModuleDict,
    src_ids: torch.Tensor,
    tgt_ids: torch.Tensor,
    pad_id: int,
    steps: int,
    batch_size: int,
    warmup: int,
    smoothing: float,
    seed: int,
    lr_factor: float = 1.0,
) -> list[float]:
    """Teacher forcing with shifted targets, label smoothing, Adam + Noam warmup; returns the loss of every step."""
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.Adam(params, lr=lr_factor, eps=1e-9)
    d = model.src_embed.embedding_dim
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda k: noam_rate(k + 1, d, warmup))
    gen = torch.Generator().manual_seed(seed)
    losses = []
    model.train()
    for _ in range(steps):
        idx = torch.randperm(src_ids.shape[0], generator=gen)[:batch_size]
        src, tgt = src_ids[idx], tgt_ids[idx]
        memory, src_pad = encode_source(model, src, pad_id)
        logits = decode_logits(model, tgt[:, :-1], memory, src_pad, pad_id)
        loss = label_smoothed_loss(logits, tgt[:, 1:], smoothing, pad_id)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        scheduler.step()
        losses.append(loss.item())
    model.eval()
    return losses
