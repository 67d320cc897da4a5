# replaces: data_parallel
# target: test_data_parallel
# why: splits with torch.chunk and never checks divisibility: unequal shards are averaged unweighted
def all_reduce_mean(worker_grads):
    n = len(worker_grads)
    means = [torch.stack([g[k] for g in worker_grads]).mean(dim=0) for k in range(len(worker_grads[0]))]
    return [[m.clone() for m in means] for _ in range(n)]


def data_parallel_grads(model, loss_fn, inputs, targets, n_workers):
    worker_grads = []
    for xs, ys in zip(torch.chunk(inputs, n_workers), torch.chunk(targets, n_workers), strict=True):
        replica = copy.deepcopy(model)
        loss = loss_fn(replica(xs), ys)
        worker_grads.append(list(torch.autograd.grad(loss, list(replica.parameters()))))
    return all_reduce_mean(worker_grads)[0]
