"""engine.i18n: Qt-free translation of engine texts from a .ts catalogue."""
import subprocess
import sys
import threading
import warnings
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from engine import i18n
from engine.i18n import QT_TRANSLATE_NOOP, CatalogueWarning, translate

LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"     # installed beside the interpreter

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Diagnosis</name>
    <message>
        <source>{layer} is saturated</source>
        <translation>{layer} bị bão hòa</translation>
    </message>
    <message>
        <source>Clip</source>
        <comment>fix button</comment>
        <translation>Cắt gradient</translation>
    </message>
    <message>
        <source>still unfinished</source>
        <translation type="unfinished">chưa xong</translation>
    </message>
    <message>
        <source>empty</source>
        <translation></translation>
    </message>
    <message>
        <source>{share:.0%} of {layer}</source>
        <translation>{share:.0%} của {other}</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n bước</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Clip</source>
        <translation>Kẹp</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.use_language("en")


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "workbench_vi.ts").write_text(TS, encoding="utf-8")
    return tmp_path


def use_vi(folder) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CatalogueWarning)     # the mismatched message, tested below
        return i18n.use_language("vi", folder)


def test_english_by_default_is_the_source_text_itself():
    assert i18n.current_language() == "en"
    text = "{layer} is saturated"
    assert translate("Diagnosis", text) is text
    assert translate("Diagnosis", "%n step(s)", None, 3) == "3 step(s)"      # Qt replaces %n even untranslated


def test_a_catalogue_translates_by_context_and_disambiguation(folder):
    assert use_vi(folder)
    assert i18n.current_language() == "vi"
    assert translate("Diagnosis", "{layer} is saturated").format(layer="dense2") == "dense2 bị bão hòa"
    assert translate("Diagnosis", "Clip", "fix button") == "Cắt gradient"
    assert translate("Presets", "Clip") == "Kẹp"
    # As QTranslator: an unknown disambiguation falls back to the message without one.
    assert translate("Presets", "Clip", "some other use") == "Kẹp"
    assert translate("Explain", "Clip") == "Clip"                 # another context: untranslated


def test_unfinished_empty_and_placeholder_breaking_translations_stay_english(folder):
    with pytest.warns(CatalogueWarning, match="1 translation.*placeholders"):
        i18n.use_language("vi", folder)
    assert translate("Diagnosis", "still unfinished") == "still unfinished"
    assert translate("Diagnosis", "empty") == "empty"
    # "{other}" instead of "{layer}" would raise KeyError in .format: English is kept instead.
    assert translate("Diagnosis", "{share:.0%} of {layer}").format(share=0.5, layer="d") == "50% of d"


def test_numerus_forms_replace_the_count(folder):
    use_vi(folder)
    assert translate("Diagnosis", "%n step(s)", None, 1) == "1 bước"
    assert translate("Diagnosis", "%n step(s)", None, 12) == "12 bước"


def test_english_plural_rule_picks_the_second_form(tmp_path):
    (tmp_path / "workbench_en_GB.ts").write_text(
        TS.replace("<numerusform>%n bước</numerusform>",
                   "<numerusform>%n step</numerusform><numerusform>%n steps</numerusform>"), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CatalogueWarning)
        assert i18n.use_language("en_GB", tmp_path)
    assert [translate("Diagnosis", "%n step(s)", None, k) for k in (0, 1, 2)] == ["0 steps", "1 step", "2 steps"]


@pytest.mark.parametrize("content", ["<TS><context><name>x</name>", "not xml at all", "<html></html>"])
def test_a_malformed_catalogue_is_english_and_one_warning(tmp_path, content):
    (tmp_path / "workbench_vi.ts").write_text(content, encoding="utf-8")
    with pytest.warns(CatalogueWarning, match="cannot use the 'vi' translation.*English") as record:
        assert not i18n.use_language("vi", tmp_path)
    assert len(record) == 1
    assert i18n.current_language() == "en"
    assert translate("Diagnosis", "{layer} is saturated") == "{layer} is saturated"


