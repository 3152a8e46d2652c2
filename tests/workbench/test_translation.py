"""The window in Vietnamese: every text translated, nothing clipped, the language chosen and remembered.

The untranslated-text test builds the window twice, in English and in Vietnamese, walks both widget
trees in step and fails on any user-visible text that reads the same in both, unless every word of
it is on the explicit allow-list (proper names, registry identifiers the JSON and exported code use,
layer names, symbols).
"""
from __future__ import annotations

import contextlib
import re
from collections import Counter

import pytest
import pyqtgraph as pg
from pytestqt.exceptions import TimeoutError as WaitTimeout
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit, QMenu, QPushButton,
                               QSizePolicy, QTableWidget, QTabBar, QWidget)

import engine.i18n
from engine.spec import (ACTIVATIONS, CLASSIFICATION_SETS, DTYPES, FAN_MODES, INITIALIZERS, LOSSES, OPTIMIZERS,
                         REGRESSION_SETS, SCHEDULES)
from workbench import language
from workbench.presets import load_preset, preset_names

# Words that read the same in both languages: names, the identifiers of the experiment file (shown
# in combo boxes exactly as the JSON and the exported code spell them), units and symbols.
IDENTIFIERS = {*ACTIVATIONS, *INITIALIZERS, *LOSSES, *OPTIMIZERS, *SCHEDULES, *DTYPES, *FAN_MODES,
               *CLASSIFICATION_SETS, *REGRESSION_SETS, "csv"}
PROPER_NAMES = {
    "relu", "leaky", "adam", "adamw", "xavier", "glorot", "he", "kaiming", "lecun", "mse", "sgd", "rmsprop",
    "adagrad", "dense", "batchnorm", "dropout", "pytorch", "numpy", "html", "png", "svg", "json", "backprop",
    "workbench", "english", "tiếng", "việt", "space", "ctrl", "shift", "f", "dl", "dh", "dw", "db", "dz", "da",
    "x", "y", "z", "h", "w", "b", "a", "t", "e", "epoch", "eps", "lr", "gain", "seed", "gamma", "alpha",
    "betas", "nesterov", "amsgrad", "max", "min", "std", "fan", "in", "out", "output", "input", "gradient",
    "batch", "sigmoid", "tanh", "softmax", "nan", "inf", "eta", "bias",
}
WORD = re.compile(r"[^\W\d_₀-₉]+")     # subscript digits (x₁) are not letters
ALLOWED_WORDS = PROPER_NAMES | {word for name in IDENTIFIERS for word in WORD.findall(name.lower())}
LAYER_NAME = re.compile(r"^(dense|input|output|block|batchnorm|dropout|activation)\d*$")
# A path into the experiment file, as sweeps name the fields they vary: "layers[*].init.name".
FIELD_PATH = re.compile(r"^(depth|seed|[a-z_]+(\[[0-9*]+\])?([._][a-z_]+(\[[0-9*]+\])?)+)$")
# pyqtgraph's own plot context menu: a third-party text the window does not write.
THIRD_PARTY = {"Export...", "Export"}


def needs_translation(text: str) -> bool:
    """Whether ``text``, shown unchanged in Vietnamese, has a word that should have been translated."""
    if text in THIRD_PARTY or FIELD_PATH.match(text):
        return False
    words = (word.lower() for word in WORD.findall(text.replace("&", "")))
    return any(word not in ALLOWED_WORDS and not LAYER_NAME.match(word) for word in words)


def place(obj, window) -> str:
    """Where ``obj`` sits in the window: its class and rank among same-class siblings, up to the
    window; the same in two windows built alike, whatever else they created later."""
    steps = []
    while obj is not None and obj is not window:
        parent = obj.parent()
        siblings = [c for c in parent.children() if type(c) is type(obj)] if parent is not None else [obj]
        steps.append(f"{type(obj).__name__}[{next(i for i, c in enumerate(siblings) if c is obj)}]")
        obj = parent
    return "/".join(reversed(steps))


