# replaces: jacobian_norms
# target: test_jacobian_norms
# why: returned in order of distance (newest input first) instead of t = 0 (oldest) first
def jacobian_norms(rnn, x):
    x = x.detach().clone().requires_grad_(True)
    output, _ = rnn(x.unsqueeze(1))
    h_T = output[-1, 0]
    sq = torch.zeros(x.shape[0], dtype=x.dtype)
    for j in range(h_T.shape[0]):
        (g,) = torch.autograd.grad(h_T[j], x, retain_graph=True)
        sq = sq + g.pow(2).sum(dim=1)
    return sq.sqrt().flip(0).detach()
