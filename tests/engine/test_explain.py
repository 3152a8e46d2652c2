"""engine.explain: the numbers of the network view and the chain-rule ledger, checked against the
engine's own training step, central differences, hand computations and (when installed) torch."""
from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest

from engine import explain_command
from engine.diagnosis import diagnose
from engine.explain import Explainer, ledger, worked_example
from engine.gradcheck import numeric_gradient
from engine.spec import (BatchNormSpec, DataSpec, DenseSpec, DropoutSpec, Experiment, InitSpec, OptimizerSpec,
                         ResidualSpec)
from engine.trainer import Trainer, layer_column
from workbench.presets import load_preset

SIGMOID_NET = Experiment(
    data=DataSpec(name="moons", n_samples=60), loss="cross_entropy", batch_size=16, epochs=None, steps=50, dtype="float64",
    layers=(DenseSpec(5, "sigmoid"), DenseSpec(4, "sigmoid"), DenseSpec(3, "sigmoid"), DenseSpec(4, "tanh")),
    optimizer=OptimizerSpec("sgd", 0.5))

MIXED_NET = SIGMOID_NET.replace(layers=(
    DenseSpec(6, "tanh"), BatchNormSpec(), DropoutSpec(0.3),
    ResidualSpec((DenseSpec(6, "relu"), DenseSpec(6, "sigmoid"))), DenseSpec(4, "relu")))


def test_upcoming_batch_is_the_batch_each_next_step_trains_on_across_epochs():
    trainer = Trainer(SIGMOID_NET)              # 48 training samples: 3 batches of 16 per epoch
    for _ in range(8):
        indices = trainer.upcoming_batch()
        xb, _, _ = trainer._next_batch()
        np.testing.assert_array_equal(xb, trainer.x_train[indices])


@pytest.mark.parametrize("exp", [SIGMOID_NET, MIXED_NET], ids=["sigmoid", "bn-dropout-residual"])
def test_explanation_is_exactly_what_the_next_training_step_computes(exp):
    trainer = Trainer(exp)
    trainer.run(max_steps=4)
    before = [w.copy() for _, w, _ in trainer.params]
    explanation = Explainer(trainer).explain()
    # Explaining changed nothing in the run: weights, buffers and the dropout mask generator.
    np.testing.assert_array_equal(before[0], trainer.params[0][1])
    idx = trainer.upcoming_batch()
    xb, yb, _ = trainer._next_batch()
    np.testing.assert_array_equal(explanation.batch, idx)
    trainer.train_step(xb, yb)
    grads = dict((name, grad) for name, _, grad in trainer.params)
    for trace in explanation.layers:
        np.testing.assert_array_equal(trace.dW, grads[f"{trace.name}.W"])
        np.testing.assert_array_equal(trace.db, grads[f"{trace.name}.b"])
    # The ledger's ‖dL/dh‖ are the probe's records of that step, and its ratio is the diagnosis' ratio.
    book = ledger(explanation)
    newest = {key: values[-1:] for key, values in trainer.history.snapshot().items()}
    rows = book.rows[::-1]                     # input to output, as the probes count layers
    for i, row in enumerate(rows):
        assert row.grad_h_norm == pytest.approx(float(newest[layer_column(i, "grad_h")][0]), rel=1e-12)
    assert book.ratio == pytest.approx(diagnose(newest, trainer.layer_activations).ratio, rel=1e-12)


def test_ledger_factors_multiply_to_the_gain_and_the_gains_to_the_ratio():
    trainer = Trainer(load_preset("vanishing_sigmoid").replace(dtype="float64"))
    explanation = Explainer(trainer).explain()
    book = ledger(explanation)
    layers = explanation.layers
    norms = [np.linalg.norm(t.dL_da) for t in layers]
    assert [r.layer for r in book.rows] == [t.label for t in reversed(layers)]
    for row, trace, previous in zip(book.rows, reversed(layers), [*reversed(norms[:-1]), np.linalg.norm(explanation.dL_dx)]):
        assert row.activation_factor == pytest.approx(np.linalg.norm(trace.dL_dz) / np.linalg.norm(trace.dL_da), rel=1e-12)
        assert row.weight_factor == pytest.approx(previous / np.linalg.norm(trace.dL_dz), rel=1e-12)
        assert row.gain == pytest.approx(row.activation_factor * row.weight_factor, rel=1e-15)
        if row.activation == "sigmoid":
            assert row.activation_factor <= 0.25
    assert [r.in_ratio for r in book.rows] == [False, True, True, True, True, True, False]
    assert book.ratio == pytest.approx(norms[0] / norms[-2], rel=1e-12)
    # The sentence gives the per-layer geometric means of the five hidden factors.
    inside = [r for r in book.rows if r.in_ratio]
    slope = math.prod(r.activation_factor for r in inside) ** (1 / 5)
    weight = math.prod(r.weight_factor for r in inside) ** (1 / 5)
    assert book.summary.startswith(f"Per layer, the sigmoid slopes shrink the gradient {1 / slope:.2g}×; "
                                   f"the weights shrink it a further {1 / weight:.2g}×")


