"""Hostile or mistyped experiment files: every one is an exit 2 with one clear message and nothing
written, never a crash, a hang or gigabytes allocated."""
import io
import os
import zipfile

import numpy as np
import pytest

from engine import headless, limits
from engine.limits import estimate_memory
from engine.network import save_weights
from engine.spec import BatchNormSpec, DataSpec, DenseSpec, Experiment, ResidualSpec, SpecError
from engine.trainer import Trainer


def _run(tmp_path, capsys, text: str | None = None, path=None) -> str:
    """Run the CLI on an experiment; assert exit 2 and nothing written; return the message."""
    if path is None:
        path = tmp_path / "exp.json"
        path.write_text(text)
    out = tmp_path / "out"
    assert headless.main([str(path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


@pytest.mark.parametrize("content, message", [
    ('{"layers": [{"units": 1e308}]}', "layers[0].units: must be at most 100,000, got 1e+308"),
    ('{"layers": [{"units": 1000000}]}', "layers[0].units: must be at most 100,000, got 1000000"),
    ('{"layers": [{"units": 1000000000000}]}', "layers[0].units: must be at most 100,000"),
    ('{"data": {"classes": 1e308}}', "data.classes: must be at most 1,000, got 1e+308"),
    ('{"data": {"classes": 1000000000000}}', "data.classes: must be at most 1,000"),
    ('{"data": {"n_samples": 1e308}}', "data.n_samples: must be at most 1,000,000"),
    ('{"data": {"n_samples": 100000000}}', "data.n_samples: must be at most 1,000,000"),
    ('{"layers": [{"init": {"name": "uniform", "limit": 1e308}}]}', "layers[0].init.limit: must be at most 1e+30"),
    ('{"output_init": {"name": "constant", "value": -1e308}}', "output_init.value: must be at most 1e+30 in size"),
    ('{"data": {"noise": 1e300}}', "data.noise: must be at most 1000 in size"),
    ('{"seed": 1e300}', "seed: must be at most"),
    ('{"epochs": null, "steps": 1e300}', "steps: must be at most 2,147,483,647"),
    ('{"batch_size": 1e20}', "batch_size: must be at most 1,000,000,000"),
    ('{"schedule": {"name": "step", "params": {"step_size": 1e300}}}', "schedule.params.step_size: must be at most"),
    ('{"optimizer": {"lr": ' + "9" * 400 + '}}', "optimizer.lr: must be a positive number, got 99999"),
    ('{"layers": [' + ", ".join(["{}"] * 101) + ']}', "layers: 101 layers; at most 100 are allowed"),
    ('{"layers": [{"type": "residual", "layers": [' + ", ".join(['{"units": 2}'] * 100) + ']}]}',
     "layers: 101 layers; at most 100"),
    ('{"name": [' + "1, " * 10_000 + '1]}', "name: must be a string, got [1, 1, 1"),
    ('{"description": "' + "x" * 10_001 + '"}', "description: must be at most 10,000 characters, got 10,001"),
    ('{"data": {"name": "csv", "target": "y", "csv_path": "' + "d/" * 2049 + '"}}',
     "data.csv_path: must be at most 4,096 characters"),
])
def test_every_size_is_bounded_with_a_message_naming_the_field(tmp_path, capsys, content, message):
    err = _run(tmp_path, capsys, content)
    assert message in err
    assert len(err) < 300             # a huge value is shown cut short


@pytest.mark.parametrize("content, message", [
    ("[" * 1000 + "]" * 1000, "nested more than 20 deep"),
    ('{"a": ' * 100_000 + "1" + "}" * 100_000, "nested more than 20 deep"),
    ('{"layers": [{"units": ' + "1" * 4301 + '}]}', "Exceeds the limit (4300 digits)"),
    ('{"layers": [' + "[" * 30 + "]" * 30 + ']}', "nested more than 20 deep"),
])
def test_hostile_json_is_one_clear_error(tmp_path, capsys, content, message):
    assert message in _run(tmp_path, capsys, content)


def test_a_file_larger_than_an_experiment_can_be_is_refused_unread(tmp_path, capsys):
    big = tmp_path / "big.json"
    with open(big, "wb") as f:
        f.truncate(limits.MAX_EXPERIMENT_BYTES + 1)      # sparse: nothing to parse, only the size counts
    assert "more than an experiment file can be (1.0 MB)" in _run(tmp_path, capsys, path=big)


def test_a_device_is_refused_without_reading_it(tmp_path, capsys):
    assert "not a regular file" in _run(tmp_path, capsys, path="/dev/zero")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_without_blocking(tmp_path, capsys):
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)      # opening it would block until a writer comes
    assert "not a regular file (a pipe, device or socket)" in _run(tmp_path, capsys, path=fifo)


def test_a_weights_header_claiming_a_huge_array_is_refused_before_reading_data(tmp_path, capsys):
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "<f4", "fortran_order": False,
                                                  "shape": (100_000, 100_000)})
    weights = tmp_path / "w.npz"
    with zipfile.ZipFile(weights, "w") as archive:
        archive.writestr("dense1.W.npy", header.getvalue())      # 40 GB claimed, none present
    exp = Experiment(layers=(DenseSpec(units=4),), initial_weights=str(weights))
    err = _run(tmp_path, capsys, exp.to_json())
    assert "initial_weights: 'dense1.W'" in err and "shape (100000, 100000)" in err
    assert "larger than any array of this network (12 values at most)" in err      # dense1.W is 2 x 4 + ...


