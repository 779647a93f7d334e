//! Rows of a form flattened onto one line, whose empty cells are gone (#15): a funds or
//! indicator row with fewer cells than its header names cannot be read in column order (the
//! Sichuan `总额 238.93 251.89 251.89 100.00% 10 1.预算执行率…` has lost its blank 得分, so
//! the note in its 原因 column would be read as the score). What the template fixes places the
//! cells instead: amounts before the rate, points and score plain numbers after it, text in the
//! 原因 column; an indicator's 指标性质 is an operator, its 度量单位 a short unit, its 权重 a
//! plain number after the target. Each reading is reported by the caller as guessed.

use super::Column;
use super::FUNDS_KEYS;

/// Index of the 执行率 column in [`FUNDS_KEYS`] and of the amounts (年初, A, B).
const RATE: usize = 4;
/// Index of the 得分 column in [`FUNDS_KEYS`].
const SCORE: usize = 5;
const AMOUNTS: [usize; 3] = [0, 1, 2];

/// A plain number (points, a score, an amount), in ASCII after the readers' full-width pass.
fn is_plain(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.parse::<rust_decimal::Decimal>().is_ok()
}

/// A placeholder a form writes in a cell that does not apply (`/`, `-`, `--`, `—`): a mark
/// the value parser reads as blank, other than a template's `……` (a placeholder row).
pub(super) fn is_slash(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && !t.contains(['…', '.', '·']) && crate::value::is_blank(t)
}

/// A mark written for an empty cell (#16, tester s7 F1): a slash or dash ([`is_slash`]), or
/// `无` / `不适用` — one empty cell each, never a value of the row around it nor a row's start.
pub(crate) fn is_empty_mark(text: &str) -> bool {
    is_slash(text) || crate::value::parse(text) == crate::value::Value::NotApplicable
}

/// A 分值/得分 cell of a flattened indicator row: a plain number, the number with its unit
/// 分 (`15分` is 15 points, tester s7 F8), or a mark for an empty cell ([`is_empty_mark`]).
pub(crate) fn is_points_cell(text: &str) -> bool {
    let t = text.trim();
    is_plain(t) || t.strip_suffix('分').is_some_and(is_plain) || is_empty_mark(t)
}

/// A 得分 cell of a flattened indicator row: a 分值/得分 cell ([`is_points_cell`]) or full or
/// no marks in words (`满分`, `满分10分`, `不得分`), read by the one parser for score cells
/// ([`crate::value::score`], tester s11c H1): in its place, the row keeps its cells.
pub(crate) fn is_score_cell(text: &str) -> bool {
    is_points_cell(text) || matches!(crate::value::score(text), crate::value::Score::Marks(_))
}

/// An operator cell of a 指标性质 column.
fn is_operator(text: &str) -> bool {
    crate::value::comparator_sign(text).is_some() || matches!(text.trim(), "大于等于" | "小于等于")
}

/// A cell of a 指标性质 column: an operator giving the direction (`≥`, `≤`, `=` …) or the word
/// a template writes there instead — `正向`/`反向`, or the kind of indicator, `定性`/`定量`
/// (Sichuan, Hunan) — never a 三级指标 or a target. The one rule every reader placing cells by
/// content asks (tester s9 F19: `定性` was read as the target, shifting the row's values one
/// column and leaving it unjudged; s10 F7: `定性` and `正向` were read as the next row's 三级指标).
pub(crate) fn is_nature(text: &str) -> bool {
    is_operator(text) || matches!(text.trim(), "定性" | "定量" | "正向" | "反向")
}

/// A unit cell of a 度量单位 column: short, no digits, not a placeholder or an operator.
fn is_unit(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.chars().count() <= 4
        && !t.chars().any(|c| c.is_ascii_digit())
        && !is_slash(t)
        && !is_operator(t)
}

