# replaces: noam_rate
# target: test_noam_rate
# why: drops the d_model^-0.5 factor
def noam_rate(step: int, d_model: int, warmup: int) -> float:
    """d_model^-0.5 * min(step^-0.5, step * warmup^-1.5), steps counted from 1."""
    if step < 1:
        raise ValueError(f"steps are counted from 1, got {step}")
    return float(min(step**-0.5, step * warmup**-1.5))
