# replaces: bpe_train_incremental
# target: test_bpe_train_incremental
# why: heap entries carry a push counter before the pair, so ties go to the pair pushed first
import heapq
import itertools
from collections import defaultdict


def bpe_train_incremental(word_freqs: dict[str, int], num_merges: int) -> list[tuple[str, str]]:
    """The merges of bpe_train, but each step updates only the words that contain the merged pair."""
    words = [list(w) for w in word_freqs]
    freqs = list(word_freqs.values())
    counts = defaultdict(int)  # pair -> weighted count (only pairs with a count > 0)
    where = defaultdict(
        set
    )  # pair -> indices of the words that contain it (may hold stale indices)
    for i, symbols in enumerate(words):
        for pair in itertools.pairwise(symbols):
            counts[pair] += freqs[i]
            where[pair].add(i)
    pushes = itertools.count()
    heap = [
        (-c, next(pushes), pair) for pair, c in counts.items()
    ]  # smallest entry = highest count, then smallest pair
    heapq.heapify(heap)
    merges = []
    while len(merges) < num_merges:
        while heap and counts.get(heap[0][2]) != -heap[0][0]:
            heapq.heappop(heap)  # a stale entry: the pair's count has changed since it was pushed
        if not heap:
            break
        best = heapq.heappop(heap)[2]
        merges.append(best)
        a, b = best
        delta = defaultdict(int)
        for i in where.pop(best):
            old, f = words[i], freqs[i]
            new, k = [], 0
            while k < len(old):
                if k + 1 < len(old) and old[k] == a and old[k + 1] == b:
                    new.append(a + b)
                    k += 2
                else:
                    new.append(old[k])
                    k += 1
            if len(new) == len(old):
                continue  # a stale index: this word no longer holds the pair
            for pair in itertools.pairwise(old):
                delta[pair] -= f
            for pair in itertools.pairwise(new):
                delta[pair] += f
                where[pair].add(i)
            words[i] = new
        for pair, d in delta.items():
            if d:
                counts[pair] += d
                if counts[pair] == 0:
                    del counts[pair]
                else:
                    heapq.heappush(heap, (-counts[pair], next(pushes), pair))
    return merges
