# replaces: recall_at_k
# target: test_recall_at_k
# why: counts a query as 1 as soon as any relevant document is in the top k (hit rate)
def recall_at_k(scores, relevant, k):
    order = np.argsort(-np.asarray(scores), axis=1, kind="stable")[:, :k]
    return float(
        np.mean(
            [1.0 if set(order[q].tolist()) & set(rel) else 0.0 for q, rel in enumerate(relevant)]
        )
    )
