# replaces: masked_gae
# target: test_masked_gae
# why: the recursion runs over every column (the next step is the next column, masked or not); only the output is masked
import torch


def masked_gae(rewards, values, mask, gamma, lam):
    with torch.no_grad():
        batch, steps = rewards.shape
        advantages = torch.zeros_like(rewards)
        running = torch.zeros(batch, dtype=rewards.dtype)
        for t in reversed(range(steps)):
            next_value = (
                values[:, t + 1] if t + 1 < steps else torch.zeros(batch, dtype=rewards.dtype)
            )
            delta = rewards[:, t] + gamma * next_value - values[:, t]
            running = delta + gamma * lam * running
            advantages[:, t] = running
        advantages = torch.where(mask, advantages, torch.zeros_like(advantages))
        returns = torch.where(mask, advantages + values, torch.zeros_like(advantages))
    return advantages, returns
