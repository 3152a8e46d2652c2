"""Tooltip texts of the settings panels, in one place so they read as one voice and stay reviewable.

Each text teaches the concept behind a control in a sentence or two: what it does to training and
when to reach for it, not merely what the field is called.  Each table gives its texts in the
window's language (workbench.language.TranslatedTable).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from workbench.language import TranslatedTable

ACTIVATION_HELP = TranslatedTable("HelpTexts", {
    "identity": QT_TRANSLATE_NOOP("HelpTexts", "No nonlinearity: h = z. A stack of identity layers collapses into one linear map, "
                                               "so the network can only draw straight decision boundaries."),
    "sigmoid": QT_TRANSLATE_NOOP("HelpTexts", "1 / (1 + e^-z), squashing into (0, 1). Its slope is at most 0.25 and nearly 0 when |z| is "
                                              "large (saturation), so gradients shrink layer after layer: the classic vanishing gradient."),
    "tanh": QT_TRANSLATE_NOOP("HelpTexts", "Squashes into (-1, 1) and is zero-centred, with slope up to 1; still saturates for large |z|, "
                                           "so deep tanh stacks can vanish, though more slowly than sigmoid."),
    "relu": QT_TRANSLATE_NOOP("HelpTexts", "max(0, z): slope exactly 1 for positive inputs, so gradients pass through undiminished; "
                                           "a unit whose input is always negative gets no gradient at all (a dead ReLU)."),
    "leaky_relu": QT_TRANSLATE_NOOP("HelpTexts", "Like ReLU but with a small slope for negative inputs (the 'slope' field), so no unit "
                                                 "can die completely: it always passes a little gradient."),
    "elu": QT_TRANSLATE_NOOP("HelpTexts", "Identity for positive inputs, alpha*(e^z - 1) for negative ones ('slope' is alpha): smooth, "
                                          "no dead units, and outputs closer to zero mean than ReLU."),
    "gelu": QT_TRANSLATE_NOOP("HelpTexts", "z times the Gaussian CDF of z: a smooth ReLU used in transformers; small negative inputs "
                                           "pass a little signal and gradient."),
    "softplus": QT_TRANSLATE_NOOP("HelpTexts", "log(1 + e^z): a smooth ReLU whose slope is the sigmoid of z, so it never becomes exactly zero."),
    "softsign": QT_TRANSLATE_NOOP("HelpTexts", "z / (1 + |z|): like tanh but its tails approach +-1 polynomially, so it saturates more gently."),
})

INIT_HELP = TranslatedTable("HelpTexts", {
    "zeros": QT_TRANSLATE_NOOP("HelpTexts", "All weights 0. Every unit in a layer then computes the same thing and receives the same "
                                            "gradient, so they never become different: symmetry is never broken."),
    "constant": QT_TRANSLATE_NOOP("HelpTexts", "All weights equal to 'value': like zeros, every unit stays identical to its neighbours."),
    "normal": QT_TRANSLATE_NOOP("HelpTexts", "Weights drawn from N(0, std^2) with a fixed std that ignores the layer's width: too small a "
                                             "std and the signal shrinks with depth, too large and it explodes."),
    "uniform": QT_TRANSLATE_NOOP("HelpTexts", "Weights drawn from U(-limit, limit), a fixed scale that ignores the layer's width."),
    "xavier_uniform": QT_TRANSLATE_NOOP("HelpTexts", "Xavier/Glorot: scales weights by sqrt(2/(fan_in+fan_out)), keeping the variance of "
                                                     "activations and gradients about equal across layers for tanh/sigmoid-like units."),
    "xavier_normal": QT_TRANSLATE_NOOP("HelpTexts", "Xavier/Glorot with a normal distribution: std = gain*sqrt(2/(fan_in+fan_out)), "
                                                    "balancing the forward signal and the backward gradient for symmetric activations."),
    "he_uniform": QT_TRANSLATE_NOOP("HelpTexts", "He/Kaiming: scales initial weights by sqrt(2/fan_in), compensating for ReLU zeroing half "
                                                 "its inputs, so the signal neither shrinks nor grows with depth."),
    "he_normal": QT_TRANSLATE_NOOP("HelpTexts", "He/Kaiming with a normal distribution, std = sqrt(2/fan_in): the standard choice for "
                                                "ReLU networks, so the signal neither shrinks nor grows with depth."),
    "lecun_normal": QT_TRANSLATE_NOOP("HelpTexts", "LeCun: std = sqrt(1/fan_in), preserving the variance of a linear or SELU-like layer."),
    "orthogonal": QT_TRANSLATE_NOOP("HelpTexts", "A random orthogonal matrix (times gain): it preserves vector lengths exactly, which "
                                                 "keeps gradients from shrinking or growing in deep linear-ish stacks."),
    "pytorch_default": QT_TRANSLATE_NOOP("HelpTexts", "What torch.nn.Linear does: Kaiming uniform with a=sqrt(5), i.e. U(+-1/sqrt(fan_in)), "
                                                      "and a bias drawn from the same range."),
})

LAYER_TYPE_HELP = TranslatedTable("HelpTexts", {
    "dense": QT_TRANSLATE_NOOP("HelpTexts", "A fully connected layer: h = activation(x W + b). Each unit weighs every input."),
    "activation": QT_TRANSLATE_NOOP("HelpTexts", "A standalone nonlinearity with no weights, e.g. after a BatchNorm."),
    "batchnorm": QT_TRANSLATE_NOOP("HelpTexts", "Batch normalisation: rescales each unit to zero mean and unit variance over the batch, "
                                                "then learns a scale and shift; keeps activations in a healthy range as weights change."),
    "dropout": QT_TRANSLATE_NOOP("HelpTexts", "During training, zeroes each unit with probability 'rate' (scaling the rest up), so the "
                                              "network cannot rely on any single unit: a regulariser against overfitting."),
    "residual": QT_TRANSLATE_NOOP("HelpTexts", "A skip connection y = x + f(x): the gradient flows through the '+ x' path unchanged, "
                                               "which is why very deep residual networks still train."),
})

LAYER_FIELD_HELP = TranslatedTable("HelpTexts", {
    "type": QT_TRANSLATE_NOOP("HelpTexts", "What kind of layer this is. Changing the type keeps what still applies (the activation)."),
    "units": QT_TRANSLATE_NOOP("HelpTexts", "How many neurons this layer has: its output width. More units can fit more complex "
                                            "functions but take longer and may overfit."),
    "activation": QT_TRANSLATE_NOOP("HelpTexts", "The nonlinearity applied to this layer's output. Without one, stacked layers are just "
                                                 "one linear map."),
    "slope": QT_TRANSLATE_NOOP("HelpTexts", "leaky_relu: the slope for negative inputs; elu: alpha, the value negative inputs approach."),
    "init": QT_TRANSLATE_NOOP("HelpTexts", "How the weights start. A good initialiser keeps the size of the signal and of the gradient "
                                           "the same from layer to layer, so a deep network trains at all."),
    "gain": QT_TRANSLATE_NOOP("HelpTexts", "A factor on the initial weights' scale ('default' uses the initialiser's own: sqrt(2) for He, "
                                           "1 for Xavier). Raise it and gradients grow with depth, lower it and they vanish."),
    "mode": QT_TRANSLATE_NOOP("HelpTexts", "He/LeCun: scale by the number of inputs (fan_in, preserves the forward signal) or of "
                                           "outputs (fan_out, preserves the backward gradient)."),
    "std": QT_TRANSLATE_NOOP("HelpTexts", "Standard deviation of the normal initialiser."),
    "limit": QT_TRANSLATE_NOOP("HelpTexts", "The uniform initialiser draws from U(-limit, limit)."),
    "value": QT_TRANSLATE_NOOP("HelpTexts", "The value every weight starts with."),
    "rate": QT_TRANSLATE_NOOP("HelpTexts", "Probability that each unit is zeroed during a training step; 0 turns dropout off."),
    "momentum": QT_TRANSLATE_NOOP("HelpTexts", "How fast BatchNorm's running mean and variance (used at evaluation) follow the batch "
                                               "statistics: new = (1 - momentum) * old + momentum * batch."),
    "eps": QT_TRANSLATE_NOOP("HelpTexts", "Added to the variance before the square root so a constant unit does not divide by zero."),
    "apply_activation": QT_TRANSLATE_NOOP("HelpTexts", "Set this activation on every layer that has one (Dense and Activation layers, "
                                                       "inside residual blocks too) in one undoable step."),
    "apply_init": QT_TRANSLATE_NOOP("HelpTexts", "Use this initialiser (and gain) for every Dense layer in one undoable step; the output "
                                                 "layer keeps its own."),
    "output_init": QT_TRANSLATE_NOOP("HelpTexts", "The initialiser of the output layer, the Dense that produces the outputs."),
    "output_activation": QT_TRANSLATE_NOOP("HelpTexts", "The activation of the output layer. Linear (identity) for the cross-entropies, "
                                                        "which apply the softmax or sigmoid inside the loss (numerically stable, and the "
                                                        "slope cancels from the gradient). With a squared error you may put one here: a "
                                                        "sigmoid with half_squared_error is the classic worked example, whose gradient "
                                                        "keeps the sigmoid's slope."),
    "projection_init": QT_TRANSLATE_NOOP("HelpTexts", "When the block's output width differs from its input, x is mapped by a learned "
                                                      "linear projection before the '+'; this is how that projection starts."),
    "add": QT_TRANSLATE_NOOP("HelpTexts", "Add a layer after the selected one (click for a Dense layer, or pick a type from the menu). "
                                          "Adding a residual block wraps the selected layer, or creates a block with one Dense layer."),
    "insert": QT_TRANSLATE_NOOP("HelpTexts", "Insert a layer before the selected one."),
    "remove": QT_TRANSLATE_NOOP("HelpTexts", "Remove the selected layer (removing a residual block removes the layers in it)."),
    "duplicate": QT_TRANSLATE_NOOP("HelpTexts", "Insert a copy of the selected layer right after it."),
    "up": QT_TRANSLATE_NOOP("HelpTexts", "Move the selected layer up; at the top of a residual block it moves out of the block, "
                                         "just below a block it moves into it."),
    "down": QT_TRANSLATE_NOOP("HelpTexts", "Move the selected layer down; at the bottom of a residual block it moves out of the block, "
                                           "just above a block it moves into it."),
    "unwrap": QT_TRANSLATE_NOOP("HelpTexts", "Dissolve the selected residual block: its layers stay, the skip connection goes."),
    "tree": QT_TRANSLATE_NOOP("HelpTexts", "The hidden layers from input (top) to output (bottom). Drag to reorder or to move layers "
                                           "into and out of residual blocks; select a layer to edit it below."),
    "input": QT_TRANSLATE_NOOP("HelpTexts", "The input width is the number of features of the dataset: set by the data, not typed."),
    "output": QT_TRANSLATE_NOOP("HelpTexts", "The output width follows from the dataset and the loss: one unit per class for "
                                             "cross_entropy, one for binary_cross_entropy (and for half_squared_error on two classes), one per "
                                             "target for mse."),
})

DATASET_HELP = TranslatedTable("HelpTexts", {
    "xor": QT_TRANSLATE_NOOP("HelpTexts", "Two classes in opposite quadrants: the smallest problem a single linear layer cannot solve."),
    "circles": QT_TRANSLATE_NOOP("HelpTexts", "One class on a ring inside the other: needs a curved boundary."),
    "moons": QT_TRANSLATE_NOOP("HelpTexts", "Two interleaving half circles: a gently curved boundary."),
    "spirals": QT_TRANSLATE_NOOP("HelpTexts", "Interleaved spiral arms, one per class: a hard problem that needs depth and a good "
                                              "activation; the classic vanishing-gradient demo."),
    "blobs": QT_TRANSLATE_NOOP("HelpTexts", "Gaussian clusters, one per class: nearly linearly separable, a quick sanity check."),
    "threshold": QT_TRANSLATE_NOOP("HelpTexts", "One input, label x > 0 with some labels flipped: the simplest classifier."),
    "iris": QT_TRANSLATE_NOOP("HelpTexts", "Real data: 150 flowers, 4 measurements, 3 species (bundled with scikit-learn)."),
    "wine": QT_TRANSLATE_NOOP("HelpTexts", "Real data: 178 wines, 13 chemical measurements, 3 cultivars."),
    "breast_cancer": QT_TRANSLATE_NOOP("HelpTexts", "Real data: 569 tumours, 30 features, benign or malignant."),
    "digits": QT_TRANSLATE_NOOP("HelpTexts", "Real data: 1797 8x8 images of handwritten digits, 64 pixel features, 10 classes."),
    "sine": QT_TRANSLATE_NOOP("HelpTexts", "Regression: y = sin(x) plus noise; fit a smooth curve."),
    "polynomial": QT_TRANSLATE_NOOP("HelpTexts", "Regression: y = x^3 - 3x plus noise; a curve with two bends."),
    "csv": QT_TRANSLATE_NOOP("HelpTexts", "Your own data: a CSV file with a header row; pick which column to predict."),
})

DATA_FIELD_HELP = TranslatedTable("HelpTexts", {
    "name": QT_TRANSLATE_NOOP("HelpTexts", "The dataset to learn. Synthetic 2-D sets show a decision boundary; real sets are bundled "
                                           "with scikit-learn; or load your own CSV."),
    "n_samples": QT_TRANSLATE_NOOP("HelpTexts", "Total number of points generated (training plus validation). More data generalises "
                                                "better but each epoch takes longer."),
    "noise": QT_TRANSLATE_NOOP("HelpTexts", "Standard deviation of noise added to the inputs (for 'threshold': the fraction of flipped "
                                            "labels). Noise blurs the classes so a perfect fit means overfitting."),
    "classes": QT_TRANSLATE_NOOP("HelpTexts", "Number of classes: spiral arms or blob centres."),
    "val_fraction": QT_TRANSLATE_NOOP("HelpTexts", "Share of points held out for validation. The network never trains on them, so their "
                                                   "loss shows how well it generalises."),
    "standardize": QT_TRANSLATE_NOOP("HelpTexts", "Shift and scale each feature to mean 0 and std 1 (using training statistics). "
                                                  "Features on very different scales make gradient descent zig-zag."),
    "seed": QT_TRANSLATE_NOOP("HelpTexts", "Seed of the random numbers that generate and split the data: the same seed gives the same "
                                           "points."),
    "csv_path": QT_TRANSLATE_NOOP("HelpTexts", "Choose a CSV file: a header row of column names, then one row per sample."),
    "target": QT_TRANSLATE_NOOP("HelpTexts", "The column the network should predict; all other columns are its inputs."),
    "task": QT_TRANSLATE_NOOP("HelpTexts", "auto: a column with few distinct values (or text) is classification, otherwise regression. "
                                           "Force it when the guess is wrong."),
    "val_path": QT_TRANSLATE_NOOP("HelpTexts", "Optional: a second CSV file with the same columns, used only for validation instead of "
                                               "holding out a random share of the first file. The first file's rows then all train, in "
                                               "their order."),
    "features": QT_TRANSLATE_NOOP("HelpTexts", "The input columns the network sees. Untick a column (an id, a date, free text) to leave it "
                                               "out; by default every column except the target is an input."),
    "preview": QT_TRANSLATE_NOOP("HelpTexts", "The first rows of the file as read, and each column's detected type: number or text. "
                                              "Input columns must be numbers."),
})

LOSS_HELP = TranslatedTable("HelpTexts", {
    "mse": QT_TRANSLATE_NOOP("HelpTexts", "Mean squared error: the average of (prediction - target)^2. The loss for regression; on "
                                          "one-hot classes it works but learns slowly once outputs saturate."),
    "cross_entropy": QT_TRANSLATE_NOOP("HelpTexts", "Softmax over the outputs, then -log of the probability of the true class. Its "
                                                    "gradient is simply (probabilities - one-hot), so it never saturates."),
    "binary_cross_entropy": QT_TRANSLATE_NOOP("HelpTexts", "Sigmoid on a single output, then -log of the probability of the true label: "
                                                           "cross-entropy for two classes."),
    "half_squared_error": QT_TRANSLATE_NOOP("HelpTexts", "E = ½(a − t)², averaged over the samples: the squared error of the textbook "
                                                         "worked example, so dE/da = a − t. On two classes there is one output whose "
                                                         "target is the label (0 or 1); use it with a sigmoid output activation."),
})

OPTIMIZER_HELP = TranslatedTable("HelpTexts", {
    "sgd": QT_TRANSLATE_NOOP("HelpTexts", "Stochastic gradient descent: w -= lr * gradient, optionally with momentum. Simple and well "
                                          "understood; sensitive to the learning rate."),
    "adam": QT_TRANSLATE_NOOP("HelpTexts", "Adam keeps running averages of the gradient (momentum) and of its square, and divides by the "
                                           "square root of the latter: each weight gets its own step size, robust to scale."),
    "adamw": QT_TRANSLATE_NOOP("HelpTexts", "Adam with decoupled weight decay: weights shrink directly by lr*weight_decay each step "
                                            "instead of through the gradient, which regularises better than Adam's L2."),
    "rmsprop": QT_TRANSLATE_NOOP("HelpTexts", "RMSprop divides each step by a running root-mean-square of recent gradients, so weights "
                                              "with large gradients take smaller steps and small ones larger."),
    "adagrad": QT_TRANSLATE_NOOP("HelpTexts", "Adagrad divides by the root of the sum of ALL past squared gradients: rarely updated weights "
                                              "keep large steps, but every step size only ever shrinks."),
})

OPTIMIZER_PARAM_HELP = TranslatedTable("HelpTexts", {
    "momentum": QT_TRANSLATE_NOOP("HelpTexts", "Keeps a running average of past gradients so steps build up speed along consistent "
                                               "directions and damp oscillation (0 = plain SGD; 0.9 is typical)."),
    "dampening": QT_TRANSLATE_NOOP("HelpTexts", "Scales down the current gradient's contribution to the momentum buffer (0 = none)."),
    "nesterov": QT_TRANSLATE_NOOP("HelpTexts", "Nesterov momentum: evaluates the gradient as if the momentum step were already taken, "
                                               "a look-ahead that overshoots less. Needs momentum > 0 and dampening 0."),
    "weight_decay": QT_TRANSLATE_NOOP("HelpTexts", "Pulls every weight towards 0 by this fraction each step (L2 regularisation): smaller "
                                                   "weights, smoother functions, less overfitting."),
    "betas": QT_TRANSLATE_NOOP("HelpTexts", "Decay rates of the running averages of the gradient (beta1, momentum) and of its square "
                                            "(beta2); closer to 1 means longer memory."),
    "eps": QT_TRANSLATE_NOOP("HelpTexts", "Added to the denominator so a weight whose gradients were all ~0 does not get a huge step."),
    "amsgrad": QT_TRANSLATE_NOOP("HelpTexts", "Divide by the largest squared-gradient average seen so far, so step sizes never grow "
                                              "again; a fix for rare convergence failures of Adam."),
    "alpha": QT_TRANSLATE_NOOP("HelpTexts", "Smoothing of the running average of squared gradients (closer to 1 = longer memory)."),
    "centered": QT_TRANSLATE_NOOP("HelpTexts", "Divide by the variance of gradients (subtracting the running mean) instead of their raw "
                                               "second moment; can stabilise training."),
    "lr_decay": QT_TRANSLATE_NOOP("HelpTexts", "Additionally divides the learning rate by (1 + step * lr_decay)."),
    "initial_accumulator_value": QT_TRANSLATE_NOOP("HelpTexts", "Starting value of the sum of squared gradients; larger values make the "
                                                                "first steps smaller."),
})

SCHEDULE_HELP = TranslatedTable("HelpTexts", {
    "constant": QT_TRANSLATE_NOOP("HelpTexts", "The learning rate stays what you set."),
    "step": QT_TRANSLATE_NOOP("HelpTexts", "Multiply the learning rate by gamma every step_size steps: big moves first, fine tuning later."),
    "exponential": QT_TRANSLATE_NOOP("HelpTexts", "Multiply the learning rate by gamma after every step: a smooth decay."),
    "cosine": QT_TRANSLATE_NOOP("HelpTexts", "Lower the learning rate along half a cosine from its start to eta_min over t_max steps."),
    "warmup": QT_TRANSLATE_NOOP("HelpTexts", "Ramp the learning rate up linearly over the first warmup_steps steps, so early large "
                                             "gradients from random weights cannot throw training off."),
})

SCHEDULE_PARAM_HELP = TranslatedTable("HelpTexts", {
    "step_size": QT_TRANSLATE_NOOP("HelpTexts", "Number of steps between two decays."),
    "gamma": QT_TRANSLATE_NOOP("HelpTexts", "The factor the learning rate is multiplied by at each decay (below 1 shrinks it)."),
    "t_max": QT_TRANSLATE_NOOP("HelpTexts", "Number of steps the cosine takes to go from the start value down to eta_min."),
    "eta_min": QT_TRANSLATE_NOOP("HelpTexts", "The lowest learning rate the cosine reaches."),
    "warmup_steps": QT_TRANSLATE_NOOP("HelpTexts", "Number of steps over which the learning rate ramps up from 0 to its set value."),
})

TRAINING_FIELD_HELP = TranslatedTable("HelpTexts", {
    "loss": QT_TRANSLATE_NOOP("HelpTexts", "What the network minimises: how wrong its outputs are. Only losses that fit the dataset's "
                                           "task are offered."),
    "optimizer": QT_TRANSLATE_NOOP("HelpTexts", "The rule that turns gradients into weight updates."),
    "lr": QT_TRANSLATE_NOOP("HelpTexts", "The learning rate: how far each step moves along the negative gradient. Too small and "
                                         "training crawls; too large and the loss oscillates or explodes. The slider is logarithmic."),
    "schedule": QT_TRANSLATE_NOOP("HelpTexts", "How the learning rate changes during training."),
    "batch_size": QT_TRANSLATE_NOOP("HelpTexts", "How many samples each gradient is averaged over. Small batches give noisy but "
                                                 "frequent steps (the noise can help generalise); 0 uses the full training set each step."),
    "length_unit": QT_TRANSLATE_NOOP("HelpTexts", "Train for a number of epochs (passes over the training set) or of optimizer steps "
                                                  "(batches)."),
    "length": QT_TRANSLATE_NOOP("HelpTexts", "How long to train, in the unit chosen on the left."),
    "clip_mode": QT_TRANSLATE_NOOP("HelpTexts", "Gradient clipping caps the gradient before the update, a guard against exploding "
                                                "gradients. 'norm' rescales the whole gradient when its total L2 norm exceeds the "
                                                "threshold (keeping its direction); 'value' clamps each entry to +-threshold."),
    "clip_threshold": QT_TRANSLATE_NOOP("HelpTexts", "The largest gradient norm (or entry, for 'value') allowed through."),
    "dtype": QT_TRANSLATE_NOOP("HelpTexts", "Floating-point precision: float32 is faster and what GPUs use; float64 is exact enough for "
                                            "gradient checking and shows whether a problem is numerical."),
    "seed": QT_TRANSLATE_NOOP("HelpTexts", "Seed of the weight initialisation, batch order and dropout: the same seed gives a "
                                           "bit-identical run."),
})

PARAM_LABELS = TranslatedTable("HelpTexts", {   # the optimizer's and schedule's hyperparameters as labelled
    "momentum": QT_TRANSLATE_NOOP("HelpTexts", "momentum"),
    "dampening": QT_TRANSLATE_NOOP("HelpTexts", "dampening"),
    "nesterov": QT_TRANSLATE_NOOP("HelpTexts", "nesterov"),
    "weight_decay": QT_TRANSLATE_NOOP("HelpTexts", "weight decay"),
    "betas": QT_TRANSLATE_NOOP("HelpTexts", "betas"),
    "eps": QT_TRANSLATE_NOOP("HelpTexts", "eps"),
    "amsgrad": QT_TRANSLATE_NOOP("HelpTexts", "amsgrad"),
    "alpha": QT_TRANSLATE_NOOP("HelpTexts", "alpha"),
    "centered": QT_TRANSLATE_NOOP("HelpTexts", "centered"),
    "lr_decay": QT_TRANSLATE_NOOP("HelpTexts", "lr decay"),
    "initial_accumulator_value": QT_TRANSLATE_NOOP("HelpTexts", "initial accumulator value"),
    "step_size": QT_TRANSLATE_NOOP("HelpTexts", "step size"),
    "gamma": QT_TRANSLATE_NOOP("HelpTexts", "gamma"),
    "t_max": QT_TRANSLATE_NOOP("HelpTexts", "t max"),
    "eta_min": QT_TRANSLATE_NOOP("HelpTexts", "eta min"),
    "warmup_steps": QT_TRANSLATE_NOOP("HelpTexts", "warmup steps"),
})
