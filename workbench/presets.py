"""The bundled example experiments in resources/presets/*.json, read through importlib.resources
so they are found the same way from a source checkout and from an installed wheel.

A preset is known by its file stem ("vanishing_sigmoid"); its title and description are the
Experiment's own ``name`` and ``description`` fields.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from engine.spec import Experiment

PRESET_PACKAGE = "resources.presets"
DEFAULT_PRESET = "vanishing_sigmoid"
# The order of a course: the problem (the default), its fixes, another vanishing case and its fix, a
# symmetric start, exploding gradients and their fixes, then the one-neuron worked example.  Presets
# not listed follow, alphabetically.
TEACHING_ORDER = ("vanishing_sigmoid", "relu_he", "residual", "adam", "tanh_standard", "tanh_xavier", "zeros_init",
                  "exploding_init", "exploding_lr", "clipping", "single_neuron")


def preset_names() -> list[str]:
    """The stems of every bundled preset, in teaching order (the default first)."""
    folder = resources.files(PRESET_PACKAGE)
    found = sorted(entry.name[:-len(".json")] for entry in folder.iterdir()
                   if entry.name.endswith(".json") and entry.is_file())
    return [name for name in TEACHING_ORDER if name in found] + [name for name in found if name not in TEACHING_ORDER]


def load_preset(name: str) -> Experiment:
    """Parse and validate one preset; an unknown name raises KeyError listing the valid ones."""
    if name not in preset_names():
        raise KeyError(f"no preset named {name!r}; available presets: {', '.join(preset_names())}")
    text = resources.files(PRESET_PACKAGE).joinpath(f"{name}.json").read_text(encoding="utf-8")
    return Experiment.from_json(text)


def preset_named_by(exp: Experiment) -> Experiment | None:
    """The bundled preset whose description ``exp`` carries (it was opened from it), or None."""
    if not exp.description:
        return None
    return next((preset for preset in _bundled() if preset.description == exp.description), None)


@lru_cache(maxsize=1)
def _bundled() -> tuple[Experiment, ...]:
    """Every preset, parsed once (asked at each edit)."""
    return tuple(map(load_preset, preset_names()))


def differs_from_preset(exp: Experiment) -> Experiment | None:
    """The preset ``exp`` came from, when ``exp`` has been changed since (a new name aside): then the
    preset's description may no longer be true of it.  None when it is unchanged or no preset's."""
    preset = preset_named_by(exp)
    if preset is None or exp.replace(name=preset.name) == preset:
        return None
    return preset
