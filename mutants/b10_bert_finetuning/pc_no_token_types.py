# replaces: bert_param_count
# target: test_bert_param_count
# why: forgets the segment (token type) embeddings
def bert_param_count(config):
    V, H, L = config["vocab_size"], config["hidden_size"], config["num_hidden_layers"]
    FF, P = config["intermediate_size"], config["max_position_embeddings"]
    return (V + P) * H + 2 * H + L * (4 * H * H + 2 * H * FF + 9 * H + FF) + H * H + H
