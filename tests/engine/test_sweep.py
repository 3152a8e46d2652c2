"""Sweep files: parsing, expansion, validation before running, content hashes, one run, the results table."""
import json
import math

import numpy as np
import pytest

from engine import sweep as sw
from engine.run_directory import RUN_FILES
from engine.spec import SpecError

BASE = {"data": {"name": "moons", "n_samples": 60}, "loss": "cross_entropy", "steps": 6,
        "layers": [{"units": 4, "activation": "tanh"}, {"units": 5, "activation": "tanh"}]}


def make(**fields):
    return sw.parse_sweep({"base": BASE, **fields})


def test_grid_times_seeds_in_file_order_first_field_slowest():
    runs = sw.expand(make(grid={"optimizer.lr": [0.1, 0.01], "layers[*].activation": ["relu", "sigmoid"]}, seeds=2))
    assert [(r.values, r.seed) for r in runs] == [
        ((0.1, "relu"), 0), ((0.1, "relu"), 1), ((0.1, "sigmoid"), 0), ((0.1, "sigmoid"), 1),
        ((0.01, "relu"), 0), ((0.01, "relu"), 1), ((0.01, "sigmoid"), 0), ((0.01, "sigmoid"), 1)]
    last = runs[-1].experiment
    assert last.optimizer.lr == 0.01 and last.seed == 1
    assert [layer.activation for layer in last.layers] == ["sigmoid", "sigmoid"]
    assert [layer.units for layer in last.layers] == [4, 5]          # untouched fields stay


def test_an_indexed_path_sets_one_layer_and_seeds_can_be_listed():
    runs = sw.expand(make(grid={"layers[1].units": [7, 9]}, seeds=[3, 5]))
    assert [([layer.units for layer in r.experiment.layers], r.seed) for r in runs] == [
        ([4, 7], 3), ([4, 7], 5), ([4, 9], 3), ([4, 9], 5)]


def test_depth_repeats_the_template_before_other_fields_apply():
    runs = sw.expand(make(grid={"depth": [1, 3], "layers[*].init.name": ["normal"]},
                          depth_layer={"units": 8, "activation": "relu"}))
    assert [[(layer.units, layer.activation, layer.init.name) for layer in r.experiment.layers] for r in runs] == [
        [(8, "relu", "normal")], [(8, "relu", "normal")] * 3]
    # Without depth_layer the base's first layer is the template.
    runs = sw.expand(make(grid={"depth": [3]}))
    assert [(layer.units, layer.activation) for layer in runs[0].experiment.layers] == [(4, "tanh")] * 3


def test_random_samples_follow_the_seeded_uniform_and_log_uniform_draws():
    sweep = make(random={"count": 3, "seed": 7, "fields": {"optimizer.lr": {"log_uniform": [1e-4, 1.0]},
                                                            "data.noise": {"uniform": [0.0, 0.5]}}})
    rng = np.random.default_rng(7)
    expected = []
    for _ in range(3):
        lr = 10 ** rng.uniform(-4, 0)
        expected.append((lr, rng.uniform(0, 0.5)))
    runs = sw.expand(sweep)
    flat = [x for pair in expected for x in pair]
    assert [x for r in runs for x in r.values] == pytest.approx(flat, rel=1e-12)
    assert [x for r in runs for x in (r.experiment.optimizer.lr, r.experiment.data.noise)] == pytest.approx(flat, rel=1e-12)
    assert [r.values for r in sw.expand(sweep)] == [r.values for r in runs]     # deterministic


def test_grid_and_random_combine_every_grid_point_with_every_sample():
    sweep = make(grid={"batch_size": [8, 16]}, random={"count": 2, "fields": {"optimizer.lr": {"uniform": [0.01, 0.1]}}})
    runs = sw.expand(sweep)
    assert sweep.fields == ["batch_size", "optimizer.lr"]
    assert [r.values[0] for r in runs] == [8, 8, 16, 16]
    assert runs[0].values[1] == runs[2].values[1] and runs[1].values[1] == runs[3].values[1]


