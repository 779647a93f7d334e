# 导入说明（src/import）：各读取器识别出的、推测的、无法读取的内容及其位置。
# 新增一条说明的方法见 docs/messages.md（中英文都要写）。

## 位置。
import-place-sheet-cell = { $sheet }!{ $cell }

## 行不符合的格式（import-note-no-shape 中的 { $what }）。
import-shape-project = 项目名称行
import-shape-department = 主管部门/实施单位行
import-shape-header = 表头
import-shape-funds-row = 资金行
import-shape-goal-row = 目标行
import-shape-note = 注释行
import-shape-indicator-row = 指标行

## 说明中列的名称：按表格上的写法。
import-funds-column-initial-budget = 年初预算数
import-funds-column-full-year-budget = 全年预算数
import-funds-column-spent = 全年执行数
import-funds-column-points = 分值
import-funds-column-rate = 执行率
import-funds-column-score = 得分
import-funds-column-reason = 原因
import-column-level1 = 一级指标
import-column-level2 = 二级指标
import-column-level3 = 三级指标
import-column-nature = 指标性质
import-column-target = 年度指标值
import-column-actual = 实际完成值
import-column-points = 分值
import-column-score = 得分
import-column-deduction = 扣分
import-column-deviation = 偏差原因
import-column-unit = 度量单位
import-column-completion = 完成情况

## 标准模板的读取（src/import/grid.rs、grid/aligned.rs）。
import-note-no-shape = 这 { $cells } 个单元格不符合{ $what }的格式，未导入
import-note-title-extra-cells = 标题所在行标题之后的 { $cells } 个单元格未导入：{ $text }
import-note-scoreless-complete = 此模板没有分值、得分列，也没有总分行：读到最后一个完整的指标行即视为整张表
import-note-cut-by-next-form = 表格不完整：总分行之前下一张表已经开始；已导入现有部分
import-note-cut-at-end = 表格不完整：文件在总分行之前结束；已导入现有部分
import-note-year-extra-cells = 年度行有多余的单元格，只读取了第一个；未导入的 { $cells } 个单元格：{ $text }
import-note-project-empty = 项目名称没有填写内容的单元格，按空白读取
import-note-header-swollen-cut = { $field }的值有 { $length } 个字（{ $start }），夹着表上的其他标签或多处换行：一格的名称不会这么长，是把标签之后的文字都读成了一格（文字识别（OCR）的预览页常见）；只取到第一个标签或换行之前，读作{ $read }，请与原表核对
import-note-header-swollen-dropped = { $field }的值有 { $length } 个字（{ $start }），夹着表上的其他标签或多处换行：一格的名称不会这么长，是把标签之后的文字都读成了一格（文字识别（OCR）的预览页常见），其前又没有可用的名称：{ $field }未导入，请与原表核对
import-note-contact-dropped = 表头的{ $label }未导入：{ $value }（案卷文件没有这一项）
import-note-contact-empty = 表头的{ $label }未填写，略过（案卷文件没有这一项）
import-note-header-total = 表头{ $label }为 { $value }，表中没有总分行：读作本表的自评总分
import-note-header-total-differs = 表头{ $label }为 { $value }，与总分行的自评总分 { $total } 不一致：按总分行读取，请与原表核对
import-note-funds-label-in-header = 资金表头在行名的位置写着{ $label }，其下这一行没有行名：读作{ $label }行
import-note-goals-header-cells = 年度总体目标表头有 { $cells } 个单元格，应为 { $expected } 个
import-note-goals-header-beside-label = 年度目标的表头 { $header } 与{ $label }写在同一行：其下各行按年度目标、完成情况读取
import-note-funds-no-rows = 这里是项目资金的表头（年初预算数、全年预算数、全年执行数……），但其下没有读出任何资金行（年度资金总额等）：预算执行率无法计算，执行得分未知；请核对原表的项目资金部分，必要时照原表填写后重新评分
import-note-funds-declared-points = 资金表头写明预算执行为 { $points } 分：按此读作年度资金总额行的分值
import-note-funds-header-unknown = 项目资金表头有 { $cells } 个单元格，且没有一列是已知的列名（应为 8 个单元格）；各行按列的顺序读取
import-note-funds-header-bare = 这一行 { $cells } 只写了资金的列名，前面没有“项目资金”“预算执行情况”之类的标签：按项目资金表头读取，下面各行按这些列读作资金行
import-note-funds-header-none = 项目资金表头没有一列是已知的列名；各行按列的顺序读取
import-note-funds-yuan = 本表金额以元为单位（{ $label }）：按元读取，换算为万元（与其他表的金额一致后再汇总）
import-note-funds-columns = 按表头读取的项目资金列：{ $columns }
import-note-indicators-header-cells = 绩效指标表头有 { $cells } 个单元格，应为 { $expected } 个
import-note-header-run-on = 绩效指标表头这一行与下一行之间没有分隔（表头各列都有文字，行末没有空单元格）：从{ $label }起的 { $cells } 格是下一行，按指标行读取
import-note-indicators-header-absent = 指标行{ $label }之前没有绩效指标的表头（“绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施”一行）：从这一行起按模板的列读作绩效指标，请与原表核对
import-note-indicators-header-unknown = 绩效指标表头有 { $cells } 个单元格，应为 9 个；各行按单元格个数读取
import-note-indicator-columns = 按表头读取的绩效指标列（其他模板）：{ $columns }
import-note-funds-row-cells = 资金行有 { $cells } 个单元格，应为 { $expected } 个；按列的顺序读取：{ $placed }
import-note-funds-row-rate = 资金行有 { $cells } 个单元格，应为 { $expected } 个；{ $rate }带 %，是执行率，不是{ $columns }：按执行率读取，{ $columns }空着（其中行的分值、得分模板不填）：{ $placed }
import-note-funds-row-blank = 资金行有 { $cells } 个单元格，应为 { $expected } 个；按列的顺序读取
import-funds-placed = { $column } { $value }
import-note-funds-label-unknown = 资金行名称{ $label }不是导入程序认识的行名
import-note-points-percent = 分值或得分单元格设成了百分比格式，显示为 { $shown }；分值不会是百分数，按单元格中的数 { $read } 读取
import-note-rate-fraction = 执行率存为数值 { $value }，按 { $read } 读取
import-note-rate-fraction-confirmed = 执行率写作 { $value }，正是全年执行数除以全年预算数（B/A）的值，按 { $read } 读取
import-note-rate-fraction-cut = 执行率写作 { $value }，是全年执行数除以全年预算数（B/A = { $ratio }…）按写出的位数截去多余位数的值，按 { $read } 读取
import-note-funds-total-zero = 年度资金总额行为 0，而其下的本年财政拨款等行填有数额；各行均按原样保留（评分按其中填有金额的各行之和计算，见“年度资金总额为空或为 0”一条）
import-note-goal-one-cell = 目标行只有一个单元格，按预期目标读取
import-note-heading-skipped = { $text }是表格之间的章节标题，不是表的内容，未导入
import-note-heading-text = { $text }是表格之间章节标题下的文字，不是表的内容：记入备注
import-note-indicators-label = { $text }是绩效指标部分的标题行，不是表头：表头按下一行读取
import-note-measures-column = 第 { $column } 列（“{ $header }”）的内容接在同一行的偏差原因之后读取（写作“偏差原因；{ $header }：…”），与模板的一栏相同
import-note-total-cells = 总分行有 { $cells } 个单元格，应为 6 个；非空单元格依次按分值、得分读取
import-note-second-total = 出现第二个总分行，保留后一个
import-note-shares-points = 分值、得分与上一行合并（共用分值，shares_points）
import-note-first-not-shared = 第一个指标{ $level3 }没有分值、得分，读作与上一行合并（共用分值）；但它上面没有指标行可以共用，因此按分值为空读取（请与原表核对这一行的分值、得分）
import-note-row-pair-points = “{ $level3 }”这一行只有 4 格，末尾两个相同的数“{ $points }”读作这一行的分值、得分（实际完成值空缺）：这样{ $against ->
        [total] 各指标分值合计 { $written }，加上资金行的分值正好是总分行的分值
       *[label] “{ $label }”下各行分值合计 { $written }，与标明的分值相符
    }
