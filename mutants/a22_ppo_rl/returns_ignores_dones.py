# replaces: discounted_returns
# target: test_discounted_returns
# why: forgets the episode boundaries: rewards of the next episode leak into the return
import numpy as np


def discounted_returns(rewards, dones, gamma):
    rewards = np.asarray(rewards, dtype=np.float64)
    out = np.zeros(len(rewards), dtype=np.float64)
    running = 0.0
    for t in reversed(range(len(rewards))):
        running = rewards[t] + gamma * running
        out[t] = running
    return out
