# replaces: gae
# target: test_gae
# why: uses dones[t + 1] as the mask (the "done flag of the next observation" convention) with our dones
import numpy as np


def gae(rewards, values, dones, last_value, gamma, lam):
    rewards = np.asarray(rewards, dtype=np.float64)
    values = np.asarray(values, dtype=np.float64)
    dones = np.asarray(dones, dtype=np.float64)
    T = len(rewards)
    adv = np.zeros(T)
    next_value, next_adv = float(last_value), 0.0
    for t in reversed(range(T)):
        not_done = 1.0 - dones[t + 1] if t + 1 < T else 1.0
        delta = rewards[t] + gamma * not_done * next_value - values[t]
        next_adv = delta + gamma * lam * not_done * next_adv
        adv[t] = next_adv
        next_value = values[t]
    return adv, adv + values
