"""The README's quick start must stay true: CI runs its test line verbatim."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line.strip()]


def test_quick_start_is_two_commands_one_opens_the_app_one_runs_the_tests():
    install_and_open, install_and_test = quick_start_commands()
    assert install_and_open.endswith("backprop-workbench")
    assert "pytest" in install_and_test and "[test]" in install_and_test


def test_ci_runs_the_readme_test_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert quick_start_commands()[1] in ci.splitlines()


def test_presets_named_in_the_readme_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in set(re.findall(r"resources/presets/(\w+)\.json", readme)):
        assert (ROOT / "resources" / "presets" / f"{name}.json").is_file(), name
