import math

import numpy as np
import pytest
import sklearn.datasets
from sklearn.neighbors import KNeighborsClassifier

from engine.datasets import Dataset, DatasetError, load_dataset, read_csv_header, targets_for
from engine.spec import CLASSIFICATION_SETS, REGRESSION_SETS, DataSpec, SpecError

SYNTHETIC_CLASSIFICATION = ("xor", "circles", "moons", "spirals", "blobs", "threshold")
REAL_SETS = {"iris": sklearn.datasets.load_iris, "wine": sklearn.datasets.load_wine,
             "breast_cancer": sklearn.datasets.load_breast_cancer, "digits": sklearn.datasets.load_digits}


def raw(name, **kw):
    """The whole set unshuffled-by-split and unscaled: all rows land in the training arrays."""
    return load_dataset(DataSpec(name=name, val_fraction=0.0, standardize=False, **kw))


def all_arrays(ds: Dataset):
    return ds.x_train, ds.y_train, ds.x_val, ds.y_val


# ----------------------------------------------------------------------------- every built-in set

@pytest.mark.parametrize("name", CLASSIFICATION_SETS + REGRESSION_SETS)
def test_same_spec_gives_bit_identical_arrays_and_another_seed_differs(name):
    spec = DataSpec(name=name, n_samples=200, seed=7)
    first, again = load_dataset(spec), load_dataset(spec)
    for a, b in zip(all_arrays(first), all_arrays(again)):
        assert a.dtype == b.dtype and a.shape == b.shape
        assert a.tobytes() == b.tobytes()
    other = load_dataset(DataSpec(name=name, n_samples=200, seed=8))
    assert not np.array_equal(first.x_train, other.x_train)


@pytest.mark.parametrize("name", CLASSIFICATION_SETS)
def test_classification_sets_have_float64_inputs_and_int64_labels_of_every_class(name):
    ds = load_dataset(DataSpec(name=name, n_samples=300, classes=4))
    assert ds.task == "classification"
    assert ds.x_train.dtype == ds.x_val.dtype == np.float64
    assert ds.y_train.dtype == ds.y_val.dtype == np.int64
    assert ds.y_train.shape == (len(ds.x_train),) and ds.y_val.shape == (len(ds.x_val),)
    assert ds.x_train.shape[1] == ds.n_inputs == len(ds.feature_names)
    labels = np.concatenate([ds.y_train, ds.y_val])
    assert set(labels.tolist()) == set(range(ds.n_classes))
    assert len(ds.class_names) == ds.n_classes == ds.n_targets
    assert ds.name == name


@pytest.mark.parametrize("name", REGRESSION_SETS)
def test_regression_sets_have_float_column_targets(name):
    ds = load_dataset(DataSpec(name=name, n_samples=100))
    assert ds.task == "regression" and ds.n_classes == 0 and ds.class_names == ()
    assert ds.y_train.dtype == np.float64 and ds.y_train.shape == (80, 1) and ds.y_val.shape == (20, 1)
    assert ds.n_inputs == 1 and ds.n_targets == 1


@pytest.mark.parametrize("name, n_inputs", [("xor", 2), ("circles", 2), ("moons", 2), ("spirals", 2),
                                            ("blobs", 2), ("threshold", 1), ("sine", 1), ("polynomial", 1)])
def test_synthetic_sets_have_n_samples_rows_and_documented_widths(name, n_inputs):
    ds = load_dataset(DataSpec(name=name, n_samples=123, classes=3))
    assert len(ds.x_train) + len(ds.x_val) == 123
    assert ds.n_inputs == n_inputs


# ----------------------------------------------------------------------------- split and standardisation

@pytest.mark.parametrize("fraction, n_val", [(0.2, 40), (0.25, 50), (0.9, 180), (0.001, 0)])
def test_validation_split_size_follows_val_fraction(fraction, n_val):
    ds = load_dataset(DataSpec(name="moons", n_samples=200, val_fraction=fraction))
    assert len(ds.x_val) == len(ds.y_val) == n_val
    assert len(ds.x_train) == len(ds.y_train) == 200 - n_val


