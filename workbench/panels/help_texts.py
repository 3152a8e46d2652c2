"""Tooltip texts of the settings panels, in one place so they read as one voice and stay reviewable.

Each text teaches the concept behind a control in a sentence or two: what it does to training and
when to reach for it, not merely what the field is called.
"""
from __future__ import annotations

ACTIVATION_HELP = {
    "identity": "No nonlinearity: h = z. A stack of identity layers collapses into one linear map, "
                "so the network can only draw straight decision boundaries.",
    "sigmoid": "1 / (1 + e^-z), squashing into (0, 1). Its slope is at most 0.25 and nearly 0 when |z| is "
               "large (saturation), so gradients shrink layer after layer: the classic vanishing gradient.",
    "tanh": "Squashes into (-1, 1) and is zero-centred, with slope up to 1; still saturates for large |z|, "
            "so deep tanh stacks can vanish, though more slowly than sigmoid.",
    "relu": "max(0, z): slope exactly 1 for positive inputs, so gradients pass through undiminished; "
            "a unit whose input is always negative gets no gradient at all (a dead ReLU).",
    "leaky_relu": "Like ReLU but with a small slope for negative inputs (the 'slope' field), so no unit "
                  "can die completely: it always passes a little gradient.",
    "elu": "Identity for positive inputs, alpha*(e^z - 1) for negative ones ('slope' is alpha): smooth, "
           "no dead units, and outputs closer to zero mean than ReLU.",
    "gelu": "z times the Gaussian CDF of z: a smooth ReLU used in transformers; small negative inputs "
            "pass a little signal and gradient.",
    "softplus": "log(1 + e^z): a smooth ReLU whose slope is the sigmoid of z, so it never becomes exactly zero.",
    "softsign": "z / (1 + |z|): like tanh but its tails approach +-1 polynomially, so it saturates more gently.",
}

INIT_HELP = {
    "zeros": "All weights 0. Every unit in a layer then computes the same thing and receives the same "
             "gradient, so they never become different: symmetry is never broken.",
    "constant": "All weights equal to 'value': like zeros, every unit stays identical to its neighbours.",
    "normal": "Weights drawn from N(0, std^2) with a fixed std that ignores the layer's width: too small a "
              "std and the signal shrinks with depth, too large and it explodes.",
    "uniform": "Weights drawn from U(-limit, limit), a fixed scale that ignores the layer's width.",
    "xavier_uniform": "Xavier/Glorot: scales weights by sqrt(2/(fan_in+fan_out)), keeping the variance of "
                      "activations and gradients about equal across layers for tanh/sigmoid-like units.",
    "xavier_normal": "Xavier/Glorot with a normal distribution: std = gain*sqrt(2/(fan_in+fan_out)), "
                     "balancing the forward signal and the backward gradient for symmetric activations.",
    "he_uniform": "He/Kaiming: scales initial weights by sqrt(2/fan_in), compensating for ReLU zeroing half "
                  "its inputs, so the signal neither shrinks nor grows with depth.",
    "he_normal": "He/Kaiming with a normal distribution, std = sqrt(2/fan_in): the standard choice for "
                 "ReLU networks, so the signal neither shrinks nor grows with depth.",
    "lecun_normal": "LeCun: std = sqrt(1/fan_in), preserving the variance of a linear or SELU-like layer.",
    "orthogonal": "A random orthogonal matrix (times gain): it preserves vector lengths exactly, which "
                  "keeps gradients from shrinking or growing in deep linear-ish stacks.",
    "pytorch_default": "What torch.nn.Linear does: Kaiming uniform with a=sqrt(5), i.e. U(+-1/sqrt(fan_in)), "
                       "and a bias drawn from the same range.",
}

