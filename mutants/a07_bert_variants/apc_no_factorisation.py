# replaces: albert_param_count
# target: test_albert_param_count
# why: embedding tables of width H (BERT's V x H) and no E -> H mapping


def albert_param_count(config):
    V, H = config["vocab_size"], config["hidden_size"]
    FF, P, S = (
        config["intermediate_size"],
        config["max_position_embeddings"],
        config["type_vocab_size"],
    )
    groups, inner = config.get("num_hidden_groups", 1), config.get("inner_group_num", 1)
    embeddings = (V + P + S) * H + 2 * H
    mapping = 0
    layer = 4 * (H * H + H) + 2 * H + (H * FF + FF) + (FF * H + H) + 2 * H
    pooler = H * H + H
    return int(embeddings + mapping + groups * inner * layer + pooler)
