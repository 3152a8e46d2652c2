"""Command line entry: `backprop-workbench` opens the app; `backprop-workbench COMMAND ...` runs a
headless command (see ``SUBCOMMANDS``).

The headless commands import no Qt module, so they work on machines without a display.
"""
from __future__ import annotations

import importlib
import sys

# command -> the module whose ``main(argv)`` runs it.  A new headless command is one entry here.
SUBCOMMANDS = {
    "run": "engine.headless",
    "gradcheck": "engine.gradcheck_command",
    "explain": "engine.explain_command",
    "export": "engine.export",
    "report": "engine.report",
    "sweep": "workbench.sweep_cli",
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        try:
            return importlib.import_module(SUBCOMMANDS[argv[0]]).main(argv[1:])
        except KeyboardInterrupt:     # Ctrl+C while the command was still importing: no traceback
            print("interrupted; nothing written", file=sys.stderr)
            return 130
    from workbench.app import main as app_main
    return app_main(argv)
