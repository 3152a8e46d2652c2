"""The window at common screen sizes: the selected layer's settings and the whole diagnosis in view
without scrolling, no overlapping tick labels, docks that keep their share of the window, and new
views that join a tab instead of squeezing the others."""
from __future__ import annotations

import itertools

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QScrollArea, QTabBar, QWidget

from engine.spec import DenseSpec, InitSpec
from workbench.main_window import MainWindow
from workbench.presets import DEFAULT_PRESET, load_preset
from workbench.state import ExperimentState

SIZES = [(1280, 800), (1400, 900), (1920, 1080)]


def sized_window(qtbot, make_main_window, size, experiment=None):
    window = make_main_window(experiment or load_preset(DEFAULT_PRESET))
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size and window._fitted_size == window.size())
    return window


def widest_layer_experiment():
    """The default preset whose last layer shows the most settings: slope, initialiser, gain, fan mode."""
    exp = load_preset(DEFAULT_PRESET)
    last = DenseSpec(units=16, activation="leaky_relu", slope=0.1, init=InitSpec("he_normal"))
    return exp.replace(layers=exp.layers[:-1] + (last,))


def outside(widget: QWidget, frame: QWidget) -> bool:
    top_left = widget.mapTo(frame, QPoint(0, 0))
    return not frame.rect().contains(QRect(top_left, widget.size()))


