# replaces: ppo_clip_loss
# target: test_ppo_clip_loss
# why: max instead of min: an optimistic bound that never stops the ratio
import torch


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2):
    ratio = torch.exp(logp_new - logp_old)
    clipped = torch.clamp(ratio, 1.0 - clip_eps, 1.0 + clip_eps) * advantages
    return -torch.max(ratio * advantages, clipped).mean()
