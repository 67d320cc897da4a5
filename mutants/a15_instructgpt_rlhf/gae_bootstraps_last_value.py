# replaces: masked_gae
# target: test_masked_gae
# why: after the last action the value of the last state is used again (bootstrap) instead of 0
import torch


def masked_gae(rewards, values, mask, gamma, lam):
    with torch.no_grad():
        batch, steps = rewards.shape
        advantages = torch.zeros_like(rewards)
        next_value = None
        running = torch.zeros(batch, dtype=rewards.dtype)
        for t in reversed(range(steps)):
            on = mask[:, t]
            if next_value is None:
                next_value = values[:, t].clone()
            delta = rewards[:, t] + gamma * next_value - values[:, t]
            running = torch.where(on, delta + gamma * lam * running, running)
            advantages[:, t] = torch.where(on, running, torch.zeros_like(running))
            next_value = torch.where(on, values[:, t], next_value)
        returns = torch.where(mask, advantages + values, torch.zeros_like(advantages))
    return advantages, returns
