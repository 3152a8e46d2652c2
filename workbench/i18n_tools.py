"""The translation catalogue's maintenance: one command regenerates it from the code.

    python -m workbench.i18n_tools update     # lupdate the .ts from engine/ workbench/ resources/, then lrelease the .qm
    python -m workbench.i18n_tools compile    # lrelease only (after editing translations in the .ts)

Run it from a checkout.  ``-locations none`` keeps line numbers out of the .ts so it changes only
when a text does; ``-no-obsolete`` drops texts the code no longer has.  The tools ship with
PySide6-Essentials (``pyside6-lupdate``, ``pyside6-lrelease``).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from engine import preset_texts

REPOSITORY = Path(__file__).resolve().parent.parent
SOURCE_FOLDERS = ("engine", "workbench", "resources")
CATALOGUE_FOLDER = Path("resources") / "i18n"
LANGUAGES = ("vi",)


class ToolMissing(RuntimeError):
    pass


def tool(name: str) -> str:
    """The path of a PySide6 tool: beside this interpreter (a venv's bin/Scripts) or on PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise ToolMissing(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def catalogue(language: str, root: Path = REPOSITORY) -> Path:
    return root / CATALOGUE_FOLDER / f"workbench_{language}.ts"


def _run(arguments: list[str], root: Path) -> None:
    completed = subprocess.run(arguments, cwd=root, capture_output=True, text=True)
    if completed.returncode != 0:
        raise RuntimeError(f"{Path(arguments[0]).name} failed:\n{completed.stdout}{completed.stderr}")


def update_catalogue(ts_file: Path, root: Path = REPOSITORY) -> None:
    """Bring ``ts_file`` in line with the texts in the code under ``root`` (new texts are added
    unfinished, texts gone from the code are dropped; translations of the others are kept)."""
    _run([tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete",
          *SOURCE_FOLDERS, "-ts", str(ts_file)], root)


def compile_catalogue(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into the binary catalogue QTranslator loads."""
    # -nounfinished: an unfinished entry stays English in the window, as engine.i18n leaves it on the CLI.
    _run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)], ts_file.parent)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m workbench.i18n_tools", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("update", "compile"))
    args = parser.parse_args(argv)
    try:
        for language in LANGUAGES:
            ts_file = catalogue(language)
            if args.command == "update":
                preset_texts.main()      # the presets' names and descriptions, where lupdate can read them
                update_catalogue(ts_file)
            compile_catalogue(ts_file, ts_file.with_suffix(".qm"))
            print(f"{ts_file.relative_to(REPOSITORY)} and its .qm are up to date")
    except (ToolMissing, RuntimeError) as exc:
        print(f"i18n_tools: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
