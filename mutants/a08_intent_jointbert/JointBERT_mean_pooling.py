# replaces: JointBERT
# target: test_JointBERT
# why: the intent head reads the mean of all positions (padding included) instead of [CLS]
class JointBERT(nn.Module):
    def __init__(self, config, num_intents, num_slots, dropout=0.1):
        super().__init__()
        self.bert = BertModel(config, add_pooling_layer=False)
        self.dropout = nn.Dropout(dropout)
        self.intent_classifier = nn.Linear(config.hidden_size, num_intents)
        self.slot_classifier = nn.Linear(config.hidden_size, num_slots)

    def forward(self, input_ids, attention_mask):
        hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        intent_logits = self.intent_classifier(self.dropout(hidden.mean(1)))
        slot_logits = self.slot_classifier(self.dropout(hidden))
        return intent_logits, slot_logits
