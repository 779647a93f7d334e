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

import-note-full-width = { $written } 使用了全角数字或符号，已按 { $read } 读取{ $more ->
        [0] {""}
       *[other] （另有 { $more } 个单元格同样处理）
    }
import-note-flat-row = { $what ->
        [funds] 资金
       *[indicator] 指标
    }行有 { $cells } 个单元格，表头有 { $width } 列（压平成一行的文本丢掉了空单元格）；已按各单元格的内容放入各列：{ $placed }
import-note-glued-full-width = 文本中 { $count } 个全角数字或符号已按半角读取（“１５”读作“15”）
import-note-glued-indicator = 粘连的指标文字在名称后出现两个值处拆分：{ $level3 } / 年度指标值 { $target } / 实际完成值 { $actual }
import-note-glued-reason = 其后没有数值的文字 { $text } 读作上一行的未完成原因
import-note-flat-blank-target = { $level3 } 一行的分值、得分提前了一格：其年度指标值为空，按空白补回
import-note-flat-deviation = { $level3 } 得分后的单元格 { $text } 读作其偏差原因（下一行的数值位置正好对上）
import-note-cells-per-line = 文本的单元格之间没有空行：每行读作一个单元格（空行为空单元格）
import-note-cells-per-paragraph = 单元格按以空行分隔的段落读取（连续三个空行为一个空单元格）
import-note-rows-rebuilt = “|”单元格没有成串的空单元格（网页表格每行一个单元格）：按内容重建各行，与段落文本相同
import-note-labels-by-count = { $cells } 个单元格对应 { $width } 列：按单元格个数{ $labels ->
        [1] 将第一个单元格读作二级指标
       *[other] 将前两个单元格读作一级、二级指标
    }，而非按其文字识别
