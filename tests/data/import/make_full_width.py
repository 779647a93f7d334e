#!/usr/bin/env python3
"""Builds the full-width copies of three real forms (#15 item 2): every digit, `%`, `.`, `(`, `)`
and `:` of the form's text typed in full-width (全角) as a Chinese input method left in
full-width mode writes them (`１５`, `％`, `（万元）`, `：`). The `# Source` line stays as it
was, with how the copy was made added at its end. Both must import and score exactly as the
originals (tests/main/import.rs, full_width_copies_score_as_the_originals).

Run from this folder: python3 make_full_width.py
"""

FULL = {c: chr(ord(c) + 0xFEE0) for c in "0123456789%.():"}


def full_width(text):
    return "".join(FULL.get(c, c) for c in text)


for name in [
    "langfang-shipin-2019-nuantong.txt",
    "chizhou-guichi-tangxi-2022-weituo.txt",
    "hunan-hengshan-liangshi-2020-chubeiliang.txt",
]:
    with open(f"real/{name}", encoding="utf-8") as f:
        source, rest = f.read().split("\n", 1)
    note = " — FULL-WIDTH COPY made by make_full_width.py: the text below in full-width digits and signs"
    with open(f"full-width-{name}", "w", encoding="utf-8") as f:
        f.write(source + note + "\n" + full_width(rest))
