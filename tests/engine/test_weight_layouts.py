"""Weights in the engine layout and in PyTorch's state_dict layout: names, shapes, detection,
round trips and the messages for files that do not fit."""
import numpy as np
import pytest

from engine.network import WeightsError, build_network
from engine.spec import (ActivationSpec, BatchNormSpec, DataSpec, DenseSpec, DropoutSpec, Experiment, InitSpec,
                         ResidualSpec)
from engine.trainer import Trainer
from engine.weight_layouts import (ENGINE, PYTORCH, detect_layout, from_layout, load_initial_weights,
                                   save_weights_as, to_layout)

LAYERS = (DenseSpec(4, "tanh"), BatchNormSpec(), DropoutSpec(0.2), ActivationSpec("relu"),
          ResidualSpec((DenseSpec(4, "relu"), DenseSpec(3, "identity"))), DenseSpec(3, "identity"))


def experiment(**changes):
    exp = Experiment(data=DataSpec(name="moons", n_samples=60, seed=1), layers=LAYERS, loss="cross_entropy",
                     batch_size=8, epochs=None, steps=12, dtype="float64", seed=3)
    return exp.replace(**changes)


def network(seed=3, layers=LAYERS):
    return build_network(experiment(seed=seed, layers=layers), 2, 2)


def test_pytorch_names_follow_the_sequential_the_export_builds():
    # Linear+Tanh (0, 1), BatchNorm1d 2, Dropout 3, ReLU 4, Residual 5 (body: Linear+ReLU 0,1,
    # Linear 2; proj), Linear (no activation) 6, output Linear 7
    state = to_layout(network(), PYTORCH)
    assert list(state) == [
        "0.weight", "0.bias", "2.weight", "2.bias", "2.running_mean", "2.running_var",
        "5.body.0.weight", "5.body.0.bias", "5.body.2.weight", "5.body.2.bias", "5.proj.weight", "5.proj.bias",
        "6.weight", "6.bias", "7.weight", "7.bias", "2.num_batches_tracked"]
    net = network()
    assert state["0.weight"].shape == (4, 2)            # (out, in)
    np.testing.assert_array_equal(state["0.weight"], net.state_dict()["dense1.W"].T)
    np.testing.assert_array_equal(state["5.proj.weight"], net.state_dict()["res5.proj.W"].T)
    np.testing.assert_array_equal(state["2.weight"], net.state_dict()["bn2.gamma"])


@pytest.mark.parametrize("layout", [ENGINE, PYTORCH])
def test_weights_out_and_in_give_the_same_network_output(layout, tmp_path):
    source = network(seed=3)
    x = np.random.default_rng(0).normal(size=(7, 2))
    path = tmp_path / "w.npz"
    save_weights_as(source, path, layout)
    target = network(seed=99)
    assert not np.allclose(target.forward(x, False), source.forward(x, False))
    load_initial_weights(target, path)
    np.testing.assert_array_equal(target.forward(x, False), source.forward(x, False))


def test_an_out_in_file_and_an_in_out_file_of_the_same_network_give_identical_runs(tmp_path):
    net = Trainer(experiment(seed=7)).net
    save_weights_as(net, tmp_path / "engine.npz", ENGINE)
    save_weights_as(net, tmp_path / "torch.npz", PYTORCH)
    runs = []
    for name in ("engine.npz", "torch.npz"):
        trainer = Trainer(experiment(seed=3, initial_weights=str(tmp_path / name)))
        for key, value in net.state_dict().items():      # starts from the seed-7 network's weights
            np.testing.assert_array_equal(trainer.net.state_dict()[key], value)
        trainer.run()
        runs.append((trainer.history.snapshot()["loss"], trainer.net.state_dict()))
    assert len(runs[0][0]) == 12
    np.testing.assert_array_equal(runs[0][0], runs[1][0])
    for key in runs[0][1]:
        np.testing.assert_array_equal(runs[0][1][key], runs[1][1][key])


