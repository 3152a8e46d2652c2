"""Divergence is detected on the values that matter — loss, gradient norm, weights, probes — not
only NaN; the weights kept are the last finite ones; no NumPy warning instead of a status."""
import csv
import json
import warnings

import numpy as np
import pytest

from engine import headless
from engine.network import load_weights
from engine.spec import DataSpec, DenseSpec, Experiment, InitSpec, OptimizerSpec
from engine.trainer import LOSS_GROWTH_LIMIT, Trainer
from workbench.presets import load_preset


def _weights(trainer: Trainer) -> dict[str, np.ndarray]:
    return trainer.net.state_dict()


def _assert_same_weights(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for name in a:
        np.testing.assert_array_equal(a[name], b[name], err_msg=name)


def _run_without_warnings(trainer: Trainer, steps: int | None = None):
    with warnings.catch_warnings():
        warnings.simplefilter("error")      # a RuntimeWarning would fail here
        return trainer.run(steps)


def test_an_absurd_initial_loss_is_divergence_at_step_1_and_keeps_the_initial_weights():
    # xavier gain 1e19: finite float32 weights whose first loss is ~1e35, once reported "finished, healthy"
    exp = Experiment(layers=(DenseSpec(units=16, init=InitSpec("xavier_uniform", gain=1e19)),), steps=20,
                     epochs=None)
    trainer = Trainer(exp)
    initial = _weights(trainer)
    result = _run_without_warnings(trainer)
    assert result.status == "diverged at step 1" and result.diagnosis.verdict == "diverged"
    assert len(trainer.history) == 0
    _assert_same_weights(_weights(trainer), initial)


def test_a_loss_a_million_times_its_start_is_divergence_with_the_weights_before_that_step():
    # lr 1e10 on the single neuron: the loss went to 3e7..1.6e9 and the run was called healthy
    preset = load_preset("single_neuron")
    exp = preset.replace(optimizer=OptimizerSpec("sgd", 1e10))
    one_step = Trainer(exp)
    one_step.run(1)
    first_loss = float(one_step.history.column("loss")[0])
    assert one_step.evaluate(one_step.x_train, one_step.y_train, one_step.labels_train)[0] \
        > LOSS_GROWTH_LIMIT * max(first_loss, 1.0)      # after the first update the loss is absurd
    trainer = Trainer(exp)
    result = _run_without_warnings(trainer)
    assert result.status == "diverged at step 2"
    assert trainer.history.column("loss").tolist() == [first_loss]
    _assert_same_weights(_weights(trainer), _weights(one_step))


def test_an_update_that_overflows_float32_weights_is_undone():
    # lr 1e308: the first update turns the weights to inf (once saved with 371 non-finite values)
    exp = load_preset("single_neuron").replace(optimizer=OptimizerSpec("sgd", 1e308))
    trainer = Trainer(exp)
    initial = _weights(trainer)
    result = _run_without_warnings(trainer)
    assert result.status == "diverged at step 1" and trainer.step == 0
    _assert_same_weights(_weights(trainer), initial)


def test_an_overflow_seen_only_at_the_next_step_is_undone_too():
    # A step that samples no probes cannot see the weights it overflowed; the next loss shows it.
    exp = Experiment(data=DataSpec(name="xor", n_samples=40), layers=(DenseSpec(units=4),), batch_size=0,
                     steps=10, epochs=None, probe_every=1000)
    trainer = Trainer(exp)
    trainer.run(2)
    after_two = _weights(trainer)
    trainer.set_lr(1e308)
    result = _run_without_warnings(trainer)
    assert result.status == "diverged at step 3" and trainer.step == 2
    _assert_same_weights(_weights(trainer), after_two)


def test_weights_are_copied_before_a_step_only_when_it_could_overflow_them():
    """The copy that makes an undo possible costs a pass over every weight: kept only when
    lr x the largest gradient norm so far exceeds UPDATE_OVERFLOW_RISK."""
    from engine.trainer import UPDATE_OVERFLOW_RISK

    exp = Experiment(data=DataSpec(name="xor", n_samples=40), layers=(DenseSpec(units=4),), batch_size=0,
                     steps=10, epochs=None, probe_every=1000)
    trainer = Trainer(exp)
    trainer.run(2)
    assert not trainer.optimizer.can_undo                  # step 2 samples no probes: no copy
    norm = max(trainer.history.snapshot()["grad_norm"])
    trainer.set_lr(UPDATE_OVERFLOW_RISK / max(norm, 1.0) * 2)
    trainer.run(1)
    assert trainer.optimizer.can_undo


def test_healthy_and_exploding_presets_are_not_called_diverged():
    for name, verdict in (("relu_he", "healthy"), ("exploding_init", "exploding")):
        trainer = Trainer(load_preset(name))
        result = trainer.run(300)
        assert result.status == "stopped" and result.diagnosis.verdict == verdict, name


@pytest.mark.parametrize("experiment", [
    {"data": {"name": "xor"}, "layers": [{"units": 4}], "optimizer": {"lr": 1e308}},
    {"data": {"name": "xor"}, "layers": [{"units": 4, "init": {"name": "constant", "value": 1e30}}]},
    {"layers": [{"units": 16, "init": {"name": "xavier_uniform", "gain": 1e19}}]},
    {"data": {"name": "sine"}, "loss": "mse", "layers": [{"units": 8}], "optimizer": {"lr": 1e4}},
])
def test_headless_files_of_a_diverged_run_are_finite_and_say_so(tmp_path, capsys, experiment):
    path = tmp_path / "exp.json"
    path.write_text(json.dumps({**experiment, "steps": 50, "epochs": None}))
    out = tmp_path / "run"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert headless.main([str(path), "--out", str(out)]) == 0
    assert "RuntimeWarning" not in capsys.readouterr().err
    summary = json.loads((out / "summary.json").read_text())
    assert summary["status"].startswith("diverged at step") and summary["diagnosis"] == "diverged"
    for name, value in load_weights(out / "weights.npz").items():
        assert np.isfinite(value).all(), name
    for file in ("metrics.csv", "probes.csv"):
        with open(out / file, newline="") as f:
            for row in csv.DictReader(f):
                for column, cell in row.items():
                    if cell and column != "name":
                        assert np.isfinite(float(cell)), (file, column, cell)