def test_weights_of_the_right_network_still_load(tmp_path):
    exp = Experiment(layers=(DenseSpec(units=4),))
    trained = Trainer(exp)
    trained.run(3)
    save_weights(trained.net, tmp_path / "w.npz")
    loaded = Trainer(exp.replace(initial_weights=str(tmp_path / "w.npz")))
    for (name, value, _), (_, expected, _) in zip(loaded.net.parameters(), trained.net.parameters()):
        np.testing.assert_array_equal(value, expected, err_msg=name)


def test_memory_estimate_counts_parameters_activations_and_data_by_hand():
    layers = (DenseSpec(units=3), ResidualSpec(layers=(DenseSpec(units=5),)), BatchNormSpec())
    estimate = estimate_memory(layers, n_inputs=2, n_outputs=4, n_train=80, n_val=20, batch_size=16, itemsize=4)
    # dense 2->3: 9; residual inner 3->5: 20 plus projection 3->5: 20; batchnorm on 5: 4*5; output 5->4: 24
    parameters = 9 + 20 + 20 + 20 + 24
    assert estimate.parameters == parameters * 6 * 4
    # widths after each layer: 3, 5 (inner), 5 (residual), 5 (batchnorm), 4 (output); the largest
    # pass is the 80x80 boundary grid
    assert estimate.activations == 6400 * (2 + 3 + 5 + 5 + 5 + 4) * 4 * 4
    assert estimate.data == 100 * (2 + 4) * (4 * 8 + 4)


def test_a_run_that_needs_more_memory_than_the_computer_has_is_refused_with_how_much(tmp_path, capsys,
                                                                                     monkeypatch):
    monkeypatch.setattr(limits, "physical_memory", lambda: 1_000_000_000)
    exp = Experiment(layers=(DenseSpec(units=20_000), DenseSpec(units=20_000)))
    err = _run(tmp_path, capsys, exp.to_json())
    parameters = (2 * 20_000 + 20_000 + 20_000 * 20_000 + 20_000 + 20_000 * 3 + 3) * 6 * 4   # 6 float32 arrays
    activations = 6400 * (2 + 20_000 + 20_000 + 3) * 4 * 4     # the boundary grid is the largest pass
    data = 600 * (2 + 3) * (4 * 8 + 4)                          # spirals: 2 inputs, 3 classes
    total_gb = (parameters + activations + data) / 1e9
    assert f"layers: this run would need about {total_gb:.1f} GB of memory (weights and optimizer state " \
           f"{parameters / 1e9:.1f} GB, activations {activations / 1e9:.1f} GB, data {data / 1e3:.1f} kB)" in err
    assert "more than the 800.0 MB it may use on this computer; use fewer or smaller layers" in err


