# replaces: importance_ratio
# target: test_importance_ratio
# why: divides probabilities: exp(-1000) underflows to 0 and the ratio becomes nan
import torch


def importance_ratio(logp_new, logp_old):
    return torch.exp(logp_new) / torch.exp(logp_old.detach())
