# replaces: approx_kl
# target: test_approx_kl
# why: the k1 estimator mean(logp_old - logp_new): unbiased but not the stated k3, can be negative
def approx_kl(logp_new, logp_old):
    return (logp_old - logp_new).mean()
