# replaces: gae
# target: test_gae
# why: ignores last_value: the value after the rollout is taken as 0
import numpy as np


def gae(rewards, values, dones, last_value, gamma, lam):
    rewards = np.asarray(rewards, dtype=np.float64)
    values = np.asarray(values, dtype=np.float64)
    dones = np.asarray(dones, dtype=np.float64)
    adv = np.zeros(len(rewards))
    next_value, next_adv = 0.0, 0.0
    for t in reversed(range(len(rewards))):
        not_done = 1.0 - dones[t]
        delta = rewards[t] + gamma * not_done * next_value - values[t]
        next_adv = delta + gamma * lam * not_done * next_adv
        adv[t] = next_adv
        next_value = values[t]
    return adv, adv + values