def test_split_keeps_at_least_one_training_row():
    ds = load_dataset(DataSpec(name="moons", n_samples=4, val_fraction=0.9))
    assert len(ds.x_train) == 1 and len(ds.x_val) == 3


@pytest.mark.parametrize("name, y_shape", [("moons", (0,)), ("sine", (0, 1)), ("iris", (0,))])
def test_zero_val_fraction_gives_empty_validation_arrays_of_the_right_shape(name, y_shape):
    ds = load_dataset(DataSpec(name=name, val_fraction=0.0))
    assert ds.x_val.shape == (0, ds.n_inputs) and ds.x_val.dtype == np.float64
    assert ds.y_val.shape == y_shape and ds.y_val.dtype == ds.y_train.dtype


def test_split_partitions_the_shuffled_rows():
    whole = raw("spirals", n_samples=150)
    split = load_dataset(DataSpec(name="spirals", n_samples=150, val_fraction=0.3, standardize=False))
    np.testing.assert_array_equal(np.concatenate([split.x_train, split.x_val]), whole.x_train)
    np.testing.assert_array_equal(np.concatenate([split.y_train, split.y_val]), whole.y_train)
    # shuffled: the split is not the generation order (labels are not sorted by class)
    assert not np.all(np.diff(whole.y_train) >= 0)


