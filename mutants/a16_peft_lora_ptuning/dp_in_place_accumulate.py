# replaces: data_parallel
# target: test_data_parallel
# why: accumulates into worker 0's gradient tensors in place (modifies the inputs)
def all_reduce_mean(worker_grads):
    n = len(worker_grads)
    acc = worker_grads[0]
    for g in worker_grads[1:]:
        for a, b in zip(acc, g, strict=True):
            a += b
    for a in acc:
        a /= n
    return [[a.clone() for a in acc] for _ in range(n)]


def data_parallel_grads(model, loss_fn, inputs, targets, n_workers):
    if len(inputs) % n_workers != 0:
        raise ValueError("unequal shards")
    size = len(inputs) // n_workers
    worker_grads = []
    for w in range(n_workers):
        replica = copy.deepcopy(model)
        loss = loss_fn(replica(inputs[w * size:(w + 1) * size]), targets[w * size:(w + 1) * size])
        worker_grads.append(list(torch.autograd.grad(loss, list(replica.parameters()))))
    return all_reduce_mean(worker_grads)[0]