import-note-row-pair-shared = “{ $level3 }”这一行只有 4 格：末尾两个相同的数“{ $points }”按实际完成值、偏差原因读取，分值、得分按与上一行合并（共用分值）读取{ $against ->
        [label] ；按此“{ $label }”下各行分值合计 { $read }，标明的是 { $written }，两种读法都对不上
        [total] ；按此各指标分值合计 { $read }，总分行（减去资金行分值）是 { $written }，两种读法都对不上
       *[none] {""}
    }；若“{ $points }”是这一行的分值和得分，请在表上补出实际完成值一格
import-note-mapped-row-short = 指标名称之后有 { $cells } 个单元格，表头有 { $width } 列；按列的顺序读取
import-note-deviation-continued = 偏差原因写成了 { $paragraphs } 段：其后的{ $rest }没有指标值或数字、下一格是新的一行，按同一格偏差原因{ $joined }读取
import-note-flat-row-blanks = { $what ->
        [funds] 资金
       *[indicator] 指标
    }行有 { $cells } 个单元格，表头有 { $width } 列：复制时略去的空单元格只能是{ $blanks }（其余单元格按列的顺序读取）：{ $placed }
import-note-unit-joined = 年度指标值{ $target }与度量单位列的{ $unit }合起来按{ $read }读取
import-note-unit-joined-both = 年度指标值{ $target }、实际完成值{ $actual }与度量单位列的{ $unit }合起来按{ $read_target }、{ $read_actual }读取
import-note-unit-joined-actual = 实际完成值{ $actual }与度量单位列的{ $unit }合起来按{ $read }读取
import-note-breakdown-row = { $name }是上一行指标{ $parent }的细项（只有年度指标值和实际值，没有分值和得分）：不作为计分指标，原文记入表格备注（notes）
import-note-parent-row = { $parent }的分值 { $points } 等于下面按编号属于它的 { $children } 的分值之和（得分也相符）：这些行是它的细项，按细项计分，{ $parent }不再单独计分（否则重复计分），原文记入表格备注（notes）
import-note-parent-row-by-position = { $parent }没有编号，但它的分值 { $points } 等于同一二级指标下其后各行 { $children } 的分值之和（得分也相符），去掉它后各项分值之和正好等于总分的分值：推测它是这几行的合计，按细项计分，它不再单独计分，原文记入表格备注（notes）；请与原表核对
import-note-parent-row-unsure = { $children }按编号是{ $parent }的细项，但分值或得分之和与{ $parent }的（分值 { $points }）不相等：不能确定{ $parent }是合计行，各行都按指标计分，分值和得分可能重复计算；请与原表核对这几行
import-note-numbered-parts = { $children }按编号是{ $parent }的细项（没有分值和得分）：不作为计分指标，原文记入表格备注（notes）
import-note-title-date = 表名前面的日期{ $date }是网页的发布日期，不属于表名，未导入
import-note-glued-points-first-row = 连在一起的指标行按分值、年度指标值、全年实际值、得分（表头的顺序）拆分：{ $cells }
import-note-placeholder = 占位行{ $text }没有填写数值，已跳过（不计分）
import-note-level2-none = 二级指标{ $level2 }下的三级指标写的是{ $text }，其余单元格为空：本项目没有这类指标，该行已跳过（不计分）
import-note-empty-indicator-row = 由 { $cells } 个空单元格组成的指标行已跳过
import-note-label-alone = 指标名称{ $label }单独占一行（没有三级指标和数值）：读作下面各行的一级或二级指标
import-note-form-remark = 表头旁印制的说明{ $text }未导入（不含表中数据）
import-note-form-filler = 表头旁所填的填报单位{ $text }未导入（项目的主管部门、实施单位按表中所填读取）
import-note-title-label = 标题{ $title }与表头{ $text }写在同一行：标题单独读作标题，{ $text }读作其后的表头一行
import-note-level2-unknown = 一级指标{ $level1 }之后是{ $second }，不是已知的二级指标名称；按二级指标读取
import-note-labels-unknown = 这 { $cells } 个单元格中没有已知的指标名称；{ $labels ->
        [2] 前两个单元格按一级、二级指标读取
       *[other] 第一个单元格按二级指标读取
    }
