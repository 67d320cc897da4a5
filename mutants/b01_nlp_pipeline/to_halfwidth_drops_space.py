# replaces: to_halfwidth
# target: test_to_halfwidth
# why: deletes the ideographic space instead of mapping it to U+0020
def to_halfwidth(text):
    out = []
    for ch in text:
        code = ord(ch)
        if code == 0x3000:
            continue
        if 0xFF01 <= code <= 0xFF5E:
            code -= 0xFEE0
        out.append(chr(code))
    return "".join(out)
