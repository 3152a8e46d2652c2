import math
import subprocess
import sys
import threading

import numpy as np
import pytest

from engine.network import save_weights
from engine.spec import (ActivationSpec, BatchNormSpec, ClipSpec, DataSpec, DenseSpec, DropoutSpec, Experiment, InitSpec, OptimizerSpec,
                         ScheduleSpec)
from engine.trainer import EPOCH_COLUMNS, LAYER_METRICS, Trainer, TrainingControl, layer_column


def small_experiment(**changes) -> Experiment:
    exp = Experiment(
        data=DataSpec(name="moons", n_samples=200, noise=0.1, seed=3),
        layers=(DenseSpec(units=8, activation="tanh"), DenseSpec(units=8, activation="relu", init=InitSpec("he_normal"))),
        loss="cross_entropy", optimizer=OptimizerSpec("sgd", 0.1), batch_size=16, epochs=3, seed=5,
    )
    return exp.replace(**changes)


def test_epochs_and_batches_cover_the_training_set():
    trainer = Trainer(small_experiment())
    n = len(trainer.x_train)
    assert trainer.batches_per_epoch == math.ceil(n / 16)
    result = trainer.run()
    assert result.status == "finished"
    assert trainer.step == 3 * trainer.batches_per_epoch
    epochs = trainer.epochs.snapshot()
    np.testing.assert_array_equal(epochs["epoch"], [1, 2, 3])
    np.testing.assert_array_equal(epochs["step"], np.arange(1, 4) * trainer.batches_per_epoch)
    assert np.all(np.isfinite(epochs["val_loss"])) and np.all((epochs["val_acc"] >= 0) & (epochs["val_acc"] <= 1))


def test_batches_are_reshuffled_each_epoch():
    trainer = Trainer(small_experiment())
    trainer._next_batch()
    first = trainer._order.copy()
    for _ in range(trainer.batches_per_epoch):
        trainer._next_batch()
    assert sorted(first) == sorted(trainer._order) and not np.array_equal(first, trainer._order)


def test_a_last_batch_of_one_sample_joins_the_batch_before():
    exp = small_experiment(data=DataSpec(name="moons", n_samples=41, val_fraction=0.0),
                           layers=(DenseSpec(units=4), BatchNormSpec()), batch_size=10, epochs=2)
    trainer = Trainer(exp)
    sizes = [len(trainer._next_batch()[0]) for _ in range(trainer.batches_per_epoch)]
    assert sizes == [10, 10, 10, 11]
    assert trainer.run().status == "finished"


def test_full_batch_when_batch_size_is_zero_or_too_large():
    for size in (0, 10_000):
        trainer = Trainer(small_experiment(batch_size=size, epochs=2))
        xb, _, _ = trainer._next_batch()
        assert len(xb) == len(trainer.x_train) and trainer.batches_per_epoch == 1


def test_steps_length_overrides_epochs():
    trainer = Trainer(small_experiment(epochs=None, steps=7))
    assert trainer.run().steps == 7


def test_every_step_records_loss_norms_and_lr():
    trainer = Trainer(small_experiment(epochs=1))
    trainer.run()
    snap = trainer.history.snapshot()
    assert len(snap["step"]) == trainer.step
    assert np.all(snap["lr"] == 0.1)
    for i in range(len(trainer.probed)):
        assert np.all(snap[layer_column(i, "grad_w")] > 0)
        assert np.all(snap[layer_column(i, "grad_h")] > 0)
    # the global norm is the root of the sum of every parameter's squared norm, not only the weights
    weight_sq = sum(snap[layer_column(i, "grad_w")] ** 2 for i in range(len(trainer.probed)))
    assert np.all(snap["grad_norm"] ** 2 >= weight_sq * (1 - 1e-6))


