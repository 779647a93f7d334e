#!/usr/bin/env python3
"""The plain Python reading of a seed-layout text file that issue #15 compares jixiao against.

Standard library only. Splits the text into cells (every `|` closes one), rows (a run of
empty cells on one line ends a row) and forms (the title cell 项目支出绩效自评表), reads each
form's funds row and indicator rows, and scores them by the seed's notes (anhui-2023 without
its scripts): qualitative bands 100-80% / 80-60% / 60-0% (a reported score inside its band
stands), positive indicators actual/target, reverse target/actual, capped at the points; the
execution score is B/A x points rounded half up to a whole point; indicator scores and the total
rounded half up to 2 places.

It is a yardstick for speed, not a second engine: it skips the checks, notes and findings jixiao
makes, and reads only the seed's layout. It prints the number of forms, the sum of their totals
and the time it took:

    python3 scripts/reference_reader.py FILE
"""

import re
import sys
import time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

TITLE = "项目支出绩效自评表"
BANDS = [
    # (words, low, high) as fractions of the points; the first match wins.
    (("未达成", "未完成"), Decimal("0"), Decimal("0.6")),
    (("部分达成", "基本完成", "基本达成", "部分完成"), Decimal("0.6"), Decimal("0.8")),
    (("达成", "完成", "达标", "达到"), Decimal("0.8"), Decimal("1")),
]
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
CENT = Decimal("0.01")
ONE = Decimal("1")


def rows(text):
    """Yields each row of the text as a list of its meaningful cells."""
    row = []
    pending = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped.endswith("|"):
            pending.append(stripped)
            continue
        if len(stripped) >= 2 and stripped.strip("|") == "":
            # A padding run: the row ends.
            if row:
                yield row
                row = []
            continue
        cell = stripped[:-1].strip()
        if pending:
            cell = "\n".join(pending + [cell]).strip()
            pending = []
        if TITLE in cell and row:
            yield row
            row = []
        if TITLE in cell:
            cell = TITLE
        row.append(cell)
    if row:
        yield row


def forms(text):
    """Yields each form as its list of rows."""
    form = None
    for row in rows(text):
        if row[0] == TITLE:
            if form:
                yield form
            form = []
        elif form is not None:
            form.append(row)
    if form:
        yield form


def number(text):
    match = NUMBER.search(text.replace(",", ""))
    if not match:
        return None
    try:
        return Decimal(match.group())
    except InvalidOperation:
        return None


def band(actual):
    for words, low, high in BANDS:
        if any(w in actual for w in words):
            return low, high
    return None


def indicator_score(level2, target, actual, points, reported):
    """The score of one indicator row, or None when it is not scored."""
    if points is None or points == 0 or not actual or "不涉及" in actual:
        return None
    bounds = band(actual)
    if bounds:
        low, high = bounds[0] * points, bounds[1] * points
        if reported is not None and low <= reported <= high:
            return reported
        return high if bounds[1] == ONE else low
    t, a = number(target), number(actual)
    if t is None or a is None:
        return reported
    reverse = any(s in target for s in ("≤", "≦", "不超过", "以内", "以下")) or (
        "成本" in level2 and not any(s in target for s in ("≥", "≧", "以上"))
    )
    if reverse:
        score = points if a <= t else (points * t / a if a else points)
    else:
        score = points if a >= t else (points * a / t if t else points)
    return min(score, points).quantize(CENT, ROUND_HALF_UP)


def score(form):
    """The total of one form: its indicators and its budget execution."""
    total = Decimal(0)
    section = None
    level2 = ""
    execution = None
    for row in form:
        first = row[0]
        if first.startswith("项目资金"):
            section = "funds"
        elif first.startswith("年度绩效指标"):
            section = "indicators"
        elif first == "总分":
            break
        elif section == "funds" and len(row) == 7 and execution is None:
            budget, spent, points = number(row[2]), number(row[3]), number(row[4])
            if budget and points is not None:
                rate = min((spent or 0) / budget, ONE)
                execution = (rate * points).quantize(ONE, ROUND_HALF_UP)
        elif section == "indicators" and len(row) >= 6:
            if len(row) >= 7:
                level2 = row[-7]
            target, actual = row[-5], row[-4]
            points, reported = number(row[-3]), number(row[-2])
            s = indicator_score(level2, target, actual, points, reported)
            if s is not None:
                total += s
    total += execution or 0
    return total.quantize(CENT, ROUND_HALF_UP)


def main():
    start = time.perf_counter()
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    totals = [score(form) for form in forms(text)]
    elapsed = time.perf_counter() - start
    print(f"{len(totals)} forms, sum of totals {sum(totals)}, {elapsed:.3f} s")


if __name__ == "__main__":
    main()
