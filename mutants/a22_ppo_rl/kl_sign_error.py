# replaces: approx_kl
# target: test_approx_kl
# why: sign of the log term flipped: (r - 1) + log r
import torch


def approx_kl(logp_new, logp_old):
    log_ratio = logp_new - logp_old
    return (torch.exp(log_ratio) - 1.0 + log_ratio).mean()
