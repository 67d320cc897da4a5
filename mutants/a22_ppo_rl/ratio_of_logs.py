# replaces: importance_ratio
# target: test_importance_ratio
# why: divides the log-probabilities instead of the probabilities
def importance_ratio(logp_new, logp_old):
    return logp_new / logp_old.detach()