def test_a_missing_catalogue_or_a_bad_code_is_english_and_one_warning(folder):
    use_vi(folder)
    for code in ("fr", "../../etc/passwd"):
        with pytest.warns(CatalogueWarning, match="English") as record:
            assert not i18n.use_language(code, folder)
        assert len(record) == 1
        assert i18n.current_language() == "en"
        assert translate("Presets", "Clip") == "Clip"


def test_available_languages_are_english_and_the_catalogues(folder):
    (folder / "workbench_x.y.ts").write_text("", encoding="utf-8")        # not a language code
    assert i18n.available_languages(folder) == ["en", "vi"]
    assert i18n.available_languages(folder / "missing") == ["en"]


def test_install_routes_texts_through_the_given_function():
    calls = []

    def fake_qt(context, text, disambiguation=None, n=-1):
        calls.append((context, text, disambiguation, n))
        return text.upper()

    i18n.install(fake_qt, "vi")
    assert translate("Health", "dead", None, 2) == "DEAD"
    assert calls == [("Health", "dead", None, 2)]
    assert i18n.current_language() == "vi"
    i18n.install(None)
    assert translate("Health", "dead") == "dead"
    assert i18n.current_language() == "en"


def test_noop_marks_without_translating(folder):
    use_vi(folder)
    assert QT_TRANSLATE_NOOP("Diagnosis", "{layer} is saturated") == "{layer} is saturated"


def test_placeholders_are_format_fields_and_qt_markers():
    assert i18n.placeholders("{b:.0%} of {a}'s units, %1 and %n; {{literal}}") == ["%1", "%n", "{a}", "{b:.0%}"]


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate not installed")
def test_lupdate_extracts_the_call_forms_the_engine_uses(tmp_path):
    """The forms engine modules use reach the catalogue: plain calls, disambiguated calls, calls
    through the module, multi-line sources and QT_TRANSLATE_NOOP tables."""
    (tmp_path / "sample.py").write_text(
        'from engine import i18n\n'
        'from engine.i18n import QT_TRANSLATE_NOOP, translate\n'
        'TABLE = {"clip": QT_TRANSLATE_NOOP("Diagnosis", "Clip gradients to norm 1")}\n'
        'def f(layer):\n'
        '    a = translate("Diagnosis", "{layer} is saturated").format(layer=layer)\n'
        '    b = translate("Diagnosis", "Clip", "fix button")\n'
        '    c = i18n.translate("Explain", "the weights "\n'
        '                       "shrink it")\n'
        '    d = translate("Diagnosis", TABLE["clip"])\n'
        '    return a, b, c, d\n', encoding="utf-8")
    ts = tmp_path / "out.ts"
    subprocess.run([str(LUPDATE), "-locations", "none", str(tmp_path / "sample.py"), "-ts", str(ts)],
                   check=True, capture_output=True)
    root = ElementTree.parse(ts).getroot()
    extracted = {(context.findtext("name"), message.findtext("source"), message.findtext("comment") or "")
                 for context in root.iter("context") for message in context.iter("message")}
    assert extracted == {
        ("Diagnosis", "Clip gradients to norm 1", ""), ("Diagnosis", "{layer} is saturated", ""),
        ("Diagnosis", "Clip", "fix button"), ("Explain", "the weights shrink it", "")}


def test_english_holds_inside_the_block_and_the_language_comes_back(folder):
    use_vi(folder)
    with i18n.english():
        assert translate("Presets", "Clip") == "Clip"
        assert i18n.current_language() == "en"
    assert translate("Presets", "Clip") == "Kẹp"
    assert i18n.current_language() == "vi"


def test_english_is_for_the_calling_thread_only(folder):
    """A sweep worker thread writing a run's files in English leaves the window's thread in Vietnamese."""
    use_vi(folder)
    inside, done = threading.Event(), threading.Event()
    seen = []

    def writer():
        with i18n.english():
            seen.append(translate("Presets", "Clip"))
            inside.set()
            done.wait(10)

    thread = threading.Thread(target=writer)
    thread.start()
    assert inside.wait(10)
    assert translate("Presets", "Clip") == "Kẹp"      # this thread, while the other is inside english()
    done.set()
    thread.join(10)
    assert seen == ["Clip"]
