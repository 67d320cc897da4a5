# replaces: pad_truncate
# target: test_pad_truncate
# why: always keeps the head, whatever truncating says
import numpy as np


def pad_truncate(seqs, max_len, pad_id=0, truncating="post"):
    ids = np.full((len(seqs), max_len), pad_id, dtype=np.int64)
    lengths = np.zeros(len(seqs), dtype=np.int64)
    for i, s in enumerate(seqs):
        kept = list(s)[:max_len]
        ids[i, : len(kept)] = kept
        lengths[i] = len(kept)
    return ids, lengths
