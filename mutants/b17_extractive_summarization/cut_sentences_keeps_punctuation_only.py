# replaces: cut_sentences
# target: test_cut_sentences
# why: drops only empty pieces, so '……' or '——' count as sentences
def cut_sentences(text):
    pieces = re.findall(r"[^。！？!?\n]*[。！？!?]+[”’」』）)]*|[^。！？!?\n]+", text)
    return [p.strip() for p in pieces if p.strip()]
