# replaces: recall_at_k
# target: test_recall_at_k
# why: off by one: skips the best-ranked document, as if it were the query itself
def recall_at_k(scores, relevant, k):
    order = np.argsort(-np.asarray(scores), axis=1, kind="stable")[:, 1 : k + 1]
    return float(
        np.mean(
            [len(set(order[q].tolist()) & set(rel)) / len(rel) for q, rel in enumerate(relevant)]
        )
    )
