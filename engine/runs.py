"""Run records: every run kept as plain data, read from and written to the headless runner's folders.

A ``RunRecord`` is one run: the experiment it trained, its per-step and per-epoch histories (the
``engine.history.History`` snapshots the live views draw), status, verdict, final losses and
accuracies, steps and wall time, plus how the user labels it (name, pinned, hidden, colour).  The
window, the CLI and the tests share it; nothing here imports Qt.

On disk a run is a folder in the format of ``engine.run_directory`` (metrics.csv, probes.csv,
weights.npz, summary.json, experiment.json, README.txt): ``read_run(folder)`` streams one back
into bounded histories, so a run of a million steps reads into the same memory as one of four
thousand.  **Memory bound per run**: the step history holds at most ``History.capacity`` (4096)
points of ``3 + 8 * layers`` float64 columns plus step, width and the loss's min and max, the
epoch history at most 4096 points of 5 columns plus step and width: 4096 * (7 + 8 * layers) * 8
bytes + 4096 * 7 * 8 bytes, 1.9 MB for the six-layer presets (seven probed layers), however long
the run.  ``RunRecord.nbytes`` reports it.

A ``RunStore`` is a folder of such runs (beside a saved experiment, or in the app's data folder)
with an index, ``runs.json``, holding what the user chose for each run (name, pinned, hidden,
colour) and their order; the run folders themselves stay exactly as the headless runner writes
them.  A folder that is incomplete or corrupt is reported in one sentence and skipped.

Names come from what changed: ``run_name(previous, experiment)`` gives "lr 0.1 → 0.5" or
"sigmoid → relu, normal → he_normal" from ``experiment_changes``, the same diff the window's
table of differing settings shows.
"""
from __future__ import annotations

import csv
import json
import math
import os
import re
import shutil
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from engine.diagnosis import Diagnosis, diagnose, hidden_indices
from engine.history import History
from engine.i18n import QT_TRANSLATE_NOOP, translate
from engine.preset_texts import preset_text
from engine.run_directory import METRICS_COLUMNS, PROBES_COLUMNS
from engine.spec import Experiment, SpecError, atomic_write_text
from engine.trainer import EPOCH_COLUMNS, STEP_COLUMNS, RunResult, Trainer, step_history

INDEX_FILE = "runs.json"
INDEX_VERSION = 1
RUN_FOLDER_PREFIX = "run-"
MAX_NAME_PHRASES = 3       # a name lists at most this many changes, then "+N more"


class RunReadError(ValueError):
    """A run folder that cannot be read; ``str()`` names the folder, the problem and what to do;
    ``problem`` is the same without "It was skipped" (for a command that reads one run)."""

    def __init__(self, message: str, problem: str | None = None):
        super().__init__(message)
        self.problem = problem or message


@dataclass
class RunRecord:
    experiment: Experiment
    steps: dict                       # per-step History snapshot (columns, "step", "width")
    epochs: dict                      # per-epoch History snapshot
    layer_names: list[str]
    status: str                       # finished | stopped | diverged at step N
    steps_done: int
    epochs_done: int
    train_loss: float
    val_loss: float
    train_accuracy: float
    val_accuracy: float
    wall_time_s: float
    folder: Path | None = None        # where it is on disk (None: not written)
    name: str = ""
    pinned: bool = False
    hidden: bool = False              # left out of the list (kept on disk)
    checked: bool = True              # drawn in the overlays
    color: int = 0                    # index into the window's palette
    _diagnosis: Diagnosis | None = field(default=None, repr=False, compare=False)

    @property
    def layer_activations(self) -> list[str]:
        """Each probed layer's activation, from its label ("dense1 · sigmoid"; no "·": identity)."""
        return [name.split(" · ")[-1] if " · " in name else "identity" for name in self.layer_names]

    @property
    def diagnosis(self) -> Diagnosis:
        """The verdict by the same rule as a live run's (engine.diagnosis)."""
        if self._diagnosis is None:
            # Named as the live views name the layers: the label's name part ("dense1").
            names = [name.split(" · ")[0] for name in self.layer_names]
            self._diagnosis = diagnose(self.steps, self.layer_activations, self.status, names)
        return self._diagnosis

    @property
    def verdict(self) -> str:
        return self.diagnosis.verdict

    @property
    def nbytes(self) -> int:
        return sum(column.nbytes for snapshot in (self.steps, self.epochs) for column in snapshot.values())

    def gradient_ratio(self) -> np.ndarray:
        return gradient_ratio(self.steps, len(self.layer_names))


