"""File → Export and File → Load Initial Weights…: thin calls into the engine.

Everything written is computed by Qt-free engine code (``engine.export``, ``engine.weight_layouts``,
``engine.tables``, ``engine.report``) except the plot images, which pyqtgraph's own exporters
(``ImageExporter`` for PNG, ``SVGExporter`` for SVG) draw from the plots on screen.  Every file is
written atomically.  The questions are replaceable ``ask_*`` functions, as in the main window, so
tests drive the menu without a modal dialog.
"""
from __future__ import annotations

import math
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtGui import QAction, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QMenu, QMainWindow

from engine.export import export_code
from engine.report import render_html, report_from_history, report_summary
from engine.spec import Experiment, atomic_write, atomic_write_text
from engine.tables import epochs_csv, heatmap_csv, steps_csv
from engine.trainer import Trainer, check_build
from engine.weight_layouts import ENGINE, PYTORCH
from workbench.runner import BackgroundCall, RunFrame, built_here
from workbench.training_process import UntrainedNetwork, untrained_network

CSV_FILTER = QT_TRANSLATE_NOOP("Exports", "CSV files (*.csv)")
WEIGHTS_FILTER = QT_TRANSLATE_NOOP("Exports", "Weights (*.npz)")
IMAGE_FILTER = QT_TRANSLATE_NOOP("Exports", "PNG image (*.png);;SVG image (*.svg)")
HTML_FILTER = QT_TRANSLATE_NOOP("Exports", "HTML page (*.html)")
STATUS_MS = 6000


def with_suffix(path: str, suffix: str, allowed: tuple[str, ...] = ()) -> Path:
    """``path`` with ``suffix`` added unless it already ends in it (or in one of ``allowed``)."""
    path = Path(path)
    return path if path.suffix.lower() in (suffix, *allowed) else path.with_name(path.name + suffix)


def plot_bytes(widget: pg.PlotWidget, svg: bool) -> bytes:
    """The plot as SVG text or PNG bytes, drawn by pyqtgraph's exporters at its size on screen."""
    item = widget.getPlotItem()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if svg:
        try:
            return pyqtgraph.exporters.SVGExporter(item).export(toBytes=True)
        except ValueError:
            # pyqtgraph's SVG exporter cannot parse the path data some Qt 6 versions write for
            # curves (pyqtgraph issue #3485): let Qt's own SVG generator draw the widget instead.
            generator = QSvgGenerator()
            generator.setOutputDevice(buffer)
            generator.setSize(widget.size())
            generator.setViewBox(widget.rect())
            generator.setTitle(widget.windowTitle() or "backprop-workbench plot")
            painter = QPainter(generator)
            widget.render(painter)
            painter.end()
    else:
        pyqtgraph.exporters.ImageExporter(item).export(toBytes=True).save(buffer, "PNG")
    buffer.close()
    return bytes(data)


