# replaces: pad_truncate
# target: test_pad_truncate
# why: pads at the front (pre-padding) instead of the end
import numpy as np


def pad_truncate(seqs, max_len, pad_id=0, truncating="post"):
    ids = np.full((len(seqs), max_len), pad_id, dtype=np.int64)
    lengths = np.zeros(len(seqs), dtype=np.int64)
    for i, s in enumerate(seqs):
        s = list(s)
        kept = s[:max_len] if truncating == "post" else s[-max_len:]
        if kept:
            ids[i, max_len - len(kept):] = kept
        lengths[i] = len(kept)
    return ids, lengths
