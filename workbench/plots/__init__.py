"""Live plot widgets.  They take plain data (dicts of NumPy arrays), never engine objects."""
from workbench.plots.decision_boundary import DecisionBoundary
from workbench.plots.gradient_heatmap import GradientHeatmap
from workbench.plots.layer_bars import LayerBars
from workbench.plots.loss_plot import LossPlot

__all__ = ["DecisionBoundary", "GradientHeatmap", "LayerBars", "LossPlot"]