import-note-row-five = 指标名称之后有 5 个单元格；依次按三级指标、年度指标值、实际完成值、分值、得分读取（没有偏差原因单元格）
import-note-row-four = 指标名称之后有 4 个单元格；依次按三级指标、年度指标值、实际完成值、偏差原因读取，分值、得分与上一行合并
import-note-row-three = 指标名称之后有 3 个单元格；依次按三级指标、年度指标值、偏差原因读取，实际完成值和分值、得分与上一行合并；合并的实际完成值{ $actual }复制到本行
import-note-row-cut = 指标名称之后有 { $cells } 个单元格；按列的顺序（三级指标、年度指标值）读取，没有分值（该行不完整）
import-note-row-not-applicable = { $level3 }一行只写明不适用，没有指标值和分值：按不适用的指标读取（不参与评分）
import-note-row-short-shared = 指标名称之后有 { $cells } 个单元格；按列的顺序（三级指标、年度指标值）读取，分值、得分与上一行合并
import-note-column-unknown = 第 { $column } 列（{ $header }）不是自评表中的列，其单元格未导入
import-note-vertical-label = 竖排书写、每字一行的标签读作{ $label }
import-note-cell-unnamed-column = 单元格{ $text }在第 { $column } 列，本部分的表头没有这一列，未导入
import-note-labels-only-row = 只有指标名称的指标行（没有三级指标、年度指标值、实际完成值、分值、得分）已跳过
import-note-actual-merged = 实际完成值与上一行合并；合并的实际完成值{ $actual }复制到本行
import-note-value-across = { $from }单元格{ $value }跨{ $from }、{ $to }两列合并：视为一个值写给两列，{ $to }也按{ $value }读取，请与原表核对

