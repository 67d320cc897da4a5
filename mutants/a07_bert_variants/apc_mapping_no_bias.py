# replaces: albert_param_count
# target: test_albert_param_count
# why: the E -> H mapping counted without its bias


def albert_param_count(config):
    V, E, H = config["vocab_size"], config["embedding_size"], config["hidden_size"]
    FF, P, S = (
        config["intermediate_size"],
        config["max_position_embeddings"],
        config["type_vocab_size"],
    )
    groups, inner = config.get("num_hidden_groups", 1), config.get("inner_group_num", 1)
    embeddings = (V + P + S) * E + 2 * E
    mapping = E * H
    layer = 4 * (H * H + H) + 2 * H + (H * FF + FF) + (FF * H + H) + 2 * H
    pooler = H * H + H
    return int(embeddings + mapping + groups * inner * layer + pooler)
