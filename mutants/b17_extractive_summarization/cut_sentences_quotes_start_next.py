# replaces: cut_sentences
# target: test_cut_sentences
# why: splits right after 。！？, so a closing quote starts the next sentence
def cut_sentences(text):
    pieces = re.findall(r"[^。！？!?\n]*[。！？!?]+|[^。！？!?\n]+", text)
    return [p.strip() for p in pieces if any(c.isalnum() for c in p)]
