"""The main window: composition and wiring only.

Settings panels edit the ExperimentState; the RunControls drive the TrainingRunner; each
RunFrame the runner emits is handed to the plots.  Training logic lives in the runner and the
engine, editing logic in the panels: this module connects them, and owns files, menus, layout
and the few questions it must ask (through replaceable ``ask_*`` functions, so tests never meet
a modal dialog).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QFrame, QMainWindow, QMenu, QMessageBox, QScrollArea,
                               QWidget)

from engine.preset_texts import preset_text
from engine.runs import RunRecord
from engine.spec import Experiment, SpecError
from workbench.exports import Exports
from engine.trainer import Trainer, check_build
from workbench.panels.data_panel import DataPanel
from workbench.panels.diagnosis_banner import DiagnosisBanner, apply_fix, fix_label
from workbench.panels.gradient_check import GradientCheckView
from workbench.panels.layer_editor import LayerEditor
from workbench.panels.run_controls import RunControls, ShortcutsBeforeFields
from workbench.panels.training_panel import TrainingPanel
from workbench.plots.chain_ledger import ChainRuleLedger
from workbench.plots.decision_boundary import BoundaryView
from workbench.plots.distributions import DistributionsView
from workbench.plots.fit_view import FitView
from workbench.plots.gradient_heatmap import GradientHeatmap
from workbench.plots.layer_bars import LayerBars
from workbench.panels.runs_panel import RunsPanel
from workbench.plots.loss_plot import LossPlot
from workbench.plots.network_diagram import NetworkView
from workbench.plots.run_compare import RunCompare
from workbench.plots.run_overlays import LossOverlay
from workbench.plots.step_axis import StepAxisLink
from workbench.presets import DEFAULT_PRESET, load_preset, preset_names
from workbench.runner import RunFrame, RunnerPool, TrainingRunner, built_here, live_change
from workbench.runs_model import Forker, RunHistory
from workbench.problem_notice import ProblemNotice
from workbench.state import ExperimentState
from workbench.sweep_view import SweepView
from workbench.language import LanguageMenu
from workbench.theme import ThemeMenu
from workbench.views import FramePainter, RegisteredView, ViewContext, wanted_pictures

DEFAULT_SIZE = (1400, 900)
LOSS_SHARE = 0.3     # of the window's height, for the loss plot under the heatmap
# Share of the window's width and most pixels of the settings column (left) and the views' (right).
SIDE_SHARES = {Qt.DockWidgetArea.LeftDockWidgetArea: (0.31, 520),
               Qt.DockWidgetArea.RightDockWidgetArea: (0.25, 480)}
MAX_RECENT = 8
Save, Discard, Cancel = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                         QMessageBox.StandardButton.Cancel)

def unsaved_runs_folder(settings: QSettings) -> Path:
    """Where the runs of unsaved experiments are kept: the app's data folder; beside the settings
    file when the window has one of its own (tests, --screenshot, benchmarks), so those never
    touch the user's runs."""
    if settings.format() == QSettings.Format.IniFormat:
        return Path(settings.fileName()).parent / "unsaved-runs"
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "unsaved-runs"


def scrollable(widget: QWidget) -> QScrollArea:
    """Content scrolls instead of being clipped (or forcing the window taller) in a small dock."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


# Problems of a file an experiment names: the panels show them in place, to be fixed there.
FIXABLE_IN_PLACE = ("data.csv_path", "data.val_path", "data.target", "data.features", "data.task")


def build_problem(exp: Experiment) -> str | None:
    """Why ``exp`` cannot be built into a trainer (too big for this computer's memory, weights
    that do not fit...), or None; an experiment that cannot be built never replaces the current
    one.  A problem with its data file is not a reason: the data panel shows it, to be fixed.  A big
    network is not built here (its weights would keep the window waiting): only checked, its weights
    are made by the runner in the background, which reports a problem found then.  Data slow to load
    is not loaded here either (``check_build(..., load_slow_data=False)``): a generated set is checked
    from its shape; a big file's problems are shown by the data panel once read in the background."""
    try:
        check = check_build(exp, load_slow_data=False)
        if built_here(check):
            Trainer(exp, dataset=check.dataset)
    except SpecError as exc:
        return None if exc.path in FIXABLE_IN_PLACE else str(exc)
    except (ValueError, OSError, MemoryError) as exc:    # WeightsError
        return str(exc)
    return None


