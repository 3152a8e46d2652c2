"""The application: QApplication, theme, the main window, and a --screenshot mode for docs and CI.

``backprop-workbench [--preset NAME]`` opens the window on the last experiment (or the preset);
``--screenshot PNG [--preset NAME] [--steps N]`` trains N steps offscreen, saves a picture of the
whole window and exits, touching none of the user's settings.  ``--sweep DIR`` opens a sweep's
folder in the Sweep view; with ``--screenshot`` the picture is of that view alone.
``--open-run DIR`` (repeatable)
opens run folders written by ``backprop-workbench run`` and overlays them; with ``--screenshot``
and no ``--steps`` nothing is trained: the picture compares the runs.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from engine.spec import Experiment, SpecError
from workbench.presets import DEFAULT_PRESET, load_preset, preset_names

APP_NAME = "Backprop Workbench"
ORG_NAME = "backprop-workbench"
DEFAULT_SCREENSHOT_STEPS = 300


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="backprop-workbench",
        description="Learn backpropagation by running it. (`backprop-workbench run ...` trains headless.)")
    parser.add_argument("--preset", metavar="NAME",
                        help="open this bundled experiment, e.g. vanishing_sigmoid")
    parser.add_argument("--screenshot", metavar="PNG", type=Path,
                        help="train offscreen, save a picture of the window to PNG and exit")
    parser.add_argument("--steps", metavar="N", type=int,
                        help=f"with --screenshot: training steps before the picture (default {DEFAULT_SCREENSHOT_STEPS}, "
                             "0 with --open-run)")
    parser.add_argument("--open-run", metavar="DIR", type=Path, action="append", default=[],
                        help="open a run folder written by `backprop-workbench run` and compare it with the others "
                             "given (repeat the option for each run)")
    parser.add_argument("--show", metavar="DOCK", action="append", default=[],
                        help="with --screenshot: bring this dock to the front of its tabs, by title "
                             "(e.g. Distributions); may be repeated")
    parser.add_argument("--sweep", metavar="DIR", type=Path,
                        help="open this sweep folder (backprop-workbench sweep ... --out DIR) in the Sweep view; "
                             "with --screenshot: picture that view")
    parser.add_argument("--lang", choices=("en", "vi"),
                        help="the window's language for this start (default: as chosen in View → Language, "
                             "else the system's)")
    args = parser.parse_args(argv)
    if args.steps is None:
        args.steps = 0 if args.open_run else DEFAULT_SCREENSHOT_STEPS
    if args.steps < 0:
        parser.error("--steps must be 0 or more")
    return args


def run_experiment(folders: list[Path]) -> Experiment | None:
    """The experiment of the last run folder that has a readable one: what the window edits when
    it opens runs."""
    for folder in reversed(folders):
        try:
            return Experiment.load(folder / "experiment.json")
        except SpecError:
            continue
    return None


def last_experiment(settings) -> tuple[Experiment, Path | None] | None:
    """The experiment open when the app last closed, and its file if it still matches it."""
    text = settings.value("experiment/last")
    if not text:
        return None
    try:
        exp = Experiment.from_json(str(text))
    except SpecError:
        return None     # written by another version, or damaged: start from the default instead
    path = Path(str(settings.value("experiment/path") or "")) if settings.value("experiment/path") else None
    try:
        matches_file = path is not None and Experiment.load(path) == exp
    except SpecError:
        matches_file = False
    return exp, path if matches_file else None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.preset is not None and args.preset not in preset_names():
        print(f"backprop-workbench: unknown preset {args.preset!r}. Available presets:", file=sys.stderr)
        for name in preset_names():
            print(f"  {name}", file=sys.stderr)
        return 2
    if args.screenshot is not None and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    # Qt is imported only now, so `--help` and argument errors work without a display.
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workbench.language import chosen_language, install_language
    from workbench.main_window import MainWindow
    from workbench.state import ExperimentState

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    # Fusion follows the system's light/dark colour scheme (Qt 6.5+) and looks alike everywhere.
    app.setStyle("Fusion")

    opened = None if args.preset else run_experiment(args.open_run)
    if args.screenshot is not None:
        with tempfile.TemporaryDirectory() as folder:   # never read or write the user's settings
            settings = QSettings(str(Path(folder) / "screenshot.ini"), QSettings.Format.IniFormat)
            install_language(chosen_language(settings, args.lang))
            state = ExperimentState(opened or load_preset(args.preset or DEFAULT_PRESET))
            window = MainWindow(state, settings)
            if args.sweep is not None:
                return sweep_screenshot(window, args.sweep, args.screenshot)
            return screenshot(window, args.screenshot, args.steps, args.show, args.open_run)

    settings = QSettings()
    install_language(chosen_language(settings, args.lang))
    restored = None if args.preset or opened else last_experiment(settings)
    state = ExperimentState()
    if restored is not None:
        state.load(*restored)
    else:
        state.load(opened or load_preset(args.preset or DEFAULT_PRESET), None)
    window = MainWindow(state, settings)
    window.show()
    if args.sweep is not None:
        show_sweep(window, args.sweep)
    open_runs(window, args.open_run)
    status = app.exec()
    dispose(window)
    return status


def dispose(window) -> None:
    """Delete the window's Qt objects now, while Python and Qt are both alive: left to interpreter
    shutdown, their destruction order is arbitrary and PySide6 can crash on the way out."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_runs(window, folders: list[Path]) -> None:
    """Open run folders in the window, compared: the last one in the views, the first two side by side."""
    if not folders:
        return
    window.compare_layout()
    opened = [record for folder in folders if (record := window.open_run(folder)) is not None]
    window.runs.select(opened[:2])


