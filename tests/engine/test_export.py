"""Code export: the exported NumPy (always) and PyTorch (where torch is installed) scripts train
to the same per-step losses as `backprop-workbench run`, over cases that together use every
layer type, activation, loss, optimizer option, schedule and clipping mode."""
import ast
import csv
import subprocess
import sys

import numpy as np
import pytest

from engine import headless
from engine.layers import Residual
from engine.trainer import Trainer
from engine.export import FORMATS, export_code, main as export_main
from engine.spec import (ActivationSpec, BatchNormSpec, ClipSpec, DataSpec, DenseSpec, DropoutSpec, Experiment,
                         InitSpec, OptimizerSpec, ResidualSpec, ScheduleSpec)

STEPS = 25
TOLERANCE = {"float64": 1e-9, "float32": 1e-4}

CASES = {
    "relu_sgd_cross_entropy_f64": Experiment(
        data=DataSpec(name="moons", n_samples=80, seed=1),
        layers=(DenseSpec(6, "relu", init=InitSpec("he_normal")), DenseSpec(5, "relu")),
        loss="cross_entropy", optimizer=OptimizerSpec("sgd", 0.1), batch_size=16, dtype="float64", seed=2),
    "sigmoid_tanh_leaky_momentum_step_norm_mse_f32": Experiment(
        data=DataSpec(name="spirals", n_samples=90, classes=3, seed=4),
        layers=(DenseSpec(8, "sigmoid", init=InitSpec("normal", std=0.5)), DenseSpec(6, "identity"),
                ActivationSpec("tanh"), DenseSpec(6, "leaky_relu", slope=0.2, init=InitSpec("lecun_normal"))),
        loss="mse", optimizer=OptimizerSpec("sgd", 0.2, {"momentum": 0.9, "dampening": 0.1, "weight_decay": 1e-3}),
        schedule=ScheduleSpec("step", {"step_size": 5, "gamma": 0.5}), clip=ClipSpec("norm", 0.5),
        batch_size=20, dtype="float32", seed=3),
    "elu_gelu_batchnorm_adam_amsgrad_exponential_value_bce_f64": Experiment(
        data=DataSpec(name="moons", n_samples=80, seed=5),
        layers=(DenseSpec(8, "elu", slope=0.5), BatchNormSpec(momentum=0.2), DenseSpec(6, "gelu")),
        loss="binary_cross_entropy",
        optimizer=OptimizerSpec("adam", 0.02, {"betas": (0.8, 0.99), "weight_decay": 0.01, "amsgrad": True,
                                                  "eps": 1e-6}),
        schedule=ScheduleSpec("exponential", {"gamma": 0.95}), clip=ClipSpec("value", 0.05),
        batch_size=16, dtype="float64", seed=6),
    "softplus_softsign_dropout_adamw_cosine_f64": Experiment(
        data=DataSpec(name="blobs", n_samples=90, classes=3, seed=7),
        layers=(DenseSpec(8, "softplus", init=InitSpec("pytorch_default")), DropoutSpec(0.3),
                DenseSpec(6, "softsign", init=InitSpec("orthogonal")), DropoutSpec(0.2)),
        loss="cross_entropy", optimizer=OptimizerSpec("adamw", 0.01, {"weight_decay": 0.05}),
        schedule=ScheduleSpec("cosine", {"t_max": 10, "eta_min": 0.001}), batch_size=17, dtype="float64", seed=8),
    "residual_rmsprop_centered_warmup_regression_full_batch_f64": Experiment(
        data=DataSpec(name="sine", n_samples=80, seed=9),
        layers=(DenseSpec(6, "tanh"), ResidualSpec((DenseSpec(6, "relu"), DenseSpec(4, "tanh"))),
                ResidualSpec((DenseSpec(4, "sigmoid"),))),
        loss="mse", optimizer=OptimizerSpec("rmsprop", 0.01, {"alpha": 0.9, "momentum": 0.5, "centered": True,
                                                               "weight_decay": 1e-3, "eps": 1e-6}),
        schedule=ScheduleSpec("warmup", {"warmup_steps": 5}), batch_size=0, dtype="float64", seed=10),
    "adagrad_full_batch_f32": Experiment(
        data=DataSpec(name="xor", n_samples=60, seed=11),
        layers=(DenseSpec(5, "relu", init=InitSpec("he_uniform")), DenseSpec(5, "identity")),
        loss="cross_entropy", optimizer=OptimizerSpec("adagrad", 0.1, {"lr_decay": 0.01, "weight_decay": 1e-3,
                                                                         "initial_accumulator_value": 0.1, "eps": 1e-8}),
        batch_size=0, dtype="float32", seed=12),
    "nesterov_batchnorm_dropout_residual_folded_batch_f32": Experiment(
        # 81 samples: 65 train, batch 16 -> the last batch of one sample folds into the one before
        data=DataSpec(name="circles", n_samples=81, seed=13),
        layers=(DenseSpec(6, "relu", init=InitSpec("xavier_normal")), BatchNormSpec(), DropoutSpec(0.5),
                ResidualSpec((DenseSpec(6, "tanh"),))),
        loss="cross_entropy", optimizer=OptimizerSpec("sgd", 0.05, {"momentum": 0.9, "nesterov": True}),
        clip=ClipSpec("norm", 1.0), batch_size=16, dtype="float32", seed=14),
    "rmsprop_plain_adam_defaults_f32": Experiment(
        data=DataSpec(name="threshold", n_samples=60, seed=15),
        layers=(DenseSpec(4, "tanh"),), loss="binary_cross_entropy", optimizer=OptimizerSpec("rmsprop", 0.01),
        batch_size=10, dtype="float32", seed=16),
    "sigmoid_output_half_squared_error_f64": Experiment(   # the classic worked example's form
        data=DataSpec(name="threshold", n_samples=60, seed=19), layers=(DenseSpec(3, "tanh"),),
        output_activation="sigmoid", loss="half_squared_error", optimizer=OptimizerSpec("sgd", 0.5),
        batch_size=10, dtype="float64", seed=20),
    "adam_plain_he_f64": Experiment(
        data=DataSpec(name="polynomial", n_samples=60, seed=17),
        layers=(DenseSpec(6, "relu", init=InitSpec("he_uniform", mode="fan_out")),), loss="mse",
        optimizer=OptimizerSpec("adam", 0.01), batch_size=12, dtype="float64", seed=18),
}


