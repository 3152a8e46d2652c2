"""Fuzz: presets with one field mutated to a hostile value.  The promise: exit 2 with one message
and nothing in --out, or a run whose files are complete and finite — never a traceback, a crash
or a half-written folder."""
import contextlib
import csv
import io
import json
import math
from importlib import resources

import numpy as np
from hypothesis import HealthCheck, given, settings, strategies as st

from engine import headless
from engine.network import load_weights
from engine.run_directory import RUN_FILES

PRESETS = {p.name: json.loads(p.read_text()) for p in resources.files("resources.presets").iterdir()
           if p.name.endswith(".json")}
HOSTILE = [0, -1, 0.5, 1e-308, 1e308, 10**12, 2**31, 1e6, "x", "", None, True, [], {}, [[[[]]]],
           {"units": 1e308}, "relu", 3]


def _paths(value, prefix=()):
    """Every path to a value inside a JSON document, the document itself excluded."""
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return
    for key, item in items:
        yield prefix + (key,)
        yield from _paths(item, prefix + (key,))


def _mutated(document, path, value, delete):
    document = json.loads(json.dumps(document))
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    if delete and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return document


@st.composite
def mutated_presets(draw):
    name = draw(st.sampled_from(sorted(PRESETS)))
    document = PRESETS[name]
    path = draw(st.sampled_from(list(_paths(document))))
    return _mutated(document, path, draw(st.sampled_from(HOSTILE)), draw(st.booleans()))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(experiment=mutated_presets())
def test_a_mutated_preset_is_refused_cleanly_or_runs_to_complete_finite_files(tmp_path_factory, experiment):
    folder = tmp_path_factory.mktemp("fuzz")
    path, out = folder / "exp.json", folder / "out"
    path.write_text(json.dumps(experiment))
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = headless.main([str(path), "--out", str(out), "--steps", "5"])
    message = err.getvalue()
    assert "Traceback" not in message
    if status == 2:
        assert message.startswith("error: ") and message.count("\n") == 1, message
        assert sorted(p.name for p in folder.iterdir()) == ["exp.json"]
        return
    assert status == 0, message
    assert sorted(p.name for p in out.iterdir()) == sorted(RUN_FILES)
    assert sorted(p.name for p in folder.iterdir()) == ["exp.json", "out"]
    summary = json.loads((out / "summary.json").read_text())
    with open(out / "metrics.csv", newline="") as f:
        metrics = list(csv.DictReader(f))
    assert len(metrics) == summary["steps"] <= 5
    for file in ("metrics.csv", "probes.csv"):
        with open(out / file, newline="") as f:
            for row in csv.DictReader(f):
                assert all(math.isfinite(float(cell)) for column, cell in row.items() if cell and column != "name")
    assert all(np.isfinite(v).all() for v in load_weights(out / "weights.npz").values())
