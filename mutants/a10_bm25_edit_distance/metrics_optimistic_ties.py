# replaces: retrieval_metrics
# target: test_retrieval_metrics
# why: a tie puts the gold document first (rank counts only strictly higher scores)
def retrieval_metrics(scores, gold, ks=(1, 5, 10)):
    scores = np.asarray(scores)
    gold = np.asarray(gold, dtype=np.int64)
    gold_scores = scores[np.arange(len(gold)), gold][:, None]
    ranks = 1 + (scores > gold_scores).sum(axis=1)
    metrics = {f"hit@{k}": float(np.mean(ranks <= k)) for k in ks}
    metrics["mrr"] = float(np.mean(1.0 / ranks))
    return metrics