LAYER_TYPE_HELP = {
    "dense": "A fully connected layer: h = activation(x W + b). Each unit weighs every input.",
    "activation": "A standalone nonlinearity with no weights, e.g. after a BatchNorm.",
    "batchnorm": "Batch normalisation: rescales each unit to zero mean and unit variance over the batch, "
                 "then learns a scale and shift; keeps activations in a healthy range as weights change.",
    "dropout": "During training, zeroes each unit with probability 'rate' (scaling the rest up), so the "
               "network cannot rely on any single unit: a regulariser against overfitting.",
    "residual": "A skip connection y = x + f(x): the gradient flows through the '+ x' path unchanged, "
                "which is why very deep residual networks still train.",
}

LAYER_FIELD_HELP = {
    "type": "What kind of layer this is. Changing the type keeps what still applies (the activation).",
    "units": "How many neurons this layer has: its output width. More units can fit more complex "
             "functions but take longer and may overfit.",
    "activation": "The nonlinearity applied to this layer's output. Without one, stacked layers are just "
                  "one linear map.",
    "slope": "leaky_relu: the slope for negative inputs; elu: alpha, the value negative inputs approach.",
    "init": "How the weights start. A good initialiser keeps the size of the signal and of the gradient "
            "the same from layer to layer, so a deep network trains at all.",
    "gain": "A factor on the initial weights' scale ('default' uses the initialiser's own: sqrt(2) for He, "
            "1 for Xavier). Raise it and gradients grow with depth, lower it and they vanish.",
    "mode": "He/LeCun: scale by the number of inputs (fan_in, preserves the forward signal) or of "
            "outputs (fan_out, preserves the backward gradient).",
    "std": "Standard deviation of the normal initialiser.",
    "limit": "The uniform initialiser draws from U(-limit, limit).",
    "value": "The value every weight starts with.",
    "rate": "Probability that each unit is zeroed during a training step; 0 turns dropout off.",
    "momentum": "How fast BatchNorm's running mean and variance (used at evaluation) follow the batch "
                "statistics: new = (1 - momentum) * old + momentum * batch.",
    "eps": "Added to the variance before the square root so a constant unit does not divide by zero.",
    "apply_activation": "Set this activation on every layer that has one (Dense and Activation layers, "
                        "inside residual blocks too) in one undoable step.",
    "apply_init": "Use this initialiser (and gain) for every Dense layer in one undoable step; the output "
                  "layer keeps its own.",
    "output_init": "The initialiser of the output layer, the Dense that produces the outputs.",
    "output_activation": "The activation of the output layer. Linear (identity) for the cross-entropies, "
                         "which apply the softmax or sigmoid inside the loss (numerically stable, and the "
                         "slope cancels from the gradient). With a squared error you may put one here: a "
                         "sigmoid with half_squared_error is the classic worked example, whose gradient "
                         "keeps the sigmoid's slope.",
    "projection_init": "When the block's output width differs from its input, x is mapped by a learned "
                       "linear projection before the '+'; this is how that projection starts.",
    "add": "Add a layer after the selected one (click for a Dense layer, or pick a type from the menu). "
           "Adding a residual block wraps the selected layer, or creates a block with one Dense layer.",
    "insert": "Insert a layer before the selected one.",
    "remove": "Remove the selected layer (removing a residual block removes the layers in it).",
    "duplicate": "Insert a copy of the selected layer right after it.",
    "up": "Move the selected layer up; at the top of a residual block it moves out of the block, "
          "just below a block it moves into it.",
    "down": "Move the selected layer down; at the bottom of a residual block it moves out of the block, "
            "just above a block it moves into it.",
    "unwrap": "Dissolve the selected residual block: its layers stay, the skip connection goes.",
    "tree": "The hidden layers from input (top) to output (bottom). Drag to reorder or to move layers "
            "into and out of residual blocks; select a layer to edit it below.",
    "input": "The input width is the number of features of the dataset: set by the data, not typed.",
    "output": "The output width follows from the dataset and the loss: one unit per class for "
              "cross_entropy, one for binary_cross_entropy (and for half_squared_error on two classes), one per "
              "target for mse.",
}

