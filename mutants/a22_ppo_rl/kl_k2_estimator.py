# replaces: approx_kl
# target: test_approx_kl
# why: the k2 estimator 0.5 * (log r)^2: biased
def approx_kl(logp_new, logp_old):
    return (0.5 * (logp_new - logp_old) ** 2).mean()