## 文字稿的读取（连写文本、分段文本）。
import-note-page-markers = 行首的分页标记（“2、”）已删除，各行连在一起读取
import-note-repeated-header = 重复出现的“绩效指标”表头（分页造成）已删除
import-note-repeated-label = 只有{ $label }一格的一行是跨行合并的单元格在表格分页后再次印出（例如从 PDF 逐页提取的表格）：不是表中的一行，已略去
import-note-remark-dropped = “说明”单元格{ $text }未保留
import-note-glued-next-form = 连写的文本中再次出现表名{ $title }，其后是表头：从此处起读作另一张表
import-note-glued-untitled-form = 上一张表的总分行{ $total }之后紧接着另一个项目{ $next }，中间没有表名：推断为下一张表从此处开始，按表名{ $title }读取
import-note-glued-piece-unread = 连写的文本中从再次出现的表名起的一段没有读出自评表，未导入：{ $text }。请对照原文件核对这一段，或把它另存为单独的文件再导入
import-note-glued-other-form = 连写的文本中出现另一种表的表名{ $title }，其后是表头：从此处起读作另一张表
import-note-glued-other-piece-unread = 连写的文本中从另一种表的表名起的一段没有读出项目自评表，未导入：{ $text }。请对照原文件核对这一段；若是部门整体支出等其他自评表，请另行评价
import-note-glued-unsplit = 粘连的指标文字{ $text }中分不出年度指标值和实际完成值：整段按三级指标读取，两个值留空，请对照原表填写
import-note-glued-figures-split = 连在一起的数字{ $figures }拆分为 { $values }（B / A 等于表中所写的执行率）
import-note-glued-figures-kept = 连在一起的数字{ $figures }无法拆分，按一个单元格保留
import-note-glued-before-title = 已跳过表名前的文字{ $text }
import-note-glued-goals = 连在一起的年度目标文字在第一句后拆分：年度目标{ $expected } / 完成情况{ $actual }
import-note-glued-funds = 连在一起的资金数字{ $figures }拆分为 { $values }（B / A 等于表中所写的执行率）
import-note-glued-funds-reason = 资金行的原因{ $reason }与其后印在表上的填表说明分开读取
import-note-glued-funds-like-total = 连在一起的资金数字{ $figures }与总额行的前几格相同，按总额行拆分为 { $values }
import-note-glued-standard-row = 连在一起的指标行按年度指标值、实际完成值、分值、得分拆分：{ $cells }
import-note-glued-total = 连在一起的总分行数字{ $figures }拆分为 { $values }（分值等于资金与各指标分值之和，得分不大于分值）
import-note-glued-undecided = 连在一起的数字{ $figures }（{ $name }）有不止一种拆法（{ $readings }），无法确定，此后的内容未导入；请在原表中核对后按格填写
import-note-glued-unread-row = 连在一起的{ $figures }（{ $name }，年度指标值 { $target }）拆不出实际完成值、分值、得分，无法确定，此后的内容未导入；请在原表中核对后按格填写
import-note-page-marker = 页码{ $text }是页面上的文字，不是表中的单元格，已略去
import-note-page-header = 分页后重复印出的页眉{ $text }是页面上的文字，不是表中的单元格，已略去
import-note-page-columns = 分页后重复印出的指标表头{ $text }是页面上的文字，不是表中的单元格，已略去
import-note-page-title = 下一页顶端重复印出的表名{ $text }已略去：仍是同一张表，不是新的一张表
import-note-page-top-row = 分页后重复印出的表格首行{ $text }（Excel 的“打印标题”或 Word 的“重复标题行”）是页面上的文字，不是表中的一行，已略去：仍是同一张表
import-note-untitled-form = 没有标题格：从“项目名称”一行起按表体（项目资金和绩效指标的表头、总分行）读作一张自评表，表名按模板记
import-note-untitled-form-sheet = 没有标题格：从“项目名称”一行起按表体（项目资金和绩效指标的表头、总分行）读作一张自评表，表名取自工作表名{ $title }
import-note-untitled-form-guessed = 没有表名：表格从{ $label }一行起，其后有项目资金或绩效指标的表头，推断自评表从这一行开始（起点为推断），表名按模板记作{ $title }；请核对是否漏复制了表名和表头
import-note-page-cut-joined = 被分页断开的单元格{ $first }与{ $second }按一格{ $joined }读取
import-note-page-cut-row = 分页断开了这一行：分页后的{ $pieces }是分页前{ $cells }的最后一行，已接回原处（与上下文一起按一格读取）
import-note-page-cut-row-unplaced = 分页断开了这一行，分页后的{ $pieces }接不回分页前的单元格，按原样读取：这一行的名称和数值可能有误，请对照原件核对
import-note-page-cut-grid-row = 分页把上一行断成了两行（PDF 转成的 Word/Excel 常见）：这一行没有任何数值，各格是上一行各格的后半（{ $joins }），已接回上一行，读作{ $read }
import-note-wrapped-grid-row = 上一行的单元格折行后，折下的文字被分成了单独的一行（由 PDF 转换的表格常见）：这一行只有上一行各格的后半（{ $joins }），已接回上一行，读作{ $read }
import-note-page-cut-pair = { $before }+{ $tail }
import-note-page-cut-label-tail = 一级指标格{ $tail }是被分页断开的{ $label }的后半，按{ $label }读取
import-note-level1-tail = 一级指标格{ $text }不是一级指标的名称，像是被分页断开的名称的后半；按所在的列读作一级指标，这一组的分值可能有误，请对照原件核对
import-note-level1-alone = 单独成行的一级指标{ $label }是跨行合并的一级指标格的文字，与它的各行分开了（多半是分页时）：下面没有一级指标的行按{ $label }读取
import-note-level1-alone-above = 单独成行的一级指标{ $label }是跨行合并的一级指标格的文字，与它的各行分开了（多半是分页时）：上面没有一级指标、二级指标属于{ $label }的行（{ $rows }）和下面没有一级指标的行都按{ $label }读取
import-note-level1-alone-unused = 单独成行的一级指标{ $label }是跨行合并的一级指标格的文字，与它的各行分开了（多半是分页时）：紧接着的下一行写有自己的一级指标，没有哪一行按这一行读取，已略去
import-note-level1-alone-above-only = 单独成行的一级指标{ $label }是跨行合并的一级指标格的文字，与它的各行分开了（多半是分页时）：上面没有一级指标、二级指标属于{ $label }的行（{ $rows }）按{ $label }读取；紧接着的下一行写有自己的一级指标
import-note-level1-alone-last = 单独成行的一级指标{ $label }是跨行合并的一级指标格的文字，与它的各行分开了（多半是分页时）：它下面没有指标行（表在这里结束或被截断），没有哪一行按这一行读取，已略去
import-note-level1-alone-above-last = 单独成行的一级指标{ $label }是跨行合并的一级指标格的文字，与它的各行分开了（多半是分页时）：上面没有一级指标、二级指标属于{ $label }的行（{ $rows }）按{ $label }读取；它下面没有指标行（表在这里结束或被截断）
import-note-row-names = { $level2 } / { $level3 }
import-note-glued-sichuan-row = 连在一起的指标行在指标性质处拆分：{ $cells }（`_` 为空单元格）
import-note-glued-sichuan-reason = 上一行的未完成原因与下一行的三级指标之间没有“。”：{ $text }按未完成原因{ $reason }与三级指标{ $name }读取（在原因常见的结尾词后断开，请核对）
import-note-glued-sichuan-reason-unsplit = 上一行未得满分，但其未完成原因与下一行的三级指标分不开：{ $name }整段按三级指标读取（请核对，其中可能含有原因）
import-note-glued-reason-unsplit = 上一行未达到年度指标值，但其未完成原因与下一行的三级指标分不开：{ $name }整段按三级指标读取（请核对，其中可能含有原因）
import-note-tab-shared-points = { $level3 }的分值、得分为空，上一行有分值，这是 Excel 复制合并单元格的样子：读作与上一行共用分值（合并单元格）
import-note-tab-row-spanned = 从 Word 复制的表格：{ $label }下各行开头的 { $cells } 个空单元格是上方跨行合并的单元格留下的，已略去，其后各格按表头的列读取
import-note-tab-row-rejoined = Word 存为纯文本的表格：一个单元格内有两段文字，段落处断了行：第 { $line } 行开头的 { $after } 接在上一行末格 { $before } 之后，合为一个单元格，该行其余各格随后读取（本行共 { $cells } 个单元格）
import-note-cells-row-spanned = { $label }下各行开头的空单元格（此处 { $cells } 个）是上方跨行合并的单元格留下的（文档转换成的文字每格一行时如此），已略去，其后各格按行读取
import-note-tab-outside-table = { $lines ->
        [1] 这一行文字
       *[other] 从这一行起的 { $lines } 行文字
    }比复制的表格的行窄（表格每行 { $width } 格），不是表格中的行：作为表格之外的文字读取，各行合为一格，记入上面那张表的备注（notes），不按表格的列读取
