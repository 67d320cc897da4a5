# replaces: GPT
# target: test_GPT
# why: ties the weights by copying the values once instead of sharing the Parameter
class GPT(nn.Module):
    def __init__(self, vocab_size, block_size, n_layer, n_head, n_embd, dropout=0.0):
        super().__init__()
        self.block_size = block_size
        self.wte = nn.Embedding(vocab_size, n_embd)
        self.wpe = nn.Embedding(block_size, n_embd)
        self.drop = nn.Dropout(dropout)
        self.h = nn.ModuleList([Block(n_embd, n_head, dropout) for _ in range(n_layer)])
        self.ln_f = nn.LayerNorm(n_embd)
        self.lm_head = nn.Linear(n_embd, vocab_size, bias=False)
        for module in self.modules():
            if isinstance(module, (nn.Linear, nn.Embedding)):
                nn.init.normal_(module.weight, mean=0.0, std=0.02)
            if isinstance(module, nn.Linear) and module.bias is not None:
                nn.init.zeros_(module.bias)
        with torch.no_grad():
            self.lm_head.weight.copy_(self.wte.weight)

    def forward(self, idx, past_kvs=None):
        B, T = idx.shape
        P = 0 if past_kvs is None else past_kvs[0][0].size(2)
        if P + T > self.block_size:
            raise ValueError("too long")
        x = self.drop(self.wte(idx) + self.wpe(torch.arange(P, P + T)))
        presents = []
        for layer, block in enumerate(self.h):
            x, present = block(x, None if past_kvs is None else past_kvs[layer])
            presents.append(present)
        return self.lm_head(self.ln_f(x)), presents
