# replaces: mean_pool
# target: test_mean_pool
# why: averages every position, padding included
def mean_pool(token_embeddings, attention_mask):
    return token_embeddings.mean(dim=1)
