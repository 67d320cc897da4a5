# replaces: kl_penalized_rewards
# target: test_kl_penalized_rewards
# why: the KL term rewards moving away from the reference (+beta * log-ratio)
import torch


def kl_penalized_rewards(scores, logprobs, ref_logprobs, mask, beta):
    with torch.no_grad():
        rewards = torch.where(mask, beta * (logprobs - ref_logprobs), torch.zeros_like(logprobs))
        for b in range(mask.shape[0]):
            on = torch.nonzero(mask[b]).flatten()
            if len(on):
                rewards[b, on[-1]] += scores[b]
    return rewards