def test_standardisation_uses_training_statistics_for_both_splits():
    spec = DataSpec(name="wine", val_fraction=0.3, seed=3)
    plain = load_dataset(DataSpec(name="wine", val_fraction=0.3, seed=3, standardize=False))
    scaled = load_dataset(spec)
    mean, std = plain.x_train.mean(axis=0), plain.x_train.std(axis=0)
    np.testing.assert_allclose(scaled.x_train.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(scaled.x_train.std(axis=0), 1.0, rtol=1e-12)
    np.testing.assert_allclose(scaled.x_val, (plain.x_val - mean) / std, rtol=1e-12)
    # validation rows are not re-centred on their own statistics
    assert np.abs(scaled.x_val.mean(axis=0)).max() > 1e-3


# ----------------------------------------------------------------------------- definitions of the synthetic sets

def test_xor_labels_follow_the_quadrant_rule_without_noise():
    ds = raw("xor", n_samples=400, noise=0.0)
    x, y = ds.x_train, ds.y_train
    np.testing.assert_array_equal(y, (x[:, 0] * x[:, 1] < 0).astype(np.int64))
    assert np.abs(x).min() >= 0.1 and np.abs(x).max() <= 1.0


def test_circles_lie_on_radius_one_and_one_half_without_noise():
    ds = raw("circles", n_samples=200, noise=0.0)
    radius = np.hypot(ds.x_train[:, 0], ds.x_train[:, 1])
    np.testing.assert_allclose(radius, np.where(ds.y_train == 0, 1.0, 0.5), rtol=1e-12)
    assert np.bincount(ds.y_train).tolist() == [100, 100]


def test_moons_lie_on_their_half_circles_without_noise():
    ds = raw("moons", n_samples=200, noise=0.0)
    x, y = ds.x_train, ds.y_train
    upper, lower = x[y == 0], x[y == 1]
    np.testing.assert_allclose(np.hypot(*upper.T), 1.0, rtol=1e-12)
    assert upper[:, 1].min() >= 0.0
    np.testing.assert_allclose(np.hypot(lower[:, 0] - 1.0, lower[:, 1] - 0.5), 1.0, rtol=1e-12)
    assert lower[:, 1].max() <= 0.5


def test_spiral_arms_rotate_with_the_radius_without_noise():
    ds = raw("spirals", n_samples=500, noise=0.0, classes=5)
    x, y = ds.x_train, ds.y_train
    r = np.hypot(x[:, 0], x[:, 1])
    expected_angle = 2 * math.pi * y / 5 + 4.0 * r
    np.testing.assert_allclose(np.cos(expected_angle) * r, x[:, 0], atol=1e-12)
    np.testing.assert_allclose(np.sin(expected_angle) * r, x[:, 1], atol=1e-12)
    assert np.bincount(y).tolist() == [100] * 5


def test_blobs_sit_on_evenly_spaced_centres_of_the_unit_circle():
    ds = raw("blobs", n_samples=60, noise=0.0, classes=4)
    centres = {0: (1.0, 0.0), 1: (0.0, 1.0), 2: (-1.0, 0.0), 3: (0.0, -1.0)}
    expected = np.array([centres[label] for label in ds.y_train])
    np.testing.assert_allclose(ds.x_train, expected, atol=1e-12)


def test_threshold_labels_x_above_zero_and_noise_flips_that_share_of_labels():
    clean = raw("threshold", n_samples=1000, noise=0.0)
    assert clean.n_inputs == 1 and np.abs(clean.x_train).max() <= 3.0
    np.testing.assert_array_equal(clean.y_train, (clean.x_train[:, 0] > 0).astype(np.int64))
    noisy = raw("threshold", n_samples=4000, noise=0.1)
    flipped = np.mean(noisy.y_train != (noisy.x_train[:, 0] > 0))
    assert 0.08 < flipped < 0.12


@pytest.mark.parametrize("name, low, high, f", [
    ("sine", -math.pi, math.pi, np.sin),
    ("polynomial", -2.0, 2.0, lambda x: x ** 3 - 3 * x),
])
def test_regression_curves_follow_their_documented_definitions(name, low, high, f):
    clean = raw(name, n_samples=300, noise=0.0)
    assert clean.x_train.min() >= low and clean.x_train.max() <= high
    np.testing.assert_allclose(clean.y_train, f(clean.x_train), atol=1e-12)
    noisy = raw(name, n_samples=3000, noise=0.2)
    residual = noisy.y_train - f(noisy.x_train)
    assert 0.18 < residual.std() < 0.22


@pytest.mark.parametrize("name", ["xor", "moons", "circles", "blobs"])
def test_sets_are_well_separated_at_noise_one_tenth(name):
    ds = load_dataset(DataSpec(name=name, n_samples=600, noise=0.1, classes=3, seed=1))
    knn = KNeighborsClassifier(n_neighbors=5).fit(ds.x_train, ds.y_train)
    assert knn.score(ds.x_val, ds.y_val) > 0.95


def test_noise_blurs_a_set():
    def separability(noise):
        ds = load_dataset(DataSpec(name="moons", n_samples=600, noise=noise, seed=1))
        return KNeighborsClassifier(n_neighbors=5).fit(ds.x_train, ds.y_train).score(ds.x_val, ds.y_val)
    assert separability(0.6) < separability(0.1) - 0.1


# ----------------------------------------------------------------------------- scikit-learn's bundled sets

@pytest.mark.parametrize("name", REAL_SETS)
def test_real_sets_come_from_sklearn_with_its_names_and_ignore_n_samples(name):
    bunch = REAL_SETS[name]()
    ds = raw(name, n_samples=10)
    assert ds.x_train.shape == bunch.data.shape
    assert ds.feature_names == tuple(bunch.feature_names)
    assert ds.class_names == tuple(str(c) for c in bunch.target_names)
    assert ds.n_classes == len(bunch.target_names)
    # the same rows, shuffled: compare the sorted row sets
    order = np.lexsort(ds.x_train.T[::-1])
    expected_order = np.lexsort(bunch.data.T[::-1])
    np.testing.assert_array_equal(ds.x_train[order], bunch.data[expected_order])
    np.testing.assert_array_equal(ds.y_train[order], bunch.target[expected_order])


@pytest.mark.parametrize("name", REAL_SETS)
def test_the_bundled_files_read_as_sklearns_loader_reads_them(name):
    from engine.bundled_sets import read_bundled

    bunch = REAL_SETS[name]()
    x, y, feature_names, class_names = read_bundled(name)
    np.testing.assert_array_equal(x, bunch.data)          # the same values, in the same row order
    np.testing.assert_array_equal(y, bunch.target)
    assert (x.dtype, y.dtype) == (np.float64, np.int64)
    assert feature_names == tuple(str(f) for f in bunch.feature_names)
    assert class_names == tuple(str(c) for c in bunch.target_names)


def test_a_real_set_loads_without_importing_scikit_learn():
    import subprocess
    import sys

    code = ("import sys; from engine.datasets import load_dataset; from engine.spec import DataSpec; "
            "ds = load_dataset(DataSpec(name='digits')); print(ds.x_train.shape[1], 'sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["64", "False"]


# ----------------------------------------------------------------------------- shapes before loading

SHAPE_SPECS = [DataSpec(name=name, n_samples=n, classes=k, val_fraction=f, seed=3)
               for name in CLASSIFICATION_SETS + REGRESSION_SETS
               for n, k, f in ((50, 3, 0.2), (101, 5, 0.0), (7, 4, 0.99))]


@pytest.mark.parametrize("spec", SHAPE_SPECS, ids=lambda s: f"{s.name}-{s.n_samples}-{s.classes}-{s.val_fraction}")
def test_the_shape_from_the_spec_is_the_loaded_sets_shape(spec):
    from engine.datasets import shape_from_spec

    ds = load_dataset(spec)
    shape = shape_from_spec(spec)
    assert shape == ds.shape
    assert (shape.n_train, shape.n_val, shape.n_inputs) == (len(ds.x_train), len(ds.x_val), ds.x_train.shape[1])
    for loss in ("mse", "cross_entropy", "half_squared_error"):
        if ds.task == "classification":
            assert shape.n_outputs(loss) == ds.n_outputs(loss)


def test_a_csv_files_shape_needs_the_file(tmp_path):
    from engine.datasets import shape_from_spec

    assert shape_from_spec(csv_spec(write(tmp_path, "x,y\n1,a\n2,b\n3,a\n4,b\n"))) is None


def test_quick_to_load_follows_the_sample_count_and_the_csv_files_sizes(tmp_path, monkeypatch):
    import engine.datasets as datasets

    monkeypatch.setattr(datasets, "QUICK_LOAD_SAMPLES", 100)
    monkeypatch.setattr(datasets, "QUICK_LOAD_CSV_BYTES", 20)
    assert datasets.quick_to_load(DataSpec(name="xor", n_samples=100))
    assert not datasets.quick_to_load(DataSpec(name="xor", n_samples=101))
    assert datasets.quick_to_load(DataSpec(name="digits", n_samples=10**6))     # 1797 rows whatever n_samples says
    train = write(tmp_path, "x,y\n1,a\n2,b\n", "train.csv")        # 12 bytes
    val = write(tmp_path, "x,y\n3,a\n4,b\n", "val.csv")            # 12 more: 24 together
    assert datasets.quick_to_load(csv_spec(train))
    assert not datasets.quick_to_load(csv_spec(train, val_path=val))
    assert datasets.quick_to_load(csv_spec(str(tmp_path / "missing.csv")))  # fails at once


def test_checked_shape_returns_the_problem_with_its_field_and_it_survives_pickling(tmp_path):
    import pickle

    from engine.datasets import checked_shape

    good = csv_spec(write(tmp_path, "x,y\n1,a\n2,b\n3,a\n4,b\n"))
    assert checked_shape(good) == load_dataset(good).shape
    problem = pickle.loads(pickle.dumps(checked_shape(csv_spec(write(tmp_path, "x,y\n1,a\n2,\n3,a\n4,b\n")))))
    with pytest.raises(DatasetError) as raised:
        load_dataset(csv_spec(str(tmp_path / "data.csv")))
    assert isinstance(problem, DatasetError)
    assert (problem.path, problem.message) == (raised.value.path, raised.value.message) == (
        "data.csv_path", "row 3, column 'y': an empty target cell; every row needs a target value: fill it in or "
                         "remove the row")


# ----------------------------------------------------------------------------- targets for a loss

def test_targets_for_cross_entropy_are_the_int_labels():
    y = np.array([2, 0, 1, 2], dtype=np.int64)
    out = targets_for("cross_entropy", y, 3)
    assert out.dtype == np.int64
    np.testing.assert_array_equal(out, y)


def test_targets_for_binary_cross_entropy_are_a_float_column():
    out = targets_for("binary_cross_entropy", np.array([1, 0, 1], dtype=np.int64), 2)
    assert out.dtype == np.float64 and out.shape == (3, 1)
    assert out[:, 0].tolist() == [1.0, 0.0, 1.0]


def test_targets_for_mse_on_classification_are_one_hot():
    y = np.array([2, 0, 1, 2], dtype=np.int64)
    out = targets_for("mse", y, 4)
    assert out.dtype == np.float64 and out.shape == (4, 4)
    assert out.tolist() == [[0, 0, 1, 0], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]]


def test_targets_for_half_squared_error_are_the_label_on_two_classes_and_one_hot_on_more():
    two = targets_for("half_squared_error", np.array([1, 0, 1], dtype=np.int64), 2)
    assert two.dtype == np.float64 and two.tolist() == [[1.0], [0.0], [1.0]]
    assert targets_for("half_squared_error", np.array([2, 0], dtype=np.int64), 3).tolist() == [[0, 0, 1], [1, 0, 0]]
    y = np.array([[0.5], [-1.25]])
    np.testing.assert_array_equal(targets_for("half_squared_error", y, 0), y)


def test_targets_for_mse_on_regression_are_unchanged():
    y = np.array([[0.5], [-1.25]])
    np.testing.assert_array_equal(targets_for("mse", y, 0), y)


@pytest.mark.parametrize("loss, n_classes, fix", [
    ("cross_entropy", 0, "use mse"), ("binary_cross_entropy", 0, "use mse"),
    ("binary_cross_entropy", 3, "use cross_entropy"),
])
def test_a_loss_that_does_not_fit_the_targets_is_refused(loss, n_classes, fix):
    with pytest.raises(DatasetError) as err:
        targets_for(loss, np.zeros(3, dtype=np.int64), n_classes)
    assert err.value.path == "loss" and fix in err.value.message


@pytest.mark.parametrize("name, loss, outputs", [
    ("spirals", "cross_entropy", 3), ("spirals", "mse", 3), ("moons", "binary_cross_entropy", 1),
    ("moons", "cross_entropy", 2), ("sine", "mse", 1), ("digits", "cross_entropy", 10),
    ("moons", "half_squared_error", 1), ("spirals", "half_squared_error", 3), ("sine", "half_squared_error", 1),
])
def test_n_outputs_is_what_the_loss_needs(name, loss, outputs):
    ds = load_dataset(DataSpec(name=name, classes=3))
    assert ds.n_outputs(loss) == outputs
    assert targets_for(loss, ds.y_train, ds.n_classes).shape[1:] in ((), (outputs,))


def test_n_outputs_refuses_a_classification_loss_on_regression():
    with pytest.raises(DatasetError, match="use mse"):
        load_dataset(DataSpec(name="sine")).n_outputs("cross_entropy")


# ----------------------------------------------------------------------------- CSV import

def write(tmp_path, text, name="data.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def csv_spec(path, target="y", **kw):
    return DataSpec(name="csv", csv_path=path, target=target, val_fraction=0.0, standardize=False, **kw)


def load_csv(tmp_path, text, target="y", **kw):
    return load_dataset(csv_spec(write(tmp_path, text), target, **kw))


def csv_error(tmp_path, text, target="y", **kw) -> DatasetError:
    with pytest.raises(DatasetError) as err:
        load_csv(tmp_path, text, target, **kw)
    return err.value


def rows_sorted(ds):
    order = np.argsort(ds.x_train[:, 0], kind="stable")
    return ds.x_train[order], ds.y_train[order]


def test_csv_with_text_labels_is_classification_with_sorted_class_names(tmp_path):
    ds = load_csv(tmp_path, "a,species,b\n1,setosa,10\n2,virginica,20\n3,setosa,30\n4,versicolor,40\n",
                  target="species")
    assert ds.task == "classification" and ds.name == "data"
    assert ds.feature_names == ("a", "b")
    assert ds.class_names == ("setosa", "versicolor", "virginica")
    x, y = rows_sorted(ds)
    np.testing.assert_array_equal(x, [[1, 10], [2, 20], [3, 30], [4, 40]])
    assert y.dtype == np.int64 and y.tolist() == [0, 2, 0, 1]


def test_csv_integer_labels_auto_detect_classification_and_sort_numerically(tmp_path):
    ds = load_csv(tmp_path, "x,y\n1,10\n2,2\n3,10\n4,2.0\n5,3\n")
    assert ds.task == "classification" and ds.class_names == ("2", "3", "10")
    assert rows_sorted(ds)[1].tolist() == [2, 0, 2, 0, 1]


def test_csv_fractional_target_is_regression(tmp_path):
    ds = load_csv(tmp_path, "x,y\n1,0.5\n2,1.5\n3,2\n4,-1e3\n")
    assert ds.task == "regression" and ds.n_classes == 0 and ds.n_targets == 1
    y = rows_sorted(ds)[1]
    assert y.shape == (4, 1) and y[:, 0].tolist() == [0.5, 1.5, 2.0, -1000.0]


def test_csv_integer_target_with_many_values_is_regression(tmp_path):
    body = "".join(f"{i},{i * 7}\n" for i in range(21))
    assert load_csv(tmp_path, "x,y\n" + body).task == "regression"
    assert load_csv(tmp_path, "x,y\n" + "".join(f"{i},{i}\n" for i in range(20))).task == "classification"


def test_csv_task_overrides_detection(tmp_path):
    text = "x,y\n1,0\n2,1\n3,1\n4,0\n"
    assert load_csv(tmp_path, text, task="regression").task == "regression"
    forced = load_csv(tmp_path, "x,y\n1,0.5\n2,1.5\n3,0.5\n4,1.5\n", task="classification")
    assert forced.class_names == ("0.5", "1.5") and forced.n_classes == 2


def test_csv_regression_target_must_be_numeric(tmp_path):
    err = csv_error(tmp_path, "x,y\n1,a\n2,b\n3,c\n4,d\n", task="regression")
    assert err.path == "data.csv_path" and "row 2, column 'y'" in err.message
    assert "set task to classification" in err.message


def test_csv_text_target_with_too_many_values_for_auto_is_not_silently_regression(tmp_path):
    body = "".join(f"{i},name{i}\n" for i in range(25))
    err = csv_error(tmp_path, "x,y\n" + body)
    assert "row 2, column 'y'" in err.message and "'name0'" in err.message


def test_csv_reads_bom_semicolons_quotes_and_skips_blank_lines(tmp_path):
    text = "\ufeffx;\"label\"\n1;a\n\n2;b\n3;\"a\"\n4;b\n\n"
    ds = load_csv(tmp_path, text, target="label")
    assert ds.feature_names == ("x",) and ds.class_names == ("a", "b")
    assert rows_sorted(ds)[1].tolist() == [0, 1, 0, 1]


def test_csv_standardises_a_constant_column_without_dividing_by_zero(tmp_path):
    path = write(tmp_path, "x,c,y\n1,5,0\n2,5,1\n3,5,0\n4,5,1\n")
    ds = load_dataset(DataSpec(name="csv", csv_path=path, target="y", val_fraction=0.0))
    assert np.isfinite(ds.x_train).all()
    np.testing.assert_array_equal(ds.x_train[:, 1], 0.0)


def test_csv_missing_file_is_named(tmp_path):
    missing = str(tmp_path / "nope.csv")
    with pytest.raises(DatasetError) as err:
        load_dataset(csv_spec(missing))
    assert err.value.path == "data.csv_path" and "nope.csv does not exist" in err.value.message
    with pytest.raises(DatasetError, match="is a folder"):
        load_dataset(csv_spec(str(tmp_path)))


def test_csv_empty_file_is_refused(tmp_path):
    err = csv_error(tmp_path, "")
    assert err.path == "data.csv_path" and "is empty" in err.message and "header row" in err.message


def test_csv_header_without_rows_is_refused(tmp_path):
    err = csv_error(tmp_path, "x,y\n\n")
    assert err.path == "data.csv_path" and "no data rows" in err.message


def test_csv_with_fewer_than_four_rows_is_refused(tmp_path):
    err = csv_error(tmp_path, "x,y\n1,0\n2,1\n3,0\n")
    assert err.path == "data.csv_path" and "only 3 data rows; at least 4" in err.message


def test_csv_missing_target_lists_the_columns_and_the_nearest_name(tmp_path):
    err = csv_error(tmp_path, "width,height,label\n1,2,a\n", target="lable")
    assert err.path == "data.target"
    assert "no column named 'lable'" in err.message
    assert "width, height, label" in err.message and "did you mean 'label'?" in err.message


def test_csv_non_numeric_cell_names_the_file_row_and_column(tmp_path):
    # row numbers as in the file: the header is row 1 and blank lines count
    err = csv_error(tmp_path, "x,weight,y\n1,2,a\n2,3,b\n\n3,heavy,a\n4,5,b\n")
    assert err.path == "data.csv_path"
    assert err.message.startswith("row 5, column 'weight': 'heavy'")
    assert "must be numbers" in err.message


@pytest.mark.parametrize("cell, shown", [("", "an empty cell"), ("nan", "'nan', not a finite number"),
                                         ("inf", "'inf', not a finite number")])
def test_csv_empty_and_non_finite_cells_are_refused(tmp_path, cell, shown):
    err = csv_error(tmp_path, f"x,y\n1,a\n{cell},b\n3,a\n4,b\n")
    assert err.message.startswith(f"row 3, column 'x': {shown}")


def test_csv_ragged_row_is_refused(tmp_path):
    err = csv_error(tmp_path, "x,z,y\n1,2,a\n2,3\n3,4,a\n4,5,b\n")
    assert err.path == "data.csv_path"
    assert "row 3 has 2 cells but the header has 3 columns" in err.message


def test_csv_duplicate_column_names_are_refused(tmp_path):
    err = csv_error(tmp_path, "x,x,y\n1,2,a\n")
    assert "'x' appears twice" in err.message


def test_csv_target_with_one_class_is_refused(tmp_path):
    err = csv_error(tmp_path, "x,y\n1,a\n2,a\n3,a\n4,a\n")
    assert err.path == "data.target" and "at least two classes" in err.message


def test_csv_needs_an_input_column(tmp_path):
    err = csv_error(tmp_path, "y\n1\n2\n3\n4\n")
    assert err.path == "data.target" and "input columns" in err.message


def test_csv_binary_labels_fit_binary_cross_entropy(tmp_path):
    ds = load_csv(tmp_path, "x,y\n1,no\n2,yes\n3,no\n4,yes\n")
    assert ds.n_outputs("binary_cross_entropy") == 1
    out = targets_for("binary_cross_entropy", rows_sorted(ds)[1], ds.n_classes)
    assert out[:, 0].tolist() == [0.0, 1.0, 0.0, 1.0]


def test_read_csv_header_lists_the_columns(tmp_path):
    assert read_csv_header(write(tmp_path, "a, b ,c\n1,2,3\n")) == ["a", "b", "c"]
    assert read_csv_header(write(tmp_path, "\ufeffa;b\n1;2\n")) == ["a", "b"]


def test_read_csv_header_raises_the_same_errors(tmp_path):
    with pytest.raises(DatasetError, match="does not exist"):
        read_csv_header(str(tmp_path / "missing.csv"))
    with pytest.raises(DatasetError, match="is empty"):
        read_csv_header(write(tmp_path, "\n"))
    with pytest.raises(DatasetError, match="not UTF-8"):
        path = tmp_path / "latin1.csv"
        path.write_bytes("caf\xe9,y\n1,2\n".encode("latin-1"))
        read_csv_header(str(path))


def test_dataset_error_is_a_spec_error_with_a_field_path():
    err = DatasetError("data.target", "pick a column")
    assert isinstance(err, SpecError)
    assert err.path == "data.target" and str(err) == "data.target: pick a column"
