"""Writes blank-beside-filled.xlsx: written for the purpose after the pattern of
tests/data/import/s22/filled-and-blank-pipe.txt (itself after s21/tianchang-unverified-pipe.txt):
a workbook whose first sheet holds the filled 项目支出绩效自评表 and whose second sheet holds
the same template left blank, as a department sends the form with the template it was given.
Run from this folder: python3 make_blank_beside.py (needs openpyxl)."""
import openpyxl

def rows(text):
    out = []
    for line in text.strip("\n").split("\n"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        out.append(cells)
    return out

filled, blank = open("../s22/filled-and-blank-pipe.txt", encoding="utf-8").read().split("\n\n")
book = openpyxl.Workbook()
for ws, text in [(book.active, filled), (book.create_sheet("空白表样"), blank)]:
    if ws.title == "Sheet":
        ws.title = "自评表"
    for r in rows(text):
        if r[0].startswith("说明"):
            continue
        ws.append([float(c) if c.replace(".", "", 1).isdigit() else (c or None) for c in r])
book.save("blank-beside-filled.xlsx")
