# replaces: masked_gae
# target: test_masked_gae
# why: the trace decays by lam only, not gamma * lam
import torch


def masked_gae(rewards, values, mask, gamma, lam):
    with torch.no_grad():
        batch, steps = rewards.shape
        advantages = torch.zeros_like(rewards)
        next_value = torch.zeros(batch, dtype=rewards.dtype)
        running = torch.zeros(batch, dtype=rewards.dtype)
        for t in reversed(range(steps)):
            on = mask[:, t]
            delta = rewards[:, t] + gamma * next_value - values[:, t]
            running = torch.where(on, delta + lam * running, running)
            advantages[:, t] = torch.where(on, running, torch.zeros_like(running))
            next_value = torch.where(on, values[:, t], next_value)
        returns = torch.where(mask, advantages + values, torch.zeros_like(advantages))
    return advantages, returns
