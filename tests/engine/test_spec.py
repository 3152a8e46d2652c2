import json
import os
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine import spec as spec_module
from engine.spec import (
    ACTIVATIONS, CLIP_MODES, DATASETS, DTYPES, FAN_MODES, INITIALIZERS, LOSSES, OPTIMIZERS,
    SCHEDULES, SCHEMA_VERSION, ActivationSpec, BatchNormSpec, ClipSpec, DataSpec, DenseSpec, DropoutSpec,
    Experiment, InitSpec, OptimizerSpec, ResidualSpec, ScheduleSpec, SpecError, atomic_write, losses_for,
    parse_experiment, reparse, validate,
)


def error_of(data) -> SpecError:
    with pytest.raises(SpecError) as err:
        parse_experiment(data)
    return err.value


# ----------------------------------------------------------------------------- one case per validation rule
# (experiment as JSON data, the field path the error must name, the exact message with its fix)

RES = {"type": "residual", "layers": [{"units": 4}]}

RULES = [
    # top level
    ([], "", "must be a JSON object, got list"),
    ({"schema_version": "1"}, "schema_version", "must be a positive integer, got '1'"),
    ({"schema_version": 0}, "schema_version", "must be a positive integer, got 0"),
    ({"name": None}, "name", "must be a string, got None"),
    ({"description": 3}, "description", "must be a string or null, got 3"),
    ({"expected_diagnosis": "vanish"}, "expected_diagnosis", "unknown value 'vanish'; did you mean 'vanishing'?"),
    ({"layers": "dense"}, "layers", "must be a list of layers, got str"),
    ({"loss": "crossentropy"}, "loss", "unknown value 'crossentropy'; did you mean 'cross_entropy'?"),
    ({"batch_size": -1}, "batch_size", "must be a non-negative integer (0 = full batch), got -1"),
    ({"batch_size": 2.5}, "batch_size", "must be a non-negative integer (0 = full batch), got 2.5"),
    ({"batch_size": 1, "layers": [{"type": "residual", "layers": [{"type": "batchnorm"}]}]}, "batch_size",
     "BatchNorm needs at least 2 samples per batch; use a batch size of 2 or more (0 = full batch), "
     "or remove the BatchNorm layer"),
    ({"epochs": None}, "epochs", "set exactly one of epochs and steps (the other null)"),
    ({"epochs": 5, "steps": 10}, "epochs", "set exactly one of epochs and steps (the other null)"),
    ({"epochs": 0}, "epochs", "must be a positive integer, got 0"),
    ({"steps": -3}, "steps", "must be a positive integer, got -3"),
    ({"seed": -1}, "seed", "must be a non-negative integer, got -1"),
    ({"seed": True}, "seed", "must be a non-negative integer, got True"),
    ({"dtype": "flaot64"}, "dtype", "unknown value 'flaot64'; did you mean 'float64'?"),
    ({"initial_weights": 7}, "initial_weights", "must be a string or null, got 7"),
    ({"probe_every": 0}, "probe_every", "must be a positive integer, got 0"),
    # layers
    ({"layers": [{}, 3]}, "layers[1]", "must be a JSON object, got int"),
    ({"layers": [{"type": "conv"}]}, "layers[0].type", "unknown value 'conv'; valid names: "
                                                       "dense, activation, batchnorm, dropout, residual"),
    ({"layers": [{}, {"units": 8}, {"units": 0}]}, "layers[2].units", "must be a positive integer, got 0"),
    ({"layers": [{"units": "8"}]}, "layers[0].units", "must be a positive integer, got '8'"),
    ({"layers": [{"activation": "Relu"}]}, "layers[0].activation", "unknown value 'Relu'; did you mean 'relu'?"),
    ({"layers": [{"slope": -0.1}]}, "layers[0].slope",
     "must be a non-negative number (or null for the activation's default), got -0.1"),
    ({"layers": [{"type": "activation", "activation": "sigmod"}]}, "layers[0].activation",
     "unknown value 'sigmod'; did you mean 'sigmoid'?"),
    ({"layers": [{"type": "activation", "slope": "x"}]}, "layers[0].slope",
     "must be a non-negative number (or null for the activation's default), got 'x'"),
    ({"layers": [{"type": "batchnorm", "momentum": 0}]}, "layers[0].momentum", "must be a number in (0, 1], got 0.0"),
    ({"layers": [{"type": "batchnorm", "momentum": 1.5}]}, "layers[0].momentum",
     "must be a number in (0, 1], got 1.5"),
    ({"layers": [{"type": "batchnorm", "eps": 0}]}, "layers[0].eps", "must be a positive number, got 0.0"),
    ({"layers": [{"type": "dropout", "rate": 1}]}, "layers[0].rate", "must be a probability in [0, 1), got 1.0"),
    ({"layers": [{"type": "dropout", "rate": -0.1}]}, "layers[0].rate", "must be a probability in [0, 1), got -0.1"),
    ({"layers": [{"type": "residual"}]}, "layers[0].layers", "a residual block must wrap a non-empty list of layers"),
    ({"layers": [{"type": "residual", "layers": {}}]}, "layers[0].layers",
     "a residual block must wrap a non-empty list of layers"),
    ({"layers": [{"type": "residual", "layers": [RES]}]}, "layers[0].layers[0].type",
     "residual blocks cannot be nested; put them one after another"),
    ({"layers": [{"type": "residual", "layers": [{"units": 4}, {"units": -4}]}]}, "layers[0].layers[1].units",
     "must be a positive integer, got -4"),
    # initialisers (in a layer, a residual projection and the output)
    ({"layers": [{"init": "he"}]}, "layers[0].init", "must be a JSON object, got str"),
    ({"layers": [{"init": {"name": "he"}}]}, "layers[0].init.name", "unknown value 'he'; did you mean 'he_uniform' or 'he_normal'?"),
    ({"layers": [{"init": {"gain": 0}}]}, "layers[0].init.gain",
     "must be a positive number (or null for the default), got 0.0"),
    ({"layers": [{"init": {"mode": "fanin"}}]}, "layers[0].init.mode", "unknown value 'fanin'; did you mean 'fan_in'?"),
    ({"layers": [{"init": {"std": -1}}]}, "layers[0].init.std", "must be a non-negative number, got -1.0"),
    ({"layers": [{"init": {"limit": -0.5}}]}, "layers[0].init.limit", "must be a non-negative number, got -0.5"),
    ({"layers": [{"init": {"value": None}}]}, "layers[0].init.value", "must be a number, got None"),
    ({"layers": [{**RES, "projection_init": {"name": "kaiming"}}]}, "layers[0].projection_init.name",
     "unknown value 'kaiming'; valid names: " + ", ".join(INITIALIZERS)),
    ({"output_init": {"gain": float("inf")}}, "output_init.gain",
     "must be a positive number (or null for the default), got inf"),
    # data
    ({"data": []}, "data", "must be a JSON object, got list"),
    ({"data": {"name": "moon"}}, "data.name", "unknown value 'moon'; did you mean 'moons'?"),
    ({"data": {"n_samples": 3}}, "data.n_samples", "must be an integer of at least 4, got 3"),
    ({"data": {"noise": -0.1}}, "data.noise", "must be a non-negative number, got -0.1"),
    ({"data": {"classes": 1}}, "data.classes", "must be an integer of at least 2, got 1"),
    ({"data": {"val_fraction": 0.95}}, "data.val_fraction", "must be a fraction between 0 and 0.9, got 0.95"),
    ({"data": {"val_fraction": -0.1}}, "data.val_fraction", "must be a fraction between 0 and 0.9, got -0.1"),
    ({"data": {"standardize": 1}}, "data.standardize", "must be true or false, got 1"),
    ({"data": {"seed": -5}}, "data.seed", "must be a non-negative integer, got -5"),
    ({"data": {"csv_path": 1}}, "data.csv_path", "must be a string or null, got 1"),
    ({"data": {"target": ["y"]}}, "data.target", "must be a string or null, got ['y']"),
    ({"data": {"task": "regress"}}, "data.task", "unknown value 'regress'; did you mean 'regression'?"),
    ({"data": {"name": "csv", "target": "y"}}, "data.csv_path",
     "the csv dataset needs a file; set csv_path to a .csv file"),
    ({"data": {"name": "csv", "csv_path": "a.csv"}}, "data.target",
     "the csv dataset needs a target column; set target to a column name"),
    # optimizer
    ({"optimizer": {"name": "adma"}}, "optimizer.name", "unknown value 'adma'; did you mean 'adam'?"),
    ({"optimizer": {"lr": 0}}, "optimizer.lr", "must be a positive number, got 0.0"),
    ({"optimizer": {"lr": "fast"}}, "optimizer.lr", "must be a positive number, got 'fast'"),
    ({"optimizer": {"params": [0.9]}}, "optimizer.params", "must be a JSON object, got list"),
    ({"optimizer": {"params": {"nesterov": "yes"}}}, "optimizer.params.nesterov", "must be true or false, got 'yes'"),
    ({"optimizer": {"params": {"weight_decay": -1}}}, "optimizer.params.weight_decay",
     "must be a non-negative number, got -1.0"),
    ({"optimizer": {"params": {"momentum": 1.0}}}, "optimizer.params.momentum", "must be below 1, got 1.0"),
    ({"optimizer": {"params": {"dampening": 1}}}, "optimizer.params.dampening", "must be below 1, got 1.0"),
    ({"optimizer": {"name": "rmsprop", "params": {"alpha": 1.2}}}, "optimizer.params.alpha",
     "must be below 1, got 1.2"),
    ({"optimizer": {"params": {"nesterov": True}}}, "optimizer.params.nesterov",
     "Nesterov momentum needs momentum > 0 and dampening 0"),
    ({"optimizer": {"params": {"nesterov": True, "momentum": 0.9, "dampening": 0.1}}}, "optimizer.params.nesterov",
     "Nesterov momentum needs momentum > 0 and dampening 0"),
    ({"optimizer": {"name": "adam", "params": {"betas": [0.9]}}}, "optimizer.params.betas",
     "must be a list of 2 numbers in [0, 1), got [0.9]"),
    ({"optimizer": {"name": "adam", "params": {"betas": [0.9, 1.0]}}}, "optimizer.params.betas[1]",
     "must be a number in [0, 1), got 1.0"),
    ({"optimizer": {"name": "adam", "params": {"eps": 0}}}, "optimizer.params.eps", "must be a positive number, got 0.0"),
    ({"optimizer": {"name": "adamw", "params": {"amsgrad": 0}}}, "optimizer.params.amsgrad",
     "must be true or false, got 0"),
    # schedule
    ({"schedule": {"name": "linear"}}, "schedule.name", "unknown value 'linear'; valid names: " + ", ".join(SCHEDULES)),
    ({"schedule": {"name": "step", "params": {"step_size": 0}}}, "schedule.params.step_size",
     "must be a positive integer, got 0"),
    ({"schedule": {"name": "cosine", "params": {"t_max": 2.5}}}, "schedule.params.t_max",
     "must be a positive integer, got 2.5"),
    ({"schedule": {"name": "cosine", "params": {"eta_min": -1}}}, "schedule.params.eta_min",
     "must be a non-negative number, got -1.0"),
    ({"schedule": {"name": "exponential", "params": {"gamma": 1.5}}}, "schedule.params.gamma",
     "must be in (0, 1], got 1.5"),
    ({"schedule": {"name": "step", "params": {"gamma": 0}}}, "schedule.params.gamma", "must be in (0, 1], got 0.0"),
    ({"schedule": {"name": "warmup", "params": {"warmup_steps": -1}}}, "schedule.params.warmup_steps",
     "must be a positive integer, got -1"),
    # clipping
    ({"clip": {"mode": "l2"}}, "clip.mode", "unknown value 'l2'; valid names: off, norm, value"),
    ({"clip": {"threshold": 0}}, "clip.threshold", "must be a positive number, got 0.0"),
    # rules across fields
    ({"data": {"name": "sine"}}, "loss", "sine is a regression dataset; use loss 'mse' or 'half_squared_error'"),
    ({"data": {"name": "csv", "csv_path": "a.csv", "target": "y", "task": "regression"},
      "loss": "binary_cross_entropy"}, "loss", "csv is a regression dataset; use loss 'mse' or 'half_squared_error'"),
    ({"loss": "cross_entropy", "output_activation": "sigmoid"}, "output_activation",
     "cross_entropy applies the softmax to the output itself (fused, numerically stable); set output_activation "
     "to identity, or choose mse or half_squared_error to put an activation on the output"),
    ({"data": {"name": "moons"}, "loss": "binary_cross_entropy", "output_activation": "tanh"}, "output_activation",
     "binary_cross_entropy applies the sigmoid to the output itself (fused, numerically stable); set "
     "output_activation to identity, or choose mse or half_squared_error to put an activation on the output"),
    ({"output_activation": "softmax"}, "output_activation",
     "unknown value 'softmax'; valid names: " + ", ".join(ACTIVATIONS)),
    ({"data": {"name": "iris"}, "loss": "binary_cross_entropy"}, "loss",
     "binary_cross_entropy needs two classes and iris has more; use cross_entropy"),
    ({"data": {"name": "spirals", "classes": 3}, "loss": "binary_cross_entropy"}, "loss",
     "binary_cross_entropy needs two classes and spirals has more; use cross_entropy"),
]


