"""The engine's texts in Vietnamese: the catalogue covers them, keeps their placeholders, and every
preset's diagnosis, fixes, name and description come out translated; the CLI is English unless
--lang vi."""
import json
import re
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from engine import i18n
from engine.diagnosis import fix_label
from engine.preset_texts import preset_text
from engine.spec import Experiment
from engine.trainer import Trainer
from workbench import cli

REPO = Path(__file__).resolve().parents[2]
CATALOGUE = REPO / "resources" / "i18n" / "workbench_vi.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
# What lupdate reads for the engine's texts: the engine, the presets' marked texts and the sweep command.
ENGINE_SOURCES = ("engine", "resources", "workbench/sweep_cli.py")
PRESETS = sorted(REPO.glob("resources/presets/*.json"))
SHORT_RUN = 40          # steps: every preset has its verdict's texts by then (exploding_lr has diverged)


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.use_language("en")


def catalogue_messages(path: Path) -> dict[tuple[str, str, str], ElementTree.Element]:
    root = ElementTree.parse(path).getroot()
    return {(context.findtext("name"), message.findtext("source"), message.findtext("comment") or ""): message
            for context in root.iter("context") for message in context.iter("message")}


def translation_texts(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.fixture(scope="module")
def engine_texts(tmp_path_factory) -> set[tuple[str, str, str]]:
    """Every (context, source, disambiguation) lupdate finds in the engine's sources."""
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate not installed")
    ts = tmp_path_factory.mktemp("lupdate") / "engine.ts"
    subprocess.run([str(LUPDATE), "-extensions", "py", "-locations", "none", *ENGINE_SOURCES, "-ts", str(ts)],
                   cwd=REPO, check=True, capture_output=True)
    return set(catalogue_messages(ts))


def test_every_engine_text_has_a_finished_vietnamese_translation(engine_texts):
    messages = catalogue_messages(CATALOGUE)
    missing = sorted(engine_texts - messages.keys())
    assert missing == [], "run the catalogue update command and translate these"
    unfinished = sorted(key for key in engine_texts
                        if messages[key].find("translation").get("type") or not all(translation_texts(messages[key])))
    assert unfinished == []


def test_every_translation_keeps_exactly_its_sources_placeholders():
    broken = [(key, text) for key, message in catalogue_messages(CATALOGUE).items()
              for text in translation_texts(message)
              if text and i18n.placeholders(text) != i18n.placeholders(key[1])]
    assert broken == []


def test_the_shipped_catalogue_loads_without_a_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error", i18n.CatalogueWarning)
        assert i18n.use_language("vi")
    assert i18n.current_language() == "vi"


def english_fragments() -> list[str]:
    """The literal pieces (between placeholders) of every engine source text that are long enough
    to be unmistakably English prose: none may appear in a Vietnamese text."""
    pieces = set()
    for (context, source, _), _message in catalogue_messages(CATALOGUE).items():
        for piece in i18n.PLACEHOLDER.split(source):
            words = re.findall(r"[A-Za-z]{3,}", piece)
            if len(words) >= 3 and len(piece.strip()) >= 16:
                pieces.add(piece.strip(" .;:,()"))
    return sorted(pieces)


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.stem)
def test_every_presets_texts_are_vietnamese_after_a_short_run(preset):
    exp = Experiment.load(preset).replace(steps=SHORT_RUN, epochs=None)
    trainer = Trainer(exp)
    trainer.run()
    english = trainer.diagnosis()
    texts_en = [english.message, english.cause, preset_text(exp.name), preset_text(exp.description),
                *map(fix_label, english.fixes)]
    assert i18n.use_language("vi")
    vietnamese = trainer.diagnosis()
    assert vietnamese.verdict == english.verdict and vietnamese.fixes == english.fixes
    texts_vi = [vietnamese.message, vietnamese.cause, preset_text(exp.name), preset_text(exp.description),
                *map(fix_label, vietnamese.fixes)]
    for en, vi in zip(texts_en, texts_vi):
        assert vi != en
        leftovers = [piece for piece in english_fragments() if piece in vi]
        assert leftovers == [], f"untranslated English in: {vi}"