def test_slopes_and_gradients_agree_with_central_differences():
    trainer = Trainer(SIGMOID_NET)
    explainer = Explainer(trainer)
    explanation = explainer.explain()
    net, x = explainer.net, explanation.x.copy()
    y = trainer.y_train[explanation.batch]

    def loss() -> float:
        return explainer.loss.forward(net.forward(x, True), y)

    np.testing.assert_allclose(explanation.dL_dx, numeric_gradient(x, loss, 1e-6), rtol=1e-6, atol=1e-10)
    for trace, layer in zip(explanation.layers, net.probed_layers()):
        np.testing.assert_allclose(trace.dW, numeric_gradient(layer.W, loss, 1e-6), rtol=1e-6, atol=1e-10)
        act = layer.activation
        numeric_slope = (act.forward(trace.z + 1e-6) - act.forward(trace.z - 1e-6)) / 2e-6
        np.testing.assert_allclose(trace.slope, numeric_slope, rtol=1e-6, atol=1e-10)
        np.testing.assert_allclose(trace.dL_dz, trace.dL_da * trace.slope, rtol=1e-12)


def test_explanation_matches_torch_autograd():
    torch = pytest.importorskip("torch")
    trainer = Trainer(SIGMOID_NET)
    explanation = Explainer(trainer).explain()
    x = torch.tensor(explanation.x, requires_grad=True)
    h, hs, zs = x, [], []
    for trace in explanation.layers:
        z = h @ torch.tensor(trace.W) + torch.tensor(trace.b)
        h = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "identity": lambda v: v}[trace.activation](z)
        z.retain_grad()
        h.retain_grad()
        zs.append(z)
        hs.append(h)
    loss = torch.nn.functional.cross_entropy(h, torch.tensor(trainer.y_train[explanation.batch]))
    loss.backward()
    assert explanation.loss == pytest.approx(loss.item(), rel=1e-12)
    np.testing.assert_allclose(explanation.dL_dx, x.grad.numpy(), rtol=1e-9, atol=1e-15)
    for trace, z, h in zip(explanation.layers, zs, hs):
        np.testing.assert_allclose(trace.a, h.detach().numpy(), rtol=1e-12)
        np.testing.assert_allclose(trace.dL_da, h.grad.numpy(), rtol=1e-9, atol=1e-15)
        np.testing.assert_allclose(trace.dL_dz, z.grad.numpy(), rtol=1e-9, atol=1e-15)


def test_dead_and_saturated_units_are_marked():
    exp = SIGMOID_NET.replace(layers=(DenseSpec(3, "relu", init=InitSpec("constant", value=-1.0)),
                                      DenseSpec(8, "sigmoid", init=InitSpec("normal", std=30.0))))
    trainer = Trainer(exp)
    first, _, _ = Explainer(trainer).explain().layers
    second = Explainer(Trainer(exp.replace(layers=exp.layers[1:]))).explain().layers[0]
    # constant -1 weights and zero biases: z = -(x1 + x2) is positive for some samples, so not all dead
    expected_dead = ~np.any(first.z > 0, axis=0)
    np.testing.assert_array_equal(first.dead, expected_dead)
    sat = np.mean((second.a < 0.01) | (second.a > 0.99), axis=0) >= 0.9
    np.testing.assert_array_equal(second.saturated, sat)
    assert sat.any()
    dead_net = Trainer(exp.replace(layers=(DenseSpec(3, "relu", init=InitSpec("constant", value=0.0)),)))
    assert Explainer(dead_net).explain().layers[0].dead.all()    # z = 0 everywhere: never on


def _hand_sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def test_worked_example_of_the_single_neuron_redone_by_hand():
    trainer = Trainer(load_preset("single_neuron").replace(dtype="float64"))
    trainer.run(max_steps=3)
    chain = Explainer(trainer).worked_chain()
    example = worked_example(chain, 5)
    w, b = float(trainer.net.layers[-1].W[0, 0]), float(trainer.net.layers[-1].b[0])
    x, t = float(trainer.x_train[5, 0]), float(trainer.y_train[5, 0])
    z = w * x + b
    a = _hand_sigmoid(z)
    unit = example["layers"][0]
    assert (example["x"], example["target"], example["lr"]) == (x, t, 0.5)
    assert unit["w"] == w and unit["b"] == b
    assert unit["z"] == pytest.approx(z, rel=1e-12) and unit["a"] == pytest.approx(a, rel=1e-12)
    assert unit["slope"] == pytest.approx(a * (1 - a), rel=1e-12)
    assert unit["dL_dz"] == pytest.approx(a - t, rel=1e-12)           # BCE: σ'(z) cancels
    assert unit["dL_da"] == pytest.approx((a - t) / (a * (1 - a)), rel=1e-9)
    assert unit["dL_dw"] == pytest.approx((a - t) * x, rel=1e-12)
    assert unit["dL_db"] == pytest.approx(a - t, rel=1e-12)
    assert unit["w_new"] == pytest.approx(w - 0.5 * (a - t) * x, rel=1e-12)
    assert unit["b_new"] == pytest.approx(b - 0.5 * (a - t), rel=1e-12)


