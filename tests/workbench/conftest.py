"""Shared GUI test fixtures: headless Qt, and a guard that fails any test leaking widgets, threads,
running timers or child processes.

Register every top-level widget a test builds with ``qtbot.addWidget(w)``: pytest-qt closes and
deletes those before fixtures are torn down, so what the guard still finds afterwards was leaked
(kept alive by a global, a signal connection, a missing parent...).
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import weakref

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")   # before any Qt module loads

import pytest
import shiboken6
from PySide6 import QtCore, QtWidgets

# How long a thread or child process that was told to stop may take to actually finish.  A bounded join, not a
# sleep: it returns as soon as the thread ends, and only a thread still running after it fails.
THREAD_EXIT_GRACE_S = 2.0

_started_qthreads: "weakref.WeakSet[QtCore.QThread]" = weakref.WeakSet()

# Threads a library keeps for the whole process, started on first use and reused afterwards: not
# a test's to answer for.  Dask's distributed has one "Dask-Offload" thread per process, shared by
# every client and cluster (the sweep executor closes its own cluster and client).
PROCESS_WIDE_THREADS = ("Dask-Offload",)


@pytest.fixture(scope="session", autouse=True)
def _record_started_qthreads():
    """Qt offers no list of running QThreads, so note every one started from Python."""
    original_start = QtCore.QThread.start

    def recording_start(thread, *args, **kwargs):
        _started_qthreads.add(thread)
        return original_start(thread, *args, **kwargs)

    QtCore.QThread.start = recording_start
    yield
    QtCore.QThread.start = original_start


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the item so the leak guard can tell a failed test."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def _delete_garbage(app: QtWidgets.QApplication) -> None:
    """Run Python's cycle collector and Qt's pending deleteLater()s until both are done."""
    for _ in range(3):
        gc.collect()
        app.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
        app.processEvents()


def _live_qtimers() -> list[QtCore.QTimer]:
    """Every QTimer that Python holds a wrapper of (Qt offers no list of timers)."""
    return [obj for obj in gc.get_objects() if isinstance(obj, QtCore.QTimer) and shiboken6.isValid(obj)]


def _describe_timer(timer: QtCore.QTimer) -> str:
    parent = timer.parent()
    owner = f"child of {type(parent).__name__}" if parent is not None else "no parent"
    return f"QTimer {timer.objectName()!r} ({timer.interval()} ms, {owner})"


def _describe(widget: QtWidgets.QWidget) -> str:
    timers = [t for t in widget.findChildren(QtCore.QTimer) if t.isActive()]
    state = "visible" if widget.isVisible() else "hidden"
    timer_note = f", {len(timers)} running QTimer(s)" if timers else ""
    return f"{type(widget).__name__} {widget.objectName()!r} ({state}{timer_note})"


@pytest.fixture(autouse=True)
def fail_on_leaks(qapp, request):
    """Fail the test if it leaves behind a top-level widget, a Python thread, a running QThread,
    an active QTimer or a child process (the training runner's).

    Skipped for a test that already failed: its traceback keeps its widgets alive, and one
    error is enough.
    """
    # Hold the wrappers (not ids, which Python may reuse) so identity comparison stays exact.
    widgets_before = QtWidgets.QApplication.topLevelWidgets()
    threads_before = set(threading.enumerate())
    # Weak, so timers that die during the test are not kept alive by the guard.  Timers from
    # before the test (pytest-qt's, a session fixture's) are not this test's to answer for.
    timers_before = weakref.WeakSet(_live_qtimers())
    children_before = set(multiprocessing.active_children())
    yield
    call_report = getattr(request.node, "report_call", None)
    if call_report is None or call_report.failed:
        return
    # pytest-qt has closed and deleteLater()'d the qtbot-registered widgets by now.
    _delete_garbage(qapp)
    problems = [
        f"top-level widget left alive: {_describe(w)}"
        for w in QtWidgets.QApplication.topLevelWidgets()
        # Windows with a parent (popups, dialogs) are owned and freed by it.
        if w.parent() is None and not any(w is old for old in widgets_before)
    ]
    for timer in _live_qtimers():
        if timer not in timers_before and timer.isActive():
            problems.append(f"active timer left running: {_describe_timer(timer)}")
            timer.stop()     # reported; do not let it fire into later tests
    for thread in set(threading.enumerate()) - threads_before:
        if isinstance(thread, threading._DummyThread):   # a foreign (Qt) thread seen from Python
            continue
        if thread.name.startswith(PROCESS_WIDE_THREADS):
            continue
        thread.join(THREAD_EXIT_GRACE_S)
        if thread.is_alive():
            problems.append(f"Python thread still running: {thread.name}")
    for qthread in list(_started_qthreads):
        if qthread.isRunning() and not qthread.wait(int(THREAD_EXIT_GRACE_S * 1000)):
            problems.append(f"QThread still running: {type(qthread).__name__}")
    for child in set(multiprocessing.active_children()) - children_before:
        child.join(THREAD_EXIT_GRACE_S)
        if child.is_alive():
            problems.append(f"child process still running: {child.name} (pid {child.pid})")
            child.kill()     # reported; do not let it outlive the session or fail later tests
            child.join()
    pool = QtCore.QThreadPool.globalInstance()
    if not pool.waitForDone(int(THREAD_EXIT_GRACE_S * 1000)):
        problems.append(f"{pool.activeThreadCount()} QThreadPool task(s) still running")
    if problems:
        pytest.fail("the test leaked:\n  " + "\n  ".join(problems), pytrace=False)


@pytest.fixture
def make_main_window(qtbot, tmp_path):
    """Builds shown, active main windows on an experiment, with settings in ``tmp_path`` and errors
    collected in ``window.errors``; a factory, so no fixture value keeps a window alive past its test."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from workbench.main_window import MainWindow
    from workbench.state import ExperimentState

    windows = []

    def make(experiment):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ExperimentState(experiment), settings)
        qtbot.addWidget(window)
        window.errors = []
        window.show_error = window.errors.append
        window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
        window.show()
        window.activateWindow()            # shortcuts reach the active window only
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard   # a test may have changed it
        window.runner.shutdown()
    windows.clear()


@pytest.fixture
def held_builds(monkeypatch):
    """Background jobs' results (``workbench.runner.BackgroundCall``: a big network's build, a big
    file's read) wait unread while held (at first, and after the returned function is called with
    True), so a test can act during a job however fast the job is.  Windows must be made after this
    fixture."""
    from workbench.runner import BackgroundCall

    held = [True]
    real = BackgroundCall._poll
    monkeypatch.setattr(BackgroundCall, "_poll", lambda call: None if held[0] else real(call))
    return lambda hold: held.__setitem__(0, hold)


@pytest.fixture
def runner(qtbot):
    """A bare TrainingRunner, shut down after the test."""
    from workbench.runner import TrainingRunner

    runner = TrainingRunner()
    yield runner
    runner.shutdown()
    runner.deleteLater()
