# replaces: save_and_reload
# target: test_save_and_reload
# why: saves model.bert (the encoder without the classifier), so the classifier is re-initialised
from transformers import AutoModelForSequenceClassification, AutoTokenizer


def save_and_reload(model, tokenizer, directory):
    model.bert.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return AutoModelForSequenceClassification.from_pretrained(directory, num_labels=model.config.num_labels), AutoTokenizer.from_pretrained(directory)
