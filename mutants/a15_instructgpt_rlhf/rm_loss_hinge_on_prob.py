# replaces: reward_pair_loss
# target: test_reward_pair_loss
# why: minimises 1 - sigmoid(margin) (a probability, not its log-likelihood)
import torch


def reward_pair_loss(r_chosen, r_rejected):
    return (1 - torch.sigmoid(r_chosen - r_rejected)).mean()