import-note-cells-joined = 单元格{ $first }与{ $second }按一个单元格{ $joined }读取
import-note-cells-joined-lines = { $count } 个相连的单元格{ $cells }按一个单元格{ $joined }读取：PDF 等在较窄的列中把表头折成了几行
import-note-cell-rejoined = 单元格{ $first }与{ $second }按一个单元格{ $joined }读取：该行的分值、得分后移了一格，说明有一格被分成了两段
import-note-name-wrapped = 三级指标{ $first }与下一行的{ $second }按一个三级指标{ $joined }读取：PDF 在较窄的列中把名称折成了两行（{ $second }不是数值、单位或档次，单独成格会使这一行多出一格）
import-note-value-wrapped = 一格的文字被折成两行：{ $first }与下一行的{ $second }按一格{ $joined }读取（PDF 在较窄的列中把文字折行；分开读会使这一行多出一格，把前半截读成一个多出的指标；合并后年度指标值与实际完成值的文字相同）
import-note-figure-wrapped = 一个数值被折成两行：{ $first }与下一行的{ $second }按一格{ $joined }读取（PDF 在较窄的列中把数值从中间折断；分开读会使这一行多出一格，年度指标值、实际完成值和分值都错一格）

## 未读取的工作表。
import-sheet-too-large = 工作表填有内容的单元格跨 { $rows } 行 × { $columns } 列，超过一张自评表工作表最多 { $max } 个单元格；此工作表未读取（请删除远离表格的零散单元格，或拆分工作表）
import-sheet-merges-overlap = 工作表的合并单元格反复重叠，此工作表未读取
import-note-cut-level2 = 表格在二级指标“{ $level2 }”处中断，其下没有指标行：这一格是二级指标名称，不作为指标导入（其下各行已被截掉）
import-note-cut-row = 表格在“{ $level3 }”这一行中断（其后没有总分行）：{ $shape ->
        [one] 这一格读作三级指标，不计分值
        [two] 这 2 格读作三级指标、年度指标值，不计分值
        [points] 这 4 格按列序读作三级指标、年度指标值、实际完成值、分值（得分被截掉）
        [deviation] 这 4 格读作三级指标、年度指标值、实际完成值、偏差原因，不计分值
       *[three] 这 3 格读作三级指标、年度指标值、实际完成值，不计分值
    }；不与上一行共用分值/得分：缺少的单元格是被截掉的

