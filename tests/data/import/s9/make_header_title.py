# Written by tables (s10) for #15, tester s9 F25: notitle.xlsx (the tester's make_notitle.py:
# make_habits.py's form from 项目名称 in A1, the title only in the printed page header) with
# the sheet named `Sheet1` (no title in it) and the page header `附件1` left, the title with
# its year 2023 in the centre, the page number right, so the title can only come from the
# centre of the page header. Under anhui-2023 96.37 / 优, year 2023.
#   python3 make_header_title.py -> header-title.xlsx
import openpyxl
wb = openpyxl.load_workbook('notitle.xlsx')
ws = wb.active
ws.title = 'Sheet1'
ws.oddHeader.left.text = '附件1'
ws.oddHeader.center.text = '项目支出绩效自评表（2023年度）'
ws.oddHeader.center.font = '宋体,加粗'
ws.oddHeader.center.size = 16
ws.oddHeader.right.text = '第 &P 页'
wb.save('header-title.xlsx')
