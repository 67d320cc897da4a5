# replaces: accuracy
# target: test_accuracy
# why: averages the per-batch accuracies (wrong when the last batch is smaller)
import torch


def accuracy(model, batches):
    model.eval()
    accs = []
    with torch.no_grad():
        for batch in batches:
            accs.append((model(**batch).logits.argmax(-1) == batch["labels"]).float().mean().item())
    return sum(accs) / len(accs) if accs else 0.0
