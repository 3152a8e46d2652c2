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
        <translation type="unfinished">trọng số ×</translation>
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
    <name>Commands</name>
    <message>
        <source>use fewer or smaller layers, fewer samples or a smaller batch, or close other programs</source>
        <translation>hãy dùng ít tầng hơn hoặc tầng nhỏ hơn, ít mẫu hơn hoặc batch nhỏ hơn, hoặc đóng các chương trình khác</translation>
    </message>
    <message>
        <source>error: {problem}</source>
        <translation>lỗi: {problem}</translation>
    </message>
    <message>
        <source>interrupted; nothing written</source>
        <translation>đã ngắt; không ghi gì</translation>
    </message>
    <message>
        <source>not enough memory for this experiment; {advice}</source>
        <translation>không đủ bộ nhớ cho thí nghiệm này; {advice}</translation>
    </message>
    <message>
        <source>must be 0 or a positive number of steps, got {value}</source>
        <translation>phải là 0 hoặc một số bước dương, nhận được {value}</translation>
    </message>
    <message>
        <source>must be a training sample index from 0 to {last}, got {value}</source>
        <translation>phải là chỉ số của một mẫu huấn luyện từ 0 đến {last}, nhận được {value}</translation>
    </message>
    <message>
        <source>interrupted; nothing printed</source>
        <translation>đã ngắt; không in gì</translation>
    </message>
    <message>
        <source>note: the run {status}; the ledger is of the last finite step</source>
        <translation>lưu ý: lượt chạy {status}; sổ cái là của bước hữu hạn cuối cùng</translation>
    </message>
    <message>
        <source>unknown format {format}; use one of {formats}</source>
        <translation>định dạng {format} không có; hãy dùng một trong {formats}</translation>
    </message>
    <message>
        <source>{path} is a file; give a folder for the exported code</source>
        <translation>{path} là một tệp; hãy chọn một thư mục cho mã xuất ra</translation>
    </message>
    <message>
        <source>cannot create {path}: {reason}; choose another folder</source>
        <translation>không tạo được {path}: {reason}; hãy chọn thư mục khác</translation>
    </message>
    <message>
        <source>must be a non-negative integer, got {value}</source>
        <translation>phải là số nguyên không âm, nhận được {value}</translation>
    </message>
    <message>
        <source>wrote {script} (run: python {script} --steps N), data.npz, initial_weights.npz, experiment.json</source>
        <translation>đã ghi {script} (chạy: python {script} --steps N), data.npz, initial_weights.npz, experiment.json</translation>
    </message>
    <message>
        <source>must be a positive integer, got {value}</source>
        <translation>phải là số nguyên dương, nhận được {value}</translation>
    </message>
    <message>
        <source>interrupted before training started; nothing written</source>
        <translation>đã ngắt trước khi bắt đầu huấn luyện; không ghi gì</translation>
    </message>
    <message>
        <source>cannot write the run into {out}: {reason}; nothing was written (free some space or choose another folder, and run again)</source>
        <translation>không ghi được lượt chạy vào {out}: {reason}; không có gì được ghi (hãy giải phóng bớt dung lượng hoặc chọn thư mục khác, rồi chạy lại)</translation>
    </message>
    <message>
        <source>the run ran out of memory; nothing was written to {out} ({advice})</source>
        <translation>lượt chạy đã hết bộ nhớ; không có gì được ghi vào {out} ({advice})</translation>
    </message>
    <message>
        <source>{status}: {steps} steps, {diagnosis}</source>
        <translation>{status}: {steps} bước, {diagnosis}</translation>
    </message>
    <message>
        <source>wrote {out}/metrics.csv, probes.csv, weights.npz, summary.json, experiment.json, README.txt</source>
        <translation>đã ghi {out}/metrics.csv, probes.csv, weights.npz, summary.json, experiment.json, README.txt</translation>
    </message>
    <message>
        <source>step {step}/{total} ({done:.0%})  epoch {epoch}  loss {loss}  {rate} steps/s</source>
        <translation>bước {step}/{total} ({done:.0%})  epoch {epoch}  mất mát {loss}  {rate} bước/giây</translation>
    </message>
    <message>
        <source>--out: cannot write {path}: {reason}; choose another file</source>
        <translation>--out: không ghi được {path}: {reason}; hãy chọn tệp khác</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>đã ghi {path}</translation>
    </message>
    <message>
        <source>--out: no folder given; give the folder to write the run into, e.g. --out runs/first</source>
        <translation>--out: chưa có thư mục; hãy cho biết thư mục để ghi lượt chạy, ví dụ --out runs/first</translation>
    </message>
    <message>
        <source>--out: {path} is a file, not a folder; give a folder</source>
        <translation>--out: {path} là một tệp, không phải thư mục; hãy chọn một thư mục</translation>
    </message>
    <message>
        <source>--out: {path} already holds other files; give a new or empty folder, or the folder of a previous run (which is replaced)</source>
        <translation>--out: {path} đã chứa các tệp khác; hãy chọn một thư mục mới hoặc trống, hoặc thư mục của một lượt chạy trước (sẽ bị thay thế)</translation>
    </message>
    <message>
        <source>--out: cannot write into {path}: {reason}; choose a folder you can write to</source>
        <translation>--out: không ghi được vào {path}: {reason}; hãy chọn một thư mục bạn có quyền ghi</translation>
    </message>
