# replaces: last_valid_state
# target: test_last_valid_state
# why: takes the last time step output[-1] for every sequence, a padded position for the short ones
def last_valid_state(output, lengths):
    return output[-1]
