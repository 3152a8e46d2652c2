"""Sweeps: a base experiment and the fields to vary, expanded into runs, each run trained into
its own folder and summarised as one row of a results table.

A sweep file (JSON)::

    {
      "name": "depth_vs_init",
      "base": "vanishing_sigmoid",            # a preset name, a path (relative to this file) or an inline experiment
      "depth_layer": {"units": 32},           # the layer the `depth` shortcut repeats (default: the base's first)
      "grid": {"depth": [2, 8], "layers[*].init.name": ["normal", "xavier_uniform"]},
      "random": {"count": 4, "seed": 0,
                 "fields": {"optimizer.lr": {"log_uniform": [1e-3, 1]}, "data.noise": {"uniform": [0, 0.3]}}},
      "seeds": [0, 1, 2]                      # or a count: 3 means seeds 0, 1, 2
    }

Fields are paths into the experiment: ``optimizer.lr``, ``layers[2].units`` (one layer),
``layers[*].activation`` (every layer that has the field), plus ``depth``, which makes the hidden
layers that many copies of ``depth_layer`` (applied first, so ``layers[*]`` reaches every copy).
Runs are every grid point times every random sample times every seed, in that order (the first
grid field varies slowest).  Every run's experiment is built and validated by ``expand`` before
anything runs: an unknown path or a value the validator rejects is refused naming the sweep
field, the value and the experiment field it broke.

A run is known by the hash of its experiment (``run_id``), so a rerun skips what is done even
after the sweep file was edited.  ``run_one`` trains one run into ``runs/<run id>/`` (the
headless runner's files plus ``experiment.json`` and ``sweep_run.json``, its results row) and
never raises: a run that cannot be built, diverges or fails is a row with that status.
No process or thread is started here: the sweep executor (``workbench.sweep_executor``) does that.
"""
from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import itertools
import json
import math
import os
import re
import shutil
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from engine.datasets import DatasetError
from engine.i18n import translate
from engine.run_directory import RunDirectory, summary_of, write_run
from engine.network import WeightsError
from engine.spec import Experiment, SpecError, _nearest, atomic_write_text, parse_experiment, parse_layer
from engine.trainer import Trainer

SWEEP_KEYS = ("name", "description", "base", "depth_layer", "grid", "random", "seeds")
RANDOM_KEYS = ("count", "seed", "fields")
DISTRIBUTIONS = ("uniform", "log_uniform")
DEPTH = "depth"
MAX_RUNS = 100_000
HASH_CHARS = 12
# Cosmetic fields: editing them does not change what a run computes, so does not rerun it.
UNHASHED_FIELDS = ("name", "description", "expected_diagnosis")

# Run status (results.csv's status column); ``message`` says more (the step, the error).
FINISHED, STOPPED, DIVERGED, BUILD_FAILED, ERROR, WORKER_DIED = (
    "finished", "stopped", "diverged", "build_failed", "error", "worker_died")
# Statuses a rerun keeps: the same experiment would end the same way.  A stopped run and one
# whose worker died are run again.
FINAL_STATUSES = (FINISHED, DIVERGED, BUILD_FAILED, ERROR)
RESULT_COLUMNS = ("status", "verdict", "gradient_ratio", "train_loss", "val_loss", "train_accuracy",
                  "val_accuracy", "steps", "seconds", "message")
RESULTS_FILE = "results.csv"
RUNS_FOLDER = "runs"
RUN_RECORD = "sweep_run.json"
STOP_POLL_STEPS = 16      # a stop request is looked at every this many steps
PRESET_PACKAGE = "resources.presets"
SWEEP_PACKAGE = "resources.sweeps"

_PATH = re.compile(r"^[A-Za-z_]\w*(\[(\d+|\*)\])?(\.[A-Za-z_]\w*(\[(\d+|\*)\])?)*$")
_TOKEN = re.compile(r"([A-Za-z_]\w*)|\[(\d+|\*)\]")


