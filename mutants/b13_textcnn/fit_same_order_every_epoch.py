# replaces: fit_text_classifier
# target: test_fit_text_classifier
# why: re-seeds the generator every epoch, so every epoch sees the same order
def fit_text_classifier(model, train_seqs, train_labels, eval_seqs, eval_labels, epochs, batch_size, lr, seed, pad_id=0):
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    y_train = torch.tensor(train_labels, dtype=torch.int64)
    y_eval = torch.tensor(eval_labels, dtype=torch.int64)
    history = []
    for _ in range(epochs):
        model.train()
        order = torch.randperm(len(train_seqs), generator=torch.Generator().manual_seed(seed)).tolist()
        total = 0.0
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            ids, _ = pad_ids([train_seqs[i] for i in idx], pad_id=pad_id)
            loss = F.cross_entropy(model(ids), y_train[idx])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item() * len(idx)
        model.eval()
        eval_loss, correct = 0.0, 0
        with torch.no_grad():
            for start in range(0, len(eval_seqs), batch_size):
                ids, _ = pad_ids(eval_seqs[start:start + batch_size], pad_id=pad_id)
                logits = model(ids)
                y = y_eval[start:start + batch_size]
                eval_loss += F.cross_entropy(logits, y, reduction="sum").item()
                correct += int((logits.argmax(1) == y).sum())
        history.append({"train_loss": total / len(train_seqs), "eval_loss": eval_loss / len(eval_seqs),
                        "eval_acc": correct / len(eval_seqs)})
    return history
