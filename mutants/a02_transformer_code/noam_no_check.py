# replaces: noam_rate
# target: test_noam_rate
# why: accepts step 0 and returns 0.0 instead of raising
def noam_rate(step: int, d_model: int, warmup: int) -> float:
    """d_model^-0.5 * min(step^-0.5, step * warmup^-1.5), steps counted from 1."""
    if step < 1:
        return 0.0
    return float(d_model**-0.5 * min(step**-0.5, step * warmup**-1.5))
