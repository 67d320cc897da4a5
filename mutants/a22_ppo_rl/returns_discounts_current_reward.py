# replaces: discounted_returns
# target: test_discounted_returns
# why: discounts the immediate reward too: G_t = gamma * (r_t + G_{t+1})
import numpy as np


def discounted_returns(rewards, dones, gamma):
    rewards = np.asarray(rewards, dtype=np.float64)
    out = np.zeros(len(rewards), dtype=np.float64)
    running = 0.0
    for t in reversed(range(len(rewards))):
        running = gamma * (rewards[t] + (1.0 - float(dones[t])) * running)
        out[t] = running
    return out