def _column(path, name):
    with open(path, newline="") as f:
        return [float(row[name]) for row in csv.DictReader(f)]


def _engine_losses(exp, tmp_path):
    exp_file = tmp_path / "experiment.json"
    exp.dump(exp_file)
    assert headless.main([str(exp_file), "--out", str(tmp_path / "run"), "--steps", str(STEPS)]) == 0
    return _column(tmp_path / "run" / "metrics.csv", "loss")


def _script_losses(exp, tmp_path, fmt):
    script = export_code(exp, tmp_path / fmt, fmt)
    done = subprocess.run([sys.executable, str(script), "--steps", str(STEPS)], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _column(tmp_path / fmt / "losses.csv", "step") == list(range(1, STEPS + 1))
    return _column(tmp_path / fmt / "losses.csv", "loss")


def _assert_same_losses(exp, tmp_path, fmt):
    expected = _engine_losses(exp, tmp_path)
    assert len(expected) == STEPS
    got = _script_losses(exp, tmp_path, fmt)
    np.testing.assert_allclose(got, expected, rtol=TOLERANCE[exp.dtype], atol=0)


@pytest.mark.parametrize("name", CASES)
def test_numpy_export_trains_to_the_engines_losses(name, tmp_path):
    _assert_same_losses(CASES[name], tmp_path, "numpy")


@pytest.mark.torch
@pytest.mark.parametrize("name", CASES)
def test_pytorch_export_trains_to_the_engines_losses(name, tmp_path):
    pytest.importorskip("torch")
    _assert_same_losses(CASES[name], tmp_path, "pytorch")


def test_the_cases_cover_every_feature():
    from engine import spec
    used = {"layers": set(), "activations": set(), "losses": set(), "optimizers": set(), "schedules": set(),
            "clip": set(), "dtypes": set()}

    def walk(layers):
        for layer in layers:
            used["layers"].add(layer.type)
            if hasattr(layer, "activation"):
                used["activations"].add(layer.activation)
            if isinstance(layer, ResidualSpec):
                walk(layer.layers)
    for exp in CASES.values():
        walk(exp.layers)
        used["losses"].add(exp.loss)
        used["optimizers"].add(exp.optimizer.name)
        used["schedules"].add(exp.schedule.name)
        used["clip"].add(exp.clip.mode)
        used["dtypes"].add(exp.dtype)
    assert used == {"layers": set(spec.LAYER_TYPES), "activations": set(spec.ACTIVATIONS),
                    "losses": set(spec.LOSSES), "optimizers": set(spec.OPTIMIZERS),
                    "schedules": set(spec.SCHEDULES), "clip": set(spec.CLIP_MODES), "dtypes": set(spec.DTYPES)}
    # every optimizer option is set away from its default in some case (adam and adamw share theirs)
    for name, defaults in spec.OPTIMIZER_DEFAULTS.items():
        family = ("adam", "adamw") if name in ("adam", "adamw") else (name,)
        changed = {key for exp in CASES.values() if exp.optimizer.name in family for key in exp.optimizer.params}
        assert changed == set(defaults), name
    # residual blocks with a projection and without
    residuals = [layer for exp in CASES.values() for layer in Trainer(exp, probes=False).net.layers
                 if isinstance(layer, Residual)]
    assert {layer.projection is None for layer in residuals} == {True, False}


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_script_imports_only_numpy_and_torch(fmt, tmp_path):
    script = export_code(CASES["nesterov_batchnorm_dropout_residual_folded_batch_f32"], tmp_path, fmt)
    tree = ast.parse(script.read_text())
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    allowed = {"argparse", "csv", "math", "os", "numpy"} | ({"torch"} if fmt == "pytorch" else set())
    assert imported <= allowed and "numpy" in imported


def test_the_numpy_script_writes_its_own_forward_and_backward(tmp_path):
    text = export_code(CASES["nesterov_batchnorm_dropout_residual_folded_batch_f32"], tmp_path, "numpy").read_text()
    for name in ("class Dense", "class BatchNorm", "class Dropout", "class Residual", "def backward", "class SGD"):
        assert name in text
    # only what the experiment uses
    assert "class Adam" not in text and "class GELU" not in text


def test_exported_data_is_the_trainers_split(tmp_path):
    exp = CASES["sigmoid_tanh_leaky_momentum_step_norm_mse_f32"]
    export_code(exp, tmp_path, "numpy")
    trainer = Trainer(exp)
    with np.load(tmp_path / "data.npz") as data:
        for key in ("x_train", "y_train", "x_val", "y_val"):
            np.testing.assert_array_equal(data[key], getattr(trainer, key))
            assert data[key].dtype == getattr(trainer, key).dtype


def test_export_cli_reports_bad_input(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"loss": "hinge"}')
    assert export_main([str(bad), "--out", str(tmp_path / "out")]) == 2
    assert "loss: unknown value 'hinge'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    good = tmp_path / "good.json"
    CASES["adam_plain_he_f64"].dump(good)
    (tmp_path / "a_file").write_text("")
    assert export_main([str(good), "--out", str(tmp_path / "a_file")]) == 2
    assert "is a file" in capsys.readouterr().err
