# replaces: beam_search_done
# target: test_beam_search_done
# why: tests `if early_stopping:` so the string "never" stops as soon as the pool is full, like True
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
    if early_stopping:
        return True
    return not (best_live_score / n_generated**length_penalty > min(finished_scores))
