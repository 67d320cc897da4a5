# replaces: jacobian_norms
# target: test_jacobian_norms
# why: h_T taken from h_n[0] (the first layer's last state) instead of the top layer
def jacobian_norms(rnn, x):
    x = x.detach().clone().requires_grad_(True)
    _, h_n = rnn(x.unsqueeze(1))
    h_T = h_n[0, 0]
    sq = torch.zeros(x.shape[0], dtype=x.dtype)
    for j in range(h_T.shape[0]):
        (g,) = torch.autograd.grad(h_T[j], x, retain_graph=True)
        sq = sq + g.pow(2).sum(dim=1)
    return sq.sqrt().detach()
