"""A dark desktop theme: panel text and plot curves must stay readable on a dark background.

Colours are judged by WCAG relative luminance and contrast ratio, computed here independently
of the code under test.  Each test also saves
a PNG to /tmp so a person can look at the result.
"""
from __future__ import annotations

import pytest
from PySide6 import QtGui, QtWidgets
from PySide6.QtGui import QColor, QPalette

from engine.spec import DenseSpec, Experiment
from workbench.panels.data_panel import DataPanel
from workbench.panels.layer_editor import LayerEditor
from workbench.panels.training_panel import TrainingPanel
from workbench.plots.loss_plot import LossPlot
from workbench.state import ExperimentState
from test_plots import contrast, epoch_snapshot, luminance, pixels, rgb_of, strongest_contrast, unit_steps

MIN_CONTRAST = 4.5   # WCAG 2's contrast for text; thin curves are read much like text strokes


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.Window: "#2b2b2b", QPalette.WindowText: "#e6e6e6", QPalette.Base: "#1e1e1e",
        QPalette.AlternateBase: "#262626", QPalette.Text: "#e6e6e6", QPalette.Button: "#353535",
        QPalette.ButtonText: "#e6e6e6", QPalette.Highlight: "#2f65ca", QPalette.HighlightedText: "#ffffff",
        QPalette.ToolTipBase: "#353535", QPalette.ToolTipText: "#e6e6e6", QPalette.PlaceholderText: "#8c8c8c",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    return palette


@pytest.fixture
def dark(qapp):
    """The application in a dark theme for one test, then back to what it was."""
    before = QtGui.QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(before)


def test_layer_rows_are_light_text_on_the_dark_tree(qtbot, dark):
    state = ExperimentState(Experiment(layers=(DenseSpec(32, "tanh"), DenseSpec(16, "relu"))))
    editor = LayerEditor(state)
    qtbot.addWidget(editor)
    editor.resize(420, 640)
    editor.show()
    qtbot.waitExposed(editor)
    editor.tree.clearSelection()
    editor.tree.setCurrentIndex(editor.model.index(-1, -1))

    image = pixels(editor.tree.viewport(), "dark_layer_tree")
    base = rgb_of(editor.tree.palette().color(QPalette.Base))
    assert luminance(base) < 0.05      # the dark theme reached the tree
    for row in range(editor.model.rowCount()):
        rect = editor.tree.visualRect(editor.model.index(row, 0))
        text = image[rect.top():rect.bottom(), rect.left():rect.right()]
        assert strongest_contrast(text, base) >= 4.5, f"row {row} text is unreadable on the dark background"


@pytest.mark.parametrize("panel_type", [LayerEditor, DataPanel, TrainingPanel])
def test_panel_labels_are_readable_on_the_dark_window(qtbot, dark, panel_type):
    panel = panel_type(ExperimentState(Experiment()))
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    qtbot.waitExposed(panel)
    pixels(panel, f"dark_{panel_type.__name__}")
    labels = [label for label in panel.findChildren(QtWidgets.QLabel) if label.isVisible() and label.text()]
    assert len(labels) >= 2
    for label in labels:
        background = rgb_of(label.palette().color(label.backgroundRole()))
        assert strongest_contrast(pixels(label, "dark_label"), background) >= 4.5, label.text()


def test_loss_curves_and_legend_contrast_with_the_dark_plot(qtbot, dark):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(700, 450)
    plot.show()
    qtbot.waitExposed(plot)
    plot.update_data(unit_steps(200), epoch_snapshot(4, 50))
    pixels(plot, "dark_loss_plot")

    background = rgb_of(plot.loss_view.backgroundBrush().color())
    assert luminance(background) < 0.05
    for curve in (plot.smooth_curve, plot.val_curve, plot.train_acc_curve, plot.val_acc_curve):
        pen_color = curve.opts["pen"].color()
        assert contrast(rgb_of(pen_color), background) >= MIN_CONTRAST, pen_color.name()
    # The legend names the curves in the colours they are drawn in.
    assert plot.smooth_curve.opts["pen"].color().name() in plot.legend.text()


def test_curve_colours_follow_a_palette_change(qtbot, qapp):
    """Built in a light theme, then the desktop turns dark: the curves are recoloured."""
    before = QtGui.QPalette(qapp.palette())
    light = QPalette(QColor("#efefef"))
    light.setColor(QPalette.Base, QColor("#ffffff"))
    qapp.setPalette(light)
    try:
        plot = LossPlot()
        qtbot.addWidget(plot)
        light_background = rgb_of(plot.loss_view.backgroundBrush().color())
        light_pen = plot.smooth_curve.opts["pen"].color()
        assert contrast(rgb_of(light_pen), light_background) >= MIN_CONTRAST

        qapp.setPalette(dark_palette())
        # Qt delivers the palette change to each widget through the event loop.
        qtbot.waitUntil(lambda: luminance(rgb_of(plot.loss_view.backgroundBrush().color())) < 0.05)
        dark_background = rgb_of(plot.loss_view.backgroundBrush().color())
        for curve in (plot.smooth_curve, plot.val_curve):
            pen_color = curve.opts["pen"].color()
            assert contrast(rgb_of(pen_color), dark_background) >= MIN_CONTRAST, pen_color.name()
    finally:
        qapp.setPalette(before)
