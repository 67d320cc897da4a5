# replaces: accuracy
# target: test_accuracy
# why: forgets model.eval(): dropout stays on while evaluating
import torch


def accuracy(model, batches):
    correct = total = 0
    with torch.no_grad():
        for batch in batches:
            correct += (model(**batch).logits.argmax(-1) == batch["labels"]).sum().item()
            total += batch["labels"].numel()
    return correct / total if total else 0.0
