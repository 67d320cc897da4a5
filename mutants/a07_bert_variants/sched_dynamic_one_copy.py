# replaces: mask_schedule
# target: test_mask_schedule
# why: dynamic masking (dupe_factor=None) treated as a single copy, i.e. static masking with D=1
import torch


def mask_schedule(num_tokens, epochs, dupe_factor, mlm_probability, generator):
    copies = dupe_factor or 1
    selected = torch.rand(copies, num_tokens, generator=generator) < mlm_probability
    return selected[torch.arange(epochs) % copies]