@pytest.mark.parametrize("data, path, message", RULES, ids=[f"{i}:{case[1] or 'root'}" for i, case in
                                                            enumerate(RULES)])
def test_each_rule_names_the_field_and_the_fix(data, path, message):
    err = error_of(data)
    assert (err.path, err.message) == (path, message)
    assert str(err) == (f"{path}: {message}" if path else message)


# ----------------------------------------------------------------------------- unknown keys

@pytest.mark.parametrize("data, path, message", [
    ({"optimiser": {}}, "optimiser", "unknown field; did you mean 'optimizer'?"),
    ({"layer": []}, "layer", "unknown field; did you mean 'layers'?"),
    ({"layers": [{"unts": 3}]}, "layers[0].unts", "unknown dense layer field; did you mean 'units'?"),
    ({"layers": [{"type": "batchnorm", "units": 3}]}, "layers[0].units",
     "unknown batchnorm layer field; valid batchnorm layer fields: momentum, eps, type"),
    ({"layers": [{"typ": "dense"}]}, "layers[0].typ", "unknown dense layer field; did you mean 'type'?"),
    ({"layers": [{"type": "residual", "layers": [{"units": 2}, {"activaton": "tanh"}]}]},
     "layers[0].layers[1].activaton", "unknown dense layer field; did you mean 'activation'?"),
    ({"layers": [{"type": "residual", "layers": [{"units": 2}], "projection": {}}]}, "layers[0].projection",
     "unknown residual layer field; did you mean 'projection_init'?"),
    ({"layers": [{"init": {"gian": 2}}]}, "layers[0].init.gian", "unknown field; did you mean 'gain'?"),
    ({"data": {"n_sample": 10}}, "data.n_sample", "unknown field; did you mean 'n_samples'?"),
    ({"optimizer": {"momentum": 0.9}}, "optimizer.momentum", "unknown field; valid fields: name, lr, params"),
    ({"optimizer": {"params": {"momentun": 0.9}}}, "optimizer.params.momentun",
     "unknown sgd parameter; did you mean 'momentum'?"),
    ({"optimizer": {"name": "sgd", "params": {"betas": [0.9, 0.999]}}}, "optimizer.params.betas",
     "unknown sgd parameter; valid sgd parameters: momentum, dampening, nesterov, weight_decay"),
    ({"optimizer": {"name": "adam", "params": {"momentum": 0.9}}}, "optimizer.params.momentum",
     "unknown adam parameter; valid adam parameters: betas, eps, weight_decay, amsgrad"),
    ({"schedule": {"name": "step", "params": {"stepsize": 10}}}, "schedule.params.stepsize",
     "unknown step schedule parameter; did you mean 'step_size'?"),
    ({"schedule": {"params": {"gamma": 0.5}}}, "schedule.params.gamma",
     "unknown constant schedule parameter; there are no constant schedule parameters to set"),
    ({"clip": {"max_norm": 1}}, "clip.max_norm", "unknown field; valid fields: mode, threshold"),
])
def test_unknown_keys_are_refused_with_the_nearest_valid_name(data, path, message):
    err = error_of(data)
    assert (err.path, err.message) == (path, message)


