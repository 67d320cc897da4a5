# replaces: fit_jointbert
# target: test_fit_jointbert
# why: re-seeds the generator every epoch, so every epoch sees the batches in the same order
def fit_jointbert(
    model,
    train_items,
    dev_items,
    stoi,
    intent_to_id,
    tag_to_id,
    epochs,
    batch_size,
    lr,
    seed,
    intent_weight=1.0,
    slot_weight=1.0,
):
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
    torch.Generator().manual_seed(seed)  # created, but a fresh one is used every epoch below
    history = []
    for _ in range(epochs):
        model.train()
        order = torch.randperm(
            len(train_items), generator=torch.Generator().manual_seed(seed)
        ).tolist()
        total = 0.0
        for start in range(0, len(order), batch_size):
            batch = [train_items[i] for i in order[start : start + batch_size]]
            input_ids, attention_mask, intent_labels, slot_labels = encode_joint_batch(
                batch, stoi, intent_to_id, tag_to_id
            )
            intent_logits, slot_logits = model(input_ids, attention_mask)
            loss = joint_loss(
                intent_logits, slot_logits, intent_labels, slot_labels, intent_weight, slot_weight
            )
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item() * len(batch)
        intents, tags = predict_commands(
            model, dev_items, stoi, intent_to_id, tag_to_id, batch_size
        )
        scores = joint_metrics(
            [it["intent"] for it in dev_items], intents, [it["tags"] for it in dev_items], tags
        )
        history.append({"train_loss": total / len(train_items), **scores})
    return history
