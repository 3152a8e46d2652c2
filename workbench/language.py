"""The window's language: English or Vietnamese, chosen at start-up.

The language follows the system locale until one is picked in View → Language (remembered in the
settings) or given with ``--lang``.  It takes effect at the next start: every widget sets its texts
when it is built, so switching asks for a restart (the message says so in the new language).
Engine texts (diagnosis, validation errors, presets) follow the same translator through
``engine.i18n.install``; the training child gets the language and reads the catalogue itself.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import resources

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

import engine.i18n

SETTINGS_KEY = "view/language"
ENGLISH, VIETNAMESE = "en", "vi"
# Each language's name in itself, as language menus show them.
LANGUAGE_NAMES = {ENGLISH: "English", VIETNAMESE: "Tiếng Việt"}

_translator: QTranslator | None = None


class TranslatedTable(Mapping):
    """A table of texts marked with QT_TRANSLATE_NOOP(context, ...), read in the window's language:
    the keys stay the internal names, the values are what the user sees."""

    def __init__(self, context: str, texts: dict[str, str]):
        self.context = context
        self.texts = texts

    def __getitem__(self, key: str) -> str:
        return QCoreApplication.translate(self.context, self.texts[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.texts)

    def __len__(self) -> int:
        return len(self.texts)


def system_language() -> str:
    return VIETNAMESE if QLocale.system().language() == QLocale.Language.Vietnamese else ENGLISH


def chosen_language(settings: QSettings, requested: str | None = None) -> str:
    """``requested`` (--lang) if given, else the one picked in View → Language, else the system's."""
    saved = str(settings.value(SETTINGS_KEY, "") or "")
    for code in (requested, saved):
        if code in LANGUAGE_NAMES:
            return code
    return system_language()


def load_translator(code: str) -> QTranslator | None:
    """The compiled catalogue of ``code`` (None for English, the source language)."""
    if code == ENGLISH:
        return None
    translator = QTranslator()
    if not translator.load(str(resources.files("resources") / "i18n" / f"workbench_{code}.qm")):
        raise RuntimeError(f"the {code} catalogue does not load: run `python -m workbench.i18n_tools compile`")
    return translator


def install_language(code: str) -> None:
    """Translate the application's texts (the window's and, through engine.i18n, the engine's)
    into ``code`` from now on; replaces the language installed before."""
    global _translator
    app = QCoreApplication.instance()
    if _translator is not None:
        app.removeTranslator(_translator)
    _translator = load_translator(code)
    if _translator is not None:
        app.installTranslator(_translator)
    # Numbers read alike in both languages: '.' decimal point in boxes as in plots and files.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    # English is the engine's source text itself; another language follows the QTranslator.
    engine.i18n.install(None if _translator is None else QCoreApplication.translate, code)


class LanguageMenu(QMenu):
    """View → Language: English / Tiếng Việt, the active one checked.  A choice is saved and
    applies at the next start (the message box says so, in the chosen language)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(self.tr("&Language"), parent)
        self._settings = settings
        self.setToolTipsVisible(True)
        group = QActionGroup(self)
        self.language_actions = {}
        for code, name in LANGUAGE_NAMES.items():
            action = self.addAction(name, lambda c=code: self.choose(c))
            action.setCheckable(True)
            action.setChecked(code == engine.i18n.current_language())
            group.addAction(action)
            self.language_actions[code] = action
        # Replaceable in tests: shows the restart note without a modal loop there.
        self.tell = lambda text: QMessageBox.information(self.parentWidget(), self.tr("Language"), text)

    def choose(self, code: str) -> None:
        self._settings.setValue(SETTINGS_KEY, code)
        self.language_actions[code].setChecked(True)
        if code != engine.i18n.current_language():
            self.tell(restart_note(code))


RESTART_NOTE = QT_TRANSLATE_NOOP("LanguageMenu", "The window will be in {language} the next time you start Backprop Workbench.")


def restart_note(code: str) -> str:
    """The restart note in the language just chosen, so its reader can read it."""
    translator = load_translator(code)
    text = translator.translate("LanguageMenu", RESTART_NOTE) if translator is not None else ""
    return (text or RESTART_NOTE).format(language=LANGUAGE_NAMES[code])