def screenshot(window, path: Path, steps: int, shown_docks: list[str] = (),
               run_folders: list[Path] = ()) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication

    errors: list[str] = []
    window.show_error = errors.append          # no modal dialog in a batch job
    window.show()
    open_runs(window, list(run_folders))
    titles = {dock.windowTitle(): dock for dock in window.docks}
    for title in shown_docks:
        # A dock's English title works in every language (--lang vi --show Distributions).
        dock = titles.get(title) or titles.get(QCoreApplication.translate("MainWindow", title))
        if dock is None:
            errors.append(f"--show: no dock titled {title!r}; docks: {', '.join(titles)}")
        else:
            dock.raise_()
    if steps:
        loop = QEventLoop()
        window.runner.finished.connect(loop.quit)
        window.runner.failed.connect(lambda _: loop.quit())
        if window.runner.start(window.state.experiment, max_steps=steps):
            loop.exec()
    QApplication.processEvents()               # let the last frame render
    saved = window.grab().save(str(path), "PNG")
    window.close()
    dispose(window)
    for message in errors:
        print(f"backprop-workbench: {message}", file=sys.stderr)
    if not saved:
        print(f"backprop-workbench: could not write the screenshot to {path}", file=sys.stderr)
    return 0 if saved and not errors else 1


SWEEP_SCREENSHOT_SIZE = (1400, 560)


def show_sweep(window, folder: Path) -> bool:
    """Open a sweep folder in the window's Sweep view and bring the view to the front."""
    window.sweep_dock.raise_()
    opened = window.sweep_dock.widget().open_folder(folder)
    if not opened:
        window.show_error(window.sweep_dock.widget().status.text())
    return opened


def sweep_screenshot(window, folder: Path, path: Path) -> int:
    """Save a picture of the Sweep view showing ``folder`` (floated out of the window, at a size
    that fits its controls, heatmap and table side by side)."""
    from PySide6.QtWidgets import QApplication

    errors: list[str] = []
    window.show_error = errors.append
    window.show()
    saved = False
    if show_sweep(window, folder):
        dock = window.sweep_dock
        dock.setFloating(True)
        dock.resize(*SWEEP_SCREENSHOT_SIZE)
        QApplication.processEvents()
        saved = dock.grab().save(str(path), "PNG")
        if not saved:
            errors.append(f"could not write the screenshot to {path}")
    window.close()
    dispose(window)
    for message in errors:
        print(f"backprop-workbench: {message}", file=sys.stderr)
    return 0 if saved and not errors else 1
