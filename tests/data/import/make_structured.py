#!/usr/bin/env python3
"""Builds the structured-source fixtures of #15 from the standard template example
(standard-template-example.xlsx, copied from shared/templates: two constructed forms laid out
as departments fill the standard 项目支出绩效自评表 in Excel).

Run from this folder: python3 make_structured.py  (needs openpyxl, xlwt, python-docx)

Writes:
  standard-template-twin.txt  the same two forms as the seed's `|` text (must score the same)
  template-variants.xlsx      表1 with an extra column, a blank row, numbers as text and a
                              formula with its cached value; both forms stacked on one sheet;
                              a hidden sheet; a formula with no cached value
  standard-template.xls       表1 as an Excel 97-2003 workbook
"""
import io
import re
import zipfile

import openpyxl
import xlwt

SRC = "standard-template-example.xlsx"
book = openpyxl.load_workbook(SRC)


def grid(ws):
    """Rows of (column, value) with merged-over cells left out, as a list per sheet row."""
    covered = set()
    for m in ws.merged_cells.ranges:
        for r in range(m.min_row, m.max_row + 1):
            for c in range(m.min_col, m.max_col + 1):
                if (r, c) != (m.min_row, m.min_col):
                    covered.add((r, c))
    rows = []
    for r in range(1, ws.max_row + 1):
        cells = []
        for c in range(1, ws.max_column + 1):
            if (r, c) in covered:
                continue
            v = ws.cell(r, c).value
            cells.append("" if v is None else str(v))
        rows.append(cells)
    return rows


def twin():
    """The seed's layout: one `text |` line per meaningful cell, rows padded to 12 cells.
    The funds rows' empty last column is dropped (the seed's funds rows have 7 cells) and the
    总分 row written as the seed writes it (6 cells)."""
    out = []
    for ws in book.worksheets:
        for cells in grid(ws):
            funds = cells and cells[0].startswith(("项目资金", "年度资金总额", "其中", "上年结转", "其他资金"))
            while funds and cells[-1] == "":
                cells.pop()
            if cells and cells[0] == "总分":
                # 总分 | (empty) | (empty) | points | score | deviation
                cells = ["总分", "", "", cells[2], cells[3], ""]
            if not any(cells):
                continue
            for c in cells:
                out.append(f"{c} |" if c else "|")
            out.append("|" * (12 - len(cells)))
    return "\n".join(out) + "\n"


def copy_form(src, dst, top, extra_column=False, blank_after=None, text_numbers=False):
    """Copies a form sheet into dst from row `top`; returns the next free row."""
    shift = 0
    for r in range(1, src.max_row + 1):
        for c in range(1, src.max_column + 1):
            v = src.cell(r, c).value
            if text_numbers and isinstance(v, (int, float)):
                v = str(v)
            dst.cell(top + r - 1 + shift, c, v)
        if blank_after == r:
            shift += 1
    for m in src.merged_cells.ranges:
        s = 1 if blank_after is not None and m.min_row > blank_after else 0
        dst.merge_cells(
            start_row=top + m.min_row - 1 + s,
            start_column=m.min_col,
            end_row=top + m.max_row - 1 + s,
            end_column=m.max_col,
        )
    if extra_column:
        dst.cell(top + 4 + (0), 11, "备注")
        dst.cell(top + 11 + (1 if blank_after and blank_after < 12 else 0), 11, "备注")
        dst.cell(top + 12 + (1 if blank_after and blank_after < 12 else 0), 11, "已核实")
    return top + src.max_row + shift


def variants():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表1改"
    copy_form(book["表1"], ws, 1, extra_column=True, blank_after=9, text_numbers=True)
    # The reported total as a formula; its cached value is added below.
    ws["H21"] = "=SUM(H14:H20)"
    both = wb.create_sheet("两表")
    nxt = copy_form(book["表2"], both, 1)
    copy_form(book["表1"], both, nxt + 2)
    hidden = wb.create_sheet("隐藏")
    copy_form(book["表1"], hidden, 1)
    hidden.sheet_state = "hidden"
    nocache = wb.create_sheet("未计算")
    copy_form(book["表2"], nocache, 1)
    nocache["H21"] = "=SUM(H13:H20)"
    buf = io.BytesIO()
    wb.save(buf)
    # openpyxl writes no cached values: give 表1改!H21 its value as Excel would have saved it.
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    zout_buf = io.BytesIO()
    with zipfile.ZipFile(zout_buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                text, n = re.subn(
                    r'(<c r="H21"[^>]*>)<f>SUM\(H14:H20\)</f><v\s*/>|(<c r="H21"[^>]*>)<f>SUM\(H14:H20\)</f><v></v>|(<c r="H21"[^>]*>)<f>SUM\(H14:H20\)</f>',
                    lambda m: (m.group(1) or m.group(2) or m.group(3)) + "<f>SUM(H14:H20)</f><v>95.8</v>",
                    text,
                )
                assert n == 1, "formula cell not found"
                data = text.encode()
            zout.writestr(item, data)
    with open("template-variants.xlsx", "wb") as f:
        f.write(zout_buf.getvalue())


def xls():
    src = book["表1"]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("表1")
    done = set()
    for m in src.merged_cells.ranges:
        v = src.cell(m.min_row, m.min_col).value
        ws.write_merge(m.min_row - 1, m.max_row - 1, m.min_col - 1, m.max_col - 1, v)
        for r in range(m.min_row, m.max_row + 1):
            for c in range(m.min_col, m.max_col + 1):
                done.add((r, c))
    for r in range(1, src.max_row + 1):
        for c in range(1, src.max_column + 1):
            v = src.cell(r, c).value
            if (r, c) not in done and v is not None:
                ws.write(r - 1, c - 1, v)
    wb.save("standard-template.xls")


with open("standard-template-twin.txt", "w", encoding="utf-8") as f:
    f.write(twin())
variants()
xls()
