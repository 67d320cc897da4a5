# replaces: ppo_clip_loss
# target: test_ppo_clip_loss
# why: clip range hard-coded to 0.2, the clip_eps argument ignored
import torch


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2):
    ratio = torch.exp(logp_new - logp_old)
    clipped = torch.clamp(ratio, 0.8, 1.2) * advantages
    return -torch.min(ratio * advantages, clipped).mean()
