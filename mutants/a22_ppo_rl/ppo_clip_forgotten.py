# replaces: ppo_clip_loss
# target: test_ppo_clip_loss
# why: clip forgotten: the plain importance-sampled surrogate
import torch


def ppo_clip_loss(logp_new, logp_old, advantages, clip_eps=0.2):
    ratio = torch.exp(logp_new - logp_old)
    return -(ratio * advantages).mean()
