"""The bundled presets (resources/presets/*.json): each loads, trains headless, earns the verdict it
claims, and the fixes beat what they fix in the same number of steps."""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from importlib import resources

import numpy as np
import pytest

from engine.diagnosis import diagnose
from engine.explain import Explainer, worked_example
from engine.spec import ClipSpec, Experiment, InitSpec
from engine.trainer import Trainer, layer_column

PRESET_PACKAGE = "resources.presets"
STEPS = 300                 # what a test run trains; the presets' own lengths are for the app
MAX_PRESET_STEPS = 30000    # long enough to watch in class, done within a minute in the app
VERDICTS = ("healthy", "vanishing", "exploding", "symmetric", "diverged")
REQUIRED = ("vanishing_sigmoid", "exploding_init", "exploding_lr", "relu_he", "residual", "clipping",
            "adam", "tanh_standard", "tanh_xavier", "single_neuron", "zeros_init")


def _preset_text(preset_id: str) -> str:
    return resources.files(PRESET_PACKAGE).joinpath(f"{preset_id}.json").read_text(encoding="utf-8")


PRESET_IDS = sorted(entry.name[:-len(".json")] for entry in resources.files(PRESET_PACKAGE).iterdir()
                    if entry.name.endswith(".json"))


def load(preset_id: str) -> Experiment:
    return Experiment.from_json(_preset_text(preset_id))


@dataclass(frozen=True)
class Run:
    trainer: Trainer
    initial_loss: float      # on the whole training split, before the first step
    final_loss: float        # ... after STEPS steps (or at the last finite step)


def _train_loss(trainer: Trainer) -> float:
    with np.errstate(over="ignore", invalid="ignore"):
        return trainer.evaluate(trainer.x_train, trainer.y_train, trainer.labels_train)[0]


@functools.cache
def trained(preset_id: str) -> Run:
    """The preset trained for STEPS steps, once per test session."""
    trainer = Trainer(load(preset_id))
    initial = _train_loss(trainer)
    trainer.run(max_steps=STEPS)
    return Run(trainer, initial, _train_loss(trainer))


def _median_recent(snapshot: dict[str, np.ndarray], column: str, upto_step: int) -> float:
    values = snapshot[column][snapshot["step"] <= upto_step]
    return float(np.median(values[-10:]))


def test_every_preset_the_issue_asks_for_is_bundled():
    assert set(REQUIRED) <= set(PRESET_IDS)


@pytest.mark.parametrize("preset_id", PRESET_IDS)
def test_preset_loads_complete_and_describes_itself(preset_id):
    exp = load(preset_id)
    assert exp.name.strip() and exp.name != Experiment().name
    assert len(exp.description.split()) >= 20
    assert exp.expected_diagnosis in VERDICTS
    # Canonical: every field written out, exactly as Experiment.dump writes it.
    assert _preset_text(preset_id) == exp.to_json() + "\n"


@pytest.mark.parametrize("preset_id", PRESET_IDS)
def test_headless_run_gives_the_diagnosis_the_preset_claims(preset_id):
    run = trained(preset_id)
    trainer = run.trainer
    assert trainer.total_steps <= MAX_PRESET_STEPS
    diagnosis = trainer.diagnosis()
    assert diagnosis.verdict == trainer.exp.expected_diagnosis, diagnosis.message
    if diagnosis.verdict != "diverged":
        assert trainer.step == STEPS and math.isfinite(run.final_loss)


@pytest.mark.parametrize("broken, fixed", [
    ("vanishing_sigmoid", "relu_he"),
    ("vanishing_sigmoid", "residual"),
    ("vanishing_sigmoid", "adam"),
    ("exploding_init", "relu_he"),
    ("tanh_standard", "tanh_xavier"),
])
def test_fix_reaches_a_lower_loss_than_what_it_fixes_in_as_many_steps(broken, fixed):
    assert trained(fixed).final_loss < trained(broken).final_loss - 0.1
    assert trained(fixed).final_loss < trained(fixed).initial_loss - 0.1