def test_activation_statistics_are_sampled_every_k_steps_and_are_correct():
    trainer = Trainer(small_experiment(probe_every=4, epochs=1))
    xb, yb, _ = trainer._next_batch()
    first = trainer.probed[0]
    h = np.tanh(xb @ first.params["W"] + first.params["b"])    # with the weights the step will use
    trainer.train_step(xb, yb)                                  # step 0 is sampled
    row = trainer.history.last()
    assert row[layer_column(0, "act_mean")] == pytest.approx(float(h.mean()), rel=1e-5)
    assert row[layer_column(0, "act_std")] == pytest.approx(float(h.std()), rel=1e-5)
    assert row[layer_column(0, "saturated")] == pytest.approx(float(np.mean(np.abs(h) > 0.99)), abs=1e-9)
    assert 0 < row[layer_column(0, "update_ratio")] < 1
    for _ in range(3):                               # steps 1..3 carry the sampled values forward
        xb, yb, _ = trainer._next_batch()
        trainer.train_step(xb, yb)
        assert trainer.history.last()[layer_column(0, "act_mean")] == row[layer_column(0, "act_mean")]


def test_same_spec_and_seed_give_bit_identical_runs():
    runs = []
    for _ in range(2):
        trainer = Trainer(small_experiment())
        trainer.run()
        runs.append((trainer.history.snapshot(), trainer.epochs.snapshot(), trainer.net.state_dict()))
    for a, b in zip(runs[0], runs[1]):
        assert a.keys() == b.keys()
        for key in a:
            np.testing.assert_array_equal(a[key], b[key], err_msg=key)
    other = Trainer(small_experiment(seed=6))
    other.run()
    assert not np.array_equal(other.history.column("loss"), runs[0][0]["loss"])


_CHILD = """
import hashlib, sys, numpy as np
from engine.spec import Experiment
from engine.trainer import Trainer
t = Trainer(Experiment.from_json(sys.stdin.read()))
t.run()
h = hashlib.sha256()
for d in (t.history.snapshot(), t.epochs.snapshot(), t.net.state_dict()):
    for k in sorted(d):
        h.update(k.encode()); h.update(np.ascontiguousarray(d[k]).tobytes())
print(h.hexdigest())
"""


def test_runs_are_bit_identical_across_processes():
    exp = small_experiment(layers=(DenseSpec(units=8, activation="tanh"), DropoutSpec(0.2),
                                   DenseSpec(units=8, activation="relu")))
    digests = {subprocess.run([sys.executable, "-c", _CHILD], input=exp.to_json(), capture_output=True,
                              text=True, check=True).stdout.strip() for _ in range(2)}
    assert len(digests) == 1


def test_divergence_stops_the_run_keeps_the_last_finite_step_and_raises_nothing():
    exp = small_experiment(optimizer=OptimizerSpec("sgd", 1e6), epochs=50,
                           layers=(DenseSpec(units=32, activation="relu", init=InitSpec("normal", std=1.0)),) * 4)
    trainer = Trainer(exp)
    result = trainer.run()
    assert result.status.startswith("diverged at step ")
    n = int(result.status.rsplit(" ", 1)[1])
    assert trainer.step == n - 1
    snap = trainer.history.snapshot()
    assert len(snap["step"]) == n - 1
    assert all(np.all(np.isfinite(v)) for v in snap.values())
    assert result.diagnosis.verdict == "diverged"
    assert "lower_lr" in result.diagnosis.fixes


def test_pause_single_step_resume_and_stop_from_another_thread():
    control = TrainingControl()
    trainer = Trainer(small_experiment(epochs=None, steps=10**6), control=control)
    control.pause()
    done = threading.Event()
    thread = threading.Thread(target=lambda: (trainer.run(), done.set()))
    thread.start()
    try:
        control.request_step()
        control.request_step()
        # while paused the loop only moves on single-step requests
        for _ in range(200):
            if trainer.step == 2 and trainer.status == "paused":
                break
            done.wait(0.01)
        assert trainer.step == 2 and trainer.status == "paused"
        control.set_lr(0.05)
        control.resume()
        for _ in range(1000):
            if trainer.step >= 50:
                break
            done.wait(0.01)
        assert trainer.step >= 50
        control.stop()
        assert done.wait(5)
    finally:
        control.stop()
        thread.join(5)
    assert trainer.status == "stopped"
    lrs = trainer.history.column("lr")
    assert lrs[0] == 0.1 and lrs[-1] == 0.05


