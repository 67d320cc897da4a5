# replaces: save_and_reload
# target: test_save_and_reload
# why: saves only the model, so the folder has no tokenizer.json
from transformers import AutoModelForSequenceClassification


def save_and_reload(model, tokenizer, directory):
    model.save_pretrained(directory)
    return AutoModelForSequenceClassification.from_pretrained(directory), tokenizer
