import numpy as np
import pytest

from engine.layers import BatchNorm, Dense, Dropout
from engine.losses import get_loss
from engine.network import Network, WeightsError, build_network, load_weights, save_weights
from engine.spec import (ActivationSpec, BatchNormSpec, DenseSpec, DropoutSpec, Experiment, InitSpec,
                         ResidualSpec)

EVERY_LAYER = (
    DenseSpec(8, "relu"),
    ActivationSpec("tanh"),
    BatchNormSpec(momentum=0.2),
    DropoutSpec(0.3),
    ResidualSpec((DenseSpec(6, "gelu"), ActivationSpec("relu"), DenseSpec(5, "identity")),
                 projection_init=InitSpec("orthogonal")),
    ResidualSpec((DenseSpec(5, "tanh"),)),
    DenseSpec(4, "sigmoid"),
)


def build(dtype="float32", seed=0, layers=EVERY_LAYER, n_inputs=3, n_outputs=2, **changes):
    return build_network(Experiment(layers=layers, seed=seed, dtype=dtype, **changes), n_inputs, n_outputs)


def train_once(net, seed=0, n=7, n_inputs=3):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, n_inputs))
    loss = get_loss("cross_entropy")
    loss.forward(net.forward(x, training=True), rng.integers(0, 2, size=n))
    return net.backward(loss.backward())


def test_names_share_one_counter_in_build_order():
    net = build()
    assert [layer.name for layer in net.all_layers()] == [
        "dense1", "act2", "bn3", "drop4", "res5", "dense6", "act7", "dense8", "res5.proj",
        "res9", "dense10", "dense11", "output"]
    assert [layer.name for layer in net.layers] == ["dense1", "act2", "bn3", "drop4", "res5", "res9", "dense11",
                                                    "output"]


def test_parameters_in_a_stable_order_with_shapes_chained_from_the_inputs():
    net = build(n_inputs=3, n_outputs=2)
    shapes = {name: value.shape for name, value, _ in net.parameters()}
    assert list(shapes) == [
        "dense1.W", "dense1.b", "bn3.gamma", "bn3.beta", "dense6.W", "dense6.b", "dense8.W", "dense8.b",
        "res5.proj.W", "res5.proj.b", "dense10.W", "dense10.b", "dense11.W", "dense11.b", "output.W", "output.b"]
    assert shapes["dense1.W"] == (3, 8) and shapes["bn3.gamma"] == (8,)
    assert shapes["dense6.W"] == (8, 6) and shapes["dense8.W"] == (6, 5) and shapes["res5.proj.W"] == (8, 5)
    assert shapes["dense10.W"] == (5, 5) and shapes["dense11.W"] == (5, 4) and shapes["output.W"] == (4, 2)
    assert [name for name, _, _ in net.parameters()] == list(shapes)
    for _, value, grad in net.parameters():
        assert grad.shape == value.shape and grad.dtype == value.dtype


def test_projection_only_where_the_width_changes_and_with_its_own_init():
    net = build()
    res5, res9 = net.layers[4], net.layers[5]
    assert res9.projection is None
    w = res5.projection.W                      # orthogonal, 8 -> 5: orthonormal columns of W^T
    np.testing.assert_allclose(w.T @ w, np.eye(5), atol=1e-6)


def test_output_is_a_linear_dense_with_the_output_init():
    net = build(output_init=InitSpec("constant", value=0.5))
    output = net.layers[-1]
    assert isinstance(output, Dense) and output.name == "output"
    assert output.activation.name == "identity"
    assert np.all(output.W == 0.5)


def test_probed_layers_every_dense_but_projections():
    assert [layer.name for layer in build().probed_layers()] == [
        "dense1", "dense6", "dense8", "dense10", "dense11", "output"]


def test_same_seed_same_network_and_dropout_masks():
    a, b = build(seed=4), build(seed=4)
    for (name, va), (_, vb) in zip(a.state_dict().items(), b.state_dict().items()):
        np.testing.assert_array_equal(va, vb, err_msg=name)
    x = np.ones((5, 3), dtype=np.float32)
    np.testing.assert_array_equal(a.forward(x), b.forward(x))
    c = build(seed=5)
    assert not np.array_equal(a.state_dict()["dense1.W"], c.state_dict()["dense1.W"])


def test_float32_and_float64_builds_start_from_the_same_weights():
    single, double = build("float32", seed=2).state_dict(), build("float64", seed=2).state_dict()
    for name in single:
        assert single[name].dtype == np.float32 and double[name].dtype == np.float64
        np.testing.assert_array_equal(single[name], double[name].astype(np.float32))


def test_float32_end_to_end():
    net = build("float32")
    x = np.random.default_rng(0).normal(size=(6, 3))      # float64 input is converted once
    logits = net.forward(x, training=True)
    assert logits.dtype == np.float32
    loss = get_loss("cross_entropy")
    loss.forward(logits, np.array([0, 1, 0, 1, 1, 0]))
    dlogits = loss.backward()
    assert dlogits.dtype == np.float32
    net.input_grad = True
    assert net.backward(dlogits).dtype == np.float32
    assert all(grad.dtype == np.float32 for _, _, grad in net.parameters())
    assert all(v.dtype == np.float32 for v in net.state_dict().values())


