# Written by engineer `lines` (s10) for tester s9 F9: s9/sichuan-pdf-tiaojian.txt (the tester's Sichuan PDF copy whose page 2
# starts with 报表编号 / title / year again) with its page marker `- 1 -` lost, as a copy that skips the page footer gives it,
# one cell a line (-nomarker.txt). Hand-worked (sichuan-2023): 95.65 / 优 as the copy with its marker.
# python3 make_heading_s10.py
src = open("../s9/sichuan-pdf-tiaojian.txt", encoding="utf-8").read()
lines = src.split("\n")
assert "- 1 -" in lines
lines.remove("- 1 -")
open("sichuan-pdf-tiaojian-nomarker.txt", "w", encoding="utf-8").write("\n".join(lines))
