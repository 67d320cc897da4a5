# replaces: masked_gae
# target: test_masked_gae
# why: returns computed as the discounted reward-to-go instead of advantages + values (differs when lam < 1)
import torch


def masked_gae(rewards, values, mask, gamma, lam):
    with torch.no_grad():
        batch, steps = rewards.shape
        advantages = torch.zeros_like(rewards)
        returns = torch.zeros_like(rewards)
        next_value = torch.zeros(batch, dtype=rewards.dtype)
        running = torch.zeros(batch, dtype=rewards.dtype)
        togo = torch.zeros(batch, dtype=rewards.dtype)
        for t in reversed(range(steps)):
            on = mask[:, t]
            delta = rewards[:, t] + gamma * next_value - values[:, t]
            running = torch.where(on, delta + gamma * lam * running, running)
            togo = torch.where(on, rewards[:, t] + gamma * togo, togo)
            advantages[:, t] = torch.where(on, running, torch.zeros_like(running))
            returns[:, t] = torch.where(on, togo, torch.zeros_like(togo))
            next_value = torch.where(on, values[:, t], next_value)
    return advantages, returns
