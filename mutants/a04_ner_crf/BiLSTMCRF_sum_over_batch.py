# replaces: BiLSTMCRF
# target: test_BiLSTMCRF
# why: sums the negative log-likelihood over the batch instead of averaging
class BiLSTMCRF(nn.Module):
    def __init__(self, vocab_size, num_tags, embed_dim=64, hidden_dim=64, pad_id=0):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=pad_id)
        self.lstm = nn.LSTM(
            embed_dim, hidden_dim, num_layers=1, batch_first=True, bidirectional=True
        )
        self.proj = nn.Linear(2 * hidden_dim, num_tags)
        self.start_transitions = nn.Parameter(torch.empty(num_tags).uniform_(-0.1, 0.1))
        self.end_transitions = nn.Parameter(torch.empty(num_tags).uniform_(-0.1, 0.1))
        self.transitions = nn.Parameter(torch.empty(num_tags, num_tags).uniform_(-0.1, 0.1))

    def emissions(self, ids, mask):
        lengths = mask.long().sum(1).cpu()
        packed = nn.utils.rnn.pack_padded_sequence(
            self.embedding(ids), lengths, batch_first=True, enforce_sorted=False
        )
        out, _ = self.lstm(packed)
        out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=ids.shape[1])
        return self.proj(out)

    def neg_log_likelihood(self, ids, tags, mask):
        E = self.emissions(ids, mask)
        params = (self.start_transitions, self.end_transitions, self.transitions)
        return (crf_log_partition(E, mask, *params) - crf_path_score(E, tags, mask, *params)).sum()

    def decode(self, ids, mask):
        return crf_viterbi(
            self.emissions(ids, mask),
            mask,
            self.start_transitions,
            self.end_transitions,
            self.transitions,
        )
