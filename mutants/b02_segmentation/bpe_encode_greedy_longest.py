# replaces: bpe_encode
# target: test_bpe_encode
# why: greedy longest-token matching against the vocabulary (characters + merged tokens) instead of replaying the merges
def bpe_encode(word, merges):
    vocab = set(word) | {a + b for a, b in merges}
    out, i = [], 0
    while i < len(word):
        for j in range(len(word), i, -1):
            if word[i:j] in vocab or j == i + 1:
                out.append(word[i:j])
                i = j
                break
    return out