/// The values of a funds row placed under `columns` (indexes into [`FUNDS_KEYS`], the
/// other-column index for 原因/说明), blanks put back; none when the row cannot be placed
/// (no cells, no rate to anchor it, more amounts than amount columns, text with no 原因
/// column).
pub(super) fn funds_by_kind(values: &[String], columns: &[usize]) -> Option<Vec<String>> {
    if values.is_empty() {
        return None;
    }
    let mut out = vec![String::new(); columns.len()];
    let at = |key: usize| columns.iter().position(|&c| c == key);
    let Some(r) = values.iter().position(|v| v.trim().ends_with('%')) else {
        // No rate: a row of placeholders only (`其他资金 / /`) stands in the points and score.
        if !values.iter().all(|v| is_slash(v)) {
            return None;
        }
        let after: Vec<usize> = [3, 5].into_iter().filter_map(at).collect();
        if values.len() > after.len() {
            return None;
        }
        for (v, &c) in values.iter().zip(&after) {
            *out.get_mut(c)? = v.clone();
        }
        return Some(out);
    };
    // Amounts right-aligned under their columns: the initial budget is the one left blank.
    let amounts: Vec<usize> = AMOUNTS.into_iter().filter_map(at).collect();
    let before = values.get(..r)?;
    let skip = amounts.len().checked_sub(before.len())?;
    for (v, &c) in before.iter().zip(amounts.iter().skip(skip)) {
        *out.get_mut(c)? = v.clone();
    }
    *out.get_mut(at(RATE)?)? = values.get(r)?.clone();
    // After the rate: points and score are numbers or placeholders; text is the 原因.
    let mut numbers = [3, 5].into_iter().filter_map(at);
    for v in values.get(r + 1..)? {
        let c = if is_plain(v) || is_slash(v) {
            numbers.next()?
        } else {
            at(FUNDS_KEYS.len())?
        };
        let cell = out.get_mut(c)?;
        if !cell.is_empty() {
            return None;
        }
        *cell = v.clone();
    }
    Some(out)
}

/// The cells of an indicator row after its labels placed under `columns`, blanks put back;
/// none when they cannot all be placed. 三级指标 is the first cell; 指标性质 an operator;
/// 年度指标值 the next cell; 度量单位 a short unit; then, of the plain numbers that follow,
/// one is the 权重 (points), two are 完成值 and 权重 (a form not scored yet), three 完成值,
/// 权重 and 得分; a worded or percent 完成值 stands before them; text after them is the
/// 未完成原因.
pub(super) fn indicator_by_kind(values: &[String], columns: &[Column]) -> Option<Vec<String>> {
    if columns.contains(&Column::Deduction) {
        return None;
    }
    let mut out = vec![String::new(); columns.len()];
    let mut k = 0;
    let mut plain_target = false;
    for (ci, column) in columns.iter().enumerate() {
        let Some(cell) = values.get(k) else {
            break;
        };
        let tail = values.get(k..).unwrap_or(&[]);
        let numbers = tail
            .iter()
            .take_while(|v| is_plain(v) || is_slash(v))
            .count();
        let take = match column {
            Column::Level3 | Column::Target => true,
            Column::Nature => is_nature(cell),
            // A unit stands apart only from a target written as a bare number.
            Column::Unit => plain_target && is_unit(cell),
            Column::Actual if numbers == 0 => tail.len() > 1 || cell.chars().count() <= 12,
            Column::Actual => numbers >= 2,
            Column::Points | Column::Score => numbers > 0,
            Column::Deviation | Column::Remark | Column::Scoring => !is_plain(cell),
            Column::Completion => crate::value::claim(cell) != crate::value::Claim::Other,
            Column::Coefficient => cell.trim().ends_with('%'),
            Column::Core => matches!(cell.trim(), "是" | "否"),
            Column::Level1 | Column::Level2 | Column::Deduction | Column::Adjusted => false,
        };
        if take {
            plain_target = *column == Column::Target && is_plain(cell);
            *out.get_mut(ci)? = cell.clone();
            k += 1;
        }
    }
    (k == values.len()).then_some(out)
}

