# replaces: build_huffman_tree
# target: test_build_huffman_tree
# why: the second node popped becomes the left child (code 0), the first the right
import heapq


def build_huffman_tree(counts):
    V = len(counts)
    heap = [(int(c), i) for i, c in enumerate(counts)]
    heapq.heapify(heap)
    children = {}
    for new in range(V, 2 * V - 1):
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        children[new] = (b[1], a[1])
        heapq.heappush(heap, (a[0] + b[0], new))
    codes, points = [[] for _ in range(V)], [[] for _ in range(V)]
    if V == 0:
        return codes, points
    stack = [(2 * V - 2, [], [])]
    while stack:
        node, code, path = stack.pop()
        if node < V:
            codes[node], points[node] = code, path
            continue
        left, right = children[node]
        stack.append((left, code + [0], path + [node - V]))
        stack.append((right, code + [1], path + [node - V]))
    return codes, points
