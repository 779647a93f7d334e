# Makes the session-16 `cells` inputs from v8a-spent-190.txt (the s13b tester's v8a form,
# tests/data/unknownexec-s14/v8a-excel-tab-funds-blank.txt, with 全年执行数 190 / 190):
#   pasted text: each Excel error value typed as Excel shows it;
#   errors.xlsx: the form as a workbook (openpyxl), then the cells Excel would cache as errors
#   rewritten in the sheet XML the way Excel writes them: <c r="F6" t="e"><f>…</f><v>#DIV/0!</v></c>.
# python3 make_cells_s16.py
import re, zipfile, io
import openpyxl

base = open('v8a-spent-190.txt', encoding='utf-8').read()

def variant(name, old, new):
    assert old in base, old
    open(name, 'w', encoding='utf-8').write(base.replace(old, new))

variant('text-spent-div0.txt', '年度资金总额:\t200\t200\t190\t', '年度资金总额:\t200\t200\t#DIV/0!\t')
variant('text-score-value.txt', '≤200万元\t190万元\t10\t10', '≤200万元\t190万元\t10\t#VALUE!')
variant('text-actual-na.txt', '≥50处\t52处', '≥50处\t#N/A')
variant('text-total-ref.txt', '100\t86', '100\t#REF!')

# `2023.1` under a deadline: January 2023, or a 2023.10 Excel shows so.
variant('text-month-1-both-on-time.txt', '2023年12月底前\t2024年1月', '2023年12月底前\t2023.1')
variant('text-month-1-apart.txt', '2023年12月底前\t2024年1月', '2023年6月底前\t2023.1')

def workbook(text):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = '自评表'
    for r, line in enumerate(text.split('\n'), start=1):
        for c, cell in enumerate(line.split('\t'), start=1):
            if cell == '':
                continue
            try:
                value = int(cell)
            except ValueError:
                try:
                    value = float(cell) if cell.replace('.', '', 1).isdigit() else cell
                except ValueError:
                    value = cell
            ws.cell(row=r, column=c, value=value)
    return wb

# The same as a workbook whose 实际完成值 is the number 2023.1 (a 2023.10 typed into it).
workbook(open('text-month-1-apart.txt', encoding='utf-8').read()).save('month-1-apart.xlsx')

wb = openpyxl.Workbook()
ws = wb.active
ws.title = '自评表'
for r, line in enumerate(base.split('\n'), start=1):
    for c, cell in enumerate(line.split('\t'), start=1):
        if cell == '':
            continue
        try:
            value = int(cell)
        except ValueError:
            value = cell
        ws.cell(row=r, column=c, value=value)
errors = {
    'F6': ('SUM(F7:F9)/0', '#DIV/0!'),
    'F7': ('E7*G7/0', '#DIV/0!'),
    'F13': ('VLOOKUP(D13,台账!A:B,2,FALSE)', '#N/A'),
    'H16': ('ROUND(F16/E16*G16,2)', '#VALUE!'),
}
buf = io.BytesIO()
wb.save(buf)
zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
zout = zipfile.ZipFile('errors.xlsx', 'w', zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    data = zin.read(item.filename)
    if item.filename == 'xl/worksheets/sheet1.xml':
        s = data.decode()
        for ref, (formula, error) in errors.items():
            s, n = re.subn(r'<c r="%s"[^>]*?(/>|>.*?</c>)' % ref,
                           '<c r="%s" t="e"><f>%s</f><v>%s</v></c>' % (ref, formula, error), s)
            assert n == 1, ref
        data = s.encode()
    zout.writestr(item, data)
zout.close()
