# replaces: reward_pair_loss
# target: test_reward_pair_loss
# why: log(sigmoid(d)) written literally: underflows to -inf for very negative margins
import torch


def reward_pair_loss(r_chosen, r_rejected):
    return -torch.log(torch.sigmoid(r_chosen - r_rejected)).mean()
