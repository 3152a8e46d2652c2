"""Translation of the engine's user-visible texts, without Qt.

STUB with the agreed API (see the "Translation contract" in the coordination notes); the engine
texts' owner replaces it.  ``translate`` has QCoreApplication.translate's signature so that
pyside6-lupdate extracts ``translate("Context", "text")`` calls from engine modules too.

- In the window, ``install(QCoreApplication.translate)`` makes engine texts follow the loaded
  QTranslator.
- On the command line and in the training child, ``use_language("vi")`` reads the catalogue
  ``resources/i18n/workbench_vi.ts`` directly (ElementTree; no Qt).
"""
from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from importlib import resources
from typing import Callable

ENGLISH = "en"
_catalogue: dict[tuple[str, str], str] = {}
_language = ENGLISH


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:   # noqa: N802 - the name lupdate looks for
    """Marks a module-level text for extraction; it is translated where it is shown."""
    return text


def _from_catalogue(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return _catalogue.get((context, text), text)


_translate: Callable[..., str] = _from_catalogue


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (itself when there is no translation)."""
    return _translate(context, text, disambiguation, n)


def install(translate_function: Callable[..., str]) -> None:
    """Route every engine text through ``translate_function`` (the window passes
    QCoreApplication.translate)."""
    global _translate
    _translate = translate_function


def read_catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, from ``resources/i18n/workbench_<language>.ts``."""
    path = resources.files("resources") / "i18n" / f"workbench_{language}.ts"
    if not path.is_file():
        raise ValueError(f"no translation for language {language!r}; use 'en' or 'vi'")
    root = ElementTree.fromstring(path.read_bytes())
    catalogue = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            numerus = translation.findall("numerusform")
            text = numerus[0].text if numerus else translation.text
            if text:
                catalogue[(name, message.findtext("source", ""))] = text
    return catalogue


def use_language(code: str) -> None:
    """Engine texts in ``code`` ('en' or 'vi'), read from the catalogue without Qt."""
    global _catalogue, _language, _translate
    _catalogue = {} if code == ENGLISH else read_catalogue(code)
    _language = code
    _translate = _from_catalogue


def current_language() -> str:
    return _language
