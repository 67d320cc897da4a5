# replaces: dpo_loss
# target: test_dpo_loss
# why: beta multiplies the log-sigmoid instead of the margin inside it
import torch.nn.functional as F


def dpo_loss(
    policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps, beta
):
    chosen = policy_chosen_logps - ref_chosen_logps
    rejected = policy_rejected_logps - ref_rejected_logps
    loss = -beta * F.logsigmoid(chosen - rejected).mean()
    return loss, beta * chosen.detach(), beta * rejected.detach()
