# replaces: to_halfwidth
# target: test_to_halfwidth
# why: off-by-one upper bound (< 0xFF5E), so U+FF5E (～) is left full-width
def to_halfwidth(text):
    out = []
    for ch in text:
        code = ord(ch)
        if code == 0x3000:
            code = 0x20
        elif 0xFF01 <= code < 0xFF5E:
            code -= 0xFEE0
        out.append(chr(code))
    return "".join(out)