def test_control_rejects_nonsense_values():
    control = TrainingControl()
    with pytest.raises(ValueError, match="learning rate"):
        control.set_lr(-1)
    with pytest.raises(ValueError, match="clip"):
        control.set_clip(float("nan"))


def test_a_run_can_start_from_a_weights_file(tmp_path):
    first = Trainer(small_experiment(epochs=1))
    first.run()
    path = tmp_path / "w.npz"
    save_weights(first.net, path)
    second = Trainer(small_experiment(initial_weights=str(path)))
    for key, value in first.net.state_dict().items():
        np.testing.assert_array_equal(second.net.state_dict()[key], value)


def test_float32_experiments_stay_float32():
    trainer = Trainer(small_experiment(epochs=1, dtype="float32"))
    trainer.run()
    assert all(v.dtype == np.float32 for v in trainer.net.state_dict().values())
    assert trainer.x_train.dtype == np.float32


def test_regression_has_no_accuracy():
    exp = small_experiment(data=DataSpec(name="sine", n_samples=100), loss="mse", epochs=1)
    trainer = Trainer(exp)
    trainer.run()
    assert np.isnan(trainer.epochs.snapshot()["val_acc"]).all()
    assert set(EPOCH_COLUMNS) <= set(trainer.epochs.snapshot())


def test_probes_off_still_stops_on_a_non_finite_gradient_and_diagnoses_unknown():
    trainer = Trainer(small_experiment(epochs=1), probes=False)
    result = trainer.run()
    assert result.status == "finished" and result.diagnosis.verdict == "unknown"
    assert np.all(np.isfinite(trainer.history.column("grad_norm")))
    exp = small_experiment(optimizer=OptimizerSpec("sgd", 1e6), epochs=50,
                           layers=(DenseSpec(units=32, activation="relu", init=InitSpec("normal", std=1.0)),) * 4)
    diverging = Trainer(exp, probes=False)
    assert diverging.run().status.startswith("diverged")
    assert all(np.all(np.isfinite(v)) for v in diverging.net.state_dict().values())


def test_divergence_keeps_weights_and_batchnorm_statistics_of_the_last_finite_step():
    layers = (DenseSpec(units=16, activation="relu", init=InitSpec("normal", std=1.0)), BatchNormSpec()) * 3
    exp = small_experiment(optimizer=OptimizerSpec("sgd", 1e8), layers=layers, epochs=50)
    trainer = Trainer(exp)
    states = []
    trainer.run(callback=lambda t: states.append(t.net.state_dict()))
    assert trainer.status.startswith("diverged")
    final = trainer.net.state_dict()
    for key, value in final.items():
        assert np.all(np.isfinite(value)), key
        np.testing.assert_array_equal(value, states[-1][key], err_msg=key)


def test_a_diverged_trainer_does_not_train_on():
    exp = small_experiment(optimizer=OptimizerSpec("sgd", 1e6), epochs=50,
                           layers=(DenseSpec(units=32, activation="relu", init=InitSpec("normal", std=1.0)),) * 4)
    trainer = Trainer(exp)
    trainer.run()
    step = trainer.step
    assert trainer.run().status.startswith("diverged") and trainer.step == step


def test_a_learning_rate_set_while_paused_applies_to_the_next_single_step():
    control = TrainingControl()
    trainer = Trainer(small_experiment(epochs=None, steps=10), control=control)
    trainer.run(max_steps=1)
    control.pause()
    control.set_lr(0.001)
    control.request_step()
    trainer.run(max_steps=1)
    assert list(trainer.history.column("lr")) == [0.1, 0.001]


def test_clipping_uses_the_threshold_changed_between_steps():
    control = TrainingControl()
    trainer = Trainer(small_experiment(clip=ClipSpec("norm", 100.0), epochs=None, steps=3,
                                       optimizer=OptimizerSpec("sgd", 10.0)), control=control)
    trainer.run(max_steps=1)
    control.set_clip(1e-3)
    trainer.run(max_steps=1)
    clipped = math.sqrt(sum(float(np.sum(g.astype(np.float64) ** 2)) for g in trainer.grads))
    assert trainer.history.last()["grad_norm"] > 1e-3       # the pre-clip norm was above the new threshold
    assert clipped <= 1e-3 * (1 + 1e-4)


