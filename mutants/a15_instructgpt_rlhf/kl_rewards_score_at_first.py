# replaces: kl_penalized_rewards
# target: test_kl_penalized_rewards
# why: the score is put on the first response token instead of the last
import torch


def kl_penalized_rewards(scores, logprobs, ref_logprobs, mask, beta):
    with torch.no_grad():
        rewards = torch.where(mask, -beta * (logprobs - ref_logprobs), torch.zeros_like(logprobs))
        for b in range(mask.shape[0]):
            on = torch.nonzero(mask[b]).flatten()
            if len(on):
                rewards[b, on[0]] += scores[b]
    return rewards
