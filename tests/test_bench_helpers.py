"""The benchmarks' own arithmetic (bench/ is not a package: loaded from its path)."""
import importlib.util
from pathlib import Path


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
