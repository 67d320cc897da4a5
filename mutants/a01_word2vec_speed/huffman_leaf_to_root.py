# replaces: build_huffman_tree
# target: test_build_huffman_tree
# why: paths are collected leaf first (parent pointers walked upward) and never reversed
import heapq


def build_huffman_tree(counts):
    V = len(counts)
    heap = [(int(c), i) for i, c in enumerate(counts)]
    heapq.heapify(heap)
    parent = {}
    for new in range(V, 2 * V - 1):
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        parent[a[1]] = (new, 0)
        parent[b[1]] = (new, 1)
        heapq.heappush(heap, (a[0] + b[0], new))
    codes, points = [], []
    for i in range(V):
        code, path, node = [], [], i
        while node in parent:
            node, bit = parent[node]
            code.append(bit)
            path.append(node - V)
        codes.append(code)
        points.append(path)
    return codes, points
