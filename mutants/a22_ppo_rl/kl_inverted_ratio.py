# replaces: approx_kl
# target: test_approx_kl
# why: ratio inverted (pi_old / pi_new) inside k3: no longer an estimate of KL(old || new)
import torch


def approx_kl(logp_new, logp_old):
    log_ratio = logp_old - logp_new
    return (torch.exp(log_ratio) - 1.0 - log_ratio).mean()
