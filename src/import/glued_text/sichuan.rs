//! The Sichuan 部门预算项目支出绩效自评表 glued with no separators (#15 item 1), as a
//! document-sharing site's preview shows it: `…预算执行情况(10分)年度预算数(万元)年初预算调整后
//! 预算数…总额238.93251.89251.89100.00%10…产出指标数量指标发放(缴纳)覆盖率=100%60…`.
//!
//! The template's labels cut the text into cells as for the other glued forms; what lies between
//! them is split by what the template fixes:
//!
//! - a funds row's figures: three amounts (年初预算, 调整后预算数 = A, 预算执行数 = B) and the rate
//!   where B / A × 100 is the written rate (two amounts when the 年初预算 was blank), then the
//!   权重 (the points the section header names, `预算执行情况(10分)`) and a 得分 no larger, `/`
//!   cells, and the 原因 text;
//! - an indicator row starts at its 指标性质 (`=`, `≥`, `≤`): the text before it is the 三级指标,
//!   then the 指标值, the 度量单位 (the text up to the next digit) and a run of digits holding the
//!   完成值, 权重 and 得分 — split where the 得分 is what the 完成值 earns under the operator, or
//!   read as the 权重 alone when the form was never filled in; a worded 指标值 written twice
//!   (`显著提升显著提升`) is the target and the actual;
//! - the 合计 row's figures: the form's total points (the two section headers' points added) and
//!   the score.
//!
//! The rows are handed on with every blank cell put back, each split a `guessed` note.

pub(super) mod figures;
mod rows;

use super::{ImportNote, note};
use crate::i18n::msg;
use crate::import::grid::sichuan::{
    CLOSING_LABELS, FUNDS_COLUMNS, FUNDS_ROWS, FUNDS_TITLE, GOAL_COLUMNS, GOAL_HEADINGS,
    HEADER_KEYS, INDICATOR_COLUMNS, INDICATORS_TITLE, TOTAL,
};
use crate::import::grid::{LEVEL1, LEVEL2};
use rust_decimal::Decimal;

/// Where the cutting stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Header,
    Goals,
    FundsColumns,
    Funds,
    IndicatorColumns,
    Indicators,
    End,
}

/// `预算执行`, a level 1 of the templates that score the execution as an indicator row: here
/// it only starts the funds section's title (`预算执行情况`) or a 三级指标 (`预算执行率`), never
/// a label to cut at.
const FUNDS_LEVEL1: &str = "预算执行";

/// The level-1 and level-2 labels cut at (every template's, but [`FUNDS_LEVEL1`]).
fn level_labels() -> impl Iterator<Item = &'static &'static str> {
    LEVEL1
        .iter()
        .chain(LEVEL2.iter())
        .filter(|w| **w != FUNDS_LEVEL1)
}

/// A level-1 label as cut (without its points).
fn is_level1_label(bare: &str) -> bool {
    bare != FUNDS_LEVEL1 && LEVEL1.contains(&bare)
}

/// The 指标性质 an indicator row starts with.
const OPERATORS: [char; 7] = ['=', '≥', '≤', '>', '<', '≧', '≦'];

/// True for glued text of the Sichuan template: its funds columns name the adjusted budget.
pub(super) fn is_sichuan(glued: &str) -> bool {
    glued.contains("调整后预算数") && glued.contains("指标性质")
}

/// Cuts the glued text (from the title on) into rows of cells, blanks put back.
pub(super) fn segment(glued: &str, line: usize, notes: &mut Vec<ImportNote>) -> Vec<Vec<String>> {
    let chars: Vec<char> = glued.chars().collect();
    let text =
        |a: usize, b: usize| -> String { chars.get(a..b).unwrap_or_default().iter().collect() };
    let (title_start, title_end) = title_span(&chars);
    if title_start > 0 {
        notes.push(note(
            line,
            msg!(
                "import-note-glued-before-title",
                text = format!("{:?}", text(0, title_start))
            ),
        ));
    }
    let mut cut = Cut {
        rows: vec![vec![text(title_start, title_end)]],
        part: Part::Header,
        funds_points: None,
        indicator_points: None,
        level1: String::new(),
        level2: String::new(),
        line,
        notes,
    };
    let mut i = title_end;
    while i < chars.len() {
        let Some(len) = cut.label_at(&chars, i) else {
            let mut j = i + 1;
            while j < chars.len() && cut.label_at(&chars, j).is_none() {
                j += 1;
            }
            cut.free_text(&text(i, j));
            i = j;
            continue;
        };
        cut.label(&text(i, i + len));
        i += len;
    }
    cut.rows.retain(|r| !r.is_empty());
    cut.rows
}

