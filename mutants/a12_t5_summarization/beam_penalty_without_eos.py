# replaces: t5_beam_search
# target: test_t5_beam_search
# why: the length in the penalty does not count the closing EOS
def t5_beam_search(
    model, input_ids, num_beams, max_new_tokens, length_penalty=1.0, early_stopping=False
):
    """HF-style beam search of an encoder-decoder for one source; returns the finished pool, best first."""
    cfg = model.config
    finished = []
    with torch.no_grad():
        enc = model.get_encoder()(
            input_ids=torch.tensor([list(input_ids)], dtype=torch.long)
        ).last_hidden_state
        beams = [[cfg.decoder_start_token_id]]
        scores = torch.zeros(1)
        for t in range(max_new_tokens):
            n = len(beams)
            out = model(
                encoder_outputs=BaseModelOutput(last_hidden_state=enc.expand(n, -1, -1)),
                decoder_input_ids=torch.tensor(beams, dtype=torch.long),
            )
            log_probs = torch.log_softmax(out.logits[:, -1, :].float(), dim=-1)
            vocab = log_probs.size(-1)
            total = (scores[:, None] + log_probs).reshape(-1)
            order = (
                torch.sort(total, descending=True, stable=True).indices[: 2 * num_beams].tolist()
            )
            live, live_scores = [], []
            for rank, flat in enumerate(order):
                seq = beams[flat // vocab] + [flat % vocab]
                if seq[-1] == cfg.eos_token_id or t + 1 == max_new_tokens:
                    if rank < num_beams:
                        length = t if seq[-1] == cfg.eos_token_id else t + 1
                        finished.append(
                            (seq[1:], float(total[flat]) / max(length, 1) ** length_penalty)
                        )
                elif len(live) < num_beams:
                    live.append(seq)
                    live_scores.append(total[flat])
            finished = sorted(finished, key=lambda h: -h[1])[:num_beams]
            if t + 1 >= max_new_tokens or not live:
                break
            if len(finished) == num_beams:
                if early_stopping is True:
                    break
                n_len = (
                    max_new_tokens if (early_stopping == "never" and length_penalty > 0) else t + 1
                )
                if not float(live_scores[0]) / n_len**length_penalty > finished[-1][1]:
                    break
            beams, scores = live, torch.stack(live_scores)
    return finished
