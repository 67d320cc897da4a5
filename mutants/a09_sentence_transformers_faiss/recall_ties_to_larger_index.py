# replaces: recall_at_k
# target: test_recall_at_k
# why: ascending sort reversed: among equal scores the larger index comes first
def recall_at_k(scores, relevant, k):
    order = np.argsort(np.asarray(scores), axis=1, kind="stable")[:, ::-1][:, :k]
    return float(
        np.mean(
            [len(set(order[q].tolist()) & set(rel)) / len(rel) for q, rel in enumerate(relevant)]
        )
    )
