"""The HTML run report: one self-contained file with the settings, the diagnosis, the plots and
the final figures of a run, for handing in or sharing.

``backprop-workbench report RUN_DIR --out report.html`` reads a folder written by
``backprop-workbench run`` (through ``engine.runs.read_run``); the window builds the same report
from the run on screen.  Both go through ``report_from_history``.  The plots are SVG
drawn here (no Qt, no plotting library) and embedded as data URIs; the gradient heatmap's pixels
are a PNG encoded here with zlib, inside its SVG.  Nothing is fetched from the network.
"""
from __future__ import annotations

import argparse
import base64
import html
import math
import struct
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from engine import runs
from engine.command_line import error, parse_with_language
from engine.diagnosis import Diagnosis, status_text, verdict_text
from engine.i18n import current_language, translate
from engine.layer_health import METRICS as LAYER_METRICS
from engine.preset_texts import preset_text
from engine.spec import Experiment, atomic_write_text

# The app's fixed heatmap scale: log10 of a layer's gradient norm, so a colour means the same
# magnitude in the app and the report.
HEATMAP_LOG10_RANGE = LAYER_METRICS["grad_w"].scale
# Inferno (the app's heatmap colour map) at 9 evenly spaced stops, interpolated linearly between.
INFERNO_STOPS = ("#000004", "#200c49", "#560f6d", "#89226a", "#bb3654", "#e35932", "#f98c09", "#f9c932", "#fcffa4")
TRAIN_COLOR, VALIDATION_COLOR = "#1f77b4", "#ff7f0e"      # the app's train / validation colours
MAX_POINTS = 800             # line charts keep the min and max of at most this many step bins
MAX_COLUMNS = 600            # heatmap columns at most
LOG_FLOOR = 1e-12            # a zero gradient is drawn as 1e-12 (darkest), not -inf


class ReportError(ValueError):
    """A run folder the report cannot be made from; the message says what is missing."""


@dataclass
class ReportData:
    """What a report shows.  ``steps`` columns: step, loss, grad_norm, lr (per step);
    ``epochs`` columns: step, epoch, train_loss, val_loss, train_acc, val_acc;
    ``grad_w``: (layers, len(steps["step"])) weight-gradient norms, input layer first."""
    title: str
    experiment: Experiment | None
    summary: dict
    steps: dict[str, np.ndarray]
    epochs: dict[str, np.ndarray]
    layer_names: list[str] = field(default_factory=list)
    grad_w: np.ndarray | None = None


# ----------------------------------------------------------------------------- reading

def report_summary(status: str, steps: int, epochs: int, train_loss: float, val_loss: float, train_acc: float,
                   val_acc: float, diagnosis: Diagnosis) -> dict:
    """The final figures and the diagnosis a report shows, shaped as summary.json (NaN as None)."""
    summary = {"status": status, "steps": steps, "epochs": epochs, "train_loss": train_loss, "val_loss": val_loss,
               "train_accuracy": train_acc, "val_accuracy": val_acc, "diagnosis": diagnosis.verdict,
               "message": diagnosis.message, "cause": diagnosis.cause,
               "first_to_last_gradient_ratio": diagnosis.ratio}
    return {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in summary.items()}


def read_run(run_dir: str | Path) -> ReportData:
    """A run folder written by ``backprop-workbench run`` (read by ``engine.runs.read_run``) as ReportData."""
    try:
        record = runs.read_run(run_dir)
    except runs.RunReadError as exc:
        raise ReportError(exc.problem) from None
    summary = report_summary(record.status, record.steps_done, record.epochs_done, record.train_loss,
                             record.val_loss, record.train_accuracy, record.val_accuracy, record.diagnosis)
    return report_from_history(record.experiment, record.steps, record.epochs, record.layer_names, summary)


