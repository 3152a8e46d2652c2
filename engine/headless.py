"""`backprop-workbench run EXPERIMENT.json --out DIR [--steps N] [--seed S]`: train without Qt.

Writes the run into DIR in the format of ``engine.run_directory`` (metrics.csv, probes.csv,
weights.npz, summary.json, experiment.json, README.txt), all at once: DIR holds one whole run or
is left as it was.  Shows a progress line on a terminal and plain lines otherwise.

Exit status: 0 a finished (or diverged) run; 2 bad input (the experiment, a data file, the
weights, the output folder), with one message and nothing written; 1 writing failed (a full
disk) or memory ran out mid-run, with nothing written; 128 + the signal number after Ctrl+C (SIGINT) or SIGTERM, which
stop after the current step and still write the run (before training starts they stop at once,
with nothing written); 141 when the reader of its output goes away (``engine.command_line``).
Never a traceback for any of these.
"""
from __future__ import annotations

import argparse
import signal
import sys
import time

from engine.command_line import error, memory_advice, parse_with_language
from engine.diagnosis import status_text
from engine.i18n import translate
from engine.network import WeightsError
from engine.run_directory import OutputError, write_run
from engine.spec import Experiment, SpecError, reparse
from engine.trainer import Trainer

PROGRESS_PERIOD_S = 0.2     # terminal redraws
PLAIN_PERIOD_S = 5.0        # plain lines when not on a terminal
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="backprop-workbench run", description="Train an experiment without the GUI.")
    p.add_argument("experiment", help="experiment JSON file (saved from the app or a preset)")
    p.add_argument("--out", required=True, help="folder for the run: metrics.csv, probes.csv, weights.npz, "
                                                "summary.json (a new or empty folder, or a previous run's)")
    p.add_argument("--steps", type=int, help="train this many steps instead of the experiment's length")
    p.add_argument("--seed", type=int, help="override the experiment's seed")
    return p

def _load(args: argparse.Namespace) -> Experiment:
    exp = Experiment.load(args.experiment)
    changes = {}
    if args.steps is not None:
        if args.steps < 1:
            raise SpecError("--steps", translate("Commands", "must be a positive integer, got {value}").format(
                value=args.steps))
        changes.update(steps=args.steps, epochs=None)
    if args.seed is not None:
        if args.seed < 0:
            raise SpecError("--seed", translate("Commands", "must be a non-negative integer, got {value}").format(
                value=args.seed))
        changes["seed"] = args.seed
    return reparse(exp.replace(**changes)) if changes else exp


class _Interrupts:
    """SIGINT and SIGTERM: before training, stop at once (KeyboardInterrupt, caught by ``main``);
    once a trainer exists, stop it after the current step so the run is still written whole."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self.trainer: Trainer | None = None

    def __call__(self, signum, _frame) -> None:
        self.signum = signum
        if self.trainer is None:
            raise KeyboardInterrupt
        self.trainer.control.stop()

    def __enter__(self) -> "_Interrupts":
        self._previous = {s: signal.signal(s, self) for s in STOP_SIGNALS}
        return self

    def __exit__(self, *_exc) -> None:
        for s, handler in self._previous.items():
            signal.signal(s, handler)


def main(argv: list[str] | None = None) -> int:
    args = parse_with_language(_parser(), argv)
    with _Interrupts() as interrupts:
        try:
            return _run(args, interrupts)
        except KeyboardInterrupt:
            print(translate("Commands", "interrupted before training started; nothing written"), file=sys.stderr)
            return 128 + (interrupts.signum or signal.SIGINT)


def _run(args: argparse.Namespace, interrupts: _Interrupts) -> int:
    try:
        exp = _load(args)
        trainer = Trainer(exp)
    except (SpecError, WeightsError) as exc:       # DatasetError is a SpecError
        return error(exc)
    interrupts.trainer = trainer
    progress = _Progress(trainer, sys.stderr)
    try:
        result = write_run(trainer, args.out, on_step=lambda _t: progress.update())
    except OutputError as exc:
        return error(exc)
    except BrokenPipeError:     # the reader of the progress went away: the shared handler ends quietly
        raise
    except OSError as exc:
        return error(translate("Commands", "cannot write the run into {out}: {reason}; nothing was written (free "
                                               "some space or choose another folder, and run again)").format(
            out=args.out, reason=exc.strerror or exc), 1)
    except MemoryError:
        return error(translate("Commands", "the run ran out of memory; nothing was written to {out} ({advice})").format(
            out=args.out, advice=memory_advice()), 1)
    progress.done()
    print(translate("Commands", "{status}: {steps} steps, {diagnosis}").format(
        status=status_text(result.status), steps=result.steps, diagnosis=result.diagnosis.message), file=sys.stderr)
    print(translate("Commands", "wrote {out}/metrics.csv, probes.csv, weights.npz, summary.json, experiment.json, "
                                "README.txt").format(out=args.out), file=sys.stderr)
    if interrupts.signum is not None:
        return 128 + interrupts.signum
    return 0


class _Progress:
    def __init__(self, trainer: Trainer, stream):
        self.trainer = trainer
        self.stream = stream
        self.tty = stream.isatty()
        self.period = PROGRESS_PERIOD_S if self.tty else PLAIN_PERIOD_S
        self.start = self.last = time.monotonic()

    def update(self) -> None:
        now = time.monotonic()
        if now - self.last < self.period:
            return
        self.last = now
        self._write(now)

    def _write(self, now: float) -> None:
        t = self.trainer
        rate = t.step / max(now - self.start, 1e-9)
        line = translate("Commands", "step {step}/{total} ({done:.0%})  epoch {epoch}  loss {loss}  {rate} steps/s").format(
            step=t.step, total=t.total_steps, done=t.step / t.total_steps, epoch=t.epoch, loss=f"{t.last_loss:.4g}",
            rate=f"{rate:,.0f}")
        if self.tty:
            self.stream.write("\r" + line.ljust(79)[:79])
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def done(self) -> None:
        self._write(time.monotonic())
        if self.tty:
            self.stream.write("\n")
