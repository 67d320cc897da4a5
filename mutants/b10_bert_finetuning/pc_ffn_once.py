# replaces: bert_param_count
# target: test_bert_param_count
# why: counts the feed-forward block once (H*FF) instead of both projections
def bert_param_count(config):
    V, H, L = config["vocab_size"], config["hidden_size"], config["num_hidden_layers"]
    FF, P, S = config["intermediate_size"], config["max_position_embeddings"], config["type_vocab_size"]
    return (V + P + S) * H + 2 * H + L * (4 * H * H + H * FF + 9 * H + FF) + H * H + H
