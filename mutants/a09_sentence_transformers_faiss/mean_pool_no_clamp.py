# replaces: mean_pool
# target: test_mean_pool
# why: no lower bound on the denominator: an all-masked row becomes NaN
def mean_pool(token_embeddings, attention_mask):
    mask = attention_mask.unsqueeze(-1).to(token_embeddings.dtype)
    return (token_embeddings * mask).sum(dim=1) / mask.sum(dim=1)
