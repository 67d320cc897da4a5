# replaces: beam_search_done
# target: test_beam_search_done
# why: early_stopping="never" scores the best live hypothesis at its current length, like False
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
    return not (best_live_score / n_generated**length_penalty > min(finished_scores))
