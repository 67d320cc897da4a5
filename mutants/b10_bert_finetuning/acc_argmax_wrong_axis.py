# replaces: accuracy
# target: test_accuracy
# why: argmax over the batch axis instead of the classes
import torch


def accuracy(model, batches):
    model.eval()
    correct = total = 0
    with torch.no_grad():
        for batch in batches:
            logits = model(**batch).logits
            correct += (logits.argmax(0)[: len(batch["labels"])] == batch["labels"]).sum().item()
            total += batch["labels"].numel()
    return correct / total if total else 0.0