DATASET_HELP = {
    "xor": "Two classes in opposite quadrants: the smallest problem a single linear layer cannot solve.",
    "circles": "One class on a ring inside the other: needs a curved boundary.",
    "moons": "Two interleaving half circles: a gently curved boundary.",
    "spirals": "Interleaved spiral arms, one per class: a hard problem that needs depth and a good "
               "activation; the classic vanishing-gradient demo.",
    "blobs": "Gaussian clusters, one per class: nearly linearly separable, a quick sanity check.",
    "threshold": "One input, label x > 0 with some labels flipped: the simplest classifier.",
    "iris": "Real data: 150 flowers, 4 measurements, 3 species (bundled with scikit-learn).",
    "wine": "Real data: 178 wines, 13 chemical measurements, 3 cultivars.",
    "breast_cancer": "Real data: 569 tumours, 30 features, benign or malignant.",
    "digits": "Real data: 1797 8x8 images of handwritten digits, 64 pixel features, 10 classes.",
    "sine": "Regression: y = sin(x) plus noise; fit a smooth curve.",
    "polynomial": "Regression: y = x^3 - 3x plus noise; a curve with two bends.",
    "csv": "Your own data: a CSV file with a header row; pick which column to predict.",
}

DATA_FIELD_HELP = {
    "name": "The dataset to learn. Synthetic 2-D sets show a decision boundary; real sets are bundled "
            "with scikit-learn; or load your own CSV.",
    "n_samples": "Total number of points generated (training plus validation). More data generalises "
                 "better but each epoch takes longer.",
    "noise": "Standard deviation of noise added to the inputs (for 'threshold': the fraction of flipped "
             "labels). Noise blurs the classes so a perfect fit means overfitting.",
    "classes": "Number of classes: spiral arms or blob centres.",
    "val_fraction": "Share of points held out for validation. The network never trains on them, so their "
                    "loss shows how well it generalises.",
    "standardize": "Shift and scale each feature to mean 0 and std 1 (using training statistics). "
                   "Features on very different scales make gradient descent zig-zag.",
    "seed": "Seed of the random numbers that generate and split the data: the same seed gives the same "
            "points.",
    "csv_path": "Choose a CSV file: a header row of column names, then one row per sample.",
    "target": "The column the network should predict; all other columns are its inputs.",
    "task": "auto: a column with few distinct values (or text) is classification, otherwise regression. "
            "Force it when the guess is wrong.",
    "val_path": "Optional: a second CSV file with the same columns, used only for validation instead of "
                "holding out a random share of the first file. The first file's rows then all train, in "
                "their order.",
    "features": "The input columns the network sees. Untick a column (an id, a date, free text) to leave it "
                "out; by default every column except the target is an input.",
    "preview": "The first rows of the file as read, and each column's detected type: number or text. "
               "Input columns must be numbers.",
}

LOSS_HELP = {
    "mse": "Mean squared error: the average of (prediction - target)^2. The loss for regression; on "
           "one-hot classes it works but learns slowly once outputs saturate.",
    "cross_entropy": "Softmax over the outputs, then -log of the probability of the true class. Its "
                     "gradient is simply (probabilities - one-hot), so it never saturates.",
    "binary_cross_entropy": "Sigmoid on a single output, then -log of the probability of the true label: "
                            "cross-entropy for two classes.",
    "half_squared_error": "E = ½(a − t)², averaged over the samples: the squared error of the textbook "
                          "worked example, so dE/da = a − t. On two classes there is one output whose "
                          "target is the label (0 or 1); use it with a sigmoid output activation.",
}

OPTIMIZER_HELP = {
    "sgd": "Stochastic gradient descent: w -= lr * gradient, optionally with momentum. Simple and well "
           "understood; sensitive to the learning rate.",
    "adam": "Adam keeps running averages of the gradient (momentum) and of its square, and divides by the "
            "square root of the latter: each weight gets its own step size, robust to scale.",
    "adamw": "Adam with decoupled weight decay: weights shrink directly by lr*weight_decay each step "
             "instead of through the gradient, which regularises better than Adam's L2.",
    "rmsprop": "RMSprop divides each step by a running root-mean-square of recent gradients, so weights "
               "with large gradients take smaller steps and small ones larger.",
    "adagrad": "Adagrad divides by the root of the sum of ALL past squared gradients: rarely updated weights "
               "keep large steps, but every step size only ever shrinks.",
}

