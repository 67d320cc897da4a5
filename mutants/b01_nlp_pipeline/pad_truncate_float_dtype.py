# replaces: pad_truncate
# target: test_pad_truncate
# why: np.full without dtype gives float64 ids
import numpy as np


def pad_truncate(seqs, max_len, pad_id=0, truncating="post"):
    ids = np.full((len(seqs), max_len), float(pad_id))
    lengths = np.zeros(len(seqs), dtype=np.int64)
    for i, s in enumerate(seqs):
        s = list(s)
        kept = s[:max_len] if truncating == "post" else s[-max_len:]
        ids[i, : len(kept)] = kept
        lengths[i] = len(kept)
    return ids, lengths