# ----------------------------------------------------------------------------- the sweep file

@dataclass(frozen=True)
class RandomField:
    path: str
    distribution: str      # uniform | log_uniform
    low: float
    high: float


@dataclass(frozen=True)
class Sweep:
    name: str
    base: Experiment
    grid: tuple[tuple[str, tuple[Any, ...]], ...] = ()
    random_fields: tuple[RandomField, ...] = ()
    random_count: int = 0
    random_seed: int = 0
    seeds: tuple[int, ...] = (0,)
    depth_layer: dict | None = None
    description: str = ""

    @property
    def fields(self) -> list[str]:
        """The varied fields, the columns of the results table before ``seed``."""
        return [path for path, _ in self.grid] + [f.path for f in self.random_fields]

    def to_dict(self) -> dict:
        """The sweep with its base inline: what ``DIR/sweep.json`` keeps, loadable by ``parse_sweep``."""
        data: dict[str, Any] = {"name": self.name, "description": self.description, "base": self.base.to_dict(),
                                "grid": {path: list(values) for path, values in self.grid}, "seeds": list(self.seeds)}
        if self.depth_layer is not None:
            data["depth_layer"] = self.depth_layer
        if self.random_fields:
            data["random"] = {"count": self.random_count, "seed": self.random_seed,
                              "fields": {f.path: {f.distribution: [f.low, f.high]} for f in self.random_fields}}
        return data


def bundled_sweeps() -> list[str]:
    """The names of the example sweeps shipped in resources/sweeps/."""
    return sorted(p.name[:-5] for p in resources.files(SWEEP_PACKAGE).iterdir() if p.name.endswith(".json"))


