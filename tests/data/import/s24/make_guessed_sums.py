"""Writes guessed-sums.xlsx: the two forms of ../standard-template-example.xlsx, each with two
indicator rows whose 分值 and 得分 cells are formatted as percentages, as a department's
workbook may be (a 分值 of 20 typed in a `0%` cell shows `2000%`; the importer reads the 20 the
cell holds and says it guessed, at the cell: tester s9 F3), and a sum that fails:
  表1: 自评总分 written 97.8 where its lines and the execution add up to 95.8 (total-not-sum);
  表2: 总分 分值 written 110 where the lines' 分值 and the execution's add up to 100
       (total-points-not-sum).
The failing sums name the two guessed rows by their indicators (s24 item 5: only tested on
text before). Run from this folder: python3 make_guessed_sums.py (needs openpyxl)."""
import openpyxl

book = openpyxl.load_workbook("../standard-template-example.xlsx")
percent = {"表1": [(13, "0%"), (17, "0.0%")], "表2": [(13, "0%"), (17, "0%")]}
for sheet, rows in percent.items():
    ws = book[sheet]
    for row, shown in rows:
        for column in "GH":
            ws[f"{column}{row}"].number_format = shown
book["表1"]["H20"] = 97.8
book["表2"]["G21"] = 110
book.save("guessed-sums.xlsx")
