# replaces: mask_schedule
# target: test_mask_schedule
# why: draws a (num_tokens, copies) tensor and transposes it: same statistics, another use of the stream
import torch


def mask_schedule(num_tokens, epochs, dupe_factor, mlm_probability, generator):
    copies = epochs if dupe_factor is None else dupe_factor
    selected = (torch.rand(num_tokens, copies, generator=generator) < mlm_probability).T
    return selected[torch.arange(epochs) % copies]
