# replaces: jacobian_norms
# target: test_jacobian_norms
# why: one backward pass of h_T.sum(): the norm of a sum of Jacobian rows, not the Frobenius norm
def jacobian_norms(rnn, x):
    x = x.detach().clone().requires_grad_(True)
    output, _ = rnn(x.unsqueeze(1))
    (g,) = torch.autograd.grad(output[-1, 0].sum(), x)
    return g.norm(dim=1).detach()
