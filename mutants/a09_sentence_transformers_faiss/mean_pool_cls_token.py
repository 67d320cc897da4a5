# replaces: mean_pool
# target: test_mean_pool
# why: takes the first ([CLS]) token's vector instead of the masked mean
def mean_pool(token_embeddings, attention_mask):
    return token_embeddings[:, 0]
