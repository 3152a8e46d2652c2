"""The window's metric and heatmap CSV exports, built from History snapshots."""
import csv
import io

from engine.history import History
from engine.tables import epochs_csv, heatmap_csv, steps_csv
from engine.trainer import EPOCH_COLUMNS, LAYER_METRICS, STEP_COLUMNS, layer_column


def _history():
    columns = list(STEP_COLUMNS) + [layer_column(i, m) for i in range(2) for m in LAYER_METRICS]
    history = History(columns)
    for step in (1, 2, 3):
        row = [0.5 / step, 2.0 * step, 0.1] + [10.0 * i + step + 0.25 * k for i in range(2)
                                                 for k in range(len(LAYER_METRICS))]
        history.append(step, row)
    return history.snapshot()


def _rows(text):
    return list(csv.reader(io.StringIO(text)))


def test_steps_csv_names_layers_and_writes_exact_numbers():
    rows = _rows(steps_csv(_history(), ["dense1 · tanh", "output"]))
    assert rows[0][:7] == ["step", "width", "loss", "grad_norm", "lr", "dense1.grad_w", "dense1.grad_h"]
    assert rows[0][5 + len(LAYER_METRICS)] == "output.grad_w"
    assert rows[1][:6] == ["1", "1", "0.5", "2.0", "0.1", "1.0"]
    assert rows[3][:6] == ["3", "1", repr(0.5 / 3), "6.0", "0.1", "3.0"]
    assert rows[2][5 + len(LAYER_METRICS)] == "12.0"           # layer 1, grad_w, step 2
    assert len(rows) == 4


def test_heatmap_csv_has_a_column_per_layer():
    rows = _rows(heatmap_csv(_history(), ["dense1 · tanh", "output"], "grad_h"))
    assert rows == [["step", "width", "dense1.grad_h", "output.grad_h"],
                    ["1", "1", "1.25", "11.25"], ["2", "1", "2.25", "12.25"], ["3", "1", "3.25", "13.25"]]


def test_epochs_csv_leaves_missing_values_empty():
    history = History(EPOCH_COLUMNS)
    history.append(4, (1, 0.7, 0.8, 0.5, float("nan")))
    assert _rows(epochs_csv(history.snapshot())) == [
        ["step", "epoch", "train_loss", "val_loss", "train_acc", "val_acc"], ["4", "1", "0.7", "0.8", "0.5", ""]]