def test_the_layout_is_read_from_names_so_square_matrices_are_never_misread():
    square = (DenseSpec(2, "tanh"),)
    net = network(layers=square)
    weights = {"0.weight": np.array([[1.0, 2.0], [3.0, 4.0]]), "0.bias": np.zeros(2),
               "2.weight": np.array([[5.0, 6.0], [7.0, 8.0]]), "2.bias": np.zeros(2)}
    state = from_layout(net, weights)
    np.testing.assert_array_equal(state["dense1.W"], [[1.0, 3.0], [2.0, 4.0]])    # x @ W.T
    np.testing.assert_array_equal(state["output.W"], [[5.0, 7.0], [6.0, 8.0]])
    engine_names = {"dense1.W": weights["0.weight"], "dense1.b": np.zeros(2), "output.W": weights["2.weight"],
                    "output.b": np.zeros(2)}
    np.testing.assert_array_equal(from_layout(net, engine_names)["dense1.W"], weights["0.weight"])
    assert detect_layout(engine_names) == ENGINE and detect_layout(weights) == PYTORCH


def test_a_shape_mismatch_names_the_layer_the_shapes_and_the_layout():
    net = network()
    state = to_layout(net, PYTORCH)
    state["5.body.0.weight"] = np.zeros((5, 4))
    with pytest.raises(WeightsError) as info:
        from_layout(net, state)
    message = str(info.value)
    assert message.startswith("layer dense6: '5.body.0.weight' has shape (5, 4) in the file but this network "
                              "expects (4, 4) (PyTorch state_dict layout")
    assert "detected from the names" in message and "the layer sizes differ" in message


def test_a_transposed_matrix_is_called_out():
    net = network()
    state = to_layout(net, ENGINE)
    state["dense1.W"] = state["dense1.W"].T.copy()      # (4, 2) where the engine layout wants (2, 4)
    with pytest.raises(WeightsError, match=r"layer dense1: 'dense1.W' has shape \(4, 2\) in the file but this "
                                           r"network expects \(2, 4\) \(engine layout.*it looks transposed"):
        from_layout(net, state)


def test_missing_and_unknown_names_say_the_layout_and_list_the_expected_names():
    net = network()
    state = to_layout(net, PYTORCH)
    del state["7.bias"]
    with pytest.raises(WeightsError, match=r"layer output: the file has no '7.bias' \(PyTorch state_dict layout.*"
                                           r"this network needs '0.weight', '0.bias'"):
        from_layout(net, state)
    state = to_layout(net, PYTORCH)
    state["fc9.weight"] = np.zeros(3)
    with pytest.raises(WeightsError, match="holds 'fc9.weight', which this network does not have"):
        from_layout(net, state)


def test_files_whose_names_say_no_layout_or_both_are_refused():
    with pytest.raises(WeightsError, match="mixes engine names"):
        detect_layout(["dense1.W", "0.weight"])
    with pytest.raises(WeightsError, match="neither engine names"):
        detect_layout(["fc.kernel"])


def test_num_batches_tracked_is_ignored_on_reading():
    net = network()
    state = to_layout(net, PYTORCH)
    state["2.num_batches_tracked"] = np.array(57)
    from_layout(net, state)


def test_trainer_errors_keep_the_field_name(tmp_path):
    net = network(layers=(DenseSpec(3, "tanh"),))
    save_weights_as(net, tmp_path / "w.npz", PYTORCH)
    with pytest.raises(WeightsError, match=r"^initial_weights: layer dense1: '0.weight' has shape \(3, 2\) in the "
                                           r"file but this network expects \(4, 2\) \(PyTorch"):
        Trainer(experiment(layers=(DenseSpec(4, "tanh"),), initial_weights=str(tmp_path / "w.npz")))


@pytest.mark.torch
def test_a_pytorch_state_dict_loads_and_computes_what_torch_computes(tmp_path):
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(2, 4), torch.nn.Tanh(), torch.nn.BatchNorm1d(4),
                                torch.nn.Linear(4, 3)).double()
    with torch.no_grad():
        model[2].running_mean.uniform_(-1, 1)
        model[2].running_var.uniform_(0.5, 2)
        model[2].weight.uniform_(0.5, 2)
    np.savez(tmp_path / "w.npz", **{k: v.numpy() for k, v in model.state_dict().items()})
    net = build_network(experiment(layers=(DenseSpec(4, "tanh", init=InitSpec("zeros")), BatchNormSpec())), 2, 3)
    load_initial_weights(net, tmp_path / "w.npz")
    x = np.random.default_rng(1).normal(size=(6, 2))
    model.eval()
    expected = model(torch.from_numpy(x)).detach().numpy()
    np.testing.assert_allclose(net.forward(x, False), expected, rtol=1e-12, atol=1e-14)
