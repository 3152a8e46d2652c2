"""The engine learns: classic toy problems reach known-good accuracy and loss."""
import numpy as np

from engine.spec import DataSpec, DenseSpec, Experiment, InitSpec, OptimizerSpec
from engine.trainer import Trainer


def _mlp(*units, activation="tanh", init="xavier_uniform"):
    return tuple(DenseSpec(units=u, activation=activation, init=InitSpec(init)) for u in units)


def test_xor_above_95_percent_validation_accuracy():
    exp = Experiment(data=DataSpec(name="xor", n_samples=400, noise=0.1), layers=_mlp(8, 8),
                     loss="cross_entropy", optimizer=OptimizerSpec("adam", 0.01), batch_size=32, epochs=60)
    result = Trainer(exp).run()
    assert result.val_acc > 0.95


def test_moons_above_95_percent_validation_accuracy():
    exp = Experiment(data=DataSpec(name="moons", n_samples=400, noise=0.1), layers=_mlp(16, 16),
                     loss="binary_cross_entropy", optimizer=OptimizerSpec("adam", 0.01), batch_size=32, epochs=60)
    result = Trainer(exp).run()
    assert result.val_acc > 0.95


SINE_MSE_TARGET = 0.02   # the data's own noise variance is 0.1**2 = 0.01 with noise 0.1


def test_sine_regression_below_target_mse():
    exp = Experiment(data=DataSpec(name="sine", n_samples=400, noise=0.1), layers=_mlp(32, 32),
                     loss="mse", optimizer=OptimizerSpec("adam", 0.01), batch_size=32, epochs=250)
    result = Trainer(exp).run()
    assert result.val_loss < SINE_MSE_TARGET


def test_adam_beats_plain_sgd_on_spirals_in_the_same_number_of_steps():
    base = Experiment(data=DataSpec(name="spirals", n_samples=600, classes=3, noise=0.05),
                      layers=_mlp(32, 32, activation="relu", init="he_uniform"), loss="cross_entropy",
                      batch_size=32, steps=1500, epochs=None)
    losses = {}
    for name, lr in (("sgd", 0.01), ("adam", 0.01)):
        result = Trainer(base.replace(optimizer=OptimizerSpec(name, lr))).run()
        losses[name] = result.train_loss
    assert losses["adam"] < losses["sgd"]
    assert np.isfinite(list(losses.values())).all()
