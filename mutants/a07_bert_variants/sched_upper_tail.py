# replaces: mask_schedule
# target: test_mask_schedule
# why: selects draws > 1 - p instead of draws < p (right rate, but not the stated rule)
import torch


def mask_schedule(num_tokens, epochs, dupe_factor, mlm_probability, generator):
    copies = epochs if dupe_factor is None else dupe_factor
    selected = torch.rand(copies, num_tokens, generator=generator) > 1 - mlm_probability
    return selected[torch.arange(epochs) % copies]