def shown_texts(window) -> dict[tuple[str, str, int], tuple[str, object]]:
    """Every user-visible text of the window: (its widget's place, what it is, n) -> (text, the
    widget or action showing it)."""
    found = [("window title", window.windowTitle(), window)]
    for widget in window.findChildren(QWidget):
        kind = type(widget).__name__
        texts = [(f"{kind} tooltip", widget.toolTip())]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((kind, widget.text()))
        if isinstance(widget, QGroupBox):
            texts.append((kind, widget.title()))
        if isinstance(widget, QDockWidget):
            texts.append(("dock title", widget.windowTitle()))
        if isinstance(widget, QMenu):
            texts.append(("menu", widget.title()))
        if isinstance(widget, QLineEdit):
            texts.append(("placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                texts.append(("combo item", widget.itemText(i)))
                texts.append(("combo item tooltip", str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")))
        if isinstance(widget, QTabBar):
            texts += [("tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                if header is not None:
                    texts += [("table header", header.text()), ("table header tooltip", header.toolTip())]
        found += [(where, text, widget) for where, text in texts]
    for view in window.findChildren(pg.GraphicsView):      # plots: axis titles and legends
        items = view.scene().items() if view.scene() is not None else []
        labels = sorted(item.labelText for item in items if isinstance(item, pg.AxisItem) and item.labelText)
        labels += sorted(label.text for item in items if isinstance(item, pg.LegendItem) for _, label in item.items)
        found += [("plot label", text, view) for text in labels]
    for action in window.findChildren(QAction):
        found += [(where, text, action) for where, text in (
            ("action", action.text()), ("action tooltip", action.toolTip()),
            ("action status tip", action.statusTip()), ("action icon text", action.iconText()))]
    keyed, seen = {}, Counter()
    for where, text, shown_by in found:
        key = (place(shown_by, window), where)
        keyed[key + (seen[key],)] = (text, shown_by)     # combo items, tabs: the n-th of their widget
        seen[key] += 1
    return keyed


def engine_fed(window) -> set[int]:
    """The widgets and actions whose texts the engine writes (engine.i18n contexts Diagnosis,
    Presets, Health, Explain): the diagnosis sentence and fix buttons, the presets, the metric
    names, the chain-rule ledger's summary."""
    from workbench.plots.chain_ledger import ChainRuleLedger
    from workbench.plots.gradient_heatmap import GradientHeatmap
    banner = window.banner
    fed = [banner.message, banner.description, *(button for key, button in banner.fix_buttons.items()
                                                  if button is not banner.restore_lr_button)]
    fed += list(window.preset_actions.values())
    fed += [heatmap.metric_combo for heatmap in window.findChildren(GradientHeatmap)]
    fed.append(window.findChild(ChainRuleLedger).summary)
    return {id(item) for item in fed}


@pytest.fixture
def vietnamese_window(make_main_window):
    """make(experiment) -> (English window, the same window built in Vietnamese)."""
    def make(experiment):
        english = make_main_window(experiment)
        language.install_language(language.VIETNAMESE)
        try:
            return english, make_main_window(experiment)
        finally:
            language.install_language(language.ENGLISH)
    yield make
    language.install_language(language.ENGLISH)


def untranslated(english, vietnamese, from_engine: bool) -> list[str]:
    """The texts shown alike in both windows that need a translation: those the window writes, or
    (``from_engine``) those the engine writes."""
    en, vi = shown_texts(english), shown_texts(vietnamese)
    fed = engine_fed(vietnamese)
    titles = preset_titles()      # a preset's name is the engine's text wherever it is shown (runs, tables)
    return sorted({f"{key[1]}: {text!r}" for key, (text, _) in en.items() if key in vi
                   and vi[key][0] == text and needs_translation(text)
                   and (id(vi[key][1]) in fed or text in titles) == from_engine})


def preset_titles() -> set[str]:
    return {load_preset(name).name for name in preset_names()}


@pytest.mark.parametrize("preset", preset_names())
def test_every_text_the_window_writes_is_in_vietnamese(vietnamese_window, preset):
    english, vietnamese = vietnamese_window(load_preset(preset))
    assert untranslated(english, vietnamese, from_engine=False) == []


@pytest.mark.parametrize("preset", ["vanishing_sigmoid", "single_neuron"])
def test_the_texts_of_a_trained_run_are_in_vietnamese(make_main_window, qtbot, preset):
    """After a short run every view has drawn a frame (the ledger, the network diagram, the runs
    list, the status bar): their texts are Vietnamese too, the engine's (diagnosis, ledger) included."""
    from workbench.plots.chain_ledger import ChainRuleLedger
    painted_in_child = {}       # the first ledger the training process sent, per language

    def trained(code):     # the window's language is the application's: one at a time
        language.install_language(code)
        window = make_main_window(load_preset(preset))
        for dock in window.docks:
            dock.raise_()               # every view draws the run's frames
        window.runner.frame.connect(lambda frame: frame.pictures.get("network") is not None and
                                    painted_in_child.setdefault(code, frame.pictures["network"].ledger.summary))
        with qtbot.waitSignal(window.runner.finished, timeout=60_000):
            window.runner.start(window.state.experiment, max_steps=20)
        return window
    try:
        english, vietnamese = trained(language.ENGLISH), trained(language.VIETNAMESE)
        # The training process wrote its texts in the window's language.
        assert painted_in_child[language.ENGLISH] != painted_in_child[language.VIETNAMESE]
        assert untranslated(english, vietnamese, from_engine=False) == []
        assert untranslated(english, vietnamese, from_engine=True) == []
        ledger = vietnamese.findChild(ChainRuleLedger).summary.text()
        assert ledger and ledger != english.findChild(ChainRuleLedger).summary.text()
    finally:
        language.install_language(language.ENGLISH)


def test_the_engine_texts_the_window_shows_are_in_vietnamese(vietnamese_window):
    def engine_texts_untranslated(preset):    # the windows die with this frame, not with the assertion's
        return untranslated(*vietnamese_window(load_preset(preset)), from_engine=True)
    assert {preset: texts for preset in preset_names() if (texts := engine_texts_untranslated(preset))} == {}


def test_the_allow_list_lets_names_through_and_catches_english_words():
    assert not needs_translation("Dense 32 · sigmoid · xavier_uniform")
    assert not needs_translation("dense3 · tanh")
    assert not needs_translation("1e-6 ‖dL/dh‖ 0.5")
    assert not needs_translation("layers[*].init.name") and not needs_translation("float32")
    assert needs_translation("Apply to all")
    assert needs_translation("&Pause\tSpace")


def test_a_text_translated_in_the_catalogue_is_shown_translated(qapp):
    """The catalogue really reaches the widgets: a menu title and a tooltip of a module-level table."""
    from workbench.panels.help_texts import LOSS_HELP
    language.install_language(language.VIETNAMESE)
    try:
        assert QMenu().tr("&File") == "&File"      # QMenu's own context: nothing of ours
        assert LOSS_HELP["mse"].startswith("Sai số bình phương trung bình")
        assert engine.i18n.current_language() == language.VIETNAMESE
    finally:
        language.install_language(language.ENGLISH)
    assert LOSS_HELP["mse"].startswith("Mean squared error")
    assert engine.i18n.current_language() == language.ENGLISH


def test_language_follows_the_command_line_then_the_settings_then_the_system(tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(language, "system_language", lambda: language.VIETNAMESE)
    assert language.chosen_language(settings) == language.VIETNAMESE
    settings.setValue(language.SETTINGS_KEY, language.ENGLISH)
    assert language.chosen_language(settings) == language.ENGLISH
    assert language.chosen_language(settings, requested=language.VIETNAMESE) == language.VIETNAMESE


def test_choosing_a_language_is_remembered_and_announced_in_that_language(make_main_window, qtbot):
    from workbench.presets import DEFAULT_PRESET
    window = make_main_window(load_preset(DEFAULT_PRESET))
    told = []
    window.language_menu.tell = told.append
    window.language_menu.language_actions[language.VIETNAMESE].trigger()
    assert window.settings.value(language.SETTINGS_KEY) == language.VIETNAMESE
    assert told == ["Cửa sổ sẽ hiển thị bằng Tiếng Việt vào lần khởi động Backprop Workbench tiếp theo."]
    window.language_menu.language_actions[language.ENGLISH].trigger()   # the language in use: nothing to restart
    assert window.settings.value(language.SETTINGS_KEY) == language.ENGLISH
    assert len(told) == 1


def clipped(widget: QWidget) -> bool:
    """A button or one-line label narrower than its text, or partly outside the scroll area or
    dock that shows it."""
    if widget.width() < widget.sizeHint().width():
        return True
    return widget.visibleRegion().boundingRect().size() != widget.size()


def describe(widget: QWidget) -> str:
    shown = widget.visibleRegion().boundingRect()
    return (f"{type(widget).__name__} {widget.text()!r}: {widget.width()} px wide, its text needs "
            f"{widget.sizeHint().width()}; {shown.width()}x{shown.height()} of {widget.width()}x{widget.height()} in view")


def shown_text_widgets(root: QWidget) -> list[QWidget]:
    """The visible buttons and one-line labels under ``root`` (wrapping labels and readouts that are
    cut at the dock's edge on purpose, with an Ignored width, are left out)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.visibleRegion().boundingRect().isValid():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()
                                           or widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored):
            continue
        if isinstance(widget, (QAbstractButton, QLabel)) and not isinstance(widget, QTabBar):
            found.append(widget)
    return found


@pytest.mark.parametrize("size", [(1400, 900)])
def test_vietnamese_texts_fit_their_buttons_and_labels(make_main_window, qtbot, size):
    """At 1400x900 no button or one-line label of the settings column, the toolbar, the diagnosis
    or the status bar is narrower than its Vietnamese text or cut off by its dock."""
    from workbench.presets import DEFAULT_PRESET
    language.install_language(language.VIETNAMESE)
    try:
        window = make_main_window(load_preset(DEFAULT_PRESET))
    finally:
        language.install_language(language.ENGLISH)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    problems = []
    for dock in (window.network_dock, window.data_dock, window.training_dock):
        dock.raise_()
        clipped_texts = lambda: [describe(w) for w in shown_text_widgets(dock) if clipped(w)]  # noqa: E731
        with contextlib.suppress(WaitTimeout):      # the tab switch lays the column out: wait for it
            qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty() and not clipped_texts(), timeout=3000)
        problems += clipped_texts()
    for part in (window.controls.toolbar, window.diagnosis_dock, window.statusBar()):
        problems += [describe(w) for w in shown_text_widgets(part) if clipped(w)]
    assert problems == []


def test_message_box_buttons_are_in_vietnamese(qtbot):
    """Qt's own standard buttons (no Vietnamese Qt translation ships with PySide6) come from our
    catalogue: the restart and save questions read Có / Không, Lưu / Bỏ thay đổi / Hủy."""
    from PySide6.QtWidgets import QMessageBox
    language.install_language(language.VIETNAMESE)
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes
                          | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Save
                          | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        texts = [box.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
                                                QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                                                QMessageBox.StandardButton.Cancel)]
    finally:
        language.install_language(language.ENGLISH)
    assert texts == ["&Có", "&Không", "Lưu", "Bỏ thay đổi", "Hủy"]


def test_a_background_process_writes_its_texts_in_the_window_language(qtbot):
    """Work done in a child process (gradient check, big nets' pictures; training gets the same
    argument) returns engine texts in the window's language, not the child's default English."""
    from engine.diagnosis import verdict_text
    from workbench.runner import BackgroundCall
    call = BackgroundCall()
    language.install_language(language.VIETNAMESE)
    try:
        with qtbot.waitSignal(call.done, timeout=60_000) as answer:
            call.start(verdict_text, "healthy")
    finally:
        language.install_language(language.ENGLISH)
        call.cancel()
    assert answer.args == ["ổn định"]


def test_qts_own_file_dialog_is_in_vietnamese(qtbot):
    """Where the platform has no native file dialog, Qt's own one labels its fields from our catalogue."""
    from PySide6.QtWidgets import QFileDialog
    language.install_language(language.VIETNAMESE)
    try:
        dialog = QFileDialog()
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        labels = sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())
        buttons = sorted(button.text() for button in dialog.findChildren(QPushButton))
    finally:
        language.install_language(language.ENGLISH)
    assert labels == ["&Kiểu tệp:", "&Tìm trong:", "Tê&n tệp:"]
    assert buttons == ["&Lưu", "Hủy"]


def test_screenshot_finds_a_dock_by_its_english_title_in_vietnamese(qtbot, tmp_path):
    """`--lang vi --show Distributions` raises the dock titled "Phân phối"."""
    from workbench.app import screenshot
    from workbench.main_window import MainWindow
    from workbench.state import ExperimentState
    language.install_language(language.VIETNAMESE)
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ExperimentState(load_preset("zeros_init")), settings)   # screenshot() disposes of it
        assert window.distributions_dock.windowTitle() == "Phân phối"
        raised = []
        window.distributions_dock.visibilityChanged.connect(lambda shown: shown and raised.append(True))
        assert screenshot(window, tmp_path / "w.png", 0, ["Distributions"]) == 0
    finally:
        language.install_language(language.ENGLISH)
    assert raised
