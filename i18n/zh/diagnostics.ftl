# 诊断：规则文件、案例文件与脚本中的问题（docs/diagnostics.md），以及导入时的说明。
# 代码（如 rules::unknown-key）保持英文标识，只翻译文字。

diagnostic-help = 提示：{ $help }

## 导入说明：导入时识别出的、推测的、无法读取的内容。

import-note = { $kind }（{ $place }）：{ $message }
import-kind-recognised = 已识别
import-kind-guessed = 推测
import-kind-unreadable = 无法读取
import-place-line-cell = 第 { $line } 行第 { $cell } 格
import-skipped-before-first-form = 第一张表之前的 { $count } 格文字未导入
import-no-form = 没有找到自评表（没有一格写着“{ $title }”）

## 规则文件：[satisfaction]（#17）

rules-satisfaction-no-names = `names` 没有列出满意度指标名称中的词
rules-satisfaction-no-names-help = 写出满意度指标名称中的词，例如 `names = ["满意度"]`
rules-sample-not-whole = `size = "{ $size }"` 不是整数人数
rules-sample-not-whole-help = 写出有效样本的最少人数，例如 "30"
rules-sample-cap-above-points = `cap = "{ $cap }"` 超过了分值
rules-sample-cap-above-points-help = 写出样本不足时最多可得分值的比例，例如 "80%"
