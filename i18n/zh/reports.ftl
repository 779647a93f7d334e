# 报告：`diff`、`regress`、`watch`，以及表格、CSV、Markdown、HTML、xlsx 输出的标签。
# 代码和 JSON 键名在两种语言中都保持英文。

## 规则变化（`diff`、`watch`、`rules changelog` 的编号列表）

report-changes-none = （无实质变化）
report-changes-note-findings = （* 只影响问题或等级，不影响总分）
report-changes-note-points = （† 仅在 `--points rules` 时影响总分：否则以表中填写的分值为准）
report-interaction-together = 多项变化共同作用
report-interaction-one = 变化 { $change } 与其前各项变化共同作用
report-interaction = 变化 { $changes } 和 { $last } 共同作用

## diff（两套规则对比）

report-diff-title = 规则对比 { $from } → { $to }
report-diff-head = { $from }（{ $from_hash }）→ { $to }（{ $to_hash }）：共 { $cases } 张表，{ $moved } 张总分变动{ $findings }
report-diff-head-findings = ，{ $count } 张的问题有变化
report-diff-changes = 规则变化（按归因顺序）
report-diff-cases = 各表结果
report-diff-grades = 等级变化（行：规则 A，列：规则 B）
report-diff-biggest = 变动最大的表
report-diff-none-moved = （没有总分变动）
report-diff-details = 变动内容及引起变动的规则变化（问题：+ 新增，- 消失）
report-diff-from-change = { $delta } 来自变化 { $change }：{ $text }
report-diff-from-interaction = { $delta } 来自{ $what }
report-diff-finding = 问题 { $sign }{ $code }{ $times }

## watch（监视）

report-watch-no-rules = 没有可用的规则
report-watch-cases = { $count } 张表
report-watch-rescored = 重新评分 { $count } 张
report-watch-unscored = { $count } 张未评分
report-watch-changed-count = 已修改：{ $count } 个文件
report-watch-changed = 已修改：{ $files }
report-watch-kept = 沿用上一个可用版本：{ $files }
report-watch-waiting = 还没有可用的规则：等待修正
report-watch-rule-changes = 规则变化（{ $from } @ { $from_hash } → { $to } @ { $to_hash }）：
report-watch-quiet = 没有变动（重新评分 { $count } 张表）
report-watch-scored = 已评分 { $count } 张表
report-watch-added = 新增：{ $file }  { $total }  { $grade }
report-watch-removed = 移除：{ $file }
report-watch-grades = 等级：{ $grades }
report-watch-moved = 变动：{ $cases } 张表中有 { $moved } 张
report-watch-more-lines = … 另有 { $count } 行
report-watch-more-cases = … 另有 { $count } 张表
report-watch-baseline = 与基准规则 { $id } @ { $hash } 相比：{ $cases } 张表中有 { $moved } 张不同

## regress（往年结果回归）

report-regress-summary = { $corpus }：{ $cases } 张表，{ $changed } 张有变化，{ $added } 张新增，{ $removed } 张移除，{ $unchanged } 张未变{ $accepted }
report-regress-summary-accepted = ；认可 { $count } 张
report-regress-corpus = 案卷批次 { $corpus }（已认可的结果：{ $file }）
report-regress-accepted-mark = —— 已认可
report-regress-moved-by = 变动原因：{ $change }
report-regress-from-change = { $delta } 来自：{ $text }
report-regress-hash-changed = 注意：认可以来规则已修改（哈希 { $old } → { $new }）
report-regress-hash-restamp = 注意：认可以来规则已修改（哈希 { $old } → { $new }），但没有结果变动；可用 `jixiao regress { $corpus } --accept --note "…"` 重新记录
report-coverage-head = { $id }（{ $hash }）的规则覆盖（{ $cases } 张表）：{ $rules } 条规则中用到 { $exercised } 条（{ $percent }%）{ $below }
report-coverage-below = ，低于最低要求 { $min }%
report-coverage-seen = ✓ { $count } 张表
report-coverage-never = ✗ 从未用到
report-coverage-item = { $key } — { $label }（第 { $line } 行）
report-kind-weight = 一级指标权重
report-kind-band = 定性指标档次
report-kind-formula = 定量指标公式
report-kind-bare-target = 未写比较符的年度指标值方向
report-kind-not-applicable = 不适用的指标
report-kind-execution = 预算执行
report-kind-rounding = 取整
report-kind-grade = 等级分数线