# ----------------------------------------------------------------------------- schema version, JSON, files

def test_a_newer_schema_version_is_refused_before_its_fields_are_read():
    err = error_of({"schema_version": SCHEMA_VERSION + 1, "a_field_from_the_future": 1})
    assert err.path == "schema_version"
    assert f"newer backprop-workbench (schema {SCHEMA_VERSION + 1})" in err.message
    assert "upgrade the app" in err.message


def test_the_current_and_missing_schema_versions_are_read():
    assert parse_experiment({"schema_version": SCHEMA_VERSION}) == Experiment()
    assert parse_experiment({}) == Experiment()
    assert Experiment().to_dict()["schema_version"] == SCHEMA_VERSION


def test_malformed_json_names_line_and_column():
    with pytest.raises(SpecError) as err:
        Experiment.from_json('{\n  "name": "x",\n  "layers": [}\n}')
    assert err.value.path == ""
    assert err.value.message.startswith("not valid JSON (line 3, column 14:")
    assert "fix the file" in err.value.message


def test_load_of_a_missing_file_says_so(tmp_path):
    with pytest.raises(SpecError, match="cannot read .*missing.json"):
        Experiment.load(tmp_path / "missing.json")


def test_dump_and_load_give_an_equal_experiment(tmp_path):
    exp = Experiment(name="deep sigmoid", layers=[DenseSpec(units=8, activation="sigmoid")] * 6, steps=300,
                     epochs=None, optimizer=OptimizerSpec("adam", 1e-3, {"betas": [0.8, 0.99]}))
    exp.dump(tmp_path / "exp.json")
    assert Experiment.load(tmp_path / "exp.json") == exp
    assert json.loads((tmp_path / "exp.json").read_text())["optimizer"]["params"]["betas"] == [0.8, 0.99]


