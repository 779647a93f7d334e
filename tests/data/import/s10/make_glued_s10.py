# Written by engineer `lines` (s10) for tester s9 F5: variants of the tester's anhui-glued-2024.txt (copied unchanged here).
# -sum.txt: the first row's actual written without its unit (`≥12座121515`): its digits read as 12 | 15 | 15 or 121 | 51 | 5;
#   only the first makes the points add up to the 总分 row's 100 (98.3 / 优 under anhui-2023, as the original).
# -undecided.txt: the same without its 总分 row: nothing decides, so the form is cut there (no grade, no total of the whole).
# python3 make_glued_s10.py
src = open("anhui-glued-2024.txt", encoding="utf-8").read()
summed = src.replace("运维站点数量≥12座12座1515", "运维站点数量≥12座121515")
assert summed != src
open("anhui-glued-2024-sum.txt", "w", encoding="utf-8").write(summed)
undecided = summed.replace("总分10098.30", "")
assert undecided != summed
open("anhui-glued-2024-undecided.txt", "w", encoding="utf-8").write(undecided)