def test_worked_example_of_a_two_unit_chain_redone_by_hand():
    exp = Experiment(data=DataSpec(name="sine", n_samples=40), loss="mse", batch_size=0, epochs=None, steps=10, dtype="float64",
                     layers=(DenseSpec(1, "tanh", init=InitSpec("constant", value=0.7)),),
                     output_init=InitSpec("constant", value=-1.3), optimizer=OptimizerSpec("sgd", 0.1))
    trainer = Trainer(exp)
    trainer.run(max_steps=2)
    example = worked_example(Explainer(trainer).worked_chain(), 3)
    hidden, output = (trainer.net.layers[0], trainer.net.layers[1])
    w1, b1, w2, b2 = float(hidden.W[0, 0]), float(hidden.b[0]), float(output.W[0, 0]), float(output.b[0])
    x, t = float(trainer.x_train[3, 0]), float(trainer.y_train[3, 0])
    z1 = w1 * x + b1
    a1 = math.tanh(z1)
    z2 = w2 * a1 + b2
    dz2 = 2 * (z2 - t)                        # E = (a - t)² for one sample, a = z2
    da1 = dz2 * w2
    dz1 = da1 * (1 - a1 * a1)
    first, second = example["layers"]
    hand = [dict(z=z1, a=a1, dL_da=da1, slope=1 - a1 * a1, dL_dz=dz1, dL_dw=dz1 * x, dL_db=dz1,
                 w_new=w1 - 0.1 * dz1 * x, b_new=b1 - 0.1 * dz1),
            dict(z=z2, a=z2, dL_da=dz2, slope=1.0, dL_dz=dz2, dL_dw=dz2 * a1, dL_db=dz2,
                 w_new=w2 - 0.1 * dz2 * a1, b_new=b2 - 0.1 * dz2)]
    for numbers, expected in zip((first, second), hand):
        for key, value in expected.items():
            assert numbers[key] == pytest.approx(value, rel=1e-12, abs=1e-15), key


def test_with_one_sample_per_batch_the_worked_update_is_the_next_step():
    trainer = Trainer(load_preset("single_neuron").replace(dtype="float64", batch_size=1))
    trainer.run(max_steps=5)
    sample = int(trainer.upcoming_batch()[0])
    example = worked_example(Explainer(trainer).worked_chain(), sample)
    trainer.run(max_steps=1)
    assert float(trainer.net.layers[-1].W[0, 0]) == pytest.approx(example["layers"][0]["w_new"], rel=1e-12)
    assert float(trainer.net.layers[-1].b[0]) == pytest.approx(example["layers"][0]["b_new"], rel=1e-12)


def test_no_worked_chain_for_wider_networks():
    assert Explainer(Trainer(SIGMOID_NET)).worked_chain() is None


# ----------------------------------------------------------------------------- the command

def test_explain_json_has_the_keys_the_issue_names(tmp_path, capsys):
    path = tmp_path / "exp.json"
    load_preset("single_neuron").dump(path)
    assert explain_command.main([str(path), "--step", "4", "--sample", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["step"] == 4 and result["ratio"] == 1.0
    assert {"layer", "grad_h_norm", "activation_factor", "weight_factor", "gain"} <= set(result["layers"][0])
    example = result["worked_example"]
    assert example["sample"] == 2 and {"x", "target", "lr"} <= set(example)
    assert {"w", "b", "z", "a", "dL_da", "slope", "dL_dz", "dL_dw", "dL_db", "w_new", "b_new"} <= set(example["layers"][0])


def test_explain_text_prints_the_ledger(tmp_path, capsys):
    path = tmp_path / "exp.json"
    load_preset("vanishing_sigmoid").dump(path)
    assert explain_command.main([str(path)]) == 0
    out = capsys.readouterr().out
    ratio = ledger(Explainer(Trainer(load_preset("vanishing_sigmoid"))).explain()).ratio
    assert f"first-to-last hidden ratio = {ratio:.4g}" in out
    assert "Per layer, the sigmoid slopes shrink the gradient" in out and "Worked example" not in out


@pytest.mark.parametrize("args, message", [
    (["missing.json"], "cannot read missing.json"),
    (["{exp}", "--step", "-1"], "--step: must be 0 or a positive number"),
    (["{exp}", "--sample", "999"], "--sample: must be a training sample index from 0 to 159"),
])
def test_explain_bad_input_exits_2_with_one_message(tmp_path, capsys, args, message):
    path = tmp_path / "exp.json"
    load_preset("single_neuron").dump(path)
    assert explain_command.main([a.format(exp=path) for a in args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_explain_is_a_cli_subcommand_without_qt(tmp_path):
    path = tmp_path / "exp.json"
    load_preset("single_neuron").dump(path)
    code = ("import sys; from workbench.cli import main; code = main(['explain', sys.argv[1], '--json']); "
            "assert not [m for m in sys.modules if m.startswith('PySide6')]; sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "worked_example" in json.loads(done.stdout)