def report_from_history(experiment: Experiment, steps: dict, epochs: dict, layer_names: list[str],
                        summary: dict) -> ReportData:
    """ReportData from a run's History snapshots (the window's RunFrame.steps / .epochs, whose
    per-layer columns are named ``L{i}.grad_w``) and a summary shaped as summary.json."""
    grad_w = None
    if layer_names and all(f"L{i}.grad_w" in steps for i in range(len(layer_names))):
        grad_w = np.array([steps[f"L{i}.grad_w"] for i in range(len(layer_names))], dtype=np.float64)
    step_columns = {name: np.asarray(steps[name], dtype=np.float64) for name in ("step", "loss", "grad_norm", "lr")
                    if name in steps}
    epoch_columns = {name: np.asarray(epochs[name], dtype=np.float64) for name in epochs}
    return ReportData(preset_text(experiment.name), experiment, summary, step_columns, epoch_columns, list(layer_names), grad_w)


# ----------------------------------------------------------------------------- charts

def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten apart) covering [low, high]."""
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return [low] if math.isfinite(low) else []
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(low / step - 1e-9) * step
    return [round(first + i * step, 12) for i in range(int((high - first) / step + 1e-9) + 1)]


def _fmt_tick(value: float, log: bool) -> str:
    if log:
        return f"1e{int(round(value))}"
    return f"{value:.6g}"


def decimate(x: np.ndarray, y: np.ndarray, n: int = MAX_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """At most 2n points: the min and max of y in each of n bins of x, so spikes survive."""
    if len(x) <= 2 * n:
        return x, y
    bins = np.minimum(((x - x[0]) / (x[-1] - x[0]) * n).astype(np.intp), n - 1)
    lows, highs = np.full(n, np.inf), np.full(n, -np.inf)
    finite = np.isfinite(y)
    np.minimum.at(lows, bins[finite], y[finite])
    np.maximum.at(highs, bins[finite], y[finite])
    centres = x[0] + (np.arange(n) + 0.5) * (x[-1] - x[0]) / n
    keep = np.isfinite(lows)
    return np.repeat(centres[keep], 2), np.column_stack([lows[keep], highs[keep]]).ravel()


@dataclass
class Series:
    label: str
    x: np.ndarray
    y: np.ndarray
    color: str
    markers: bool = False


def svg_line_chart(series: list[Series], title: str, x_label: str, y_label: str, log_y: bool = False,
                   width: int = 640, height: int = 300) -> str:
    """A line chart as SVG text: axes with round ticks, one polyline per series (broken at
    non-finite values), a legend; y on a log10 scale when ``log_y``."""
    left, right, top, bottom = 64, 16, 48, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    prepared = []
    for s in series:
        x, y = np.asarray(s.x, dtype=np.float64), np.asarray(s.y, dtype=np.float64)
        if log_y:
            y = np.where(y > 0, np.log10(np.where(y > 0, y, 1.0)), np.nan)
        if not s.markers:
            x, y = decimate(x, y)
        prepared.append((s, x, y))
    xs = np.concatenate([x for _, x, y in prepared if len(x)] or [np.zeros(0)])
    ys = np.concatenate([y[np.isfinite(y)] for _, _, y in prepared] or [np.zeros(0)])
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
             f'<rect width="{width}" height="{height}" fill="white"/>',
             f'<text x="{width / 2}" y="18" text-anchor="middle" font-size="14">{html.escape(title)}</text>']
    if not len(xs) or not len(ys):
        parts.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">no data yet</text></svg>')
        return "".join(parts)
    x0, x1 = float(xs.min()), float(xs.max())
    y0, y1 = float(ys.min()), float(ys.max())
    if x1 == x0:
        x0, x1 = x0 - 1, x1 + 1
    if y1 == y0:
        y0, y1 = y0 - (1 if log_y else abs(y0) * 0.1 + 1e-12), y1 + (1 if log_y else abs(y1) * 0.1 + 1e-12)
    if log_y:
        y0, y1 = math.floor(y0), math.ceil(y1)
    else:
        pad = (y1 - y0) * 0.05
        y0, y1 = y0 - pad, y1 + pad

    def px(x):
        return left + (x - x0) / (x1 - x0) * plot_w

    def py(y):
        return top + (1 - (y - y0) / (y1 - y0)) * plot_h

    y_ticks = [float(v) for v in range(int(y0), int(y1) + 1)] if log_y else nice_ticks(y0, y1)
    if log_y and len(y_ticks) > 8:
        y_ticks = y_ticks[::math.ceil(len(y_ticks) / 8)]
    for v in y_ticks:
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{py(v):.1f}" y2="{py(v):.1f}" stroke="#e4e4e4"/>'
                     f'<text x="{left - 6}" y="{py(v) + 4:.1f}" text-anchor="end">{_fmt_tick(v, log_y)}</text>')
    for v in nice_ticks(x0, x1):
        parts.append(f'<line x1="{px(v):.1f}" x2="{px(v):.1f}" y1="{top + plot_h}" y2="{top + plot_h + 4}" '
                     f'stroke="#444"/><text x="{px(v):.1f}" y="{top + plot_h + 17}" text-anchor="middle">'
                     f'{_fmt_tick(v, False)}</text>')
    parts.append(f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#444"/>')
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 6}" text-anchor="middle">{html.escape(x_label)}</text>')
    parts.append(f'<text transform="translate(14 {top + plot_h / 2}) rotate(-90)" text-anchor="middle">'
                 f'{html.escape(y_label)}</text>')
    for s, x, y in prepared:
        finite = np.isfinite(y)
        runs = np.split(np.arange(len(y)), np.flatnonzero(np.diff(finite.astype(np.int8))) + 1)
        for run in runs:
            if len(run) and finite[run[0]]:
                points = " ".join(f"{px(a):.1f},{py(b):.1f}" for a, b in zip(x[run], y[run]))
                parts.append(f'<polyline points="{points}" fill="none" stroke="{s.color}" stroke-width="1.5"/>')
        if s.markers:
            parts.extend(f'<circle cx="{px(a):.1f}" cy="{py(b):.1f}" r="2.5" fill="{s.color}"/>'
                         for a, b in zip(x[finite], y[finite]))
    for i, s in enumerate(series):
        lx, ly = left + 200 * i, top - 10
        parts.append(f'<line x1="{lx}" x2="{lx + 18}" y1="{ly - 4}" y2="{ly - 4}" stroke="{s.color}" '
                     f'stroke-width="3"/><text x="{lx + 24}" y="{ly}">{html.escape(s.label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def png_bytes(rgb: np.ndarray) -> bytes:
    """An (h, w, 3) uint8 image as PNG bytes (8-bit RGB, no filter), top row first."""
    h, w, _ = rgb.shape
    raw = b"".join(b"\x00" + rgb[row].tobytes() for row in range(h))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def inferno(t: np.ndarray) -> np.ndarray:
    """Colours (…, 3) uint8 for t in [0, 1] (clipped); NaN is drawn light grey."""
    stops = np.array([[int(c[i:i + 2], 16) for i in (1, 3, 5)] for c in INFERNO_STOPS], dtype=np.float64)
    position = np.clip(np.nan_to_num(t, nan=0.0), 0, 1) * (len(stops) - 1)
    low = np.minimum(position.astype(np.intp), len(stops) - 2)
    frac = (position - low)[..., None]
    rgb = stops[low] * (1 - frac) + stops[low + 1] * frac
    rgb[np.isnan(t)] = (220, 220, 220)
    return np.round(rgb).astype(np.uint8)


def heatmap_columns(step: np.ndarray, values: np.ndarray, n: int = MAX_COLUMNS) -> np.ndarray:
    """(layers, ≤ n) columns over the steps, each the largest value of the steps it covers (a
    one-step spike survives); a column no step falls in repeats the one before."""
    if values.shape[1] <= n:
        return values
    bins = np.minimum(((step - step[0]) / (step[-1] - step[0]) * n).astype(np.intp), n - 1)
    out = np.full((values.shape[0], n), -np.inf)
    for row in range(values.shape[0]):
        finite = np.isfinite(values[row])
        np.maximum.at(out[row], bins[finite], values[row][finite])
    out[np.isinf(out)] = np.nan
    for c in range(1, n):
        gap = np.isnan(out[:, c])
        out[gap, c] = out[gap, c - 1]
    return out


def svg_heatmap(step: np.ndarray, grad_w: np.ndarray, layer_names: list[str], width: int = 640) -> str:
    """The gradient heatmap as SVG: x = step, y = layer (input at the bottom), colour = log10 of
    the layer's weight-gradient norm on the app's fixed scale, with a colour bar."""
    low, high = HEATMAP_LOG10_RANGE
    rows = len(layer_names)
    left, right, top, bottom = 150, 90, 30, 44
    row_h = max(14, min(40, 240 // max(rows, 1)))
    plot_w, plot_h = width - left - right, row_h * rows
    height = top + plot_h + bottom
    logs = np.log10(np.maximum(grad_w, LOG_FLOOR))
    logs[np.isnan(grad_w)] = np.nan
    columns = heatmap_columns(np.asarray(step, dtype=np.float64), logs)
    # top row = output layer; each layer's row repeated to its height so no viewer blurs rows together
    image = np.repeat(inferno((columns[::-1] - low) / (high - low)), row_h, axis=0)
    png = base64.b64encode(png_bytes(image)).decode("ascii")
    heading = translate("Report", "Gradient size per layer (log10 of the weight-gradient norm)")
    bar = base64.b64encode(png_bytes(inferno(np.linspace(1, 0, 64))[:, None, :])).decode("ascii")
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
             f'<rect width="{width}" height="{height}" fill="white"/>',
             f'<text x="{width / 2}" y="18" text-anchor="middle" font-size="14">{html.escape(heading)}</text>',
             f'<image x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" preserveAspectRatio="none" '
             f'style="image-rendering:pixelated" href="data:image/png;base64,{png}"/>',
             f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#444"/>']
    for i, name in enumerate(layer_names):
        y = top + plot_h - (i + 0.5) * row_h + 4
        parts.append(f'<text x="{left - 6}" y="{y:.1f}" text-anchor="end">{html.escape(name)}</text>')
    x0, x1 = float(step[0]), float(step[-1]) if len(step) else 1.0
    span = (x1 - x0) or 1.0
    for v in nice_ticks(x0, x1):
        x = left + (v - x0) / span * plot_w
        parts.append(f'<text x="{x:.1f}" y="{top + plot_h + 17}" text-anchor="middle">{_fmt_tick(v, False)}</text>')
    step_label = html.escape(translate("Report", "step"))
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 6}" text-anchor="middle">{step_label}</text>')
    bar_x = left + plot_w + 16
    parts.append(f'<image x="{bar_x}" y="{top}" width="14" height="{plot_h}" preserveAspectRatio="none" '
                 f'href="data:image/png;base64,{bar}"/>')
    parts.append(f'<text x="{bar_x + 18}" y="{top + 10}">1e{int(high)}</text>'
                 f'<text x="{bar_x + 18}" y="{top + plot_h}">1e{int(low)}</text>')
    parts.append("</svg>")
    return "".join(parts)


# ----------------------------------------------------------------------------- the page

def describe_layers(exp: Experiment) -> list[str]:
    """One line per layer, input side first, as a learner would say it."""
    def one(layer) -> str:
        if layer.type == "dense":
            if layer.slope is not None and layer.activation in ("leaky_relu", "elu"):
                text = translate("Report", "dense, {units} units, {activation} (slope {slope}), init {init}")
            else:
                text = translate("Report", "dense, {units} units, {activation}, init {init}")
            return text.format(units=layer.units, activation=layer.activation, slope=layer.slope, init=layer.init.name)
        if layer.type == "activation":
            return translate("Report", "activation {activation}").format(activation=layer.activation)
        if layer.type == "batchnorm":
            return translate("Report", "batch norm (momentum {momentum}, eps {eps})").format(
                momentum=layer.momentum, eps=layer.eps)
        if layer.type == "dropout":
            return translate("Report", "dropout, rate {rate}").format(rate=layer.rate)
        return translate("Report", "residual block: x + f(x), f = [{layers}]").format(
            layers="; ".join(one(x) for x in layer.layers))
    return [one(layer) for layer in exp.layers] + [
        translate("Report", "output: linear, init {init}").format(init=exp.output_init.name)]


def _settings_rows(exp: Experiment) -> list[tuple[str, str]]:
    d = exp.data
    if d.name == "csv":
        data = translate("Report", "csv {path} (target {target}), validation {fraction:.0%}").format(
            path=d.csv_path, target=d.target, fraction=d.val_fraction)
    else:
        data = translate("Report", "{name}, {samples} samples, noise {noise}, validation {fraction:.0%}, seed {seed}").format(
            name=d.name, samples=d.n_samples, noise=d.noise, fraction=d.val_fraction, seed=d.seed)
    params = ", ".join(f"{k} {v}" for k, v in exp.optimizer.params.items())
    schedule = exp.schedule.name + (" (" + ", ".join(f"{k} {v}" for k, v in exp.schedule.params.items()) + ")"
                                    if exp.schedule.params else "")
    clip = (translate("Report", "off") if exp.clip.mode == "off"
            else translate("Report", "by {mode}, threshold {threshold}").format(mode=exp.clip.mode,
                                                                             threshold=exp.clip.threshold))
    length = (translate("Report", "{count} epochs").format(count=exp.epochs) if exp.epochs is not None
              else translate("Report", "{count} steps").format(count=exp.steps))
    return [(translate("Report", "data"), data),
            (translate("Report", "layers"), "<br>".join(html.escape(x) for x in describe_layers(exp))),
            (translate("Report", "loss", "the settings row naming the loss function"), exp.loss),
            (translate("Report", "optimizer"), f"{exp.optimizer.name}, lr {exp.optimizer.lr}" + (f", {params}" if params else "")),
            (translate("Report", "schedule"), schedule), (translate("Report", "gradient clipping"), clip),
            (translate("Report", "batch size"), translate("Report", "full batch") if exp.batch_size == 0 else str(exp.batch_size)),
            (translate("Report", "length"), length), (translate("Report", "seed"), str(exp.seed)),
            (translate("Report", "dtype"), exp.dtype),
            (translate("Report", "initial weights"), exp.initial_weights or translate("Report", "drawn from the seed"))]


def _figure(value) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    if isinstance(value, float):
        return f"{value:.4g}"
    return html.escape(str(value))


def _embedded(svg: str, alt: str) -> str:
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return f'<figure><img alt="{html.escape(alt)}" src="data:image/svg+xml;base64,{data}"></figure>'


def charts(data: ReportData) -> dict[str, str]:
    """The report's plots as SVG text, by name: loss, accuracy (classification) and gradients."""
    out = {}
    steps, epochs = data.steps, data.epochs
    loss_series = [Series(translate("Report", "training batch loss"), steps.get("step", np.zeros(0)),
                          steps.get("loss", np.zeros(0)), TRAIN_COLOR)]
    if len(epochs.get("val_loss", [])) and np.isfinite(epochs["val_loss"]).any():
        loss_series.append(Series(translate("Report", "validation loss (epoch ends)"), epochs["step"], epochs["val_loss"],
                                  VALIDATION_COLOR, markers=True))
    losses = np.asarray(steps.get("loss", np.zeros(0)), dtype=np.float64)
    positive = losses[np.isfinite(losses) & (losses > 0)]
    log_y = len(positive) > 1 and positive.max() / positive.min() > 100
    step = translate("Report", "step")
    out["loss"] = svg_line_chart(loss_series, translate("Report", "Loss"), step,
                                 translate("Report", "loss (log scale)") if log_y else translate("Report", "loss"),
                                 log_y=log_y)
    accuracy = [Series(label, epochs["step"], epochs[key], color, markers=True)
                for key, label, color in (("train_acc", translate("Report", "training"), TRAIN_COLOR),
                                          ("val_acc", translate("Report", "validation"), VALIDATION_COLOR))
                if len(epochs.get(key, [])) and np.isfinite(epochs[key]).any()]
    if accuracy:
        out["accuracy"] = svg_line_chart(accuracy, translate("Report", "Accuracy per epoch"), step,
                                         translate("Report", "accuracy"))
    if data.grad_w is not None and data.grad_w.size:
        out["gradients"] = svg_heatmap(steps["step"], data.grad_w, data.layer_names)
    return out


