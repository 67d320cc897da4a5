# replaces: bmes_tags
# target: test_bmes_tags
# why: returns one string "BES..." instead of a list of one-letter strings
def bmes_tags(words):
    out = ""
    for w in words:
        out += "S" if len(w) == 1 else "B" + "M" * (len(w) - 2) + "E"
    return out
