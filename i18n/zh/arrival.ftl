# 表格来件（#15）：导入时对文件形态的说明，以及拒收的文件（写明文件和处理办法）。

import-column-repeated = 第 { $column } 列（“{ $header }”）与第 { $kept } 列（“{ $kept_header }”）读作同一列：按第 { $kept } 列读取，此列的单元格未导入
import-lines-joined = 同一单元格的 { $lines } 行文字按一格读取：“{ $text }”（复制来的文字在单元格内换行只是排版，不是内容）
import-bare-title-skipped = 标题“{ $title }”之后没有表格内容（目录或标题行）：已跳过，不计分
import-title-rows-unread = 标题“{ $title }”之后的 { $rows } 行都没有认出是自评表的哪一部分（表头、项目资金、目标、绩效指标）：已跳过，不计分；认得的表样有项目支出绩效自评表、项目绩效目标自评表、部门整体支出绩效自评表等，请核对表中各部分的栏目名称

## 拒收的文件：是什么文件、该怎么办。
import-refused-pdf = 这是 PDF 文件，jixiao 不能直接读取 PDF：请先把它转成 Word 或 Excel 文件，再导入转换后的文件（WPS：打开 PDF，点“PDF 转 Word”或“PDF 转 Excel”；Word 2013 及以后：直接用 Word 打开这个 PDF，再另存为 .docx）。不要复制 PDF 中的文字：复制出来的表格已经拆散，读不对。表格没有框线、或转换后仍读不对时，请向填报单位索要 Excel 或 Word 原件。若这个 PDF 是扫描件（纸质表扫描或拍照而成），转换后只有图片，也请索要原件
import-refused-pdf-scanned = 这是扫描件：PDF 里只有图片，没有文字，jixiao 读不出其中的表，转换成 Word 或 Excel 也只会得到图片：请向填报单位索要自评表的 Excel 或 Word 原件，或在 Excel 中照表手工录入后再导入
import-refused-pdf-text = 第 { $line } 行“{ $text }”把表格中的几格写在同一行里、用空格隔开：这是从 PDF（或其预览）中复制出来的文字（网页另存为文字、或从网页复制成纯文字时也是这样），表格的格已经拆散，单元格内折行的数字（如“97.9”和下一行的“1”）也分不出来，无法可靠地读成自评表。表格来自网页时：在网页上选中整张表格复制，粘贴到 Excel 或文字文件中（各格以制表符分开）再导入，或把网页另存为 .html 文件导入；来自 PDF 时：请用 WPS 或 Word 把原来的 PDF 转成 Word 或 Excel 文件（WPS：“PDF 转 Word”；Word：直接打开 PDF 另存为 .docx）再导入；也可向填报单位索要 Excel、Word 原件
import-refused-pdf-columns = 从第 { $line } 行“{ $text }”看，这段文字是表格一列一列排下来的（表左栏的标签一个接一个，不是一行一行），是从 PDF 中提取出来的，表格的格已经拆散，无法读成自评表。请用 WPS 或 Word 把原来的 PDF 转成 Word 或 Excel 文件（WPS：“PDF 转 Word”；Word：直接打开 PDF 另存为 .docx）再导入，或向填报单位索要 Excel、Word 原件
import-refused-pdf-order = 第 { $line } 行的“{ $label }”排在“{ $after }”之后，而自评表上“{ $label }”在“{ $after }”之前（这样错位的标签共 { $count } 个）：这段文字是按 PDF 的绘制次序提取的，不是按阅读次序，同一行的各格被拆散、各列先后排出，数字已对不上它的标签，无法可靠地读成自评表。请用 WPS 或 Word 把原来的 PDF 转成 Word 或 Excel 文件（WPS：“PDF 转 Word”；Word：直接打开 PDF 另存为 .docx）再导入，或向填报单位索要 Excel、Word 原件
import-refused-declaration = 第 { $line } 行“{ $text }”表明这是{ $kind ->
        [targets] 绩效目标表：目标表只列出预算安排时定下的绩效目标和指标值，没有实际完成值、分值和得分，没有可评分的内容
       *[declaration] 绩效目标申报表：申报表只列出年初申报的指标值，没有实际完成值、分值和得分，没有可评分的内容
    }。请导入该项目（或部门）年度终了后填报的绩效自评表（如项目支出绩效自评表、部门整体支出绩效自评表）
