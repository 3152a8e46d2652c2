"""`backprop-workbench gradcheck EXPERIMENT.json [--json] [--weights W.npz] [--batch N] [--entries N]`:
check an experiment's back-propagated gradients against central differences, without Qt.

Prints a table (or, with --json, the whole ``engine.gradcheck.GradcheckReport``) and a sentence on
what the result means.  Exit status: 0 every parameter passed, 1 some parameter failed, 2 bad
input (the experiment, its data or the weights), with one message.
"""
from __future__ import annotations

import argparse
import json

from engine.command_line import error, parse_with_language
from engine.gradcheck import BATCH_SIZE, MAX_ENTRIES, GradcheckReport, check_experiment
from engine.i18n import translate
from engine.network import WeightsError, load_weights
from engine.preset_texts import preset_text
from engine.spec import Experiment, SpecError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="backprop-workbench gradcheck",
                                description="Compare back-propagated gradients with central differences, "
                                            "in float64, on one batch of the experiment's training data.")
    p.add_argument("experiment", help="experiment JSON file (saved from the app or a preset)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--weights", help="check at these weights (a run's weights.npz) instead of the initial ones")
    p.add_argument("--batch", type=int, default=BATCH_SIZE, help=f"samples in the batch (default {BATCH_SIZE})")
    p.add_argument("--entries", type=int, default=MAX_ENTRIES,
                   help=f"check a random sample of this many weights when the network has more (default {MAX_ENTRIES})")
    return p


def format_report(report: GradcheckReport, name: str) -> str:
    pass_text, fail_text = translate("Gradcheck", "pass"), translate("Gradcheck", "FAIL")
    columns = (translate("Gradcheck", "parameter"), translate("Gradcheck", "shape"), translate("Gradcheck", "checked"),
               translate("Gradcheck", "max |analytic|"), translate("Gradcheck", "max |numeric|"),
               translate("Gradcheck", "rel. error"), translate("Gradcheck", "result"))
    lines = [translate("Gradcheck", "Gradient check of “{name}”: float64, {batch_size} training samples, eps {eps}, "
                                    "pass at relative error <= {threshold}").format(
                 name=preset_text(name), batch_size=report.batch_size, eps=f"{report.eps:g}",
                 threshold=f"{report.threshold:g}"),
             f"{columns[0]:<16} {columns[1]:<12} {columns[2]:>13} {columns[3]:>15} {columns[4]:>14} {columns[5]:>11}  "
             f"{columns[6]}"]
    for p in report.parameters:
        lines.append(f"{p.name:<16} {str(p.shape):<12} {f'{p.checked}/{p.size}':>13} {p.max_analytic:>15.3e} "
                     f"{p.max_numeric:>14.3e} {p.relative_error:>11.2e}  {pass_text if p.passed else fail_text}")
    verdict = (translate("Gradcheck", "PASS: {meaning}") if report.passed
               else translate("Gradcheck", "FAIL: {meaning}"))
    lines.append(verdict.format(meaning=report.meaning()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_with_language(_parser(), argv)
    try:
        if args.batch < 1:
            raise SpecError("--batch", translate("Commands", "must be a positive integer, got {value}").format(
                value=args.batch))
        if args.entries < 1:
            raise SpecError("--entries", translate("Commands", "must be a positive integer, got {value}").format(
                value=args.entries))
        exp = Experiment.load(args.experiment)
        weights = load_weights(args.weights) if args.weights else None
        report = check_experiment(exp, weights, batch_size=args.batch, max_entries=args.entries)
    except (SpecError, WeightsError) as exc:       # DatasetError is a SpecError
        return error(exc)
    print(json.dumps(report.to_dict(), indent=2) if args.json else format_report(report, exp.name))
    return 0 if report.passed else 1
