# replaces: train_text2text
# target: test_train_text2text
# why: gradient clipping forgotten
def train_text2text(model, optimizer, examples, steps, batch_size, generator, max_grad_norm=1.0):
    """STEPS optimisation steps of an encoder-decoder on (source ids, target ids) pairs; returns the losses."""
    pad = model.config.pad_token_id
    losses = []
    for _ in range(steps):
        idx = torch.randint(len(examples), (batch_size,), generator=generator).tolist()
        sources = [list(examples[i][0]) for i in idx]
        targets = [list(examples[i][1]) for i in idx]
        len_src, len_tgt = max(map(len, sources)), max(map(len, targets))
        input_ids = torch.tensor(
            [s + [pad] * (len_src - len(s)) for s in sources], dtype=torch.long
        )
        attention_mask = torch.tensor(
            [[1] * len(s) + [0] * (len_src - len(s)) for s in sources], dtype=torch.long
        )
        labels = torch.tensor([t + [-100] * (len_tgt - len(t)) for t in targets], dtype=torch.long)
        model.train()
        optimizer.zero_grad()
        loss = model(input_ids=input_ids, attention_mask=attention_mask, labels=labels).loss
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
