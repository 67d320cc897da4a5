# replaces: crf_log_partition
# target: test_crf_log_partition
# why: updates alpha at padded positions too (every sentence treated as length T)
def crf_log_partition(emissions, mask, start_transitions, end_transitions, transitions):
    alpha = start_transitions + emissions[:, 0]
    for t in range(1, emissions.shape[1]):
        alpha = torch.logsumexp(
            alpha.unsqueeze(2) + transitions + emissions[:, t].unsqueeze(1), dim=1
        )
    return torch.logsumexp(alpha + end_transitions, dim=1)
