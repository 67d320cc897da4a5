# replaces: ppo_clip_loss
# target: test_ppo_clip_loss
# why: ratio inverted: exp(logp_old - logp_new)
import torch


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2):
    ratio = torch.exp(logp_old - logp_new)
    clipped = torch.clamp(ratio, 1.0 - clip_eps, 1.0 + clip_eps) * advantages
    return -torch.min(ratio * advantages, clipped).mean()
