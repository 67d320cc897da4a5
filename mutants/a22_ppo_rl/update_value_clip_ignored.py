# replaces: ppo_update
# target: test_ppo_update
# why: clip_vloss ignored: the value loss is never clipped
import numpy as np
import torch
import torch.nn as nn


def ppo_update(
    actor: nn.Module,
    critic: nn.Module,
    optimizer: torch.optim.Optimizer,
    batch: dict,
    cfg: dict,
    seed: int,
) -> dict:
    """K epochs of shuffled minibatch updates on one rollout: clipped policy loss, value loss, entropy bonus."""
    gen = torch.Generator().manual_seed(seed)
    params = [p for group in optimizer.param_groups for p in group["params"]]
    n, size, eps = batch["obs"].shape[0], cfg["minibatch_size"], cfg["clip_eps"]
    log = {key: [] for key in ("policy_loss", "value_loss", "entropy", "approx_kl", "clip_frac")}
    for _ in range(cfg["epochs"]):
        perm = torch.randperm(n, generator=gen)
        for start in range(0, n, size):
            idx = perm[start : start + size]
            dist = torch.distributions.Categorical(logits=actor(batch["obs"][idx]))
            log_ratio = dist.log_prob(batch["actions"][idx]) - batch["logprobs"][idx]
            ratio = log_ratio.exp()
            adv = batch["advantages"][idx]
            adv = (adv - adv.mean()) / (adv.std() + 1e-8)
            policy_loss = -torch.min(ratio * adv, torch.clamp(ratio, 1 - eps, 1 + eps) * adv).mean()
            value = critic(batch["obs"][idx]).squeeze(-1)
            target = batch["returns"][idx]
            if False:
                old = batch["values"][idx]
                clipped = old + torch.clamp(value - old, -eps, eps)
                value_loss = 0.5 * torch.max((value - target) ** 2, (clipped - target) ** 2).mean()
            else:
                value_loss = 0.5 * ((value - target) ** 2).mean()
            entropy = dist.entropy().mean()
            loss = policy_loss + cfg["vf_coef"] * value_loss - cfg["ent_coef"] * entropy
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(params, cfg["max_grad_norm"])
            optimizer.step()
            with torch.no_grad():
                log["policy_loss"].append(policy_loss.item())
                log["value_loss"].append(value_loss.item())
                log["entropy"].append(entropy.item())
                log["approx_kl"].append(((ratio - 1) - log_ratio).mean().item())
                log["clip_frac"].append(((ratio - 1).abs() > eps).float().mean().item())
    return {key: float(np.mean(values)) for key, values in log.items()}