def test_a_preset_or_a_file_can_be_the_base(tmp_path):
    assert sw.parse_sweep({"base": "relu_he", "grid": {"batch_size": [8]}}).base.name
    (tmp_path / "exp.json").write_text(json.dumps({**BASE, "name": "mine"}))
    (tmp_path / "sweep.json").write_text(json.dumps({"base": "exp.json", "grid": {"optimizer.lr": [0.5]}}))
    sweep = sw.load_sweep(tmp_path / "sweep.json")
    assert sweep.base.name == "mine" and sweep.name == "mine"


@pytest.mark.parametrize("fields, message", [
    ({"grid": {"optimizer.lrr": [0.1]}}, "grid.optimizer.lrr: 'optimizer.lrr' is not a field of the experiment; did you mean 'lr'?"),
    ({"grid": {"layers[*].activaton": ["relu"]}}, "grid.layers[*].activaton: no entry of layers has a field 'activaton'; did you mean 'activation'?"),
    ({"grid": {"layers[*].activation": ["relu", "sigmod"]}},
     "grid.layers[*].activation: value 'sigmod' is refused: layers[0].activation: unknown value 'sigmod'; did you mean 'sigmoid'?"),
    ({"grid": {"layers[4].units": [3]}}, "grid.layers[4].units: layers[4] does not exist: layers has 2 entries (indices 0 to 1)"),
    ({"grid": {"optimizer.lr": [0.1, -1]}}, "grid.optimizer.lr: value -1 is refused: optimizer.lr: must be a positive number, got -1.0"),
    ({"grid": {"optimizer.params.momentum": [1.5]}}, "value 1.5 is refused: optimizer.params.momentum: must be below 1, got 1.5"),
    ({"grid": {"optimizer.lr": [0.1, 0.1]}}, "grid.optimizer.lr: lists 0.1 twice"),
    ({"grid": {"depth": [0]}}, "grid.depth: must list positive integers"),
    ({"grid": {"optimizer..lr": [1]}}, "is not a field path"),
    ({"grid": {}}, "a sweep varies something"),
    ({"grid": {"seed": [1, 2]}}, 'grid.seed: seeds are varied by the sweep\'s own field: give "seeds": [0, 1, 2]'),
    ({"grid": {"batch_size": [8]}, "seeds": [1, 1]}, "seeds: lists a seed twice"),
    ({"grid": {"batch_size": [8]}, "sede": 2}, "sede: unknown sweep field; did you mean 'seeds'?"),
    ({"random": {"count": 2, "fields": {"optimizer.lr": {"log_uniform": [0, 1]}}}}, "a log-uniform range must be positive"),
    ({"random": {"count": 0, "fields": {"optimizer.lr": {"uniform": [0.1, 1]}}}}, "random.count: must be a positive integer"),
])
def test_invalid_sweeps_are_refused_naming_the_field_and_value(fields, message):
    with pytest.raises(SpecError) as caught:
        sw.expand(make(**fields))
    assert message in str(caught.value)


def test_an_unknown_preset_or_a_bad_base_names_the_base():
    with pytest.raises(SpecError, match="base: no preset named 'relu_hee'; did you mean 'relu_he'"):
        sw.parse_sweep({"base": "relu_hee", "grid": {"batch_size": [8]}})
    with pytest.raises(SpecError, match=r"base: layers\[0\].units: must be a positive integer, got 0"):
        sw.parse_sweep({"base": {"layers": [{"units": 0}]}, "grid": {"batch_size": [8]}})


def test_content_hash_ignores_cosmetic_fields_and_follows_what_runs():
    [run] = sw.expand(make(grid={"optimizer.lr": [0.1]}))
    renamed = run.experiment.replace(name="other name", description="words")
    assert sw.experiment_hash(renamed) == run.content_hash
    assert sw.experiment_hash(run.experiment.replace(batch_size=7)) != run.content_hash
    assert run.run_id == run.content_hash[:sw.HASH_CHARS]