</context>
<context>
    <name>Data</name>
    <message>
        <source>{loss} needs class labels but this dataset is a regression; use mse</source>
        <translation>{loss} cần nhãn lớp nhưng tập dữ liệu này là bài toán hồi quy; hãy dùng mse</translation>
    </message>
    <message>
        <source>binary_cross_entropy needs two classes and this dataset has {count}; use cross_entropy</source>
        <translation>binary_cross_entropy cần hai lớp nhưng tập dữ liệu này có {count}; hãy dùng cross_entropy</translation>
    </message>
    <message>
        <source>the target column {name}</source>
        <translation>cột đích {name}</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>cột đích</translation>
    </message>
    <message>
        <source>{column} holds numbers, so this is a regression task: use loss &apos;mse&apos; (or set data.task to classification if the numbers are class labels)</source>
        <translation>{column} chứa số, nên đây là bài toán hồi quy: hãy dùng hàm mất mát &apos;mse&apos; (hoặc đặt data.task là classification nếu các số là nhãn lớp)</translation>
    </message>
    <message>
        <source>binary_cross_entropy needs two classes and {column} has {count}; use cross_entropy</source>
        <translation>binary_cross_entropy cần hai lớp nhưng {column} có {count}; hãy dùng cross_entropy</translation>
    </message>
    <message>
        <source>unknown dataset {name}</source>
        <translation>không có tập dữ liệu {name}</translation>
    </message>
    <message>
        <source>no file chosen; set {field} to a .csv file</source>
        <translation>chưa chọn tệp; hãy đặt {field} là một tệp .csv</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>không đọc được {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} does not exist; choose an existing .csv file</source>
        <translation>{path} không tồn tại; hãy chọn một tệp .csv có sẵn</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a .csv file</source>
        <translation>{path} là một thư mục; hãy chọn một tệp .csv</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a pipe or a device); choose a .csv file</source>
        <translation>{path} không phải tệp thường (là một pipe hoặc thiết bị); hãy chọn một tệp .csv</translation>
    </message>
    <message>
        <source>{path} is {size}; a CSV file may be at most {limit}: use a sample of its rows</source>
        <translation>{path} nặng {size}; một tệp CSV chỉ được tối đa {limit}: hãy dùng một phần các hàng của nó</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as CSV (UTF-8)</source>
        <translation>{path} không phải văn bản UTF-8; hãy lưu nó dưới dạng CSV (UTF-8)</translation>
    </message>
    <message>
        <source>row {first}: a quoted cell runs on over several lines (to row {last}); usually a quote (&quot;) that is never closed: close or remove it</source>
        <translation>hàng {first}: một ô trong dấu ngoặc kép kéo dài qua nhiều dòng (đến hàng {last}); thường do một dấu ngoặc kép (&quot;) không được đóng: hãy đóng hoặc xóa nó</translation>
    </message>
    <message>
        <source>row {row} has {cells} cells but the header has {columns} columns; every row needs one cell per column</source>
        <translation>hàng {row} có {cells} ô nhưng hàng tiêu đề có {columns} cột; mỗi hàng cần đúng một ô cho mỗi cột</translation>
    </message>
    <message>
        <source>{path} has more than {maximum} data rows; use a sample of them</source>
        <translation>{path} có hơn {maximum} hàng dữ liệu; hãy dùng một phần trong số đó</translation>
    </message>
    <message>
        <source>{path} is not a readable CSV file near row {row} ({problem})</source>
        <translation>{path} không phải tệp CSV đọc được, gần hàng {row} ({problem})</translation>
    </message>
    <message>
        <source>{path} is empty; it needs a header row of column names followed by data rows</source>
        <translation>{path} trống; tệp cần một hàng tiêu đề gồm tên các cột, tiếp theo là các hàng dữ liệu</translation>
    </message>
    <message>
        <source>{path} has {count} columns; at most {maximum} are supported</source>
        <translation>{path} có {count} cột; chỉ hỗ trợ tối đa {maximum}</translation>
    </message>
    <message>
        <source>column {column} of the header (row {row}) has no name; give every column a name</source>
        <translation>cột {column} của hàng tiêu đề (hàng {row}) không có tên; hãy đặt tên cho mọi cột</translation>
    </message>
    <message>
        <source>column name {name} appears twice in the header row; give every column a different name</source>
        <translation>tên cột {name} xuất hiện hai lần trong hàng tiêu đề; hãy đặt cho mỗi cột một tên khác nhau</translation>
    </message>
    <message>
        <source>an empty cell</source>
        <translation>một ô trống</translation>
    </message>
    <message>
        <source>{value}, not a finite number</source>
        <translation>{value}, không phải một số hữu hạn</translation>
    </message>
    <message>
        <source>row {row}, column {name}: {problem}; {fix}</source>
        <translation>hàng {row}, cột {name}: {problem}; {fix}</translation>
    </message>
    <message>
        <source>no column named {name} in {path}; the columns are {columns}; did you mean {nearest}?</source>
        <translation>không có cột nào tên {name} trong {path}; các cột là {columns}; có phải bạn muốn nói {nearest}?</translation>
    </message>
    <message>
        <source>no column named {name} in {path}; the columns are {columns}</source>
        <translation>không có cột nào tên {name} trong {path}; các cột là {columns}</translation>
    </message>
    <message>
        <source>{path} has a header row but no data rows</source>
        <translation>{path} có hàng tiêu đề nhưng không có hàng dữ liệu nào</translation>
    </message>
    <message>
        <source>{path} has only {count} data rows; at least {minimum} are needed to train and validate</source>
        <translation>{path} chỉ có {count} hàng dữ liệu; cần ít nhất {minimum} hàng để huấn luyện và kiểm định</translation>
    </message>
    <message>
        <source>{name} is the target; it cannot be an input too</source>
        <translation>{name} là cột đích; nó không thể đồng thời là đầu vào</translation>
    </message>
    <message>
        <source>{name} is the only column; the file needs input columns too</source>
        <translation>{name} là cột duy nhất; tệp cần có cả các cột đầu vào</translation>
    </message>
    <message>
        <source>the input columns must be numbers: fix the cell, or leave the column out of the features</source>
        <translation>các cột đầu vào phải là số: hãy sửa ô đó, hoặc bỏ cột đó ra khỏi các đặc trưng</translation>
    </message>
    <message>
        <source>row {row}, column {name}: an empty target cell; every row needs a target value: fill it in or remove the row</source>
        <translation>hàng {row}, cột {name}: ô giá trị đích bị trống; mỗi hàng cần một giá trị đích: hãy điền vào hoặc xóa hàng đó</translation>
    </message>
    <message>
        <source>column {name} has a single value {value}; classification needs at least two classes</source>
        <translation>cột {name} chỉ có một giá trị {value}; bài toán phân loại cần ít nhất hai lớp</translation>
    </message>
    <message>
        <source>a regression target must be numeric: fix the cell, or set task to classification</source>
        <translation>giá trị đích của bài toán hồi quy phải là số: hãy sửa ô đó, hoặc đặt task là classification</translation>
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
    <name>Diagnosis</name>
    <message>
        <source>Use ReLU with He initialisation</source>
        <translation>Dùng ReLU với khởi tạo He</translation>
    </message>
    <message>
        <source>Use Xavier (Glorot) initialisation</source>
        <translation>Dùng khởi tạo Xavier (Glorot)</translation>
    </message>
    <message>
        <source>Wrap layers in residual blocks</source>
        <translation>Bọc các tầng trong khối phần dư (residual)</translation>
    </message>
    <message>
        <source>Clip gradients to norm 1</source>
        <translation>Cắt gradient về chuẩn 1</translation>
    </message>
    <message>
        <source>Lower the learning rate 10x</source>
        <translation>Giảm tốc độ học 10 lần</translation>
    </message>
    <message>
        <source>Use a smaller initialisation (Xavier/He)</source>
        <translation>Dùng khởi tạo nhỏ hơn (Xavier/He)</translation>
    </message>
    <message>
        <source>Switch to Adam</source>
        <translation>Chuyển sang Adam</translation>
    </message>
    <message>
        <source>Start from random weights (He for ReLU, Xavier otherwise)</source>
        <translation>Bắt đầu từ trọng số ngẫu nhiên (He cho ReLU, Xavier cho các hàm khác)</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>ổn định</translation>
    </message>
    <message>
        <source>vanishing</source>
        <translation>biến mất</translation>
    </message>
    <message>
        <source>exploding</source>
        <translation>bùng nổ</translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation>đối xứng</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>phân kỳ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>chưa chạy</translation>
    </message>
    <message>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>tạm dừng</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>hoàn tất</translation>
    </message>
    <message>
        <source>diverged at step {step}</source>
        <translation>phân kỳ ở bước {step}</translation>
    </message>
    <message>
        <source>the loss, a gradient or the weights overflowed or grew absurdly large: updates grew without bound (exploding gradients or a learning rate too high)</source>
        <translation>mất mát, một gradient hoặc các trọng số bị tràn số hoặc lớn một cách vô lý: các bước cập nhật tăng không giới hạn (gradient bùng nổ hoặc tốc độ học quá cao)</translation>
    </message>
    <message>
        <source>{status}: the loss, the gradients or the weights overflowed to NaN/Inf or grew absurdly large (beyond 1.8e19, or a loss a million times its start). The weights are the last finite ones and the plots show everything up to the last finite step.</source>
        <translation>{status}: mất mát, các gradient hoặc các trọng số bị tràn thành NaN/Inf hoặc lớn một cách vô lý (vượt 1.8e19, hoặc mất mát gấp một triệu lần lúc đầu). Các trọng số là bộ hữu hạn cuối cùng và các biểu đồ hiển thị mọi thứ đến bước hữu hạn cuối cùng.</translation>
    </message>
    <message>
        <source>no probe records yet</source>
        <translation>chưa có số liệu đo nào</translation>
    </message>
    <message>
        <source>Run or step to see the diagnosis.</source>
        <translation>Hãy chạy hoặc chạy từng bước để xem chẩn đoán.</translation>
    </message>
    <message>
        <source>layer {number}</source>
        <translation>tầng {number}</translation>
    </message>
    <message>
        <source>{share:.0%} of {layer}&apos;s units are saturated (outputs at the flat ends of the {activation}), where its slope is nearly zero, so almost no gradient passes back</source>
        <translation>{share:.0%} số nơ-ron của {layer} bị bão hòa (đầu ra nằm ở hai đầu phẳng của {activation}), nơi độ dốc gần bằng 0, nên hầu như không có gradient nào truyền ngược qua</translation>
    </message>
    <message>
        <source>{share:.0%} of {layer}&apos;s units are dead ReLUs (zero for every input), so no gradient flows through them</source>
        <translation>{share:.0%} số nơ-ron của {layer} là nơ-ron ReLU chết (bằng 0 với mọi đầu vào), nên không có gradient nào chảy qua chúng</translation>
    </message>
    <message>
        <source>the sigmoid&apos;s slope is at most 0.25, so every sigmoid layer shrinks the gradient at least fourfold on its way back</source>
        <translation>độ dốc của sigmoid tối đa là 0.25, nên mỗi tầng sigmoid làm gradient nhỏ đi ít nhất bốn lần trên đường truyền ngược</translation>
    </message>
    <message>
        <source>the initial weights are too small for this depth: each layer scales the gradient down (Xavier suits tanh, He suits ReLU)</source>
        <translation>các trọng số khởi tạo quá nhỏ so với độ sâu này: mỗi tầng làm gradient nhỏ đi (Xavier hợp với tanh, He hợp với ReLU)</translation>
    </message>
    <message>
        <source>{first} receives {ratio} times the gradient of {last}: vanishing. Likely cause: {cause}.</source>
        <translation>{first} nhận gradient bằng {ratio} lần gradient của {last}: gradient biến mất. Nguyên nhân có thể: {cause}.</translation>
    </message>
    <message>
        <source>the initial weights are too large: each layer multiplies the gradient on its way back (use Xavier for tanh/sigmoid, He for ReLU)</source>
        <translation>các trọng số khởi tạo quá lớn: mỗi tầng nhân gradient lên trên đường truyền ngược (dùng Xavier cho tanh/sigmoid, He cho ReLU)</translation>
    </message>
    <message>
        <source>{first} receives {ratio} times the gradient of {last}: exploding. Likely cause: {cause}.</source>
        <translation>{first} nhận gradient bằng {ratio} lần gradient của {last}: gradient bùng nổ. Nguyên nhân có thể: {cause}.</translation>
    </message>
    <message>
        <source>gradients reach the first layer at a scale similar to the last one</source>
        <translation>gradient đến tầng đầu tiên với độ lớn tương đương ở tầng cuối</translation>
    </message>
    <message>
        <source>{first} receives {ratio} times the gradient of {last}: healthy; {cause}.</source>
        <translation>{first} nhận gradient bằng {ratio} lần gradient của {last}: ổn định; {cause}.</translation>
    </message>
    <message>
        <source>no gradient reaches {layers} (the weight gradient is exactly 0)</source>
        <translation>không có gradient nào đến được {layers} (gradient của trọng số đúng bằng 0)</translation>
    </message>
    <message>
        <source>every unit of {layers} receives the same gradient</source>
        <translation>mọi nơ-ron của {layers} nhận cùng một gradient</translation>
    </message>
    <message>
        <source>{listed} and {last}</source>
        <translation>{listed} và {last}</translation>
    </message>
    <message>
        <source>{which}: the units of such a layer started equal and stay equal, so the layer acts like a single unit and the network cannot learn. Weights that all start at the same value (zeros or a constant) do this; random initialisation breaks the symmetry</source>
        <translation>{which}: các nơ-ron của một tầng như vậy bắt đầu giống hệt nhau và cứ giống hệt nhau mãi, nên cả tầng hoạt động như một nơ-ron duy nhất và mạng không học được. Trọng số cùng bắt đầu từ một giá trị (toàn 0 hoặc một hằng số) gây ra điều này; khởi tạo ngẫu nhiên phá vỡ sự đối xứng</translation>
    </message>
    <message>
        <source>Symmetric start: {cause}.</source>
        <translation>Khởi đầu đối xứng: {cause}.</translation>
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
    <name>Explain</name>
    <message>
        <source>cut the gradient off entirely</source>
        <translation>chặn đứt hoàn toàn gradient</translation>
    </message>
    <message>
        <source>cut it off entirely</source>
        <translation>chặn đứt hoàn toàn nó</translation>
    </message>
    <message>
        <source>make the gradient undefined (no gradient reaches them)</source>
        <translation>làm gradient không xác định (không có gradient nào đến được chúng)</translation>
    </message>
    <message>
        <source>make it undefined (no gradient reaches them)</source>
        <translation>làm nó không xác định (không có gradient nào đến được chúng)</translation>
    </message>
    <message>
        <source>shrink the gradient {factor}×</source>
        <translation>làm gradient nhỏ đi {factor}×</translation>
    </message>
    <message>
        <source>grow the gradient {factor}×</source>
        <translation>làm gradient lớn lên {factor}×</translation>
    </message>
    <message>
        <source>shrink it a further {factor}×</source>
        <translation>làm nó nhỏ đi thêm {factor}×</translation>
    </message>
    <message>
        <source>grow it a further {factor}×</source>
        <translation>làm nó lớn lên thêm {factor}×</translation>
    </message>
    <message>
        <source>shrink it {factor}×</source>
        <translation>làm nó nhỏ đi {factor}×</translation>
    </message>
    <message>
        <source>grow it {factor}×</source>
        <translation>làm nó lớn lên {factor}×</translation>
    </message>
    <message>
        <source>There is no hidden layer for the gradient to vanish in: from the output to the input it changes {gain}× in all.</source>
        <translation>Không có tầng ẩn nào để gradient biến mất: từ đầu ra đến đầu vào, tổng cộng nó thay đổi {gain}×.</translation>
    </message>
    <message>
        <source>the {activation} slopes</source>
        <translation>độ dốc của {activation}</translation>
    </message>
    <message>
        <source>the activation slopes</source>
        <translation>độ dốc của các hàm kích hoạt</translation>
    </message>
    <message>
        <source>the weights and skips</source>
        <translation>các trọng số và kết nối tắt</translation>
    </message>
    <message>
        <source>the weights</source>
        <translation>các trọng số</translation>
    </message>
    <message>
        <source>{count} layers</source>
        <translation>{count} tầng</translation>
    </message>
    <message>
        <source>{count} layer</source>
        <translation>{count} tầng</translation>
    </message>
    <message>
        <source>Per layer, {first} {first_change}; {second} {second_change} (over {layers}: {total}× in all).</source>
        <translation>Tính trên mỗi tầng, {first} {first_change}; {second} {second_change} (qua {layers}: tổng cộng {total}×).</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>tầng</translation>
    </message>
    <message>
        <source>activation ×</source>
        <translation>kích hoạt ×</translation>
    </message>
    <message>
        <source>weights ×</source>
        <translation>trọng số ×</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>khuếch đại</translation>
    </message>
    <message>
        <source>Chain-rule ledger of &apos;{experiment}&apos; at step {step}: the batch of {batch_size} samples the next step trains on (loss {loss})</source>
        <translation>Sổ dây chuyền của &apos;{experiment}&apos; ở bước {step}: batch {batch_size} mẫu mà bước tiếp theo huấn luyện (mất mát {loss})</translation>
    </message>
    <message>
        <source>activation factor = ‖dL/dz‖ / ‖dL/dh‖; weight factor = ‖dL/dh_prev‖ / ‖dL/dz‖; gain = their product</source>
        <translation>hệ số kích hoạt = ‖dL/dz‖ / ‖dL/dh‖; hệ số trọng số = ‖dL/dh_prev‖ / ‖dL/dz‖; hệ số khuếch đại = tích của chúng</translation>
    </message>
    <message>
        <source>first-to-last hidden ratio = {ratio} (the product of the gains marked *)</source>
        <translation>tỉ lệ tầng ẩn đầu / tầng ẩn cuối = {ratio} (tích các hệ số khuếch đại đánh dấu *)</translation>
    </message>
    <message>
        <source>Worked example: training sample {sample}, x = {x}, target t = {target}</source>
        <translation>Ví dụ tính tay: mẫu huấn luyện {sample}, x = {x}, giá trị đích t = {target}</translation>
    </message>
    <message>
        <source>forward:</source>
        <translation>lượt truyền xuôi:</translation>
    </message>
    <message>
        <source>error a − t = {error}</source>
        <translation>sai số a − t = {error}</translation>
    </message>
    <message>
        <source>backward (output to input):</source>
        <translation>lượt truyền ngược (từ đầu ra về đầu vào):</translation>
    </message>
    <message>
        <source>(binary cross-entropy: σ&apos;(z) cancels, so dL/dz = a − t at the output)</source>
        <translation>(entropy chéo nhị phân: σ&apos;(z) triệt tiêu, nên dL/dz = a − t ở đầu ra)</translation>
    </message>
    <message>
        <source>update if this sample alone made the step (plain gradient descent, lr = {lr}):</source>
        <translation>cập nhật nếu chỉ riêng mẫu này tạo nên bước (hạ gradient thuần, lr = {lr}):</translation>
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
        <translation type="unfinished">các trọng số</translation>
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
        <translation type="unfinished">bước</translation>
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
    <name>Gradcheck</name>
    <message>
        <source>every weight</source>
        <translation>mọi trọng số</translation>
    </message>
    <message>
        <source>a random sample of {checked} of the {size} weights</source>
        <translation>một mẫu ngẫu nhiên {checked} trong số {size} trọng số</translation>
    </message>
    <message>
        <source>Backpropagation is correct here: for {sample}, the gradient it computes agrees with a numeric estimate (the loss measured at w ± {eps}) to within a relative error of {threshold} (worst {worst}).</source>
        <translation>Lan truyền ngược ở đây là đúng: với {sample}, gradient nó tính khớp với ước lượng số (mất mát đo tại w ± {eps}) trong phạm vi sai số tương đối {threshold} (tệ nhất {worst}).</translation>
    </message>
    <message>
        <source>The gradient of {name} disagrees with the numeric estimate (relative error {error}, above {threshold}): the backward pass computes a wrong derivative for it, or a ReLU-like kink lies within {eps} of an input for this batch (then a nearby batch or seed passes).</source>
        <translation>Gradient của {name} không khớp với ước lượng số (sai số tương đối {error}, vượt {threshold}): lượt truyền ngược tính sai đạo hàm của nó, hoặc một điểm gãy kiểu ReLU nằm cách một đầu vào của batch này chưa tới {eps} (khi đó một batch hoặc seed lân cận sẽ đạt).</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>KHÔNG ĐẠT</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>tham số</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>kích thước</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>đã kiểm</translation>
    </message>
    <message>
        <source>max |analytic|</source>
        <translation>max |giải tích|</translation>
    </message>
    <message>
        <source>max |numeric|</source>
        <translation>max |số|</translation>
    </message>
    <message>
        <source>rel. error</source>
        <translation>sai số t.đối</translation>
    </message>
    <message>
        <source>result</source>
        <translation>kết quả</translation>
    </message>
    <message>
        <source>Gradient check of “{name}”: float64, {batch_size} training samples, eps {eps}, pass at relative error &lt;= {threshold}</source>
        <translation>Kiểm tra gradient của “{name}”: float64, {batch_size} mẫu huấn luyện, eps {eps}, đạt khi sai số tương đối &lt;= {threshold}</translation>
    </message>
    <message>
        <source>PASS: {meaning}</source>
        <translation>ĐẠT: {meaning}</translation>
    </message>
    <message>
        <source>FAIL: {meaning}</source>
        <translation>KHÔNG ĐẠT: {meaning}</translation>
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
        <translation type="unfinished">tham số</translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished">đã kiểm</translation>
    </message>
    <message>
        <source>max |analytic|</source>
        <translation type="unfinished">max |giải tích|</translation>
    </message>
    <message>
        <source>max |numeric|</source>
        <translation type="unfinished">max |số|</translation>
    </message>
    <message>
        <source>rel. error</source>
        <translation type="unfinished">sai số t.đối</translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished">kết quả</translation>
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
        <translation type="unfinished">KHÔNG ĐẠT</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} weights checked on {2} samples; loss {3:.4g}. Gradients smaller than {4:.1e} are compared in absolute terms (rounding limits the numeric estimate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished">đạt</translation>
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
    <name>Health</name>
    <message>
        <source>coloured by the diagnosis&apos; rule: a layer&apos;s dL/dh under {vanishing} of the last hidden layer&apos;s is vanishing (blue), over {exploding} times it exploding (red), in between healthy (green)</source>
        <translation>tô màu theo quy tắc của chẩn đoán: dL/dh của một tầng dưới {vanishing} lần của tầng ẩn cuối là biến mất (xanh dương), trên {exploding} lần là bùng nổ (đỏ), ở giữa là ổn định (xanh lá)</translation>
    </message>
    <message>
        <source>dL/dh (layer output gradient)</source>
        <translation>dL/dh (gradient theo đầu ra của tầng)</translation>
    </message>
    <message>
        <source>dL/dW (weight gradient)</source>
        <translation>dL/dW (gradient theo trọng số)</translation>
    </message>
    <message>
        <source>saturated units %</source>
        <translation>% nơ-ron bão hòa</translation>
    </message>
    <message>
        <source>saturated units</source>
        <translation>nơ-ron bão hòa</translation>
    </message>
    <message>
        <source>healthy: under {saturated:.0%} of a sigmoid/tanh layer&apos;s outputs at the flat ends of the curve (within 0.01 of its limits), where the slope and so the gradient passed back is nearly zero</source>
        <translation>ổn định: dưới {saturated:.0%} đầu ra của một tầng sigmoid/tanh nằm ở hai đầu phẳng của đường cong (cách giới hạn chưa tới 0.01), nơi độ dốc, và do đó gradient truyền ngược, gần bằng 0</translation>
    </message>
    <message>
        <source>dead ReLUs %</source>
        <translation>% ReLU chết</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>nơ-ron chết</translation>
    </message>
    <message>
        <source>healthy: under {dead:.0%} of a ReLU layer&apos;s units output 0 for the whole batch; a dead unit passes no gradient back and stops learning</source>
        <translation>ổn định: dưới {dead:.0%} nơ-ron của một tầng ReLU cho đầu ra 0 với cả batch; một nơ-ron chết không truyền ngược gradient nào và ngừng học</translation>
    </message>
    <message>
        <source>activation std</source>
        <translation>độ lệch chuẩn kích hoạt</translation>
    </message>
    <message>
        <source>healthy: 0.1 to 10; under 0.1 the layer&apos;s units output nearly the same value for every input (little signal goes forward), over 10 the activations blow up layer by layer</source>
        <translation>ổn định: từ 0.1 đến 10; dưới 0.1, các nơ-ron của tầng cho gần như cùng một giá trị với mọi đầu vào (ít tín hiệu truyền xuôi), trên 10, các giá trị kích hoạt phình to dần qua từng tầng</translation>
    </message>
    <message>
        <source>log10 update/weight ratio</source>
        <translation>log10 tỉ lệ cập nhật/trọng số</translation>
    </message>
    <message>
        <source>update / weight</source>
        <translation>cập nhật / trọng số</translation>
    </message>
    <message>
        <source>healthy: 1e-4 to 1e-2 (about 1e-3 is the usual reference): how much of its size a layer&apos;s weight matrix moves per step; far below, the layer barely learns; far above, it jumps around</source>
        <translation>ổn định: từ 1e-4 đến 1e-2 (khoảng 1e-3 là mức tham chiếu thường dùng): ma trận trọng số của một tầng dịch chuyển bao nhiêu phần độ lớn của nó mỗi bước; thấp hơn nhiều thì tầng gần như không học, cao hơn nhiều thì nó nhảy loạn</translation>
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
    <name>Limits</name>
    <message>
        <source>about {total} of memory (weights and optimizer state {parameters}, activations {activations}, data {data})</source>
        <translation>khoảng {total} bộ nhớ (trọng số và trạng thái bộ tối ưu {parameters}, giá trị kích hoạt {activations}, dữ liệu {data})</translation>
    </message>
    <message>
        <source>use fewer or smaller layers</source>
        <translation>hãy dùng ít tầng hơn hoặc tầng nhỏ hơn</translation>
    </message>
    <message>
        <source>use a smaller batch, fewer samples or smaller layers</source>
        <translation>hãy dùng batch nhỏ hơn, ít mẫu hơn hoặc tầng nhỏ hơn</translation>
    </message>
    <message>
        <source>use fewer samples</source>
        <translation>hãy dùng ít mẫu hơn</translation>
    </message>
    <message>
        <source>this run would need {estimate}, more than the {budget} it may use on this computer; {fix}</source>
        <translation>lượt chạy này sẽ cần {estimate}, nhiều hơn mức {budget} được phép dùng trên máy này; {fix}</translation>
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
        <translation type="unfinished">Chẩn đoán</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished">Mất mát</translation>
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
    <name>Presets</name>
    <message>
        <source>Vanishing net, trained with Adam</source>
        <translation>Mạng gradient biến mất, huấn luyện bằng Adam</translation>
    </message>
    <message>
        <source>The vanishing-gradient net unchanged, trained with Adam (learning rate 0.005) instead of SGD. For the first hundred steps the Gradient heatmap is as dark near the input as with SGD and the diagnosis says vanishing, because backprop hands Adam the same gradients; but every layer&apos;s weights change by about 1% per step (their update-to-weight ratios are level), since Adam divides each parameter&apos;s step by the running size of its own gradient, where SGD moves the first layer 10,000 times less than the last hidden one. The early weights grow, and after about 150 steps the gradient gets through (the Gradient heatmap brightens, the diagnosis turns healthy) and the loss drops off its plateau at 1.10 to about 0.9 by step 300 and 0.2 by the end of the run.</source>
        <translation>Vẫn mạng gradient biến mất ấy, không đổi gì, nhưng huấn luyện bằng Adam (tốc độ học 0.005) thay cho SGD. Trong khoảng một trăm bước đầu, Bản đồ nhiệt gradient gần đầu vào vẫn tối như với SGD và chẩn đoán vẫn là biến mất, vì lan truyền ngược đưa cho Adam đúng những gradient ấy; nhưng trọng số của mọi tầng đều thay đổi khoảng 1% mỗi bước (tỉ lệ cập nhật/trọng số của chúng ngang nhau), vì Adam chia bước của mỗi tham số cho độ lớn trung bình trượt của chính gradient của nó, trong khi SGD dịch tầng đầu ít hơn tầng ẩn cuối tới 10,000 lần. Các trọng số ở những tầng đầu lớn dần, và sau khoảng 150 bước gradient đi qua được (Bản đồ nhiệt gradient sáng lên, chẩn đoán chuyển sang ổn định), mất mát rời khỏi mức bằng phẳng 1.10, xuống khoảng 0.9 ở bước 300 và 0.2 khi kết thúc lượt chạy.</translation>
    </message>
    <message>
        <source>Fixed: gradient clipping</source>
        <translation>Đã sửa: cắt gradient</translation>
    </message>
    <message>
        <source>The diverging net with the same learning rate of 1.5, but before each step the gradient is scaled down to a global norm of at most 1 (clip_grad_norm), so no step can move the weights further than 1.5. The loss is jumpy for the first hundred steps, then falls to about 0.3-0.5 by step 300 and 0.2 later, with no divergence. The Gradient heatmap shows the gradient before clipping, evenly bright across the layers, and the diagnosis is healthy: clipping caps the step size, it does not change how the gradient flows through the layers.</source>
        <translation>Mạng bị phân kỳ với cùng tốc độ học 1.5, nhưng trước mỗi bước gradient được thu nhỏ về chuẩn toàn cục tối đa là 1 (clip_grad_norm), nên không bước nào dịch trọng số xa hơn 1.5. Mất mát dao động mạnh trong khoảng một trăm bước đầu, rồi giảm xuống khoảng 0.3-0.5 ở bước 300 và 0.2 về sau, không hề phân kỳ. Bản đồ nhiệt gradient hiển thị gradient trước khi cắt, sáng đều qua các tầng, và chẩn đoán là ổn định: cắt gradient giới hạn độ dài bước, nó không thay đổi cách gradient chảy qua các tầng.</translation>
    </message>
    <message>
        <source>Exploding gradients: ReLU with N(0, 1) weights</source>
        <translation>Gradient bùng nổ: ReLU với trọng số N(0, 1)</translation>
    </message>
    <message>
        <source>Six ReLU layers with weights drawn from N(0, 1), about four times He&apos;s scale for 32 inputs, so each layer roughly quadruples the signal on the way forward and the gradient on the way back. The Gradient heatmap is brightest at the input rows and the diagnosis is exploding: the first layer gets about 300 times the last one&apos;s gradient. The loss starts in the hundreds (the logits are huge) and, with the tiny learning rate of 1e-5 that this net needs (1e-2 diverges within a few steps), is still above 20 after 300 steps; fix it with He initialisation (the ReLU + He preset).</source>
        <translation>Sáu tầng ReLU với trọng số lấy từ N(0, 1), gấp khoảng bốn lần thang của He với 32 đầu vào, nên mỗi tầng nhân tín hiệu lên khoảng bốn lần ở lượt truyền xuôi và nhân gradient lên như vậy ở lượt truyền ngược. Bản đồ nhiệt gradient sáng nhất ở các hàng đầu vào và chẩn đoán là bùng nổ: tầng đầu nhận gradient gấp khoảng 300 lần tầng cuối. Mất mát bắt đầu ở mức hàng trăm (các logit rất lớn) và, với tốc độ học rất nhỏ 1e-5 mà mạng này cần (1e-2 sẽ phân kỳ sau vài bước), vẫn trên 20 sau 300 bước; hãy sửa bằng khởi tạo He (thí nghiệm mẫu ReLU + He).</translation>
    </message>
    <message>
        <source>Diverging: a learning rate far too high</source>
        <translation>Phân kỳ: tốc độ học quá cao</translation>
    </message>
    <message>
        <source>A sensibly initialised net (six leaky-ReLU layers, He normal weights) trained with SGD at learning rate 1.5, more than ten times too high. Each step overshoots, the weights grow, the next gradient is larger still, and within about ten steps the loss shoots up and overflows: the run stops with &apos;diverged at step N&apos;, the Gradient heatmap&apos;s last columns are bright, and it and the Loss plot keep everything up to the last finite step. Lower the learning rate to 0.1, or clip the gradient norm to 1 (the clipping preset).</source>
        <translation>Một mạng được khởi tạo hợp lý (sáu tầng leaky-ReLU, trọng số He chuẩn) huấn luyện bằng SGD với tốc độ học 1.5, cao gấp hơn mười lần mức cần. Mỗi bước đều vượt quá đích, các trọng số lớn dần, gradient tiếp theo còn lớn hơn, và chỉ trong khoảng mười bước mất mát vọt lên rồi tràn số: lượt chạy dừng với &apos;phân kỳ ở bước N&apos;, những cột cuối của Bản đồ nhiệt gradient sáng rực, và cả nó lẫn biểu đồ Mất mát giữ lại mọi thứ đến bước hữu hạn cuối cùng. Hãy giảm tốc độ học xuống 0.1, hoặc cắt chuẩn gradient về 1 (thí nghiệm mẫu cắt gradient).</translation>
    </message>
    <message>
        <source>Fixed: ReLU with He initialisation</source>
        <translation>Đã sửa: ReLU với khởi tạo He</translation>
    </message>
    <message>
        <source>The vanishing-gradient net with ReLU instead of sigmoid and He (Kaiming) normal weights, std sqrt(2/fan_in), still trained with plain SGD at learning rate 0.1. ReLU passes the gradient back unchanged wherever a unit is active and He&apos;s scale keeps the signal the same size from layer to layer, so the Gradient heatmap is evenly bright from the input row to the output row and the Per layer bars sit level. The loss falls from 1.1 to about 0.25 within 300 steps, the decision boundary wraps around the spirals, and the diagnosis is healthy (the first layer gets 1-3 times the last one&apos;s gradient).</source>
        <translation>Mạng gradient biến mất nhưng dùng ReLU thay cho sigmoid và trọng số He (Kaiming) chuẩn, độ lệch chuẩn sqrt(2/fan_in), vẫn huấn luyện bằng SGD thuần với tốc độ học 0.1. ReLU truyền ngược gradient nguyên vẹn ở mọi nơi nơ-ron đang hoạt động, và thang của He giữ tín hiệu cùng độ lớn từ tầng này sang tầng khác, nên Bản đồ nhiệt gradient sáng đều từ hàng đầu vào đến hàng đầu ra và các thanh Theo tầng nằm ngang bằng nhau. Mất mát giảm từ 1.1 xuống khoảng 0.25 trong 300 bước, biên quyết định ôm quanh các đường xoắn ốc, và chẩn đoán là ổn định (tầng đầu nhận gradient gấp 1-3 lần tầng cuối).</translation>
    </message>
    <message>
        <source>Fixed: residual blocks</source>
        <translation>Đã sửa: khối phần dư</translation>
    </message>
    <message>
        <source>The vanishing-gradient net layer for layer (sigmoid, normal std 0.1 weights, SGD at 0.1), with each layer wrapped in a residual block y = x + f(x); where a block changes the width, a learned linear projection of x takes the place of x. The skip connections carry the gradient straight back past every sigmoid, so the Gradient heatmap&apos;s rows are equally bright and the diagnosis is healthy: the first layer gets about twice the last one&apos;s gradient instead of 1e-5 of it. The loss leaves ln 3 = 1.10 at once, is near 0.7 after 300 steps and keeps falling to about 0.2 as the spirals are untangled.</source>
        <translation>Đúng từng tầng của mạng gradient biến mất (sigmoid, trọng số chuẩn với độ lệch chuẩn 0.1, SGD với 0.1), nhưng mỗi tầng được bọc trong một khối phần dư y = x + f(x); ở chỗ một khối thay đổi độ rộng, một phép chiếu tuyến tính học được của x thay cho x. Các kết nối tắt mang gradient đi thẳng ngược về, vượt qua mọi tầng sigmoid, nên các hàng của Bản đồ nhiệt gradient sáng như nhau và chẩn đoán là ổn định: tầng đầu nhận gradient gấp khoảng hai lần tầng cuối thay vì chỉ bằng 1e-5 của nó. Mất mát rời khỏi ln 3 = 1.10 ngay lập tức, gần 0.7 sau 300 bước và tiếp tục giảm đến khoảng 0.2 khi các đường xoắn ốc được gỡ rối.</translation>
    </message>
    <message>
        <source>One sigmoid neuron: a = sigmoid(w*x + b)</source>
        <translation>Một nơ-ron sigmoid: a = sigmoid(w*x + b)</translation>
    </message>
    <message>
        <source>The worked example of backprop by hand: no hidden layers, one input x, a weight w starting at 0.5 and a bias b starting at 0, a = sigmoid(w*x + b) and binary cross-entropy on the &apos;threshold&apos; data (label x &gt; 0, 5% of the labels flipped). The chain rule gives dL/dz = a - y, so dL/dw = (a - y)*x and dL/db = a - y: with full-batch SGD the loss falls smoothly from 0.53 to about 0.23 while w grows to about 4, sharpening the step at x = 0. The Gradient heatmap has a single row and the diagnosis is healthy, since there are no layers for the gradient to vanish in.</source>
        <translation>Ví dụ tính tay lan truyền ngược: không có tầng ẩn, một đầu vào x, trọng số w bắt đầu từ 0.5 và độ lệch b bắt đầu từ 0, a = sigmoid(w*x + b) và entropy chéo nhị phân trên dữ liệu &apos;threshold&apos; (nhãn là x &gt; 0, 5% số nhãn bị đảo). Quy tắc dây chuyền cho dL/dz = a - y, nên dL/dw = (a - y)*x và dL/db = a - y: với SGD trên toàn bộ dữ liệu, mất mát giảm đều từ 0.53 xuống khoảng 0.23 trong khi w tăng lên khoảng 4, làm bước nhảy tại x = 0 dốc hơn. Bản đồ nhiệt gradient chỉ có một hàng và chẩn đoán là ổn định, vì không có tầng nào để gradient biến mất.</translation>
    </message>
    <message>
        <source>One sigmoid neuron with squared error: the classic worked example</source>
        <translation>Một nơ-ron sigmoid với sai số bình phương: ví dụ tính tay kinh điển</translation>
    </message>
    <message>
        <source>The textbook form of backprop by hand: a = sigmoid(w*x + b) on the output and the squared error E = ½(a − t)², on the same &apos;threshold&apos; data and starting weights as the cross-entropy neuron. The chain rule gives dE/dw = (a − t)·σ&apos;(z)·x and dE/db = (a − t)·σ&apos;(z): unlike binary cross-entropy, the sigmoid&apos;s slope σ&apos;(z) = a(1 − a) stays in the chain, so a sample the neuron gets confidently wrong (a near 0 or 1) barely moves the weights. Open the Chain-rule ledger and press F10 to follow every number; the diagnosis is healthy, as there are no hidden layers.</source>
        <translation>Dạng sách giáo khoa của lan truyền ngược tính tay: a = sigmoid(w*x + b) ở đầu ra và sai số bình phương E = ½(a − t)², trên cùng dữ liệu &apos;threshold&apos; và cùng trọng số ban đầu như nơ-ron dùng entropy chéo. Quy tắc dây chuyền cho dE/dw = (a − t)·σ&apos;(z)·x và dE/db = (a − t)·σ&apos;(z): khác với entropy chéo nhị phân, độ dốc của sigmoid σ&apos;(z) = a(1 − a) vẫn nằm trong chuỗi, nên một mẫu mà nơ-ron đoán sai một cách tự tin (a gần 0 hoặc 1) hầu như không làm trọng số nhúc nhích. Hãy mở Sổ dây chuyền và nhấn F10 để theo dõi từng con số; chẩn đoán là ổn định, vì không có tầng ẩn.</translation>
    </message>
    <message>
        <source>tanh with the standard initialisation</source>
        <translation>tanh với khởi tạo tiêu chuẩn</translation>
    </message>
    <message>
        <source>Sixteen tanh layers initialised with the &apos;standard&apos; rule that Glorot &amp; Bengio (2010) studied, U(-1/sqrt(fan_in), 1/sqrt(fan_in)), which is also PyTorch&apos;s nn.Linear default. Its variance is a third of the one that keeps the signal&apos;s size, so each tanh layer shrinks the gradient on its way back by about 1/sqrt(3): the Gradient heatmap darkens from the output row down to the input, the first layer gets about 1e-4 of the last one&apos;s gradient (vanishing) and the loss stays at ln 3 = 1.10. Compare the Xavier preset.</source>
        <translation>Mười sáu tầng tanh khởi tạo theo quy tắc &apos;tiêu chuẩn&apos; mà Glorot &amp; Bengio (2010) đã nghiên cứu, U(-1/sqrt(fan_in), 1/sqrt(fan_in)), cũng là mặc định của nn.Linear trong PyTorch. Phương sai của nó chỉ bằng một phần ba mức giữ nguyên độ lớn tín hiệu, nên mỗi tầng tanh làm gradient nhỏ đi khoảng 1/sqrt(3) trên đường truyền ngược: Bản đồ nhiệt gradient tối dần từ hàng đầu ra xuống đầu vào, tầng đầu chỉ nhận khoảng 1e-4 gradient của tầng cuối (biến mất) và mất mát đứng yên ở ln 3 = 1.10. Hãy so sánh với thí nghiệm mẫu Xavier.</translation>
    </message>
    <message>
        <source>tanh with Xavier (Glorot) initialisation</source>
        <translation>tanh với khởi tạo Xavier (Glorot)</translation>
    </message>
    <message>
        <source>The same sixteen tanh layers initialised with Xavier (Glorot) uniform, U(-sqrt(6/(fan_in + fan_out)), +sqrt(6/(fan_in + fan_out))), whose variance 2/(fan_in + fan_out) keeps the signal and the gradient the same size from layer to layer (Glorot &amp; Bengio 2010). The Gradient heatmap is evenly bright, the first layer gets about as much gradient as the last (healthy, a ratio of 1-4 instead of 1e-4), and the loss falls from 1.1 to about 0.4 in 300 steps.</source>
        <translation>Cũng mười sáu tầng tanh ấy nhưng khởi tạo bằng Xavier (Glorot) phân phối đều, U(-sqrt(6/(fan_in + fan_out)), +sqrt(6/(fan_in + fan_out))), với phương sai 2/(fan_in + fan_out) giữ tín hiệu và gradient cùng độ lớn từ tầng này sang tầng khác (Glorot &amp; Bengio 2010). Bản đồ nhiệt gradient sáng đều, tầng đầu nhận gradient xấp xỉ tầng cuối (ổn định, tỉ lệ 1-4 thay vì 1e-4), và mất mát giảm từ 1.1 xuống khoảng 0.4 trong 300 bước.</translation>
    </message>
    <message>
        <source>Vanishing gradients: a deep sigmoid net</source>
        <translation>Gradient biến mất: một mạng sigmoid sâu</translation>
    </message>
    <message>
        <source>Six sigmoid layers with small initial weights (normal, std 0.1) trained with plain SGD on three interleaved spirals. Watch the gradient heatmap: the rows near the input stay dark, because each sigmoid layer passes back at most a quarter of the gradient it receives and the small weights shrink it further, so the first layer gets about 1e-5 of the last layer&apos;s gradient. The loss sits near ln 3 = 1.10 (guessing among three classes) and the decision boundary barely changes. Try the fixes: ReLU with He initialisation, residual blocks or Adam.</source>
        <translation>Sáu tầng sigmoid với trọng số ban đầu nhỏ (phân phối chuẩn, độ lệch chuẩn 0.1) huấn luyện bằng SGD thuần trên ba đường xoắn ốc đan vào nhau. Hãy quan sát bản đồ nhiệt gradient: các hàng gần đầu vào vẫn tối, vì mỗi tầng sigmoid chỉ truyền ngược nhiều nhất một phần tư gradient nó nhận được và các trọng số nhỏ còn làm gradient nhỏ thêm, nên tầng đầu chỉ nhận khoảng 1e-5 gradient của tầng cuối. Mất mát dừng quanh ln 3 = 1.10 (đoán mò giữa ba lớp) và biên quyết định hầu như không đổi. Hãy thử các cách sửa: ReLU với khởi tạo He, khối phần dư hoặc Adam.</translation>
    </message>
    <message>
        <source>Symmetric start: every weight zero</source>
        <translation>Khởi đầu đối xứng: mọi trọng số bằng 0</translation>
    </message>
    <message>
        <source>Circles data and a 2-10-5-1 ReLU net whose weights and biases all start at zero. Every hidden unit of a layer then computes the same output (0) and, since ReLU&apos;s slope at 0 is 0 and the output layer&apos;s weights are 0, no gradient reaches the hidden layers at all: they never change. Only the output bias learns, so the loss stays at ln 2 = 0.693 and accuracy at chance (50%) however long it trains. The diagnosis says symmetric (not healthy): start from random weights (the fix button) and the same net separates the circles within a few hundred steps.</source>
        <translation>Dữ liệu hình tròn đồng tâm và một mạng ReLU 2-10-5-1 có mọi trọng số và độ lệch bắt đầu bằng 0. Khi đó mọi nơ-ron ẩn của một tầng tính ra cùng một đầu ra (0) và, vì độ dốc của ReLU tại 0 bằng 0 và trọng số của tầng đầu ra bằng 0, không có gradient nào đến được các tầng ẩn: chúng không bao giờ thay đổi. Chỉ có độ lệch của đầu ra học được, nên mất mát đứng ở ln 2 = 0.693 và độ chính xác ở mức may rủi (50%) dù huấn luyện bao lâu. Chẩn đoán là đối xứng (không phải ổn định): hãy bắt đầu từ trọng số ngẫu nhiên (nút sửa lỗi) và cùng mạng ấy sẽ tách được các hình tròn sau vài trăm bước.</translation>
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
    <name>Report</name>
    <message>
        <source>Gradient size per layer (log10 of the weight-gradient norm)</source>
        <translation>Độ lớn gradient theo tầng (log10 chuẩn của gradient trọng số)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>bước</translation>
    </message>
    <message>
        <source>dense, {units} units, {activation} (slope {slope}), init {init}</source>
        <translation>dense, {units} nơ-ron, {activation} (độ dốc {slope}), khởi tạo {init}</translation>
    </message>
    <message>
        <source>dense, {units} units, {activation}, init {init}</source>
        <translation>dense, {units} nơ-ron, {activation}, khởi tạo {init}</translation>
    </message>
    <message>
        <source>activation {activation}</source>
        <translation>kích hoạt {activation}</translation>
    </message>
    <message>
        <source>batch norm (momentum {momentum}, eps {eps})</source>
        <translation>chuẩn hóa theo batch (momentum {momentum}, eps {eps})</translation>
    </message>
    <message>
        <source>dropout, rate {rate}</source>
        <translation>dropout, tỉ lệ {rate}</translation>
    </message>
    <message>
        <source>residual block: x + f(x), f = [{layers}]</source>
        <translation>khối phần dư: x + f(x), f = [{layers}]</translation>
    </message>
    <message>
        <source>output: linear, init {init}</source>
        <translation>đầu ra: tuyến tính, khởi tạo {init}</translation>
    </message>
    <message>
        <source>csv {path} (target {target}), validation {fraction:.0%}</source>
        <translation>csv {path} (cột đích {target}), kiểm định {fraction:.0%}</translation>
    </message>
    <message>
        <source>{name}, {samples} samples, noise {noise}, validation {fraction:.0%}, seed {seed}</source>
        <translation>{name}, {samples} mẫu, nhiễu {noise}, kiểm định {fraction:.0%}, seed {seed}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <source>by {mode}, threshold {threshold}</source>
        <translation>theo {mode}, ngưỡng {threshold}</translation>
    </message>
    <message>
        <source>{count} epochs</source>
        <translation>{count} epoch</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} bước</translation>
    </message>
    <message>
        <source>data</source>
        <translation>dữ liệu</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>các tầng</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>mất mát</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>bộ tối ưu</translation>
    </message>
    <message>
        <source>loss</source>
        <comment>the settings row naming the loss function</comment>
        <translation>hàm mất mát</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>lịch tốc độ học</translation>
    </message>
    <message>
        <source>gradient clipping</source>
        <translation>cắt gradient</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>kích thước batch</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>toàn bộ dữ liệu</translation>
    </message>
    <message>
        <source>length</source>
        <translation>độ dài</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>kiểu số (dtype)</translation>
    </message>
    <message>
        <source>initial weights</source>
        <translation>trọng số ban đầu</translation>
    </message>
    <message>
        <source>drawn from the seed</source>
        <translation>sinh từ seed</translation>
    </message>
    <message>
        <source>training batch loss</source>
        <translation>mất mát của batch huấn luyện</translation>
    </message>
    <message>
        <source>validation loss (epoch ends)</source>
        <translation>mất mát kiểm định (cuối mỗi epoch)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Mất mát</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>mất mát (thang log)</translation>
    </message>
    <message>
        <source>training</source>
        <translation>huấn luyện</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>kiểm định</translation>
    </message>
    <message>
        <source>Accuracy per epoch</source>
        <translation>Độ chính xác theo epoch</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>độ chính xác</translation>
    </message>
    <message>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>số bước</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>số epoch</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>mất mát huấn luyện</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>mất mát kiểm định</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>độ chính xác huấn luyện</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>độ chính xác kiểm định</translation>
    </message>
    <message>
        <source>Cause: {cause}</source>
        <translation>Nguyên nhân: {cause}</translation>
    </message>
    <message>
        <source>First layer&apos;s gradient over the last layer&apos;s: {ratio}</source>
        <translation>Gradient của tầng đầu chia cho gradient của tầng cuối: {ratio}</translation>
    </message>
    <message>
        <source>Final figures</source>
        <translation>Số liệu cuối cùng</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Chẩn đoán</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Loss per step (each batch&apos;s loss before its update) and validation loss at epoch ends</source>
        <translation>Mất mát theo bước (mất mát của mỗi batch trước khi cập nhật) và mất mát kiểm định cuối mỗi epoch</translation>
    </message>
    <message>
        <source>Accuracy at the end of each epoch</source>
        <translation>Độ chính xác cuối mỗi epoch</translation>
    </message>
    <message>
        <source>Gradient heatmap: one row per layer, input at the bottom; dark = vanishing, bright = exploding</source>
        <translation>Bản đồ nhiệt gradient: mỗi hàng một tầng, đầu vào ở dưới cùng; tối = biến mất, sáng = bùng nổ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Made by backprop-workbench.</source>
        <translation>Tạo bởi backprop-workbench.</translation>
    </message>
    <message>
        <source>{title} – run report</source>
        <translation>{title} – báo cáo lượt chạy</translation>
    </message>
