# Forms as they arrive (#15): what the importer says about a file's shape, and the files it
# refuses, naming the file and what to do.

import-column-repeated = column { $column } (`{ $header }`) is read as the same column as column { $kept } (`{ $kept_header }`): column { $kept } is read and this one's cells are left out
import-lines-joined = the { $lines ->
        [one] { $lines } line
       *[other] { $lines } lines
    } of one cell read as one: `{ $text }` (a line break inside a cell of copied text is layout, not words)
import-bare-title-skipped = the title `{ $title }` has no form after it (a table of contents or a heading): skipped, not scored
import-title-rows-unread = none of the { $rows } row(s) after the title `{ $title }` was recognised as a part of a form (header, funds, goals, indicators): skipped, not scored; the templates read include 项目支出绩效自评表, 项目绩效目标自评表 and 部门整体支出绩效自评表: check the labels of the form's parts

## Files refused: what they are and what to do.
import-refused-pdf = this is a PDF file, and jixiao cannot read PDF directly: convert it to a Word or Excel file first and import that (WPS: open the PDF, then "PDF to Word" or "PDF to Excel"; Word 2013 or later: open the PDF in Word and save it as .docx). Do not copy the PDF's text: a table copied out of a PDF has lost its cells and is not read right. If the table has no ruled lines, or the converted file still does not read right, ask the department for the Excel or Word original. If the PDF is a scan (a paper form scanned or photographed), converting gives only pictures: ask for the original as well
import-refused-pdf-scanned = this is a scan: the PDF holds only images and no text, so jixiao cannot read its table, and converting it to Word or Excel gives only the images: ask the department for the form's Excel or Word original, or type the form into Excel and import that
import-refused-pdf-text = line { $line } "{ $text }" holds several cells of the table on one line, separated by spaces: this is text copied out of a PDF (or its preview) — a web page saved or copied as plain text looks the same — whose table has lost its cells — a number wrapped inside a cell ("97.9" and "1" on the next line) cannot be told apart either — so it cannot be read reliably as a form. From a web page: select the whole table on the page and copy it (pasted into Excel or a text file, its cells are parted by tabs) and import that, or save the page as an .html file and import it; from a PDF: convert the original PDF to a Word or Excel file with WPS or Word (WPS: "PDF to Word"; Word: open the PDF and save it as .docx) and import that; or ask the department for the Excel or Word original
import-refused-pdf-columns = line { $line } "{ $text }" shows that this text runs column by column, not row by row (the labels of the table's first column one after another) — it was extracted from a PDF, whose table has lost its cells — so it cannot be read as a form. Convert the original PDF to a Word or Excel file with WPS or Word (WPS: "PDF to Word"; Word: open the PDF and save it as .docx) and import that, or ask the department for the Excel or Word original
import-refused-pdf-order = on line { $line }, "{ $label }" comes after "{ $after }", while the form prints "{ $label }" before "{ $after }" ({ $count } labels are out of their place): this text was extracted from a PDF in the order it was drawn, not the order it is read — a row's cells scattered, the columns one after the other, the numbers no longer beside their labels — so it cannot be read reliably as a form. Convert the original PDF to a Word or Excel file with WPS or Word (WPS: "PDF to Word"; Word: open the PDF and save it as .docx) and import that, or ask the department for the Excel or Word original
import-refused-declaration = line { $line } "{ $text }" shows this is a { $kind ->
        [targets] 绩效目标表 (performance target table): it states only the targets set with the budget
       *[declaration] 绩效目标申报表 (performance target declaration): it states only the targets declared before the year
    }, with no actual values, points or scores, so there is nothing to score. Import the project's (or department's) 自评表 (self-evaluation form) filled in after the year instead