## 不导入的文件：原因（import-refused 中的原因）。
import-refused-not-xlsx = “{ $file }”不是完整可读的 Excel 工作簿（.xlsx）：请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入（读取程序的原话：`{ $error }`）
import-refused-not-xls = “{ $file }”不是完整可读的 Excel 97–2003 工作簿（.xls）：请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入（读取程序的原话：`{ $error }`）
import-refused-not-spreadsheet-ml = “{ $file }”是 Excel 的 XML 电子表格（2003 XML），但内容不完整或有错，无法读取：请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入（读取程序的原话：`{ $error }`）
import-refused-not-docx = “{ $file }”不是完整可读的 Word 文档（.docx）：请在 Word 或 WPS 中打开，另存为 .docx 后再导入（word/document.xml：`{ $error }`）
import-refused-too-large = 文件大小为 { $size } MB，超过“import”可读取的 { $max } MB：请拆分为较小的文件
import-zip-unreadable = 文件不是可读取的压缩包（xlsx 和 docx 文件都是压缩包）：{ $error }
import-zip-too-many-entries = 压缩包中有 { $entries } 个文件，超过办公文档所需的 { $max } 个
import-zip-entry-unreadable = 无法读取压缩包中的第 { $entry } 个文件：{ $error }
import-zip-entry-unpack = 文件中的“{ $name }”无法解压：{ $error }
import-zip-entry-too-big = 文件中的“{ $name }”解压后超过 { $mb } MB（压缩炸弹，或者不是自评表）；未读取任何内容
import-zip-total-too-big = 压缩包中的文件解压后合计超过 { $mb } MB（压缩炸弹，或者不是自评表）；未读取任何内容
import-zip-entry-missing = 文件中缺少“{ $name }”：{ $error }
import-skipped-page-tables = 跳过不含自评表内容的 { $tables } 个网页表格（共 { $cells } 个单元格的网页文字，如网站导航、页脚）

## Word 文档、网页中自评表的单元格（`source::document_place`，#16）

place-word-document = Word 文档
place-web-page = 网页
place-table-cell = { $document }第 { $table } 个表格第 { $row } 行第 { $column } 列
place-table-row = { $document }第 { $table } 个表格第 { $row } 行
place-outside-tables = { $document }表格外第 { $paragraph } 段

## `import` 所写案卷文件开头的注释（#16 第 4 项）

