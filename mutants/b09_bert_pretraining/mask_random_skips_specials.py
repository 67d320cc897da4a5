# replaces: mask_tokens
# target: test_mask_tokens
# why: random ids drawn from [5, vocab_size) only (statistically close, but not the stated uniform draw)
import torch


def mask_tokens(input_ids, special_tokens_mask, mask_token_id, vocab_size, generator, mlm_probability=0.15):
    special = special_tokens_mask.bool()
    probs = torch.full(input_ids.shape, mlm_probability)
    probs.masked_fill_(special, 0.0)
    selected = torch.bernoulli(probs, generator=generator).bool()
    labels = input_ids.clone()
    labels[~selected] = -100
    inputs = input_ids.clone()
    to_mask = torch.bernoulli(torch.full(input_ids.shape, 0.8), generator=generator).bool() & selected
    inputs[to_mask] = mask_token_id
    to_random = torch.bernoulli(torch.full(input_ids.shape, 0.5), generator=generator).bool() & selected & ~to_mask
    random_ids = torch.randint(5, vocab_size, input_ids.shape, dtype=torch.long, generator=generator)
    inputs[to_random] = random_ids[to_random]
    return inputs, labels
