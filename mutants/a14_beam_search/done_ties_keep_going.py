# replaces: beam_search_done
# target: test_beam_search_done
# why: keeps searching when the live bound equals the worst finished score (>= instead of >)
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
    length = max_new_tokens if (early_stopping == "never" and length_penalty > 0) else n_generated
    return not (best_live_score / length**length_penalty >= min(finished_scores))
