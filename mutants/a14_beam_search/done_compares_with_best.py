# replaces: beam_search_done
# target: test_beam_search_done
# why: compares with the best finished score instead of the worst one in the pool
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
    return not (best_live_score / length**length_penalty > max(finished_scores))
