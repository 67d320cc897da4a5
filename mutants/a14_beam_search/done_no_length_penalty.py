# replaces: beam_search_done
# target: test_beam_search_done
# why: compares the raw log-probability sum of the live hypothesis with length-penalised finished scores
def beam_search_done(
    finished_scores,
    best_live_score,
    n_generated,
    max_new_tokens,
    num_beams,
    length_penalty,
    early_stopping,
):
    if n_generated >= max_new_tokens:
        return True
    if len(finished_scores) < num_beams:
        return False
    if early_stopping is True:
        return True
    return not (best_live_score > min(finished_scores))
