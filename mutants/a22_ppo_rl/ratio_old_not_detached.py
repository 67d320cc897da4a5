# replaces: importance_ratio
# target: test_importance_ratio
# why: logp_old not detached: gradient also flows into the old policy's log-probs
import torch


def importance_ratio(logp_new, logp_old):
    return torch.exp(logp_new - logp_old)
