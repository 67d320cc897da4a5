# replaces: discounted_returns
# target: test_discounted_returns
# why: resets the running sum after storing G_t, so the boundary is one step too early
import numpy as np


def discounted_returns(rewards, dones, gamma):
    rewards = np.asarray(rewards, dtype=np.float64)
    out = np.zeros(len(rewards), dtype=np.float64)
    running = 0.0
    for t in reversed(range(len(rewards))):
        running = rewards[t] + gamma * running
        out[t] = running
        if dones[t]:
            running = 0.0
    return out
