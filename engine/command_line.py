"""What every headless command (``workbench.cli.SUBCOMMANDS``) does the same way: an error is one
line on stderr with an exit status, running out of memory is a sentence with the remedy, and a
reader that goes away (``... | head -1``) ends the command quietly; messages are English unless the
command's ``--lang`` asks for another language (``parse_with_language``).  Imports no Qt.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Callable

from engine.i18n import ENGLISH, available_languages, translate, use_language

# What a person can do when an experiment does not fit in memory (`engine.limits.memory_budget`).
def memory_advice() -> str:
    return translate("Commands", "use fewer or smaller layers, fewer samples or a smaller batch, or close other programs")


# The status of a program that SIGPIPE ended, as a shell reports it (128 + signal 13).
CLOSED_PIPE_STATUS = 141
INTERRUPTED_STATUS = 130


def error(message: object, status: int = 2) -> int:
    """Print ``error: message`` on stderr and give back ``status`` (2: bad input, 1: a failure)."""
    print(translate("Commands", "error: {problem}").format(problem=message), file=sys.stderr)
    return status


def parse_with_language(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """A command's arguments, with its ``--lang`` option applied: messages are English unless
    ``--lang`` names another language (the system's locale is not followed, so scripts and logs read
    the same everywhere).  An unknown language exits with status 2 naming the option and the choices."""
    parser.add_argument("--lang", choices=available_languages(), default=ENGLISH,
                        help="language of the messages (default en: English whatever the system's language)")
    args = parser.parse_args(argv)
    use_language(args.lang)
    return args


def run_command(main: Callable[[list[str]], int], argv: list[str]) -> int:
    """Run a command's ``main(argv)`` with the handling every command shares."""
    try:
        status = main(argv)
        sys.stdout.flush()      # a closed pipe shows here, not in Python's own flush at exit
        return status
    except KeyboardInterrupt:   # Ctrl+C before the command installed its own handling (while importing)
        print(translate("Commands", "interrupted; nothing written"), file=sys.stderr)
        return INTERRUPTED_STATUS
    except MemoryError:
        return error(translate("Commands", "not enough memory for this experiment; {advice}").format(
            advice=memory_advice()))
    except BrokenPipeError:
        _silence_output()
        return CLOSED_PIPE_STATUS


def _silence_output() -> None:
    """Point stdout and stderr at the null device: the reader is gone, and what Python still holds
    in their buffers would raise again when it flushes them at exit."""
    null = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(null, stream.fileno())
        except (OSError, ValueError):      # a stream without a file descriptor (captured in tests)
            pass
    os.close(null)