def test_a_run_ending_mid_epoch_reports_the_final_weights_losses():
    trainer = Trainer(small_experiment(epochs=None, steps=3))
    result = trainer.run()
    assert trainer.epoch == 0
    assert np.isfinite(result.train_loss) and np.isfinite(result.val_loss) and 0 <= result.val_acc <= 1
    loss, acc = trainer.evaluate(trainer.x_val, trainer.y_val, trainer.labels_val)
    assert result.val_loss == loss and result.val_acc == acc


def test_experiments_built_in_code_get_the_full_validation():
    from engine.spec import SpecError
    with pytest.raises(SpecError, match=r"layers\[0\].units"):
        Trainer(small_experiment(layers=(DenseSpec(units=0),)))
    with pytest.raises(SpecError, match="optimizer.lr"):
        Trainer(small_experiment(optimizer=OptimizerSpec("sgd", -1.0)))
    with pytest.raises(SpecError, match="batch_size: BatchNorm needs at least 2 samples"):
        Trainer(small_experiment(layers=(DenseSpec(units=4), BatchNormSpec()), batch_size=1))


def test_a_missing_initial_weights_file_names_the_field(tmp_path):
    from engine.network import WeightsError
    with pytest.raises(WeightsError, match="^initial_weights: "):
        Trainer(small_experiment(initial_weights=str(tmp_path / "missing.npz")))


def test_elu_defaults_to_torchs_alpha_of_one():
    trainer = Trainer(small_experiment(layers=(DenseSpec(units=4, activation="elu"),)))
    assert trainer.probed[0].activation.alpha == 1.0
    leaky = Trainer(small_experiment(layers=(DenseSpec(units=4, activation="leaky_relu"),)))
    assert leaky.probed[0].activation.slope == 0.01


def test_a_long_run_keeps_its_first_thousand_steps_at_full_resolution():
    # 5,000 steps overflow the 4,096-row History, so older rows get merged: not the first 1,000.
    trainer = Trainer(small_experiment(epochs=None, steps=5000, probe_every=50), probes=False)
    losses = []
    trainer.run(callback=lambda t: losses.append(t.last_loss))
    snap = trainer.history.snapshot()
    assert snap["width"].sum() == 5000 and len(snap["step"]) < 5000
    np.testing.assert_array_equal(snap["step"][:1000], np.arange(1, 1001))
    np.testing.assert_array_equal(snap["width"][:1000], np.ones(1000))
    np.testing.assert_allclose(snap["loss"][:1000], losses[:1000])
    # A merged bin's band spans the batch losses it stands for.
    merged = np.flatnonzero(snap["width"] > 1)[0]
    start, width = snap["step"][merged], snap["width"][merged]
    covered = np.array(losses[start - 1:start - 1 + width])
    assert (snap["loss.min"][merged], snap["loss.max"][merged]) == (covered.min(), covered.max())


def test_live_changes_are_recorded_with_the_first_step_they_apply_to():
    control = TrainingControl()
    trainer = Trainer(small_experiment(epochs=None, steps=10, clip=ClipSpec("norm", 1.0)), control=control)
    trainer.run(max_steps=3)
    control.set_lr(0.02)
    control.set_clip(0.5)
    trainer.run(max_steps=2)
    assert trainer.changes == [(4, "lr", 0.02), (4, "clip", 0.5)]
    snap = trainer.history.snapshot()
    assert snap["lr"][snap["step"] == 4][0] == 0.02 and snap["lr"][snap["step"] == 3][0] == 0.1


