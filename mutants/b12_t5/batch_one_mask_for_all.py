# replaces: span_corruption_batch
# target: test_span_corruption_batch
# why: draws the masks of all texts first, longest text first (sorted by length), not in text order
import torch


def span_corruption_batch(
    texts, sentinel_ids, generator, noise_density=0.15, mean_span_length=3.0, eos_id=1, pad_id=0
):
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    masks = {
        i: noise_span_mask(len(texts[i]), noise_density, mean_span_length, generator) for i in order
    }
    inputs, targets = [], []
    for i, ids in enumerate(texts):
        inp, tgt = span_corruption(list(ids), masks[i], sentinel_ids)
        inputs.append(inp + [eos_id])
        targets.append(tgt + [eos_id])
    len_in, len_tgt = max(map(len, inputs)), max(map(len, targets))
    input_ids = torch.tensor([s + [pad_id] * (len_in - len(s)) for s in inputs], dtype=torch.long)
    attention_mask = torch.tensor(
        [[1] * len(s) + [0] * (len_in - len(s)) for s in inputs], dtype=torch.long
    )
    labels = torch.tensor([s + [-100] * (len_tgt - len(s)) for s in targets], dtype=torch.long)
    return input_ids, attention_mask, labels
