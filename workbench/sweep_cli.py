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

from engine.command_line import error, parse_with_language
from engine.i18n import translate
from engine.preset_texts import preset_text
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
    eta_text = "--:--" if eta is None else f"{int(eta) // 60}:{int(eta) % 60:02d}"
    bar = f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}]"
    if p.skipped:
        line = translate("Sweep", "{bar}  {done}/{total} runs  {failed} failed  ETA {eta}  ({skipped} already done)")
    else:
        line = translate("Sweep", "{bar}  {done}/{total} runs  {failed} failed  ETA {eta}")
    return line.format(bar=bar, done=p.done, total=p.total, failed=p.failures, eta=eta_text, skipped=p.skipped)


def main(argv: list[str] | None = None) -> int:
    args = parse_with_language(_parser(), argv)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        return error(translate("Sweep", "--out: {path} is a file; give a folder").format(path=out))
    try:
        sweep = load_sweep(args.sweep)
        execution = SweepExecution(sweep, out, workers=args.workers, scheduler=args.scheduler)
    except ValueError as exc:      # SpecError is a ValueError
        return error(exc)
    if args.scheduler:
        where = translate("Sweep", "Dask at {scheduler}").format(scheduler=args.scheduler)
    else:
        where = translate("Sweep", "{count} local worker process(es)").format(count=execution.workers)
    print(translate("Sweep", "{name}: {count} runs on {where}").format(
        name=preset_text(sweep.name), count=len(execution.runs), where=where), file=sys.stderr)
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
    print(translate("Commands", "wrote {path}").format(path=out / "results.csv"), file=sys.stderr)
    if execution.stopped:
        print(translate("Sweep", "stopped: finished runs are kept; run the same command again to resume"),
              file=sys.stderr)
        return 130
    return 0


def _show(stream, progress: Progress, tty: bool) -> None:
    line = format_progress(progress)
    stream.write("\r" + line if tty else line + "\n")
    stream.flush()