def record_of(experiment: Experiment, steps: dict, epochs: dict, layer_names: list[str], result: RunResult,
              wall_time_s: float, folder: Path | None = None) -> RunRecord:
    """A record of a run that has just ended, from the histories it kept and its RunResult."""
    return RunRecord(
        experiment=experiment, steps=steps, epochs=epochs, layer_names=list(layer_names), status=result.status,
        steps_done=result.steps, epochs_done=result.epochs, train_loss=result.train_loss,
        val_loss=result.val_loss, train_accuracy=result.train_acc, val_accuracy=result.val_acc,
        wall_time_s=wall_time_s, folder=folder)


def record_of_trainer(trainer: Trainer, result: RunResult, wall_time_s: float = math.nan,
                      folder: Path | None = None) -> RunRecord:
    return record_of(trainer.exp, trainer.history.snapshot(), trainer.epochs.snapshot(), trainer.layer_names,
                     result, wall_time_s, folder)


# ----------------------------------------------------------------------------- reading a run folder

def _number(text: str, where: str) -> float:
    if text == "":
        return math.nan
    try:
        return float(text)
    except ValueError:
        raise RunReadError(translate("Runs", "{where}: {text} is not a number").format(where=where, text=repr(text))) from None


def _finite_or_nan(value: Any) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else math.nan


def _csv_rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """(line number, row) of a CSV file whose header must be ``columns``."""
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None or tuple(header) != columns:
            raise RunReadError(translate("Runs", "{file}: the header is not {columns}").format(
                file=path.name, columns=",".join(columns)))
        for row in reader:
            if len(row) != len(columns):
                raise RunReadError(translate("Runs", "{file} line {line}: {count} values, expected {expected} (the "
                                                     "file is cut short or damaged)").format(
                    file=path.name, line=reader.line_num, count=len(row), expected=len(columns)))
            yield reader.line_num, row


def _read_histories(folder: Path, layer_names: list[str]) -> tuple[History, History]:
    """metrics.csv and probes.csv streamed into bounded histories, exactly as the trainer fills them."""
    n_layers = len(layer_names)
    steps, epochs = step_history(n_layers), History(EPOCH_COLUMNS)
    probes = _csv_rows(folder / "probes.csv", PROBES_COLUMNS)
    first_probe = 3    # step, layer, name come before the metrics
    epoch_start = 2 + len(STEP_COLUMNS)
    for line, row in _csv_rows(folder / "metrics.csv", METRICS_COLUMNS):
        where = translate("Runs", "metrics.csv line {line}").format(line=line)
        step = int(_number(row[0], where))
        values = [_number(text, where) for text in row[2:epoch_start]]
        for layer in range(n_layers):
            probe_line, probe = next(probes, (None, None))
            if probe is None or probe[0] != row[0] or probe[1] != str(layer):
                raise RunReadError(translate("Runs", "probes.csv line {line}: expected step {step} layer {layer} (the "
                                                     "file is cut short or out of order)").format(
                    line=probe_line or translate("Runs", "at the end"), step=step, layer=layer))
            where_probe = translate("Runs", "probes.csv line {line}").format(line=probe_line)
            values.extend(_number(text, where_probe) for text in probe[first_probe:])
        steps.append(step, values)
        if row[epoch_start] != "":      # train_loss is filled on the step that ends an epoch
            epochs.append(step, [_number(row[1], where)] + [_number(t, where) for t in row[epoch_start:]])
    return steps, epochs