import-refused-blank = 第 { $line } 行“{ $text }”起的表没有填写任何数字（资金、指标值、实际完成值、分值、得分和总分都是空的）：这是空白表样，没有可评分的内容，不评分、不评等级。请导入填写完成的自评表
import-refused-image = 这是图片（照片、截图或扫描件），jixiao 读不出图片中的表：请向填报单位索要自评表的 Excel 或 Word 原件，或在 Excel 中照表手工录入后再导入
import-refused-page-breaks = 文件里只有 { $breaks } 个分页符，没有文字：这是从没有文字的 PDF（扫描件）中提取出来的。请向填报单位索要自评表的 Excel 或 Word 原件
import-refused-zip = 这是压缩包，内有 { $count } 个文件（{ $files }）：请先解压，再逐个导入其中的 .xlsx、.docx 或文字文件
import-refused-zip-empty = 这是压缩包，其中没有自评表文件（.xlsx、.xls、.docx、.html 或文字文件）：请解压后查看其中的内容
import-refused-ods = 这是 OpenDocument 表格（.ods，WPS 或 LibreOffice 保存的格式），jixiao 不能直接读取：请用 WPS、Excel 或 LibreOffice 打开，另存为 .xlsx（Excel 工作簿）后再导入
import-refused-odt = 这是 OpenDocument 文档（.odt，WPS 或 LibreOffice 保存的格式），jixiao 不能直接读取：请用 WPS、Word 或 LibreOffice 打开，另存为 .docx（Word 文档）后再导入
import-refused-rtf = 这是 RTF 格式的文档（Word、WPS 或业务系统导出的“RTF 格式”），jixiao 不能直接读取：请用 Word 或 WPS 打开，另存为 .docx（Word 文档）后再导入
import-refused-archive = 这是 RAR 或 7z 压缩包：请先解压（右键 → 解压到当前文件夹），再导入其中的 .xlsx、.docx 或文字文件
import-refused-doc = 这是旧版 Word 文档（.doc，Word 97–2003），但正文里没有文字（可能只有图片或扫描件）：请确认文件是否选对；若表格是图片，请向报送单位索要 Word 或 Excel 原件
import-refused-doc-encrypted = 这是设置了打开密码的旧版 Word 文档（.doc），无法读取：请用 Word 或 WPS 输入密码打开，取消密码（文件 → 信息 → 保护文档）后另存为 .docx 再导入
import-refused-doc-damaged = 这是旧版 Word 文档（.doc，Word 97–2003），但文件不完整或已损坏，无法读取：请用 Word 或 WPS 打开，另存为 .docx 后再导入；打不开时请向报送单位重新索要（读取程序的原话：`{ $error }`）
import-refused-ole = 这是 Office 97–2003 文件，但既不是 Excel 工作簿也不是 Word 文档：请用原程序打开，另存为 .xlsx 或 .docx
import-refused-empty = 文件是空的（{ $bytes } 字节，没有任何文字）：多半没有保存完或没有下载完，请重新获取后再导入
import-refused-encrypted = 文件设有打开密码（已加密），无法读取：请在 Excel、WPS 或 Word 中打开，去掉密码（文件 → 信息 → 保护 → 用密码进行加密，清空密码）后保存，再导入
import-refused-ole-cut-short = 文件不完整或已损坏：开头是 Office 97–2003 文件（.xls 或 .doc）的样子，其中的目录却读不出（`{ $error }`），多半是下载或复制时被截断；请重新下载或复制，或在 Excel、Word 中打开后另存为 .xlsx 或 .docx，再导入
import-refused-cut-short = 文件不完整或已损坏：开头是 .xlsx 或 .docx 文件的样子，末尾的目录却缺失（zip：`{ $error }`），多半是下载或复制时被截断；请重新下载或复制，或在 Excel、Word 中打开后重新保存，再导入
import-refused-text-named = 文件扩展名是 .{ $extension }，内容却是纯文字，不是 Excel 或 Word 文件：如果它本来就是文字，请把扩展名改为 .txt 再导入；否则请在 Excel 或 Word 中打开原件，另存为 .xlsx 或 .docx
import-refused = “{ $file }”未导入：{ $reason }
import-refused-help = 可导入 Excel 工作簿（.xlsx、.xls）、Word 文档（.docx、.doc）、网页（.html）和文字文件（UTF-8 或 GBK：每段一格、制表符分隔、整表一行、原始 `|` 分隔文字稿）；见 docs/import.md，大小限制见 docs/reliability.md
import-no-forms-in-file = “{ $file }”中没有找到自评表
import-no-forms-in-file-help = 自评表以标题格“项目支出绩效自评表”开头（其他模板的标题如“项目绩效目标自评表”“部门整体支出绩效自评表”也可），其后是表格各行：请检查文件中是否有表格内容，而不只是标题
import-wrapped-line-joined = 以逗号结尾的一行与下一行是同一格（单元格内的文字折行）：按一格读取“{ $text }”

