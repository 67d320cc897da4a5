# replaces: training_memory
# target: test_training_memory
# why: Adam's m and v stored in the weights' precision instead of fp32
def training_memory(n_params, n_trainable, *, weight_bytes, batch, seq_len, d_model, n_layer, n_head):
    weights = n_params * weight_bytes
    gradients = n_trainable * weight_bytes
    optimizer = 2 * weight_bytes * n_trainable + (4 * n_trainable if weight_bytes < 4 else 0)
    per_layer = 34 * seq_len * batch * d_model + 5 * n_head * seq_len * seq_len * batch
    activations = n_layer * per_layer * weight_bytes // 2
    return {"weights": weights, "gradients": gradients, "optimizer": optimizer, "activations": activations,
            "total": weights + gradients + optimizer + activations}
