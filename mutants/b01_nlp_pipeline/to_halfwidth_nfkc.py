# replaces: to_halfwidth
# target: test_to_halfwidth
# why: NFKC on the whole string also folds ｡ ① ㎡ halfwidth katakana etc.
import unicodedata


def to_halfwidth(text):
    return unicodedata.normalize("NFKC", text)
