# replaces: discounted_returns
# target: test_discounted_returns
# why: accumulates forward in time (discounted sum of past rewards) instead of future rewards
import numpy as np


def discounted_returns(rewards, dones, gamma):
    rewards = np.asarray(rewards, dtype=np.float64)
    out = np.zeros(len(rewards), dtype=np.float64)
    running = 0.0
    for t in range(len(rewards)):
        running = rewards[t] + gamma * running
        out[t] = running
        if dones[t]:
            running = 0.0
    return out
