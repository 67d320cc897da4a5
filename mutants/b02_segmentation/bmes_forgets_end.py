# replaces: bmes_tags
# target: test_bmes_tags
# why: multi-character words are tagged B, M, ..., M: the last character never gets E
def bmes_tags(words):
    tags = []
    for w in words:
        if len(w) == 1:
            tags.append("S")
        else:
            tags.extend(["B"] + ["M"] * (len(w) - 1))
    return tags