def test_the_run_command_speaks_vietnamese_only_with_lang_vi(tmp_path, capsys):
    preset = str(REPO / "resources" / "presets" / "vanishing_sigmoid.json")
    assert cli.main(["run", preset, "--out", str(tmp_path / "en"), "--steps", "30"]) == 0
    english = capsys.readouterr().err
    assert "finished: 30 steps, dense1 receives" in english and ": vanishing. Likely cause:" in english

    assert cli.main(["run", preset, "--out", str(tmp_path / "vi"), "--steps", "30", "--lang", "vi"]) == 0
    vietnamese = capsys.readouterr().err
    assert "hoàn tất: 30 bước, dense1 nhận gradient bằng" in vietnamese
    assert ": gradient biến mất. Nguyên nhân có thể:" in vietnamese
    assert "đã ghi " in vietnamese and "Likely cause" not in vietnamese
    # The files stay English (language-neutral): the same run writes the same summary either way.
    summaries = [json.loads((tmp_path / out / "summary.json").read_text(encoding="utf-8")) for out in ("en", "vi")]
    assert summaries[1]["message"] == summaries[0]["message"] and ": vanishing. Likely cause:" in summaries[1]["message"]
    assert summaries[1]["cause"] == summaries[0]["cause"]


def test_an_invalid_field_is_reported_in_vietnamese_with_its_field_path_untouched(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"layers": [{"units": 0}]}', encoding="utf-8")
    assert cli.main(["run", str(bad), "--out", str(tmp_path / "out"), "--lang", "vi"]) == 2
    assert capsys.readouterr().err == "lỗi: layers[0].units: phải là một số nguyên dương, nhận được 0\n"
    assert cli.main(["run", str(bad), "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == "error: layers[0].units: must be a positive integer, got 0\n"


def test_the_gradcheck_and_explain_commands_take_lang(capsys):
    preset = str(REPO / "resources" / "presets" / "single_neuron.json")
    assert cli.main(["gradcheck", preset, "--lang", "vi"]) == 0
    assert "ĐẠT: Lan truyền ngược ở đây là đúng: với mọi trọng số" in capsys.readouterr().out
    assert cli.main(["explain", preset, "--lang", "vi"]) == 0
    out = capsys.readouterr().out
    assert "Sổ dây chuyền của 'Một nơ-ron sigmoid: a = sigmoid(w*x + b)' ở bước 0" in out
    assert "Ví dụ tính tay: mẫu huấn luyện 0" in out and "Worked example" not in out


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workbench", *args], cwd=REPO, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), **env}, timeout=240)


def test_an_unknown_language_exits_2_naming_the_option_and_the_choices(tmp_path):
    done = run_cli("run", "resources/presets/relu_he.json", "--out", str(tmp_path / "x"), "--lang", "fr")
    assert done.returncode == 2
    assert "argument --lang: invalid choice: 'fr' (choose from 'en', 'vi')" in done.stderr
    assert not (tmp_path / "x").exists()


def test_the_cli_does_not_follow_the_system_locale(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"layers": [{"units": 0}]}', encoding="utf-8")
    done = run_cli("run", str(bad), "--out", str(tmp_path / "out"),
                   LANG="vi_VN.UTF-8", LC_ALL="vi_VN.UTF-8", LANGUAGE="vi")
    assert done.returncode == 2
    assert done.stderr == "error: layers[0].units: must be a positive integer, got 0\n"


# The glossary's terms (resources/i18n/GLOSSARY.md) the engine's texts use: wherever the English says
# one, the Vietnamese says the glossary's word (never "lớp" for a layer: that is a class of the data).
GLOSSARY = {r"layers?": "tầng", r"learning rate": "tốc độ học", r"weights?": "trọng số", r"saturated": "bão hòa",
            r"vanishing": "biến mất", r"exploding": "bùng nổ", r"loss": "mất mát", r"gradients?": "gradient",
            r"units?": "nơ-ron", r"validation": "kiểm định", r"diverged?": "phân kỳ", r"healthy": "ổn định",
            r"initiali[sz]ation": "khởi tạo", r"preset": "thí nghiệm mẫu", r"class(es)?": "lớp"}
# Placeholders and identifiers (weights.npz, layers[*].units, output_activation) are not prose.
NOT_PROSE = re.compile(r"\{[^{}]*\}|\S*[._\[\]/]\S*")


def test_engine_translations_use_the_glossarys_terms(engine_texts):
    messages = catalogue_messages(CATALOGUE)
    off_glossary = []
    for key in sorted(engine_texts):
        prose = NOT_PROSE.sub(" ", key[1])
        for translation in translation_texts(messages[key]):
            off_glossary += [(key[1], term, translation) for english, term in GLOSSARY.items()
                             if re.search(rf"\b{english}\b", prose, re.IGNORECASE) and term not in translation.lower()]
            if (re.search(r"\blayers?\b", prose, re.IGNORECASE) and "lớp" in translation.lower()
                    and not re.search(r"\bclass(es)?\b", prose, re.IGNORECASE)):
                off_glossary.append((key[1], "tầng, not lớp", translation))
    assert off_glossary == []
