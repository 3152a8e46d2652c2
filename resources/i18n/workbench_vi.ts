<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BoundaryView</name>
    <message>
        <source>No decision boundary for this data: it is drawn for classification data with two input features, where every point of the plane can be coloured by the class the network predicts there. Choose a 2-D set such as moons, circles or spirals under Data to see one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainRuleLedger</name>
    <message>
        <source>Run or step to see the backward pass factor by factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖dL/dh‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slopes ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gain ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output at the top, input at the bottom; * marks the layers whose gains make up the diagnosis&apos; first-to-last ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient reaching the layer&apos;s output (L2 norm over the batch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖dL/dz‖ / ‖dL/dh‖: what the activation&apos;s slopes σ&apos;(z) do to the gradient (a sigmoid&apos;s is at most 0.25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖dL/dh_prev‖ / ‖dL/dz‖: what the weights (and any skip, normalisation or dropout between the layers) do on the way to the layer below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product of both: how much the gradient changes through this layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked example: one sample through the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which training sample the worked example follows; F10 steps the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0}; the {1} samples the next step trains on; the gains marked * multiply to the first-to-last ratio {2} on this batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the diagnosis takes the median of the last steps&apos; batches: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Step {0}: sample {1}, x = {2}, target t = {3}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;forward&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: z = w·x + b = {1} × {2} + {3} = {4};  a = {5}(z) = {6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error a − t = {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;backward, output to input&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: dL/da = {1};  σ&apos;(z) = {2};  dL/dz = dL/da · σ&apos;(z) = {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;dL/dw = dL/dz · x = {0} × {1} = {2};  dL/db = dL/dz = {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary cross-entropy: σ&apos;(z) cancels at the output, so dL/dz = a − t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;update if this sample alone made the step (gradient descent, lr = {0})&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: w ← {1} − {2} × {3} = {4};  b ← {5} − {2} × {6} = {7}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>none (random split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a share of the file for validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss switched from {old} to {new}: {old} does not fit this data. Undo (Ctrl+Z) reverts both changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose validation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose input columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisBanner</name>
    <message>
        <source>Fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork instead of replacing: the fix you click next trains beside the unchanged experiment, both from the same seed, so the fix is the only difference between the two runs (the same as Fork with a change in the Runs dock, which also takes any other edit).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionsView</name>
    <message>
        <source>The layer whose values are shown (input side first). Rows: pre-activations z, activations h and the gradient dL/dh, as quantile bands over the steps (left) and a histogram of the newest sample (right). The values are those of a fixed batch of up to 256 training samples, sampled a few times a second during training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment as &amp;NumPy Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write train.py in plain NumPy (its own forward and backward passes), the data and the initial weights into a folder; it trains to the same losses as the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment as &amp;PyTorch Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write train.py in PyTorch (nn.Module, torch.optim), the data and the initial weights into a folder; it trains to the same losses as the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weights (engine layout)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the network&apos;s weights as .npz with the app&apos;s names (dense1.W, (in, out)), before a run, paused or after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights (PyTorch &amp;layout)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the network&apos;s weights as .npz with PyTorch state_dict names (0.weight, (out, in)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics per Step (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss, gradient norm, learning rate and every layer&apos;s probes, one row per step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics per &amp;Epoch (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and validation loss and accuracy, one row per epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heatmap Values (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient heatmap&apos;s numbers: one row per step, one column per layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot as PNG or S&amp;VG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One self-contained page with the settings, the diagnosis, the plots and the final figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Initial Weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training from weights in a .npz file, in the app&apos;s layout or PyTorch&apos;s state_dict layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export yet: run the experiment (F5) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the experiment first: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as {0} code into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export weights ({0} layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights change at every step while the run trains: pause it (Space) or let it finish, then export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use {0} as initial weights:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial weights: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export metrics per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export metrics per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export heatmap values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “{0}” as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitView</name>
    <message>
        <source>The training data (dots) and what the network outputs for every input x (curves), updated as it trains. Regression: the curve should pass through the cloud of points. Classification: the curve is the predicted probability of the class; the dots sit at their class (0 or 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight and bias of this small network over the training steps: gradient descent moves each one by -learning rate × its gradient at every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fit curve for this data: it is drawn for data with one input feature (x), where the network&apos;s output can be plotted against x over the data points. Choose a 1-D set such as sine, polynomial or threshold under Data to see one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class / probability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forker</name>
    <message>
        <source>Fork: make one change (any edit or a fix); it will train beside the unchanged experiment from the same seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spare core to train the unchanged experiment beside the fork; only the fork runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every spare core is training a run; try again when one ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientCheckView</name>
    <message>
        <source>Check &amp;Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the back-propagated gradients with numeric ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient checking: every weight is nudged by ±{0:g} and the change of the loss gives a numeric gradient; backpropagation is right when the two agree (relative error at most {1:g}). Runs in float64 on {2} training samples, in the background; a network with more than {3:,} weights is checked on a random sample of {3:,} of them (at least 10 of each parameter array).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the network being edited, at its initial weights (from its seed or its initial-weights file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max |analytic|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max |numeric|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rel. error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check gradients: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking in the background: two forward passes per weight checked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} of {1:,} weights checked on {2} samples; loss {3:.4g}. Gradients smaller than {4:.1e} are compared in absolute terms (rounding limits the numeric estimate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient check failed to run: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experiment changed since this check: check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradientHeatmap</name>
    <message>
        <source>The layer, step and value under the mouse pointer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is a layer, input at the bottom, output at the top; x is the training step. Colour: {metric} on a fixed scale.
{healthy}.
For gradients: dark = vanishing (that layer barely learns), bright = exploding (updates too large). Older steps of a long run are merged: their colour is the mean over the merged steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layer} · {steps}: {metric} {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerBars</name>
    <message>
        <source>{metric}, recent steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each layer&apos;s {metric} over its newest steps (their median, as the diagnosis reads it), input layer at the bottom. The shaded band is the healthy range; bars are {rule}.
A layer with no gradient at all gets a stub at the left edge labelled 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain-rule ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open R&amp;un…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a run folder written by `backprop-workbench run` (or a sweep) to compare it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make room to compare runs: the loss and Compare docks side by side, the settings docks closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {path}:
{problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>+{0}
more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edges: the weights (blue positive, orange negative, width |w|); neurons: their mean activation, or their output over the input plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edges: |dL/dW|; neurons: ‖dL/dh‖, on the heatmap&apos;s fixed log scale (1e-8 black to 1e2 yellow): a vanishing net fades towards the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run or step to see the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over a neuron or an edge to see its numbers; click to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0}: the batch of {1} samples the next step trains on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward: edge colour = sign of the weight (blue +, orange −), width = |w|; neuron = mean activation (blue +, orange −) or, for 2-D data, its output over the input plane; dot = bias. Red frame: saturated; grey cross: dead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward: edge colour and width = |dL/dW|, neuron = ‖dL/dh‖, dot = |dL/db|, on the heatmap&apos;s log scale (1e-8 black … 1e2 yellow). Red frame: saturated; grey cross: dead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;input x{0}&lt;/b&gt;&lt;br&gt;sample {1}: x = {2}; batch mean {3}; ‖dL/dx‖ = {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}, unit {1}&lt;/b&gt; — sample {2} of the batch of {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z = Σ w·a + b = {0};  a = {1}(z) = {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dL/da = {0}  (the next layer&apos;s weighted δ summed, or the output error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ&apos;(z) = {0};  dL/dz = δ = dL/da · σ&apos;(z) = {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch: mean a = {0}, ‖dL/da‖ = {1};  bias b = {2}, dL/db = {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;saturated&lt;/b&gt;: on a flat end of the activation for most of the batch, so its slope is near 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;dead&lt;/b&gt;: off (z ≤ 0) for the whole batch, so no gradient passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w{0} = {1} (dL/dw {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming weights from {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> … and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;weight w&lt;sub&gt;{0},{1}&lt;/sub&gt;&lt;/b&gt;: {2} unit {1} → {3} unit {0};  w = {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dL/dw&lt;sub&gt;{0},{1}&lt;/sub&gt; = Σ over the {2} samples of δ&lt;sub&gt;{0}&lt;/sub&gt; · a&lt;sub&gt;{1}&lt;/sub&gt; = {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample {0}: δ&lt;sub&gt;{1}&lt;/sub&gt; = dL/da · σ&apos;(z) = {2} × {3} = {4};  a&lt;sub&gt;{5}&lt;/sub&gt; = {6};  δ&lt;sub&gt;{1}&lt;/sub&gt; · a&lt;sub&gt;{5}&lt;/sub&gt; = {7}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(δ includes the loss&apos;s 1/{0} average over the batch; a&lt;sub&gt;{1}&lt;/sub&gt; is this layer&apos;s input {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemNotice</name>
    <message>
        <source>Nothing to show: this experiment cannot be built yet.

{problem}

Fix the highlighted setting (Undo, Ctrl+Z, goes back); Run is off until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCompare</name>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient ratio first/last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the last hidden layer&apos;s gradient (dL/dh) reaches the first one, over training, for every checked run. Below the lower dashed line (1e-2) the gradient vanishes on its way back; above the upper one (1e2) it explodes; near 1 it flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every setting whose value differs between the two compared runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a second run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>Every run is kept. Check a run to draw it in the overlays; select two to compare them in the Compare dock; double-click to show a finished run in every view; right-click to rename (F2), pin, hide or delete. ▶ marks the run the views show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork with a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your next edit a fork: the edited experiment and the unchanged one then train side by side from the same seed, so the only difference between the two runs is your change. A fix button of the diagnosis is an edit too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun the selected run&apos;s experiment unchanged, beside the current run: the same experiment and seed give the same run, bit for bit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected run (F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the selected runs to the top of the list (again to unpin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected runs off the list and the overlays; they stay on disk. Show hidden brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected finished runs and their folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List hidden runs too, to unhide them (Hide again toggles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw this run in the overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{status}, {steps} steps, {seconds} s
{where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepHeatmap</name>
    <message>
        <source>median of {0} runs per cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <source>Open sweep folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sweep folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the results of a sweep run with &apos;backprop-workbench sweep&apos; (the folder holding results.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sweep open. Open a sweep folder, or start a sweep from the current experiment below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sweep from the current experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path into the experiment: optimizer.lr, layers[*].activation (every layer), layers[0].units (one layer), or depth (that many copies of the first layer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values, separated by commas: 2, 4, 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is trained with this many seeds; the heatmap shows their median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training steps of every run (short runs keep a sweep quick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker processes (one per core uses the whole machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median over seeds (and any other varied field). Click a cell to open its median run in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column header to sort; double-click a run to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sweep run {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the values of {0}, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a field to vary and type its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} runs is more than the window runs ({1}); run a sweep this big with &apos;backprop-workbench sweep&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}/{2} runs, {3} failed ({4}) — {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open run {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark appearance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark text on light panels and plots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on dark panels and plots.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>{0}: quantiles over the steps, from the outer band out to the extremes: min–max, 7–93%, 16–84% (±1 standard deviation for a normal distribution), 31–69%, and the median as a line.
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: histogram of the newest sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the step axis on a logarithmic scale: the first steps of a long run, where most of the change happens, get as much room as the thousands after them. The heatmap and the loss plot switch together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