@pytest.mark.parametrize("preset_id", ["vanishing_sigmoid", "tanh_standard"])
def test_vanishing_presets_stay_at_chance(preset_id):
    run = trained(preset_id)
    assert run.final_loss == pytest.approx(math.log(3), abs=0.01)   # three spiral arms, guessed evenly


def _training_setup(exp: Experiment) -> Experiment:
    """The experiment without its words and its clipping."""
    return exp.replace(name="", description="", expected_diagnosis=None, clip=ClipSpec())


def test_too_high_learning_rate_diverges_and_clipping_the_same_run_does_not():
    broken, clipped = trained("exploding_lr"), trained("clipping")
    assert _training_setup(broken.trainer.exp) == _training_setup(clipped.trainer.exp)
    assert clipped.trainer.exp.clip == ClipSpec("norm", 1.0)
    assert broken.trainer.status.startswith("diverged")
    assert not clipped.trainer.status.startswith("diverged") and clipped.trainer.step == STEPS
    assert clipped.final_loss < clipped.initial_loss - 0.3
    # The clip was doing work: the recorded (pre-clip) gradient norm went past the threshold.
    assert np.max(clipped.trainer.history.snapshot()["grad_norm"]) > clipped.trainer.exp.clip.threshold


def test_xavier_keeps_the_tanh_gradient_where_the_standard_init_loses_it():
    # Glorot & Bengio 2010: with U(+-1/sqrt(fan_in)) each tanh layer scales the back-propagated
    # gradient by about 1/sqrt(3); Xavier's variance 2/(fan_in + fan_out) keeps it level.
    standard = trained("tanh_standard").trainer.diagnosis().ratio
    xavier = trained("tanh_xavier").trainer.diagnosis().ratio
    assert standard < 1e-3
    assert 0.1 < xavier < 10
    assert xavier / standard > 1e3


def test_adam_moves_every_layer_alike_while_the_gradient_still_vanishes_then_escapes():
    adam, sgd = trained("adam").trainer, trained("vanishing_sigmoid").trainer
    assert adam.exp.layers == sgd.exp.layers and adam.exp.optimizer.name == "adam"
    plateau = 50
    first, last_hidden = 0, len(adam.probed) - 2
    for trainer, level_updates in ((adam, True), (sgd, False)):
        snapshot = trainer.history.snapshot()
        early = {key: values[snapshot["step"] <= plateau] for key, values in snapshot.items()}
        assert diagnose(early, trainer.layer_activations).verdict == "vanishing"
        update_ratio = (_median_recent(snapshot, layer_column(first, "update_ratio"), plateau)
                        / _median_recent(snapshot, layer_column(last_hidden, "update_ratio"), plateau))
        assert (update_ratio > 0.1) == level_updates, update_ratio
    # Adam's early layers grew until the gradient reaches them: healthy by the end of the run.
    assert adam.diagnosis().verdict == "healthy"


def test_single_neuron_is_sigmoid_of_w_x_plus_b_with_the_hand_derived_gradient():
    exp = load("single_neuron")
    assert exp.layers == () and exp.loss == "binary_cross_entropy" and exp.data.name == "threshold"
    trainer = Trainer(exp.replace(dtype="float64"))
    x, y = trainer.x_train, trainer.y_train
    assert x.shape[1] == 1 and [name for name, _, _ in trainer.params] == ["output.W", "output.b"]
    w, b = (float(value.ravel()[0]) for _, value, _ in trainer.params)
    a = 1.0 / (1.0 + np.exp(-(w * x + b)))
    np.testing.assert_allclose(trainer.predict(x), a, rtol=1e-12)
    # One full-batch step's gradient equals the chain rule's dL/dz = a - y (mean over the batch).
    trainer.train_step(x, y)
    grad_w, grad_b = (float(grad.ravel()[0]) for _, _, grad in trainer.params)
    assert grad_w == pytest.approx(float(np.mean((a - y) * x)), rel=1e-9)
    assert grad_b == pytest.approx(float(np.mean(a - y)), rel=1e-9)
    run = trained("single_neuron")
    assert run.final_loss < run.initial_loss - 0.2


