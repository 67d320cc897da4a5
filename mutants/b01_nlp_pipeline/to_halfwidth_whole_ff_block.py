# replaces: to_halfwidth
# target: test_to_halfwidth
# why: shifts every character from U+FF00 on (the whole Halfwidth and Fullwidth Forms block)
def to_halfwidth(text):
    out = []
    for ch in text:
        code = ord(ch)
        if code == 0x3000:
            code = 0x20
        elif code >= 0xFF00 and code - 0xFEE0 < 0x110000:
            code -= 0xFEE0
        out.append(chr(code))
    return "".join(out)