def load_sweep(path: str | os.PathLike) -> Sweep:
    """Read a sweep file, or a bundled example by name ("depth_vs_init")."""
    path = Path(path)
    if not path.exists() and path.suffix == "" and path.name in bundled_sweeps():
        return parse_sweep(json.loads(resources.files(SWEEP_PACKAGE).joinpath(f"{path.name}.json")
                                      .read_text(encoding="utf-8")))
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError("", translate("Sweep", "cannot read {path}: {problem}").format(path=path, problem=exc)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SpecError("", translate("Sweep", "{path} is not valid JSON (line {line}, column {column}: {problem})").format(
            path=path, line=exc.lineno, column=exc.colno, problem=exc.msg)) from None
    return parse_sweep(data, path.parent)


def parse_sweep(data: Any, folder: str | os.PathLike = ".") -> Sweep:
    """Read a sweep from its JSON data; a relative ``base`` path is read from ``folder``."""
    if not isinstance(data, dict):
        raise SpecError("", translate("Sweep", "a sweep must be a JSON object, got {type}").format(
            type=type(data).__name__))
    for key in data:
        if key not in SWEEP_KEYS:
            raise SpecError(str(key), translate("Sweep", "unknown sweep field; {fix}").format(
                fix=_nearest(str(key), SWEEP_KEYS, translate("Validation", "field"))))
    if "base" not in data:
        raise SpecError("base", translate("Sweep", "a sweep needs a base experiment: a preset name, a path to an "
                                                   "experiment file or the experiment itself"))
    base = _parse_base(data["base"], Path(folder))
    name = data.get("name", base.name)
    if not isinstance(name, str):
        raise SpecError("name", translate("Sweep", "must be a string, got {value}").format(value=repr(name)))
    description = data.get("description", "")
    if not isinstance(description, str):
        raise SpecError("description", translate("Sweep", "must be a string, got {value}").format(
            value=repr(description)))
    depth_layer = data.get("depth_layer")
    if depth_layer is not None:     # complete, with every default, so paths below it can be set
        depth_layer = json.loads(json.dumps(dataclasses.asdict(parse_layer(depth_layer, "depth_layer"))))
    grid = _parse_grid(data.get("grid", {}))
    random_fields, count, seed = _parse_random(data.get("random"))
    if not grid and not random_fields:
        raise SpecError("grid", translate("Sweep", "a sweep varies something: give a grid of values or random fields"))
    clash = set(path for path, _ in grid) & set(f.path for f in random_fields)
    if clash:
        raise SpecError(f"random.fields.{sorted(clash)[0]}", translate("Sweep", "is also in the grid; vary each field"
                                                                                " one way"))
    sweep = Sweep(name=name, description=description, base=base, grid=grid, random_fields=random_fields,
                  random_count=count, random_seed=seed, seeds=_parse_seeds(data.get("seeds", [0])),
                  depth_layer=depth_layer)
    if DEPTH in sweep.fields and depth_layer is None and not base.layers:
        raise SpecError("depth_layer", translate("Sweep", "the depth shortcut repeats a layer: give depth_layer, or a"
                                                          " base with layers"))
    return sweep


def _parse_base(base: Any, folder: Path) -> Experiment:
    if isinstance(base, dict):
        return _prefixed("base", lambda: parse_experiment(base))
    if not isinstance(base, str) or not base:
        raise SpecError("base", translate("Sweep", "must be a preset name, a path to an experiment file or an "
                                                   "experiment, got {base}").format(base=repr(base)))
    if not base.endswith(".json"):
        presets = sorted(p.name[:-5] for p in resources.files(PRESET_PACKAGE).iterdir() if p.name.endswith(".json"))
        if base not in presets:
            raise SpecError("base", translate("Sweep", "no preset named {base}; {fix} (or give the path of a .json "
                                                       "experiment)").format(
                base=repr(base), fix=_nearest(base, presets, translate("Sweep", "preset"))))
        text = resources.files(PRESET_PACKAGE).joinpath(f"{base}.json").read_text(encoding="utf-8")
        return _prefixed("base", lambda: Experiment.from_json(text))
    path = Path(base) if Path(base).is_absolute() else folder / base
    return _prefixed("base", lambda: Experiment.load(path))


def _prefixed(where: str, parse):
    try:
        return parse()
    except SpecError as exc:
        raise SpecError(f"{where}: {exc.path}" if exc.path else where, exc.message) from None


def _check_path(path: Any, where: str) -> str:
    if not isinstance(path, str) or not (path == DEPTH or _PATH.match(path)):
        raise SpecError(where, translate("Sweep", "{path} is not a field path; write e.g. optimizer.lr, "
                                                  "layers[*].activation, layers[2].units or depth").format(
            path=repr(path)))
    if path == "seed":
        raise SpecError(where, translate("Sweep", "seeds are varied by the sweep's own field: give \"seeds\": [0, 1, 2]"
                                                  " (or a count)"))
    return path


def _parse_grid(grid: Any) -> tuple[tuple[str, tuple[Any, ...]], ...]:
    if not isinstance(grid, dict):
        raise SpecError("grid", translate("Sweep", "must be an object of field path -> list of values, got {type}").format(
            type=type(grid).__name__))
    out = []
    for path, values in grid.items():
        _check_path(path, f"grid.{path}")
        if not isinstance(values, list) or not values:
            raise SpecError(f"grid.{path}", translate("Sweep", "must be a non-empty list of values, got {values}").format(
                values=repr(values)))
        seen = []
        for value in values:
            if value in seen:
                raise SpecError(f"grid.{path}", translate("Sweep", "lists {value} twice; give each value once").format(
                    value=repr(value)))
            seen.append(value)
        if path == DEPTH:
            for value in values:
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    raise SpecError("grid.depth", translate("Sweep", "must list positive integers (numbers of "
                                                                     "layers), got {value}").format(value=repr(value)))
        out.append((path, tuple(values)))
    return tuple(out)


def _parse_random(random: Any) -> tuple[tuple[RandomField, ...], int, int]:
    if random is None:
        return (), 0, 0
    if not isinstance(random, dict):
        raise SpecError("random", translate("Sweep", "must be an object with count, seed and fields, got {type}").format(
            type=type(random).__name__))
    for key in random:
        if key not in RANDOM_KEYS:
            raise SpecError(f"random.{key}", translate("Sweep", "unknown field; {fix}").format(
                fix=_nearest(str(key), RANDOM_KEYS, translate("Validation", "field"))))
    count = random.get("count")
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise SpecError("random.count", translate("Sweep", "must be a positive integer (how many samples), got "
                                                           "{count}").format(count=repr(count)))
    seed = random.get("seed", 0)
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise SpecError("random.seed", translate("Sweep", "must be a non-negative integer, got {seed}").format(
            seed=repr(seed)))
    fields = random.get("fields")
    if not isinstance(fields, dict) or not fields:
        raise SpecError("random.fields", translate("Sweep", "must be an object of field path -> {\"uniform\": [low, "
                                                            "high]} or {\"log_uniform\": [low, high]}"))
    out = []
    for path, dist in fields.items():
        where = f"random.fields.{path}"
        _check_path(path, where)
        if path == DEPTH:
            raise SpecError(where, translate("Sweep", "depth takes whole numbers: list the depths in the grid"))
        if not isinstance(dist, dict) or len(dist) != 1 or next(iter(dist)) not in DISTRIBUTIONS:
            raise SpecError(where, translate("Sweep", "must be {{\"uniform\": [low, high]}} or {{\"log_uniform\": [low, "
                                                      "high]}}, got {dist}").format(dist=repr(dist)))
        (kind, bounds), = dist.items()
        if (not isinstance(bounds, list) or len(bounds) != 2
                or not all(isinstance(b, (int, float)) and not isinstance(b, bool) and math.isfinite(b) for b in bounds)
                or not bounds[0] < bounds[1]):
            raise SpecError(f"{where}.{kind}", translate("Sweep", "must be [low, high] with low < high, got {bounds}").format(
                bounds=repr(bounds)))
        if kind == "log_uniform" and bounds[0] <= 0:
            raise SpecError(f"{where}.{kind}", translate("Sweep", "a log-uniform range must be positive, got {bounds}").format(
                bounds=repr(bounds)))
        out.append(RandomField(path, kind, float(bounds[0]), float(bounds[1])))
    return tuple(out), count, seed


def _parse_seeds(seeds: Any) -> tuple[int, ...]:
    if isinstance(seeds, int) and not isinstance(seeds, bool):
        if seeds < 1:
            raise SpecError("seeds", translate("Sweep", "a count of seeds must be at least 1, got {seeds}").format(
                seeds=repr(seeds)))
        return tuple(range(seeds))
    if (not isinstance(seeds, list) or not seeds
            or not all(isinstance(s, int) and not isinstance(s, bool) and s >= 0 for s in seeds)):
        raise SpecError("seeds", translate("Sweep", "must be a count or a list of non-negative integers, got {seeds}").format(
            seeds=repr(seeds)))
    if len(set(seeds)) != len(seeds):
        raise SpecError("seeds", translate("Sweep", "lists a seed twice: {seeds}").format(seeds=repr(seeds)))
    return tuple(seeds)


# ----------------------------------------------------------------------------- expansion

@dataclass(frozen=True)
class Run:
    """One run of a sweep: its varied values (in ``Sweep.fields`` order), seed and experiment."""
    index: int
    run_id: str
    content_hash: str
    values: tuple[Any, ...]
    seed: int
    experiment: Experiment


def experiment_hash(exp: Experiment) -> str:
    """The content hash of what a run computes (cosmetic fields left out)."""
    data = {k: v for k, v in exp.to_dict().items() if k not in UNHASHED_FIELDS}
    return hashlib.sha256(json.dumps(data, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def points(sweep: Sweep) -> list[tuple[Any, ...]]:
    """The varied values of every point: grid points (first field slowest) times random samples."""
    grid = list(itertools.product(*(values for _, values in sweep.grid)))
    if not sweep.random_fields:
        return grid
    rng = np.random.default_rng(sweep.random_seed)
    samples = []
    for _ in range(sweep.random_count):
        sample = []
        for f in sweep.random_fields:
            if f.distribution == "uniform":
                sample.append(float(rng.uniform(f.low, f.high)))
            else:
                sample.append(float(10 ** rng.uniform(math.log10(f.low), math.log10(f.high))))
        samples.append(tuple(sample))
    return [g + s for g in grid for s in samples]


def expand(sweep: Sweep) -> list[Run]:
    """Every run of the sweep, each experiment validated; raises SpecError naming the sweep field,
    its value and what the validator said, before anything runs."""
    pts = points(sweep)
    total = len(pts) * len(sweep.seeds)
    if total > MAX_RUNS:
        raise SpecError("grid", translate("Sweep", "the sweep has {total} runs, more than {maximum}; vary fewer "
                                                   "values").format(total=f"{total:,}", maximum=f"{MAX_RUNS:,}"))
    fields = sweep.fields
    runs: list[Run] = []
    by_hash: dict[str, Run] = {}
    for values in pts:
        for seed in sweep.seeds:
            exp = _point_experiment(sweep, fields, values, seed)
            content_hash = experiment_hash(exp)
            run = Run(len(runs), content_hash[:HASH_CHARS], content_hash, values, seed, exp)
            if content_hash in by_hash:
                other = by_hash[content_hash]
                raise SpecError("grid", translate("Sweep", "{first} and {second} give the same experiment; vary "
                                                           "fields that change it").format(
                    first=_describe(fields, other.values, other.seed), second=_describe(fields, values, seed)))
            by_hash[content_hash] = run
            runs.append(run)
    return runs


def _describe(fields: Sequence[str], values: Sequence[Any], seed: int) -> str:
    return ", ".join(f"{f}={v!r}" for f, v in zip(fields, values)) + f", seed={seed}"


def _point_experiment(sweep: Sweep, fields: list[str], values: tuple, seed: int) -> Experiment:
    data = sweep.base.to_dict()
    assigned = dict(zip(fields, values))
    if DEPTH in assigned:
        template = sweep.depth_layer if sweep.depth_layer is not None else data["layers"][0]
        data["layers"] = [json.loads(json.dumps(template)) for _ in range(assigned[DEPTH])]
    for path, value in assigned.items():
        if path != DEPTH:
            _set(data, _tokens(path), value, _where(sweep, path), "")
    data["seed"] = seed
    try:
        return parse_experiment(data)
    except SpecError as exc:
        culprit = next((p for p in fields if p != DEPTH and _pattern(p).match(exc.path)), None)
        if culprit is None:
            raise SpecError(_where(sweep, fields[0]) if len(fields) == 1 else "grid",
                            translate("Sweep", "the point {point} gives an invalid experiment: {problem}").format(
                                point=_describe(fields, values, seed), problem=exc)) from None
        raise SpecError(_where(sweep, culprit), translate("Sweep", "value {value} is refused: {problem}").format(
            value=repr(assigned[culprit]), problem=exc)) from None


def _where(sweep: Sweep, path: str) -> str:
    return f"random.fields.{path}" if path in (f.path for f in sweep.random_fields) else f"grid.{path}"


def _pattern(path: str) -> re.Pattern:
    """Matches the experiment paths a sweep path reaches (``layers[*]`` any index), and below them."""
    return re.compile(re.escape(path).replace(r"\[\*\]", r"\[\d+\]") + r"(\.|\[|$)")


def _tokens(path: str) -> list[str | int]:
    """'layers[*].init.name' -> ['layers', '*', 'init', 'name']; indices as ints."""
    out: list[str | int] = []
    for name, index in _TOKEN.findall(path):
        out.append(name if name else (index if index == "*" else int(index)))
    return out


def _set(node: Any, tokens: list, value: Any, where: str, reached: str) -> bool:
    """Set ``value`` at ``tokens`` below ``node``; SpecError for an unknown name or an index out of
    range.  Returns whether anything was set (a ``[*]`` sets the field of every entry that has it)."""
    head, rest = tokens[0], tokens[1:]
    if isinstance(head, str) and head != "*":
        if not isinstance(node, dict):
            raise SpecError(where, translate("Sweep", "{reached} is not an object, so it has no field {head}").format(
                reached=reached, head=repr(head)))
        here = f"{reached}.{head}" if reached else head
        if head not in node:
            # Parameter dicts start empty; the experiment's validator checks their names.
            if reached.endswith("params") and not rest:
                node[head] = value
                return True
            raise SpecError(where, translate("Sweep", "{here} is not a field of the experiment; {fix}").format(
                here=repr(here), fix=_nearest(head, sorted(node), translate("Validation", "field"))))
        if not rest:
            node[head] = value
            return True
        return _set(node[head], rest, value, where, here)
    if not isinstance(node, list):
        raise SpecError(where, translate("Sweep", "{reached} is not a list, so it cannot be indexed").format(
            reached=reached))
    if head == "*":
        found = False
        for i, item in enumerate(node):
            if not rest:
                node[i] = value
                found = True
            elif isinstance(item, dict) and (rest[0] in item or not isinstance(rest[0], str)):
                found = _set(item, rest, value, where, f"{reached}[{i}]") or found
        if not found:
            names = sorted({key for item in node if isinstance(item, dict) for key in item})
            raise SpecError(where, translate("Sweep", "no entry of {reached} has a field {name}; {fix}").format(
                reached=reached, name=repr(rest[0]),
                fix=_nearest(str(rest[0]), names, translate("Validation", "field"))))
        return found
    if head >= len(node):
        raise SpecError(where, translate("Sweep", "{reached}[{head}] does not exist: {reached} has {count} entries "
                                                  "(indices 0 to {last})").format(
            reached=reached, head=head, count=len(node), last=len(node) - 1))
    if not rest:
        node[head] = value
        return True
    return _set(node[head], rest, value, where, f"{reached}[{head}]")


# ----------------------------------------------------------------------------- running one run

def run_folder(runs_dir: Path, run: Run) -> Path:
    return runs_dir / run.run_id


def run_one(run: Run, runs_dir: str | os.PathLike, stop=None) -> dict:
    """Train one run into ``runs_dir/<run id>/`` and return its results row.  Never raises for
    the run's own faults: they are the row's status.  ``stop`` (anything with ``is_set()``)
    is looked at between steps; a set stop ends the run "stopped".

    The run folder is written by ``engine.run_directory`` (a temporary folder renamed into place:
    always one whole run), then ``sweep_run.json`` (the content hash and the row) is added: a
    folder without it is not done, and a rerun does it again.  A run that could not be built or
    raised gets a folder with its ``experiment.json`` and that record."""
    final = run_folder(Path(runs_dir), run)
    # Only a run that did not finish is run again: its folder, and the temporary one of an attempt
    # whose worker was killed, are this sweep's to remove.
    for folder in (final, *Path(runs_dir).glob(f".{run.run_id}.*.partial")):
        shutil.rmtree(folder, ignore_errors=True)
    start = time.perf_counter()
    try:
        trainer = Trainer(run.experiment)
    except (SpecError, DatasetError, WeightsError, ValueError, MemoryError) as exc:
        outcome = {"status": BUILD_FAILED, "message": str(exc)}
    else:
        def poll_stop(t: Trainer) -> None:
            if t.step % STOP_POLL_STEPS == 0 and stop.is_set():
                t.control.stop()

        try:
            result = write_run(trainer, final, on_step=poll_stop if stop is not None else None)
        except Exception as exc:   # a fault of this run, reported in its row; the sweep goes on
            outcome = {"status": ERROR, "message": f"{type(exc).__name__}: {exc}"}
        else:
            outcome = _summary_row(summary_of(trainer, result))
    outcome["seconds"] = round(time.perf_counter() - start, 3)
    row = finish_row(run, outcome)
    if not final.exists():
        with RunDirectory(final) as folder:
            folder.write_text("experiment.json", run.experiment.to_json() + "\n")
            folder.commit()
    atomic_write_text(final / RUN_RECORD, json.dumps({"content_hash": run.content_hash, "row": row}, indent=2) + "\n")
    return row


def _summary_row(summary: dict) -> dict:
    status = summary["status"]
    return {
        "status": DIVERGED if status.startswith("diverged") else status,
        "message": status if status.startswith("diverged") else summary["message"],
        "verdict": summary["diagnosis"], "gradient_ratio": summary["first_to_last_gradient_ratio"],
        "train_loss": summary["train_loss"], "val_loss": summary["val_loss"],
        "train_accuracy": summary["train_accuracy"], "val_accuracy": summary["val_accuracy"],
        "steps": summary["steps"],
    }


def finish_row(run: Run, outcome: dict) -> dict:
    """A complete results row: the run's id, varied values and seed, then ``outcome`` (missing
    result columns empty)."""
    return {"run_id": run.run_id, "values": list(run.values), "seed": run.seed,
            **{c: outcome.get(c) for c in RESULT_COLUMNS}}


def finished_rows(runs_dir: str | os.PathLike, runs: Iterable[Run]) -> dict[str, dict]:
    """Rows of the runs already done in ``runs_dir`` with the same experiment (by content hash)
    and a final status: what a rerun skips."""
    done = {}
    for run in runs:
        record_path = run_folder(Path(runs_dir), run) / RUN_RECORD
        try:
            record = json.loads(record_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        row = record.get("row") if isinstance(record, dict) else None
        if record.get("content_hash") == run.content_hash and isinstance(row, dict) \
                and row.get("status") in FINAL_STATUSES:
            done[run.run_id] = finish_row(run, row)
    return done


# ----------------------------------------------------------------------------- the results table

def results_columns(fields: Sequence[str]) -> list[str]:
    return ["run_id", *fields, "seed", *RESULT_COLUMNS]


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        return repr(value)
    return json.dumps(value)


def results_text(fields: Sequence[str], runs: Sequence[Run], rows: dict[str, dict]) -> str:
    """results.csv: one row per run that has a result, in the sweep's run order."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(results_columns(fields))
    for run in runs:
        row = rows.get(run.run_id)
        if row is not None:
            writer.writerow([row["run_id"], *map(_cell, row["values"]), row["seed"],
                             *(_cell(row.get(c)) for c in RESULT_COLUMNS)])
    return buffer.getvalue()


def write_results(out: str | os.PathLike, fields: Sequence[str], runs: Sequence[Run], rows: dict[str, dict]) -> None:
    atomic_write_text(Path(out) / RESULTS_FILE, results_text(fields, runs, rows))


@dataclass(frozen=True)
class ResultsTable:
    """results.csv read back: the varied fields, every column and the rows (numbers as floats,
    empty cells as None)."""
    fields: tuple[str, ...]
    columns: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]


def _typed(text: str) -> Any:
    if text == "":
        return None
    try:
        return float(text) if any(c in text for c in ".eEn") else int(text)
    except ValueError:
        return text


def read_results(path: str | os.PathLike) -> ResultsTable:
    """Read a sweep's results.csv (give the file or the sweep folder)."""
    path = Path(path)
    if path.is_dir():
        path = path / RESULTS_FILE
    try:
        with open(path, newline="", encoding="utf-8") as f:
            lines = list(csv.reader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise SpecError("", translate("Sweep", "cannot read {path}: {problem}").format(path=path, problem=exc)) from None
    return _parse_results(lines, str(path))


def results_table(fields: Sequence[str], runs: Sequence[Run], rows: dict[str, dict]) -> ResultsTable:
    """The table results.csv holds for these rows, without the file (for a sweep still running)."""
    return _parse_results(list(csv.reader(io.StringIO(results_text(fields, runs, rows)))), "the results")


def _parse_results(lines: list[list[str]], source: str) -> ResultsTable:
    header, lines = (lines[0], lines[1:]) if lines else (None, [])
    if not header or "seed" not in header or header[0] != "run_id":
        raise SpecError("", translate("Sweep", "{source} is not a sweep's results.csv (its first column must be "
                                               "run_id, and it needs seed)").format(source=source))
    fields = tuple(header[1:header.index("seed")])
    rows = tuple({c: (_typed(v) if c not in ("run_id", "status", "verdict", "message") else v)
                  for c, v in zip(header, line)} for line in lines if line)
    return ResultsTable(fields, tuple(header), rows)


# Metrics the heatmap offers: name -> how to read it from a row.
METRICS = {
    "log10 gradient ratio": lambda r: _log10(r.get("gradient_ratio")),
    "validation loss": lambda r: r.get("val_loss"),
    "training loss": lambda r: r.get("train_loss"),
    "validation accuracy": lambda r: r.get("val_accuracy"),
    "training accuracy": lambda r: r.get("train_accuracy"),
    "seconds": lambda r: r.get("seconds"),
}


def _log10(value: Any) -> float | None:
    return math.log10(value) if isinstance(value, (int, float)) and value > 0 else None


@dataclass(frozen=True)
class Heatmap:
    """A metric over two varied fields: ``values[i][j]`` is the median over every run with
    y = ``y_values[i]`` and x = ``x_values[j]`` (the seeds, and any other field not fixed by
    ``where``), NaN when none of them has the metric; ``run_ids[i][j]`` is the run nearest that
    median (the one a click opens)."""
    x_field: str
    y_field: str
    metric: str
    x_values: tuple[Any, ...]
    y_values: tuple[Any, ...]
    values: np.ndarray
    run_ids: tuple[tuple[str | None, ...], ...]
    counts: np.ndarray


def heatmap(table: ResultsTable, x_field: str, y_field: str, metric: str,
            where: dict[str, Any] | None = None) -> Heatmap:
    """The Heatmap of ``metric`` over ``x_field`` and ``y_field``, of the rows whose other fields
    have the values in ``where`` (all rows when it is empty)."""
    if metric not in METRICS:
        raise KeyError(f"unknown metric {metric!r}; one of: {', '.join(METRICS)}")
    where = where or {}
    for name in (x_field, y_field, *where):
        if name not in table.columns:
            raise KeyError(f"{name!r} is not a column of the results")
    read = METRICS[metric]
    rows = [r for r in table.rows if all(r[f] == v for f, v in where.items())]
    xs = tuple(dict.fromkeys(r[x_field] for r in rows))
    ys = tuple(dict.fromkeys(r[y_field] for r in rows))
    cells: dict[tuple[int, int], list[tuple[float, str]]] = {}
    firsts: dict[tuple[int, int], str] = {}
    for r in rows:
        key = (ys.index(r[y_field]), xs.index(r[x_field]))
        firsts.setdefault(key, r["run_id"])
        value = read(r)
        if isinstance(value, (int, float)) and math.isfinite(value):
            cells.setdefault(key, []).append((float(value), r["run_id"]))
    values = np.full((len(ys), len(xs)), np.nan)
    counts = np.zeros((len(ys), len(xs)), dtype=int)
    run_ids = [[firsts.get((i, j)) for j in range(len(xs))] for i in range(len(ys))]
    for (i, j), entries in cells.items():
        median = float(np.median([v for v, _ in entries]))
        values[i, j] = median
        counts[i, j] = len(entries)
        run_ids[i][j] = min(entries, key=lambda e: abs(e[0] - median))[1]
    return Heatmap(x_field, y_field, metric, xs, ys, values, tuple(map(tuple, run_ids)), counts)