import-refused-blank = the form from line { $line } "{ $text }" has no number filled in (funds, targets, actual values, points, scores and total are all empty): it is an empty template (空白表样) with nothing to score, so it gets no score and no grade. Import the filled-in self-evaluation form instead
import-refused-image = this is a picture (a photo, a screenshot or a scan), and jixiao cannot read a table in a picture: ask the department for the form's Excel or Word original, or type the form into Excel and import that
import-refused-page-breaks = the file holds { $breaks } page breaks and no text: it was extracted from a PDF with no text (a scan). Ask the department for the form's Excel or Word original
import-refused-zip = this is a zip archive holding { $count ->
        [one] { $count } file
       *[other] { $count } files
    } ({ $files }): unzip it first, then import the .xlsx, .docx or text files in it one by one (or score the folder's files)
import-refused-zip-empty = this is a zip archive with no form file in it (.xlsx, .xls, .docx, .html or text): unzip it and look at what it holds
import-refused-ods = this is an OpenDocument spreadsheet (.ods, as WPS or LibreOffice save), which jixiao cannot read directly: open it in WPS, Excel or LibreOffice and save it as .xlsx (Excel workbook), then import that
import-refused-odt = this is an OpenDocument document (.odt, as WPS or LibreOffice save), which jixiao cannot read directly: open it in WPS, Word or LibreOffice and save it as .docx (Word document), then import that
import-refused-rtf = this is an RTF document (Word's, WPS's or a system's “RTF” export), which jixiao cannot read directly: open it in Word or WPS and save it as .docx (Word document), then import that
import-refused-archive = this is a RAR or 7z archive: unpack it first (right-click → extract here), then import the .xlsx, .docx or text files in it
import-refused-doc = this is an old Word document (.doc, Word 97–2003) whose body holds no text (perhaps only pictures or a scan): check that it is the right file; if the table is a picture, ask the sender for the Word or Excel original
import-refused-doc-encrypted = this is an old Word document (.doc) with an opening password, which cannot be read: open it in Word or WPS with the password, remove the password (文件 → 信息 → 保护文档) and save it as .docx, then import that
import-refused-doc-damaged = this is an old Word document (.doc, Word 97–2003), but it is incomplete or damaged and cannot be read: open it in Word or WPS and save it as .docx, then import that; if it does not open, ask the sender for it again (the reader said: `{ $error }`)
import-refused-ole = this is an Office 97–2003 file but neither an Excel workbook nor a Word document: open it in its program and save it as .xlsx or .docx
import-refused-empty = the file is empty ({ $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }, no text at all): it was probably not saved or downloaded completely; get it again and import that
import-refused-encrypted = the file has an opening password (it is encrypted), so it cannot be read: open it in Excel, WPS or Word, remove the password (File → Info → Protect → Encrypt with Password, clear it), save it and import that
import-refused-ole-cut-short = the file is cut short or damaged: it starts as an Office 97–2003 file (.xls or .doc) does, but its directory cannot be read (`{ $error }`); download or copy it again, or open it in Excel or Word and save it as .xlsx or .docx, then import that
import-refused-cut-short = the file is cut short or damaged: it starts as an .xlsx or .docx does, but its table of contents at the end is missing (zip: `{ $error }`); download or copy it again, or open it in Excel or Word and save it again, then import that
import-refused-text-named = the file is named .{ $extension } but holds plain text, not an Excel or Word file: if it is text, rename it to .txt and import that; otherwise open the original in Excel or Word and save it again as .xlsx or .docx
import-refused = `{ $file }` was not imported: { $reason }
import-refused-help = import reads Excel workbooks (.xlsx, .xls), Word documents (.docx, .doc), web pages (.html) and text (UTF-8 or GBK: one cell per paragraph, cells split by tabs, a form on one line, the seed's `|` cells); see docs/import.md, and docs/reliability.md for the size limits
import-no-forms-in-file = no form found in `{ $file }`
import-no-forms-in-file-help = a form starts with its title cell `项目支出绩效自评表` (another template's title such as `项目绩效目标自评表` or `部门整体支出绩效自评表` also does), followed by the form's rows: check that the file holds the form's table and not only its title
import-wrapped-line-joined = a line ending in a comma goes on on the next line (text wrapped inside a cell): read as one cell `{ $text }`

## Single-file web pages (.mht) and e-mails (.eml): MIME containers, the part holding the forms read (s17s F5, F7).
import-mime-page = this is a single-file web page (.mht, a web archive Word or Excel saved): its page decoded ({ $written }) and read as a web page
import-mime-mail-body = this is an e-mail (.eml): its body read ({ $written })
import-mime-mail-attachment = this is an e-mail (.eml): the forms come from its attachment “{ $name }”
import-mime-the-body = the mail's body
import-mime-attachment-unread = the mail's attachment “{ $name }” was not read: { $why }
import-refused-mail-several = this is an e-mail (.eml) with forms in { $count } places ({ $files }): save the attachments into one folder in your mail program and import that folder (jixiao score FOLDER)
import-refused-mail-attachments = this is an e-mail (.eml) in whose body and attachments no form was read ({ $why }): save the attachments in your mail program, open them in Excel or Word to check, save them as .xlsx or .docx if need be, and import them
import-mime-no-form = no form found in it
import-refused-mail-empty = this is an e-mail (.eml) with neither an attachment nor a body to read: if the form is attached, save the attachment in your mail program and import it
import-refused-mht-empty = this is a single-file web page (.mht) without a page in it: open it in Word or a browser, save it as .docx or as a web page (.htm), and import that

## Files written beside a page saved as a web page (s17s F11).
import-refused-frameset = this is the frame page Excel writes when it saves a workbook of several sheets as a web page, and it holds no table: the sheets were saved as { $frames } and the like: import the folder holding this page (jixiao score FOLDER), or open the page in Excel and save it as .xlsx
import-skipped-page-part = skipped “{ $file }”: a helper file of the web page “{ $page }” (Word and Excel write them into the .files folder of the same name when they save as a web page), not a form
import-skipped-page-part-help = the page's tables are read from the page itself (or from an Excel page's sheets, sheet001.htm …)
import-skipped-frameset = skipped “{ $file }”: the frame page of a workbook Excel saved as a web page, which holds no table; its sheets ({ $frames } and the like) are read as files of their own
import-skipped-frameset-help = if the sheets were not read, check that the .files folder of the same name is beside the page
import-refused-hidden-only = the only form is in the hidden sheet { $sheets }, and was not scored: unhide the sheet in Excel or WPS (right-click a sheet tab, choose "Unhide") and score again
import-refused-hidden-all = { $count ->
    [one] the workbook's only form is in the hidden sheets { $sheets }, and was not scored
   *[other] all { $count } forms of the workbook are in the hidden sheets { $sheets }, and were not scored
}: unhide the sheets in Excel or WPS (right-click a sheet tab, choose "Unhide") and score again
import-refused-very-hidden = { $count ->
    [one] the workbook's only form is in the hidden sheets { $sheets }
   *[other] all { $count } forms of the workbook are in the hidden sheets { $sheets }
} (some hidden so deep that only a macro shows them), and not scored: ask the department to unhide them and send the workbook again, then score again
import-hidden-sheet-forms = the hidden sheet { $sheet } of `{ $file }` holds { $count ->
    [one] a form
   *[other] { $count } forms
} ({ $projects }), not scored and not in the reports: unhide the sheet in Excel or WPS (right-click a sheet tab, choose "Unhide") and score again; the file's other forms are scored
import-very-hidden-sheet-forms = the sheet { $sheet } of `{ $file }`, hidden so deep that only a macro shows it, holds { $count ->
    [one] a form
   *[other] { $count } forms
} ({ $projects }), not scored and not in the reports: ask the department to unhide it and send the workbook again, then score again; the file's other forms are scored
import-hidden-sheet-no-project = no project name
import-hidden-sheet-copies = { $count ->
    [one] the form in the hidden sheet { $sheet } ({ $projects }) names the same project as a form on screen
   *[other] the { $count } forms in the hidden sheet { $sheet } ({ $projects }) name the same projects as forms on screen
}: taken as an old version or a copy, not scored; if the hidden one is the form to score, unhide it and score again
