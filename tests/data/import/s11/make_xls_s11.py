"""Writes j1-formula-cached.xls and k1-hidden-row.xls from the s11 user tester's .xlsx files
(tester s11 F3, F8): every cell's value (a formula's saved result, as Excel 97-2003 would
hold it), its number format, the merged regions and the hidden rows and columns, with xlwt.
Run from this folder: python3 make_xls_s11.py"""
import openpyxl
import xlwt

for name in ['j1-formula-cached', 'k1-hidden-row']:
    wb = openpyxl.load_workbook(name + '.xlsx', data_only=True)
    ws = wb.active
    out = xlwt.Workbook()
    sheet = out.add_sheet(ws.title)
    styles = {}
    merged = {(r.min_row, r.min_col): r for r in ws.merged_cells.ranges}
    covered = {(row, col) for r in ws.merged_cells.ranges
               for row in range(r.min_row, r.max_row + 1)
               for col in range(r.min_col, r.max_col + 1)} - set(merged)
    for row in ws.iter_rows():
        for c in row:
            if c.value is None or (c.row, c.column) in covered:
                continue
            fmt = c.number_format or 'General'
            style = styles.setdefault(fmt, xlwt.easyxf(num_format_str=fmt))
            if (c.row, c.column) in merged:
                r = merged[(c.row, c.column)]
                sheet.write_merge(r.min_row - 1, r.max_row - 1, r.min_col - 1, r.max_col - 1, c.value, style)
            else:
                sheet.write(c.row - 1, c.column - 1, c.value, style)
    for r, dim in ws.row_dimensions.items():
        if dim.hidden:
            sheet.row(r - 1).hidden = True
    out.save(name + '.xls')
    print(name + '.xls')
