# replaces: kl_penalized_rewards
# target: test_kl_penalized_rewards
# why: the score always goes to the last column, even when that position is padding
import torch


def kl_penalized_rewards(scores, logprobs, ref_logprobs, mask, beta):
    with torch.no_grad():
        rewards = torch.where(mask, -beta * (logprobs - ref_logprobs), torch.zeros_like(logprobs))
        rewards[:, -1] += scores.to(rewards.dtype)
    return rewards
