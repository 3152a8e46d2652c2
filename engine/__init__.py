"""The backprop-workbench engine: pure NumPy, no Qt, no threads of its own."""
from engine.spec import Experiment, SpecError

__all__ = ["Experiment", "SpecError"]
