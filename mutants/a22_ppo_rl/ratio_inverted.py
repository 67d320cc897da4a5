# replaces: importance_ratio
# target: test_importance_ratio
# why: ratio inverted: pi_old / pi_new
import torch


def importance_ratio(logp_new, logp_old):
    return torch.exp(logp_old.detach() - logp_new)
