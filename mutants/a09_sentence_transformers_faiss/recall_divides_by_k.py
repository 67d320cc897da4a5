# replaces: recall_at_k
# target: test_recall_at_k
# why: precision@k: divides by k instead of the number of relevant documents
def recall_at_k(scores, relevant, k):
    order = np.argsort(-np.asarray(scores), axis=1, kind="stable")[:, :k]
    return float(
        np.mean([len(set(order[q].tolist()) & set(rel)) / k for q, rel in enumerate(relevant)])
    )