## 单个文件网页（.mht）和电子邮件（.eml）：MIME 容器，读取其中含表的部分（s17s F5、F7）。
import-mime-page = 这是“单个文件网页”（.mht，Word 或 Excel 另存的网页档案）：已解码其中的网页（{ $written }）后按网页读取
import-mime-mail-body = 这是电子邮件（.eml）：读取邮件正文（{ $written }）
import-mime-mail-attachment = 这是电子邮件（.eml）：表格取自附件“{ $name }”
import-mime-the-body = 邮件正文
import-mime-attachment-unread = 邮件附件“{ $name }”未读取：{ $why }
import-refused-mail-several = 这是电子邮件（.eml），其中 { $count } 处有自评表（{ $files }）：请在邮件程序中把附件保存到同一个文件夹，再导入这个文件夹（jixiao score 文件夹）
import-refused-mail-attachments = 这是电子邮件（.eml），正文和附件中都没有读到自评表（{ $why }）：请在邮件程序中保存附件，用 Excel 或 Word 打开检查，必要时另存为 .xlsx 或 .docx 后导入
import-mime-no-form = 其中没有找到自评表
import-refused-mail-empty = 这是电子邮件（.eml），其中既没有附件，也没有可读的正文：如果自评表在附件中，请在邮件程序中保存附件后导入
import-refused-mht-empty = 这是“单个文件网页”（.mht），其中没有网页部分：请用 Word 或浏览器打开，另存为 .docx 或“网页（.htm）”后导入

## 另存为网页时附带的文件（s17s F11）。
import-refused-frameset = 这是 Excel 把多张工作表的工作簿另存为网页时写的总页（分框架的网页），其中没有表格：各工作表另存在 { $frames } 等文件中：请导入这个网页所在的文件夹（jixiao score 文件夹），或在 Excel 中打开这个网页，另存为 .xlsx 后导入
import-skipped-page-part = 已跳过“{ $file }”：这是网页“{ $page }”另存时附带的文件（Word 或 Excel 另存为网页时写在同名 .files 文件夹中），不是自评表
import-skipped-page-part-help = 网页中的表格从网页本身（或 Excel 网页的各工作表 sheet001.htm 等）读取
import-skipped-frameset = 已跳过“{ $file }”：这是 Excel 另存为网页的多工作表总页（分框架），其中没有表格；各工作表（{ $frames } 等）作为单独的文件读取
import-skipped-frameset-help = 如果工作表没有读到，请检查同名 .files 文件夹是否和网页放在一起
import-refused-hidden-only = 唯一的自评表在隐藏的工作表{ $sheets }中，没有评分：在 Excel 或 WPS 中取消隐藏这张工作表（右击工作表标签，选“取消隐藏”）后重新评分
import-refused-hidden-all = 这个工作簿的 { $count } 张自评表都在隐藏的工作表{ $sheets }中，没有评分：在 Excel 或 WPS 中取消隐藏这些工作表（右击工作表标签，选“取消隐藏”）后重新评分
import-refused-very-hidden = 这个工作簿的 { $count } 张自评表都在隐藏的工作表{ $sheets }中（其中有深度隐藏的，只能用宏显示），没有评分：请部门取消隐藏后重新报送，再重新评分
import-hidden-sheet-forms = “{ $file }”中隐藏的工作表{ $sheet }里有 { $count } 张自评表（{ $projects }），没有评分，不在报告中：在 Excel 或 WPS 中取消隐藏这张工作表（右击工作表标签，选“取消隐藏”）后重新评分；本文件其余的表照常评分
import-very-hidden-sheet-forms = “{ $file }”中深度隐藏（只能用宏显示）的工作表{ $sheet }里有 { $count } 张自评表（{ $projects }），没有评分，不在报告中：请部门取消隐藏后重新报送，再重新评分；本文件其余的表照常评分
import-hidden-sheet-no-project = 未填项目名称
import-hidden-sheet-copies = 隐藏的工作表{ $sheet }里的 { $count } 张自评表（{ $projects }）与屏幕上可见的表项目名称相同，按旧版或副本处理，没有评分；如果要评的正是隐藏的这一份，请取消隐藏后重新评分
