"""The HTML run report and its Qt-free charts."""
import base64
import json
import re
import struct
import zlib

import numpy as np
import pytest

from engine import headless
from engine.report import (decimate, heatmap_columns, inferno, main as report_main, nice_ticks, png_bytes,
                           read_run)
from engine.spec import DataSpec, DenseSpec, Experiment, OptimizerSpec


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("run")
    exp = Experiment(name="moons <demo>", description="Two tanh layers & SGD.",
                     data=DataSpec(name="moons", n_samples=120, seed=2),
                     layers=(DenseSpec(8, "tanh"), DenseSpec(6, "relu")), loss="cross_entropy",
                     optimizer=OptimizerSpec("sgd", 0.1), batch_size=24, epochs=5, seed=4)
    exp.dump(folder / "exp.json")
    assert headless.main([str(folder / "exp.json"), "--out", str(folder / "run")]) == 0
    return folder / "run"


def _images(page):
    return [base64.b64decode(data).decode("utf-8")
            for data in re.findall(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', page)]


def test_the_report_command_writes_one_self_contained_page(run_dir, tmp_path):
    out = tmp_path / "report.html"
    assert report_main([str(run_dir), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    summary = json.loads((run_dir / "summary.json").read_text())
    assert "<h1>moons &lt;demo&gt;</h1>" in page                    # escaped
    assert "Two tanh layers &amp; SGD." in page
    assert f"<tr><th>validation loss</th><td>{summary['val_loss']:.4g}</td></tr>" in page
    assert f"<tr><th>training accuracy</th><td>{summary['train_accuracy']:.4g}</td></tr>" in page
    assert f"<tr><th>status</th><td>finished</td></tr>" in page
    assert summary["message"] in page
    assert "dense, 8 units, tanh, init xavier_uniform<br>dense, 6 units, relu" in page
    assert "<tr><th>optimizer</th><td>sgd, lr 0.1</td></tr>" in page
    images = _images(page)
    assert len(images) == 3                                         # loss, accuracy, gradient heatmap
    assert all(svg.startswith("<svg") and svg.endswith("</svg>") for svg in images)
    assert "dense1 · tanh" in images[2] and "dense2 · relu" in images[2]
    # nothing to fetch: no scripts, style sheets or remote images
    assert not re.search(r"<script|<link|src=\"http|href=\"http", page)


def test_the_loss_chart_draws_every_step_of_the_metrics(run_dir):
    data = read_run(run_dir)
    metrics = np.genfromtxt(run_dir / "metrics.csv", delimiter=",", names=True)
    np.testing.assert_array_equal(data.steps["loss"], metrics["loss"])
    ends = ~np.isnan(metrics["val_loss"])
    np.testing.assert_array_equal(data.epochs["val_loss"], metrics["val_loss"][ends])
    assert data.grad_w.shape == (3, len(metrics))                   # dense1, dense2, output
    probes = np.genfromtxt(run_dir / "probes.csv", delimiter=",", names=True, dtype=None, encoding="utf-8")
    np.testing.assert_array_equal(data.grad_w[1], [row["grad_w"] for row in probes if row["layer"] == 1])


def test_a_folder_that_is_not_a_run_is_refused(tmp_path, capsys):
    assert report_main([str(tmp_path), "--out", str(tmp_path / "r.html")]) == 2
    assert capsys.readouterr().err == (f"error: Cannot open the run in {tmp_path}: incomplete: summary.json, "
                                       "experiment.json, metrics.csv, probes.csv missing (a run stopped before it "
                                       "was written whole, or not a run folder).\n")
    assert not (tmp_path / "r.html").exists()


def test_png_bytes_is_a_valid_png_of_the_pixels():
    rgb = np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3)
    png = png_bytes(rgb)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", png[8:16])
    assert kind == b"IHDR" and struct.unpack(">IIBBBBB", png[16:16 + length]) == (3, 2, 8, 2, 0, 0, 0)
    assert zlib.crc32(png[12:16 + length]) == struct.unpack(">I", png[16 + length:20 + length])[0]
    idat_at = png.index(b"IDAT")
    idat_len = struct.unpack(">I", png[idat_at - 4:idat_at])[0]
    raw = zlib.decompress(png[idat_at + 4:idat_at + 4 + idat_len])
    assert raw == b"\x00" + rgb[0].tobytes() + b"\x00" + rgb[1].tobytes()
    assert png.endswith(b"IEND\xaeB`\x82")


def test_inferno_ends_and_middle():
    np.testing.assert_array_equal(inferno(np.array([0.0, 0.5, 1.0, -3.0, np.nan])),
                                  [[0, 0, 4], [0xbb, 0x36, 0x54], [0xfc, 0xff, 0xa4], [0, 0, 4], [220, 220, 220]])
    # halfway between the first two stops #000004 and #200c49
    np.testing.assert_array_equal(inferno(np.array([1 / 16])), [[16, 6, 38]])


def test_nice_ticks():
    assert nice_ticks(0, 1) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    assert nice_ticks(1, 600) == [200.0, 400.0, 600.0]        # 599 / 5 = 120 -> a step of 200
    assert nice_ticks(-0.03, 0.07) == [-0.02, 0.0, 0.02, 0.04, 0.06]


def test_decimate_keeps_each_bins_min_and_max():
    x = np.arange(10, dtype=float)
    y = np.array([1, 5, 2, 2, 9, 0, 3, 3, 3, 7], dtype=float)
    short = decimate(x, y, n=5)                       # 10 points fit 2 * 5: passed through
    assert short[0] is x and short[1] is y
    xs, ys = decimate(x, y, n=2)                      # bins [0, 4.5) and [4.5, 9]
    np.testing.assert_array_equal(ys, [1, 9, 0, 7])
    np.testing.assert_array_equal(xs, [2.25, 2.25, 6.75, 6.75])


def test_heatmap_columns_take_the_largest_value_and_fill_gaps():
    step = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], dtype=float)
    values = np.array([[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10.0]])
    np.testing.assert_array_equal(heatmap_columns(step, values, n=2), [[4, 10]])   # steps 1-5 | 6-11
    merged = np.array([1, 2, 10, 11], dtype=float)                                  # a wide gap: 3..9
    np.testing.assert_array_equal(heatmap_columns(merged, np.array([[1.0, 2, 3, 4]]), n=2), [[2, 4]])
    np.testing.assert_array_equal(heatmap_columns(np.arange(1, 5.0), np.array([[1.0, np.nan, 3, 4]]), n=4),
                                  np.array([[1.0, np.nan, 3, 4]]))                  # fewer points: as they are
