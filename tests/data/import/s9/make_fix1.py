# Written by fix1 (s9) for #15, tester s9 F20: the title cell of title-fw.xlsx (the tester's,
# make_title_fw.py) typed the other ways a department types it, everything else unchanged.
#   python3 make_fix1.py -> title-newline.xlsx (Alt+Enter before the year), title-space.xlsx,
#   title-nian.xlsx (`（2024年）`), title-square.xlsx (`【2024年度】`), title-spaced.xlsx
#   (`项 目 支 出 绩 效 自 评 表（2024年度）`). Each 96.37 / 优 under anhui-2023 (make_habits.py).
import openpyxl
for name, title in [
    ('title-newline', '项目支出绩效自评表\n（2024年度）'),
    ('title-space', '项目支出绩效自评表 （2024年度）'),
    ('title-nian', '项目支出绩效自评表（2024年）'),
    ('title-square', '项目支出绩效自评表【2024年度】'),
    ('title-spaced', '项 目 支 出 绩 效 自 评 表（2024年度）'),
]:
    wb = openpyxl.load_workbook('title-fw.xlsx')
    wb.active['A1'] = title
    wb.save(name + '.xlsx')
