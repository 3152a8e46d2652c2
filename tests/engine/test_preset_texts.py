"""Preset names and descriptions reach the catalogue through resources/presets/texts.py."""
import json
from pathlib import Path

from engine import i18n
from engine.preset_texts import marked_texts_source, preset_folder, preset_text

REPO = Path(__file__).resolve().parents[2]


def test_the_marked_texts_module_is_in_sync_with_the_preset_files():
    """If this fails, a preset's name or description changed: run `python -m engine.preset_texts`
    (the catalogue update command does) and update the catalogue."""
    assert (REPO / "resources" / "presets" / "texts.py").read_text(encoding="utf-8") == marked_texts_source()


def test_the_marked_texts_are_exactly_every_name_and_description():
    from resources.presets.texts import TEXTS
    expected = []
    for path in sorted(preset_folder().glob("*.json")):
        preset = json.loads(path.read_text(encoding="utf-8"))
        expected += [preset["name"], preset["description"]]
    assert list(TEXTS) == expected


def test_the_generated_literals_survive_quotes_backslashes_and_long_text(tmp_path):
    text = 'He said "σ\'(z) ≤ ¼" \\ then ' + "word " * 60
    (tmp_path / "odd.json").write_text(json.dumps({"name": "Odd", "description": text}), encoding="utf-8")
    namespace: dict = {}
    exec(marked_texts_source(tmp_path), namespace)          # noqa: S102 - our own generated source
    assert namespace["TEXTS"] == ("Odd", text)


def test_preset_text_translates_in_the_presets_context(tmp_path):
    (tmp_path / "workbench_vi.ts").write_text(
        '<TS version="2.1" language="vi"><context><name>Presets</name><message><source>Adam</source>'
        "<translation>Adam (vi)</translation></message></context></TS>", encoding="utf-8")
    try:
        assert i18n.use_language("vi", tmp_path)
        assert preset_text("Adam") == "Adam (vi)"
        assert preset_text("My own experiment") == "My own experiment"
    finally:
        i18n.use_language("en")
    assert preset_text("Adam") == "Adam"
