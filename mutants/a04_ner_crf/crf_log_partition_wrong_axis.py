# replaces: crf_log_partition
# target: test_crf_log_partition
# why: log-sum-exp over the next tag instead of the previous one (wrong axis)
def crf_log_partition(emissions, mask, start_transitions, end_transitions, transitions):
    alpha = start_transitions + emissions[:, 0]
    for t in range(1, emissions.shape[1]):
        step = torch.logsumexp(
            alpha.unsqueeze(1) + transitions + emissions[:, t].unsqueeze(2), dim=2
        )
        alpha = torch.where(mask[:, t].unsqueeze(1), step, alpha)
    return torch.logsumexp(alpha + end_transitions, dim=1)
