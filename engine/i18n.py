"""Translation of the engine's user-visible texts, without Qt.

``translate(context, text, disambiguation=None, n=-1)`` has QCoreApplication.translate's signature,
so ``pyside6-lupdate`` extracts ``translate("Context", "text")`` calls from engine modules into the
one catalogue, ``resources/i18n/workbench_<code>.ts``.  Texts are written with named placeholders
and formatted after translation, so word order can change::

    translate("Diagnosis", "{layer} receives {ratio} times the gradient of {last}").format(...)

Texts kept in module-level tables are marked with ``QT_TRANSLATE_NOOP("Context", "text")`` (which
returns the text unchanged) and translated where they are shown: ``translate("Context", TABLE[key])``.

Where the texts come from:

- by default nothing is translated: English, byte for byte the source texts;
- in the window, ``install(QCoreApplication.translate, language)`` makes engine texts follow the
  loaded QTranslator;
- on the command line (``--lang vi``) and in the training child, ``use_language("vi")`` reads the
  catalogue directly with ElementTree (no Qt).  A missing or malformed catalogue leaves English and
  gives one warning; it never stops the program.

Plurals.  lupdate 6.x marks a Python ``translate`` call as a plural ("numerus") message only when
its count is a literal, and drops calls that pass ``n=`` by keyword, so engine texts choose between a
singular and a plural *source* text themselves (Vietnamese translates both alike).  ``translate``
still honours ``n`` (``%n`` replaced, numerus forms read from the catalogue) for callers such as
``self.tr(text, "", n)`` in the window.
"""
from __future__ import annotations

import re
import threading
import warnings
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

ENGLISH = "en"
CATALOGUE_FOLDER = "i18n"          # inside the ``resources`` package
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
# A placeholder: a format field "{name}" / "{share:.0%}" (not "{{"), Qt's "%1".."%99", or "%n" / "%Ln".
PLACEHOLDER = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})|%L?\d{1,2}|%L?n")

# Index of the plural form for a count, per language (Qt's numerus forms order).  A language not
# listed here has one form (Vietnamese, Chinese, Japanese, ...).
_PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "de": lambda n: 0 if n == 1 else 1,
    "fr": lambda n: 0 if n in (0, 1) else 1,
}

Key = tuple[str, str, str]          # (context, source text, disambiguation or "")


