# replaces: noam_rate
# target: test_noam_rate
# why: warmup^-0.5 instead of warmup^-1.5 in the linear branch
def noam_rate(step: int, d_model: int, warmup: int) -> float:
    """d_model^-0.5 * min(step^-0.5, step * warmup^-1.5), steps counted from 1."""
    if step < 1:
        raise ValueError(f"steps are counted from 1, got {step}")
    return float(d_model**-0.5 * min(step**-0.5, step * warmup**-0.5))
