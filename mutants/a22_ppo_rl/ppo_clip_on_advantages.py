# replaces: ppo_clip_loss
# target: test_ppo_clip_loss
# why: clips the advantages instead of the ratio
import torch


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2):
    ratio = torch.exp(logp_new - logp_old)
    clipped = ratio * torch.clamp(advantages, 1.0 - clip_eps, 1.0 + clip_eps)
    return -torch.min(ratio * advantages, clipped).mean()