def test_run_one_writes_the_headless_files_and_returns_its_row(tmp_path):
    [run] = sw.expand(make(grid={"optimizer.lr": [0.1]}))
    row = sw.run_one(run, tmp_path)
    folder = tmp_path / run.run_id
    assert sorted(p.name for p in folder.iterdir()) == sorted([*RUN_FILES, sw.RUN_RECORD])
    summary = json.loads((folder / "summary.json").read_text())
    assert row["status"] == "finished" and row["steps"] == 6 == summary["steps"]
    assert row["val_loss"] == summary["val_loss"] and row["gradient_ratio"] == summary["first_to_last_gradient_ratio"]
    assert row["values"] == [0.1] and row["seed"] == 0 and row["run_id"] == run.run_id
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]     # no partial folder left


def test_a_diverging_run_and_an_unbuildable_run_are_rows(tmp_path):
    wide = [{"units": 32, "activation": "relu", "init": {"name": "normal", "std": 1.0}}] * 4
    [diverging] = sw.expand(sw.parse_sweep({"base": {**BASE, "steps": 200, "layers": wide},
                                            "grid": {"optimizer.lr": [1e6]}}))
    row = sw.run_one(diverging, tmp_path)
    assert row["status"] == "diverged" and row["message"].startswith("diverged at step ")
    assert row["steps"] == int(row["message"].rsplit(" ", 1)[1]) - 1
    [unbuildable] = sw.expand(sw.parse_sweep({"base": {**BASE, "data": {"name": "csv", "target": "y",
                                                                        "csv_path": str(tmp_path / "missing.csv")}},
                                              "grid": {"optimizer.lr": [0.1]}}))
    row = sw.run_one(unbuildable, tmp_path)
    assert row["status"] == "build_failed" and "missing.csv" in row["message"]
    assert (tmp_path / unbuildable.run_id / "experiment.json").exists()