def test_a_failing_rename_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "exp.json"
    Experiment(name="old").dump(target)
    before = target.read_bytes()

    def refuse(src, dst):
        raise OSError("disk full")
    monkeypatch.setattr(spec_module.os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        Experiment(name="new").dump(target)
    assert target.read_bytes() == before
    assert os.listdir(tmp_path) == ["exp.json"]


def test_a_failing_write_leaves_the_old_file_and_no_temp_file(tmp_path):
    target = tmp_path / "weights.bin"
    target.write_bytes(b"old")

    def write_half(f):
        f.write(b"ne")
        raise RuntimeError("interrupted")
    with pytest.raises(RuntimeError):
        atomic_write(target, write_half)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["weights.bin"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_saved_file_gets_the_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        Experiment().dump(tmp_path / "exp.json")
    finally:
        os.umask(old)
    assert (tmp_path / "exp.json").stat().st_mode & 0o777 == 0o644


# ----------------------------------------------------------------------------- round trips

def test_round_trip_with_residual_blocks_and_optimizer_params():
    exp = Experiment(
        layers=(DenseSpec(units=32, init=InitSpec("he_normal", mode="fan_out")),
                ResidualSpec(layers=[DenseSpec(units=32, activation="tanh"), BatchNormSpec(momentum=0.2),
                                     ActivationSpec("leaky_relu", slope=0.2), DropoutSpec(0.1)],
                             projection_init=InitSpec("orthogonal", gain=2.0)),
                DenseSpec(units=8, activation="gelu")),
        optimizer=OptimizerSpec("adamw", 3e-4, {"betas": (0.5, 0.9), "amsgrad": True, "weight_decay": 0.1}),
        schedule=ScheduleSpec("step", {"step_size": 100, "gamma": 0.5}),
        clip=ClipSpec("norm", 5.0), expected_diagnosis="healthy",
    )
    assert Experiment.from_json(exp.to_json()) == exp
    assert Experiment.from_dict(exp.to_dict()) == exp
    assert reparse(exp) == exp


def test_lists_given_in_code_equal_the_tuples_read_back():
    listed = Experiment(layers=[ResidualSpec(layers=[DenseSpec()])],
                        optimizer=OptimizerSpec("adam", 0.01, {"betas": [0.9, 0.99]}))
    assert isinstance(listed.layers, tuple) and isinstance(listed.layers[0].layers, tuple)
    assert listed.optimizer.params["betas"] == (0.9, 0.99)
    assert Experiment.from_json(listed.to_json()) == listed


def test_spec_params_do_not_share_the_callers_dict():
    params = {"momentum": 0.9}
    opt = OptimizerSpec("sgd", 0.1, params)
    params["momentum"] = 0.1
    assert opt.params == {"momentum": 0.9}


def test_validate_checks_experiments_built_in_code():
    with pytest.raises(SpecError) as err:
        validate(Experiment(data=DataSpec(name="polynomial")))
    assert err.value.path == "loss"
    assert validate(Experiment(data=DataSpec(name="polynomial"), loss="mse")).loss == "mse"


@pytest.mark.parametrize("data, losses", [
    (DataSpec(name="sine"), ("mse", "half_squared_error")),
    (DataSpec(name="moons"), LOSSES),
    (DataSpec(name="spirals", classes=2), LOSSES),
    (DataSpec(name="spirals", classes=3), ("cross_entropy", "mse", "half_squared_error")),
    (DataSpec(name="csv", csv_path="a.csv", target="y"), LOSSES),
])
def test_losses_for_offers_the_losses_that_fit_the_data(data, losses):
    assert set(losses_for(data)) == set(losses)


finite = dict(allow_nan=False, allow_infinity=False)
inits = st.builds(InitSpec, name=st.sampled_from(INITIALIZERS), gain=st.none() | st.floats(1e-6, 10, **finite),
                  mode=st.sampled_from(FAN_MODES), std=st.floats(0, 1, **finite), limit=st.floats(0, 1, **finite),
                  value=st.floats(-1e3, 1e3, **finite))
plain_layers = st.one_of(
    st.builds(DenseSpec, units=st.integers(1, 4096), activation=st.sampled_from(ACTIVATIONS),
              slope=st.floats(0, 1, **finite), init=inits),
    st.builds(ActivationSpec, activation=st.sampled_from(ACTIVATIONS), slope=st.floats(0, 1, **finite)),
    st.builds(BatchNormSpec, momentum=st.floats(1e-6, 1, **finite), eps=st.floats(1e-12, 1, **finite)),
    st.builds(DropoutSpec, rate=st.floats(0, 0.99, **finite)),
)
residuals = st.builds(ResidualSpec, layers=st.lists(plain_layers, min_size=1, max_size=3), projection_init=inits)
datas = st.builds(
    DataSpec, name=st.sampled_from([d for d in DATASETS if d != "csv"]), n_samples=st.integers(4, 10_000),
    noise=st.floats(0, 2, **finite), classes=st.integers(2, 12), val_fraction=st.floats(0, 0.9, **finite),
    standardize=st.booleans(), seed=st.integers(0, 2 ** 31 - 1),
) | st.builds(DataSpec, name=st.just("csv"), csv_path=st.text(min_size=1), target=st.text(min_size=1),
              task=st.sampled_from(("auto", "classification", "regression")))
unit = st.floats(0, 0.99, **finite)
optimizer_params = {
    "sgd": st.fixed_dictionaries({}, optional={"momentum": unit, "dampening": unit, "weight_decay": unit}),
    "adam": st.fixed_dictionaries({}, optional={"betas": st.tuples(unit, unit), "eps": st.floats(1e-12, 1),
                                                "weight_decay": unit, "amsgrad": st.booleans()}),
    "rmsprop": st.fixed_dictionaries({}, optional={"alpha": unit, "momentum": unit, "centered": st.booleans()}),
    "adagrad": st.fixed_dictionaries({}, optional={"lr_decay": unit, "initial_accumulator_value": unit}),
}
optimizer_params["adamw"] = optimizer_params["adam"]
optimizers = st.sampled_from(OPTIMIZERS).flatmap(lambda name: st.builds(
    OptimizerSpec, name=st.just(name), lr=st.floats(1e-6, 10, **finite), params=optimizer_params[name]))
schedules = st.one_of(
    st.builds(ScheduleSpec, name=st.just("constant")),
    st.builds(ScheduleSpec, name=st.just("step"),
              params=st.fixed_dictionaries({}, optional={"step_size": st.integers(1, 10**6),
                                                         "gamma": st.floats(1e-3, 1, **finite)})),
    st.builds(ScheduleSpec, name=st.just("cosine"),
              params=st.fixed_dictionaries({}, optional={"t_max": st.integers(1, 10**6), "eta_min": unit})),
    st.builds(ScheduleSpec, name=st.just("warmup"),
              params=st.fixed_dictionaries({}, optional={"warmup_steps": st.integers(1, 10**6)})),
)


@st.composite
def experiments(draw):
    data = draw(datas)
    epochs = draw(st.none() | st.integers(1, 10_000))
    return Experiment(
        name=draw(st.text(max_size=20)), description=draw(st.text(max_size=40)),
        expected_diagnosis=draw(st.none() | st.sampled_from(("healthy", "vanishing", "exploding", "diverged"))),
        data=data, layers=draw(st.lists(plain_layers | residuals, max_size=6)), output_init=draw(inits),
        loss=draw(st.sampled_from(losses_for(data))), optimizer=draw(optimizers), schedule=draw(schedules),
        clip=draw(st.builds(ClipSpec, mode=st.sampled_from(CLIP_MODES), threshold=st.floats(1e-6, 1e6, **finite))),
        batch_size=draw(st.integers(0, 4096).filter(lambda b: b != 1)), epochs=epochs,   # 1 + BatchNorm is invalid
        steps=draw(st.integers(1, 10**6)) if epochs is None else None,
        seed=draw(st.integers(0, 2 ** 31 - 1)), dtype=draw(st.sampled_from(DTYPES)),
        initial_weights=draw(st.none() | st.text(max_size=30)), probe_every=draw(st.integers(1, 1000)),
    )


@settings(max_examples=150, deadline=None)
@given(experiments())
def test_valid_experiments_round_trip_through_json(exp):
    assert Experiment.from_json(exp.to_json()) == exp
    assert reparse(exp) == exp
