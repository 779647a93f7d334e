#!/usr/bin/env python3
"""Builds sichuan-real-flattened.txt (#15 item 1): the real Sichuan form of
real/sichuan-qingshen-fgj-2023-gongzi.txt (cells as `|` lines) flattened onto one line as a web
copy does — the cells in order separated by single spaces, empty cells gone. The `# Source`
line stays, with how the copy was made added at its end. It must import and score as the
tabular original (tests/main/import.rs, real_sichuan_flattened_scores_as_the_tabular_form).

Run from this folder: python3 make_flattened.py
"""

with open("real/sichuan-qingshen-fgj-2023-gongzi.txt", encoding="utf-8") as f:
    source, rest = f.read().split("\n", 1)
cells = [line.rstrip().removesuffix("|").strip() for line in rest.split("\n")]
flat = " ".join(c for c in cells if c)
note = " — FLATTENED COPY made by make_flattened.py: the cells on one line, split at spaces, empty cells gone"
with open("sichuan-real-flattened.txt", "w", encoding="utf-8") as f:
    f.write(source + note + "\n" + flat + "\n")
