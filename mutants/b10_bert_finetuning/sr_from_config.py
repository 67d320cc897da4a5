# replaces: save_and_reload
# target: test_save_and_reload
# why: rebuilds the model from config.json alone (fresh random weights)
from transformers import AutoModelForSequenceClassification, AutoTokenizer


def save_and_reload(model, tokenizer, directory):
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return AutoModelForSequenceClassification.from_config(model.config), AutoTokenizer.from_pretrained(directory)
