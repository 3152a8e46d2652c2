"""Command line entry: `backprop-workbench` opens the app; `backprop-workbench COMMAND ...` runs a
headless command (see ``SUBCOMMANDS``).

The headless commands import no Qt module, so they work on machines without a display; errors, running
out of memory and a closed output pipe are handled alike for all of them (``engine.command_line``).
"""
from __future__ import annotations

import importlib
import sys

from engine.command_line import run_command

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
        return run_command(lambda args: importlib.import_module(SUBCOMMANDS[argv[0]]).main(args), argv[1:])
    from workbench.app import main as app_main
    return app_main(argv)