def read_run(folder: str | os.PathLike) -> RunRecord:
    """The run in ``folder`` (written by ``backprop-workbench run``, a sweep or the window).
    Raises RunReadError naming the folder and the problem when it is incomplete or corrupt."""
    folder = Path(folder)
    try:
        if not folder.is_dir():
            raise RunReadError(translate("Runs", "not a folder"))
        missing = [name for name in ("summary.json", "experiment.json", "metrics.csv", "probes.csv")
                   if not (folder / name).is_file()]
        if missing:
            raise RunReadError(translate("Runs", "incomplete: {files} missing (a run stopped before it was written "
                                                 "whole, or not a run folder)").format(files=", ".join(missing)))
        try:
            summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise RunReadError(translate("Runs", "summary.json is not valid JSON ({problem})").format(problem=exc)) from None
        if not isinstance(summary, dict) or not isinstance(summary.get("layers"), list) \
                or not isinstance(summary.get("status"), str):
            raise RunReadError(translate("Runs", "summary.json lacks the layers or the status"))
        try:
            experiment = Experiment.load(folder / "experiment.json")
        except SpecError as exc:
            raise RunReadError(translate("Runs", "experiment.json: {problem}").format(problem=exc)) from None
        layer_names = [str(name) for name in summary["layers"]]
        steps, epochs = _read_histories(folder, layer_names)
    except RunReadError as exc:
        raise _unreadable(folder, exc) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _unreadable(folder, getattr(exc, "strerror", None) or exc) from None
    return RunRecord(
        experiment=experiment, steps=steps.snapshot(), epochs=epochs.snapshot(), layer_names=layer_names,
        status=summary["status"],
        steps_done=summary["steps"] if isinstance(summary.get("steps"), int) else steps.appended,
        epochs_done=summary["epochs"] if isinstance(summary.get("epochs"), int) else epochs.appended,
        train_loss=_finite_or_nan(summary.get("train_loss")), val_loss=_finite_or_nan(summary.get("val_loss")),
        train_accuracy=_finite_or_nan(summary.get("train_accuracy")),
        val_accuracy=_finite_or_nan(summary.get("val_accuracy")),
        wall_time_s=_finite_or_nan(summary.get("wall_time_s")), folder=folder.absolute(),
        name=experiment.name)


# ----------------------------------------------------------------------------- the gradient ratio

def gradient_ratio(steps: dict, n_layers: int) -> np.ndarray:
    """First-to-last hidden layer dL/dh ratio at every point of a step history (the diagnosis'
    measure, engine.diagnosis, before its median over the newest points); 1 with one hidden layer."""
    hidden = hidden_indices(n_layers)
    if len(hidden) < 2 or f"L{hidden[0]}.grad_h" not in steps:
        return np.ones(len(steps.get("step", ())))
    first, last = steps[f"L{hidden[0]}.grad_h"], steps[f"L{hidden[-1]}.grad_h"]
    with np.errstate(divide="ignore", invalid="ignore"):
        return first / last


# ----------------------------------------------------------------------------- what changed

@dataclass(frozen=True)
class Change:
    path: str          # into the experiment's JSON: "optimizer.lr", "layers[2].init.name"
    before: Any        # JSON values; MISSING where one side has no such field
    after: Any


MISSING = "–"
# Which of an initialiser's fields it reads (the others are kept but change nothing).
_INIT_FIELDS = {"zeros": (), "constant": ("value",), "normal": ("std",), "uniform": ("limit",)}
_FAN_INITS = ("he_uniform", "he_normal", "lecun_normal")


def _effective_init(init: dict) -> dict:
    name = init.get("name")
    used = _INIT_FIELDS.get(name, ("gain", "mode") if name in _FAN_INITS else ("gain",))
    return {key: value for key, value in init.items() if key == "name" or key in used}


def _diff(a: Any, b: Any, path: str) -> Iterator[Change]:
    if isinstance(a, dict) and isinstance(b, dict) and a.get("type") == b.get("type"):
        if path.endswith("init"):
            a, b = _effective_init(a), _effective_init(b)
            if a["name"] != b["name"]:    # another initialiser: compare only what both read
                a, b = ({k: v for k, v in x.items() if k in a and k in b} for x in (a, b))
        for key in [*a, *(k for k in b if k not in a)]:
            yield from _diff(a.get(key, MISSING), b.get(key, MISSING), f"{path}.{key}" if path else key)
    elif isinstance(a, list) and isinstance(b, list) and path.endswith("layers") and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            yield from _diff(x, y, f"{path}[{i}]")
    elif a != b:
        yield Change(path, a, b)


