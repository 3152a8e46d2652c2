<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BackgroundCall</name>
    <message>
        <source>Cannot start a background process: {problem}. Close other programs and try again.</source>
        <translation>Không khởi động được tiến trình nền: {problem}. Hãy đóng bớt chương trình khác rồi thử lại.</translation>
    </message>
    <message>
        <source>the background process ended unexpectedly (exit code {code})</source>
        <translation>tiến trình nền kết thúc bất ngờ (mã thoát {code})</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <source>No decision boundary for this data: it is drawn for classification data with two input features, where every point of the plane can be coloured by the class the network predicts there. Choose a 2-D set such as moons, circles or spirals under Data to see one.</source>
        <translation>Không có biên quyết định cho dữ liệu này: biên chỉ được vẽ cho dữ liệu phân loại có hai đặc trưng đầu vào, khi mọi điểm của mặt phẳng có thể được tô theo lớp mà mạng dự đoán tại đó. Hãy chọn một tập 2-D như moons, circles hoặc spirals trong mục Dữ liệu để xem.</translation>
    </message>
</context>
<context>
    <name>ChainRuleLedger</name>
    <message>
        <source>Run or step to see the backward pass factor by factor.</source>
        <translation>Hãy chạy hoặc chạy từng bước để xem lượt truyền ngược qua từng thừa số.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Tầng</translation>
    </message>
    <message>
        <source>‖dL/dh‖</source>
        <translation>‖dL/dh‖</translation>
    </message>
    <message>
        <source>slopes ×</source>
        <translation>độ dốc ×</translation>
    </message>
    <message>
        <source>weights ×</source>
        <translation>trọng số ×</translation>
    </message>
    <message>
        <source>gain ×</source>
        <translation>hệ số khuếch đại ×</translation>
    </message>
    <message>
        <source>Output at the top, input at the bottom; * marks the layers whose gains make up the diagnosis&apos; first-to-last ratio.</source>
        <translation>Đầu ra ở trên cùng, đầu vào ở dưới cùng; dấu * đánh dấu các tầng có hệ số khuếch đại tạo nên tỉ số đầu/cuối của chẩn đoán.</translation>
    </message>
    <message>
        <source>The gradient reaching the layer&apos;s output (L2 norm over the batch).</source>
        <translation>Gradient đi tới đầu ra của tầng (chuẩn L2 trên cả batch).</translation>
    </message>
    <message>
        <source>‖dL/dz‖ / ‖dL/dh‖: what the activation&apos;s slopes σ&apos;(z) do to the gradient (a sigmoid&apos;s is at most 0.25).</source>
        <translation>‖dL/dz‖ / ‖dL/dh‖: tác động của độ dốc σ&apos;(z) của hàm kích hoạt lên gradient (độ dốc của sigmoid không quá 0.25).</translation>
    </message>
    <message>
        <source>‖dL/dh_prev‖ / ‖dL/dz‖: what the weights (and any skip, normalisation or dropout between the layers) do on the way to the layer below.</source>
        <translation>‖dL/dh_prev‖ / ‖dL/dz‖: tác động của trọng số (và mọi kết nối tắt, chuẩn hóa hay dropout giữa hai tầng) trên đường về tầng bên dưới.</translation>
    </message>
    <message>
        <source>The product of both: how much the gradient changes through this layer.</source>
        <translation>Tích của cả hai: gradient thay đổi bao nhiêu khi đi qua tầng này.</translation>
    </message>
    <message>
        <source>Worked example: one sample through the chain</source>
        <translation>Ví dụ tính tay: một mẫu đi qua chuỗi</translation>
    </message>
    <message>
        <source>Which training sample the worked example follows; F10 steps the run.</source>
        <translation>Mẫu huấn luyện mà ví dụ tính tay theo dõi; F10 chạy thêm một bước.</translation>
    </message>
    <message>
        <source>Training sample</source>
        <translation>Mẫu huấn luyện</translation>
    </message>
    <message>
        <source>Step {0}; the {1} samples the next step trains on; the gains marked * multiply to the first-to-last ratio {2} on this batch</source>
        <translation>Bước {0}; {1} mẫu mà bước kế tiếp sẽ huấn luyện; tích các hệ số khuếch đại có dấu * bằng tỉ số đầu/cuối {2} trên batch này</translation>
    </message>
    <message>
        <source> (the diagnosis takes the median of the last steps&apos; batches: {0})</source>
        <translation> (chẩn đoán lấy trung vị trên các batch của những bước gần nhất: {0})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step {0}: sample {1}, x = {2}, target t = {3}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bước {0}: mẫu {1}, x = {2}, giá trị đích t = {3}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;forward&lt;/i&gt;</source>
        <translation>&lt;i&gt;lượt truyền xuôi&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{0}: z = w·x + b = {1} × {2} + {3} = {4};  a = {5}(z) = {6}</source>
        <translation>{0}: z = w·x + b = {1} × {2} + {3} = {4};  a = {5}(z) = {6}</translation>
    </message>
    <message>
        <source>error a − t = {0}</source>
        <translation>sai số a − t = {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;backward, output to input&lt;/i&gt;</source>
        <translation>&lt;i&gt;lượt truyền ngược, từ đầu ra về đầu vào&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{0}: dL/da = {1};  σ&apos;(z) = {2};  dL/dz = dL/da · σ&apos;(z) = {3}</source>
        <translation>{0}: dL/da = {1};  σ&apos;(z) = {2};  dL/dz = dL/da · σ&apos;(z) = {3}</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;dL/dw = dL/dz · x = {0} × {1} = {2};  dL/db = dL/dz = {3}</source>
        <translation>&amp;nbsp;&amp;nbsp;dL/dw = dL/dz · x = {0} × {1} = {2};  dL/db = dL/dz = {3}</translation>
    </message>
    <message>
        <source>binary cross-entropy: σ&apos;(z) cancels at the output, so dL/dz = a − t</source>
        <translation>entropy chéo nhị phân: σ&apos;(z) bị triệt tiêu ở đầu ra, nên dL/dz = a − t</translation>
    </message>
    <message>
        <source>&lt;i&gt;update if this sample alone made the step (gradient descent, lr = {0})&lt;/i&gt;</source>
        <translation>&lt;i&gt;cập nhật nếu chỉ riêng mẫu này tạo nên bước (hạ gradient, lr = {0})&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{0}: w ← {1} − {2} × {3} = {4};  b ← {5} − {2} × {6} = {7}</source>
        <translation>{0}: w ← {1} − {2} × {3} = {4};  b ← {5} − {2} × {6} = {7}</translation>
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
        <source>cannot read the {name} data set: {reason}</source>
        <translation>không đọc được bộ dữ liệu {name}: {reason}</translation>
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
        <source>Choose a CSV file</source>
        <translation>Chọn tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.tsv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Standardise features</source>
        <translation>Chuẩn hóa đặc trưng</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>chưa chọn tệp</translation>
    </message>
    <message>
        <source>Choose CSV...</source>
        <translation>Chọn CSV...</translation>
    </message>
    <message>
        <source>Reading the whole file in the background: its problems, if any, appear here when it is read.</source>
        <translation>Đang đọc toàn bộ tệp trong nền: các lỗi của tệp, nếu có, sẽ hiện ở đây khi đọc xong.</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>phân loại</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>hồi quy</translation>
    </message>
    <message>
        <source>none (random split)</source>
        <translation>không có (chia ngẫu nhiên)</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Chọn...</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Set number of samples</source>
        <translation>Đặt số mẫu</translation>
    </message>
    <message>
        <source>Set noise</source>
        <translation>Đặt độ nhiễu</translation>
    </message>
    <message>
        <source>Set classes</source>
        <translation>Đặt số lớp</translation>
    </message>
    <message>
        <source>Set validation fraction</source>
        <translation>Đặt tỉ lệ kiểm định</translation>
    </message>
    <message>
        <source>Standardise</source>
        <translation>Chuẩn hóa</translation>
    </message>
    <message>
        <source>Do not standardise</source>
        <translation>Không chuẩn hóa</translation>
    </message>
    <message>
        <source>Set data seed</source>
        <translation>Đặt seed dữ liệu</translation>
    </message>
    <message>
        <source>Set target column</source>
        <translation>Đặt cột đích</translation>
    </message>
    <message>
        <source>Set task</source>
        <translation>Đặt bài toán</translation>
    </message>
    <message>
        <source>Use a share of the file for validation</source>
        <translation>Dùng một phần của tệp để kiểm định</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Tập dữ liệu</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Số mẫu</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Độ nhiễu</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Số lớp</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Kiểm định</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Seed dữ liệu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cột đích</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Bài toán</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Đầu vào</translation>
    </message>
    <message>
        <source>Validation file</source>
        <translation>Tệp kiểm định</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Loss switched from {old} to {new}: {old} does not fit this data. Undo (Ctrl+Z) reverts both changes.</source>
        <translation>Hàm mất mát đã đổi từ {old} sang {new}: {old} không phù hợp với dữ liệu này. Hoàn tác (Ctrl+Z) sẽ đảo lại cả hai thay đổi.</translation>
    </message>
    <message>
        <source>Use dataset {name}</source>
        <translation>Dùng tập dữ liệu {name}</translation>
    </message>
    <message>
        <source>Choose CSV file</source>
        <translation>Chọn tệp CSV</translation>
    </message>
    <message>
        <source>Choose validation file</source>
        <translation>Chọn tệp kiểm định</translation>
    </message>
    <message>
        <source>Choose input columns</source>
        <translation>Chọn các cột đầu vào</translation>
    </message>
    <message>
        <source>number</source>
        <translation>số</translation>
    </message>
    <message>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>{name}
{kind}</source>
        <translation>{name}
{kind}</translation>
    </message>
</context>
<context>
    <name>DecisionBoundary</name>
    <message>
        <source>The input plane coloured by the class the network predicts there; pale where it is unsure, so the pale seams are its decision boundaries. Dots are the data, coloured by their true class: a dot on a different colour is misclassified.</source>
        <translation>Mặt phẳng đầu vào được tô theo lớp mà mạng dự đoán tại từng điểm; màu nhạt ở nơi mạng không chắc chắn, nên các đường nhạt chính là biên quyết định. Các chấm là dữ liệu, tô theo lớp thật: chấm nằm trên màu khác là bị phân loại sai.</translation>
    </message>
    <message>
        <source>class {k}</source>
        <translation>lớp {k}</translation>
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
        <source>building</source>
        <translation>đang dựng mạng</translation>
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
        <source>What this experiment demonstrates and what to watch for.</source>
        <translation>Thí nghiệm này minh họa điều gì và cần chú ý điều gì.</translation>
    </message>
    <message>
        <source>Changed since the preset “{name}”: its description may no longer be true here (hover to read it; Undo, Ctrl+Z, goes back).</source>
        <translation>Đã thay đổi so với thí nghiệm mẫu “{name}”: phần mô tả có thể không còn đúng (di chuột để đọc; Hoàn tác, Ctrl+Z, để quay lại).</translation>
    </message>
    <message>
        <source>Gradients reach every layer at a similar scale, so every layer learns.</source>
        <translation>Gradient tới mọi tầng với độ lớn tương đương, nên tầng nào cũng học được.</translation>
    </message>
    <message>
        <source>Vanishing gradients: on the way back each layer multiplies the gradient by its weights and activation slope; below 1, it shrinks layer by layer and the first layers barely learn.</source>
        <translation>Gradient biến mất: trên đường lan truyền ngược, mỗi tầng nhân gradient với trọng số và độ dốc hàm kích hoạt của nó; khi hệ số này nhỏ hơn 1, gradient nhỏ dần qua từng tầng và các tầng đầu hầu như không học được.</translation>
    </message>
    <message>
        <source>Exploding gradients: each layer multiplies the gradient by more than 1 on the way back, so the first layers take huge, unstable steps.</source>
        <translation>Gradient bùng nổ: trên đường lan truyền ngược, mỗi tầng nhân gradient với một hệ số lớn hơn 1, nên các tầng đầu bước những bước khổng lồ, mất ổn định.</translation>
    </message>
    <message>
        <source>Symmetric start: the units of a layer cannot become different from one another.</source>
        <translation>Khởi đầu đối xứng: các nơ-ron trong một tầng không thể trở nên khác nhau.</translation>
    </message>
    <message>
        <source>Exploding gradients ended the run: an update was so large that the loss, a gradient or the weights overflowed to NaN/Inf or grew absurdly large.</source>
        <translation>Gradient bùng nổ đã dừng lượt chạy: một lần cập nhật lớn đến mức mất mát, gradient hoặc trọng số bị tràn thành NaN/Inf hoặc lớn một cách vô lý.</translation>
    </message>
    <message>
        <source>Run or step the training to see how the gradient flows back through the layers.</source>
        <translation>Hãy chạy hoặc chạy từng bước để xem gradient lan truyền ngược qua các tầng như thế nào.</translation>
    </message>
    <message>
        <source>ReLU has slope 1 for positive inputs, so it does not shrink the gradient, and He initialisation (std sqrt(2/fan_in)) keeps the signal&apos;s scale constant through ReLU layers.</source>
        <translation>ReLU có độ dốc 1 với đầu vào dương nên không làm gradient nhỏ đi, và khởi tạo He (std sqrt(2/fan_in)) giữ độ lớn của tín hiệu không đổi qua các tầng ReLU.</translation>
    </message>
    <message>
        <source>Xavier/Glorot initialisation scales each layer&apos;s weights by its width so activations and gradients keep about the same variance from layer to layer. It suits tanh and sigmoid, so it is applied to those layers (and the output layer); ReLU layers keep theirs.</source>
        <translation>Khởi tạo Xavier/Glorot co giãn trọng số của mỗi tầng theo độ rộng của tầng, để giá trị kích hoạt và gradient giữ phương sai gần như nhau từ tầng này sang tầng khác. Nó hợp với tanh và sigmoid, nên được áp dụng cho các tầng đó (và tầng đầu ra); các tầng ReLU giữ nguyên khởi tạo của mình.</translation>
    </message>
    <message>
        <source>A residual block computes x + f(x): the identity path carries the gradient back unchanged, however small f&apos;s own gradient is.</source>
        <translation>Khối phần dư tính x + f(x): nhánh đồng nhất mang gradient về nguyên vẹn, dù gradient của riêng f nhỏ đến đâu.</translation>
    </message>
    <message>
        <source>Gradient clipping rescales the whole gradient whenever its norm exceeds 1, so a single huge gradient cannot throw the weights off.</source>
        <translation>Cắt gradient co nhỏ toàn bộ gradient mỗi khi chuẩn của nó vượt quá 1, nên một gradient khổng lồ đơn lẻ không thể làm trọng số chệch hướng.</translation>
    </message>
    <message>
        <source>A smaller learning rate takes smaller steps: the update lr x gradient can no longer overshoot into a region where the loss blows up.</source>
        <translation>Tốc độ học nhỏ hơn cho bước nhỏ hơn: bước cập nhật lr x gradient không còn vượt quá đà vào vùng mà mất mát tăng vọt.</translation>
    </message>
    <message>
        <source>Layers with a fixed initial scale get Xavier (for sigmoid/tanh) or He (for ReLU-like units): weights scaled to the layer&apos;s width. Layers already scaled to their width start {smaller_gain:g} times as large (their gain is halved).</source>
        <translation>Các tầng có độ lớn khởi tạo cố định được chuyển sang Xavier (cho sigmoid/tanh) hoặc He (cho các nơ-ron kiểu ReLU): trọng số co giãn theo độ rộng của tầng. Các tầng đã co giãn theo độ rộng thì bắt đầu với độ lớn bằng {smaller_gain:g} lần (hệ số khuếch đại giảm một nửa).</translation>
    </message>
    <message>
        <source>Every layer whose weights start at zero or at one constant gets random weights scaled to its width: He normal for ReLU-like units, Xavier normal for the others. Each unit then starts different, so each can learn a different feature.</source>
        <translation>Mọi tầng có trọng số khởi đầu bằng 0 hoặc bằng một hằng số được nhận trọng số ngẫu nhiên co giãn theo độ rộng: He normal cho nơ-ron kiểu ReLU, Xavier normal cho các loại khác. Khi đó mỗi nơ-ron khởi đầu khác nhau, nên mỗi nơ-ron có thể học một đặc trưng khác nhau.</translation>
    </message>
    <message>
        <source>Adam divides each parameter&apos;s step by its recent gradient size, so layers with tiny gradients still move (learning rate capped at {adam_max_lr:g}).</source>
        <translation>Adam chia bước của mỗi tham số cho độ lớn gradient gần đây của nó, nên các tầng có gradient rất nhỏ vẫn di chuyển (tốc độ học giới hạn ở {adam_max_lr:g}).</translation>
    </message>
    <message>
        <source>Undo the learning-rate change ({now:g} back to {before:g})</source>
        <translation>Hoàn tác thay đổi tốc độ học ({now:g} về lại {before:g})</translation>
    </message>
    <message>
        <source>Applied: {fix} — press Run (F5) to try it.</source>
        <translation>Đã áp dụng: {fix} — nhấn Chạy (F5) để thử.</translation>
    </message>
    <message>
        <source>The diagnosis compares the gradient reaching the first hidden layer with the gradient at the last one (their ratio). Far below 1: vanishing gradients. Far above 1: exploding.</source>
        <translation>Chẩn đoán so sánh gradient tới tầng ẩn đầu tiên với gradient ở tầng ẩn cuối cùng (tỉ số của chúng). Nhỏ hơn 1 rất nhiều: gradient biến mất. Lớn hơn 1 rất nhiều: gradient bùng nổ.</translation>
    </message>
    <message>
        <source>You raised the learning rate since this experiment was opened or saved. Too large a step makes the gradients explode or the run diverge, and can push ReLU units to where they are dead for every input, so no gradient flows back through them.
Applies to the experiment; Undo (Ctrl+Z) reverts it.</source>
        <translation>Bạn đã tăng tốc độ học kể từ khi mở hoặc lưu thí nghiệm này. Bước quá lớn làm gradient bùng nổ hoặc lượt chạy phân kỳ, và có thể đẩy các nơ-ron ReLU tới chỗ chết với mọi đầu vào, nên không còn gradient nào truyền ngược qua chúng.
Áp dụng cho thí nghiệm; Hoàn tác (Ctrl+Z) để đảo lại.</translation>
    </message>
    <message>
        <source>{explanation}
Applies to the experiment; Undo (Ctrl+Z) reverts it.</source>
        <translation>{explanation}
Áp dụng cho thí nghiệm; Hoàn tác (Ctrl+Z) để đảo lại.</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Rẽ nhánh</translation>
    </message>
    <message>
        <source>Fork instead of replacing: the fix you click next trains beside the unchanged experiment, both from the same seed, so the fix is the only difference between the two runs (the same as Fork with a change in the Runs dock, which also takes any other edit).</source>
        <translation>Rẽ nhánh thay vì thay thế: cách khắc phục bạn nhấn tiếp theo sẽ huấn luyện song song với thí nghiệm chưa đổi, cả hai từ cùng một seed, nên cách khắc phục là khác biệt duy nhất giữa hai lượt chạy (giống Rẽ nhánh với một thay đổi trong khung Các lượt chạy, vốn nhận cả mọi chỉnh sửa khác).</translation>
    </message>
    <message>
        <source>Fixes appear here when the diagnosis finds a problem.</source>
        <translation>Các cách khắc phục sẽ hiện ở đây khi chẩn đoán tìm ra vấn đề.</translation>
    </message>
    <message>
        <source>no steps yet</source>
        <translation>chưa có bước nào</translation>
    </message>
</context>
<context>
    <name>DistributionsView</name>
    <message>
        <source>pre-activation z = xW + b</source>
        <translation>tiền kích hoạt z = xW + b</translation>
    </message>
    <message>
        <source>activation h = act(z)</source>
        <translation>giá trị kích hoạt h = act(z)</translation>
    </message>
    <message>
        <source>gradient dL/dh</source>
        <translation>gradient dL/dh</translation>
    </message>
    <message>
        <source>What each unit adds up before its activation. ReLU units whose z is negative for every input are dead; sigmoid/tanh units with |z| beyond about 3 are saturated.</source>
        <translation>Tổng mà mỗi nơ-ron cộng lại trước hàm kích hoạt. Nơ-ron ReLU có z âm với mọi đầu vào là nơ-ron chết; nơ-ron sigmoid/tanh có |z| vượt quá khoảng 3 là bão hòa.</translation>
    </message>
    <message>
        <source>The layer&apos;s outputs. Sigmoid outputs piling up at 0 and 1 (tanh at -1 and 1) mean saturated units, whose slope, and so whose gradient, is almost zero.</source>
        <translation>Đầu ra của tầng. Đầu ra sigmoid dồn về 0 và 1 (tanh về -1 và 1) nghĩa là nơ-ron bão hòa: độ dốc, và do đó gradient, gần như bằng 0.</translation>
    </message>
    <message>
        <source>The gradient of the loss with respect to the layer&apos;s outputs, per unit and sample. A band shrinking towards 0 over the steps, or far narrower than the next layer&apos;s, is a vanishing gradient.</source>
        <translation>Gradient của mất mát theo đầu ra của tầng, cho từng nơ-ron và từng mẫu. Một dải co dần về 0 qua các bước, hoặc hẹp hơn nhiều so với dải của tầng kế tiếp, là gradient biến mất.</translation>
    </message>
    <message>
        <source>{0}: quantiles over the steps, from the outer band out to the extremes: min–max, 7–93%, 16–84% (±1 standard deviation for a normal distribution), 31–69%, and the median as a line.
{1}</source>
        <translation>{0}: các phân vị qua các bước, từ dải ngoài cùng ra tới cực trị: min–max, 7–93%, 16–84% (±1 độ lệch chuẩn với phân phối chuẩn), 31–69%, và trung vị là một đường.
{1}</translation>
    </message>
    <message>
        <source>{0}: histogram of the newest sample.</source>
        <translation>{0}: biểu đồ tần suất của mẫu mới nhất.</translation>
    </message>
    <message>
        <source>The layer whose values are shown (input side first). Rows: pre-activations z, activations h and the gradient dL/dh, as quantile bands over the steps (left) and a histogram of the newest sample (right). The values are those of a fixed batch of up to 256 training samples, sampled a few times a second during training.</source>
        <translation>Tầng có giá trị đang hiển thị (phía đầu vào trước). Các hàng: tiền kích hoạt z, giá trị kích hoạt h và gradient dL/dh, dưới dạng dải phân vị qua các bước (bên trái) và biểu đồ tần suất của mẫu mới nhất (bên phải). Giá trị lấy từ một batch cố định gồm tối đa 256 mẫu huấn luyện, được lấy mẫu vài lần mỗi giây trong khi huấn luyện.</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Tầng:</translation>
    </message>
</context>
<context>
    <name>ErrorFlags</name>
    <message>
        <source>&lt;b&gt;Problem:&lt;/b&gt; {problem}&lt;br&gt;&lt;br&gt;{help}</source>
        <translation>&lt;b&gt;Vấn đề:&lt;/b&gt; {problem}&lt;br&gt;&lt;br&gt;{help}</translation>
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
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Weights (*.npz)</source>
        <translation>Trọng số (*.npz)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Ảnh PNG (*.png);;Ảnh SVG (*.svg)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Trang HTML (*.html)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Experiment as &amp;NumPy Code…</source>
        <translation>Thí nghiệm thành mã &amp;NumPy…</translation>
    </message>
    <message>
        <source>Write train.py in plain NumPy (its own forward and backward passes), the data and the initial weights into a folder; it trains to the same losses as the app.</source>
        <translation>Ghi train.py bằng NumPy thuần (tự viết lượt truyền xuôi và truyền ngược), dữ liệu và trọng số ban đầu vào một thư mục; nó huấn luyện ra đúng các giá trị mất mát như trong ứng dụng.</translation>
    </message>
    <message>
        <source>Experiment as &amp;PyTorch Code…</source>
        <translation>Thí nghiệm thành mã &amp;PyTorch…</translation>
    </message>
    <message>
        <source>Write train.py in PyTorch (nn.Module, torch.optim), the data and the initial weights into a folder; it trains to the same losses as the app.</source>
        <translation>Ghi train.py bằng PyTorch (nn.Module, torch.optim), dữ liệu và trọng số ban đầu vào một thư mục; nó huấn luyện ra đúng các giá trị mất mát như trong ứng dụng.</translation>
    </message>
    <message>
        <source>&amp;Weights (engine layout)…</source>
        <translation>&amp;Trọng số (bố cục của engine)…</translation>
    </message>
    <message>
        <source>Save the network&apos;s weights as .npz with the app&apos;s names (dense1.W, (in, out)), before a run, paused or after it.</source>
        <translation>Lưu trọng số của mạng thành .npz với tên của ứng dụng (dense1.W, (in, out)), trước lượt chạy, khi tạm dừng hoặc sau khi chạy.</translation>
    </message>
    <message>
        <source>Weights (PyTorch &amp;layout)…</source>
        <translation>Trọng số (&amp;bố cục PyTorch)…</translation>
    </message>
    <message>
        <source>Save the network&apos;s weights as .npz with PyTorch state_dict names (0.weight, (out, in)).</source>
        <translation>Lưu trọng số của mạng thành .npz với tên theo state_dict của PyTorch (0.weight, (out, in)).</translation>
    </message>
    <message>
        <source>&amp;Metrics per Step (CSV)…</source>
        <translation>Số đo theo từng &amp;bước (CSV)…</translation>
    </message>
    <message>
        <source>Loss, gradient norm, learning rate and every layer&apos;s probes, one row per step.</source>
        <translation>Mất mát, chuẩn gradient, tốc độ học và các số đo của mọi tầng, mỗi bước một hàng.</translation>
    </message>
    <message>
        <source>Metrics per &amp;Epoch (CSV)…</source>
        <translation>Số đo theo từng &amp;epoch (CSV)…</translation>
    </message>
    <message>
        <source>Training and validation loss and accuracy, one row per epoch.</source>
        <translation>Mất mát và độ chính xác huấn luyện và kiểm định, mỗi epoch một hàng.</translation>
    </message>
    <message>
        <source>&amp;Heatmap Values (CSV)…</source>
        <translation>Giá trị &amp;bản đồ nhiệt (CSV)…</translation>
    </message>
    <message>
        <source>The gradient heatmap&apos;s numbers: one row per step, one column per layer.</source>
        <translation>Các số của bản đồ nhiệt gradient: mỗi bước một hàng, mỗi tầng một cột.</translation>
    </message>
    <message>
        <source>Plot as PNG or S&amp;VG</source>
        <translation>Biểu đồ thành PNG hoặc S&amp;VG</translation>
    </message>
    <message>
        <source>HTML &amp;Report…</source>
        <translation>&amp;Báo cáo HTML…</translation>
    </message>
    <message>
        <source>One self-contained page with the settings, the diagnosis, the plots and the final figures.</source>
        <translation>Một trang độc lập gồm thiết lập, chẩn đoán, các biểu đồ và số liệu cuối cùng.</translation>
    </message>
    <message>
        <source>Load &amp;Initial Weights…</source>
        <translation>Nạp trọng số &amp;ban đầu…</translation>
    </message>
    <message>
        <source>Start training from weights in a .npz file, in the app&apos;s layout or PyTorch&apos;s state_dict layout.</source>
        <translation>Bắt đầu huấn luyện từ trọng số trong tệp .npz, theo bố cục của ứng dụng hoặc bố cục state_dict của PyTorch.</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Đã ghi {0}</translation>
    </message>
    <message>
        <source>Cannot export {0}: {1}</source>
        <translation>Không xuất được {0}: {1}</translation>
    </message>
    <message>
        <source>There is nothing to export yet: run the experiment (F5) first.</source>
        <translation>Chưa có gì để xuất: hãy chạy thí nghiệm (F5) trước.</translation>
    </message>
    <message>
        <source>Fix the experiment first: {0}</source>
        <translation>Hãy sửa thí nghiệm trước: {0}</translation>
    </message>
    <message>
        <source>Export as {0} code into folder</source>
        <translation>Xuất thành mã {0} vào thư mục</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>mã nguồn</translation>
    </message>
    <message>
        <source>Export weights ({0} layout)</source>
        <translation>Xuất trọng số (bố cục {0})</translation>
    </message>
    <message>
        <source>engine</source>
        <translation>engine</translation>
    </message>
    <message>
        <source>the weights</source>
        <translation>trọng số</translation>
    </message>
    <message>
        <source>The weights change at every step while the run trains: pause it (Space) or let it finish, then export them.</source>
        <translation>Trọng số thay đổi ở mỗi bước khi đang huấn luyện: hãy tạm dừng (Space) hoặc chờ chạy xong, rồi mới xuất.</translation>
    </message>
    <message>
        <source>Load initial weights</source>
        <translation>Nạp trọng số ban đầu</translation>
    </message>
    <message>
        <source>Checking the initial weights {0}…</source>
        <translation>Đang kiểm tra trọng số ban đầu {0}…</translation>
    </message>
    <message>
        <source>Cannot use {0} as initial weights:
{1}</source>
        <translation>Không dùng được {0} làm trọng số ban đầu:
{1}</translation>
    </message>
    <message>
        <source>Initial weights: {0}</source>
        <translation>Trọng số ban đầu: {0}</translation>
    </message>
    <message>
        <source>Export metrics per step</source>
        <translation>Xuất số đo theo từng bước</translation>
    </message>
    <message>
        <source>Export metrics per epoch</source>
        <translation>Xuất số đo theo từng epoch</translation>
    </message>
    <message>
        <source>Export heatmap values</source>
        <translation>Xuất giá trị bản đồ nhiệt</translation>
    </message>
    <message>
        <source>Export HTML report</source>
        <translation>Xuất báo cáo HTML</translation>
    </message>
    <message>
        <source>Gradient heatmap</source>
        <translation>Bản đồ nhiệt gradient</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <source>Export “{0}” as PNG or SVG</source>
        <translation>Xuất “{0}” thành PNG hoặc SVG</translation>
    </message>
</context>
<context>
    <name>FitView</name>
    <message>
        <source>The training data (dots) and what the network outputs for every input x (curves), updated as it trains. Regression: the curve should pass through the cloud of points. Classification: the curve is the predicted probability of the class; the dots sit at their class (0 or 1).</source>
        <translation>Dữ liệu huấn luyện (các chấm) và đầu ra của mạng với mọi đầu vào x (các đường cong), cập nhật trong lúc huấn luyện. Hồi quy: đường cong nên đi qua đám điểm. Phân loại: đường cong là xác suất dự đoán của lớp; các chấm nằm ở lớp của chúng (0 hoặc 1).</translation>
    </message>
    <message>
        <source>Every weight and bias of this small network over the training steps: gradient descent moves each one by -learning rate × its gradient at every step.</source>
        <translation>Mọi trọng số và độ lệch (bias) của mạng nhỏ này qua các bước huấn luyện: ở mỗi bước, hạ gradient dịch mỗi giá trị một lượng -tốc độ học × gradient của nó.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>bước</translation>
    </message>
    <message>
        <source>value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>No fit curve for this data: it is drawn for data with one input feature (x), where the network&apos;s output can be plotted against x over the data points. Choose a 1-D set such as sine, polynomial or threshold under Data to see one.</source>
        <translation>Không có đường khớp cho dữ liệu này: đường chỉ được vẽ cho dữ liệu có một đặc trưng đầu vào (x), khi đầu ra của mạng có thể vẽ theo x trên các điểm dữ liệu. Hãy chọn một tập 1-D như sine, polynomial hoặc threshold trong mục Dữ liệu để xem.</translation>
    </message>
    <message>
        <source>class / probability</source>
        <translation>lớp / xác suất</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>dự đoán</translation>
    </message>
    <message>
        <source>output {n}</source>
        <translation>đầu ra {n}</translation>
    </message>
    <message>
        <source>P(class {k})</source>
        <translation>P(lớp {k})</translation>
    </message>
</context>
<context>
    <name>Forker</name>
    <message>
        <source>Fork: make one change (any edit or a fix); it will train beside the unchanged experiment from the same seed.</source>
        <translation>Rẽ nhánh: hãy thực hiện một thay đổi (một chỉnh sửa bất kỳ hoặc một cách khắc phục); nó sẽ huấn luyện song song với thí nghiệm chưa đổi, từ cùng một seed.</translation>
    </message>
    <message>
        <source>No spare core to train the unchanged experiment beside the fork; only the fork runs.</source>
        <translation>Không còn lõi CPU rảnh để huấn luyện thí nghiệm chưa đổi song song với nhánh; chỉ nhánh được chạy.</translation>
    </message>
    <message>
        <source>Every spare core is training a run; try again when one ends.</source>
        <translation>Mọi lõi CPU rảnh đều đang huấn luyện một lượt chạy; hãy thử lại khi có lượt kết thúc.</translation>
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
        <translation>Kiểm tra &amp;gradient</translation>
    </message>
    <message>
        <source>Compare the back-propagated gradients with numeric ones.</source>
        <translation>So sánh gradient từ lan truyền ngược với gradient tính bằng số.</translation>
    </message>
    <message>
        <source>Gradient checking: every weight is nudged by ±{0:g} and the change of the loss gives a numeric gradient; backpropagation is right when the two agree (relative error at most {1:g}). Runs in float64 on {2} training samples, in the background; a network with more than {3:,} weights is checked on a random sample of {3:,} of them (at least 10 of each parameter array).</source>
        <translation>Kiểm tra gradient: mỗi trọng số được xê dịch ±{0:g} và độ thay đổi của mất mát cho một gradient bằng số; lan truyền ngược đúng khi hai giá trị khớp nhau (sai số tương đối không quá {1:g}). Chạy nền bằng float64 trên {2} mẫu huấn luyện; mạng có hơn {3:,} trọng số được kiểm tra trên {3:,} trọng số chọn ngẫu nhiên (ít nhất 10 trọng số của mỗi mảng tham số).</translation>
    </message>
    <message>
        <source>Checks the network being edited, at its initial weights (from its seed or its initial-weights file).</source>
        <translation>Kiểm tra mạng đang được chỉnh sửa, tại trọng số ban đầu (từ seed hoặc từ tệp trọng số ban đầu).</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>tham số</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>đã kiểm tra</translation>
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
        <translation>sai số tương đối</translation>
    </message>
    <message>
        <source>result</source>
        <translation>kết quả</translation>
    </message>
    <message>
        <source>Cannot check gradients: {0}</source>
        <translation>Không kiểm tra được gradient: {0}</translation>
    </message>
    <message>
        <source>Checking in the background: two forward passes per weight checked…</source>
        <translation>Đang kiểm tra ở chế độ nền: hai lượt truyền xuôi cho mỗi trọng số…</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>ĐẠT</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>KHÔNG ĐẠT</translation>
    </message>
    <message>
        <source>{0:,} of {1:,} weights checked on {2} samples; loss {3:.4g}. Gradients smaller than {4:.1e} are compared in absolute terms (rounding limits the numeric estimate).</source>
        <translation>Đã kiểm tra {0:,} trên {1:,} trọng số với {2} mẫu; mất mát {3:.4g}. Các gradient nhỏ hơn {4:.1e} được so sánh theo giá trị tuyệt đối (sai số làm tròn giới hạn độ chính xác của ước lượng bằng số).</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>The gradient check failed to run: {0}</source>
        <translation>Không chạy được kiểm tra gradient: {0}</translation>
    </message>
    <message>
        <source>The experiment changed since this check: check again.</source>
        <translation>Thí nghiệm đã thay đổi từ lần kiểm tra này: hãy kiểm tra lại.</translation>
    </message>
</context>
<context>
    <name>GradientHeatmap</name>
    <message>
        <source>Move the mouse over the heatmap to read a layer&apos;s value at a step.</source>
        <translation>Di chuột trên bản đồ nhiệt để đọc giá trị của một tầng tại một bước.</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>không có giá trị</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>bước {step}</translation>
    </message>
    <message>
        <source>steps {first}–{last} (mean of {count})</source>
        <translation>các bước {first}–{last} (trung bình của {count})</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>từ {low} đến {high}</translation>
    </message>
    <message>
        <source>{low} to {high}, log scale</source>
        <translation>từ {low} đến {high}, thang log</translation>
    </message>
    <message>
        <source>{metric}: colour scale {scale}; {healthy}.</source>
        <translation>{metric}: thang màu {scale}; {healthy}.</translation>
    </message>
    <message>
        <source>The layer, step and value under the mouse pointer.</source>
        <translation>Tầng, bước và giá trị dưới con trỏ chuột.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Xem:</translation>
    </message>
    <message>
        <source>Each row is a layer, input at the bottom, output at the top; x is the training step. Colour: {metric} on a fixed scale.
{healthy}.
For gradients: dark = vanishing (that layer barely learns), bright = exploding (updates too large). Older steps of a long run are merged: their colour is the mean over the merged steps.</source>
        <translation>Mỗi hàng là một tầng, đầu vào ở dưới cùng, đầu ra ở trên cùng; trục x là bước huấn luyện. Màu: {metric} trên một thang cố định.
{healthy}.
Với gradient: tối = biến mất (tầng đó hầu như không học), sáng = bùng nổ (cập nhật quá lớn). Các bước cũ của một lượt chạy dài được gộp lại: màu của chúng là trung bình của các bước đã gộp.</translation>
    </message>
    <message>
        <source>{layer} · {steps}: {metric} {value}</source>
        <translation>{layer} · {steps}: {metric} {value}</translation>
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
    <name>HelpTexts</name>
    <message>
        <source>No nonlinearity: h = z. A stack of identity layers collapses into one linear map, so the network can only draw straight decision boundaries.</source>
        <translation>Không phi tuyến: h = z. Một chồng tầng identity gộp lại thành một ánh xạ tuyến tính duy nhất, nên mạng chỉ vẽ được biên quyết định thẳng.</translation>
    </message>
    <message>
        <source>1 / (1 + e^-z), squashing into (0, 1). Its slope is at most 0.25 and nearly 0 when |z| is large (saturation), so gradients shrink layer after layer: the classic vanishing gradient.</source>
        <translation>1 / (1 + e^-z), nén giá trị vào (0, 1). Độ dốc của nó không quá 0.25 và gần bằng 0 khi |z| lớn (bão hòa), nên gradient nhỏ dần qua từng tầng: ví dụ kinh điển của gradient biến mất.</translation>
    </message>
    <message>
        <source>Squashes into (-1, 1) and is zero-centred, with slope up to 1; still saturates for large |z|, so deep tanh stacks can vanish, though more slowly than sigmoid.</source>
        <translation>Nén giá trị vào (-1, 1) và có tâm tại 0, độ dốc tới 1; vẫn bão hòa khi |z| lớn, nên mạng tanh sâu vẫn có thể bị gradient biến mất, dù chậm hơn sigmoid.</translation>
    </message>
    <message>
        <source>max(0, z): slope exactly 1 for positive inputs, so gradients pass through undiminished; a unit whose input is always negative gets no gradient at all (a dead ReLU).</source>
        <translation>max(0, z): độ dốc đúng bằng 1 với đầu vào dương, nên gradient đi qua không bị giảm; nơ-ron có đầu vào luôn âm thì không nhận được chút gradient nào (nơ-ron ReLU chết).</translation>
    </message>
    <message>
        <source>Like ReLU but with a small slope for negative inputs (the &apos;slope&apos; field), so no unit can die completely: it always passes a little gradient.</source>
        <translation>Giống ReLU nhưng có độ dốc nhỏ với đầu vào âm (ô &apos;Độ dốc&apos;), nên không nơ-ron nào chết hẳn: nó luôn cho qua một chút gradient.</translation>
    </message>
    <message>
        <source>Identity for positive inputs, alpha*(e^z - 1) for negative ones (&apos;slope&apos; is alpha): smooth, no dead units, and outputs closer to zero mean than ReLU.</source>
        <translation>Đồng nhất với đầu vào dương, alpha*(e^z - 1) với đầu vào âm (&apos;Độ dốc&apos; là alpha): trơn, không có nơ-ron chết, và đầu ra có trung bình gần 0 hơn ReLU.</translation>
    </message>
    <message>
        <source>z times the Gaussian CDF of z: a smooth ReLU used in transformers; small negative inputs pass a little signal and gradient.</source>
        <translation>z nhân với hàm phân phối tích lũy Gauss của z: một dạng ReLU trơn dùng trong transformer; đầu vào âm nhỏ vẫn cho qua một chút tín hiệu và gradient.</translation>
    </message>
    <message>
        <source>log(1 + e^z): a smooth ReLU whose slope is the sigmoid of z, so it never becomes exactly zero.</source>
        <translation>log(1 + e^z): một dạng ReLU trơn có độ dốc là sigmoid của z, nên không bao giờ bằng đúng 0.</translation>
    </message>
    <message>
        <source>z / (1 + |z|): like tanh but its tails approach +-1 polynomially, so it saturates more gently.</source>
        <translation>z / (1 + |z|): giống tanh nhưng hai đuôi tiến tới +-1 theo kiểu đa thức, nên bão hòa nhẹ nhàng hơn.</translation>
    </message>
    <message>
        <source>All weights 0. Every unit in a layer then computes the same thing and receives the same gradient, so they never become different: symmetry is never broken.</source>
        <translation>Mọi trọng số bằng 0. Khi đó mọi nơ-ron trong một tầng tính cùng một giá trị và nhận cùng một gradient, nên chúng không bao giờ trở nên khác nhau: tính đối xứng không bao giờ bị phá vỡ.</translation>
    </message>
    <message>
        <source>All weights equal to &apos;value&apos;: like zeros, every unit stays identical to its neighbours.</source>
        <translation>Mọi trọng số bằng &apos;Giá trị&apos;: giống zeros, mọi nơ-ron mãi giống hệt các nơ-ron bên cạnh.</translation>
    </message>
    <message>
        <source>Weights drawn from N(0, std^2) with a fixed std that ignores the layer&apos;s width: too small a std and the signal shrinks with depth, too large and it explodes.</source>
        <translation>Trọng số lấy từ N(0, std^2) với std cố định, không tính đến độ rộng của tầng: std quá nhỏ thì tín hiệu co lại theo độ sâu, quá lớn thì bùng nổ.</translation>
    </message>
    <message>
        <source>Weights drawn from U(-limit, limit), a fixed scale that ignores the layer&apos;s width.</source>
        <translation>Trọng số lấy từ U(-limit, limit), một độ lớn cố định không tính đến độ rộng của tầng.</translation>
    </message>
    <message>
        <source>Xavier/Glorot: scales weights by sqrt(2/(fan_in+fan_out)), keeping the variance of activations and gradients about equal across layers for tanh/sigmoid-like units.</source>
        <translation>Xavier/Glorot: co giãn trọng số theo sqrt(2/(fan_in+fan_out)), giữ phương sai của giá trị kích hoạt và gradient gần như nhau qua các tầng với nơ-ron kiểu tanh/sigmoid.</translation>
    </message>
    <message>
        <source>Xavier/Glorot with a normal distribution: std = gain*sqrt(2/(fan_in+fan_out)), balancing the forward signal and the backward gradient for symmetric activations.</source>
        <translation>Xavier/Glorot với phân phối chuẩn: std = gain*sqrt(2/(fan_in+fan_out)), cân bằng tín hiệu truyền xuôi và gradient truyền ngược cho các hàm kích hoạt đối xứng.</translation>
    </message>
    <message>
        <source>He/Kaiming: scales initial weights by sqrt(2/fan_in), compensating for ReLU zeroing half its inputs, so the signal neither shrinks nor grows with depth.</source>
        <translation>He/Kaiming: co giãn trọng số ban đầu theo sqrt(2/fan_in), bù cho việc ReLU đưa một nửa đầu vào về 0, nên tín hiệu không co lại cũng không lớn lên theo độ sâu.</translation>
    </message>
    <message>
        <source>He/Kaiming with a normal distribution, std = sqrt(2/fan_in): the standard choice for ReLU networks, so the signal neither shrinks nor grows with depth.</source>
        <translation>He/Kaiming với phân phối chuẩn, std = sqrt(2/fan_in): lựa chọn tiêu chuẩn cho mạng ReLU, để tín hiệu không co lại cũng không lớn lên theo độ sâu.</translation>
    </message>
    <message>
        <source>LeCun: std = sqrt(1/fan_in), preserving the variance of a linear or SELU-like layer.</source>
        <translation>LeCun: std = sqrt(1/fan_in), giữ nguyên phương sai qua một tầng tuyến tính hoặc kiểu SELU.</translation>
    </message>
    <message>
        <source>A random orthogonal matrix (times gain): it preserves vector lengths exactly, which keeps gradients from shrinking or growing in deep linear-ish stacks.</source>
        <translation>Một ma trận trực giao ngẫu nhiên (nhân với gain): giữ nguyên chính xác độ dài vectơ, giúp gradient không co lại hay lớn lên trong các chồng tầng gần tuyến tính.</translation>
    </message>
    <message>
        <source>What torch.nn.Linear does: Kaiming uniform with a=sqrt(5), i.e. U(+-1/sqrt(fan_in)), and a bias drawn from the same range.</source>
        <translation>Cách torch.nn.Linear làm: Kaiming uniform với a=sqrt(5), tức U(+-1/sqrt(fan_in)), và bias lấy từ cùng khoảng đó.</translation>
    </message>
    <message>
        <source>A fully connected layer: h = activation(x W + b). Each unit weighs every input.</source>
        <translation>Tầng kết nối đầy đủ: h = activation(x W + b). Mỗi nơ-ron lấy tổng có trọng số của mọi đầu vào.</translation>
    </message>
    <message>
        <source>A standalone nonlinearity with no weights, e.g. after a BatchNorm.</source>
        <translation>Một hàm phi tuyến đứng riêng, không có trọng số, ví dụ đặt sau BatchNorm.</translation>
    </message>
    <message>
        <source>Batch normalisation: rescales each unit to zero mean and unit variance over the batch, then learns a scale and shift; keeps activations in a healthy range as weights change.</source>
        <translation>Chuẩn hóa theo batch: đưa mỗi nơ-ron về trung bình 0 và phương sai 1 trên batch, rồi học một hệ số co giãn và độ dịch; giữ giá trị kích hoạt trong vùng ổn định khi trọng số thay đổi.</translation>
    </message>
    <message>
        <source>During training, zeroes each unit with probability &apos;rate&apos; (scaling the rest up), so the network cannot rely on any single unit: a regulariser against overfitting.</source>
        <translation>Trong khi huấn luyện, đặt mỗi nơ-ron về 0 với xác suất &apos;Tỉ lệ&apos; (phóng to các nơ-ron còn lại), nên mạng không thể dựa vào một nơ-ron riêng lẻ nào: một cách điều chuẩn chống quá khớp.</translation>
    </message>
    <message>
        <source>A skip connection y = x + f(x): the gradient flows through the &apos;+ x&apos; path unchanged, which is why very deep residual networks still train.</source>
        <translation>Kết nối tắt y = x + f(x): gradient đi qua nhánh &apos;+ x&apos; không đổi, vì thế các mạng phần dư rất sâu vẫn huấn luyện được.</translation>
    </message>
    <message>
        <source>What kind of layer this is. Changing the type keeps what still applies (the activation).</source>
        <translation>Loại của tầng này. Đổi loại sẽ giữ lại những gì còn áp dụng được (hàm kích hoạt).</translation>
    </message>
    <message>
        <source>How many neurons this layer has: its output width. More units can fit more complex functions but take longer and may overfit.</source>
        <translation>Số nơ-ron của tầng: độ rộng đầu ra của nó. Nhiều nơ-ron hơn có thể khớp các hàm phức tạp hơn nhưng chạy lâu hơn và có thể quá khớp.</translation>
    </message>
    <message>
        <source>The nonlinearity applied to this layer&apos;s output. Without one, stacked layers are just one linear map.</source>
        <translation>Hàm phi tuyến áp dụng lên đầu ra của tầng. Không có nó, các tầng xếp chồng chỉ là một ánh xạ tuyến tính.</translation>
    </message>
    <message>
        <source>leaky_relu: the slope for negative inputs; elu: alpha, the value negative inputs approach.</source>
        <translation>leaky_relu: độ dốc với đầu vào âm; elu: alpha, giá trị mà đầu vào âm tiến tới.</translation>
    </message>
    <message>
        <source>How the weights start. A good initialiser keeps the size of the signal and of the gradient the same from layer to layer, so a deep network trains at all.</source>
        <translation>Cách trọng số bắt đầu. Một cách khởi tạo tốt giữ độ lớn của tín hiệu và của gradient như nhau từ tầng này sang tầng khác, nhờ đó mạng sâu mới huấn luyện được.</translation>
    </message>
    <message>
        <source>A factor on the initial weights&apos; scale (&apos;default&apos; uses the initialiser&apos;s own: sqrt(2) for He, 1 for Xavier). Raise it and gradients grow with depth, lower it and they vanish.</source>
        <translation>Hệ số nhân lên độ lớn của trọng số ban đầu (&apos;mặc định&apos; dùng hệ số riêng của cách khởi tạo: sqrt(2) cho He, 1 cho Xavier). Tăng lên thì gradient lớn dần theo độ sâu, giảm xuống thì gradient biến mất.</translation>
    </message>
    <message>
        <source>He/LeCun: scale by the number of inputs (fan_in, preserves the forward signal) or of outputs (fan_out, preserves the backward gradient).</source>
        <translation>He/LeCun: co giãn theo số đầu vào (fan_in, giữ tín hiệu truyền xuôi) hoặc số đầu ra (fan_out, giữ gradient truyền ngược).</translation>
    </message>
    <message>
        <source>Standard deviation of the normal initialiser.</source>
        <translation>Độ lệch chuẩn của cách khởi tạo normal.</translation>
    </message>
    <message>
        <source>The uniform initialiser draws from U(-limit, limit).</source>
        <translation>Cách khởi tạo uniform lấy giá trị từ U(-limit, limit).</translation>
    </message>
    <message>
        <source>The value every weight starts with.</source>
        <translation>Giá trị ban đầu của mọi trọng số.</translation>
    </message>
    <message>
        <source>Probability that each unit is zeroed during a training step; 0 turns dropout off.</source>
        <translation>Xác suất mỗi nơ-ron bị đặt về 0 trong một bước huấn luyện; 0 là tắt dropout.</translation>
    </message>
    <message>
        <source>How fast BatchNorm&apos;s running mean and variance (used at evaluation) follow the batch statistics: new = (1 - momentum) * old + momentum * batch.</source>
        <translation>Tốc độ mà trung bình và phương sai trượt của BatchNorm (dùng khi đánh giá) bám theo thống kê của batch: mới = (1 - momentum) * cũ + momentum * batch.</translation>
    </message>
    <message>
        <source>Added to the variance before the square root so a constant unit does not divide by zero.</source>
        <translation>Cộng vào phương sai trước khi lấy căn, để một nơ-ron hằng không gây phép chia cho 0.</translation>
    </message>
    <message>
        <source>Set this activation on every layer that has one (Dense and Activation layers, inside residual blocks too) in one undoable step.</source>
        <translation>Đặt hàm kích hoạt này cho mọi tầng có hàm kích hoạt (tầng Dense và Activation, kể cả trong khối phần dư) trong một bước có thể hoàn tác.</translation>
    </message>
    <message>
        <source>Use this initialiser (and gain) for every Dense layer in one undoable step; the output layer keeps its own.</source>
        <translation>Dùng cách khởi tạo này (và gain) cho mọi tầng Dense trong một bước có thể hoàn tác; tầng đầu ra giữ cách khởi tạo riêng.</translation>
    </message>
    <message>
        <source>The initialiser of the output layer, the Dense that produces the outputs.</source>
        <translation>Cách khởi tạo của tầng đầu ra, tầng Dense tạo ra các đầu ra.</translation>
    </message>
    <message>
        <source>The activation of the output layer. Linear (identity) for the cross-entropies, which apply the softmax or sigmoid inside the loss (numerically stable, and the slope cancels from the gradient). With a squared error you may put one here: a sigmoid with half_squared_error is the classic worked example, whose gradient keeps the sigmoid&apos;s slope.</source>
        <translation>Hàm kích hoạt của tầng đầu ra. Tuyến tính (identity) với các hàm entropy chéo, vốn áp dụng softmax hoặc sigmoid bên trong hàm mất mát (ổn định về số học, và độ dốc bị triệt tiêu khỏi gradient). Với sai số bình phương, bạn có thể đặt một hàm ở đây: sigmoid với half_squared_error là ví dụ tính tay kinh điển, gradient của nó giữ lại độ dốc của sigmoid.</translation>
    </message>
    <message>
        <source>When the block&apos;s output width differs from its input, x is mapped by a learned linear projection before the &apos;+&apos;; this is how that projection starts.</source>
        <translation>Khi độ rộng đầu ra của khối khác đầu vào, x được ánh xạ qua một phép chiếu tuyến tính học được trước dấu &apos;+&apos;; đây là cách khởi tạo phép chiếu đó.</translation>
    </message>
    <message>
        <source>Add a layer after the selected one (click for a Dense layer, or pick a type from the menu). Adding a residual block wraps the selected layer, or creates a block with one Dense layer.</source>
        <translation>Thêm một tầng sau tầng đang chọn (nhấn để thêm tầng Dense, hoặc chọn loại trong menu). Thêm khối phần dư sẽ bọc tầng đang chọn, hoặc tạo một khối có một tầng Dense.</translation>
    </message>
    <message>
        <source>Insert a layer before the selected one.</source>
        <translation>Chèn một tầng trước tầng đang chọn.</translation>
    </message>
    <message>
        <source>Remove the selected layer (removing a residual block removes the layers in it).</source>
        <translation>Xóa tầng đang chọn (xóa một khối phần dư sẽ xóa cả các tầng bên trong).</translation>
    </message>
    <message>
        <source>Insert a copy of the selected layer right after it.</source>
        <translation>Chèn một bản sao của tầng đang chọn ngay sau nó.</translation>
    </message>
    <message>
        <source>Move the selected layer up; at the top of a residual block it moves out of the block, just below a block it moves into it.</source>
        <translation>Đưa tầng đang chọn lên trên; ở đầu một khối phần dư nó ra khỏi khối, ngay dưới một khối nó đi vào khối.</translation>
    </message>
    <message>
        <source>Move the selected layer down; at the bottom of a residual block it moves out of the block, just above a block it moves into it.</source>
        <translation>Đưa tầng đang chọn xuống dưới; ở cuối một khối phần dư nó ra khỏi khối, ngay trên một khối nó đi vào khối.</translation>
    </message>
    <message>
        <source>Dissolve the selected residual block: its layers stay, the skip connection goes.</source>
        <translation>Gỡ khối phần dư đang chọn: các tầng bên trong ở lại, kết nối tắt bị bỏ.</translation>
    </message>
    <message>
        <source>The hidden layers from input (top) to output (bottom). Drag to reorder or to move layers into and out of residual blocks; select a layer to edit it below.</source>
        <translation>Các tầng ẩn từ đầu vào (trên) tới đầu ra (dưới). Kéo để đổi thứ tự hoặc đưa tầng vào, ra khỏi khối phần dư; chọn một tầng để chỉnh sửa ở bên dưới.</translation>
    </message>
    <message>
        <source>The input width is the number of features of the dataset: set by the data, not typed.</source>
        <translation>Độ rộng đầu vào là số đặc trưng của tập dữ liệu: do dữ liệu quyết định, không nhập tay.</translation>
    </message>
    <message>
        <source>The output width follows from the dataset and the loss: one unit per class for cross_entropy, one for binary_cross_entropy (and for half_squared_error on two classes), one per target for mse.</source>
        <translation>Độ rộng đầu ra suy ra từ tập dữ liệu và hàm mất mát: mỗi lớp một nơ-ron với cross_entropy, một nơ-ron với binary_cross_entropy (và với half_squared_error trên hai lớp), mỗi giá trị đích một nơ-ron với mse.</translation>
    </message>
    <message>
        <source>Two classes in opposite quadrants: the smallest problem a single linear layer cannot solve.</source>
        <translation>Hai lớp ở các góc phần tư đối nhau: bài toán nhỏ nhất mà một tầng tuyến tính đơn lẻ không giải được.</translation>
    </message>
    <message>
        <source>One class on a ring inside the other: needs a curved boundary.</source>
        <translation>Một lớp nằm trên vòng tròn bên trong lớp kia: cần một biên cong.</translation>
    </message>
    <message>
        <source>Two interleaving half circles: a gently curved boundary.</source>
        <translation>Hai nửa vòng tròn lồng vào nhau: một biên cong nhẹ.</translation>
    </message>
    <message>
        <source>Interleaved spiral arms, one per class: a hard problem that needs depth and a good activation; the classic vanishing-gradient demo.</source>
        <translation>Các nhánh xoắn ốc đan xen, mỗi lớp một nhánh: bài toán khó cần độ sâu và hàm kích hoạt tốt; minh họa kinh điển cho gradient biến mất.</translation>
    </message>
    <message>
        <source>Gaussian clusters, one per class: nearly linearly separable, a quick sanity check.</source>
        <translation>Các cụm Gauss, mỗi lớp một cụm: gần như tách được tuyến tính, dùng để kiểm tra nhanh.</translation>
    </message>
    <message>
        <source>One input, label x &gt; 0 with some labels flipped: the simplest classifier.</source>
        <translation>Một đầu vào, nhãn x &gt; 0 với một số nhãn bị đảo: bộ phân loại đơn giản nhất.</translation>
    </message>
    <message>
        <source>Real data: 150 flowers, 4 measurements, 3 species (bundled with scikit-learn).</source>
        <translation>Dữ liệu thật: 150 bông hoa, 4 số đo, 3 loài (đi kèm scikit-learn).</translation>
    </message>
    <message>
        <source>Real data: 178 wines, 13 chemical measurements, 3 cultivars.</source>
        <translation>Dữ liệu thật: 178 loại rượu vang, 13 số đo hóa học, 3 giống nho.</translation>
    </message>
    <message>
        <source>Real data: 569 tumours, 30 features, benign or malignant.</source>
        <translation>Dữ liệu thật: 569 khối u, 30 đặc trưng, lành tính hoặc ác tính.</translation>
    </message>
    <message>
        <source>Real data: 1797 8x8 images of handwritten digits, 64 pixel features, 10 classes.</source>
        <translation>Dữ liệu thật: 1797 ảnh 8x8 chữ số viết tay, 64 đặc trưng điểm ảnh, 10 lớp.</translation>
    </message>
    <message>
        <source>Regression: y = sin(x) plus noise; fit a smooth curve.</source>
        <translation>Hồi quy: y = sin(x) cộng nhiễu; khớp một đường cong trơn.</translation>
    </message>
    <message>
        <source>Regression: y = x^3 - 3x plus noise; a curve with two bends.</source>
        <translation>Hồi quy: y = x^3 - 3x cộng nhiễu; một đường cong có hai khúc uốn.</translation>
    </message>
    <message>
        <source>Your own data: a CSV file with a header row; pick which column to predict.</source>
        <translation>Dữ liệu của bạn: một tệp CSV có hàng tiêu đề; chọn cột cần dự đoán.</translation>
    </message>
    <message>
        <source>The dataset to learn. Synthetic 2-D sets show a decision boundary; real sets are bundled with scikit-learn; or load your own CSV.</source>
        <translation>Tập dữ liệu cần học. Các tập tổng hợp 2-D hiển thị biên quyết định; các tập thật đi kèm scikit-learn; hoặc nạp tệp CSV của bạn.</translation>
    </message>
    <message>
        <source>Total number of points generated (training plus validation). More data generalises better but each epoch takes longer.</source>
        <translation>Tổng số điểm được sinh ra (huấn luyện cộng kiểm định). Nhiều dữ liệu hơn thì tổng quát hóa tốt hơn nhưng mỗi epoch lâu hơn.</translation>
    </message>
    <message>
        <source>Standard deviation of noise added to the inputs (for &apos;threshold&apos;: the fraction of flipped labels). Noise blurs the classes so a perfect fit means overfitting.</source>
        <translation>Độ lệch chuẩn của nhiễu cộng vào đầu vào (với &apos;threshold&apos;: tỉ lệ nhãn bị đảo). Nhiễu làm nhòe ranh giới giữa các lớp, nên khớp hoàn hảo nghĩa là quá khớp.</translation>
    </message>
    <message>
        <source>Number of classes: spiral arms or blob centres.</source>
        <translation>Số lớp: số nhánh xoắn ốc hoặc số tâm cụm.</translation>
    </message>
    <message>
        <source>Share of points held out for validation. The network never trains on them, so their loss shows how well it generalises.</source>
        <translation>Tỉ lệ điểm được giữ lại để kiểm định. Mạng không bao giờ huấn luyện trên chúng, nên mất mát trên chúng cho thấy mạng tổng quát hóa tốt đến đâu.</translation>
    </message>
    <message>
        <source>Shift and scale each feature to mean 0 and std 1 (using training statistics). Features on very different scales make gradient descent zig-zag.</source>
        <translation>Dịch và co giãn mỗi đặc trưng về trung bình 0 và độ lệch chuẩn 1 (theo thống kê của tập huấn luyện). Các đặc trưng có thang đo quá khác nhau làm hạ gradient đi zíc zắc.</translation>
    </message>
    <message>
        <source>Seed of the random numbers that generate and split the data: the same seed gives the same points.</source>
        <translation>Seed của các số ngẫu nhiên dùng để sinh và chia dữ liệu: cùng seed cho cùng các điểm.</translation>
    </message>
    <message>
        <source>Choose a CSV file: a header row of column names, then one row per sample.</source>
        <translation>Chọn một tệp CSV: một hàng tiêu đề gồm tên cột, rồi mỗi mẫu một hàng.</translation>
    </message>
    <message>
        <source>The column the network should predict; all other columns are its inputs.</source>
        <translation>Cột mà mạng cần dự đoán; mọi cột còn lại là đầu vào.</translation>
    </message>
    <message>
        <source>auto: a column with few distinct values (or text) is classification, otherwise regression. Force it when the guess is wrong.</source>
        <translation>tự động: cột có ít giá trị khác nhau (hoặc là văn bản) thì là phân loại, ngược lại là hồi quy. Hãy chọn cố định khi phán đoán sai.</translation>
    </message>
    <message>
        <source>Optional: a second CSV file with the same columns, used only for validation instead of holding out a random share of the first file. The first file&apos;s rows then all train, in their order.</source>
        <translation>Không bắt buộc: một tệp CSV thứ hai có cùng các cột, chỉ dùng để kiểm định thay cho việc giữ lại một phần ngẫu nhiên của tệp đầu. Khi đó mọi hàng của tệp đầu đều dùng để huấn luyện, theo thứ tự của chúng.</translation>
    </message>
    <message>
        <source>The input columns the network sees. Untick a column (an id, a date, free text) to leave it out; by default every column except the target is an input.</source>
        <translation>Các cột đầu vào mà mạng nhìn thấy. Bỏ chọn một cột (mã định danh, ngày tháng, văn bản tự do) để loại nó; mặc định mọi cột trừ cột đích đều là đầu vào.</translation>
    </message>
    <message>
        <source>The first rows of the file as read, and each column&apos;s detected type: number or text. Input columns must be numbers.</source>
        <translation>Các hàng đầu tiên của tệp như được đọc, và kiểu nhận ra của mỗi cột: số hoặc văn bản. Cột đầu vào phải là số.</translation>
    </message>
    <message>
        <source>Mean squared error: the average of (prediction - target)^2. The loss for regression; on one-hot classes it works but learns slowly once outputs saturate.</source>
        <translation>Sai số bình phương trung bình: trung bình của (dự đoán - đích)^2. Hàm mất mát cho hồi quy; với lớp mã hóa one-hot nó vẫn dùng được nhưng học chậm khi đầu ra bão hòa.</translation>
    </message>
    <message>
        <source>Softmax over the outputs, then -log of the probability of the true class. Its gradient is simply (probabilities - one-hot), so it never saturates.</source>
        <translation>Softmax trên các đầu ra, rồi lấy -log của xác suất của lớp đúng. Gradient của nó đơn giản là (xác suất - one-hot), nên không bao giờ bão hòa.</translation>
    </message>
    <message>
        <source>Sigmoid on a single output, then -log of the probability of the true label: cross-entropy for two classes.</source>
        <translation>Sigmoid trên một đầu ra duy nhất, rồi lấy -log của xác suất của nhãn đúng: entropy chéo cho hai lớp.</translation>
    </message>
    <message>
        <source>E = ½(a − t)², averaged over the samples: the squared error of the textbook worked example, so dE/da = a − t. On two classes there is one output whose target is the label (0 or 1); use it with a sigmoid output activation.</source>
        <translation>E = ½(a − t)², lấy trung bình trên các mẫu: sai số bình phương trong ví dụ tính tay của giáo trình, nên dE/da = a − t. Với hai lớp có một đầu ra, giá trị đích là nhãn (0 hoặc 1); hãy dùng cùng hàm kích hoạt đầu ra sigmoid.</translation>
    </message>
    <message>
        <source>Stochastic gradient descent: w -= lr * gradient, optionally with momentum. Simple and well understood; sensitive to the learning rate.</source>
        <translation>Hạ gradient ngẫu nhiên: w -= lr * gradient, có thể kèm động lượng. Đơn giản và dễ hiểu; nhạy với tốc độ học.</translation>
    </message>
    <message>
        <source>Adam keeps running averages of the gradient (momentum) and of its square, and divides by the square root of the latter: each weight gets its own step size, robust to scale.</source>
        <translation>Adam giữ trung bình trượt của gradient (động lượng) và của bình phương gradient, rồi chia cho căn bậc hai của đại lượng sau: mỗi trọng số có cỡ bước riêng, bền vững với thang đo.</translation>
    </message>
    <message>
        <source>Adam with decoupled weight decay: weights shrink directly by lr*weight_decay each step instead of through the gradient, which regularises better than Adam&apos;s L2.</source>
        <translation>Adam với suy giảm trọng số tách rời: trọng số co lại trực tiếp một lượng lr*weight_decay mỗi bước thay vì qua gradient, điều chuẩn tốt hơn L2 của Adam.</translation>
    </message>
    <message>
        <source>RMSprop divides each step by a running root-mean-square of recent gradients, so weights with large gradients take smaller steps and small ones larger.</source>
        <translation>RMSprop chia mỗi bước cho căn trung bình bình phương trượt của các gradient gần đây, nên trọng số có gradient lớn bước nhỏ hơn, gradient nhỏ bước lớn hơn.</translation>
    </message>
    <message>
        <source>Adagrad divides by the root of the sum of ALL past squared gradients: rarely updated weights keep large steps, but every step size only ever shrinks.</source>
        <translation>Adagrad chia cho căn của tổng bình phương của TẤT CẢ gradient trước đó: trọng số ít được cập nhật giữ bước lớn, nhưng mọi cỡ bước chỉ có thể nhỏ dần.</translation>
    </message>
    <message>
        <source>Keeps a running average of past gradients so steps build up speed along consistent directions and damp oscillation (0 = plain SGD; 0.9 is typical).</source>
        <translation>Giữ trung bình trượt của các gradient trước đó để bước tăng tốc theo các hướng nhất quán và giảm dao động (0 = SGD thuần; 0.9 là giá trị thường dùng).</translation>
    </message>
    <message>
        <source>Scales down the current gradient&apos;s contribution to the momentum buffer (0 = none).</source>
        <translation>Giảm phần đóng góp của gradient hiện tại vào bộ đệm động lượng (0 = không giảm).</translation>
    </message>
    <message>
        <source>Nesterov momentum: evaluates the gradient as if the momentum step were already taken, a look-ahead that overshoots less. Needs momentum &gt; 0 and dampening 0.</source>
        <translation>Động lượng Nesterov: tính gradient như thể đã đi bước động lượng, một cách nhìn trước giúp ít vượt quá đà hơn. Cần momentum &gt; 0 và dampening bằng 0.</translation>
    </message>
    <message>
        <source>Pulls every weight towards 0 by this fraction each step (L2 regularisation): smaller weights, smoother functions, less overfitting.</source>
        <translation>Kéo mọi trọng số về 0 một phần bằng giá trị này mỗi bước (điều chuẩn L2): trọng số nhỏ hơn, hàm trơn hơn, ít quá khớp hơn.</translation>
    </message>
    <message>
        <source>Decay rates of the running averages of the gradient (beta1, momentum) and of its square (beta2); closer to 1 means longer memory.</source>
        <translation>Tốc độ suy giảm của trung bình trượt của gradient (beta1, động lượng) và của bình phương gradient (beta2); càng gần 1 thì nhớ càng lâu.</translation>
    </message>
    <message>
        <source>Added to the denominator so a weight whose gradients were all ~0 does not get a huge step.</source>
        <translation>Cộng vào mẫu số để trọng số có gradient luôn ~0 không bị bước khổng lồ.</translation>
    </message>
    <message>
        <source>Divide by the largest squared-gradient average seen so far, so step sizes never grow again; a fix for rare convergence failures of Adam.</source>
        <translation>Chia cho trung bình bình phương gradient lớn nhất từng gặp, nên cỡ bước không bao giờ tăng trở lại; một cách sửa cho các trường hợp hiếm Adam không hội tụ.</translation>
    </message>
    <message>
        <source>Smoothing of the running average of squared gradients (closer to 1 = longer memory).</source>
        <translation>Độ làm trơn của trung bình trượt của bình phương gradient (càng gần 1 = nhớ càng lâu).</translation>
    </message>
    <message>
        <source>Divide by the variance of gradients (subtracting the running mean) instead of their raw second moment; can stabilise training.</source>
        <translation>Chia cho phương sai của gradient (trừ đi trung bình trượt) thay vì mômen bậc hai thô; có thể giúp huấn luyện ổn định hơn.</translation>
    </message>
    <message>
        <source>Additionally divides the learning rate by (1 + step * lr_decay).</source>
        <translation>Chia thêm tốc độ học cho (1 + bước * lr_decay).</translation>
    </message>
    <message>
        <source>Starting value of the sum of squared gradients; larger values make the first steps smaller.</source>
        <translation>Giá trị ban đầu của tổng bình phương gradient; giá trị lớn hơn làm các bước đầu nhỏ hơn.</translation>
    </message>
    <message>
        <source>The learning rate stays what you set.</source>
        <translation>Tốc độ học giữ nguyên như bạn đặt.</translation>
    </message>
    <message>
        <source>Multiply the learning rate by gamma every step_size steps: big moves first, fine tuning later.</source>
        <translation>Nhân tốc độ học với gamma sau mỗi step_size bước: bước lớn trước, tinh chỉnh sau.</translation>
    </message>
    <message>
        <source>Multiply the learning rate by gamma after every step: a smooth decay.</source>
        <translation>Nhân tốc độ học với gamma sau mỗi bước: suy giảm đều đặn.</translation>
    </message>
    <message>
        <source>Lower the learning rate along half a cosine from its start to eta_min over t_max steps.</source>
        <translation>Giảm tốc độ học theo nửa chu kỳ cosin từ giá trị ban đầu xuống eta_min trong t_max bước.</translation>
    </message>
    <message>
        <source>Ramp the learning rate up linearly over the first warmup_steps steps, so early large gradients from random weights cannot throw training off.</source>
        <translation>Tăng tốc độ học tuyến tính trong warmup_steps bước đầu tiên, để các gradient lớn lúc đầu từ trọng số ngẫu nhiên không làm huấn luyện chệch hướng.</translation>
    </message>
    <message>
        <source>Number of steps between two decays.</source>
        <translation>Số bước giữa hai lần suy giảm.</translation>
    </message>
    <message>
        <source>The factor the learning rate is multiplied by at each decay (below 1 shrinks it).</source>
        <translation>Hệ số nhân vào tốc độ học ở mỗi lần suy giảm (nhỏ hơn 1 thì làm nó nhỏ đi).</translation>
    </message>
    <message>
        <source>Number of steps the cosine takes to go from the start value down to eta_min.</source>
        <translation>Số bước để đường cosin đi từ giá trị ban đầu xuống eta_min.</translation>
    </message>
    <message>
        <source>The lowest learning rate the cosine reaches.</source>
        <translation>Tốc độ học thấp nhất mà đường cosin đạt tới.</translation>
    </message>
    <message>
        <source>Number of steps over which the learning rate ramps up from 0 to its set value.</source>
        <translation>Số bước để tốc độ học tăng từ 0 lên giá trị đã đặt.</translation>
    </message>
    <message>
        <source>What the network minimises: how wrong its outputs are. Only losses that fit the dataset&apos;s task are offered.</source>
        <translation>Đại lượng mà mạng cực tiểu hóa: đầu ra của nó sai đến mức nào. Chỉ các hàm mất mát phù hợp với bài toán của tập dữ liệu được đưa ra.</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates.</source>
        <translation>Quy tắc biến gradient thành bước cập nhật trọng số.</translation>
    </message>
    <message>
        <source>The learning rate: how far each step moves along the negative gradient. Too small and training crawls; too large and the loss oscillates or explodes. The slider is logarithmic.</source>
        <translation>Tốc độ học: mỗi bước đi bao xa theo hướng ngược gradient. Quá nhỏ thì huấn luyện chậm như rùa; quá lớn thì mất mát dao động hoặc bùng nổ. Thanh trượt theo thang logarit.</translation>
    </message>
    <message>
        <source>How the learning rate changes during training.</source>
        <translation>Tốc độ học thay đổi thế nào trong khi huấn luyện.</translation>
    </message>
    <message>
        <source>How many samples each gradient is averaged over. Small batches give noisy but frequent steps (the noise can help generalise); 0 uses the full training set each step.</source>
        <translation>Mỗi gradient được lấy trung bình trên bao nhiêu mẫu. Batch nhỏ cho bước nhiễu nhưng thường xuyên (nhiễu có thể giúp tổng quát hóa); 0 là dùng toàn bộ tập huấn luyện mỗi bước.</translation>
    </message>
    <message>
        <source>Train for a number of epochs (passes over the training set) or of optimizer steps (batches).</source>
        <translation>Huấn luyện theo số epoch (số lượt duyệt qua tập huấn luyện) hoặc số bước của bộ tối ưu (số batch).</translation>
    </message>
    <message>
        <source>How long to train, in the unit chosen on the left.</source>
        <translation>Huấn luyện bao lâu, theo đơn vị chọn bên cạnh.</translation>
    </message>
    <message>
        <source>Gradient clipping caps the gradient before the update, a guard against exploding gradients. &apos;norm&apos; rescales the whole gradient when its total L2 norm exceeds the threshold (keeping its direction); &apos;value&apos; clamps each entry to +-threshold.</source>
        <translation>Cắt gradient giới hạn gradient trước khi cập nhật, một lá chắn chống gradient bùng nổ. &apos;theo chuẩn&apos; co nhỏ toàn bộ gradient khi tổng chuẩn L2 vượt ngưỡng (giữ nguyên hướng); &apos;theo giá trị&apos; chặn từng phần tử trong khoảng +-ngưỡng.</translation>
    </message>
    <message>
        <source>The largest gradient norm (or entry, for &apos;value&apos;) allowed through.</source>
        <translation>Chuẩn gradient lớn nhất (hoặc phần tử lớn nhất, với &apos;theo giá trị&apos;) được phép đi qua.</translation>
    </message>
    <message>
        <source>Floating-point precision: float32 is faster and what GPUs use; float64 is exact enough for gradient checking and shows whether a problem is numerical.</source>
        <translation>Độ chính xác dấu phẩy động: float32 nhanh hơn và là kiểu GPU dùng; float64 đủ chính xác để kiểm tra gradient và cho biết một vấn đề có phải do sai số số học hay không.</translation>
    </message>
    <message>
        <source>Seed of the weight initialisation, batch order and dropout: the same seed gives a bit-identical run.</source>
        <translation>Seed của khởi tạo trọng số, thứ tự batch và dropout: cùng seed cho lượt chạy giống hệt từng bit.</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>động lượng</translation>
    </message>
    <message>
        <source>dampening</source>
        <translation>giảm chấn</translation>
    </message>
    <message>
        <source>nesterov</source>
        <translation>nesterov</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>suy giảm trọng số</translation>
    </message>
    <message>
        <source>betas</source>
        <translation>betas</translation>
    </message>
    <message>
        <source>eps</source>
        <translation>eps</translation>
    </message>
    <message>
        <source>amsgrad</source>
        <translation>amsgrad</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>centered</source>
        <translation>trừ trung bình</translation>
    </message>
    <message>
        <source>lr decay</source>
        <translation>suy giảm lr</translation>
    </message>
    <message>
        <source>initial accumulator value</source>
        <translation>giá trị tích lũy ban đầu</translation>
    </message>
    <message>
        <source>step size</source>
        <translation>số bước mỗi lần giảm</translation>
    </message>
    <message>
        <source>gamma</source>
        <translation>gamma</translation>
    </message>
    <message>
        <source>t max</source>
        <translation>t max</translation>
    </message>
    <message>
        <source>eta min</source>
        <translation>eta min</translation>
    </message>
    <message>
        <source>warmup steps</source>
        <translation>số bước khởi động</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The window will be in {language} the next time you start Backprop Workbench.</source>
        <translation>Cửa sổ sẽ hiển thị bằng {language} vào lần khởi động Backprop Workbench tiếp theo.</translation>
    </message>
</context>
<context>
    <name>LayerBars</name>
    <message>
        <source>{metric}, recent steps</source>
        <translation>{metric}, gần đây</translation>
    </message>
    <message>
        <source>Each layer&apos;s {metric} over its newest steps (their median, as the diagnosis reads it), input layer at the bottom. The shaded band is the healthy range; bars are {rule}.
A layer with no gradient at all gets a stub at the left edge labelled 0.</source>
        <translation>{metric} của mỗi tầng qua các bước mới nhất (trung vị, như chẩn đoán đọc), tầng đầu vào ở dưới cùng. Dải tô màu là vùng ổn định; các thanh có màu {rule}.
Tầng hoàn toàn không có gradient được vẽ một vạch ngắn ở mép trái, ghi 0.</translation>
    </message>
    <message>
        <source>blue below it, green inside, red above; {healthy}</source>
        <translation>xanh dương khi thấp hơn, xanh lá khi nằm trong, đỏ khi cao hơn; {healthy}</translation>
    </message>
</context>
<context>
    <name>LayerEditor</name>
    <message>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Kích hoạt</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>BatchNorm</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>Residual block</source>
        <translation>Khối phần dư</translation>
    </message>
    <message>
        <source>linear → softmax in the loss</source>
        <translation>tuyến tính → softmax trong hàm mất mát</translation>
    </message>
    <message>
        <source>linear → sigmoid in the loss</source>
        <translation>tuyến tính → sigmoid trong hàm mất mát</translation>
    </message>
    <message>
        <source>{activation}, compared with the targets by mse</source>
        <translation>{activation}, so với giá trị đích bằng mse</translation>
    </message>
    <message>
        <source>{activation}, compared with the targets by ½(a − t)²</source>
        <translation>{activation}, so với giá trị đích bằng ½(a − t)²</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>tuyến tính</translation>
    </message>
    <message>
        <source>Dense {units} · {activation} · {init}</source>
        <translation>Dense {units} · {activation} · {init}</translation>
    </message>
    <message>
        <source>Activation · {activation}</source>
        <translation>Kích hoạt · {activation}</translation>
    </message>
    <message>
        <source>BatchNorm · momentum {momentum:g}</source>
        <translation>BatchNorm · động lượng {momentum:g}</translation>
    </message>
    <message>
        <source>Dropout · rate {rate:g}</source>
        <translation>Dropout · tỉ lệ {rate:g}</translation>
    </message>
    <message>
        <source>Residual block · x + f(x), f = {n} layer</source>
        <translation>Khối phần dư · x + f(x), f = {n} tầng</translation>
    </message>
    <message>
        <source>Residual block · x + f(x), f = {n} layers</source>
        <translation>Khối phần dư · x + f(x), f = {n} tầng</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Chèn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Unwrap</source>
        <translation>Gỡ khối</translation>
    </message>
    <message>
        <source>Set output activation</source>
        <translation>Đặt hàm kích hoạt đầu ra</translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation>Cho mọi tầng</translation>
    </message>
    <message>
        <source>default</source>
        <translation>mặc định</translation>
    </message>
    <message>
        <source>Selected layer</source>
        <translation>Tầng đang chọn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Số nơ-ron</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Độ dốc</translation>
    </message>
    <message>
        <source>Initialiser</source>
        <translation>Khởi tạo</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Hệ số gain</translation>
    </message>
    <message>
        <source>Fan mode</source>
        <translation>Chế độ fan</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>Độ lệch chuẩn</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Giới hạn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Động lượng</translation>
    </message>
    <message>
        <source>Eps</source>
        <translation>Eps</translation>
    </message>
    <message>
        <source>Change layer type</source>
        <translation>Đổi loại tầng</translation>
    </message>
    <message>
        <source>Set units</source>
        <translation>Đặt số nơ-ron</translation>
    </message>
    <message>
        <source>Set activation</source>
        <translation>Đặt hàm kích hoạt</translation>
    </message>
    <message>
        <source>Set slope</source>
        <translation>Đặt độ dốc</translation>
    </message>
    <message>
        <source>Set dropout rate</source>
        <translation>Đặt tỉ lệ dropout</translation>
    </message>
    <message>
        <source>Set BatchNorm momentum</source>
        <translation>Đặt động lượng BatchNorm</translation>
    </message>
    <message>
        <source>Set BatchNorm eps</source>
        <translation>Đặt eps của BatchNorm</translation>
    </message>
    <message>
        <source>Set initialiser</source>
        <translation>Đặt cách khởi tạo</translation>
    </message>
    <message>
        <source>Set gain</source>
        <translation>Đặt hệ số gain</translation>
    </message>
    <message>
        <source>Set fan mode</source>
        <translation>Đặt chế độ fan</translation>
    </message>
    <message>
        <source>Set init std</source>
        <translation>Đặt độ lệch chuẩn khởi tạo</translation>
    </message>
    <message>
        <source>Set init limit</source>
        <translation>Đặt giới hạn khởi tạo</translation>
    </message>
    <message>
        <source>Set init value</source>
        <translation>Đặt giá trị khởi tạo</translation>
    </message>
    <message>
        <source>Output initialiser</source>
        <translation>Khởi tạo đầu ra</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>Kích hoạt đầu ra</translation>
    </message>
    <message>
        <source>Add {layer}</source>
        <translation>Thêm {layer}</translation>
    </message>
    <message>
        <source>Wrap in residual block</source>
        <translation>Bọc trong khối phần dư</translation>
    </message>
    <message>
        <source>Add residual block</source>
        <translation>Thêm khối phần dư</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Xóa tầng</translation>
    </message>
    <message>
        <source>Duplicate layer</source>
        <translation>Nhân bản tầng</translation>
    </message>
    <message>
        <source>Move layer</source>
        <translation>Di chuyển tầng</translation>
    </message>
    <message>
        <source>Unwrap residual block</source>
        <translation>Gỡ khối phần dư</translation>
    </message>
    <message>
        <source>Use {name} in all layers</source>
        <translation>Dùng {name} cho mọi tầng</translation>
    </message>
    <message>
        <source>Set output initialiser</source>
        <translation>Đặt cách khởi tạo đầu ra</translation>
    </message>
    <message>
        <source>Input · {n} feature</source>
        <translation>Đầu vào · {n} đặc trưng</translation>
    </message>
    <message>
        <source>Input · {n} features</source>
        <translation>Đầu vào · {n} đặc trưng</translation>
    </message>
    <message>
        <source>Output · {n} unit ({note})</source>
        <translation>Đầu ra · {n} nơ-ron ({note})</translation>
    </message>
    <message>
        <source>Output · {n} units ({note})</source>
        <translation>Đầu ra · {n} nơ-ron ({note})</translation>
    </message>
    <message>
        <source>Selected layer (none: select a row above)</source>
        <translation>Tầng đang chọn (chưa có: hãy chọn một hàng ở trên)</translation>
    </message>
    <message>
        <source>Selected layer · {type}</source>
        <translation>Tầng đang chọn · {type}</translation>
    </message>
    <message>
        <source>Projection init</source>
        <translation>Khởi tạo phép chiếu</translation>
    </message>
    <message>
        <source>y = x + f(x), f = the {n} layer indented under it. Drag layers in or out, or use ▲ ▼.</source>
        <translation>y = x + f(x), f = {n} tầng thụt lề bên dưới. Kéo tầng vào hoặc ra, hoặc dùng ▲ ▼.</translation>
    </message>
    <message>
        <source>y = x + f(x), f = the {n} layers indented under it. Drag layers in or out, or use ▲ ▼.</source>
        <translation>y = x + f(x), f = {n} tầng thụt lề bên dưới. Kéo tầng vào hoặc ra, hoặc dùng ▲ ▼.</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Vấn đề: {problem}</translation>
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
    <name>LossPlot</name>
    <message>
        <source>Move the mouse over the loss curve to read step and value.</source>
        <translation>Di chuột trên đường mất mát để đọc bước và giá trị.</translation>
    </message>
    <message>
        <source>train, each batch</source>
        <translation>huấn luyện, từng batch</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>làm trơn</translation>
    </message>
    <message>
        <source>validation, each epoch</source>
        <translation>kiểm định, từng epoch</translation>
    </message>
    <message>
        <source>merged steps: lowest–highest batch (line: their mean)</source>
        <translation>các bước đã gộp: batch thấp nhất–cao nhất (đường: trung bình)</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Thang log</translation>
    </message>
    <message>
        <source>Plot the loss on a logarithmic axis. Loss often falls by orders of magnitude: on a log axis late progress stays visible, and a straight downward line means the loss shrinks by a constant factor per step. It switches on by itself once the loss spans more than 3 decades, until you choose.</source>
        <translation>Vẽ mất mát trên trục logarit. Mất mát thường giảm nhiều bậc độ lớn: trên trục log, tiến bộ về sau vẫn nhìn thấy được, và một đường thẳng đi xuống nghĩa là mất mát giảm theo một hệ số không đổi mỗi bước. Nó tự bật khi mất mát trải qua hơn 3 bậc độ lớn, cho tới khi bạn tự chọn.</translation>
    </message>
    <message>
        <source>The recorded values at the step nearest the mouse pointer.</source>
        <translation>Các giá trị ghi lại tại bước gần con trỏ chuột nhất.</translation>
    </message>
    <message>
        <source>Blue is training data, orange is held-out validation data, in both plots. The faint line is each mini-batch&apos;s loss, the bold one its moving average. In a long run, steps between the first 1,024 and the newest ones are merged to keep memory flat: there the faint line is the mean of the merged batches and the shaded band runs from the lowest to the highest of them.</source>
        <translation>Xanh dương là dữ liệu huấn luyện, cam là dữ liệu kiểm định được giữ riêng, ở cả hai biểu đồ. Đường mờ là mất mát của từng mini-batch, đường đậm là trung bình trượt của nó. Trong một lượt chạy dài, các bước nằm giữa 1,024 bước đầu và các bước mới nhất được gộp lại để bộ nhớ không tăng: ở đó đường mờ là trung bình của các batch đã gộp và dải tô màu trải từ giá trị thấp nhất tới cao nhất của chúng.</translation>
    </message>
    <message>
        <source>Faint: the training loss of each mini-batch (noisy because each batch differs); where a long run&apos;s older steps are merged, the mean of the merged batches, with a shaded band from the lowest to the highest of them. Bold: the moving average. Markers: the loss on held-out validation data after each epoch. Validation rising while training falls means overfitting. Dashed lines mark where the learning rate or the clip threshold was changed during the run.</source>
        <translation>Đường mờ: mất mát huấn luyện của từng mini-batch (nhiễu vì mỗi batch khác nhau); ở những bước cũ đã gộp của lượt chạy dài, đó là trung bình của các batch đã gộp, kèm một dải tô màu từ giá trị thấp nhất tới cao nhất. Đường đậm: trung bình trượt. Các điểm đánh dấu: mất mát trên dữ liệu kiểm định sau mỗi epoch. Mất mát kiểm định tăng trong khi mất mát huấn luyện giảm nghĩa là quá khớp. Các đường nét đứt đánh dấu chỗ tốc độ học hoặc ngưỡng cắt gradient được thay đổi trong lúc chạy.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>mất mát</translation>
    </message>
    <message>
        <source>Fraction of examples classified correctly after each epoch, on training and validation data.</source>
        <translation>Tỉ lệ mẫu được phân loại đúng sau mỗi epoch, trên dữ liệu huấn luyện và kiểm định.</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>đúng</translation>
    </message>
    <message>
        <source>step {step}: loss {loss}</source>
        <translation>bước {step}: mất mát {loss}</translation>
    </message>
    <message>
        <source>steps {first}–{last} ({count} batches merged): mean loss {loss}, lowest {low}, highest {high}</source>
        <translation>các bước {first}–{last} (gộp {count} batch): mất mát trung bình {loss}, thấp nhất {low}, cao nhất {high}</translation>
    </message>
    <message>
        <source>{readout}, smoothed {smoothed}</source>
        <translation>{readout}, làm trơn {smoothed}</translation>
    </message>
    <message>
        <source>{readout} · validation {loss} (epoch {epoch})</source>
        <translation>{readout} · kiểm định {loss} (epoch {epoch})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>Mở thí nghiệm</translation>
    </message>
    <message>
        <source>Save experiment as</source>
        <translation>Lưu thí nghiệm thành</translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation>Mở thư mục lượt chạy</translation>
    </message>
    <message>
        <source>Backprop Workbench</source>
        <translation>Backprop Workbench</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” first?</source>
        <translation>Lưu các thay đổi của “{name}” trước không?</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <source>Gradient heatmap</source>
        <translation>Bản đồ nhiệt gradient</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Chẩn đoán</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Mất mát</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Biên quyết định</translation>
    </message>
    <message>
        <source>Per layer</source>
        <translation>Theo tầng</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Quét</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Khớp</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Phân phối</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>Kiểm tra gradient</translation>
    </message>
    <message>
        <source>Network diagram</source>
        <translation>Sơ đồ mạng</translation>
    </message>
    <message>
        <source>Chain-rule ledger</source>
        <translation>Sổ dây chuyền</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Các lượt chạy</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <source>Start a new experiment from the default settings.</source>
        <translation>Bắt đầu một thí nghiệm mới từ thiết lập mặc định.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Mở&amp;…</translation>
    </message>
    <message>
        <source>Open an experiment saved as JSON.</source>
        <translation>Mở một thí nghiệm đã lưu dạng JSON.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Open R&amp;un…</source>
        <translation>Mở &amp;lượt chạy…</translation>
    </message>
    <message>
        <source>Open a run folder written by `backprop-workbench run` (or a sweep) to compare it here.</source>
        <translation>Mở một thư mục lượt chạy do `backprop-workbench run` (hoặc một lần quét tham số) ghi ra để so sánh ở đây.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save the experiment as JSON.</source>
        <translation>Lưu thí nghiệm dạng JSON.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <source>Save the experiment to a new file.</source>
        <translation>Lưu thí nghiệm vào một tệp mới.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Close the window (asks to save unsaved changes).</source>
        <translation>Đóng cửa sổ (hỏi lưu các thay đổi chưa lưu).</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Chạy</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>Thí nghiệm &amp;mẫu</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>Đặt lại &amp;bố cục</translation>
    </message>
    <message>
        <source>Put every panel back where it started.</source>
        <translation>Đưa mọi bảng về vị trí ban đầu.</translation>
    </message>
    <message>
        <source>&amp;Compare Layout</source>
        <translation>Bố cục &amp;so sánh</translation>
    </message>
    <message>
        <source>Make room to compare runs: the loss and Compare docks side by side, the settings docks closed.</source>
        <translation>Dành chỗ để so sánh lượt chạy: khung Mất mát và So sánh đặt cạnh nhau, các khung thiết lập được đóng lại.</translation>
    </message>
    <message>
        <source>Experiments (*.json);;All files (*)</source>
        <translation>Thí nghiệm (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Cannot open {path}:
{problem}</source>
        <translation>Không mở được {path}:
{problem}</translation>
    </message>
    <message>
        <source>Cannot save to {path}: {problem}. Choose another folder.</source>
        <translation>Không lưu được vào {path}: {problem}. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>chưa lưu</translation>
    </message>
    <message>
        <source>{experiment} ({file})[*] — Backprop Workbench</source>
        <translation>{experiment} ({file})[*] — Backprop Workbench</translation>
    </message>
    <message>
        <source>This change takes effect when training restarts. Restart the run now from fresh weights?
(No keeps the current run going; the change applies to the next Run.)</source>
        <translation>Thay đổi này có hiệu lực khi huấn luyện bắt đầu lại. Chạy lại ngay từ trọng số mới?
(Không: giữ lượt chạy hiện tại; thay đổi áp dụng cho lần Chạy sau.)</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Khắc phục: {fix}</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>+{0}
more</source>
        <translation>+{0}
nữa</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Forward</source>
        <translation>Truyền xuôi</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Truyền ngược</translation>
    </message>
    <message>
        <source>Edges: the weights (blue positive, orange negative, width |w|); neurons: their mean activation, or their output over the input plane.</source>
        <translation>Cạnh: trọng số (xanh dương là dương, cam là âm, độ dày |w|); nơ-ron: giá trị kích hoạt trung bình, hoặc đầu ra trên mặt phẳng đầu vào.</translation>
    </message>
    <message>
        <source>Edges: |dL/dW|; neurons: ‖dL/dh‖, on the heatmap&apos;s fixed log scale (1e-8 black to 1e2 yellow): a vanishing net fades towards the input.</source>
        <translation>Cạnh: |dL/dW|; nơ-ron: ‖dL/dh‖, trên thang log cố định của bản đồ nhiệt (1e-8 đen tới 1e2 vàng): mạng có gradient biến mất mờ dần về phía đầu vào.</translation>
    </message>
    <message>
        <source>Run or step to see the network.</source>
        <translation>Hãy chạy hoặc chạy từng bước để xem mạng.</translation>
    </message>
    <message>
        <source>Hover over a neuron or an edge to see its numbers; click to keep them.</source>
        <translation>Di chuột lên một nơ-ron hoặc một cạnh để xem các con số; nhấn để giữ lại.</translation>
    </message>
    <message>
        <source>Step {0}: the batch of {1} samples the next step trains on</source>
        <translation>Bước {0}: batch gồm {1} mẫu mà bước kế tiếp sẽ huấn luyện</translation>
    </message>
    <message>
        <source>Forward: edge colour = sign of the weight (blue +, orange −), width = |w|; neuron = mean activation (blue +, orange −) or, for 2-D data, its output over the input plane; dot = bias. Red frame: saturated; grey cross: dead.</source>
        <translation>Truyền xuôi: màu cạnh = dấu của trọng số (xanh dương +, cam −), độ dày = |w|; nơ-ron = giá trị kích hoạt trung bình (xanh dương +, cam −) hoặc, với dữ liệu 2-D, đầu ra trên mặt phẳng đầu vào; chấm = bias. Khung đỏ: bão hòa; dấu chéo xám: chết.</translation>
    </message>
    <message>
        <source>Backward: edge colour and width = |dL/dW|, neuron = ‖dL/dh‖, dot = |dL/db|, on the heatmap&apos;s log scale (1e-8 black … 1e2 yellow). Red frame: saturated; grey cross: dead.</source>
        <translation>Truyền ngược: màu và độ dày cạnh = |dL/dW|, nơ-ron = ‖dL/dh‖, chấm = |dL/db|, trên thang log của bản đồ nhiệt (1e-8 đen … 1e2 vàng). Khung đỏ: bão hòa; dấu chéo xám: chết.</translation>
    </message>
    <message>
        <source>&lt;b&gt;input x{0}&lt;/b&gt;&lt;br&gt;sample {1}: x = {2}; batch mean {3}; ‖dL/dx‖ = {4}</source>
        <translation>&lt;b&gt;đầu vào x{0}&lt;/b&gt;&lt;br&gt;mẫu {1}: x = {2}; trung bình batch {3}; ‖dL/dx‖ = {4}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}, unit {1}&lt;/b&gt; — sample {2} of the batch of {3}</source>
        <translation>&lt;b&gt;{0}, nơ-ron {1}&lt;/b&gt; — mẫu {2} của batch gồm {3} mẫu</translation>
    </message>
    <message>
        <source>z = Σ w·a + b = {0};  a = {1}(z) = {2}</source>
        <translation>z = Σ w·a + b = {0};  a = {1}(z) = {2}</translation>
    </message>
    <message>
        <source>dL/da = {0}  (the next layer&apos;s weighted δ summed, or the output error)</source>
        <translation>dL/da = {0}  (tổng có trọng số các δ của tầng kế tiếp, hoặc sai số đầu ra)</translation>
    </message>
    <message>
        <source>σ&apos;(z) = {0};  dL/dz = δ = dL/da · σ&apos;(z) = {1}</source>
        <translation>σ&apos;(z) = {0};  dL/dz = δ = dL/da · σ&apos;(z) = {1}</translation>
    </message>
    <message>
        <source>batch: mean a = {0}, ‖dL/da‖ = {1};  bias b = {2}, dL/db = {3}</source>
        <translation>batch: trung bình a = {0}, ‖dL/da‖ = {1};  bias b = {2}, dL/db = {3}</translation>
    </message>
    <message>
        <source>&lt;b&gt;saturated&lt;/b&gt;: on a flat end of the activation for most of the batch, so its slope is near 0</source>
        <translation>&lt;b&gt;bão hòa&lt;/b&gt;: nằm ở đầu phẳng của hàm kích hoạt với phần lớn batch, nên độ dốc gần 0</translation>
    </message>
    <message>
        <source>&lt;b&gt;dead&lt;/b&gt;: off (z ≤ 0) for the whole batch, so no gradient passes</source>
        <translation>&lt;b&gt;chết&lt;/b&gt;: tắt (z ≤ 0) với cả batch, nên không có gradient nào đi qua</translation>
    </message>
    <message>
        <source>w{0} = {1} (dL/dw {2})</source>
        <translation>w{0} = {1} (dL/dw {2})</translation>
    </message>
    <message>
        <source>incoming weights from {0}: {1} … and {2} more</source>
        <translation>trọng số đi vào từ {0}: {1} … và {2} trọng số nữa</translation>
    </message>
    <message>
        <source>incoming weights from {0}: {1}</source>
        <translation>trọng số đi vào từ {0}: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;weight w&lt;sub&gt;{0},{1}&lt;/sub&gt;&lt;/b&gt;: {2} unit {1} → {3} unit {0};  w = {4}</source>
        <translation>&lt;b&gt;trọng số w&lt;sub&gt;{0},{1}&lt;/sub&gt;&lt;/b&gt;: {2} nơ-ron {1} → {3} nơ-ron {0};  w = {4}</translation>
    </message>
    <message>
        <source>dL/dw&lt;sub&gt;{0},{1}&lt;/sub&gt; = Σ over the {2} samples of δ&lt;sub&gt;{0}&lt;/sub&gt; · a&lt;sub&gt;{1}&lt;/sub&gt; = {3}</source>
        <translation>dL/dw&lt;sub&gt;{0},{1}&lt;/sub&gt; = Σ trên {2} mẫu của δ&lt;sub&gt;{0}&lt;/sub&gt; · a&lt;sub&gt;{1}&lt;/sub&gt; = {3}</translation>
    </message>
    <message>
        <source>sample {0}: δ&lt;sub&gt;{1}&lt;/sub&gt; = dL/da · σ&apos;(z) = {2} × {3} = {4};  a&lt;sub&gt;{5}&lt;/sub&gt; = {6};  δ&lt;sub&gt;{1}&lt;/sub&gt; · a&lt;sub&gt;{5}&lt;/sub&gt; = {7}</source>
        <translation>mẫu {0}: δ&lt;sub&gt;{1}&lt;/sub&gt; = dL/da · σ&apos;(z) = {2} × {3} = {4};  a&lt;sub&gt;{5}&lt;/sub&gt; = {6};  δ&lt;sub&gt;{1}&lt;/sub&gt; · a&lt;sub&gt;{5}&lt;/sub&gt; = {7}</translation>
    </message>
    <message>
        <source>(δ includes the loss&apos;s 1/{0} average over the batch; a&lt;sub&gt;{1}&lt;/sub&gt; is this layer&apos;s input {1})</source>
        <translation>(δ đã gồm hệ số trung bình 1/{0} của mất mát trên batch; a&lt;sub&gt;{1}&lt;/sub&gt; là đầu vào {1} của tầng này)</translation>
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
        <translation>Chưa có gì để hiển thị: thí nghiệm này chưa dựng được.

{problem}

Hãy sửa thiết lập được tô sáng (Hoàn tác, Ctrl+Z, để quay lại); nút Chạy bị tắt cho tới lúc đó.</translation>
    </message>
    <message>
        <source>Reading the data file…

It is read in a background process, so the window stays responsive; the plots appear once it is read and the network is built.</source>
        <translation>Đang đọc tệp dữ liệu…

Tệp được đọc trong một tiến trình nền, để cửa sổ luôn phản hồi; các biểu đồ hiện ra khi đọc xong và mạng đã được dựng.</translation>
    </message>
    <message>
        <source>Loading the data and building the network…

Both are done in a background process, so the window stays responsive; the plots appear as soon as they are ready; Run does not wait for it.</source>
        <translation>Đang nạp dữ liệu và dựng mạng…

Cả hai việc được làm trong một tiến trình nền, để cửa sổ luôn phản hồi; các biểu đồ hiện ra ngay khi sẵn sàng; nút Chạy không phải chờ việc này.</translation>
    </message>
    <message>
        <source>Building the network ({parameters} parameters)…

Its weights are made in a background process, so the window stays responsive; the plots appear as soon as they are ready; Run does not wait for it.</source>
        <translation>Đang dựng mạng ({parameters} tham số)…

Trọng số của mạng được tạo trong một tiến trình nền, để cửa sổ luôn phản hồi; các biểu đồ hiện ra ngay khi sẵn sàng; nút Chạy không phải chờ việc này.</translation>
    </message>
    <message>
        <source>Nothing to show: this network could not be built (the message said why).

Change the experiment, or press Reset (Ctrl+R) to try again.</source>
        <translation>Không có gì để hiển thị: không dựng được mạng này (thông báo đã nói lý do).

Hãy thay đổi thí nghiệm, hoặc nhấn Đặt lại (Ctrl+R) để thử lại.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Lùi</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Tê&amp;n tệp:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Kiểu tệp:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông cho tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
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
        <translation>bước</translation>
    </message>
    <message>
        <source>gradient ratio first/last</source>
        <translation>tỉ số gradient đầu/cuối</translation>
    </message>
    <message>
        <source>How much of the last hidden layer&apos;s gradient (dL/dh) reaches the first one, over training, for every checked run. Below the lower dashed line (1e-2) the gradient vanishes on its way back; above the upper one (1e2) it explodes; near 1 it flows.</source>
        <translation>Bao nhiêu phần gradient (dL/dh) của tầng ẩn cuối tới được tầng ẩn đầu, theo quá trình huấn luyện, cho mọi lượt chạy được đánh dấu. Dưới đường nét đứt phía dưới (1e-2) gradient biến mất trên đường về; trên đường phía trên (1e2) nó bùng nổ; gần 1 là lưu thông tốt.</translation>
    </message>
    <message>
        <source>Every setting whose value differs between the two compared runs.</source>
        <translation>Mọi thiết lập có giá trị khác nhau giữa hai lượt chạy được so sánh.</translation>
    </message>
    <message>
        <source>Select a run to compare</source>
        <translation>Chọn một lượt chạy để so sánh</translation>
    </message>
    <message>
        <source>Select a second run</source>
        <translation>Chọn lượt chạy thứ hai</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>run A</source>
        <translation>lượt A</translation>
    </message>
    <message>
        <source>run B</source>
        <translation>lượt B</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>{rate} steps/s</source>
        <translation>{rate} bước/giây</translation>
    </message>
    <message>
        <source>Train the network in a background process (F5), so the window stays responsive. While paused, Run resumes (after an edit it asks whether to restart with it); otherwise it starts from fresh weights. The plots update about {frames} times a second.</source>
        <translation>Huấn luyện mạng trong một tiến trình nền (F5), để cửa sổ luôn phản hồi. Khi đang tạm dừng, Chạy sẽ tiếp tục (sau một chỉnh sửa nó hỏi có chạy lại với chỉnh sửa đó không); ngoài ra nó bắt đầu từ trọng số mới. Các biểu đồ cập nhật khoảng {frames} lần mỗi giây.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Chạy</translation>
    </message>
    <message>
        <source>&amp;Pause	Space</source>
        <translation>&amp;Tạm dừng	Space</translation>
    </message>
    <message>
        <source>Pause or resume training (Space). Paused, you can inspect the plots or advance one mini-batch at a time with Step.</source>
        <translation>Tạm dừng hoặc tiếp tục huấn luyện (Space). Khi tạm dừng, bạn có thể xem kỹ các biểu đồ hoặc đi từng mini-batch với Một bước.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>S&amp;tep One Batch</source>
        <translation>&amp;Một bước (một batch)</translation>
    </message>
    <message>
        <source>Train exactly one mini-batch, then pause (F10): one forward pass, one backward pass and one weight update, so you can watch a single step of gradient descent.</source>
        <translation>Huấn luyện đúng một mini-batch rồi tạm dừng (F10): một lượt truyền xuôi, một lượt truyền ngược và một lần cập nhật trọng số, để bạn quan sát một bước hạ gradient.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Một bước</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>End the run (Shift+F5). The plots keep what was recorded; Run starts again from fresh weights.</source>
        <translation>Kết thúc lượt chạy (Shift+F5). Các biểu đồ giữ những gì đã ghi; Chạy sẽ bắt đầu lại từ trọng số mới.</translation>
    </message>
    <message>
        <source>Reset &amp;Weights</source>
        <translation>Đặt lại &amp;trọng số</translation>
    </message>
    <message>
        <source>Throw away the trained weights and clear the plots (Ctrl+R): the network returns to its initialisation, drawn again from the experiment&apos;s seed. Asks first while a run is going.</source>
        <translation>Bỏ trọng số đã huấn luyện và xóa các biểu đồ (Ctrl+R): mạng trở về trạng thái khởi tạo, được sinh lại từ seed của thí nghiệm. Hỏi trước nếu đang có lượt chạy.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Run controls</source>
        <translation>Điều khiển chạy</translation>
    </message>
    <message>
        <source>The run&apos;s state: idle, running, paused, finished, stopped or diverged.</source>
        <translation>Trạng thái lượt chạy: chờ, đang chạy, tạm dừng, đã xong, đã dừng hoặc phân kỳ.</translation>
    </message>
    <message>
        <source>Optimizer steps taken (one step = one mini-batch).</source>
        <translation>Số bước của bộ tối ưu đã thực hiện (một bước = một mini-batch).</translation>
    </message>
    <message>
        <source>Epochs completed (one epoch = one pass over the training data).</source>
        <translation>Số epoch đã hoàn thành (một epoch = một lượt duyệt qua dữ liệu huấn luyện).</translation>
    </message>
    <message>
        <source>The training loss of the latest mini-batch.</source>
        <translation>Mất mát huấn luyện của mini-batch mới nhất.</translation>
    </message>
    <message>
        <source>Training speed, measured over the last fraction of a second.</source>
        <translation>Tốc độ huấn luyện, đo trong khoảng thời gian ngắn vừa qua.</translation>
    </message>
    <message>
        <source>How far the run is through the experiment&apos;s steps or epochs.</source>
        <translation>Lượt chạy đã đi được bao nhiêu phần số bước hoặc số epoch của thí nghiệm.</translation>
    </message>
    <message>
        <source>The experiment changed while the run was paused. Restart the run with your changes, from fresh weights?
(No resumes the paused run; your changes apply to the next Run.)</source>
        <translation>Thí nghiệm đã thay đổi trong lúc tạm dừng. Chạy lại với các thay đổi của bạn, từ trọng số mới?
(Không: tiếp tục lượt chạy đang tạm dừng; thay đổi áp dụng cho lần Chạy sau.)</translation>
    </message>
    <message>
        <source>Reset ends the current run and throws away its trained weights and plots. Reset now?
(No keeps the run as it is.)</source>
        <translation>Đặt lại sẽ kết thúc lượt chạy hiện tại và bỏ trọng số đã huấn luyện cùng các biểu đồ. Đặt lại ngay?
(Không: giữ nguyên lượt chạy.)</translation>
    </message>
    <message>
        <source>Cannot run: {problem}</source>
        <translation>Không chạy được: {problem}</translation>
    </message>
    <message>
        <source>Resume	Space</source>
        <translation>Tiếp tục	Space</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Step {step}</source>
        <translation>Bước {step}</translation>
    </message>
    <message>
        <source>Epoch {epoch}</source>
        <translation>Epoch {epoch}</translation>
    </message>
    <message>
        <source>Loss {loss}</source>
        <translation>Mất mát {loss}</translation>
    </message>
    <message>
        <source>{step} / {total} steps</source>
        <translation>{step} / {total} bước</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>Cannot keep the run {run} beside {experiment}: {problem}. It stays where it was.</source>
        <translation>Không giữ được lượt chạy {run} cạnh {experiment}: {problem}. Nó vẫn ở chỗ cũ.</translation>
    </message>
    <message>
        <source>Cannot save the list of runs in {folder}: {problem}. Names and pins of runs are kept until the window closes.</source>
        <translation>Không lưu được danh sách lượt chạy trong {folder}: {problem}. Tên và ghim của các lượt chạy được giữ tới khi đóng cửa sổ.</translation>
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
    <message>
        <source>This run could not be saved to {folder}: {reason}. It stays in the Runs list until the window closes; free some space to keep the next runs.</source>
        <translation>Không lưu được lượt chạy này vào {folder}: {reason}. Lượt chạy vẫn nằm trong danh sách Các lượt chạy cho đến khi đóng cửa sổ; hãy giải phóng dung lượng để giữ các lượt chạy tiếp theo.</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>đĩa</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>Run</source>
        <translation>Lượt chạy</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Mất mát</translation>
    </message>
    <message>
        <source>Acc.</source>
        <translation>Ch.xác</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Số bước</translation>
    </message>
    <message>
        <source>Every run is kept. Check a run to draw it in the overlays; select two to compare them in the Compare dock; double-click to show a finished run in every view; right-click to rename (F2), pin, hide or delete. ▶ marks the run the views show.</source>
        <translation>Mọi lượt chạy đều được giữ. Đánh dấu một lượt để vẽ nó chồng lên biểu đồ; chọn hai lượt để so sánh trong khung So sánh; nhấn đúp để hiển thị một lượt đã xong trong mọi khung nhìn; nhấn chuột phải để đổi tên (F2), ghim, ẩn hoặc xóa. ▶ đánh dấu lượt mà các khung nhìn đang hiển thị.</translation>
    </message>
    <message>
        <source>Fork with a change</source>
        <translation>Rẽ nhánh với một thay đổi</translation>
    </message>
    <message>
        <source>Make your next edit a fork: the edited experiment and the unchanged one then train side by side from the same seed, so the only difference between the two runs is your change. A fix button of the diagnosis is an edit too.</source>
        <translation>Biến chỉnh sửa tiếp theo thành một nhánh: thí nghiệm đã sửa và thí nghiệm chưa sửa sẽ huấn luyện song song từ cùng một seed, nên khác biệt duy nhất giữa hai lượt chạy là thay đổi của bạn. Nút khắc phục của chẩn đoán cũng là một chỉnh sửa.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Chạy lại</translation>
    </message>
    <message>
        <source>Rerun the selected run&apos;s experiment unchanged, beside the current run: the same experiment and seed give the same run, bit for bit.</source>
        <translation>Chạy lại nguyên thí nghiệm của lượt đang chọn, song song với lượt hiện tại: cùng thí nghiệm và cùng seed cho cùng một lượt chạy, giống hệt từng bit.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Rename the selected run (F2).</source>
        <translation>Đổi tên lượt chạy đang chọn (F2).</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Ghim</translation>
    </message>
    <message>
        <source>Pin the selected runs to the top of the list (again to unpin).</source>
        <translation>Ghim các lượt chạy đang chọn lên đầu danh sách (nhấn lần nữa để bỏ ghim).</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Take the selected runs off the list and the overlays; they stay on disk. Show hidden brings them back.</source>
        <translation>Bỏ các lượt đang chọn khỏi danh sách và các đường vẽ chồng; chúng vẫn còn trên đĩa. Hiện lượt ẩn sẽ đưa chúng trở lại.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the selected finished runs and their folders.</source>
        <translation>Xóa các lượt chạy đã xong đang chọn cùng thư mục của chúng.</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>Hiện lượt ẩn</translation>
    </message>
    <message>
        <source>List hidden runs too, to unhide them (Hide again toggles).</source>
        <translation>Liệt kê cả các lượt đã ẩn, để bỏ ẩn chúng (nhấn Ẩn lần nữa để đảo).</translation>
    </message>
    <message>
        <source>Draw this run in the overlays</source>
        <translation>Vẽ lượt chạy này chồng lên biểu đồ</translation>
    </message>
    <message>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>not written to disk</source>
        <translation>chưa ghi ra đĩa</translation>
    </message>
    <message>
        <source>{name}
{status}, {steps} step, {seconds} s
{where}</source>
        <translation>{name}
{status}, {steps} bước, {seconds} giây
{where}</translation>
    </message>
    <message>
        <source>{name}
{status}, {steps} steps, {seconds} s
{where}</source>
        <translation>{name}
{status}, {steps} bước, {seconds} giây
{where}</translation>
    </message>
</context>
<context>
    <name>StepAxis</name>
    <message>
        <source>step</source>
        <translation>bước</translation>
    </message>
    <message>
        <source>Log steps</source>
        <translation>Bước log</translation>
    </message>
    <message>
        <source>Show the step axis on a logarithmic scale: the first steps of a long run, where most of the change happens, get as much room as the thousands after them. The heatmap and the loss plot switch together.</source>
        <translation>Hiển thị trục bước theo thang logarit: những bước đầu của một lượt chạy dài, nơi diễn ra phần lớn thay đổi, được nhiều chỗ ngang với hàng nghìn bước sau đó. Bản đồ nhiệt và biểu đồ mất mát đổi cùng nhau.</translation>
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
        <source>one run per cell</source>
        <translation>một lượt chạy mỗi ô</translation>
    </message>
    <message>
        <source>median of {0} runs per cell</source>
        <translation>trung vị của {0} lượt chạy mỗi ô</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <source>log10 gradient ratio</source>
        <translation>log10 tỉ số gradient</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>mất mát kiểm định</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>mất mát huấn luyện</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>độ chính xác kiểm định</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>độ chính xác huấn luyện</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>số giây</translation>
    </message>
    <message>
        <source>Open sweep folder</source>
        <translation>Mở thư mục quét tham số</translation>
    </message>
    <message>
        <source>Open sweep folder…</source>
        <translation>Mở thư mục quét tham số…</translation>
    </message>
    <message>
        <source>Show the results of a sweep run with &apos;backprop-workbench sweep&apos; (the folder holding results.csv).</source>
        <translation>Hiển thị kết quả của một lần quét tham số chạy bằng &apos;backprop-workbench sweep&apos; (thư mục chứa results.csv).</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>No sweep open. Open a sweep folder, or start a sweep from the current experiment below.</source>
        <translation>Chưa mở lần quét nào. Hãy mở một thư mục quét tham số, hoặc bắt đầu quét từ thí nghiệm hiện tại ở bên dưới.</translation>
    </message>
    <message>
        <source>New sweep from the current experiment</source>
        <translation>Quét tham số mới từ thí nghiệm hiện tại</translation>
    </message>
    <message>
        <source>A path into the experiment: optimizer.lr, layers[*].activation (every layer), layers[0].units (one layer), or depth (that many copies of the first layer).</source>
        <translation>Một đường dẫn vào thí nghiệm: optimizer.lr, layers[*].activation (mọi tầng), layers[0].units (một tầng), hoặc depth (bấy nhiêu bản sao của tầng đầu tiên).</translation>
    </message>
    <message>
        <source>values, separated by commas: 2, 4, 8</source>
        <translation>các giá trị, cách nhau bởi dấu phẩy: 2, 4, 8</translation>
    </message>
    <message>
        <source>Field {0}</source>
        <translation>Trường {0}</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Each point is trained with this many seeds; the heatmap shows their median.</source>
        <translation>Mỗi điểm được huấn luyện với bấy nhiêu seed; bản đồ nhiệt hiển thị trung vị của chúng.</translation>
    </message>
    <message>
        <source>Training steps of every run (short runs keep a sweep quick).</source>
        <translation>Số bước huấn luyện của mỗi lượt chạy (lượt ngắn giúp lần quét nhanh).</translation>
    </message>
    <message>
        <source>Worker processes (one per core uses the whole machine).</source>
        <translation>Số tiến trình làm việc (mỗi lõi một tiến trình là dùng hết máy).</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Số seed</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Số bước</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Tiến trình</translation>
    </message>
    <message>
        <source>Start sweep</source>
        <translation>Bắt đầu quét</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Bản đồ nhiệt</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Across</source>
        <translation>Trục ngang</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Trục dọc</translation>
    </message>
    <message>
        <source>Median over seeds (and any other varied field). Click a cell to open its median run in the editor.</source>
        <translation>Trung vị qua các seed (và mọi trường thay đổi khác). Nhấn vào một ô để mở lượt chạy trung vị của nó trong trình chỉnh sửa.</translation>
    </message>
    <message>
        <source>Click a column header to sort; double-click a run to open it.</source>
        <translation>Nhấn vào tiêu đề cột để sắp xếp; nhấn đúp một lượt chạy để mở nó.</translation>
    </message>
    <message>
        <source>Open sweep run {0}</source>
        <translation>Mở lượt chạy quét {0}</translation>
    </message>
    <message>
        <source>Cannot open {0}: {1}</source>
        <translation>Không mở được {0}: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} runs</source>
        <translation>{0}: {1} lượt chạy</translation>
    </message>
    <message>
        <source>{0}: {1} run</source>
        <translation>{0}: {1} lượt chạy</translation>
    </message>
    <message>
        <source>Type the values of {0}, separated by commas.</source>
        <translation>Hãy nhập các giá trị của {0}, cách nhau bởi dấu phẩy.</translation>
    </message>
    <message>
        <source>Choose a field to vary and type its values.</source>
        <translation>Hãy chọn một trường để thay đổi và nhập các giá trị của nó.</translation>
    </message>
    <message>
        <source>{0} runs is more than the window runs ({1}); run a sweep this big with &apos;backprop-workbench sweep&apos;.</source>
        <translation>{0} lượt chạy là nhiều hơn số cửa sổ chạy được ({1}); hãy chạy lần quét lớn như vậy bằng &apos;backprop-workbench sweep&apos;.</translation>
    </message>
    <message>
        <source>The sweep failed: {0}</source>
        <translation>Lần quét thất bại: {0}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <source>{0}: {1}/{2} runs, {3} failed ({4}) — {5}</source>
        <translation>{0}: {1}/{2} lượt chạy, {3} thất bại ({4}) — {5}</translation>
    </message>
    <message>
        <source>all (median)</source>
        <translation>tất cả (trung vị)</translation>
    </message>
    <message>
        <source>{0} =</source>
        <translation>{0} =</translation>
    </message>
    <message>
        <source>Cannot open run {0}: {1}</source>
        <translation>Không mở được lượt chạy {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Giao diện</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>Theo &amp;hệ thống</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Sáng</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tối</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark appearance.</source>
        <translation>Theo giao diện sáng hay tối của màn hình nền.</translation>
    </message>
    <message>
        <source>Dark text on light panels and plots.</source>
        <translation>Chữ tối trên bảng và biểu đồ sáng.</translation>
    </message>
    <message>
        <source>Light text on dark panels and plots.</source>
        <translation>Chữ sáng trên bảng và biểu đồ tối.</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>full batch</source>
        <translation>toàn bộ dữ liệu</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>bước</translation>
    </message>
    <message>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>theo chuẩn</translation>
    </message>
    <message>
        <source>value</source>
        <translation>theo giá trị</translation>
    </message>
    <message>
        <source>Set loss</source>
        <translation>Đặt hàm mất mát</translation>
    </message>
    <message>
        <source>Set batch size</source>
        <translation>Đặt kích thước batch</translation>
    </message>
    <message>
        <source>Set precision</source>
        <translation>Đặt độ chính xác số</translation>
    </message>
    <message>
        <source>Set seed</source>
        <translation>Đặt seed</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Hàm mất mát</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Bộ tối ưu</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tốc độ học</translation>
    </message>
    <message>
        <source>LR schedule</source>
        <translation>Lịch tốc độ học</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Kích thước batch</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lượt chạy</translation>
    </message>
    <message>
        <source>Train for</source>
        <translation>Huấn luyện trong</translation>
    </message>
    <message>
        <source>Gradient clipping</source>
        <translation>Cắt gradient</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Độ chính xác số</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>Dùng {name}</translation>
    </message>
    <message>
        <source>Set {parameter}</source>
        <translation>Đặt {parameter}</translation>
    </message>
    <message>
        <source>Set learning rate</source>
        <translation>Đặt tốc độ học</translation>
    </message>
    <message>
        <source>Use {name} schedule</source>
        <translation>Dùng lịch {name}</translation>
    </message>
    <message>
        <source>Set epochs</source>
        <translation>Đặt số epoch</translation>
    </message>
    <message>
        <source>Set steps</source>
        <translation>Đặt số bước</translation>
    </message>
    <message>
        <source>Clipping {mode}</source>
        <translation>Cắt gradient: {mode}</translation>
    </message>
    <message>
        <source>Set clip threshold</source>
        <translation>Đặt ngưỡng cắt</translation>
    </message>
</context>
<context>
    <name>TrainingProcess</name>
    <message>
        <source>Training stopped by an error: {error}: {problem}</source>
        <translation>Huấn luyện dừng vì lỗi: {error}: {problem}</translation>
    </message>
</context>
<context>
    <name>TrainingRunner</name>
    <message>
        <source>Cannot draw the untrained network: {problem}</source>
        <translation>Không vẽ được mạng chưa huấn luyện: {problem}</translation>
    </message>
    <message>
        <source>Cannot build this experiment: {problem}</source>
        <translation>Không dựng được thí nghiệm này: {problem}</translation>
    </message>
    <message>
        <source>Cannot start the training process: {problem}. Close other programs and try again.</source>
        <translation>Không khởi động được tiến trình huấn luyện: {problem}. Hãy đóng bớt chương trình khác rồi thử lại.</translation>
    </message>
    <message>
        <source>The training process ended unexpectedly (exit code {code}), perhaps out of memory or killed; the plots show its last report. Press Run to start again.</source>
        <translation>Tiến trình huấn luyện kết thúc bất ngờ (mã thoát {code}), có thể do hết bộ nhớ hoặc bị dừng cưỡng bức; các biểu đồ hiển thị báo cáo cuối cùng của nó. Nhấn Chạy để bắt đầu lại.</translation>
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
</TS>
