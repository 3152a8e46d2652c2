"""The translation catalogue is in step with the code and ships with the package."""
from __future__ import annotations

import fnmatch
import shutil
import tomllib
import xml.etree.ElementTree as ElementTree

import pytest

from workbench import i18n_tools

try:
    i18n_tools.tool("pyside6-lupdate")
    i18n_tools.tool("pyside6-lrelease")
    TOOLS_MISSING = None
except i18n_tools.ToolMissing as exc:
    TOOLS_MISSING = str(exc)

needs_tools = pytest.mark.skipif(TOOLS_MISSING is not None, reason=f"Qt's translation tools: {TOOLS_MISSING}")
LANGUAGE = "vi"


def messages(ts_file) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(ts_file).getroot()
    return {(context.findtext("name"), message.findtext("source")): message.find("translation")
            for context in root.iter("context") for message in context.iter("message")}


@needs_tools
def test_the_catalogue_has_every_text_of_the_code_and_no_other(tmp_path):
    """lupdate over the code into a copy of the committed .ts changes nothing: no text is new, none
    vanished.  The fix when this fails: ``python -m workbench.i18n_tools update`` and translate
    what it marks unfinished."""
    committed = i18n_tools.catalogue(LANGUAGE)
    copy = tmp_path / committed.name
    shutil.copyfile(committed, copy)
    i18n_tools.update_catalogue(copy)
    before, after = messages(committed), messages(copy)
    assert sorted(after.keys() - before.keys()) == [], "texts in the code missing from the catalogue"
    assert sorted(before.keys() - after.keys()) == [], "texts in the catalogue no longer in the code"
    assert copy.read_bytes() == committed.read_bytes(), "the catalogue is not as the update command writes it"


def test_every_text_of_the_catalogue_is_translated():
    unfinished = [key for key, translation in messages(i18n_tools.catalogue(LANGUAGE)).items()
                  if translation.get("type") in ("unfinished", "vanished", "obsolete")
                  or not (translation.text or translation.findtext("numerusform"))]
    assert unfinished == []


@needs_tools
def test_the_shipped_qm_is_compiled_from_the_catalogue(tmp_path):
    ts_file = i18n_tools.catalogue(LANGUAGE)
    fresh = tmp_path / "fresh.qm"
    i18n_tools.compile_catalogue(ts_file, fresh)
    assert fresh.read_bytes() == ts_file.with_suffix(".qm").read_bytes(), \
        "run `python -m workbench.i18n_tools compile` and commit the .qm"


def test_the_catalogues_are_package_data():
    """A `pip install .` carries the .qm (the window) and the .ts (the Qt-free CLI and child)."""
    config = tomllib.loads((i18n_tools.REPOSITORY / "pyproject.toml").read_text())
    patterns = config["tool"]["setuptools"]["package-data"]["resources"]
    assert "resources" in config["tool"]["setuptools"]["packages"]
    folder = i18n_tools.REPOSITORY / "resources"
    for suffix in (".ts", ".qm"):
        name = i18n_tools.catalogue(LANGUAGE).with_suffix(suffix).relative_to(folder).as_posix()
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name
