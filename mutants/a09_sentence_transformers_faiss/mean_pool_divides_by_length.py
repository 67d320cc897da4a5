# replaces: mean_pool
# target: test_mean_pool
# why: masks the sum but divides by the padded length T instead of the number of real tokens
def mean_pool(token_embeddings, attention_mask):
    mask = attention_mask.unsqueeze(-1).to(token_embeddings.dtype)
    return (token_embeddings * mask).sum(dim=1) / token_embeddings.shape[1]