def test_the_memory_check_names_the_data_when_the_data_is_what_is_big(monkeypatch):
    monkeypatch.setattr(limits, "physical_memory", lambda: 10_000_000)
    with pytest.raises(SpecError) as error:
        Trainer(Experiment(layers=(DenseSpec(units=2),), data=DataSpec(n_samples=200_000)))
    assert error.value.path == "data.n_samples" and "use fewer samples" in error.value.message



def test_parameter_count_is_every_array_the_network_initialises():
    from engine.limits import parameter_count
    from engine.trainer import check_build

    layers = (DenseSpec(units=3), ResidualSpec(layers=(DenseSpec(units=5),)), BatchNormSpec())
    # as by hand above: 9 + 20 + 20 (projection) + 4 * 5 (batch norm's weight, bias and statistics) + 24
    assert parameter_count(layers, 2, 4) == 93
    exp = Experiment(layers=layers, data=DataSpec(name="blobs", classes=4))
    net = Trainer(exp).net
    arrays = sum(value.size for _, value, _ in net.parameters()) + sum(
        array.size for layer in net.all_layers() for array in layer.buffers.values())
    assert check_build(exp).parameters == arrays == 93


def test_check_build_refuses_what_the_trainer_refuses_without_making_the_weights(monkeypatch):
    import engine.trainer as trainer_module

    monkeypatch.setattr(limits, "physical_memory", lambda: 1_000_000_000)
    too_big = Experiment(layers=(DenseSpec(units=20_000), DenseSpec(units=20_000)))
    with pytest.raises(SpecError) as by_trainer:
        Trainer(too_big)
    monkeypatch.setattr(trainer_module, "build_network", lambda *args: pytest.fail("check_build made the network"))
    with pytest.raises(SpecError) as by_check:
        trainer_module.check_build(too_big)
    assert (by_check.value.path, by_check.value.message) == (by_trainer.value.path, by_trainer.value.message)
    assert trainer_module.check_build(Experiment()).dataset.n_inputs == 2


def test_check_build_without_slow_data_checks_a_generated_set_from_its_shape_alone(monkeypatch, tmp_path):
    import engine.datasets as datasets
    import engine.trainer as trainer_module

    monkeypatch.setattr(datasets, "QUICK_LOAD_SAMPLES", 100)
    exp = Experiment(layers=(DenseSpec(units=5),), data=DataSpec(name="spirals", n_samples=101, classes=4))
    loaded = trainer_module.check_build(exp)
    monkeypatch.setattr(trainer_module, "load_dataset", lambda spec: pytest.fail("the slow data was loaded"))
    unloaded = trainer_module.check_build(exp, load_slow_data=False)
    assert unloaded.dataset is None and loaded.dataset is not None
    assert (unloaded.shape, unloaded.parameters) == (loaded.dataset.shape, loaded.parameters) == (
        loaded.shape, 2 * 5 + 5 + 5 * 4 + 4)
    # The memory check refuses as it does with the data loaded.
    monkeypatch.setattr(limits, "physical_memory", lambda: 1_000_000_000)
    too_big = exp.replace(layers=(DenseSpec(units=20_000), DenseSpec(units=20_000)))
    with pytest.raises(SpecError) as raised:
        trainer_module.check_build(too_big, load_slow_data=False)
    assert raised.value.path == "layers" and "more than the 800.0 MB it may use" in raised.value.message
    # A big CSV file's shape needs the whole file: only the experiment is checked.
    monkeypatch.setattr(datasets, "QUICK_LOAD_CSV_BYTES", 10)
    path = tmp_path / "data.csv"
    path.write_text("x,y\n1,a\n2,b\n3,a\n4,b\n", encoding="utf-8")
    csv_exp = exp.replace(data=DataSpec(name="csv", csv_path=str(path), target="y"))
    assert trainer_module.check_build(csv_exp, load_slow_data=False) == trainer_module.BuildCheck(None, None, None)
    with pytest.raises(SpecError) as raised:
        trainer_module.check_build(csv_exp.replace(batch_size=-1), load_slow_data=False)
    assert raised.value.path == "batch_size"
