# replaces: oracle_labels
# target: test_oracle_labels
# why: scores each sentence on its own and keeps the k best, instead of growing the summary greedily
def oracle_labels(sentences, reference, k):
    ref = char_tokens(reference)
    scores = []
    for s in sentences:
        tokens = char_tokens(s)
        scores.append(rouge_n(tokens, ref, 1)[2] + rouge_n(tokens, ref, 2)[2])
    order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    chosen = {i for i in order[:k] if scores[i] > 0}
    return [int(i in chosen) for i in range(len(sentences))]
