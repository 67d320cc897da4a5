# replaces: sgd_epoch
# target: test_sgd_epoch
# why: N // batch_size batches, the last partial batch is dropped
def sgd_epoch(contexts, targets, W_in, W_out, loss_and_grads, lr, batch_size, rng):
    n = len(targets)
    order = rng.permutation(n)
    losses = []
    for k in range(n // batch_size):
        batch = order[k * batch_size:(k + 1) * batch_size]
        loss, dW_in, dW_out = loss_and_grads(contexts[batch], targets[batch], W_in, W_out)
        W_in -= lr * dW_in
        W_out -= lr * dW_out
        losses.append(float(loss))
    return losses
