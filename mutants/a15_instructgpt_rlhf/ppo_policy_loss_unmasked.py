# replaces: ppo_lm_step
# target: test_ppo_lm_step
# why: the policy loss is averaged over every position, prompt included
import torch
import torch.nn as nn


def ppo_lm_step(policy, value_head, optimizer, batch, cfg):
    ids, mask = batch["input_ids"], batch["action_mask"]
    hidden = policy.transformer(
        input_ids=ids, attention_mask=batch["attention_mask"]
    ).last_hidden_state
    logits = policy.lm_head(hidden)
    logp = torch.log_softmax(logits[:, :-1], dim=-1).gather(-1, ids[:, 1:, None]).squeeze(-1)
    values = value_head(hidden[:, :-1]).squeeze(-1)
    weight = mask.to(logp.dtype)
    count = weight.sum()
    log_ratio = logp - batch["old_logprobs"]
    ratio = torch.exp(log_ratio)
    adv, eps = batch["advantages"], cfg["clip_eps"]
    policy_terms = -torch.min(ratio * adv, torch.clamp(ratio, 1 - eps, 1 + eps) * adv)
    policy_loss = policy_terms.mean()
    old_values, returns = batch["old_values"], batch["returns"]
    clipped = old_values + torch.clamp(values - old_values, -cfg["vf_clip"], cfg["vf_clip"])
    value_terms = 0.5 * torch.max((values - returns) ** 2, (clipped - returns) ** 2)
    value_loss = (value_terms * weight).sum() / count
    loss = policy_loss + cfg["vf_coef"] * value_loss
    optimizer.zero_grad()
    loss.backward()
    nn.utils.clip_grad_norm_(
        [p for group in optimizer.param_groups for p in group["params"]], cfg["max_grad_norm"]
    )
    optimizer.step()
    with torch.no_grad():
        approx_kl = (((ratio - 1) - log_ratio) * weight).sum() / count
        clip_frac = ((((ratio - 1).abs() > eps).to(weight.dtype)) * weight).sum() / count
    return {
        "policy_loss": policy_loss.item(),
        "value_loss": value_loss.item(),
        "approx_kl": approx_kl.item(),
        "clip_frac": clip_frac.item(),
    }
