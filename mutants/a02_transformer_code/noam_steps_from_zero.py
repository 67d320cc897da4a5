# replaces: noam_rate
# target: test_noam_rate
# why: counts steps from 0 (step - 1 inside the formula), so the first rate is 0
def noam_rate(step: int, d_model: int, warmup: int) -> float:
    """d_model^-0.5 * min(step^-0.5, step * warmup^-1.5), steps counted from 1."""
    if step < 1:
        raise ValueError(f"steps are counted from 1, got {step}")
    step = max(step - 1, 1e-12)
    return float(d_model**-0.5 * min(step**-0.5, step * warmup**-1.5))
