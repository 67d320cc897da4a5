# replaces: TextCNN
# target: test_TextCNN
# why: plain max over all windows: windows over padding can win
class TextCNN(nn.Module):
    def __init__(self, vocab_size, embed_dim, num_filters, kernel_sizes=(2, 3, 4), num_classes=2, dropout=0.5, pad_id=0):
        super().__init__()
        self.pad_id = pad_id
        self.kernel_sizes = tuple(kernel_sizes)
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=pad_id)
        self.convs = nn.ModuleList([nn.Conv1d(embed_dim, num_filters, k) for k in self.kernel_sizes])
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(num_filters * len(self.kernel_sizes), num_classes)

    def features(self, ids):
        widest = max(self.kernel_sizes)
        if ids.shape[1] < widest:
            ids = F.pad(ids, (0, widest - ids.shape[1]), value=self.pad_id)
        x = self.embedding(ids).transpose(1, 2)
        pooled = [F.relu(conv(x)).amax(dim=2) for conv in self.convs]
        return torch.cat(pooled, dim=1)

    def forward(self, ids):
        return self.fc(self.dropout(self.features(ids)))