def _unreadable(folder: Path, problem: object) -> RunReadError:
    return RunReadError(
        translate("Runs", "Cannot open the run in {folder}: {problem}. It was skipped.").format(folder=folder, problem=problem),
        translate("Runs", "Cannot open the run in {folder}: {problem}.").format(folder=folder, problem=problem))


def experiment_changes(before: Experiment, after: Experiment, *,
                       ignore: tuple[str, ...] = ("description", "schema_version")) -> list[Change]:
    """Every setting that differs, in the experiment's field order (initialiser fields the
    initialiser does not read are left out: a std under he_normal changes nothing)."""
    return [c for c in _diff(before.to_dict(), after.to_dict(), "") if c.path.split(".")[0] not in ignore]


def format_value(value: Any) -> str:
    if isinstance(value, bool):
        return translate("Runs", "on") if value else translate("Runs", "off")
    if value is None:
        return translate("Runs", "none")
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return "(" + ", ".join(format_value(v) for v in value) + ")"
    if isinstance(value, dict):       # a whole layer, where the layers' types differ
        return str(value.get("type", "layer"))
    return str(value)


# Short words for fields in names; "" where the values explain themselves (sigmoid → relu).
_LABELS = {"optimizer.lr": "lr", "clip.mode": QT_TRANSLATE_NOOP("Runs", "clip"),
           "clip.threshold": QT_TRANSLATE_NOOP("Runs", "clip at"), "batch_size": "batch",
           "data.n_samples": QT_TRANSLATE_NOOP("Runs", "samples"), "output_init.name": QT_TRANSLATE_NOOP("Runs", "output init"),
           "data.name": "", "optimizer.name": "", "schedule.name": QT_TRANSLATE_NOOP("Runs", "schedule"), "loss": "",
           "dtype": ""}
_SELF_EXPLAINING = ("activation", "name")


def _label(generic_path: str) -> str:
    if generic_path.endswith("layers"):    # a whole layer of another type: the types say it
        return ""
    if generic_path in _LABELS:
        return translate("Runs", _LABELS[generic_path]) if _LABELS[generic_path] else ""
    leaf = generic_path.rsplit(".", 1)[-1]
    return "" if leaf in _SELF_EXPLAINING else leaf.replace("_", " ")


def describe_changes(changes: list[Change]) -> list[str]:
    """Short phrases, one per kind of change: the same change in every layer is said once."""
    groups: dict[tuple[str, str, str], list[int]] = {}
    for change in changes:
        if change.path in ("name", "expected_diagnosis"):
            continue
        if change.path.endswith("layers") and isinstance(change.before, list):
            key = ("", f"{len(change.before)}", translate("Runs", "{count} layers").format(count=len(change.after)))
            groups.setdefault(key, [])
            continue
        generic = re.sub(r"\[\d+\]", "", change.path)
        layer = re.match(r"layers\[(\d+)\]", change.path)
        key = (_label(generic), format_value(change.before), format_value(change.after))
        groups.setdefault(key, []).append(int(layer.group(1)) if layer else -1)
    phrases = []
    for (label, before, after), layers in groups.items():
        change = f"{label + ' ' if label else ''}{before} → {after}"
        if len(layers) == 1 and layers[0] >= 0:
            change = translate("Runs", "layer {number} {change}").format(number=layers[0] + 1, change=change)
        phrases.append(change)
    return phrases


