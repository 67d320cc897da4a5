# replaces: gae
# target: test_gae
# why: masks the bootstrap in delta but not the recursion: advantages leak across episodes
import numpy as np


def gae(rewards, values, dones, last_value, gamma, lam):
    rewards = np.asarray(rewards, dtype=np.float64)
    values = np.asarray(values, dtype=np.float64)
    dones = np.asarray(dones, dtype=np.float64)
    adv = np.zeros(len(rewards))
    next_value, next_adv = float(last_value), 0.0
    for t in reversed(range(len(rewards))):
        delta = rewards[t] + gamma * (1.0 - dones[t]) * next_value - values[t]
        next_adv = delta + gamma * lam * next_adv
        adv[t] = next_adv
        next_value = values[t]
    return adv, adv + values
