# replaces: byte_bpe
# target: test_byte_bpe
# why: the whole text is one piece, so merges cross word/punctuation/space boundaries
import itertools


def byte_bpe_encode(text: str, merges: list[tuple[str, str]]) -> list[str]:
    """Split text with SPLIT_RE, map each piece's UTF-8 bytes with BYTE_TO_CHAR, apply the merges in order."""
    rank = {pair: r for r, pair in enumerate(merges)}
    tokens = []
    for piece in [text] if text else []:
        symbols = [BYTE_TO_CHAR[b] for b in piece.encode("utf-8")]
        last = -1
        while len(symbols) > 1:
            ranks = [r for pair in itertools.pairwise(symbols) if (r := rank.get(pair, -1)) > last]
            if not ranks:
                break
            last = min(ranks)
            a, b = merges[last]
            merged, i = [], 0
            while i < len(symbols):
                if i + 1 < len(symbols) and symbols[i] == a and symbols[i + 1] == b:
                    merged.append(a + b)
                    i += 2
                else:
                    merged.append(symbols[i])
                    i += 1
            symbols = merged
        tokens.extend(symbols)
    return tokens


def byte_bpe_decode(tokens: list[str]) -> str:
    """Concatenate the tokens, map the characters back to bytes, decode UTF-8 (errors="replace")."""
    return bytes(CHAR_TO_BYTE[c] for token in tokens for c in token).decode(
        "utf-8", errors="replace"
    )
