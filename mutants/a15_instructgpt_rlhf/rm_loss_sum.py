# replaces: reward_pair_loss
# target: test_reward_pair_loss
# why: summed over the pairs instead of averaged
import torch.nn.functional as F


def reward_pair_loss(r_chosen, r_rejected):
    return -F.logsigmoid(r_chosen - r_rejected).sum()
