# replaces: retrieval_metrics
# target: test_retrieval_metrics
# why: hit@k counts ranks strictly below k (off by one)
def retrieval_metrics(scores, gold, ks=(1, 5, 10)):
    scores = np.asarray(scores)
    gold = np.asarray(gold, dtype=np.int64)
    order = np.argsort(-scores, axis=1, kind="stable")
    ranks = 1 + np.argmax(order == gold[:, None], axis=1)
    metrics = {f"hit@{k}": float(np.mean(ranks < k)) for k in ks}
    metrics["mrr"] = float(np.mean(1.0 / ranks))
    return metrics
