# replaces: bmes_tags
# target: test_bmes_tags
# why: no special case for one-character words, which get two tags ["B", "E"]
def bmes_tags(words):
    tags = []
    for w in words:
        tags.extend(["B"] + ["M"] * (len(w) - 2) + ["E"])
    return tags
