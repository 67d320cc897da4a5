# replaces: discounted_returns
# target: test_discounted_returns
# why: returns a float32 array (dtype stated as float64)
import numpy as np


def discounted_returns(rewards, dones, gamma):
    rewards = np.asarray(rewards, dtype=np.float32)
    out = np.zeros(len(rewards), dtype=np.float32)
    running = 0.0
    for t in reversed(range(len(rewards))):
        running = rewards[t] + gamma * (1.0 - float(dones[t])) * running
        out[t] = running
    return out
