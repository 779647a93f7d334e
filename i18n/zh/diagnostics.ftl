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
