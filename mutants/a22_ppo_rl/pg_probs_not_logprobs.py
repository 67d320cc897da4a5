# replaces: reinforce_loss
# target: test_reinforce_loss
# why: weights probabilities instead of log-probabilities (no log-derivative trick)
import torch


def reinforce_loss(logp, returns):
    return -(torch.exp(logp) * returns.detach()).mean()