class Exports(QObject):
    """The File → Export submenu and File → Load Initial Weights… of a main window."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.frame: RunFrame | None = None           # the newest frame: what metrics and the report hold
        window.runner.frame.connect(self._keep_frame)
        # A big network's initial weights are checked away from the GUI thread; the runner's child, so
        # closing the window (or opening another experiment) cancels the check.
        self._weights_check = BackgroundCall(window.runner)
        self._weights_check.done.connect(self._initial_weights_checked)
        self._weights_check.failed.connect(self._initial_weights_check_failed)
        self._weights_checked_for: tuple[Experiment, str] | None = None

        # Questions, replaceable in tests: each returns a path, or "" when cancelled.
        self.ask_folder = lambda title: QFileDialog.getExistingDirectory(window, title, self._folder())
        self.ask_save_path = lambda title, filters: QFileDialog.getSaveFileName(
            window, title, self._folder(), filters)[0]
        self.ask_open_path = lambda title, filters: QFileDialog.getOpenFileName(
            window, title, self._folder(), filters)[0]

        self.menu = QMenu(self.tr("&Export"), window)
        self.numpy_code_action = self._action(
            self.tr("Experiment as &NumPy Code…"), lambda: self.export_code("numpy"),
            self.tr("Write train.py in plain NumPy (its own forward and backward passes), the data and the "
                    "initial weights into a folder; it trains to the same losses as the app."))
        self.pytorch_code_action = self._action(
            self.tr("Experiment as &PyTorch Code…"), lambda: self.export_code("pytorch"),
            self.tr("Write train.py in PyTorch (nn.Module, torch.optim), the data and the initial weights "
                    "into a folder; it trains to the same losses as the app."))
        self.menu.addSeparator()
        self.engine_weights_action = self._action(
            self.tr("&Weights (engine layout)…"), lambda: self.export_weights(ENGINE),
            self.tr("Save the network's weights as .npz with the app's names (dense1.W, (in, out)), "
                    "before a run, paused or after it."))
        self.pytorch_weights_action = self._action(
            self.tr("Weights (PyTorch &layout)…"), lambda: self.export_weights(PYTORCH),
            self.tr("Save the network's weights as .npz with PyTorch state_dict names (0.weight, (out, in))."))
        self.menu.addSeparator()
        self.step_metrics_action = self._action(
            self.tr("&Metrics per Step (CSV)…"), self.export_step_metrics,
            self.tr("Loss, gradient norm, learning rate and every layer's probes, one row per step."))
        self.epoch_metrics_action = self._action(
            self.tr("Metrics per &Epoch (CSV)…"), self.export_epoch_metrics,
            self.tr("Training and validation loss and accuracy, one row per epoch."))
        self.heatmap_action = self._action(
            self.tr("&Heatmap Values (CSV)…"), self.export_heatmap,
            self.tr("The gradient heatmap's numbers: one row per step, one column per layer."))
        self.plots_menu = self.menu.addMenu(self.tr("Plot as PNG or S&VG"))
        self.plots_menu.aboutToShow.connect(self._fill_plots_menu)
        self.menu.addSeparator()
        self.report_action = self._action(
            self.tr("HTML &Report…"), self.export_report,
            self.tr("One self-contained page with the settings, the diagnosis, the plots and the final figures."))
        self.load_weights_action = QAction(self.tr("Load &Initial Weights…"), window)
        self.load_weights_action.setStatusTip(self.tr(
            "Start training from weights in a .npz file, in the app's layout or PyTorch's state_dict layout."))
        self.load_weights_action.triggered.connect(self.load_initial_weights)

    def add_to(self, file_menu: QMenu) -> None:
        file_menu.addMenu(self.menu)
        file_menu.addAction(self.load_weights_action)

    def _action(self, text: str, slot, tip: str) -> QAction:
        action = self.menu.addAction(text, slot)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        return action

    def _folder(self) -> str:
        path = self.window.state.path
        return str(path.parent) if path else str(Path.home())

    def _keep_frame(self, frame: RunFrame) -> None:
        self.frame = frame

    def _done(self, path: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Wrote {0}").format(path), STATUS_MS)

    def _fail(self, what: str, exc: Exception) -> None:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        self.window.show_error(self.tr("Cannot export {0}: {1}").format(what, detail))

    def _frame_or_explain(self) -> RunFrame | None:
        if self.frame is None or not len(self.frame.steps.get("step", ())):
            self.window.show_error(self.tr("There is nothing to export yet: run the experiment (F5) first."))
            return None
        return self.frame

    # ------------------------------------------------------------------ code and weights
    def export_code(self, fmt: str) -> None:
        state = self.window.state
        if state.error is not None:
            self.window.show_error(self.tr("Fix the experiment first: {0}").format(state.error))
            return
        folder = self.ask_folder(self.tr("Export as {0} code into folder").format(
            "NumPy" if fmt == "numpy" else "PyTorch"))
        if not folder:
            return
        try:
            script = export_code(state.experiment, folder, fmt)
        except (ValueError, OSError) as exc:      # SpecError, DatasetError, WeightsError, ExportError
            self._fail(self.tr("the code"), exc)
            return
        self._done(script)

    def export_weights(self, layout: str) -> None:
        path = self.ask_save_path(self.tr("Export weights ({0} layout)").format(
            self.tr("engine") if layout == ENGINE else "PyTorch"), self.tr(WEIGHTS_FILTER))
        if not path:
            return
        path = with_suffix(path, ".npz")
        try:
            written = self.window.runner.save_weights(path, layout)
        except OSError as exc:
            self._fail(self.tr("the weights"), exc)
            return
        if not written:
            self.window.show_error(self.tr(
                "The weights change at every step while the run trains: pause it (Space) or let it finish, "
                "then export them."))
            return
        self._done(path)

    def load_initial_weights(self) -> None:
        path = self.ask_open_path(self.tr("Load initial weights"), self.tr(WEIGHTS_FILTER))
        if path:
            self._check_initial_weights(str(path))

    def _check_initial_weights(self, path: str) -> None:
        """Use the weights file once the network was built with it (which reads and checks it: names,
        shapes, layout): here at once, or for a big network or big data in a background process
        (the edit follows when it is done)."""
        base = self.window.state.experiment
        changed = base.replace(initial_weights=path)
        try:
            check = check_build(changed, load_slow_data=False)
            if built_here(check):
                Trainer(changed, dataset=check.dataset, probes=False)
                self._use_initial_weights(changed, path)
                return
        except (ValueError, OSError, MemoryError) as exc:
            self._refuse_initial_weights(path, str(exc))
            return
        self._weights_checked_for = (base, path)
        self._weights_check.start(untrained_network, changed, ())
        self.window.statusBar().showMessage(self.tr("Checking the initial weights {0}…").format(path))

    def _initial_weights_checked(self, untrained: UntrainedNetwork) -> None:
        base, path = self._weights_checked_for
        if self.window.state.experiment != base:     # edited meanwhile: check them against the edited one
            self._check_initial_weights(path)
        elif untrained.problem is not None:
            self._refuse_initial_weights(path, untrained.problem)
        else:
            self._use_initial_weights(base.replace(initial_weights=path), path)

    def _initial_weights_check_failed(self, problem: str) -> None:
        self._refuse_initial_weights(self._weights_checked_for[1], problem)

    def _use_initial_weights(self, changed: Experiment, path: str) -> None:
        self.window.state.replace(changed, self.tr("Load initial weights"))
        self.window.statusBar().showMessage(self.tr("Initial weights: {0}").format(path), STATUS_MS)

    def _refuse_initial_weights(self, path: str, problem: str) -> None:
        self.window.statusBar().clearMessage()
        self.window.show_error(self.tr("Cannot use {0} as initial weights:\n{1}").format(path, problem))

    # ------------------------------------------------------------------ data and figures
    def _write_text(self, title: str, suffix: str, filters: str, text_of) -> None:
        frame = self._frame_or_explain()
        if frame is None:
            return
        path = self.ask_save_path(title, filters)
        if not path:
            return
        path = with_suffix(path, suffix, (".htm",) if suffix == ".html" else ())
        try:
            atomic_write_text(path, text_of(frame))
        except OSError as exc:
            self._fail(path.name, exc)
            return
        self._done(path)

    def export_step_metrics(self) -> None:
        self._write_text(self.tr("Export metrics per step"), ".csv", self.tr(CSV_FILTER),
                         lambda frame: steps_csv(frame.steps, frame.layer_names))

    def export_epoch_metrics(self) -> None:
        self._write_text(self.tr("Export metrics per epoch"), ".csv", self.tr(CSV_FILTER), lambda frame: epochs_csv(frame.epochs))

    def export_heatmap(self) -> None:
        self._write_text(self.tr("Export heatmap values"), ".csv", self.tr(CSV_FILTER),
                         lambda frame: heatmap_csv(frame.steps, frame.layer_names, self.window.heatmap.metric))

    def export_report(self) -> None:
        self._write_text(self.tr("Export HTML report"), ".html", self.tr(HTML_FILTER), self.report_html)

    @staticmethod
    def report_html(frame: RunFrame) -> str:
        """The report of the run on screen; its final figures are those of the last completed epoch."""
        epochs = frame.epochs
        last = {name: float(column[-1]) for name, column in epochs.items()} if len(epochs.get("step", ())) else {}
        finals = (last.get(name, math.nan) for name in ("train_loss", "val_loss", "train_acc", "val_acc"))
        summary = report_summary(frame.status, frame.step, frame.epoch, *finals, frame.diagnosis)
        return render_html(report_from_history(frame.experiment, frame.steps, frame.epochs, frame.layer_names,
                                               summary))

    def plots(self) -> list[tuple[str, pg.PlotWidget]]:
        """Every plot of the window's views, with a distinct name for the menu: the view's title,
        and for a view of several plots each plot's title or y label (or its number)."""
        found, seen = [], set()
        for view in self.window.views:
            widgets = ([view.widget] if isinstance(view.widget, pg.PlotWidget) else []) + \
                view.widget.findChildren(pg.PlotWidget)
            title = view.dock.windowTitle() if view.dock is not None else self.tr("Gradient heatmap")
            for number, widget in enumerate(widgets, start=1):
                item = widget.getPlotItem()
                label = item.titleLabel.text or item.getAxis("left").labelText
                name = title if len(widgets) == 1 else self.tr("{0}: {1}").format(title, label) if label \
                    else self.tr("{0} ({1})").format(title, number)
                if name in seen:
                    name = self.tr("{0} ({1})").format(name, number)
                seen.add(name)
                found.append((name, widget))
        return found

    def _fill_plots_menu(self) -> None:
        self.plots_menu.clear()
        for title, widget in self.plots():
            self.plots_menu.addAction(self.tr("{0}…").format(title),
                                      lambda t=title, w=widget: self.export_plot(t, w))

    def export_plot(self, title: str, widget: pg.PlotWidget) -> None:
        path = self.ask_save_path(self.tr("Export “{0}” as PNG or SVG").format(title), self.tr(IMAGE_FILTER))
        if not path:
            return
        path = with_suffix(path, ".png", (".svg",))
        try:
            data = plot_bytes(widget, svg=path.suffix.lower() == ".svg")
            atomic_write(path, lambda f: f.write(data))
        except OSError as exc:
            self._fail(path.name, exc)
            return
        self._done(path)