/// The title: from `部门预算` (or `项目支出`) to `自评表`, with a parenthesised year after it.
fn title_span(chars: &[char]) -> (usize, usize) {
    let glued: String = chars.iter().collect();
    let at = |b: usize| glued.get(..b).map_or(0, |s| s.chars().count());
    let Some(end) = glued.find("自评表") else {
        return (0, 0);
    };
    let start = ["部门预算", "项目支出", "部门整体"]
        .iter()
        .filter_map(|w| glued.get(..end).and_then(|head| head.rfind(w)))
        .min()
        .unwrap_or(0);
    let mut end = at(end) + 3;
    if chars.get(end) == Some(&'(')
        && let Some(close) = chars.iter().skip(end).take(12).position(|c| *c == ')')
    {
        end += close + 1;
    }
    (at(start), end)
}

/// A label starting with `word` at `i`, with a `(N分)` after it read into it.
fn with_points(chars: &[char], i: usize, word: &str) -> Option<usize> {
    let n = starts(chars, i, word)?;
    let rest = chars.get(i + n..).unwrap_or_default();
    if rest.first() == Some(&'(') {
        let digits = rest
            .iter()
            .skip(1)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if digits > 0 && rest.get(1 + digits..3 + digits) == Some(&['分', ')'][..]) {
            return Some(n + digits + 3);
        }
    }
    Some(n)
}

/// The length of `word` when the text at `i` starts with it.
fn starts(chars: &[char], i: usize, word: &str) -> Option<usize> {
    let n = word.chars().count();
    chars
        .get(i..i + n)
        .is_some_and(|s| s.iter().copied().eq(word.chars()))
        .then_some(n)
}

/// The points a `…(N分)` label names.
fn points_of(label: &str) -> Option<Decimal> {
    let inner = label.rsplit_once('(')?.1.strip_suffix("分)")?;
    inner.parse().ok()
}

/// The rows cut so far and where the cutting stands.
struct Cut<'n> {
    rows: Vec<Vec<String>>,
    part: Part,
    funds_points: Option<Decimal>,
    indicator_points: Option<Decimal>,
    level1: String,
    level2: String,
    line: usize,
    notes: &'n mut Vec<ImportNote>,
}

