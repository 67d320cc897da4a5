# replaces: reinforce_loss
# target: test_reinforce_loss
# why: sign error: minimising this lowers the probability of high-return actions
def reinforce_loss(logp, returns):
    return (logp * returns.detach()).mean()
