# replaces: beam_search
# target: test_beam_search
# why: keeps only k candidates per step, so a beam that ends with EOS leaves fewer than k live hypotheses
def beam_search(
    model,
    input_ids,
    num_beams,
    max_new_tokens,
    eos_token_id=None,
    length_penalty=1.0,
    early_stopping=False,
):
    if num_beams < 1 or max_new_tokens < 1:
        raise ValueError((num_beams, max_new_tokens))
    prompt_len = len(input_ids)
    beams = [list(input_ids)]
    scores = torch.zeros(1)
    finished = []
    with torch.no_grad():
        for t in range(max_new_tokens):
            logits = model(torch.tensor(beams, dtype=torch.long)).logits[:, -1, :]
            log_probs = torch.log_softmax(logits.float(), dim=-1)
            cand_scores, cand_beams, cand_tokens = expand_beams(
                scores, log_probs, min(num_beams, log_probs.numel())
            )
            live, live_scores = [], []
            for rank in range(len(cand_scores)):
                seq = beams[int(cand_beams[rank])] + [int(cand_tokens[rank])]
                ends = (
                    eos_token_id is not None and seq[-1] == eos_token_id
                ) or t + 1 == max_new_tokens
                if ends:
                    if rank < num_beams:
                        finished.append(
                            (seq[prompt_len:], float(cand_scores[rank]) / (t + 1) ** length_penalty)
                        )
                elif len(live) < num_beams:
                    live.append(seq)
                    live_scores.append(cand_scores[rank])
            finished = sorted(finished, key=lambda h: -h[1])[:num_beams]
            if not live or beam_search_done(
                [s for _, s in finished],
                float(live_scores[0]),
                t + 1,
                max_new_tokens,
                num_beams,
                length_penalty,
                early_stopping,
            ):
                break
            beams, scores = live, torch.stack(live_scores)
    return finished
