# replaces: span_corruption_batch
# target: test_span_corruption_batch
# why: pads the labels with pad_id instead of -100, so the loss trains on padding
import torch


def span_corruption_batch(
    texts, sentinel_ids, generator, noise_density=0.15, mean_span_length=3.0, eos_id=1, pad_id=0
):
    inputs, targets = [], []
    for ids in texts:
        mask = noise_span_mask(len(ids), noise_density, mean_span_length, generator)
        inp, tgt = span_corruption(list(ids), mask, sentinel_ids)
        inputs.append(inp + [eos_id])
        targets.append(tgt + [eos_id])
    len_in, len_tgt = max(map(len, inputs)), max(map(len, targets))
    input_ids = torch.tensor([s + [pad_id] * (len_in - len(s)) for s in inputs], dtype=torch.long)
    attention_mask = torch.tensor(
        [[1] * len(s) + [0] * (len_in - len(s)) for s in inputs], dtype=torch.long
    )
    labels = torch.tensor([s + [pad_id] * (len_tgt - len(s)) for s in targets], dtype=torch.long)
    return input_ids, attention_mask, labels