impl Cut<'_> {
    /// The longest label of the part the cutting is in starting at `i`, by its length.
    fn label_at(&self, chars: &[char], i: usize) -> Option<usize> {
        let plain = |list: &[&str]| list.iter().filter_map(|w| starts(chars, i, w)).max();
        let section_starts = || {
            let funds = with_points(chars, i, FUNDS_TITLE)
                .filter(|n| followed_by(chars, i + n, "年度预算数"));
            let indicators = with_points(chars, i, INDICATORS_TITLE)
                .filter(|n| followed_by(chars, i + n, "一级指标"));
            [
                funds,
                indicators,
                plain(&GOAL_HEADINGS),
                plain(&GOAL_COLUMNS),
            ]
            .into_iter()
            .flatten()
            .max()
        };
        let levels = || {
            level_labels()
                .filter_map(|w| with_points(chars, i, w))
                .max()
        };
        // A closing label takes the colon after it (`项目负责人:`).
        let closing = || {
            CLOSING_LABELS
                .iter()
                .filter_map(|w| starts(chars, i, w))
                .map(|n| n + usize::from(matches!(chars.get(i + n), Some(':' | '：'))))
                .max()
        };
        match self.part {
            Part::Header | Part::Goals => [plain(&HEADER_KEYS), section_starts()]
                .into_iter()
                .flatten()
                .max(),
            Part::FundsColumns => [plain(&FUNDS_COLUMNS), self.funds_row_at(chars, i)]
                .into_iter()
                .flatten()
                .max(),
            Part::Funds => [self.funds_row_at(chars, i), section_starts()]
                .into_iter()
                .flatten()
                .max(),
            Part::IndicatorColumns => [plain(&INDICATOR_COLUMNS), levels()]
                .into_iter()
                .flatten()
                .max(),
            Part::Indicators => [
                levels(),
                starts(chars, i, TOTAL),
                section_starts(),
                starts(chars, i, "一级指标"),
            ]
            .into_iter()
            .flatten()
            .max(),
            Part::End => closing(),
        }
    }

    /// A funds row's label at `i`: followed by figures, `/` or another label, never by more
    /// words (`其他资金包括…` in the template's note is no row).
    fn funds_row_at(&self, chars: &[char], i: usize) -> Option<usize> {
        let n = FUNDS_ROWS
            .iter()
            .filter_map(|w| starts(chars, i, w))
            .max()?;
        let next = chars.get(i + n);
        let ok = next.is_none_or(|c| c.is_ascii_digit() || *c == '/' || *c == '-')
            || FUNDS_ROWS.iter().any(|w| starts(chars, i + n, w).is_some())
            || followed_by(chars, i + n, INDICATORS_TITLE);
        ok.then_some(n)
    }

    /// A label found: where it opens a row, names a column or sets the level labels.
    fn label(&mut self, label: &str) {
        let bare = label.split('(').next().unwrap_or(label);
        match self.part {
            _ if bare == FUNDS_TITLE => {
                self.funds_points = points_of(label);
                self.part = Part::FundsColumns;
                self.rows.push(vec![label.to_owned()]);
            }
            Part::Indicators if bare == INDICATORS_TITLE || label == "一级指标" => {
                // A page break repeats the header: its column names follow and are dropped.
                self.notes
                    .push(note(self.line, msg!("import-note-repeated-header")));
                self.part = Part::IndicatorColumns;
                self.rows.push(Vec::new());
            }
            _ if bare == INDICATORS_TITLE => {
                self.indicator_points = points_of(label);
                self.part = Part::IndicatorColumns;
                self.rows.push(vec![label.to_owned()]);
            }
            Part::FundsColumns | Part::Funds if FUNDS_ROWS.contains(&label) => {
                self.part = Part::Funds;
                self.rows.push(vec![label.to_owned()]);
            }
            Part::IndicatorColumns | Part::Indicators
                if is_level1_label(bare) || LEVEL2.contains(&bare) =>
            {
                if self.part == Part::IndicatorColumns
                    && self.rows.last().is_some_and(Vec::is_empty)
                {
                    self.rows.pop();
                }
                self.part = Part::Indicators;
                // 成本指标 is level 1 in the 2021 central template, level 2 under 产出指标.
                let cost_under_output = bare == "成本指标" && self.level1.starts_with("产出指标");
                if is_level1_label(bare) && !cost_under_output {
                    self.level1 = label.to_owned();
                } else {
                    self.level2 = label.to_owned();
                }
            }
            Part::Indicators if label == TOTAL => {
                self.part = Part::End;
                self.rows.push(vec![label.to_owned()]);
            }
            _ if GOAL_COLUMNS.first() == Some(&label) || GOAL_HEADINGS.contains(&label) => {
                self.part = Part::Goals;
                self.rows.push(vec![label.to_owned()]);
            }
            _ if GOAL_COLUMNS.contains(&label) => {
                if let Some(row) = self.rows.last_mut() {
                    row.push(label.to_owned());
                }
                // The two goal texts follow: a row of their own.
                self.rows.push(Vec::new());
            }
            Part::FundsColumns | Part::IndicatorColumns => {
                if let Some(row) = self.rows.last_mut()
                    && !row.is_empty()
                {
                    row.push(label.to_owned());
                }
            }
            _ => self.rows.push(vec![label.to_owned()]),
        }
    }
}

/// True when `word` starts within a few characters after `i` (a label's `(10分)`, a space).
fn followed_by(chars: &[char], i: usize, word: &str) -> bool {
    (i..i + 8).any(|j| starts(chars, j, word).is_some())
}
