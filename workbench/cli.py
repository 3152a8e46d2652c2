"""Command line entry: `backprop-workbench` opens the app; `backprop-workbench run ...` trains headless.

The headless path imports no Qt module, so it works on machines without a display.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "run":
        from engine.headless import main as headless_main
        return headless_main(argv[1:])
    from workbench.app import main as app_main
    return app_main(argv)