def render_html(data: ReportData) -> str:
    s = data.summary
    title = html.escape(data.title)
    status = s.get("status")
    final = [(translate("Report", "status"), status_text(status) if isinstance(status, str) else status),
             (translate("Report", "steps"), s.get("steps")), (translate("Report", "epochs"), s.get("epochs")),
             (translate("Report", "training loss"), s.get("train_loss")),
             (translate("Report", "validation loss"), s.get("val_loss")),
             (translate("Report", "training accuracy"), s.get("train_accuracy")),
             (translate("Report", "validation accuracy"), s.get("val_accuracy"))]
    verdict = s.get("diagnosis") or "–"
    ratio = s.get("first_to_last_gradient_ratio")
    diagnosis = [f'<p class="verdict">{html.escape(verdict_text(str(verdict)))}</p>',
                 f"<p>{html.escape(s.get('message') or '')}</p>"]
    if s.get("cause"):
        diagnosis.append("<p>" + html.escape(translate("Report", "Cause: {cause}").format(cause=s["cause"])) + "</p>")
    if ratio is not None:
        diagnosis.append("<p>" + translate("Report", "First layer's gradient over the last layer's: {ratio}").format(
            ratio=_figure(float(ratio))) + "</p>")
    body = [f"<h1>{title}</h1>"]
    if data.experiment is not None and data.experiment.description:
        body.append(f"<p>{html.escape(preset_text(data.experiment.description))}</p>")
    body += ["<h2>" + translate("Report", "Final figures") + "</h2>", "<table>"]
    body += [f"<tr><th>{name}</th><td>{_figure(value)}</td></tr>" for name, value in final]
    body += ["</table>", "<h2>" + translate("Report", "Diagnosis") + "</h2>", *diagnosis,
             "<h2>" + translate("Report", "Plots") + "</h2>"]
    captions = {"loss": translate("Report", "Loss per step (each batch's loss before its update) and validation loss "
                                            "at epoch ends"),
                "accuracy": translate("Report", "Accuracy at the end of each epoch"),
                "gradients": translate("Report", "Gradient heatmap: one row per layer, input at the bottom; dark = "
                                                 "vanishing, bright = exploding")}
    for name, svg in charts(data).items():
        body.append(_embedded(svg, captions[name]) + f"<p class='caption'>{html.escape(captions[name])}</p>")
    if data.experiment is not None:
        body += ["<h2>" + translate("Report", "Settings") + "</h2>", "<table>"]
        layers_row = translate("Report", "layers")
        body += [f"<tr><th>{html.escape(k)}</th><td>{v if k == layers_row else html.escape(v)}</td></tr>"
                 for k, v in _settings_rows(data.experiment)]
        body.append("</table>")
    body.append("<p class='caption'>" + translate("Report", "Made by backprop-workbench.") + "</p>")
    style = ("body{font-family:sans-serif;max-width:760px;margin:2em auto;color:#222;line-height:1.4}"
             "table{border-collapse:collapse}th,td{text-align:left;padding:3px 12px 3px 0;vertical-align:top}"
             "th{font-weight:600}figure{margin:1em 0 0}img{max-width:100%}.caption{color:#555;font-size:90%}"
             ".verdict{font-size:120%;font-weight:600}")
    page_title = html.escape(translate("Report", "{title} – run report").format(title=data.title))
    return (f"<!DOCTYPE html>\n<html lang=\"{current_language()}\"><head><meta charset=\"utf-8\"><title>{page_title}</title>"
            f"<style>{style}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def write_report(data: ReportData, path: str | Path) -> None:
    atomic_write_text(path, render_html(data))


# ----------------------------------------------------------------------------- command line

def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="backprop-workbench report",
                                description="Write a self-contained HTML report of a run folder.")
    p.add_argument("run_dir", help="a folder written by `backprop-workbench run`")
    p.add_argument("--out", required=True, help="the HTML file to write")
    args = parse_with_language(p, argv)
    try:
        data = read_run(args.run_dir)
        write_report(data, args.out)
    except ReportError as exc:
        return error(exc)
    except OSError as exc:
        return error(translate("Commands", "--out: cannot write {path}: {reason}; choose another file").format(
            path=args.out, reason=exc.strerror or exc))
    print(translate("Commands", "wrote {path}").format(path=args.out), file=sys.stderr)
    return 0