def run_name(previous: Experiment | None, experiment: Experiment) -> str:
    """A run's name from what changed since the previous run: "lr 0.1 → 0.5"; the experiment's
    name for a first run, or when only its name or description changed; "... (again)" for a rerun."""
    if previous is None:
        return preset_text(experiment.name)
    phrases = describe_changes(experiment_changes(previous, experiment))
    if not phrases:
        name = preset_text(experiment.name)
        return name if previous.name != experiment.name else translate("Runs", "{name} (again)").format(name=name)
    extra = len(phrases) - MAX_NAME_PHRASES
    named = ", ".join(phrases[:MAX_NAME_PHRASES])
    return translate("Runs", "{changes}, +{count} more").format(changes=named, count=extra) if extra > 0 else named


# ----------------------------------------------------------------------------- a folder of runs

class RunStore:
    """The runs kept for one experiment: run folders (``run-0001``, ...) in ``folder`` and an index
    (``runs.json``) of their names, pins, hidden flags and colours, in list order.  Runs opened from
    elsewhere are listed in the index by absolute path and never deleted from disk by ``delete``."""

    def __init__(self, folder: str | os.PathLike):
        self.folder = Path(folder)

    def new_run_folder(self, taken: Collection[Path] = ()) -> Path:
        """A fresh folder name for the next run (not made: the run writer makes it on commit);
        ``taken``: names already handed to runs still training."""
        numbers = [int(m.group(1)) for p in [*self._listing(), *taken]
                   if (m := re.fullmatch(rf"{RUN_FOLDER_PREFIX}(\d+)", p.name))]
        return self.folder / f"{RUN_FOLDER_PREFIX}{max(numbers, default=0) + 1:04d}"

    def _listing(self) -> list[Path]:
        try:
            return sorted(p for p in self.folder.iterdir() if p.is_dir() and not p.name.startswith("."))
        except OSError:
            return []

    def _index(self) -> tuple[list[dict], list[str]]:
        path = self.folder / INDEX_FILE
        if not path.is_file():
            return [], []
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = [e for e in data["runs"] if isinstance(e, dict) and isinstance(e.get("folder"), str)]
            return entries, []
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
            return [], [translate("Runs", "The run list {path} is damaged ({problem}); the runs in its folder are "
                                          "listed without their names and pins.").format(path=path, problem=exc)]

    def load(self) -> tuple[list[RunRecord], list[str]]:
        """The stored runs in list order, and one message per run folder that could not be read."""
        entries, problems = self._index()
        listed = {self._resolve(e["folder"]) for e in entries}
        # Runs written but not yet in the index (the window closed before saving it) come last.
        entries += [{"folder": p.name} for p in self._listing() if p not in listed]
        records: list[RunRecord] = []
        for entry in entries:
            try:
                record = read_run(self._resolve(entry["folder"]))
            except RunReadError as exc:
                problems.append(str(exc))
                continue
            previous = records[-1].experiment if records else None
            record.name = str(entry.get("name") or run_name(previous, record.experiment))
            record.pinned, record.hidden = bool(entry.get("pinned")), bool(entry.get("hidden"))
            record.checked = bool(entry.get("checked", True))
            color = entry.get("color")
            record.color = color if isinstance(color, int) and color >= 0 else len(records)
            records.append(record)
        return records, problems

    def _resolve(self, folder: str) -> Path:
        path = Path(folder)
        return path if path.is_absolute() else self.folder / path

    def _entry_folder(self, record: RunRecord) -> str:
        folder = Path(record.folder)
        return folder.name if folder.parent == self.folder else str(folder)

    def save(self, records: list[RunRecord]) -> None:
        """Write the index of ``records`` (those on disk), atomically."""
        entries = [{"folder": self._entry_folder(r), "name": r.name, "pinned": r.pinned, "hidden": r.hidden,
                    "checked": r.checked, "color": r.color} for r in records if r.folder is not None]
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.folder / INDEX_FILE,
                          json.dumps({"version": INDEX_VERSION, "runs": entries}, indent=2) + "\n")

    def owns(self, record: RunRecord) -> bool:
        return record.folder is not None and Path(record.folder).parent == self.folder

    def delete(self, record: RunRecord) -> None:
        """Remove a run's folder if it is one of this store's (runs opened from elsewhere stay)."""
        if self.owns(record):
            shutil.rmtree(record.folder, ignore_errors=True)
