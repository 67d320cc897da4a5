# replaces: reinforce_loss
# target: test_reinforce_loss
# why: sum instead of mean: the step size grows with the batch size
def reinforce_loss(logp, returns):
    return -(logp * returns.detach()).sum()
