"""`backprop-workbench explain EXPERIMENT.json [--step N] [--sample I] [--json]`: the chain-rule
ledger (and, for a chain of single units, the worked example) without the GUI.

Trains N steps (default 0), then takes apart the batch the next step would train on
(``engine.explain``) and prints the ledger as text, or as JSON with one entry per layer (output
to input: ``layer``, ``activation``, ``grad_h_norm``, ``grad_z_norm``, ``activation_factor``,
``weight_factor``, ``gain``, ``in_ratio``) and the top-level ``ratio`` and ``summary``; for a
single-unit chain also ``worked_example`` (see ``engine.explain.worked_example``).  A number that
is not finite is written as null.

Exit status: 0 done; 2 bad input (the experiment, a data or weights file, --step, --sample) with
one message; 130 after Ctrl+C.
"""
from __future__ import annotations

import argparse
import json
import math
import sys

from engine.command_line import error, parse_with_language
from engine.diagnosis import status_text
from engine.explain import WORKED_SAMPLES, Explainer, ledger, worked_example
from engine.i18n import translate
from engine.network import WeightsError
from engine.preset_texts import preset_text
from engine.spec import Experiment, SpecError
from engine.trainer import Trainer


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="backprop-workbench explain",
                                description="Print the chain-rule ledger of an experiment after N training steps.")
    p.add_argument("experiment", help="experiment JSON file (saved from the app or a preset)")
    p.add_argument("--step", type=int, default=0, help="train this many steps first (default 0: the untrained net)")
    p.add_argument("--sample", type=int, default=0,
                   help="the training sample of the worked example (single-unit chains; default 0)")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    return p


def explanation_dict(trainer: Trainer, sample: int = 0) -> dict:
    """The ledger (and worked example) of ``trainer``'s next batch, as ``--json`` prints it."""
    explainer = Explainer(trainer)
    explanation = explainer.explain()
    book = ledger(explanation)
    result = {
        "experiment": trainer.exp.name, "step": trainer.step, "status": trainer.status,
        "batch_size": len(explanation.batch), "loss": explanation.loss,
        "layers": [{"layer": row.layer, "activation": row.activation, "grad_h_norm": row.grad_h_norm,
                    "grad_z_norm": row.grad_z_norm, "activation_factor": row.activation_factor,
                    "weight_factor": row.weight_factor, "gain": row.gain, "in_ratio": row.in_ratio}
                   for row in book.rows],
        "ratio": book.ratio, "summary": book.summary,
    }
    chain = explainer.worked_chain()
    if chain is not None:
        result["worked_example"] = worked_example(chain, sample)
    return result


def _finite(value):
    """JSON has no NaN or infinity: they become null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def _g(x: float) -> str:
    return f"{x:.4g}"


def format_ledger(result: dict) -> str:
    layer, activation = translate("Explain", "layer"), translate("Explain", "activation ×")
    weights, gain = translate("Explain", "weights ×"), translate("Explain", "gain")
    lines = [translate("Explain", "Chain-rule ledger of '{experiment}' at step {step}: the batch of {batch_size} "
                                  "samples the next step trains on (loss {loss})").format(
                 experiment=preset_text(result["experiment"]), step=result["step"], batch_size=result["batch_size"],
                 loss=_g(result["loss"])),
             "",
             f"{layer:<22}{'‖dL/dh‖':>11}{activation:>15}{weights:>12}{gain:>11}"]
    for row in result["layers"]:
        mark = "  *" if row["in_ratio"] else ""
        lines.append(f"{row['layer']:<22}{row['grad_h_norm']:>11.3e}{_g(row['activation_factor']):>15}"
                     f"{_g(row['weight_factor']):>12}{_g(row['gain']):>11}{mark}")
    lines += ["", translate("Explain", "activation factor = ‖dL/dz‖ / ‖dL/dh‖; weight factor = ‖dL/dh_prev‖ / "
                                       "‖dL/dz‖; gain = their product"),
              translate("Explain", "first-to-last hidden ratio = {ratio} (the product of the gains marked *)").format(
                  ratio=f"{result['ratio']:.4g}"),
              result["summary"]]
    if "worked_example" in result:
        lines += ["", *format_worked_example(result["worked_example"])]
    return "\n".join(lines)


def format_worked_example(example: dict) -> list[str]:
    """The worked example as a learner would write it out by hand."""
    lr = example["lr"]
    lines = [translate("Explain", "Worked example: training sample {sample}, x = {x}, target t = {target}").format(
                 sample=example["sample"], x=_g(example["x"]), target=_g(example["target"])),
             translate("Explain", "forward:")]
    for layer in example["layers"]:
        lines.append(f"  {layer['layer']}: z = w·x + b = {_g(layer['w'])} × {_g(layer['x'])} + {_g(layer['b'])} "
                     f"= {_g(layer['z'])};  a = {layer['activation']}(z) = {_g(layer['a'])}")
    output = example["layers"][-1]
    lines.append(translate("Explain", "error a − t = {error}").format(error=_g(output["a"] - example["target"])))
    lines.append(translate("Explain", "backward (output to input):"))
    for layer in reversed(example["layers"]):
        lines.append(f"  {layer['layer']}: dL/da = {_g(layer['dL_da'])};  σ'(z) = {_g(layer['slope'])};  "
                     f"dL/dz = dL/da · σ'(z) = {_g(layer['dL_dz'])}")
        lines.append(f"  {' ' * len(layer['layer'])}  dL/dw = dL/dz · x = {_g(layer['dL_dz'])} × {_g(layer['x'])} "
                     f"= {_g(layer['dL_dw'])};  dL/db = dL/dz = {_g(layer['dL_db'])}")
    if example["fused_output"] == "sigmoid":
        lines.append("  " + translate("Explain", "(binary cross-entropy: σ'(z) cancels, so dL/dz = a − t at the output)"))
    lines.append(translate("Explain", "update if this sample alone made the step (plain gradient descent, lr = "
                                      "{lr}):").format(lr=_g(lr)))
    for layer in example["layers"]:
        lines.append(f"  {layer['layer']}: w ← {_g(layer['w'])} − {_g(lr)} × {_g(layer['dL_dw'])} = {_g(layer['w_new'])};  "
                     f"b ← {_g(layer['b'])} − {_g(lr)} × {_g(layer['dL_db'])} = {_g(layer['b_new'])}")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = parse_with_language(_parser(), argv)
    try:
        if args.step < 0:
            raise SpecError("--step", translate("Commands", "must be 0 or a positive number of steps, got "
                                                            "{value}").format(value=args.step))
        trainer = Trainer(Experiment.load(args.experiment))
        if args.step:
            trainer.run(max_steps=args.step)
        samples = min(len(trainer.x_train), WORKED_SAMPLES)
        if not 0 <= args.sample < samples:
            raise SpecError("--sample", translate("Commands", "must be a training sample index from 0 to {last}, got "
                                                              "{value}").format(last=samples - 1, value=args.sample))
        result = explanation_dict(trainer, args.sample)
    except (SpecError, WeightsError) as exc:
        return error(exc)
    except KeyboardInterrupt:
        print(translate("Commands", "interrupted; nothing printed"), file=sys.stderr)
        return 130
    if trainer.status.startswith("diverged"):
        print(translate("Commands", "note: the run {status}; the ledger is of the last finite step").format(
            status=status_text(trainer.status)), file=sys.stderr)
    print(json.dumps(_finite(result), indent=2, ensure_ascii=False) if args.json else format_ledger(result))
    return 0