/// True when a funds row placed by [`funds_by_kind`] could be placed no other way: the cells
/// left blank are only its 得分 (a form not self-scored: the score jixiao computes is its own)
/// and its 原因 (text, no number), or the row holds no number at all — the Sichuan template's
/// `其中` rows (`400.00 360.00 342.00 95.00% / /`, whose 原因 cell is merged into the 总额
/// row's) and its `其他资金 / /` (tester s7 F3, F10: a row the template prints is no guess).
pub(super) fn funds_placed_plainly(
    values: &[String],
    placed: &[String],
    columns: &[usize],
) -> bool {
    values.iter().all(|v| is_slash(v))
        || placed
            .iter()
            .zip(columns)
            .all(|(v, &c)| !v.is_empty() || c == SCORE || c == FUNDS_KEYS.len())
}

/// True when an indicator row placed by [`indicator_by_kind`] could be placed no other way:
/// the cells left blank are only its 得分 (never self-scored), its 未完成原因 (text) and a
/// 度量单位 beside a target that is no bare number (the unit is in the target, and a unit
/// cell is only ever taken after a bare number). The template fixes the rest: 权重 is filled
/// on every row and the 权重 add up to the 绩效指标 points, which scoring checks.
pub(super) fn indicator_placed_plainly(placed: &[String], columns: &[Column]) -> bool {
    let target_plain = columns
        .iter()
        .position(|c| *c == Column::Target)
        .and_then(|i| placed.get(i))
        .is_some_and(|t| is_plain(t));
    placed.iter().zip(columns).all(|(v, c)| {
        !v.is_empty()
            || matches!(c, Column::Score | Column::Deviation)
            || (*c == Column::Unit && !target_plain)
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    /// A 得分 in words stands where a score stands; a 分值 cell never holds them (s11c H1).
    #[test]
    fn score_cells_take_marks_in_words_and_points_cells_do_not() {
        for t in ["10", "15分", "-", "满分", "满分10分", "全部得分", "不得分"] {
            assert!(is_score_cell(t), "{t}");
        }
        for t in ["满分", "不得分", "达成预期指标"] {
            assert!(!is_points_cell(t), "{t}");
        }
        assert!(!is_score_cell("达成预期指标"));
    }

    /// The Sichuan funds header: 年初预算, 调整后预算数, 预算执行数, 预算执行率, 权重, 得分, 原因.
    const SICHUAN: [usize; 7] = [0, 1, 2, 4, 3, 5, 6];

    #[test]
    fn a_funds_row_with_a_blank_score_keeps_its_note_in_the_reason_column() {
        let row = strings(&[
            "238.93",
            "251.89",
            "251.89",
            "100.00%",
            "10",
            "1.预算执行率…",
        ]);
        let placed = funds_by_kind(&row, &SICHUAN).unwrap();
        assert_eq!(
            placed,
            strings(&[
                "238.93",
                "251.89",
                "251.89",
                "100.00%",
                "10",
                "",
                "1.预算执行率…"
            ])
        );
        let slashes = funds_by_kind(&strings(&["/", "/"]), &SICHUAN).unwrap();
        assert_eq!(slashes, strings(&["", "", "", "", "/", "/", ""]));
        // A blank initial budget (money added mid-year): A and B stay under their columns.
        let added = funds_by_kind(&strings(&["80", "72", "90%", "10", "9"]), &SICHUAN).unwrap();
        assert_eq!(added, strings(&["", "80", "72", "90%", "10", "9", ""]));
        assert_eq!(
            funds_by_kind(&strings(&["1", "2", "3", "4"]), &SICHUAN),
            None
        );
    }

    /// #15 item 4: a row of another template whose first cells are no known labels is read
    /// by its cell count, and the note says so.
    #[test]
    fn labels_read_by_the_cell_count_are_said() {
        use crate::import::grid;
        let row = grid::test_row;
        let rows = vec![
            row(&["部门预算项目支出绩效自评表(2023年度)"], 1),
            row(
                &[
                    "一级指标",
                    "二级指标",
                    "三级指标",
                    "指标性质",
                    "指标值",
                    "完成值",
                    "权重",
                    "得分",
                ],
                2,
            ),
            row(
                &["产品类", "数目", "培训人次", "≥", "500", "450", "30", "27"],
                3,
            ),
        ];
        let parsed = grid::read(rows, None);
        let form = parsed.forms.first().unwrap();
        assert!(
            form.notes
                .iter()
                .any(|n| n.message.id() == Some("import-note-labels-by-count")),
            "{:?}",
            form.notes
        );
        assert_eq!(form.indicators.first().unwrap().level1, "产品类");
    }

    /// Tester s7 F3, F10: a placement whose blanks can only be the 得分 and 原因 (or that holds
    /// no number) is no guess; one that left a 完成值 or an amount blank is.
    #[test]
    fn only_blanks_no_number_could_fill_make_a_plain_placement() {
        let funds = |v: &[&str]| {
            let values = strings(v);
            let placed = funds_by_kind(&values, &SICHUAN).unwrap();
            funds_placed_plainly(&values, &placed, &SICHUAN)
        };
        assert!(funds(&[
            "400.00",
            "360.00",
            "342.00",
            "95.00%",
            "10",
            "年中调减"
        ]));
        assert!(funds(&["400.00", "360.00", "342.00", "95.00%", "/", "/"]));
        assert!(funds(&["/", "/"]));
        assert!(!funds(&["80", "72", "90%", "10", "9"]));
        use Column::*;
        let columns = [
            Level3, Nature, Target, Unit, Actual, Points, Score, Deviation,
        ];
        let indicator = |v: &[&str]| {
            let placed = indicator_by_kind(&strings(v), &columns).unwrap();
            indicator_placed_plainly(&placed, &columns)
        };
        assert!(indicator(&["人数", "≥", "1200", "人次", "1260", "20"]));
        assert!(indicator(&[
            "及时率",
            "≥",
            "95",
            "%",
            "90",
            "10",
            "部分延迟。"
        ]));
        assert!(indicator(&[
            "便利度",
            "=",
            "显著提升",
            "显著提升",
            "20",
            "20"
        ]));
        // One number after the target: the 权重, the 完成值 left blank — a guess.
        assert!(!indicator(&["覆盖率", "=", "100", "%", "60"]));
    }

    #[test]
    fn an_indicator_row_is_placed_by_what_its_cells_hold() {
        use Column::*;
        let columns = [
            Level3, Nature, Target, Unit, Actual, Points, Score, Deviation,
        ];
        let read = |v: &[&str]| indicator_by_kind(&strings(v), &columns).unwrap();
        // Not self-scored: the one number after the target is the 权重.
        assert_eq!(
            read(&["覆盖率", "=", "100", "%", "60"]),
            strings(&["覆盖率", "=", "100", "%", "", "60", "", ""])
        );
        // Two numbers: 完成值 and 权重.
        assert_eq!(
            read(&["培训人次", "≥", "500", "人次", "450", "30"]),
            strings(&["培训人次", "≥", "500", "人次", "450", "30", "", ""])
        );
        // A worded actual, a score, a reason; no unit.
        assert_eq!(
            read(&["满意度", "≥", "90%", "达到", "10", "9", "个别不满意"]),
            strings(&["满意度", "≥", "90%", "", "达到", "10", "9", "个别不满意"])
        );
        // The Hunan 指标性质 `定性` is the row's nature, not its target (tester s9 F19).
        let hunan = [Level3, Nature, Target, Actual, Deviation];
        assert_eq!(
            indicator_by_kind(
                &strings(&["农业机械化水平", "定性", "提高", "提高"]),
                &hunan
            ),
            Some(strings(&["农业机械化水平", "定性", "提高", "提高", ""]))
        );
    }
}