case-file-origin = jixiao 案卷文件 — { $origin }
case-file-constructed = 测试用构造数据：不是部门填报的自评表
case-file-notes = 注：自评表下方所印的注，照录原文
import-origin = 导入自 { $file } 的第 { $form } 张表
import-origin-generated = 由 `jixiao gen --seed { $seed }` 生成的第 { $form } 张表
import-doc-cells-left-to-right = 旧版 Word 文档（.doc）中有 { $rows } 行表格未记录单元格边线：这些行的单元格按从左到右依次排列，合并单元格可能错位，请核对
import-skipped-document-tables = 跳过自评表下方不含自评表内容的 { $tables } 个文档表格（共 { $cells } 个单元格，如填报人、联系电话、签字、填报说明表）
import-skipped-office-lock = 已跳过“{ $file }”：这是 Excel、WPS 或 Word 打开文件时留下的临时文件（文件名以 ~$ 开头），不是自评表
import-skipped-office-lock-help = 关闭该文件后这个临时文件会自动消失；原文件已照常读取
import-skipped-kind = 已跳过“{ $file }”：文件夹中只读取自评表文件（.xlsx、.xls、.docx、.html、.txt 等）和案卷文件（.toml），这个文件是 .{ $extension } 文件
import-skipped-no-extension = 已跳过“{ $file }”：文件夹中只读取自评表文件（.xlsx、.xls、.docx、.html、.txt 等）和案卷文件（.toml），这个文件没有扩展名
import-skipped-kinds = 已跳过 { $count } 个 .{ $extension } 文件（{ $files } 等）：文件夹中只读取自评表文件（.xlsx、.xls、.docx、.html、.txt 等）和案卷文件（.toml）
import-skipped-kind-help = 如果它确实是自评表，请另存为 .xlsx、.docx 或 .txt，或在命令行上单独写出这个文件（按内容识别）
import-numbering-column = 第 { $column } 列是序号列（“序号”及 1、2、3…），不是自评表的内容，未导入；表格按其右边的各列读取
import-note-funds-spent-rate-swapped = 全年执行数一格写的是“{ $spent }”，执行率一格写的是“{ $rate }”：{ $rate } ÷ 全年预算数 { $budget } 正是 { $spent }，两格前后颠倒，已按全年执行数 { $rate }、执行率 { $spent } 读取
import-skipped-own-report = 已跳过“{ $file }”：这是 jixiao 写出的评分报告，不是自评表
import-skipped-own-report-help = 评分报告最好写到存放自评表的文件夹之外（`--out 其他目录/评分结果.html`）
import-skipped-rule-set = 已跳过文件夹“{ $file }”：其中有 rules.toml，这是一套评分规则，不是自评表或案卷
import-skipped-rule-set-help = 规则用 `--rules 规则文件夹` 指定；要评分的自评表放在别的文件夹，或在命令行上写出自评表所在的文件夹
import-skipped-rule-file = 已跳过“{ $file }”：其中有 [rule_set]，这是规则文件，不是案卷
import-note-side-by-side = 这张表与左边的表并排在同一张工作表（或表格）中（第 { $first } 列至第 { $last } 列）：按它自己的各列单独读取
import-note-continued-heading = { $text }是表格跨页后接续部分的标题（续表），按页面文字略去，不是表中的内容
import-note-site-chrome = { $text }是网站页面自带的文字（手机扫码、打印、关闭等），不是表的内容，已略去
import-note-site-footer = { $text }是网站页面底部的文字（主办单位、网站标识码、备案号等），不是表的内容，已略去
import-note-rowspan-ended = 单元格{ $cell }的合并行数（rowspan）多出 { $rows } 行，延伸进了以{ $row }开头的一行：合并止于这一行之上，这一行按各格原来的列读取
import-note-html-nested-funds = { $label }右边的一格里嵌着一张表格（网页表格中又套了一个表格）：按其 { $rows } 行读作项目资金的表头和各行
import-note-html-nested-funds-unread = { $label }右边的一格里嵌着表格（网页表格中又套了表格），未能按项目资金的表头和各行读取：项目资金未导入，请核对原表
import-quoted-text = { $text }
import-note-extra-column = 第 { $column } 列（{ $header }）是单位加的备注一类栏目，案卷文件没有这一栏：其中 { $cells } 格文字未导入，也不影响分数：{ $texts }
import-note-scoring-column = 第 { $column } 列（{ $header }）是单位自己的评分标准：其中 { $cells } 格文字按行保留为各行的评分标准，不影响分数；某行自评得分与计算得分不一致时，发现中引用该行的评分标准
import-note-untitled-form-header = 没有标题格：从“项目名称”一行起按表体（项目资金和绩效指标的表头、总分行）读作一张自评表，表名取自工作表打印时的页眉{ $title }
import-note-spaced-rows = 每行是表格的一行，格间以空格分隔（网页表格复制出的文字）：按表头和模板拆分各格，各项分值、得分与总分行核对一致后读取
import-note-spaced-funds = 资金行{ $label }只写了 { $count } 格，复制时略去了空单元格：按模板读作{ $blank }为空，请核对
import-note-spaced-level1 = 一级指标的名称没有复制下来（竖排文字丢失），只剩{ $points }：按其下的二级指标{ $level2 }读作{ $level1 }
import-note-spaced-no-values = 指标{ $level3 }只写了分值和得分：年度指标值和实际完成值按空白读取
import-note-spaced-rows-cut = 每行是表格的一行，格间以空格分隔（网页表格复制出的文字）：按表头和模板拆分各格；表格在总分行之前结束，无法与总分行核对，各行都已按模板放好、每项得分不超过分值后读取，请与原表核对
import-note-spaced-scores-below = 这一行只有分值和得分两个数：是上一行的分值和得分（复制时折到了下一行），接在上一行之后读取
import-note-spaced-header-halves = 绩效指标表头的几格折成了两行：上下两半合起来读作{ $columns }
import-note-spaced-joined = 这一行在分值、得分之前有 { $count } 段文字，多于三级指标、年度指标值、实际完成值三列（格内有空格）：按列能容许的唯一拆法读作三级指标{ $level3 }、年度指标值{ $target }、实际完成值{ $actual }，请核对
import-note-spaced-unsplit = 这一行在分值、得分之前有 { $count } 段文字，多于三级指标、年度指标值、实际完成值三列（格内有空格），分不清各格的界线：整段{ $text }读作三级指标，年度指标值和实际完成值按空白读取，这一行的得分未复核，请与原表核对
import-note-indicator-columns-two-rows = 绩效指标表头分两行：第一行的“年度指标值”由第二行的{ $below }组成，按此读取各列：{ $columns }

## 文件夹中未读取的文件：运行结束时的一行，以及报告中的清单（tester s17s F6）。
not-read-summary = 另有 { $count } 个文件{ $partly ->
        [0] 未读取
       *[other] 未读取或有表未评分
    }（{ $files }）：{ $partly ->
        [0] {""}
       *[other] 其中 { $partly } 个文件只有隐藏工作表中的自评表未评分，其余各表已评分；
    }每个文件的原因见上文，报告中也逐一列出
not-read-summary-more = 另有 { $count } 个文件{ $partly ->
        [0] 未读取
       *[other] 未读取或有表未评分
    }（{ $files } 等）：{ $partly ->
        [0] {""}
       *[other] 其中 { $partly } 个文件只有隐藏工作表中的自评表未评分，其余各表已评分；
    }每个文件的原因见上文，报告中也逐一列出
