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

use super::{ImportNote, note};
use crate::i18n::msg;
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

const HEADER_KEYS: [&str; 4] = ["项目名称", "主管部门", "实施单位(盖章)", "实施单位"];
const GOAL_HEADINGS: [&str; 3] = [
    "项目基本情况",
    "1.项目年度目标完成情况",
    "2.项目实施内容及过程概述",
];
const GOAL_COLUMNS: [&str; 2] = ["项目年度目标", "年度目标完成情况"];
const FUNDS_TITLE: &str = "预算执行情况";
const FUNDS_COLUMNS: [&str; 8] = [
    "年度预算数(万元)",
    "年初预算",
    "调整后预算数",
    "预算执行数",
    "预算执行率",
    "权重",
    "得分",
    "原因",
];
const FUNDS_ROWS: [&str; 6] = [
    "总额",
    "其中:财政资金",
    "财政资金",
    "财政专户管理资金",
    "单位资金",
    "其他资金",
];
const INDICATORS_TITLE: &str = "绩效指标";
const INDICATOR_COLUMNS: [&str; 10] = [
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "完成值",
    "权重",
    "得分",
    "未完成原因分析",
];
const LEVEL1: [&str; 4] = ["产出指标", "效益指标", "满意度指标", "成本指标"];
const LEVEL2: [&str; 12] = [
    "数量指标",
    "质量指标",
    "时效指标",
    "成本指标",
    "经济效益指标",
    "社会效益指标",
    "生态效益指标",
    "可持续影响指标",
    "服务对象满意度指标",
    "经济成本指标",
    "社会成本指标",
    "生态环境成本指标",
];
const TOTAL: &str = "合计";
const END_LABELS: [&str; 5] = [
    "评价结论",
    "存在问题",
    "改进措施",
    "项目负责人:",
    "财务负责人:",
];
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
            LEVEL1
                .iter()
                .chain(LEVEL2.iter())
                .filter_map(|w| with_points(chars, i, w))
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
            Part::End => plain(&END_LABELS),
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
                if LEVEL1.contains(&bare) || LEVEL2.contains(&bare) =>
            {
                if self.part == Part::IndicatorColumns
                    && self.rows.last().is_some_and(Vec::is_empty)
                {
                    self.rows.pop();
                }
                self.part = Part::Indicators;
                // 成本指标 is level 1 in the 2021 central template, level 2 under 产出指标.
                let cost_under_output = bare == "成本指标" && self.level1.starts_with("产出指标");
                if LEVEL1.contains(&bare) && !cost_under_output {
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

impl Cut<'_> {
    /// Text between two labels: a header or goal cell, a funds row's figures, indicator rows,
    /// the 合计 figures.
    fn free_text(&mut self, run: &str) {
        match self.part {
            Part::Funds => {
                let total = self
                    .rows
                    .last()
                    .and_then(|r| r.first())
                    .is_some_and(|l| l == "总额");
                let cells = self.split_funds(run, total);
                if let Some(row) = self.rows.last_mut() {
                    row.extend(cells);
                }
            }
            Part::Indicators => {
                for row in self.split_indicators(run) {
                    let mut full = vec![self.level1.clone(), self.level2.clone()];
                    full.extend(row);
                    self.rows.push(full);
                }
            }
            Part::End if self.rows.last().is_some_and(|r| r == &[TOTAL]) => {
                let points = self
                    .funds_points
                    .zip(self.indicator_points)
                    .map(|(a, b)| a + b);
                let cells = split_total(run, points);
                if let Some(row) = self.rows.last_mut() {
                    row.extend(cells);
                }
            }
            Part::Goals if self.rows.last().is_some_and(Vec::is_empty) => {
                let (expected, actual) = split_goals(run);
                if !actual.is_empty() {
                    self.notes.push(note(
                        self.line,
                        msg!(
                            "import-note-glued-goals",
                            expected = format!("{expected:?}"),
                            actual = format!("{actual:?}")
                        ),
                    ));
                }
                if let Some(row) = self.rows.last_mut() {
                    row.extend([expected, actual]);
                }
            }
            // After 合计: the 评价结论 … texts, each a row as the notes under a form are.
            Part::End => self.rows.push(vec![run.to_owned()]),
            _ => {
                if let Some(row) = self.rows.last_mut() {
                    row.push(run.to_owned());
                }
            }
        }
    }

    /// A funds row's figures: 年初预算, A, B, the rate, 权重, 得分 and 原因, blanks put back.
    fn split_funds(&mut self, run: &str, total: bool) -> Vec<String> {
        let (figures, rest) = match run.find('%') {
            Some(at) => (run.get(..at).unwrap_or(""), run.get(at + 1..).unwrap_or("")),
            None if run.starts_with(|c: char| c.is_ascii_digit()) => {
                self.notes.push(note(
                    self.line,
                    msg!(
                        "import-note-glued-figures-kept",
                        figures = format!("{run:?}")
                    ),
                ));
                return vec![run.to_owned()];
            }
            None => ("", run),
        };
        let mut cells = match figures {
            "" => vec![String::new(); 4],
            _ => match split_amounts(figures) {
                Some(amounts) => {
                    self.notes.push(note(
                        self.line,
                        msg!(
                            "import-note-glued-funds",
                            figures = format!("{figures:?}"),
                            values = amounts
                                .iter()
                                .filter(|a| !a.is_empty())
                                .cloned()
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                    amounts
                }
                None => {
                    self.notes.push(note(
                        self.line,
                        msg!(
                            "import-note-glued-figures-kept",
                            figures = format!("{figures:?}")
                        ),
                    ));
                    vec![
                        String::new(),
                        String::new(),
                        String::new(),
                        format!("{figures}%"),
                    ]
                }
            },
        };
        let points = if total {
            self.funds_points.or(Some(Decimal::TEN))
        } else {
            None
        };
        cells.extend(split_points_score(rest, points));
        cells
    }

    /// An indicator run cut into rows at their 指标性质: 三级指标, 指标性质, 指标值, 度量单位,
    /// 完成值, 权重, 得分, 未完成原因分析.
    fn split_indicators(&mut self, run: &str) -> Vec<Vec<String>> {
        let chars: Vec<char> = run.chars().collect();
        let text =
            |a: usize, b: usize| -> String { chars.get(a..b).unwrap_or_default().iter().collect() };
        let ops: Vec<usize> = (0..chars.len())
            .filter(|&k| chars.get(k).is_some_and(|c| OPERATORS.contains(c)))
            .filter(|&k| k == 0 || chars.get(k - 1).is_none_or(|c| !OPERATORS.contains(c)))
            .collect();
        if ops.is_empty() {
            return vec![vec![run.to_owned()]];
        }
        let total = self.indicator_points.unwrap_or(Decimal::ONE_HUNDRED);
        let mut rows = Vec::new();
        let mut start = 0;
        for (n, &op) in ops.iter().enumerate() {
            let next = ops.get(n + 1).copied().unwrap_or(chars.len());
            let mut after = op;
            while chars.get(after).is_some_and(|c| OPERATORS.contains(c)) {
                after += 1;
            }
            let level3 = text(start, op);
            let values = text(after, next);
            let (mut row, tail) = read_values(&text(op, after), &values, total);
            // The text after the figures: this row's 未完成原因 when the run ends, else the next
            // row's 三级指标 — after the last sentence end in it, when it has one.
            let (reason, name) = if n + 1 == ops.len() {
                (tail, String::new())
            } else {
                match tail.rfind(['。', ';', ';', '!']) {
                    Some(at) => {
                        let cut = at
                            + tail
                                .get(at..)
                                .and_then(|t| t.chars().next())
                                .map_or(0, char::len_utf8);
                        (
                            tail.get(..cut).unwrap_or("").to_owned(),
                            tail.get(cut..).unwrap_or("").to_owned(),
                        )
                    }
                    None => (String::new(), tail),
                }
            };
            row.insert(0, level3);
            row.push(reason);
            self.notes.push(note(self.line, split_message(&row)));
            rows.push(row);
            // The next row's 三级指标 starts after this row's figures.
            start = next - name.chars().count();
        }
        rows
    }
}

/// The note on an indicator row split from glued text: where every cell went.
fn split_message(row: &[String]) -> crate::i18n::Message {
    let cells: Vec<String> = row
        .iter()
        .map(|c| match c.is_empty() {
            true => "_".to_owned(),
            false => format!("{c:?}"),
        })
        .collect();
    msg!("import-note-glued-sichuan-row", cells = cells.join(", "))
}

/// The goal texts glued: expected and actual, split after the first sentence end that more text
/// follows.
fn split_goals(run: &str) -> (String, String) {
    let at = run
        .char_indices()
        .find(|(i, c)| "。;;!".contains(*c) && i + c.len_utf8() < run.len())
        .map(|(i, c)| i + c.len_utf8());
    match at {
        Some(at) => (
            run.get(..at).unwrap_or("").to_owned(),
            run.get(at..).unwrap_or("").to_owned(),
        ),
        None => (run.to_owned(), String::new()),
    }
}

/// The 合计 figures: the form's points (when known and written first) and its score.
fn split_total(run: &str, points: Option<Decimal>) -> Vec<String> {
    if let Some(p) = points.map(|p| p.normalize().to_string())
        && let Some(score) = run.strip_prefix(&p)
        && (score.is_empty() || number(score).is_some())
    {
        return vec![p, score.to_owned()];
    }
    vec![run.to_owned()]
}

/// Splits amounts glued before a rate (`238.93251.89251.89100.00`) into 年初预算, A, B and the
/// rate: three amounts where B / A × 100 is within 0.5 of the rate (A and B 0 with a rate of
/// 0), else two (the 年初预算 blank), amounts written with as many decimals first.
fn split_amounts(figures: &str) -> Option<Vec<String>> {
    let mut found: Vec<(usize, Vec<&str>)> = Vec::new();
    for count in [4, 3] {
        for parts in splits(figures, count) {
            let n = parts.len();
            let value = |k: usize| parts.get(k).and_then(|t| number(t));
            let (Some(a), Some(b), Some(r)) = (value(n - 3), value(n - 2), value(n - 1)) else {
                continue;
            };
            let fits = match a.is_zero() {
                true => b.is_zero() && r.is_zero(),
                false => b
                    .checked_mul(Decimal::ONE_HUNDRED)
                    .and_then(|p| p.checked_div(a))
                    .is_some_and(|c| (c - r).abs() <= Decimal::new(5, 1)),
            };
            if !fits {
                continue;
            }
            // Amounts written with as many decimals, and money spent, read more likely.
            let places: Vec<usize> = parts
                .iter()
                .take(n - 1)
                .map(|p| p.split('.').nth(1).map_or(0, str::len))
                .collect();
            let uneven = usize::from(places.windows(2).any(|w| w.first() != w.last()));
            let nothing_spent = usize::from(b.is_zero() && !a.is_zero());
            found.push((uneven + nothing_spent, parts));
        }
    }
    // The first best: four cells before three (the 年初预算 blank).
    let (_, parts) = found.into_iter().min_by_key(|(penalty, _)| *penalty)?;
    let mut cells: Vec<String> = parts.iter().map(|p| (*p).to_owned()).collect();
    if cells.len() == 3 {
        cells.insert(0, String::new());
    }
    if let Some(rate) = cells.last_mut() {
        rate.push('%');
    }
    Some(cells)
}

/// The cells after a funds row's rate: 权重, 得分 (each a number or `/`) and the 原因 text.
/// `points`: the 权重 the row must have (the 总额 row's, from the section header).
fn split_points_score(rest: &str, points: Option<Decimal>) -> Vec<String> {
    let mut cells = Vec::new();
    let mut rest = rest;
    for k in 0..2 {
        if let Some(r) = rest.strip_prefix('/') {
            cells.push("/".to_owned());
            rest = r;
            continue;
        }
        let lead = leading_number(rest);
        let take = match (k, points) {
            (0, Some(p)) => {
                let p = p.normalize().to_string();
                rest.starts_with(&p).then_some(p.len())
            }
            (1, Some(p)) => {
                lead.filter(|n| rest.get(..*n).and_then(number).is_some_and(|s| s <= p))
            }
            _ => lead,
        };
        match take {
            Some(n) => {
                cells.push(rest.get(..n).unwrap_or("").to_owned());
                rest = rest.get(n..).unwrap_or("");
            }
            None => cells.push(String::new()),
        }
    }
    cells.push(rest.to_owned());
    cells
}

/// The length of the number `text` starts with — not an enumeration's `1.` before words.
fn leading_number(text: &str) -> Option<usize> {
    let mut end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    while end > 0 && number(text.get(..end).unwrap_or("")).is_none() {
        end -= 1;
    }
    // `1.预算执行率…`: the number of a numbered note, not a figure.
    let enumeration = text.get(end..).is_some_and(|t| t.starts_with('.'));
    (end > 0 && !enumeration).then_some(end)
}

/// The values after an indicator's 指标性质 (`100%60`, `120公里1182019.67两段…`, `显著提升显著
/// 提升2020`): the 指标性质, 指标值, 度量单位, 完成值, 权重 and 得分, and the text after them.
fn read_values(op: &str, values: &str, total: Decimal) -> (Vec<String>, String) {
    let digits_end = |t: &str| {
        t.find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(t.len())
    };
    let target_len = digits_end(values);
    let (target, unit, after_unit) = if target_len > 0 {
        let target = values.get(..target_len).unwrap_or("");
        let rest = values.get(target_len..).unwrap_or("");
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let unit = rest.get(..unit_len).unwrap_or("");
        match unit.chars().count() <= 4 {
            true => (target, unit, rest.get(unit_len..).unwrap_or("")),
            false => (target, "", rest),
        }
    } else {
        let word_len = values
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(values.len());
        (
            values.get(..word_len).unwrap_or(""),
            "",
            values.get(word_len..).unwrap_or(""),
        )
    };
    let figures_len = digits_end(after_unit);
    let (figures, tail) = after_unit.split_at(figures_len);
    // A worded target written twice is the target and the actual (`显著提升显著提升`).
    let worded = target_len == 0;
    let (target, mut actual) = match worded {
        true => halves(target),
        false => (target.to_owned(), String::new()),
    };
    let (points, score) = match (worded, number(target.as_str())) {
        (false, Some(t)) => {
            let (a, p, s) = split_figures(figures, op, t, total);
            actual = a;
            (p, s)
        }
        _ => split_points_pair(figures, total),
    };
    let row = vec![
        op.to_owned(),
        target,
        unit.to_owned(),
        actual,
        points,
        score,
    ];
    (row, tail.to_owned())
}

/// A worded cell written twice (`显著提升显著提升`) as its two halves; else the whole and blank.
fn halves(text: &str) -> (String, String) {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    if n >= 2 && n.is_multiple_of(2) && chars.get(..n / 2) == chars.get(n / 2..) {
        let half: String = chars.get(..n / 2).unwrap_or_default().iter().collect();
        return (half.clone(), half);
    }
    (text.to_owned(), String::new())
}

/// A run of digits after a numeric target: 完成值, 权重, 得分 where the 得分 is what the 完成值
/// earns (`1182019.67` → 118, 20, 19.67 against ≥120); else the 权重 alone (a form never
/// filled in); else 完成值 and 权重, or 权重 and 得分.
fn split_figures(
    figures: &str,
    op: &str,
    target: Decimal,
    total: Decimal,
) -> (String, String, String) {
    let owned = |parts: &[&str], k: usize| parts.get(k).map_or(String::new(), |p| (*p).to_owned());
    let fits = |p: Decimal| p > Decimal::ZERO && p <= total;
    for parts in splits(figures, 3) {
        let (Some(a), Some(p), Some(s)) = (
            parts.first().and_then(|t| number(t)),
            parts.get(1).and_then(|t| number(t)),
            parts.get(2).and_then(|t| number(t)),
        ) else {
            continue;
        };
        if fits(p)
            && s <= p
            && earns(op, target, a, p)
                .is_some_and(|e| (e - s).abs() <= Decimal::new(1, 2) || e.round() == s)
        {
            return (owned(&parts, 0), owned(&parts, 1), owned(&parts, 2));
        }
    }
    if number(figures).is_some_and(fits) {
        return (String::new(), figures.to_owned(), String::new());
    }
    for parts in splits(figures, 2) {
        let (Some(a), Some(p)) = (
            parts.first().and_then(|t| number(t)),
            parts.get(1).and_then(|t| number(t)),
        ) else {
            continue;
        };
        let near = a >= target / Decimal::TWO && a <= target * Decimal::TWO;
        if fits(p) && near {
            return (owned(&parts, 0), owned(&parts, 1), String::new());
        }
    }
    let (p, s) = split_points_pair(figures, total);
    (String::new(), p, s)
}

/// What `actual` earns of `points` under the operator: in proportion, never above the points.
fn earns(op: &str, target: Decimal, actual: Decimal, points: Decimal) -> Option<Decimal> {
    let ratio = match op {
        "≤" | "≦" | "<" => match actual.is_zero() {
            true => Some(Decimal::ONE),
            false => target.checked_div(actual),
        },
        _ if target.is_zero() => Some(Decimal::ONE),
        _ => actual.checked_div(target),
    }?;
    points
        .checked_mul(ratio.min(Decimal::ONE))
        .map(|e| e.round_dp(2))
}

/// A run of digits after a worded value: 权重 and 得分 (`2020` → 20, 20), or the 权重 alone.
fn split_points_pair(figures: &str, total: Decimal) -> (String, String) {
    if figures.is_empty() {
        return (String::new(), String::new());
    }
    if number(figures).is_some_and(|p| p > Decimal::ZERO && p <= total) {
        return (figures.to_owned(), String::new());
    }
    for parts in splits(figures, 2) {
        if let (Some(p), Some(s)) = (
            parts.first().and_then(|t| number(t)),
            parts.get(1).and_then(|t| number(t)),
        ) && p <= total
            && s <= p
        {
            return (parts[0].to_owned(), parts[1].to_owned());
        }
    }
    (figures.to_owned(), String::new())
}

/// A number as a form writes one: digits with at most one point, no leading zero (`05`).
fn number(text: &str) -> Option<Decimal> {
    let leading_zero = text.len() > 1 && text.starts_with('0') && !text.starts_with("0.");
    if text.is_empty() || leading_zero || text.starts_with('.') || text.ends_with('.') {
        return None;
    }
    if !text.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    text.parse().ok()
}

/// Every way to cut `figures` into `count` numbers, in order of the first number's length.
fn splits(figures: &str, count: usize) -> Vec<Vec<&str>> {
    // Only a short run of digits and points is cut (every byte one character).
    let figure = |c: char| c.is_ascii_digit() || c == '.';
    if count == 0 || figures.len() > 40 || !figures.chars().all(figure) {
        return Vec::new();
    }
    if count == 1 {
        return match number(figures) {
            Some(_) => vec![vec![figures]],
            None => Vec::new(),
        };
    }
    let mut out = Vec::new();
    for at in 1..figures.len() {
        let (head, tail) = figures.split_at(at);
        if number(head).is_none() {
            continue;
        }
        for mut rest in splits(tail, count - 1) {
            rest.insert(0, head);
            out.push(rest);
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn funds_figures_split_where_b_over_a_is_the_rate() {
        assert_eq!(
            split_amounts("238.93251.89251.89100.00").unwrap(),
            ["238.93", "251.89", "251.89", "100.00%"]
        );
        assert_eq!(
            split_amounts("0.000.000.000.00").unwrap(),
            ["0.00", "0.00", "0.00", "0.00%"]
        );
        // The 年初预算 blank: two amounts.
        assert_eq!(
            split_amounts("504590.00").unwrap(),
            ["", "50", "45", "90.00%"]
        );
        assert!(split_amounts("12345").is_none());
    }

    #[test]
    fn points_and_score_after_the_rate() {
        let ten = Some(Decimal::TEN);
        assert_eq!(
            split_points_score("101.预算执行率…", ten),
            ["10", "", "1.预算执行率…"]
        );
        assert_eq!(
            split_points_score("109年中追加", ten),
            ["10", "9", "年中追加"]
        );
        assert_eq!(split_points_score("//", None), ["/", "/", ""]);
    }

    #[test]
    fn indicator_figures_split_where_the_score_is_earned() {
        let total = Decimal::from(90);
        let row = |op: &str, values: &str| read_values(op, values, total);
        assert_eq!(
            row("≥", "120公里1182019.67两段施工推迟。"),
            (
                ["≥", "120", "公里", "118", "20", "19.67"]
                    .map(String::from)
                    .to_vec(),
                "两段施工推迟。".to_owned()
            )
        );
        // Never filled in: the 权重 alone.
        assert_eq!(row("=", "100%60").0, ["=", "100", "%", "", "60", ""]);
        // Reverse: 30/35 × 30 = 25.71.
        assert_eq!(
            row("≤", "30天353025.71").0,
            ["≤", "30", "天", "35", "30", "25.71"]
        );
        assert_eq!(
            row("=", "显著提升显著提升2020").0,
            ["=", "显著提升", "", "显著提升", "20", "20"]
        );
    }
}
