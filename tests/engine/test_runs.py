"""Run records: read back exactly what the headless runner wrote, in bounded memory; names from the
diff; a store of runs with its index; corrupt folders reported and skipped."""
import dataclasses
import json
import math

import numpy as np
import pytest

from engine.run_directory import write_run
from engine.runs import (RunReadError, RunStore, experiment_changes, gradient_ratio, read_run, record_of_trainer,
                         run_name)
from engine.spec import DataSpec, DenseSpec, Experiment, InitSpec, OptimizerSpec
from engine.trainer import Trainer


def small_experiment(**changes) -> Experiment:
    exp = Experiment(name="moons", data=DataSpec(name="moons", n_samples=60),
                     layers=(DenseSpec(units=4, activation="tanh"),) * 3, optimizer=OptimizerSpec("sgd", 0.1),
                     batch_size=12, epochs=None, steps=10)
    return exp.replace(**changes)


def assert_same_snapshot(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for key in a:
        np.testing.assert_array_equal(a[key], b[key], err_msg=key)


def trained_run(tmp_path, name="run", **changes):
    trainer = Trainer(small_experiment(**changes))
    result = write_run(trainer, tmp_path / name)
    return trainer, result, tmp_path / name


def test_a_headless_run_reads_back_into_the_trainers_own_histories(tmp_path):
    trainer, result, folder = trained_run(tmp_path, epochs=2, steps=None)
    record = read_run(folder)
    assert_same_snapshot(record.steps, trainer.history.snapshot())
    assert_same_snapshot(record.epochs, trainer.epochs.snapshot())
    assert record.experiment == trainer.exp
    assert record.layer_names == trainer.layer_names
    assert record.layer_activations == ["tanh", "tanh", "tanh", "identity"]
    assert (record.status, record.steps_done, record.epochs_done) == ("finished", 8, 2)
    assert (record.train_loss, record.val_loss, record.val_accuracy) == (result.train_loss, result.val_loss,
                                                                          result.val_acc)
    assert record.verdict == result.diagnosis.verdict
    assert record.wall_time_s > 0
    assert record.folder == folder.absolute()


def test_a_long_run_reads_into_the_same_bounded_memory_as_the_live_history(tmp_path):
    trainer, _, folder = trained_run(tmp_path, steps=4100, layers=(DenseSpec(units=3, activation="tanh"),))
    record = read_run(folder)
    # 4100 steps > the 4096-point capacity: merged exactly as the trainer's own History merged them.
    assert_same_snapshot(record.steps, trainer.history.snapshot())
    assert len(record.steps["step"]) <= 4096 and record.steps["width"].sum() == 4100
    columns = 3 + 8 * 2 + 4          # loss, grad_norm, lr; 8 metrics x 2 layers; step, width, loss min, max
    assert record.nbytes <= 4096 * columns * 8 + 4096 * 7 * 8


def test_the_record_of_a_trainer_is_the_record_read_from_its_folder(tmp_path):
    trainer, result, folder = trained_run(tmp_path)
    live = record_of_trainer(trainer, result, 1.5, folder)
    read = read_run(folder)
    assert_same_snapshot(live.steps, read.steps)
    assert (live.status, live.steps_done, live.train_loss) == (read.status, read.steps_done, read.train_loss)


@pytest.mark.parametrize("damage, message", [
    (lambda f: (f / "summary.json").unlink(), "incomplete: summary.json missing"),
    (lambda f: (f / "summary.json").write_text("{"), "summary.json is not valid JSON"),
    (lambda f: (f / "experiment.json").write_text('{"optimizer": {"lr": -1}}'), "experiment.json: optimizer.lr"),
    (lambda f: (f / "metrics.csv").write_text((f / "metrics.csv").read_text()[:-20]), "metrics.csv line 11"),
    (lambda f: (f / "probes.csv").write_text((f / "probes.csv").read_text().replace("\n3,", "\n4,", 1)),
     "probes.csv line"),
    (lambda f: (f / "metrics.csv").write_text("a,b\n"), "metrics.csv: the header is not step,epoch"),
    (lambda f: (f / "metrics.csv").write_text((f / "metrics.csv").read_text().replace("\n1,1,", "\n1,1,x", 1)),
     "metrics.csv line 2: 'x"),
])
def test_a_damaged_run_folder_gets_one_clear_message(tmp_path, damage, message):
    _, _, folder = trained_run(tmp_path)
    damage(folder)
    with pytest.raises(RunReadError) as caught:
        read_run(folder)
    assert message in str(caught.value)
    assert str(caught.value).startswith(f"Cannot open the run in {folder}:")


def test_a_folder_that_is_no_run_is_refused(tmp_path):
    with pytest.raises(RunReadError, match="not a folder"):
        read_run(tmp_path / "nothing")
    with pytest.raises(RunReadError, match="summary.json, experiment.json, metrics.csv, probes.csv missing"):
        read_run(tmp_path)


# ----------------------------------------------------------------------------- names

def test_names_say_what_changed_since_the_previous_run():
    base = small_experiment()
    faster = base.replace(optimizer=dataclasses.replace(base.optimizer, lr=0.5))
    assert run_name(base, faster) == "lr 0.1 → 0.5"
    relu_he = base.replace(layers=(DenseSpec(units=4, activation="relu", init=InitSpec("he_normal")),) * 3)
    sigmoid = base.replace(layers=(DenseSpec(units=4, activation="sigmoid", init=InitSpec("normal", std=0.1)),) * 3)
    # The std of the normal initialiser is not read by he_normal: no "std 0.1 → ..." in the name.
    assert run_name(sigmoid, relu_he) == "sigmoid → relu, normal → he_normal"
    wider = base.replace(layers=(base.layers[0], DenseSpec(units=8, activation="tanh"), base.layers[2]))
    assert run_name(base, wider) == "layer 2 units 4 → 8"
    deeper = base.replace(layers=base.layers * 2)
    assert run_name(base, deeper) == "3 → 6 layers"
    many = faster.replace(batch_size=6, seed=3, clip=dataclasses.replace(base.clip, mode="norm"))
    assert run_name(base, many) == "lr 0.1 → 0.5, clip off → norm, batch 12 → 6, +1 more"


def test_a_first_run_is_named_after_its_experiment_and_a_rerun_says_so():
    base = small_experiment()
    assert run_name(None, base) == "moons"
    assert run_name(base, base) == "moons (again)"
    assert run_name(base, base.replace(name="renamed")) == "renamed"


def test_the_changes_list_every_differing_setting_with_its_values():
    base = small_experiment()
    other = base.replace(loss="mse", layers=(base.layers[0], base.layers[1], DenseSpec(units=4, activation="relu")))
    assert [(c.path, c.before, c.after) for c in experiment_changes(base, other)] == [
        ("layers[2].activation", "tanh", "relu"), ("loss", "cross_entropy", "mse")]


def test_the_gradient_ratio_is_first_over_last_hidden_layer_at_every_point():
    steps = {"step": np.array([1, 2]), "L0.grad_h": np.array([1e-6, 2.0]), "L1.grad_h": np.array([5.0, 5.0]),
             "L2.grad_h": np.array([1e-2, 4.0]), "L3.grad_h": np.array([9.0, 9.0])}
    # Four probed layers: the last is the output layer, so the hidden ones are 0..2.
    np.testing.assert_array_equal(gradient_ratio(steps, 4), [1e-6 / 1e-2, 2.0 / 4.0])
    np.testing.assert_array_equal(gradient_ratio(steps, 2), [1.0, 1.0])


# ----------------------------------------------------------------------------- the store

def test_a_store_keeps_names_pins_and_colours_and_lists_unindexed_runs_last(tmp_path):
    store = RunStore(tmp_path / "exp.runs")
    first = store.new_run_folder()
    assert first.name == "run-0001"
    write_run(Trainer(small_experiment()), first)
    second = store.new_run_folder()
    assert second.name == "run-0002"
    write_run(Trainer(small_experiment(optimizer=OptimizerSpec("sgd", 0.5))), second)
    records, problems = store.load()
    assert problems == []
    assert [r.name for r in records] == ["moons", "lr 0.1 → 0.5"]
    records[0].name, records[0].pinned, records[0].color = "baseline", True, 4
    records[1].hidden = True
    store.save(records[::-1])
    third = store.new_run_folder()
    write_run(Trainer(small_experiment(batch_size=6)), third)   # written, not yet in the index
    again, problems = store.load()
    assert problems == []
    assert [(r.name, r.pinned, r.hidden, r.color) for r in again] == [
        ("lr 0.1 → 0.5", False, True, 1), ("baseline", True, False, 4), ("batch 12 → 6", False, False, 2)]


def test_a_store_skips_a_corrupt_run_with_a_message_and_survives_a_damaged_index(tmp_path):
    store = RunStore(tmp_path / "runs")
    good, bad = store.new_run_folder(), store.folder / "run-0002"
    write_run(Trainer(small_experiment()), good)
    write_run(Trainer(small_experiment()), bad)
    (bad / "metrics.csv").unlink()
    (store.folder / ".run-0003.abcd.partial").mkdir()      # an interrupted write: not a run, not listed
    store.save(read_run_list(store))
    (store.folder / "runs.json").write_text("{damaged")
    records, problems = store.load()
    assert [r.folder.name for r in records] == ["run-0001"]
    assert len(problems) == 2
    assert "runs.json is damaged" in problems[0]
    assert f"Cannot open the run in {bad}: incomplete: metrics.csv missing" in problems[1]


def read_run_list(store):
    return store.load()[0]


def test_deleting_removes_only_the_stores_own_run_folders(tmp_path):
    store = RunStore(tmp_path / "runs")
    own = store.new_run_folder()
    write_run(Trainer(small_experiment()), own)
    _, _, outside = trained_run(tmp_path, "headless")
    for folder in (own, outside):
        store.delete(read_run(folder))
    assert not own.exists() and outside.exists()


def test_the_summary_has_the_wall_time_of_the_training(tmp_path):
    _, _, folder = trained_run(tmp_path)
    wall = json.loads((folder / "summary.json").read_text())["wall_time_s"]
    assert isinstance(wall, float) and 0 < wall < math.inf
