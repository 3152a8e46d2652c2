"""What every headless command (``workbench.cli.SUBCOMMANDS``) does the same way: an error is one
line on stderr with an exit status, running out of memory is a sentence with the remedy, and a
reader that goes away (``... | head -1``) ends the command quietly.  Imports no Qt.
"""
from __future__ import annotations

import os
import sys
from typing import Callable

# What a person can do when an experiment does not fit in memory (`engine.limits.memory_budget`).
MEMORY_ADVICE = "use fewer or smaller layers, fewer samples or a smaller batch, or close other programs"
OUT_OF_MEMORY = f"not enough memory for this experiment; {MEMORY_ADVICE}"
# The status of a program that SIGPIPE ended, as a shell reports it (128 + signal 13).
CLOSED_PIPE_STATUS = 141
INTERRUPTED_STATUS = 130


def error(message: object, status: int = 2) -> int:
    """Print ``error: message`` on stderr and give back ``status`` (2: bad input, 1: a failure)."""
    print(f"error: {message}", file=sys.stderr)
    return status


def run_command(main: Callable[[list[str]], int], argv: list[str]) -> int:
    """Run a command's ``main(argv)`` with the handling every command shares."""
    try:
        status = main(argv)
        sys.stdout.flush()      # a closed pipe shows here, not in Python's own flush at exit
        return status
    except KeyboardInterrupt:   # Ctrl+C before the command installed its own handling (while importing)
        print("interrupted; nothing written", file=sys.stderr)
        return INTERRUPTED_STATUS
    except MemoryError:
        return error(OUT_OF_MEMORY)
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
