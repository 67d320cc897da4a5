# replaces: oracle_labels
# target: test_oracle_labels
# why: always takes k sentences, even when the best addition lowers the score
def oracle_labels(sentences, reference, k):
    ref = char_tokens(reference)

    def score(chosen):
        tokens = char_tokens("".join(sentences[i] for i in sorted(chosen)))
        return rouge_n(tokens, ref, 1)[2] + rouge_n(tokens, ref, 2)[2]

    chosen = set()
    while len(chosen) < min(k, len(sentences)):
        best_i, best = None, -1.0
        for i in range(len(sentences)):
            if i not in chosen:
                s = score(chosen | {i})
                if s > best + 1e-12:
                    best_i, best = i, s
        chosen.add(best_i)
    return [int(i in chosen) for i in range(len(sentences))]
