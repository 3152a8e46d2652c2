"""`backprop-workbench sweep SWEEP.json --out DIR [--workers N] [--scheduler ADDRESS|local]`.

Validates the whole sweep first (a bad field or value exits 2 naming it, before anything runs),
then runs it with ``workbench.sweep_executor``: on a local process pool, or on Dask with
``--scheduler``.  Shows a progress bar (runs done, failures, ETA) on a terminal and a plain line
every few seconds otherwise.  Ctrl+C stops the running runs, keeps every finished one in
DIR/results.csv and exits 130; the same command again resumes.  Imports no Qt.
"""
from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from engine.command_line import error
from engine.spec import SpecError
from engine.sweep import load_sweep
from workbench.sweep_executor import LOCAL_CLUSTER, Progress, SweepExecution

BAR_WIDTH = 24
TERMINAL_PERIOD_S = 0.2
PLAIN_PERIOD_S = 5.0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="backprop-workbench sweep",
                                description="Run every experiment of a sweep file and collect results.csv.")
    p.add_argument("sweep", help="sweep JSON file (a base experiment and the fields to vary)")
    p.add_argument("--out", required=True, help="folder for results.csv and runs/<run id>/")
    p.add_argument("--workers", type=int, help="worker processes (default: one per core); with --scheduler "
                                               "local, the LocalCluster's workers")
    p.add_argument("--scheduler", help=f"'{LOCAL_CLUSTER}' to start a Dask LocalCluster here, or the address "
                                       "of a running Dask scheduler (tcp://HOST:PORT)")
    return p


def format_progress(p: Progress) -> str:
    """'[#########...............]  12/48 runs  1 failed  ETA 0:32'."""
    filled = round(BAR_WIDTH * p.done / p.total) if p.total else BAR_WIDTH
    eta = p.eta_s
    eta_text = "ETA --:--" if eta is None else f"ETA {int(eta) // 60}:{int(eta) % 60:02d}"
    skipped = f"  ({p.skipped} already done)" if p.skipped else ""
    return (f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}]  {p.done}/{p.total} runs  "
            f"{p.failures} failed  {eta_text}{skipped}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        return error(f"--out: {out} is a file; give a folder")
    try:
        sweep = load_sweep(args.sweep)
        execution = SweepExecution(sweep, out, workers=args.workers, scheduler=args.scheduler)
    except (SpecError, ValueError) as exc:
        return error(exc)
    where = f"Dask at {args.scheduler}" if args.scheduler else f"{execution.workers} local worker process(es)"
    print(f"{sweep.name}: {len(execution.runs)} runs on {where}", file=sys.stderr)
    previous = signal.signal(signal.SIGINT, lambda *_: execution.stop())
    stream = sys.stderr
    tty = stream.isatty()
    try:
        execution.start()
        while not execution.join(TERMINAL_PERIOD_S if tty else PLAIN_PERIOD_S):
            _show(stream, execution.progress(), tty)
    finally:
        signal.signal(signal.SIGINT, previous)
    _show(stream, execution.progress(), tty)
    if tty:
        stream.write("\n")
    if execution.error is not None:
        return error(execution.error, 1)
    print(f"wrote {out / 'results.csv'}", file=sys.stderr)
    if execution.stopped:
        print("stopped: finished runs are kept; run the same command again to resume", file=sys.stderr)
        return 130
    return 0


def _show(stream, progress: Progress, tty: bool) -> None:
    line = format_progress(progress)
    stream.write("\r" + line if tty else line + "\n")
    stream.flush()
