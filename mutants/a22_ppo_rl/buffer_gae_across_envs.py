# replaces: RolloutBuffer
# target: test_rollout_buffer
# why: GAE run on the time-major flattened sequence: environments leak into each other
import numpy as np
import torch


class RolloutBuffer:
    """Storage for one rollout of n_steps steps in n_envs environments, and GAE computed on it."""

    def __init__(self, n_steps: int, n_envs: int, obs_dim: int):
        self.n_steps, self.n_envs = n_steps, n_envs
        self.obs = torch.zeros(n_steps, n_envs, obs_dim, dtype=torch.float32)
        self.actions = torch.zeros(n_steps, n_envs, dtype=torch.int64)
        self.logprobs = torch.zeros(n_steps, n_envs, dtype=torch.float32)
        self.rewards = torch.zeros(n_steps, n_envs, dtype=torch.float32)
        self.dones = torch.zeros(n_steps, n_envs, dtype=torch.float32)
        self.values = torch.zeros(n_steps, n_envs, dtype=torch.float32)
        self.advantages = self.returns = None
        self.ptr = 0

    def add(self, obs, action, logprob, reward, done, value) -> None:
        """Write one step (one row per field) and advance the pointer; IndexError when full."""
        if self.ptr >= self.n_steps:
            raise IndexError(f"the buffer holds {self.n_steps} steps and is full")
        t = self.ptr
        self.obs[t] = torch.as_tensor(np.asarray(obs, dtype=np.float32))
        self.actions[t] = torch.as_tensor(np.asarray(action, dtype=np.int64))
        self.logprobs[t] = torch.as_tensor(np.asarray(logprob, dtype=np.float32))
        self.rewards[t] = torch.as_tensor(np.asarray(reward, dtype=np.float32))
        self.dones[t] = torch.as_tensor(np.asarray(done, dtype=np.float32))
        self.values[t] = torch.as_tensor(np.asarray(value, dtype=np.float32))
        self.ptr += 1

    def compute_gae(
        self, last_value, gamma: float, lam: float
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """GAE along the time axis of every environment, bootstrapped with last_value = V(s_T)."""
        r, v, d = self.rewards.reshape(-1), self.values.reshape(-1), self.dones.reshape(-1)
        next_value = float(np.asarray(last_value, dtype=np.float32).reshape(-1)[-1])
        next_adv = 0.0
        flat = torch.zeros_like(r)
        for i in reversed(range(len(r))):
            delta = r[i] + gamma * (1 - d[i]) * next_value - v[i]
            next_adv = delta + gamma * lam * (1 - d[i]) * next_adv
            flat[i] = next_adv
            next_value = v[i]
        advantages = flat.reshape(self.n_steps, self.n_envs)
        self.advantages, self.returns = advantages, advantages + self.values
        return self.advantages, self.returns

    def get(self) -> dict[str, torch.Tensor]:
        """All fields flattened time-major to T * E samples (row t * E + e)."""
        n = self.n_steps * self.n_envs
        out = {"obs": self.obs.reshape(n, -1)}
        for key in ("actions", "logprobs", "rewards", "dones", "values", "advantages", "returns"):
            out[key] = getattr(self, key).reshape(n)
        return out
