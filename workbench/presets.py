"""The bundled example experiments in resources/presets/*.json, read through importlib.resources
so they are found the same way from a source checkout and from an installed wheel.

A preset is known by its file stem ("vanishing_sigmoid"); its title and description are the
Experiment's own ``name`` and ``description`` fields.
"""
from __future__ import annotations

from importlib import resources

from engine.spec import Experiment

PRESET_PACKAGE = "resources.presets"
DEFAULT_PRESET = "vanishing_sigmoid"
# The order of a course: the problem (the default), its fixes, another vanishing case and its fix,
# exploding gradients and theirs, then the one-neuron worked example.  Presets not listed follow,
# alphabetically.
TEACHING_ORDER = ("vanishing_sigmoid", "relu_he", "residual", "adam", "tanh_standard", "tanh_xavier",
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
