# replaces: dpo_loss
# target: test_dpo_loss
# why: summed over the pairs instead of averaged
import torch.nn.functional as F


def dpo_loss(
    policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps, beta
):
    chosen = policy_chosen_logps - ref_chosen_logps
    rejected = policy_rejected_logps - ref_rejected_logps
    loss = -F.logsigmoid(beta * (chosen - rejected)).sum()
    return loss, beta * chosen.detach(), beta * rejected.detach()