def test_a_run_that_raises_is_an_error_row(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(sw, "write_run", broken)
    [run] = sw.expand(make(grid={"optimizer.lr": [0.1]}))
    row = sw.run_one(run, tmp_path)
    assert (row["status"], row["message"]) == ("error", "RuntimeError: disk on fire")


def test_a_set_stop_flag_stops_the_run(tmp_path):
    class Set:
        def is_set(self):
            return True

    [run] = sw.expand(make(grid={"steps": [1000]}))
    row = sw.run_one(run, tmp_path, stop=Set())
    assert row["status"] == "stopped" and row["steps"] == sw.STOP_POLL_STEPS


def test_finished_rows_resume_by_content_hash(tmp_path):
    first = sw.expand(make(grid={"optimizer.lr": [0.1, 0.05]}))
    sw.run_one(first[0], tmp_path)
    assert list(sw.finished_rows(tmp_path, first)) == [first[0].run_id]
    # The sweep edited: the 0.1 run is the same experiment and is kept; the new value is not done.
    edited = sw.expand(make(grid={"optimizer.lr": [0.2, 0.1]}))
    assert list(sw.finished_rows(tmp_path, edited)) == [first[0].run_id]
    # A stopped run is not final: a rerun does it again.
    record = tmp_path / first[0].run_id / sw.RUN_RECORD
    data = json.loads(record.read_text())
    data["row"]["status"] = "stopped"
    record.write_text(json.dumps(data))
    assert sw.finished_rows(tmp_path, first) == {}


def test_results_csv_round_trip_in_run_order(tmp_path):
    runs = sw.expand(make(grid={"layers[*].activation": ["relu", "tanh"]}, seeds=2))
    rows = {r.run_id: sw.finish_row(r, {"status": "finished", "val_loss": 0.5 + i, "gradient_ratio": 10.0 ** -i,
                                        "steps": 6, "seconds": 0.25})
            for i, r in enumerate(runs) if i != 1}
    sw.write_results(tmp_path, ["layers[*].activation"], runs, rows)
    lines = (tmp_path / "results.csv").read_text().splitlines()
    assert lines[0] == ("run_id,layers[*].activation,seed,status,verdict,gradient_ratio,train_loss,val_loss,"
                        "train_accuracy,val_accuracy,steps,seconds,message")
    assert lines[1] == f"{runs[0].run_id},relu,0,finished,,1.0,,0.5,,,6,0.25,"
    table = sw.read_results(tmp_path)
    assert table.fields == ("layers[*].activation",)
    assert [(r["run_id"], r["seed"], r["val_loss"]) for r in table.rows] == [
        (runs[0].run_id, 0, 0.5), (runs[2].run_id, 0, 2.5), (runs[3].run_id, 1, 3.5)]


def test_heatmap_is_the_median_over_seeds_and_clicks_open_the_median_run():
    rows = []
    for depth, init, ratios in [(2, "normal", [1e-1, 1e-3, 1e-2]), (2, "xavier", [1.0, 2.0, 4.0]),
                                (8, "normal", [1e-9, None, 1e-7]), (8, "xavier", [0.5, 0.5, 0.5])]:
        for seed, ratio in enumerate(ratios):
            rows.append({"run_id": f"{depth}-{init}-{seed}", "depth": depth, "init": init, "seed": seed,
                         "gradient_ratio": ratio, "val_loss": 1.0})
    table = sw.ResultsTable(("depth", "init"), ("run_id", "depth", "init", "seed", "gradient_ratio", "val_loss"),
                            tuple(rows))
    h = sw.heatmap(table, "init", "depth", "log10 gradient ratio")
    assert h.x_values == ("normal", "xavier") and h.y_values == (2, 8)
    np.testing.assert_allclose(h.values, [[-2.0, math.log10(2.0)], [-8.0, math.log10(0.5)]])
    assert h.counts.tolist() == [[3, 3], [2, 3]]
    assert h.run_ids[0] == ("2-normal-2", "2-xavier-1")
    assert h.run_ids[1][0] in ("8-normal-0", "8-normal-2")      # both are equally near the median of two


def test_heatmap_cell_without_a_value_is_nan_and_still_opens_a_run():
    table = sw.ResultsTable(("a", "b"), ("run_id", "a", "b", "seed", "gradient_ratio"),
                            ({"run_id": "x", "a": 1, "b": 2, "seed": 0, "gradient_ratio": None},))
    h = sw.heatmap(table, "a", "b", "log10 gradient ratio")
    assert math.isnan(h.values[0, 0]) and h.run_ids == (("x",),)


def test_heatmap_where_keeps_only_the_rows_with_those_values():
    rows = tuple({"run_id": f"{act}-{depth}-{seed}", "act": act, "depth": depth, "init": "x", "seed": seed,
                  "val_loss": {"relu": 1.0, "tanh": 5.0}[act] + depth + seed}
                 for act in ("relu", "tanh") for depth in (2, 4) for seed in (0, 1, 2))
    table = sw.ResultsTable(("act", "depth", "init"), ("run_id", "act", "depth", "init", "seed", "val_loss"), rows)
    h = sw.heatmap(table, "depth", "init", "validation loss", where={"act": "tanh"})
    # tanh: 5 + depth + seed, median over seeds 0..2 is 5 + depth + 1
    np.testing.assert_array_equal(h.values, [[8.0, 10.0]])
    everything = sw.heatmap(table, "depth", "init", "validation loss")
    np.testing.assert_array_equal(everything.values, [[6.0, 8.0]])      # depth 2: median of 3,4,5,7,8,9


def test_the_shipped_example_expands_and_tells_the_vanishing_gradient_story(tmp_path):
    assert sw.bundled_sweeps() == ["depth_vs_init"]
    example = sw.load_sweep("depth_vs_init")
    assert example.fields == ["depth", "layers[*].init.name", "layers[*].activation"]
    runs = sw.expand(example)
    assert len(runs) == 4 * 3 * 3 * 3
    # Its two corners at depth 16, one seed: sigmoid with the standard init vanishes, ReLU with He does not.
    corners = {(r.values[1], r.values[2]): r for r in runs
               if r.values[0] == 16 and r.seed == 0 and r.values[1:] in (("pytorch_default", "sigmoid"),
                                                                          ("he_normal", "relu"))}
    sigmoid = sw.run_one(corners["pytorch_default", "sigmoid"], tmp_path)
    relu = sw.run_one(corners["he_normal", "relu"], tmp_path)
    assert sigmoid["verdict"] == "vanishing" and sigmoid["gradient_ratio"] < 1e-6
    assert relu["verdict"] == "healthy" and 0.1 < relu["gradient_ratio"] < 10