def test_backward_skips_the_input_gradient_unless_asked():
    lean, full = build("float64"), build("float64")
    assert lean.input_grad is False and lean.layers[0].need_input_grad is False
    assert train_once(lean) is None
    full.input_grad = True
    assert full.layers[0].need_input_grad is True
    assert train_once(full).shape == (7, 3)
    for (name, _, lean_grad), (_, _, full_grad) in zip(lean.parameters(), full.parameters()):
        np.testing.assert_array_equal(lean_grad, full_grad, err_msg=name)
    full.input_grad = False
    assert full.layers[0].need_input_grad is False


def test_layers_before_the_first_weights_are_not_backpropagated_unless_asked():
    layers = (ActivationSpec("tanh"), DenseSpec(4, "relu"))
    net = build("float64", layers=layers)
    assert net.layers[1].need_input_grad is False
    assert train_once(net) is None
    net.input_grad = True
    assert train_once(net).shape == (7, 3)


def test_zero_grad():
    net = build("float64")
    train_once(net)
    assert any(np.any(grad != 0) for _, _, grad in net.parameters())
    net.zero_grad()
    assert all(np.all(grad == 0) for _, _, grad in net.parameters())


def test_state_dict_holds_params_and_buffers_as_copies():
    net = build()
    state = net.state_dict()
    assert "bn3.running_mean" in state and "bn3.running_var" in state
    state["dense1.W"][:] = 7.0
    assert not np.any(net.layers[0].W == 7.0)


def test_save_and_load_round_trip(tmp_path):
    net = build("float32", seed=1)
    train_once(net)                                    # moves the batch-norm running statistics
    path = tmp_path / "weights.npz"
    save_weights(net, path)
    loaded = load_weights(path)
    other = build("float32", seed=99)
    arrays_before = [value for _, value, _ in other.parameters()]
    other.load_state_dict(loaded)
    for name, value in net.state_dict().items():
        assert loaded[name].dtype == np.float32
        np.testing.assert_array_equal(other.state_dict()[name], value, err_msg=name)
    # loaded in place: an optimizer holding the arrays keeps seeing the live weights
    assert all(a is b for a, (_, b, _) in zip(arrays_before, other.parameters()))
    assert not list(tmp_path.glob(".*tmp"))            # the atomic write left no temporary file


def test_load_missing_file(tmp_path):
    with pytest.raises(WeightsError, match="no weights file"):
        load_weights(tmp_path / "nope.npz")


def test_load_corrupt_file(tmp_path):
    path = tmp_path / "bad.npz"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    with pytest.raises(WeightsError, match="not a readable .npz"):
        load_weights(path)
    path.write_text("hello")
    with pytest.raises(WeightsError, match="not a readable .npz"):
        load_weights(path)


def test_load_single_array_file(tmp_path):
    path = tmp_path / "one.npy"
    np.save(path, np.zeros(3))
    with pytest.raises(WeightsError, match="single array"):
        load_weights(path)


def test_load_refuses_pickled_objects(tmp_path):
    path = tmp_path / "objects.npz"
    np.savez(path, **{"dense1.W": np.array([{"a": 1}], dtype=object)})
    with pytest.raises(WeightsError, match="not a readable .npz"):
        load_weights(path)


def test_weights_error_is_a_value_error():
    assert issubclass(WeightsError, ValueError)


def test_missing_key_is_named():
    net = build()
    state = net.state_dict()
    del state["bn3.running_var"]
    with pytest.raises(WeightsError, match="no 'bn3.running_var'"):
        net.load_state_dict(state)


def test_unexpected_key_is_named():
    net = build()
    state = net.state_dict()
    state["dense99.W"] = np.zeros((2, 2), dtype=np.float32)
    with pytest.raises(WeightsError, match="'dense99.W', which this network does not have"):
        net.load_state_dict(state)


def test_shape_mismatch_names_key_shapes_and_fix_and_changes_nothing():
    net = build()
    state = build(seed=3).state_dict()
    state["dense6.W"] = np.zeros((8, 7), dtype=np.float32)
    before = net.state_dict()
    with pytest.raises(WeightsError) as info:
        net.load_state_dict(state)
    message = str(info.value)
    assert "'dense6.W'" in message and "(8, 7)" in message and "(8, 6)" in message
    assert "same layer sizes" in message
    for name, value in net.state_dict().items():
        np.testing.assert_array_equal(value, before[name], err_msg=name)


def test_network_from_layers_directly():
    rng = np.random.default_rng(0)
    dense = Dense(2, 3, "relu", 0.0, InitSpec(), rng, np.float64, "d")
    net = Network([dense, BatchNorm(3, 0.1, 1e-5, np.float64, "bn"), Dropout(0.1, rng, "drop")])
    assert net.dtype == np.float64
    assert [name for name, _, _ in net.parameters()] == ["d.W", "d.b", "bn.gamma", "bn.beta"]
    assert list(net.state_dict()) == ["d.W", "d.b", "bn.gamma", "bn.beta", "bn.running_mean", "bn.running_var"]
