# replaces: cut_sentences
# target: test_cut_sentences
# why: only punctuation ends a sentence; a paragraph without a full stop runs into the next one
def cut_sentences(text):
    pieces = re.findall(r"[^。！？!?]*[。！？!?]+[”’」』）)]*|[^。！？!?]+", text)
    return [p.strip() for p in pieces if any(c.isalnum() for c in p)]
