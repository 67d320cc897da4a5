# replaces: to_halfwidth
# target: test_to_halfwidth
# why: only the U+FF01..U+FF5E block is shifted; the ideographic space U+3000 is forgotten
def to_halfwidth(text):
    return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in text)
