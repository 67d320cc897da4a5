# replaces: CausalSelfAttention
# target: test_CausalSelfAttention
# why: splits heads with view(B, n_head, T, d_h) directly (mixes positions and heads) instead of view + transpose
class CausalSelfAttention(nn.Module):
    def __init__(self, n_embd, n_head, dropout=0.0):
        super().__init__()
        if n_embd % n_head != 0:
            raise ValueError("n_embd must be divisible by n_head")
        self.n_embd, self.n_head, self.dropout = n_embd, n_head, dropout
        self.c_attn = nn.Linear(n_embd, 3 * n_embd)
        self.c_proj = nn.Linear(n_embd, n_embd)
        self.resid_dropout = nn.Dropout(dropout)

    def forward(self, x, past_kv=None):
        B, T, C = x.shape
        q, k, v = self.c_attn(x).split(self.n_embd, dim=2)
        q, k, v = (t.reshape(B, self.n_head, T, C // self.n_head) for t in (q, k, v))
        if past_kv is not None:
            k = torch.cat([past_kv[0], k], dim=2)
            v = torch.cat([past_kv[1], v], dim=2)
        P = k.size(2) - T
        mask = torch.ones(T, P + T, dtype=torch.bool).tril(diagonal=P)
        y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        y = y.reshape(B, T, C)
        return self.resid_dropout(self.c_proj(y)), (k, v)