def test_zeros_init_stays_at_ln2_and_chance_because_no_gradient_reaches_the_hidden_layers():
    run = trained("zeros_init")
    trainer = run.trainer
    dense = trainer.exp.layers
    assert [d.units for d in dense] == [10, 5] and {d.activation for d in dense} == {"relu"}
    assert {d.init.name for d in dense} | {trainer.exp.output_init.name} == {"zeros"}
    assert trainer.x_train.shape[1] == 2 and trainer.exp.data.name == "circles"
    # Only the output bias can move: the prediction is one constant, the class share of the data.
    p = float(np.mean(trainer.labels_train))
    chance_loss = -(p * math.log(p) + (1 - p) * math.log(1 - p))
    assert run.initial_loss == pytest.approx(math.log(2), abs=1e-6)
    assert run.final_loss == pytest.approx(chance_loss, abs=1e-3)
    accuracy = trainer.evaluate(trainer.x_train, trainer.y_train, trainer.labels_train)[1]
    assert accuracy == pytest.approx(max(p, 1 - p))
    for name, value, _ in trainer.params:
        if name != "output.b":
            assert not value.any(), name


def test_squared_error_neuron_has_the_sigmoid_on_its_output_and_the_textbook_gradient():
    exp = load("single_neuron_squared_error")
    cross_entropy = load("single_neuron")
    assert exp.layers == () and exp.output_activation == "sigmoid" and exp.loss == "half_squared_error"
    assert (exp.data, exp.output_init) == (cross_entropy.data, cross_entropy.output_init)
    trainer = Trainer(exp.replace(dtype="float64"))
    x, t = trainer.x_train, trainer.y_train
    assert t.shape == (len(x), 1) and set(t.ravel()) == {0.0, 1.0}      # one output, the label its target
    w, b = (float(value.ravel()[0]) for _, value, _ in trainer.params)
    a = 1.0 / (1.0 + np.exp(-(w * x + b)))
    # E = ½(a − t)² averaged over the batch: dE/dw = mean((a − t)·σ'(z)·x), σ'(z) = a(1 − a)
    trainer.train_step(x, t)
    grad_w, grad_b = (float(grad.ravel()[0]) for _, _, grad in trainer.params)
    assert grad_w == pytest.approx(float(np.mean((a - t) * a * (1 - a) * x)), rel=1e-9)
    assert grad_b == pytest.approx(float(np.mean((a - t) * a * (1 - a))), rel=1e-9)
    # Its accuracy counts a > 0.5 as class 1.
    probabilities = trainer.predict(x)[:, 0]
    _, accuracy = trainer.evaluate(trainer.x_train, trainer.y_train, trainer.labels_train)
    assert accuracy == pytest.approx(float(np.mean((probabilities > 0.5) == trainer.labels_train)))
    run = trained("single_neuron_squared_error")
    assert run.final_loss < run.initial_loss / 2


def test_a_confidently_wrong_sample_moves_the_cross_entropy_neuron_but_not_the_squared_error_one():
    gradients = {}
    for preset in ("single_neuron", "single_neuron_squared_error"):
        exp = load(preset).replace(dtype="float64", output_init=InitSpec("constant", value=-8.0))
        trainer = Trainer(exp)
        wrong = int(np.argmax(trainer.x_train[:, 0] * (trainer.labels_train == 1)))   # the largest x of class 1
        example = worked_example(Explainer(trainer).worked_chain(), wrong)
        output = example["layers"][0]
        assert output["a"] < 1e-3 and example["target"] == 1.0          # sure it is class 0, and wrong
        gradients[preset] = output["dL_dz"]
    assert gradients["single_neuron"] == pytest.approx(-1.0, abs=1e-3)        # a − t
    assert abs(gradients["single_neuron_squared_error"]) < 1e-3             # (a − t)·σ'(z): saturated
