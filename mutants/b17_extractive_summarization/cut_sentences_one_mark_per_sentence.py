# replaces: cut_sentences
# target: test_cut_sentences
# why: each end mark closes a sentence, so the second mark of '？！' is left alone (and dropped)
def cut_sentences(text):
    pieces = re.findall(r"[^。！？!?\n]*[。！？!?][”’」』）)]*|[^。！？!?\n]+", text)
    return [p.strip() for p in pieces if any(c.isalnum() for c in p)]
