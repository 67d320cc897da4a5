# replaces: reinforce_loss
# target: test_reinforce_loss
# why: returns not detached: gradients leak into whatever computed them (e.g. a critic)
def reinforce_loss(logp, returns):
    return -(logp * returns).mean()