OPTIMIZER_PARAM_HELP = {
    "momentum": "Keeps a running average of past gradients so steps build up speed along consistent "
                "directions and damp oscillation (0 = plain SGD; 0.9 is typical).",
    "dampening": "Scales down the current gradient's contribution to the momentum buffer (0 = none).",
    "nesterov": "Nesterov momentum: evaluates the gradient as if the momentum step were already taken, "
                "a look-ahead that overshoots less. Needs momentum > 0 and dampening 0.",
    "weight_decay": "Pulls every weight towards 0 by this fraction each step (L2 regularisation): smaller "
                    "weights, smoother functions, less overfitting.",
    "betas": "Decay rates of the running averages of the gradient (beta1, momentum) and of its square "
             "(beta2); closer to 1 means longer memory.",
    "eps": "Added to the denominator so a weight whose gradients were all ~0 does not get a huge step.",
    "amsgrad": "Divide by the largest squared-gradient average seen so far, so step sizes never grow "
               "again; a fix for rare convergence failures of Adam.",
    "alpha": "Smoothing of the running average of squared gradients (closer to 1 = longer memory).",
    "centered": "Divide by the variance of gradients (subtracting the running mean) instead of their raw "
                "second moment; can stabilise training.",
    "lr_decay": "Additionally divides the learning rate by (1 + step * lr_decay).",
    "initial_accumulator_value": "Starting value of the sum of squared gradients; larger values make the "
                                 "first steps smaller.",
}

SCHEDULE_HELP = {
    "constant": "The learning rate stays what you set.",
    "step": "Multiply the learning rate by gamma every step_size steps: big moves first, fine tuning later.",
    "exponential": "Multiply the learning rate by gamma after every step: a smooth decay.",
    "cosine": "Lower the learning rate along half a cosine from its start to eta_min over t_max steps.",
    "warmup": "Ramp the learning rate up linearly over the first warmup_steps steps, so early large "
              "gradients from random weights cannot throw training off.",
}

SCHEDULE_PARAM_HELP = {
    "step_size": "Number of steps between two decays.",
    "gamma": "The factor the learning rate is multiplied by at each decay (below 1 shrinks it).",
    "t_max": "Number of steps the cosine takes to go from the start value down to eta_min.",
    "eta_min": "The lowest learning rate the cosine reaches.",
    "warmup_steps": "Number of steps over which the learning rate ramps up from 0 to its set value.",
}

TRAINING_FIELD_HELP = {
    "loss": "What the network minimises: how wrong its outputs are. Only losses that fit the dataset's "
            "task are offered.",
    "optimizer": "The rule that turns gradients into weight updates.",
    "lr": "The learning rate: how far each step moves along the negative gradient. Too small and "
          "training crawls; too large and the loss oscillates or explodes. The slider is logarithmic.",
    "schedule": "How the learning rate changes during training.",
    "batch_size": "How many samples each gradient is averaged over. Small batches give noisy but "
                  "frequent steps (the noise can help generalise); 0 uses the full training set each step.",
    "length_unit": "Train for a number of epochs (passes over the training set) or of optimizer steps "
                   "(batches).",
    "length": "How long to train, in the unit chosen on the left.",
    "clip_mode": "Gradient clipping caps the gradient before the update, a guard against exploding "
                 "gradients. 'norm' rescales the whole gradient when its total L2 norm exceeds the "
                 "threshold (keeping its direction); 'value' clamps each entry to +-threshold.",
    "clip_threshold": "The largest gradient norm (or entry, for 'value') allowed through.",
    "dtype": "Floating-point precision: float32 is faster and what GPUs use; float64 is exact enough for "
             "gradient checking and shows whether a problem is numerical.",
    "seed": "Seed of the weight initialisation, batch order and dropout: the same seed gives a "
            "bit-identical run.",
}
