# replaces: mask_tokens
# target: test_mask_tokens_rng
# why: draws the random ids before the 80/10/10 split
import torch


def mask_tokens(input_ids, special_tokens_mask, mask_token_id, vocab_size, generator, mlm_probability=0.15):
    special = special_tokens_mask.bool()
    probs = torch.full(input_ids.shape, mlm_probability)
    probs.masked_fill_(special, 0.0)
    selected = torch.bernoulli(probs, generator=generator).bool()
    random_ids = torch.randint(vocab_size, input_ids.shape, dtype=torch.long, generator=generator)
    labels = input_ids.clone()
    labels[~selected] = -100
    inputs = input_ids.clone()
    to_mask = torch.bernoulli(torch.full(input_ids.shape, 0.8), generator=generator).bool() & selected
    inputs[to_mask] = mask_token_id
    to_random = torch.bernoulli(torch.full(input_ids.shape, 0.5), generator=generator).bool() & selected & ~to_mask
    inputs[to_random] = random_ids[to_random]
    return inputs, labels
