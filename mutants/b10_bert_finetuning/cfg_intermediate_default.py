# replaces: bert_config_dict
# target: test_bert_config_dict
# why: intermediate_size forgotten (BERT's default 3072 is used)
def bert_config_dict(vocab_size):
    d = {
        "model_type": "bert", "architectures": ["BertForSequenceClassification"], "vocab_size": vocab_size,
        "hidden_size": 128, "num_hidden_layers": 2, "num_attention_heads": 2, "intermediate_size": 512,
        "max_position_embeddings": 64, "type_vocab_size": 2, "hidden_act": "gelu", "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1, "pad_token_id": 0,
        "id2label": {"0": "negative", "1": "positive"}, "label2id": {"negative": 0, "positive": 1},
    }
    del d["intermediate_size"]
    return d
