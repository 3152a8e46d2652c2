"""The benchmarks' own arithmetic (bench/ is not a package: loaded from its path)."""
import argparse
import importlib.util
from pathlib import Path

import pytest


def load_bench(name: str):
    spec = importlib.util.spec_from_file_location(name, Path(__file__).parents[1] / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cpu_steal_share_is_the_steal_column_over_all_time_spent():
    ui = load_bench("ui_responsiveness")
    before = [100, 10, 20, 500, 5, 0, 1, 30, 0, 0]
    after = [250, 10, 40, 600, 5, 0, 1, 80, 0, 0]    # 150 user + 20 system + 100 idle + 50 steal
    assert ui.steal_share(before, after) == 50 / 320
    assert ui.steal_share(None, after) is None and ui.steal_share(before, before) is None


def test_training_rate_counts_from_the_first_frame_to_the_last_not_from_run():
    ui = load_bench("ui_responsiveness")
    # Run pressed at t=0; the process starts, the first frame comes at 0.5 s at step 3.
    assert ui.training_rate([(0.5, 3), (1.0, 103), (2.5, 403)]) == 400 / 2.0


def test_a_shapes_row_is_the_median_of_its_rounds_figure_by_figure():
    ui = load_bench("ui_responsiveness")
    rounds = [{"shape": "deep", "latency_p99_ms": p99, "gui_over_headless_throughput": ratio, "cpu_steal_share": steal}
              for p99, ratio, steal in ((30.0, 0.8, None), (20.0, 0.9, 0.1), (22.0, 0.7, 0.3))]
    row = ui.median_row(rounds)
    assert (row["shape"], row["latency_p99_ms"], row["gui_over_headless_throughput"]) == ("deep", 22.0, 0.8)
    assert row["cpu_steal_share"] == 0.2 and row["rounds"] == rounds   # a round without a reading is left out


def test_rounds_must_be_one_or_more():
    ui = load_bench("ui_responsiveness")
    assert ui.positive_int("3") == 3
    for bad in ("0", "-2"):
        with pytest.raises(argparse.ArgumentTypeError, match="give 1 or more"):
            ui.positive_int(bad)
