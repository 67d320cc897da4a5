# replaces: train_sentence_encoder
# target: test_train_sentence_encoder
# why: forgets to pass scale on: always trains with the default 20
def train_sentence_encoder(
    model, tokenizer, pairs, batch_size, epochs, lr, seed, scale=20.0, progress=False
):
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
    rng = np.random.default_rng(seed)
    losses = []
    for _ in range(epochs):
        order = rng.permutation(len(pairs))
        for start in range(0, len(pairs), batch_size):
            batch = [pairs[i] for i in order[start : start + batch_size]]
            model.train()
            embedded = []
            for texts in ([a for a, _ in batch], [p for _, p in batch]):
                enc = tokenizer(texts, padding=True, truncation=True, return_tensors="pt")
                embedded.append(mean_pool(model(**enc).last_hidden_state, enc["attention_mask"]))
            loss = in_batch_negatives_loss(embedded[0], embedded[1])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
    model.eval()
    return losses
