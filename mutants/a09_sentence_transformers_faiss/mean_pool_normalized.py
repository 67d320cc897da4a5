# replaces: mean_pool
# target: test_mean_pool
# why: L2-normalises the result (that is the Normalize module's job, not pooling's)
def mean_pool(token_embeddings, attention_mask):
    mask = attention_mask.unsqueeze(-1).to(token_embeddings.dtype)
    pooled = (token_embeddings * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
    return F.normalize(pooled, dim=-1)
