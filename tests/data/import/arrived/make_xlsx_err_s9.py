# make_wps.py's workbook with Excel error values cached in formula cells: the funds rate cell `=F6/E6` cached `#DIV/0!` (the department typed the budget
# after saving?) and one indicator 得分 `=ROUND(F13/E13*G13,2)` cached `#VALUE!` (target/actual are text). python3 make_xlsx_err.py -> xlsx-err.xlsx
# Expected: the rate recomputed from B/A (90% -> 9) with a note, the #VALUE! 得分 read as unreadable/blank with a note; computed total 96.37 (self-score of that row unknown).
import zipfile, re
zin = zipfile.ZipFile('wps-gonglu.xlsx'); zout = zipfile.ZipFile('xlsx-err.xlsx', 'w', zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    data = zin.read(item.filename)
    if item.filename == 'xl/worksheets/sheet1.xml':
        s = data.decode()
        s = s.replace('<c r="H6" s="1"><f>F6/E6</f><v>0.90000000000000002</v></c>', '<c r="H6" s="1" t="e"><f>F6/E6</f><v>#DIV/0!</v></c>')
        s = re.sub(r'<c r="H13" t="n"><v>13.5</v></c>', '<c r="H13" t="e"><f>ROUND(F13/E13*G13,2)</f><v>#VALUE!</v></c>', s)
        data = s.encode()
    zout.writestr(item, data)
zout.close()
