# replaces: save_and_reload
# target: test_save_and_reload
# why: reloads with AutoModel: a bare encoder without the classification head
from transformers import AutoModel, AutoTokenizer


def save_and_reload(model, tokenizer, directory):
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return AutoModel.from_pretrained(directory), AutoTokenizer.from_pretrained(directory)