not-read-kind = 文件夹中只读取自评表文件，这个文件是 .{ $extension } 文件，内容也不是工作簿、文档或网页
not-read-no-extension = 这个文件没有扩展名，内容也不是工作簿、文档或网页
not-read-no-forms = 文件已读取，但其中没有找到自评表
not-read-hidden-sheet = 隐藏的工作表{ $sheet }中有 { $count } 张自评表（{ $projects }），没有评分（取消隐藏后重新评分；本文件其余的表已评分）
not-read-title = 未读取的文件
not-read-status = 未读取
not-read-intro = 以下 { $count } 个文件没有评分：相关部门的自评表可能不在本报告中，请逐个处理后重新评分
not-read-file = 文件
not-read-code = 代码
not-read-reason = 原因
import-note-initial-budget-a = 表头{ $header }标明年初预算数就是执行率(B/A)中的 A（北京 2016 年式样，没有全年预算数一栏）：按全年预算数(A)读取，执行率以它为分母
import-note-method-column = 第 { $column } 列（{ $header }）是表上的得分计算方法栏：{ $cells } 格文字照录在此，不参与计分：{ $texts }
import-note-glued-method = 连写的文字中各行“得分计算方法”一栏的 { $count } 段文字照录在此，已从数字之间剔除，不参与计分：{ $texts }
import-note-traditional = 这张表用繁体字写成（网站的简/繁切换）：{ $count } 个表头和栏目名称按简体字识别；项目名称、指标、数值和说明等文字照原样保留
import-note-pinyin = { $count } 个表头和栏目名称旁带有拼音注音（如 { $text }，复制网页时留下的注音）：已去掉拼音后识别；项目名称、指标、数值和说明中的文字照原样保留
import-note-traditional-value = { $column }{ $text }是繁体字写的定性值：按简体字{ $read }与评分规则的定性档次对照
import-column-adjusted = 调整指标值
import-column-coefficient = 得分系数
import-column-core = 是否核心指标
import-column-remark = 评分标准或备注（不计分）
import-column-scoring = 评分标准（不计分）
import-note-adjusted-column = { $header }一列是年中调整后的指标值：填写了的行按调整后的指标值评分（逐行说明），未填或写“无”的行按年初指标值
import-note-coefficient-column = { $header }一列是部门自评的得分系数（指标得分 ÷ 指标权重）：案卷文件没有这一栏，不另存；评分以“指标得分”为部门的自评得分，系数与之不符的行逐行说明
import-note-core-column = { $header }一列标明是否核心指标：案卷文件没有这一栏，未导入，不影响分数；标为核心指标的有 { $count } 项：{ $names }
import-note-adjusted-target = 调整指标值{ $adjusted }代替年初指标值{ $initial }：按调整后的指标值评分
import-note-coefficient-differs = 得分系数 { $coefficient } 不等于指标得分 { $score } ÷ 指标权重 { $points }：以指标得分为部门的自评得分，请与原表核对
import-note-adjusted-goal = 全年(调整)绩效目标已填写：预期目标按调整后的目标{ $adjusted }读取
import-note-funds-unnamed-total = 部门整体表的资金表头下这一行没有行名：它是部门的全部预算，读作年度资金总额行
import-note-named-by-department = 部门整体表没有“部门名称”一行：以表头的主管部门{ $department }作为本表的名称
import-note-listed-complete = 表中没有总分行：表头写有自评总分，执行率权重 { $execution } 分与各项指标权重合计 { $lines } 分共 100 分，表格完整

## The amounts' unit said twice (src/import/grid/yuan.rs, tester s23 A1; s24 the other way round).
import-note-unit-conflict = 表头旁的{ $remark }（{ $remark_at }）说金额以{ $remark_says ->
        [wan] 万元
       *[yuan] 元
    }为单位，资金栏的标签{ $label }（{ $label_at }）却写{ $remark_says ->
        [wan] 元
       *[yuan] 万元
    }，两处矛盾：{ $decision }；请与原表核对
import-unit-conflict-yuan-by-figures = 按元读取、换算为万元——资金数 { $amount } 若按万元读，是本表指标中所写金额 { $reference }（{ $level3 }）的一百倍以上
import-unit-conflict-wan-by-figures = 按万元读取（依{ $by ->
        [remark] 表头旁的说明
       *[label] 资金栏标签
    }）——资金数 { $amount } 与本表指标中所写金额 { $reference }（{ $level3 }）相称
import-unit-conflict-yuan-by-size = 按元读取、换算为万元——资金数 { $amount } 若按万元读即达 10 亿元以上，本表指标中又没有写金额可以比照
import-unit-conflict-wan-by-size = 按万元读取（依{ $by ->
        [remark] 表头旁的说明
       *[label] 资金栏标签
    }）——资金数 { $amount } 按万元读也说得通，本表指标中没有写金额可以比照
import-note-second-project = 表中又有一个项目{ $project }（“项目名称”一行），其后是它自己的“项目资金”表头：一张表里填了两个项目，从这一行起按另一张自评表读取（请部门分成两张表填报）
