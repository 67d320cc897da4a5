# replaces: jacobian_norms
# target: test_jacobian_norms
# why: backward() per component without zeroing x.grad, so gradients of earlier components pile up
def jacobian_norms(rnn, x):
    x = x.detach().clone().requires_grad_(True)
    output, _ = rnn(x.unsqueeze(1))
    h_T = output[-1, 0]
    sq = torch.zeros(x.shape[0], dtype=x.dtype)
    for j in range(h_T.shape[0]):
        h_T[j].backward(retain_graph=True)
        sq = sq + x.grad.pow(2).sum(dim=1)
    return sq.sqrt().detach()
