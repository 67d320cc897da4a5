# replaces: JointBERT
# target: test_JointBERT
# why: keeps BertModel's pooler and classifies the intent from pooler_output (tanh(W h_0)) instead of h_0
class JointBERT(nn.Module):
    def __init__(self, config, num_intents, num_slots, dropout=0.1):
        super().__init__()
        self.bert = BertModel(config)
        self.dropout = nn.Dropout(dropout)
        self.intent_classifier = nn.Linear(config.hidden_size, num_intents)
        self.slot_classifier = nn.Linear(config.hidden_size, num_slots)

    def forward(self, input_ids, attention_mask):
        out = self.bert(input_ids=input_ids, attention_mask=attention_mask)
        intent_logits = self.intent_classifier(self.dropout(out.pooler_output))
        slot_logits = self.slot_classifier(self.dropout(out.last_hidden_state))
        return intent_logits, slot_logits