</context>
<context>
    <name>RunCompare</name>
    <message>
        <source>step</source>
        <translation type="unfinished">bước</translation>
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
    <name>Runs</name>
    <message>
        <source>{where}: {text} is not a number</source>
        <translation>{where}: {text} không phải là số</translation>
    </message>
    <message>
        <source>{file}: the header is not {columns}</source>
        <translation>{file}: hàng tiêu đề không phải {columns}</translation>
    </message>
    <message>
        <source>{file} line {line}: {count} values, expected {expected} (the file is cut short or damaged)</source>
        <translation>{file} dòng {line}: {count} giá trị, cần {expected} (tệp bị cắt cụt hoặc hỏng)</translation>
    </message>
    <message>
        <source>metrics.csv line {line}</source>
        <translation>metrics.csv dòng {line}</translation>
    </message>
    <message>
        <source>probes.csv line {line}: expected step {step} layer {layer} (the file is cut short or out of order)</source>
        <translation>probes.csv dòng {line}: cần bước {step} tầng {layer} (tệp bị cắt cụt hoặc sai thứ tự)</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>ở cuối tệp</translation>
    </message>
    <message>
        <source>probes.csv line {line}</source>
        <translation>probes.csv dòng {line}</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>không phải thư mục</translation>
    </message>
    <message>
        <source>incomplete: {files} missing (a run stopped before it was written whole, or not a run folder)</source>
        <translation>chưa đầy đủ: thiếu {files} (một lượt chạy dừng trước khi được ghi trọn vẹn, hoặc đây không phải thư mục lượt chạy)</translation>
    </message>
    <message>
        <source>summary.json is not valid JSON ({problem})</source>
        <translation>summary.json không phải JSON hợp lệ ({problem})</translation>
    </message>
    <message>
        <source>summary.json lacks the layers or the status</source>
        <translation>summary.json thiếu danh sách tầng hoặc trạng thái</translation>
    </message>
    <message>
        <source>experiment.json: {problem}</source>
        <translation>experiment.json: {problem}</translation>
    </message>
    <message>
        <source>Cannot open the run in {folder}: {problem}. It was skipped.</source>
        <translation>Không mở được lượt chạy trong {folder}: {problem}. Đã bỏ qua lượt chạy này.</translation>
    </message>
    <message>
        <source>Cannot open the run in {folder}: {problem}.</source>
        <translation>Không mở được lượt chạy trong {folder}: {problem}.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>bật</translation>
    </message>
    <message>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>cắt gradient</translation>
    </message>
    <message>
        <source>clip at</source>
        <translation>cắt ở</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>số mẫu</translation>
    </message>
    <message>
        <source>output init</source>
        <translation>khởi tạo đầu ra</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>lịch</translation>
    </message>
    <message>
        <source>{count} layers</source>
        <translation>{count} tầng</translation>
    </message>
    <message>
        <source>layer {number} {change}</source>
        <translation>tầng {number} {change}</translation>
    </message>
    <message>
        <source>{name} (again)</source>
        <translation>{name} (chạy lại)</translation>
    </message>
    <message>
        <source>{changes}, +{count} more</source>
        <translation>{changes}, +{count} thay đổi khác</translation>
    </message>
    <message>
        <source>The run list {path} is damaged ({problem}); the runs in its folder are listed without their names and pins.</source>
        <translation>Danh sách lượt chạy {path} bị hỏng ({problem}); các lượt chạy trong thư mục được liệt kê mà không có tên và ghim của chúng.</translation>
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
        <translation type="unfinished">đang chạy</translation>
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
    <name>Sweep</name>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>không đọc được {path}: {problem}</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>{path} không phải JSON hợp lệ (dòng {line}, cột {column}: {problem})</translation>
    </message>
    <message>
        <source>a sweep must be a JSON object, got {type}</source>
        <translation>một lần quét tham số phải là một đối tượng JSON, nhận được {type}</translation>
    </message>
    <message>
        <source>unknown sweep field; {fix}</source>
        <translation>trường quét tham số không hợp lệ; {fix}</translation>
    </message>
    <message>
        <source>a sweep needs a base experiment: a preset name, a path to an experiment file or the experiment itself</source>
        <translation>quét tham số cần một thí nghiệm gốc: tên một thí nghiệm mẫu, đường dẫn đến một tệp thí nghiệm hoặc chính thí nghiệm đó</translation>
    </message>
    <message>
        <source>must be a string, got {value}</source>
        <translation>phải là chuỗi, nhận được {value}</translation>
    </message>
    <message>
        <source>a sweep varies something: give a grid of values or random fields</source>
        <translation>quét tham số phải thay đổi một thứ gì đó: hãy cho một lưới giá trị hoặc các trường ngẫu nhiên</translation>
    </message>
    <message>
        <source>is also in the grid; vary each field one way</source>
        <translation>cũng có trong lưới; mỗi trường chỉ thay đổi theo một cách</translation>
    </message>
    <message>
        <source>the depth shortcut repeats a layer: give depth_layer, or a base with layers</source>
        <translation>lối tắt depth lặp lại một tầng: hãy cho depth_layer, hoặc một thí nghiệm gốc có các tầng</translation>
    </message>
    <message>
        <source>must be a preset name, a path to an experiment file or an experiment, got {base}</source>
        <translation>phải là tên một thí nghiệm mẫu, đường dẫn đến một tệp thí nghiệm hoặc một thí nghiệm, nhận được {base}</translation>
    </message>
    <message>
        <source>no preset named {base}; {fix} (or give the path of a .json experiment)</source>
        <translation>không có thí nghiệm mẫu nào tên {base}; {fix} (hoặc cho đường dẫn của một thí nghiệm .json)</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>thí nghiệm mẫu</translation>
    </message>
    <message>
        <source>{path} is not a field path; write e.g. optimizer.lr, layers[*].activation, layers[2].units or depth</source>
        <translation>{path} không phải đường dẫn trường; hãy viết ví dụ optimizer.lr, layers[*].activation, layers[2].units hoặc depth</translation>
    </message>
    <message>
        <source>seeds are varied by the sweep&apos;s own field: give &quot;seeds&quot;: [0, 1, 2] (or a count)</source>
        <translation>seed được thay đổi qua trường riêng của quét tham số: hãy cho &quot;seeds&quot;: [0, 1, 2] (hoặc một số lượng)</translation>
    </message>
    <message>
        <source>must be an object of field path -&gt; list of values, got {type}</source>
        <translation>phải là một đối tượng đường dẫn trường -&gt; danh sách giá trị, nhận được {type}</translation>
    </message>
    <message>
        <source>must be a non-empty list of values, got {values}</source>
        <translation>phải là một danh sách giá trị không rỗng, nhận được {values}</translation>
    </message>
    <message>
        <source>lists {value} twice; give each value once</source>
        <translation>liệt kê {value} hai lần; mỗi giá trị chỉ cho một lần</translation>
    </message>
    <message>
        <source>must list positive integers (numbers of layers), got {value}</source>
        <translation>phải liệt kê các số nguyên dương (số tầng), nhận được {value}</translation>
    </message>
    <message>
        <source>must be an object with count, seed and fields, got {type}</source>
        <translation>phải là một đối tượng có count, seed và fields, nhận được {type}</translation>
    </message>
    <message>
        <source>unknown field; {fix}</source>
        <translation>trường không hợp lệ; {fix}</translation>
    </message>
    <message>
        <source>must be a positive integer (how many samples), got {count}</source>
        <translation>phải là số nguyên dương (bao nhiêu mẫu), nhận được {count}</translation>
    </message>
    <message>
        <source>must be a non-negative integer, got {seed}</source>
        <translation>phải là số nguyên không âm, nhận được {seed}</translation>
    </message>
    <message>
        <source>must be an object of field path -&gt; {&quot;uniform&quot;: [low, high]} or {&quot;log_uniform&quot;: [low, high]}</source>
        <translation>phải là một đối tượng đường dẫn trường -&gt; {&quot;uniform&quot;: [low, high]} hoặc {&quot;log_uniform&quot;: [low, high]}</translation>
    </message>
    <message>
        <source>depth takes whole numbers: list the depths in the grid</source>
        <translation>depth nhận số nguyên: hãy liệt kê các độ sâu trong lưới</translation>
    </message>
    <message>
        <source>must be {{&quot;uniform&quot;: [low, high]}} or {{&quot;log_uniform&quot;: [low, high]}}, got {dist}</source>
        <translation>phải là {{&quot;uniform&quot;: [low, high]}} hoặc {{&quot;log_uniform&quot;: [low, high]}}, nhận được {dist}</translation>
    </message>
    <message>
        <source>must be [low, high] with low &lt; high, got {bounds}</source>
        <translation>phải là [low, high] với low &lt; high, nhận được {bounds}</translation>
    </message>
    <message>
        <source>a log-uniform range must be positive, got {bounds}</source>
        <translation>khoảng log-uniform phải dương, nhận được {bounds}</translation>
    </message>
    <message>
        <source>a count of seeds must be at least 1, got {seeds}</source>
        <translation>số lượng seed phải ít nhất là 1, nhận được {seeds}</translation>
    </message>
    <message>
        <source>must be a count or a list of non-negative integers, got {seeds}</source>
        <translation>phải là một số lượng hoặc một danh sách số nguyên không âm, nhận được {seeds}</translation>
    </message>
    <message>
        <source>lists a seed twice: {seeds}</source>
        <translation>liệt kê một seed hai lần: {seeds}</translation>
    </message>
    <message>
        <source>the sweep has {total} runs, more than {maximum}; vary fewer values</source>
        <translation>lần quét có {total} lượt chạy, nhiều hơn {maximum}; hãy thay đổi ít giá trị hơn</translation>
    </message>
    <message>
        <source>{first} and {second} give the same experiment; vary fields that change it</source>
        <translation>{first} và {second} cho cùng một thí nghiệm; hãy thay đổi các trường làm nó khác đi</translation>
    </message>
    <message>
        <source>the point {point} gives an invalid experiment: {problem}</source>
        <translation>điểm {point} cho một thí nghiệm không hợp lệ: {problem}</translation>
    </message>
    <message>
        <source>value {value} is refused: {problem}</source>
        <translation>giá trị {value} bị từ chối: {problem}</translation>
    </message>
    <message>
        <source>{reached} is not an object, so it has no field {head}</source>
        <translation>{reached} không phải một đối tượng, nên không có trường {head}</translation>
    </message>
    <message>
        <source>{here} is not a field of the experiment; {fix}</source>
        <translation>{here} không phải một trường của thí nghiệm; {fix}</translation>
    </message>
    <message>
        <source>{reached} is not a list, so it cannot be indexed</source>
        <translation>{reached} không phải danh sách, nên không thể đánh chỉ số</translation>
    </message>
    <message>
        <source>no entry of {reached} has a field {name}; {fix}</source>
        <translation>không phần tử nào của {reached} có trường {name}; {fix}</translation>
    </message>
    <message>
        <source>{reached}[{head}] does not exist: {reached} has {count} entries (indices 0 to {last})</source>
        <translation>{reached}[{head}] không tồn tại: {reached} có {count} phần tử (chỉ số từ 0 đến {last})</translation>
    </message>
    <message>
        <source>{source} is not a sweep&apos;s results.csv (its first column must be run_id, and it needs seed)</source>
        <translation>{source} không phải tệp results.csv của một lần quét tham số (cột đầu tiên phải là run_id, và phải có cột seed)</translation>
    </message>
    <message>
        <source>{bar}  {done}/{total} runs  {failed} failed  ETA {eta}  ({skipped} already done)</source>
        <translation>{bar}  {done}/{total} lượt chạy  {failed} lỗi  còn lại {eta}  ({skipped} đã xong từ trước)</translation>
    </message>
    <message>
        <source>{bar}  {done}/{total} runs  {failed} failed  ETA {eta}</source>
        <translation>{bar}  {done}/{total} lượt chạy  {failed} lỗi  còn lại {eta}</translation>
    </message>
    <message>
        <source>--out: {path} is a file; give a folder</source>
        <translation>--out: {path} là một tệp; hãy chọn một thư mục</translation>
    </message>
    <message>
        <source>Dask at {scheduler}</source>
        <translation>Dask tại {scheduler}</translation>
    </message>
    <message>
        <source>{count} local worker process(es)</source>
        <translation>{count} tiến trình worker cục bộ</translation>
    </message>
    <message>
        <source>{name}: {count} runs on {where}</source>
        <translation>{name}: {count} lượt chạy trên {where}</translation>
    </message>
    <message>
        <source>stopped: finished runs are kept; run the same command again to resume</source>
        <translation>đã dừng: các lượt chạy đã xong được giữ lại; chạy lại đúng lệnh này để tiếp tục</translation>
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
        <translation type="unfinished">đang chạy</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished">đã dừng</translation>
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
    <name>Validation</name>
    <message>
        <source>a folder</source>
        <translation>một thư mục</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, device or socket)</source>
        <translation>không phải tệp thường (là một pipe, thiết bị hoặc socket)</translation>
    </message>
    <message>
        <source>cannot read {path}: it is {what}; choose an experiment .json file</source>
        <translation>không đọc được {path}: đó là {what}; hãy chọn một tệp thí nghiệm .json</translation>
    </message>
    <message>
        <source>{path} is {size}, more than an experiment file can be ({limit}); choose an experiment saved by the app</source>
        <translation>{path} nặng {size}, lớn hơn mức một tệp thí nghiệm được phép ({limit}); hãy chọn một thí nghiệm được lưu từ ứng dụng</translation>
    </message>
    <message>
        <source>{path} is larger than an experiment file can be ({limit}); choose an experiment saved by the app</source>
        <translation>{path} lớn hơn mức một tệp thí nghiệm được phép ({limit}); hãy chọn một thí nghiệm được lưu từ ứng dụng</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>không đọc được {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: it is not UTF-8 text; choose an experiment .json file</source>
        <translation>không đọc được {path}: đó không phải văn bản UTF-8; hãy chọn một tệp thí nghiệm .json</translation>
    </message>
    <message>
        <source>fix the file or save the experiment again from the app</source>
        <translation>hãy sửa tệp hoặc lưu lại thí nghiệm từ ứng dụng</translation>
    </message>
    <message>
        <source>not a usable experiment: lists or objects nested more than {depth} deep; {fix}</source>
        <translation>không phải thí nghiệm dùng được: danh sách hoặc đối tượng lồng nhau sâu hơn {depth} cấp; {fix}</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}, column {column}: {problem}); {fix}</source>
        <translation>không phải JSON hợp lệ (dòng {line}, cột {column}: {problem}); {fix}</translation>
    </message>
    <message>
        <source>not a usable experiment: {problem}; {fix}</source>
        <translation>không phải thí nghiệm dùng được: {problem}; {fix}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>did you mean {names}?</source>
        <translation>có phải bạn muốn nói {names}?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>valid {kind}s: {names}</source>
        <translation>những {kind} được phép: {names}</translation>
    </message>
    <message>
        <source>there are no {kind}s to set</source>
        <translation>không có {kind} nào để đặt</translation>
    </message>
    <message>
        <source>field</source>
        <translation>trường</translation>
    </message>
    <message>
        <source>unknown {kind}; {fix}</source>
        <translation>{kind} không hợp lệ; {fix}</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>must be at most {maximum}, got {value}</source>
        <translation>phải nhiều nhất là {maximum}, nhận được {value}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>must be at most {magnitude} in size, got {value}</source>
        <translation>độ lớn phải nhiều nhất là {magnitude}, nhận được {value}</translation>
    </message>
    <message>
        <source>must be {what}, got {value}</source>
        <translation>phải là {what}, nhận được {value}</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>phải là true hoặc false, nhận được {value}</translation>
    </message>
    <message>
        <source>valid names: {names}</source>
        <translation>các tên hợp lệ: {names}</translation>
    </message>
    <message>
        <source>unknown value {value}; {fix}</source>
        <translation>giá trị {value} không hợp lệ; {fix}</translation>
    </message>
    <message>
        <source>must be a string, got {value}</source>
        <translation>phải là chuỗi, nhận được {value}</translation>
    </message>
    <message>
        <source>must be a string or null, got {value}</source>
        <translation>phải là chuỗi hoặc null, nhận được {value}</translation>
    </message>
    <message>
        <source>must be at most {maximum} characters, got {length}; shorten it</source>
        <translation>phải dài nhiều nhất {maximum} ký tự, nhận được {length}; hãy rút ngắn</translation>
    </message>
    <message>
        <source>must be a JSON object, got {type}</source>
        <translation>phải là một đối tượng JSON, nhận được {type}</translation>
    </message>
    <message>
        <source>a non-negative number (or null for the activation&apos;s default)</source>
        <translation>một số không âm (hoặc null để dùng mặc định của hàm kích hoạt)</translation>
    </message>
    <message>
        <source>a positive number (or null for the default)</source>
        <translation>một số dương (hoặc null để dùng mặc định)</translation>
    </message>
    <message>
        <source>a non-negative number</source>
        <translation>một số không âm</translation>
    </message>
    <message>
        <source>{kind} layer field</source>
        <translation>trường của tầng {kind}</translation>
    </message>
    <message>
        <source>a positive integer</source>
        <translation>một số nguyên dương</translation>
    </message>
    <message>
        <source>a number in (0, 1]</source>
        <translation>một số trong (0, 1]</translation>
    </message>
    <message>
        <source>a positive number</source>
        <translation>một số dương</translation>
    </message>
    <message>
        <source>a probability in [0, 1)</source>
        <translation>một xác suất trong [0, 1)</translation>
    </message>
    <message>
        <source>a residual block must wrap a non-empty list of layers</source>
        <translation>một khối phần dư phải bọc một danh sách tầng không rỗng</translation>
    </message>
    <message>
        <source>residual blocks cannot be nested; put them one after another</source>
        <translation>các khối phần dư không thể lồng nhau; hãy đặt chúng nối tiếp nhau</translation>
    </message>
    <message>
        <source>an integer of at least 4</source>
        <translation>một số nguyên ít nhất là 4</translation>
    </message>
    <message>
        <source>an integer of at least 2</source>
        <translation>một số nguyên ít nhất là 2</translation>
    </message>
    <message>
        <source>a fraction between 0 and 0.9</source>
        <translation>một tỉ lệ từ 0 đến 0.9</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>một số nguyên không âm</translation>
    </message>
    <message>
        <source>the csv dataset needs a file; set csv_path to a .csv file</source>
        <translation>tập dữ liệu csv cần một tệp; hãy đặt csv_path là một tệp .csv</translation>
    </message>
    <message>
        <source>the csv dataset needs a target column; set target to a column name</source>
        <translation>tập dữ liệu csv cần một cột đích; hãy đặt target là tên một cột</translation>
    </message>
    <message>
        <source>must be a non-empty list of column names, or null for every column but the target; got {value}</source>
        <translation>phải là một danh sách tên cột không rỗng, hoặc null để dùng mọi cột trừ cột đích; nhận được {value}</translation>
    </message>
    <message>
        <source>must be at most {maximum} columns, got {count}</source>
        <translation>phải có nhiều nhất {maximum} cột, nhận được {count}</translation>
    </message>
    <message>
        <source>column {name} is listed twice; list each input column once</source>
        <translation>cột {name} được liệt kê hai lần; mỗi cột đầu vào chỉ liệt kê một lần</translation>
    </message>
    <message>
        <source>must be a list of {count} numbers in [0, 1), got {value}</source>
        <translation>phải là một danh sách {count} số trong [0, 1), nhận được {value}</translation>
    </message>
    <message>
        <source>a number in [0, 1)</source>
        <translation>một số trong [0, 1)</translation>
    </message>
    <message>
        <source>{name} parameter</source>
        <translation>tham số của {name}</translation>
    </message>
    <message>
        <source>Nesterov momentum needs momentum &gt; 0 and dampening 0</source>
        <translation>động lượng Nesterov cần momentum &gt; 0 và dampening bằng 0</translation>
    </message>
    <message>
        <source>must be below 1, got {value}</source>
        <translation>phải nhỏ hơn 1, nhận được {value}</translation>
    </message>
    <message>
        <source>{name} schedule parameter</source>
        <translation>tham số của lịch {name}</translation>
    </message>
    <message>
        <source>must be in (0, 1], got {value}</source>
        <translation>phải nằm trong (0, 1], nhận được {value}</translation>
    </message>
    <message>
        <source>this file was written by a newer backprop-workbench (schema {version}); this version reads schema {supported} or older: upgrade the app</source>
        <translation>tệp này được ghi bởi một backprop-workbench mới hơn (schema {version}); phiên bản này đọc schema {supported} hoặc cũ hơn: hãy nâng cấp ứng dụng</translation>
    </message>
    <message>
        <source>must be a list of layers, got {type}</source>
        <translation>phải là một danh sách tầng, nhận được {type}</translation>
    </message>
    <message>
        <source>set exactly one of epochs and steps (the other null)</source>
        <translation>hãy đặt đúng một trong hai epochs và steps (cái còn lại là null)</translation>
    </message>
    <message>
        <source>a non-negative integer (0 = full batch)</source>
        <translation>một số nguyên không âm (0 = toàn bộ dữ liệu)</translation>
    </message>
    <message>
        <source>{count} layers; at most {maximum} are allowed (residual blocks&apos; layers included): remove layers</source>
        <translation>{count} tầng; chỉ được phép tối đa {maximum} (tính cả các tầng trong khối phần dư): hãy bớt tầng</translation>
    </message>
    <message>
        <source>BatchNorm needs at least 2 samples per batch; use a batch size of 2 or more (0 = full batch), or remove the BatchNorm layer</source>
        <translation>BatchNorm cần ít nhất 2 mẫu mỗi batch; hãy dùng kích thước batch từ 2 trở lên (0 = toàn bộ dữ liệu), hoặc bỏ tầng BatchNorm</translation>
    </message>
    <message>
        <source>{loss} applies the {activation} to the output itself (fused, numerically stable); set output_activation to identity, or choose mse or half_squared_error to put an activation on the output</source>
        <translation>{loss} tự áp dụng {activation} lên đầu ra (gộp chung, ổn định về số học); hãy đặt output_activation là identity, hoặc chọn mse hay half_squared_error để đặt một hàm kích hoạt ở đầu ra</translation>
    </message>
    <message>
        <source>{dataset} is a regression dataset; use loss &apos;mse&apos; or &apos;half_squared_error&apos;</source>
        <translation>{dataset} là tập dữ liệu hồi quy; hãy dùng hàm mất mát &apos;mse&apos; hoặc &apos;half_squared_error&apos;</translation>
    </message>
    <message>
        <source>binary_cross_entropy needs two classes and {dataset} has more; use cross_entropy</source>
        <translation>binary_cross_entropy cần hai lớp nhưng {dataset} có nhiều hơn; hãy dùng cross_entropy</translation>
    </message>
    <message>
        <source>BatchNorm needs at least 2 training samples; lower the validation fraction or use more samples</source>
        <translation>BatchNorm cần ít nhất 2 mẫu huấn luyện; hãy giảm tỉ lệ kiểm định hoặc dùng nhiều mẫu hơn</translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <source>the weights have no &apos;{name}&apos;, which this network needs: they were saved from a different network; load weights saved from one with the same layers</source>
        <translation>bộ trọng số không có &apos;{name}&apos;, thứ mà mạng này cần: chúng được lưu từ một mạng khác; hãy nạp trọng số được lưu từ một mạng có cùng các tầng</translation>
    </message>
    <message>
        <source>the weights hold &apos;{name}&apos;, which this network does not have: they were saved from a different network; load weights saved from one with the same layers</source>
        <translation>bộ trọng số chứa &apos;{name}&apos;, thứ mà mạng này không có: chúng được lưu từ một mạng khác; hãy nạp trọng số được lưu từ một mạng có cùng các tầng</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds {dtype} values, not numbers; save the weights again</source>
        <translation>&apos;{name}&apos; chứa giá trị kiểu {dtype}, không phải số; hãy lưu lại bộ trọng số</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has shape {shape} but this network expects {expected}: the layer sizes differ; load weights saved from a network with the same layer sizes, or change the layers to match</source>
        <translation>&apos;{name}&apos; có kích thước {shape} nhưng mạng này cần {expected}: kích thước các tầng khác nhau; hãy nạp trọng số được lưu từ một mạng có cùng kích thước tầng, hoặc sửa các tầng cho khớp</translation>
    </message>
    <message>
        <source>no weights file at {path}; check the path or save the weights first</source>
        <translation>không có tệp trọng số tại {path}; hãy kiểm tra đường dẫn hoặc lưu trọng số trước</translation>
    </message>
    <message>
        <source>{path} is not a readable .npz weights file ({problem}); {fix}</source>
        <translation>{path} không phải tệp trọng số .npz đọc được ({problem}); {fix}</translation>
    </message>
    <message>
        <source>choose a file saved by backprop-workbench</source>
        <translation>hãy chọn một tệp được lưu bởi backprop-workbench</translation>
    </message>
    <message>
        <source>it holds a single array, not an archive of named arrays</source>
        <translation>nó chứa một mảng duy nhất, không phải một tập các mảng có tên</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in {path} has shape {shape}, larger than any array of this network ({maximum} values at most); {fix}</source>
        <translation>&apos;{name}&apos; trong {path} có kích thước {shape}, lớn hơn mọi mảng của mạng này (nhiều nhất {maximum} giá trị); {fix}</translation>
    </message>
    <message>
        <source>initial_weights: {problem}</source>
        <translation>initial_weights: {problem}</translation>
    </message>
    <message>
        <source>engine layout: names like &apos;dense1.W&apos;, Dense weights (in, out)</source>
        <translation>bố cục engine: tên kiểu &apos;dense1.W&apos;, trọng số Dense (in, out)</translation>
    </message>
    <message>
        <source>PyTorch state_dict layout: names like &apos;0.weight&apos;, Linear weights (out, in)</source>
        <translation>bố cục state_dict của PyTorch: tên kiểu &apos;0.weight&apos;, trọng số Linear (out, in)</translation>
    </message>
    <message>
        <source>the file mixes engine names (&apos;{engine}&apos;) and PyTorch names (&apos;{torch}&apos;), so its layout is unclear; save all the weights in one layout</source>
        <translation>tệp trộn lẫn tên kiểu engine (&apos;{engine}&apos;) và tên kiểu PyTorch (&apos;{torch}&apos;), nên không rõ bố cục; hãy lưu tất cả trọng số theo một bố cục</translation>
    </message>
    <message>
        <source>no arrays</source>
        <translation>không có mảng nào</translation>
    </message>
    <message>
        <source>the file holds {names}: neither engine names (like &apos;dense1.W&apos;) nor PyTorch state_dict names (like &apos;0.weight&apos;); save the weights from the app, the runner or a model built by the PyTorch code export</source>
        <translation>tệp chứa {names}: không phải tên kiểu engine (như &apos;dense1.W&apos;) cũng không phải tên state_dict của PyTorch (như &apos;0.weight&apos;); hãy lưu trọng số từ ứng dụng, từ lệnh chạy, hoặc từ một mô hình dựng bằng mã PyTorch xuất ra</translation>
    </message>
    <message>
        <source>{layout}; detected from the names</source>
        <translation>{layout}; nhận ra từ các tên</translation>
    </message>
    <message>
        <source>layer {layer}: the file has no &apos;{name}&apos; ({layout}); this network needs {names}: the file was saved from a different network; load weights saved from one with the same layers</source>
        <translation>tầng {layer}: tệp không có &apos;{name}&apos; ({layout}); mạng này cần {names}: tệp được lưu từ một mạng khác; hãy nạp trọng số được lưu từ một mạng có cùng các tầng</translation>
    </message>
    <message>
        <source>the file holds &apos;{name}&apos;, which this network does not have ({layout}); this network has {names}: load weights saved from a network with the same layers</source>
        <translation>tệp chứa &apos;{name}&apos;, thứ mà mạng này không có ({layout}); mạng này có {names}: hãy nạp trọng số được lưu từ một mạng có cùng các tầng</translation>
    </message>
    <message>
        <source>layer {layer}: &apos;{name}&apos; holds {dtype} values, not numbers; save the weights again</source>
        <translation>tầng {layer}: &apos;{name}&apos; chứa giá trị kiểu {dtype}, không phải số; hãy lưu lại bộ trọng số</translation>
    </message>
    <message>
        <source>layer {layer}: &apos;{name}&apos; has shape {shape} in the file but this network expects {expected} ({layout}) (it looks transposed: is the file in the other layout?)</source>
        <translation>tầng {layer}: &apos;{name}&apos; trong tệp có kích thước {shape} nhưng mạng này cần {expected} ({layout}) (có vẻ bị chuyển vị: tệp có đang ở bố cục kia không?)</translation>
    </message>
    <message>
        <source>layer {layer}: &apos;{name}&apos; has shape {shape} in the file but this network expects {expected} ({layout}): the layer sizes differ; change the layers to match, or load weights of a network with the same sizes</source>
        <translation>tầng {layer}: &apos;{name}&apos; trong tệp có kích thước {shape} nhưng mạng này cần {expected} ({layout}): kích thước các tầng khác nhau; hãy sửa các tầng cho khớp, hoặc nạp trọng số của một mạng có cùng kích thước</translation>
    </message>
    <message>
        <source>unknown weights layout {layout}; use one of {layouts}</source>
        <translation>không có bố cục trọng số {layout}; hãy dùng một trong {layouts}</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} và {count} mục khác</translation>
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
