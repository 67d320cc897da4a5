# replaces: data_parallel
# target: test_data_parallel
# why: all "workers" share the one model and call backward without zeroing: gradients pile up
def all_reduce_mean(worker_grads):
    n = len(worker_grads)
    means = [torch.stack([g[k] for g in worker_grads]).mean(dim=0) for k in range(len(worker_grads[0]))]
    return [[m.clone() for m in means] for _ in range(n)]


def data_parallel_grads(model, loss_fn, inputs, targets, n_workers):
    if len(inputs) % n_workers != 0:
        raise ValueError("unequal shards")
    size = len(inputs) // n_workers
    worker_grads = []
    for w in range(n_workers):
        loss = loss_fn(model(inputs[w * size:(w + 1) * size]), targets[w * size:(w + 1) * size])
        loss.backward()
        worker_grads.append([p.grad.clone() for p in model.parameters()])
    return all_reduce_mean(worker_grads)[0]
