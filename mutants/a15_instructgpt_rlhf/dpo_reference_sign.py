# replaces: dpo_loss
# target: test_dpo_loss
# why: the reference term enters with the wrong sign (margin (pc - pr) + (rc - rr))
import torch.nn.functional as F


def dpo_loss(
    policy_chosen_logps, policy_rejected_logps, ref_chosen_logps, ref_rejected_logps, beta
):
    margin = (policy_chosen_logps - policy_rejected_logps) + (ref_chosen_logps - ref_rejected_logps)
    loss = -F.logsigmoid(beta * margin).mean()
    return (
        loss,
        beta * (policy_chosen_logps - ref_chosen_logps).detach(),
        beta * (policy_rejected_logps - ref_rejected_logps).detach(),
    )
