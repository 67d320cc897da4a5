# replaces: reward_pair_loss
# target: test_reward_pair_loss
# why: the difference taken the wrong way round (rewards the rejected answer)
import torch.nn.functional as F


def reward_pair_loss(r_chosen, r_rejected):
    return -F.logsigmoid(r_rejected - r_chosen).mean()