class MainWindow(QMainWindow):
    def __init__(self, state: ExperimentState | None = None, settings: QSettings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.state = state or ExperimentState(load_preset(DEFAULT_PRESET), parent=self)
        self.runner = TrainingRunner(self)
        # Every run is kept (workbench.runs_model); forks train beside the current run.
        self.runs = RunHistory(unsaved_runs_folder(self.settings), self)
        self.runs.follow(self.runner, primary=True)
        self.pool = RunnerPool(self.runner, parent=self)
        self.pool.runner_added.connect(self.runs.follow)
        self.forker = Forker(self.pool, self.runs, self)
        self._previous = self.state.experiment   # to tell what each edit changed
        self.views: list[RegisteredView] = []
        self.painter = FramePainter(self.views, self)    # hands each frame to the visible views
        self.docks: list[QDockWidget] = []
        # Filled as docks are made (views may register after the menus are built).
        self.view_menu = QMenu(self.tr("&View"), self)
        self._view_menu_docks_end = self.view_menu.addSeparator()

        # Questions, replaceable in tests (each returns the answer without a modal loop there).
        self.ask_open_path = lambda: QFileDialog.getOpenFileName(
            self, self.tr("Open experiment"), self._dialog_folder(), self._file_filter())[0]
        self.ask_save_path = lambda: QFileDialog.getSaveFileName(
            self, self.tr("Save experiment as"), self._dialog_folder(), self._file_filter())[0]
        self.ask_run_folder = lambda: QFileDialog.getExistingDirectory(
            self, self.tr("Open a run folder"), self._dialog_folder())
        self.ask_unsaved = lambda: QMessageBox.question(
            self, self.tr("Backprop Workbench"),
            self.tr("Save the changes to “{name}” first?").format(name=self.state.experiment.name),
            Save | Discard | Cancel, Save)
        self.ask_restart = lambda question: QMessageBox.question(
            self, self.tr("Backprop Workbench"), question) == QMessageBox.StandardButton.Yes
        self.show_error = lambda text: QMessageBox.warning(self, self.tr("Backprop Workbench"), text)
        # Looked up at each call: tests and the screenshot mode replace show_error later.
        self.view_context = ViewContext(self.state, self.runner, lambda text: self.show_error(text))

        self._build_views()
        self.problem_notice = ProblemNotice(self.state, self.runner, [view.widget for view in self.views], self)
        self.controls = RunControls(self.runner, self.state, self)
        self.addToolBar(self.controls.toolbar)
        self.controls.install_status_bar(self.statusBar())
        self._build_menus()
        self.resize(*DEFAULT_SIZE)
        self._size_docks()
        self._default_layout = self.saveState()
        self._restore_layout()
        self._fitted_size = self.size()     # the restored layout fits the restored size as it is
        self._refit_docks = QTimer(self)    # once the layout has taken the new window size
        self._refit_docks.setSingleShot(True)
        self._refit_docks.setInterval(0)
        self._refit_docks.timeout.connect(self._window_resized)

        # Undone when the window closes: a state may outlive it, and its undo stack signals while
        # being destroyed, when the window must not answer from half-deleted objects.
        self._state_connections = [
            self.state.changed.connect(self._experiment_edited),
            self.state.path_changed.connect(self._update_title),
            self.state.undo_stack.cleanChanged.connect(self._update_title),
            self.state.data_checked.connect(self._reset_if_owed),
        ]
        self._reset_owed = False      # a loaded document's untrained network, once its file is read
        self.runner.frame.connect(self._show_frame)
        # Looked up at each failure: tests and the screenshot mode replace show_error after this.
        self.runner.failed.connect(lambda text: self.show_error(text))
        self.banner.fix_requested.connect(self._apply_fix)
        self.runs.show_requested.connect(self._show_frame)
        self.runs.show_requested.connect(self.controls.show_frame)
        self.runs.problem.connect(lambda text: self.show_error(text))
        self.runs_panel.fork_requested.connect(lambda: self.forker.arm(self.runs_panel.fork_action.isChecked()))
        self.forker.armed_changed.connect(self.runs_panel.fork_action.setChecked)
        self.banner.fork_requested.connect(self.forker.arm)
        self.forker.armed_changed.connect(self.banner.fork_button.setChecked)
        self.forker.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.runs_panel.run_again_requested.connect(self.forker.run_again)
        self.runner.state_changed.connect(self.banner.run_state_changed)
        self._document_loaded(self.state.experiment)
        # Start where editing starts, not on the first plot control Qt would pick.
        self.layer_editor.tree.setFocus()

    # ------------------------------------------------------------------ building
    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)    # saveState/restoreState identify docks by object name
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks.append(dock)
        self.view_menu.insertAction(self._view_menu_docks_end, dock.toggleViewAction())
        return dock

    def register_view(self, widget: QWidget, title: str | None = None, name: str | None = None,
                      area: Qt.DockWidgetArea | None = None, *,
                      tab_with: QDockWidget | None = None, scroll: bool = False,
                      split: bool = False) -> QDockWidget | None:
        """Show ``widget`` (a FrameView, see workbench.views) in a dock named ``name`` (how the
        layout is saved) in ``area``, or as the central widget when ``area`` is None, and hand it
        every frame while it is visible.  Returns the dock.

        A dock goes in a tab beside ``tab_with``, by default beside the first view already in
        ``area`` (which stays in front), so new views never squeeze the others at small window
        sizes; ``split=True`` gives it a place of its own in the area instead."""
        dock = None
        if area is None:
            widget.setWindowTitle(title or "")    # its name in texts that point at it (preset descriptions)
            self.setCentralWidget(widget)
        else:
            if tab_with is None and not split:
                tab_with = next((view.dock for view in self.views
                                 if view.dock is not None and self.dockWidgetArea(view.dock) == area), None)
            dock = self._dock(title, name, scrollable(widget) if scroll else widget, area)
            if tab_with is not None:
                self.tabifyDockWidget(tab_with, dock)
                tab_with.raise_()          # the new view joins behind: the layout others know stays in front
        view = RegisteredView(widget, dock)
        self.views.append(view)
        if dock is not None:
            dock.visibilityChanged.connect(lambda shown: self._visibility_changed(view, shown))
        if hasattr(widget, "attach"):
            widget.attach(self.view_context)
        return dock

    def _build_views(self) -> None:
        self.setDockNestingEnabled(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowNestedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        top, bottom = Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        # Side columns run the full height; the loss plot sits under the heatmap only.
        self.setCorner(Qt.Corner.BottomLeftCorner, left)
        self.setCorner(Qt.Corner.BottomRightCorner, right)
        self.layer_editor = LayerEditor(self.state)
        self.data_panel = DataPanel(self.state)
        self.training_panel = TrainingPanel(self.state)
        # One column of tabs: the selected layer's settings need its whole height at 1280x800.
        self.network_dock = self._dock(self.tr("Network"), "network_dock", scrollable(self.layer_editor), left)
        self.data_dock = self._dock(self.tr("Data"), "data_dock", scrollable(self.data_panel), left)
        self.training_dock = self._dock(self.tr("Training"), "training_dock", scrollable(self.training_panel), left)
        self.tabifyDockWidget(self.network_dock, self.data_dock)
        self.tabifyDockWidget(self.data_dock, self.training_dock)
        self.network_dock.raise_()

        # The views of a run: each one registration (workbench.views).
        self.heatmap = GradientHeatmap()   # the signature view: how gradients flow per layer
        self.register_view(self.heatmap, self.tr("Gradient heatmap"))
        self.banner = DiagnosisBanner()
        self.diagnosis_dock = self.register_view(self.banner, self.tr("Diagnosis"), "diagnosis_dock", top)
        self.loss_plot = LossPlot()
        self.loss_dock = self.register_view(self.loss_plot, self.tr("Loss"), "loss_dock", bottom)
        self.boundary_view = BoundaryView()
        self.boundary_dock = self.register_view(self.boundary_view, self.tr("Decision boundary"),
                                                "boundary_dock", right)
        self.layer_bars = LayerBars()
        self.bars_dock = self.register_view(self.layer_bars, self.tr("Per layer"), "bars_dock", right,
                                            split=True)
        self.sweep_dock = self.register_view(SweepView(), self.tr("Sweep"), "sweep_dock", bottom,
                                             tab_with=self.loss_dock)
        self.heatmap.metric_changed.connect(self.layer_bars.set_metric)
        self.step_axes = StepAxisLink([self.heatmap, self.loss_plot], self)
        self.fit_view = FitView()
        self.fit_dock = self.register_view(self.fit_view, self.tr("Fit"), "fit_dock", right,
                                           tab_with=self.boundary_dock)
        self.distributions = DistributionsView()
        self.distributions_dock = self.register_view(self.distributions, self.tr("Distributions"),
                                                     "distributions_dock", bottom,
                                                     tab_with=self.loss_dock)
        self.gradient_check = GradientCheckView()
        self.gradient_check_dock = self.register_view(self.gradient_check, self.tr("Gradient check"),
                                                      "gradient_check_dock", bottom, tab_with=self.loss_dock)
        self.network_view_dock = self.register_view(NetworkView(), self.tr("Network diagram"), "network_view_dock",
                                                    right, tab_with=self.boundary_dock)
        self.ledger_dock = self.register_view(ChainRuleLedger(), self.tr("Chain-rule ledger"), "ledger_dock", right,
                                              tab_with=self.boundary_dock, scroll=True)
        self.loss_overlay = LossOverlay(self.loss_plot, self.runs, self.runner)   # other runs over the loss

        # Runs kept, and two of them compared (workbench.runs_model).
        self.runs_panel = RunsPanel(self.runs)
        self.runs_dock = self._dock(self.tr("Runs"), "runs_dock", self.runs_panel, right)
        self.tabifyDockWidget(self.bars_dock, self.runs_dock)
        self.compare_view = RunCompare(self.runs)
        self.compare_dock = self._dock(self.tr("Compare runs"), "compare_dock", self.compare_view, bottom)
        self.compare_dock.visibilityChanged.connect(self.compare_view.catch_up)
        self.tabifyDockWidget(self.loss_dock, self.compare_dock)
        for front in (self.loss_dock, self.boundary_dock, self.bars_dock):
            front.raise_()

    def _size_docks(self) -> None:
        self._fit_docks_to_window()
        # The right column's two views share its height about equally.
        self.resizeDocks([self.boundary_dock], [round(0.42 * self.height())], Qt.Orientation.Vertical)

    def _fit_docks_to_window(self) -> None:
        """Each side column and the bottom row take their share of the window (SIDE_SHARES,
        LOSS_SHARE): the heatmap, the signature view, keeps the middle."""
        self._fitted_size = self.size()
        for area, (share, most) in SIDE_SHARES.items():
            docks = self._docked_in(area)
            if docks:
                self.resizeDocks(docks, [min(round(share * self.width()), most)] * len(docks),
                                 Qt.Orientation.Horizontal)
        bottom = self._docked_in(Qt.DockWidgetArea.BottomDockWidgetArea)
        if bottom:
            self.resizeDocks(bottom, [round(LOSS_SHARE * self.height())] * len(bottom), Qt.Orientation.Vertical)

    def _docked_in(self, area: Qt.DockWidgetArea) -> list[QDockWidget]:
        """The docks in ``area``, one for each group of tabs (resizing two tabs of one group at once
        leaves a stray tab bar behind)."""
        found: list[QDockWidget] = []
        for dock in self.docks:
            if self.dockWidgetArea(dock) == area and not dock.isFloating() and not dock.isHidden() \
                    and not any(other in found for other in self.tabifiedDockWidgets(dock)):
                found.append(dock)
        return found

    def resizeEvent(self, event) -> None:
        """A window made larger or smaller gives its docks their share of the new size (Qt would
        give all of the change to the centre, and docks shrunk with the window would stay narrow);
        between window resizes the docks keep the sizes the user gives them.  The diagnosis on
        top is as tall as its text."""
        super().resizeEvent(event)
        if self.isVisible():
            self._refit_docks.start()

    def _window_resized(self) -> None:
        if self.size() != self._fitted_size:
            self._fit_docks_to_window()

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        self.new_action = self._menu_action(file_menu, self.tr("&New"), QKeySequence.StandardKey.New,
                                            self.new_experiment, self.tr("Start a new experiment from the default settings."))
        self.open_action = self._menu_action(file_menu, self.tr("&Open…"), QKeySequence.StandardKey.Open,
                                             self.open_experiment, self.tr("Open an experiment saved as JSON."))
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.open_run_action = self._menu_action(
            file_menu, self.tr("Open R&un…"), None, self.open_run_folder,
            self.tr("Open a run folder written by `backprop-workbench run` (or a sweep) to compare it here."))
        self.save_action = self._menu_action(file_menu, self.tr("&Save"), QKeySequence.StandardKey.Save,
                                             self.save_experiment, self.tr("Save the experiment as JSON."))
        self.save_as_action = self._menu_action(file_menu, self.tr("Save &As…"), QKeySequence("Ctrl+Shift+S"),
                                                self.save_experiment_as, self.tr("Save the experiment to a new file."))
        file_menu.addSeparator()
        self.exports = Exports(self)     # File → Export ▸ and Load Initial Weights… (workbench.exports)
        self.exports.add_to(file_menu)
        file_menu.addSeparator()
        self.quit_action = self._menu_action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close,
                                             self.tr("Close the window (asks to save unsaved changes)."))

        edit_menu = menus.addMenu(self.tr("&Edit"))
        self.undo_action = self.state.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.state.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        self._undo_keys = ShortcutsBeforeFields([self.undo_action, self.redo_action], self)

        run_menu = menus.addMenu(self.tr("&Run"))
        run_menu.addActions(self.controls.actions)
        run_menu.addSeparator()
        run_menu.addAction(self.gradient_check.check_action)
        run_menu.addActions([self.runs_panel.fork_action, self.runs_panel.run_again_action])

        presets_menu = menus.addMenu(self.tr("&Presets"))
        self.preset_actions: dict[str, QAction] = {}
        for name in preset_names():
            exp = load_preset(name)
            action = presets_menu.addAction(preset_text(exp.name), lambda n=name: self.open_preset(n))
            action.setToolTip(preset_text(exp.description))
            action.setStatusTip(preset_text(exp.description))
            self.preset_actions[name] = action
        presets_menu.setToolTipsVisible(True)

        view_menu = self.view_menu
        menus.addMenu(view_menu)
        view_menu.insertAction(self._view_menu_docks_end, self.controls.toolbar.toggleViewAction())
        self.reset_layout_action = self._menu_action(view_menu, self.tr("Reset &Layout"), None,
                                                     self.reset_layout, self.tr("Put every panel back where it started."))
        self.compare_layout_action = self._menu_action(
            view_menu, self.tr("&Compare Layout"), None, self.compare_layout,
            self.tr("Make room to compare runs: the loss and Compare docks side by side, the settings docks closed."))


        self.theme_menu = ThemeMenu(self.settings, self)
        view_menu.addMenu(self.theme_menu)
        self.language_menu = LanguageMenu(self.settings, self)
        view_menu.addMenu(self.language_menu)
        self._rebuild_recent_menu()

    def _menu_action(self, menu, text, shortcut, slot, tip) -> QAction:
        action = menu.addAction(text, slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        return action

    # ------------------------------------------------------------------ layout & settings
    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        layout = self.settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(layout, QByteArray):
            self.restoreState(layout)

    def reset_layout(self) -> None:
        self.restoreState(self._default_layout)
        for dock in self.docks:
            dock.show()
        self._size_docks()          # the default layout, at the window's present size

    def compare_layout(self) -> None:
        """Room to compare runs: the Compare dock across the top (over the diagnosis, a tab away),
        the Runs list on the right, the loss overlays below; every other dock closed (View brings
        each back, Reset Layout all)."""
        keep = (self.compare_dock, self.diagnosis_dock, self.runs_dock, self.loss_dock)
        for dock in self.docks:
            if dock not in keep:
                dock.close()
        # Out of the loss dock's tabs first: a tabbed dock cannot join another tab group.
        self.removeDockWidget(self.compare_dock)
        self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.compare_dock)
        self.tabifyDockWidget(self.diagnosis_dock, self.compare_dock)
        for dock in (self.compare_dock, self.runs_dock):
            dock.show()
            dock.raise_()
        self.resizeDocks([self.runs_dock], [self.width() // 3], Qt.Orientation.Horizontal)
        self.resizeDocks([self.compare_dock, self.loss_dock], [self.height() * 2 // 5, self.height() // 3],
                         Qt.Orientation.Vertical)

    def _remember(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        # Still dirty on closing means the user chose Discard: the next start gets what was saved.
        kept = self.state.saved_experiment if self.state.dirty else self.state.experiment
        self.settings.setValue("experiment/last", kept.to_json())
        self.settings.setValue("experiment/path", str(self.state.path) if self.state.path else "")
        self.settings.sync()

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _add_recent(self, path: Path) -> None:
        path = str(Path(path).resolve())
        files = [path] + [p for p in self.recent_files() if p != path]
        self.settings.setValue("recent_files", files[:MAX_RECENT])
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for path in files:
            self.recent_menu.addAction(Path(path).name, lambda p=path: self.open_path(Path(p))).setStatusTip(path)
        self.recent_menu.setEnabled(bool(files))

    def _file_filter(self) -> str:
        return self.tr("Experiments (*.json);;All files (*)")

    def _dialog_folder(self) -> str:
        return str(self.state.path.parent) if self.state.path else str(Path.home())

    # ------------------------------------------------------------------ documents
    def maybe_save(self) -> bool:
        """Before unsaved changes are lost: Save / Discard / Cancel.  True means go ahead."""
        if not self.state.dirty:
            return True
        answer = self.ask_unsaved()
        if answer == Save:
            return self.save_experiment()
        return answer == Discard

    def new_experiment(self) -> None:
        if self.maybe_save():
            self._load(Experiment(), None)

    def open_experiment(self) -> None:
        if not self.maybe_save():
            return
        path = self.ask_open_path()
        if path:
            self.open_path(Path(path), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        try:
            exp = Experiment.load(path)
            refusal = build_problem(exp)
        except SpecError as exc:
            refusal = str(exc)
        if refusal is not None:
            self.show_error(self.tr("Cannot open {path}:\n{problem}").format(path=path, problem=refusal))
            return False
        self._load(exp, Path(path))
        self._add_recent(Path(path))
        return True

    def open_run_folder(self) -> None:
        folder = self.ask_run_folder()
        if folder:
            self.open_run(Path(folder))

    def open_run(self, folder: Path) -> RunRecord | None:
        """Add a run folder to the Runs list, checked, and show it when no run is training; None
        (and a message) when it cannot be read."""
        record = self.runs.open_run(folder)
        if record is not None:
            self.runs.update(record, checked=True, hidden=False)
            if not self.runner.is_active:
                self.runs.show(record)
        return record

    def open_preset(self, name: str) -> None:
        if self.maybe_save():
            self._load(load_preset(name), None)

    def save_experiment(self) -> bool:
        if self.state.path is None:
            return self.save_experiment_as()
        return self._save_to(self.state.path)

    def save_experiment_as(self) -> bool:
        path = self.ask_save_path()
        if not path:
            return False
        path = Path(path)
        return self._save_to(path if path.suffix else path.with_suffix(".json"))

    def _save_to(self, path: Path) -> bool:
        try:
            self.state.save(path)
        except OSError as exc:
            self.show_error(self.tr("Cannot save to {path}: {problem}. Choose another folder.").format(
                path=path, problem=exc.strerror or exc))
            return False
        self.runs.move_to(path)
        self._add_recent(path)
        return True

    def _load(self, exp: Experiment, path: Path | None) -> None:
        self.pool.shutdown()
        self.state.load(exp, path)
        self._document_loaded(exp)

    def _document_loaded(self, exp: Experiment) -> None:
        self.runs.use_folder(self.state.path)
        self.banner.set_experiment(exp, self.state.saved_experiment)
        self._update_title()
        # Show the untrained network (and its boundary) at once; a big data file once it is read.
        self._reset_owed = True
        self._reset_if_owed()

    def _reset_if_owed(self) -> None:
        if not self._reset_owed or self.state.data_pending:
            return
        self._reset_owed = False
        if self.state.error is None:
            self.runner.reset(self.state.experiment)

    def _update_title(self, *_) -> None:
        where = self.state.path.name if self.state.path else self.tr("unsaved")
        self.setWindowTitle(self.tr("{experiment} ({file})[*] — Backprop Workbench").format(
            experiment=self.state.experiment.name, file=where))
        self.setWindowModified(self.state.dirty)

    # ------------------------------------------------------------------ edits during a run
    def _experiment_edited(self, exp: Experiment) -> None:
        self._update_title()
        self.banner.set_experiment(exp, self.state.saved_experiment)
        before, self._previous = self._previous, exp
        if self.forker.take_edit(before, exp):
            return
        if not self.runner.is_active:
            return
        live = live_change(before, exp)
        if live is not None:
            lr, clip = live
            if lr is not None:
                self.runner.set_lr(lr)
            if clip is not None:
                self.runner.set_clip(clip)
        elif self.state.error is None and self.ask_restart(self.tr(
                "This change takes effect when training restarts. Restart the run now from fresh "
                "weights?\n(No keeps the current run going; the change applies to the next Run.)")):
            self.runner.start(exp)

    def _apply_fix(self, key: str) -> None:
        fixed = apply_fix(self.state.experiment, key, self.state.saved_experiment)
        self.state.replace(fixed, self.tr("Fix: {fix}").format(fix=fix_label(key, self.state.experiment, self.state.saved_experiment)))
        if self.runner.state != "running":     # a running run took it live, or was restarted
            self.banner.show_applied(key, fixed)

    # ------------------------------------------------------------------ frames
    def _show_frame(self, frame: RunFrame) -> None:
        self.painter.show(frame)
        self.runner.want_pictures(wanted_pictures(self.views))

    def _visibility_changed(self, view: RegisteredView, shown: bool) -> None:
        self.runner.want_pictures(wanted_pictures(self.views))
        if shown:
            self.painter.catch_up(view)

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.pool.shutdown()
        self._remember()
        for connection in self._state_connections:
            QObject.disconnect(connection)
        self._state_connections.clear()
        self.controls.detach_from_state()
        self.problem_notice.detach()
        self.state.shutdown()
        self.runs.shutdown()
        event.accept()