def tick_label_overlaps(window) -> list[str]:
    """Pairs of tick labels of one axis whose text rectangles overlap, on every axis in view."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    found = []
    try:
        for plot_widget in window.findChildren(pg.PlotWidget) + window.findChildren(pg.GraphicsLayoutWidget):
            if not plot_widget.isVisible():
                continue
            for axis in plot_widget.scene().items():
                if not isinstance(axis, pg.AxisItem) or not axis.isVisible() or not axis.style["showValues"]:
                    continue
                _axis, _ticks, texts = axis.generateDrawSpecs(painter)
                for (a, _, text_a), (b, _, text_b) in itertools.combinations(texts, 2):
                    overlap = a.intersected(b)
                    if overlap.width() > 1 and overlap.height() > 1:
                        found.append(f"{axis.orientation} axis: {text_a!r} overlaps {text_b!r}")
    finally:
        painter.end()
    return found


@pytest.mark.parametrize("size", SIZES)
def test_the_selected_layers_settings_fit_without_scrolling(qtbot, make_main_window, size):
    window = sized_window(qtbot, make_main_window, size, widest_layer_experiment())
    editor = window.layer_editor
    editor.select((len(window.state.experiment.layers) - 1,))
    qtbot.waitUntil(lambda: editor.slope.isVisible())
    area = editor.parent().parent()
    assert isinstance(area, QScrollArea)

    def assert_all_in_view():
        qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0)
        shown = [w for w in editor.inspector.findChildren(QWidget) if w.isVisible() and w.parent() is editor.inspector
                 or w.isVisible() and w.parent() and w.parent().parent() is editor.inspector]
        for name in ("type_combo", "units", "activation", "apply_activation", "slope", "init", "apply_init", "gain",
                     "mode"):
            assert getattr(editor, name) in shown or getattr(editor, name).isVisible(), name
        hidden = [type(w).__name__ for w in shown if outside(w, area.viewport())]
        assert hidden == []
        # Nothing clipped on the right either (the compare view's two heatmaps once squeezed the column
        # to 272 px at 1280x800, the settings behind a horizontal scroll bar).
        assert area.horizontalScrollBar().maximum() == 0

    assert_all_in_view()
    # After a step the diagnosis above shows its sentence and fixes: taller, it takes height from the column.
    qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.banner.verdict == "vanishing" and window.runner.state == "paused", timeout=20000)
    window.runner.stop()
    qtbot.waitUntil(lambda: not window.runner.is_active, timeout=10000)
    assert_all_in_view()


@pytest.mark.parametrize("size", SIZES)
def test_the_whole_diagnosis_shows_with_its_fixes_and_notice(qtbot, make_main_window, size):
    window = sized_window(qtbot, make_main_window, size)
    banner = window.banner
    qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: banner.verdict == "vanishing" and window.runner.state == "paused", timeout=20000)
    window.runner.stop()
    qtbot.waitUntil(lambda: not window.runner.is_active, timeout=10000)
    qtbot.mouseClick(banner.fix_buttons["relu_he"], Qt.MouseButton.LeftButton)   # the notice appears
    assert banner.applied.isVisible()
    assert not any(isinstance(parent, QAbstractScrollArea) for parent in _ancestors(banner))
    qtbot.waitUntil(lambda: banner.height() >= banner.heightForWidth(banner.width()))
    parts = [banner.verdict_chip, banner.explanation, banner.message, banner.applied, banner.description,
             banner.fork_button, *(button for button in banner.fix_buttons.values() if button.isVisible())]
    assert [type(part).__name__ for part in parts if outside(part, banner)] == []
    assert not outside(banner, window.diagnosis_dock)           # and the dock shows all of the banner
    for label in (banner.explanation, banner.message, banner.applied):   # every wrapped line in view
        assert label.height() >= label.heightForWidth(label.width())


def _ancestors(widget):
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def cut_axis_labels(window) -> list[str]:
    """Axis titles ("loss", "accuracy") whose text reaches past the edge of their plot, on every plot in view
    (a plot in a dock behind another tab is "visible" to Qt, but no part of it is on screen)."""
    found = []
    for plot_widget in window.findChildren(pg.PlotWidget):
        if plot_widget.viewport().visibleRegion().isEmpty():
            continue
        for axis in plot_widget.scene().items():
            if isinstance(axis, pg.AxisItem) and axis.isVisible() and axis.label.isVisible():
                margin = axis.label.document().documentMargin()     # blank space around the text
                text = axis.label.mapRectToScene(axis.label.boundingRect().adjusted(margin, margin, -margin, -margin))
                if not plot_widget.viewport().rect().contains(plot_widget.mapFromScene(text).boundingRect()):
                    found.append(axis.labelText)
    return found


@pytest.mark.parametrize("size", SIZES)
def test_no_tick_labels_overlap_and_no_axis_title_is_cut(qtbot, make_main_window, size):
    window = sized_window(qtbot, make_main_window, size)
    with qtbot.waitSignal(window.runner.finished, timeout=60000):
        window.runner.start(window.state.experiment, max_steps=60)
    qtbot.waitUntil(lambda: window.layer_bars.isVisible() and window.loss_plot.accuracy_view.isVisible())
    assert tick_label_overlaps(window) == []
    assert cut_axis_labels(window) == []


def test_docks_shrunk_with_the_window_grow_back_with_it(qtbot, make_main_window):
    window = sized_window(qtbot, make_main_window, (1280, 800))
    window.resize(900, 640)
    qtbot.waitUntil(lambda: window._fitted_size == window.size())
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window._fitted_size == window.size())
    # the rule: 31% of the width for the settings column, at most 520 px; 25% (at most 480) for the
    # views on the right; 30% of the height for the loss plot
    # the loss plot shares its slot with the tabs of the views tabbed with it (Gradient check)
    tab_bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible()
                and "Loss" in [bar.tabText(i) for i in range(bar.count())]]
    tabs = min(bar.height() for bar in tab_bars) if tab_bars else 0
    expected = {window.network_dock.width: min(round(0.31 * 1920), 520), window.boundary_dock.width: 480,
                lambda: window.loss_dock.height() + tabs: round(0.3 * 1080)}
    assert list(expected.values()) == [520, 480, 324]
    qtbot.waitUntil(lambda: all(size() == value for size, value in expected.items()))   # laid out lazily


class Extra(QLabel):
    def show_frame(self, frame):
        self.setText(str(frame.step))


class WindowWithAnotherView(MainWindow):
    """A view added in one line, as another engineer adds theirs: no tab_with given."""

    def _build_views(self) -> None:
        super()._build_views()
        self.extra_dock = self.register_view(Extra(), "Extra", "extra_dock", Qt.DockWidgetArea.RightDockWidgetArea)


def test_a_new_view_joins_a_tab_of_its_area_and_leaves_the_first_in_front(qtbot, tmp_path):
    plain = MainWindow(ExperimentState(load_preset(DEFAULT_PRESET)), QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat))
    extended = WindowWithAnotherView(ExperimentState(load_preset(DEFAULT_PRESET)),
                                     QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat))
    try:
        for window in (plain, extended):
            qtbot.addWidget(window)
            window.resize(1280, 800)
            window.show()
            qtbot.waitExposed(window)
        dock = extended.extra_dock
        assert extended.boundary_dock in extended.tabifiedDockWidgets(dock)
        tabs = next(bar for bar in extended.findChildren(QTabBar) if bar.isVisible()
                    and "Extra" in [bar.tabText(i) for i in range(bar.count())])
        assert [tabs.tabText(i) for i in range(tabs.count())][0] == "Decision boundary"
        assert tabs.tabText(tabs.currentIndex()) == "Decision boundary"     # the first view stays in front
        # nothing squeezed: the right column as wide as without the new view
        assert extended.boundary_dock.width() == plain.boundary_dock.width()
        assert extended.bars_dock.width() == plain.bars_dock.width()
    finally:
        for window in (plain, extended):
            window.runner.shutdown()
