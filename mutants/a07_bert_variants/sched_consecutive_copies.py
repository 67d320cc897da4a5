# replaces: mask_schedule
# target: test_mask_schedule
# why: each copy is used for a block of consecutive epochs (e * D // E) instead of cycling (e mod D)
import torch


def mask_schedule(num_tokens, epochs, dupe_factor, mlm_probability, generator):
    copies = epochs if dupe_factor is None else dupe_factor
    selected = torch.rand(copies, num_tokens, generator=generator) < mlm_probability
    return selected[torch.arange(epochs) * copies // epochs]