def test_epoch_train_loss_is_the_mean_over_samples_not_over_batches():
    # batches of 24 and a smaller last one: a mean over batches would weigh the small one like the others
    exp = small_experiment(batch_size=24, epochs=1, dtype="float64")
    trainer = Trainer(exp, probes=False)
    n = len(trainer.x_train)
    sizes = [24] * (trainer.batches_per_epoch - 1) + [n - 24 * (trainer.batches_per_epoch - 1)]
    assert sizes[-1] not in (0, 24)
    trainer.run()
    batch_losses = trainer.history.snapshot()["loss"]
    expected = sum(loss * size for loss, size in zip(batch_losses, sizes)) / n
    assert trainer.epochs.snapshot()["train_loss"][0] == pytest.approx(expected, rel=1e-12)


def test_update_ratio_is_the_norm_of_the_update_over_the_norm_of_the_weights():
    trainer = Trainer(small_experiment(optimizer=OptimizerSpec("sgd", 0.5), dtype="float64"))   # step 0 is sampled
    w = trainer.probed[0].params["W"]
    before = w.copy()
    trainer.run(max_steps=1)
    expected = np.linalg.norm(w - before) / np.linalg.norm(w)
    assert 0.0 < expected < 1.0
    assert trainer.history.snapshot()[layer_column(0, "update_ratio")][0] == pytest.approx(expected, rel=1e-9)


def test_a_schedule_sets_the_rate_of_every_step_through_the_trainer():
    # ExponentialLR(gamma=0.5): the k-th update (0-based) uses base * 0.5**k, as torch's scheduler.step()
    # after each optimizer.step() gives; plain SGD, so each update is exactly -lr_k * grad_k.
    exp = small_experiment(optimizer=OptimizerSpec("sgd", 0.2), schedule=ScheduleSpec("exponential", {"gamma": 0.5}),
                           epochs=None, steps=4, dtype="float64")
    trainer = Trainer(exp, probes=False)
    weights = trainer.probed[0].params["W"]
    grads = trainer.probed[0].grads["W"]
    for k in range(4):
        before = weights.copy()
        trainer.run(max_steps=1)
        np.testing.assert_allclose(before - weights, 0.2 * 0.5 ** k * grads, rtol=1e-12, atol=0)
    np.testing.assert_array_equal(trainer.history.snapshot()["lr"], [0.2, 0.1, 0.05, 0.025])



def test_a_standalone_activation_is_probed_like_a_dense_layers_own():
    built_in = small_experiment(layers=(DenseSpec(8, "tanh"), DenseSpec(8, "relu", init=InitSpec("he_normal"))),
                                epochs=None, steps=25, probe_every=1)
    standalone = built_in.replace(layers=(DenseSpec(8, "identity"), ActivationSpec("tanh"),
                                          DenseSpec(8, "identity", init=InitSpec("he_normal")), ActivationSpec("relu")))
    expected, actual = Trainer(built_in), Trainer(standalone)
    expected.run()
    actual.run()
    assert actual.layer_activations == expected.layer_activations == ["tanh", "relu", "identity"]
    assert actual.layer_names == ["dense1 · tanh", "dense3 · relu", "output"]
    ours, theirs = actual.history.snapshot(), expected.history.snapshot()
    for layer in range(3):      # the same arithmetic in another arrangement: equal to the bit
        for metric in LAYER_METRICS:
            np.testing.assert_array_equal(ours[layer_column(layer, metric)], theirs[layer_column(layer, metric)])


def test_an_activation_after_batchnorm_is_the_probe_of_the_dense_before_it():
    exp = small_experiment(layers=(DenseSpec(8, "identity"), BatchNormSpec(), ActivationSpec("relu")),
                           epochs=None, steps=1, probe_every=1, dtype="float64")
    trainer = Trainer(exp)
    trainer.train_step(*trainer._next_batch()[:2])
    relu = trainer.net.layers[2]
    z, h = relu._z, relu._a                      # the batch of the step just taken, around the ReLU
    row = {metric: trainer.history.snapshot()[layer_column(0, metric)][0] for metric in LAYER_METRICS}
    assert trainer.layer_activations[0] == "relu"
    assert row["act_mean"] == pytest.approx(h.mean(), rel=1e-12)
    assert row["act_std"] == pytest.approx(h.std(), rel=1e-12)
    assert row["dead"] == np.mean(np.all(z <= 0, axis=0))