class CatalogueWarning(UserWarning):
    """A translation catalogue could not be used; texts stay in English."""


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation: str | None = None) -> str:  # noqa: N802
    """Marks a text kept in a table for extraction (lupdate looks for this name); it is translated
    where it is shown, with ``translate(context, text)``."""
    return text


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text``, sorted: what a translation must keep exactly."""
    return sorted(PLACEHOLDER.findall(text))


def _with_count(text: str, n: int) -> str:
    return text.replace("%Ln", str(n)).replace("%n", str(n)) if n >= 0 else text


class Catalogue:
    """The finished translations of one ``.ts`` file: ``lookup`` returns None where there is none."""

    def __init__(self, language: str, messages: dict[Key, str | list[str]]):
        self.language = language
        self.messages = messages
        self._plural_form = _PLURAL_RULES.get(language.split("_")[0], lambda n: 0)

    def lookup(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        found = self.messages.get((context, text, disambiguation or ""))
        if found is None and disambiguation:          # as QTranslator: retry without the disambiguation
            found = self.messages.get((context, text, ""))
        if isinstance(found, list):                   # numerus forms
            found = found[min(self._plural_form(max(n, 0)), len(found) - 1)]
        return found

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = self.lookup(context, text, disambiguation, n)
        return _with_count(text if found is None else found, n)


def read_catalogue(path: Path | str, language: str) -> tuple[Catalogue, int]:
    """The catalogue in the ``.ts`` file at ``path`` and how many translations were left out because
    their placeholders differ from the source's (they would break ``.format``).  Unfinished, vanished,
    obsolete and empty translations are left out too: those texts stay in English.  Raises OSError or
    ElementTree.ParseError."""
    root = ElementTree.fromstring(Path(path).read_bytes())
    if root.tag != "TS":
        raise ElementTree.ParseError(f"the root element is <{root.tag}>, not <TS>")
    messages: dict[Key, str | list[str]] = {}
    mismatched = 0
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            source = message.findtext("source", "")
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if not forms or not all(forms):
                    continue
                if any(placeholders(form) != placeholders(source) for form in forms):
                    mismatched += 1
                    continue
                found: str | list[str] = forms
            else:
                if not translation.text:
                    continue
                if placeholders(translation.text) != placeholders(source):
                    mismatched += 1
                    continue
                found = translation.text
            messages[(name, source, message.findtext("comment", "") or "")] = found
    return Catalogue(language, messages), mismatched


def catalogue_path(code: str, folder: Path | str | None = None) -> Path:
    """Where the catalogue of language ``code`` lives (``folder`` replaces resources/i18n, for tests)."""
    base = Path(folder) if folder is not None else Path(str(resources.files("resources") / CATALOGUE_FOLDER))
    return base / f"workbench_{code}.ts"


def available_languages(folder: Path | str | None = None) -> list[str]:
    """"en" and every language with a catalogue, sorted: the choices of ``--lang``."""
    base = catalogue_path(ENGLISH, folder).parent
    codes = {p.stem.removeprefix("workbench_") for p in base.glob("workbench_*.ts")} if base.is_dir() else set()
    return sorted({ENGLISH} | {c for c in codes if _LANGUAGE_CODE.match(c)})


_language = ENGLISH
_translate: Callable[..., str] | None = None        # None: English source texts
_english_block = threading.local()                  # .active inside ``english()``, for this thread only


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language; the English ``text`` itself where there is no translation
    (with ``%n`` replaced by ``n`` when ``n >= 0``, as Qt does)."""
    if _translate is None or getattr(_english_block, "active", False):
        return _with_count(text, n)
    return _translate(context, text, disambiguation, n)


def install(translate_function: Callable[..., str] | None, language: str | None = None) -> None:
    """Route every engine text through ``translate_function`` (the window passes
    QCoreApplication.translate and the language of its QTranslator); None goes back to English."""
    global _translate, _language
    _translate = translate_function
    _language = (language or ENGLISH) if translate_function is not None else ENGLISH


def use_language(code: str, folder: Path | str | None = None) -> bool:
    """Engine texts in language ``code`` from its ``.ts`` catalogue, read without Qt.  True when the
    catalogue was read (or ``code`` is English); False, after one CatalogueWarning, when it is missing
    or malformed: texts are then English."""
    if code == ENGLISH:
        install(None)
        return True
    path = catalogue_path(code, folder) if _LANGUAGE_CODE.match(code) else None
    try:
        if path is None:
            raise FileNotFoundError(f"{code!r} is not a language code")
        catalogue, mismatched = read_catalogue(path, code)
    except (OSError, ElementTree.ParseError) as exc:
        install(None)
        warnings.warn(f"cannot use the {code!r} translation ({path or 'no catalogue'}: {exc}); texts stay "
                      f"in English (languages available: {', '.join(available_languages(folder))})",
                      CatalogueWarning, stacklevel=2)
        return False
    if mismatched:
        warnings.warn(f"{mismatched} translation(s) in {path} do not keep their source's placeholders; "
                      "those texts stay in English", CatalogueWarning, stacklevel=2)
    install(catalogue.translate, code)
    return True


@contextmanager
def english() -> Iterator[None]:
    """English texts inside the block, in this thread, whatever the reader's language: what files keep
    (summary.json), so a run folder reads the same wherever it was written.  Other threads (the
    window's) keep their language meanwhile."""
    outer = getattr(_english_block, "active", False)
    _english_block.active = True
    try:
        yield
    finally:
        _english_block.active = outer


def current_language() -> str:
    """The language engine texts are in: "en" unless ``use_language`` or ``install`` chose another
    (and outside an ``english()`` block)."""
    return ENGLISH if getattr(_english_block, "active", False) else _language

