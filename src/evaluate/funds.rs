//! The execution figures of a form's 项目资金 block, the one source every reader of A and B
//! uses (the execution score, the department sums, the budget-change findings, scripts'
//! `when` filters): the 年度资金总额 row, or — when that row carries no figures — the sum of
//! its 其中 rows that do (tester s11 F1). Also the audit that a filled 年度资金总额 row agrees
//! with the sum of its filled 其中 rows (`funds-parts-mismatch`, tester s11 F6).

use super::{Context, fmt};
use crate::i18n::{list, msg, quoted};
use crate::model::{Case, Cell, Denominator, Execution, FundsKind, FundsRow, Number};
use crate::outcome::{Step, codes};
use crate::value::funds::is_spending_kind;
use rust_decimal::Decimal;

/// An amount column of the funds block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    /// 年初预算数.
    Initial,
    /// 全年预算数(A).
    FullYear,
    /// 全年执行数(B).
    Spent,
}

impl Column {
    /// The budget column a rule divides by.
    pub(crate) fn budget(denominator: Denominator) -> Column {
        match denominator {
            Denominator::FullYear => Column::FullYear,
            Denominator::Initial => Column::Initial,
        }
    }

    pub(crate) fn of(self, row: &FundsRow) -> &(Cell, Number) {
        match self {
            Column::Initial => &row.initial_budget,
            Column::FullYear => &row.full_year_budget,
            Column::Spent => &row.spent,
        }
    }

    /// The selector the messages word the column by.
    pub(crate) fn word(self) -> &'static str {
        match self {
            Column::Initial => "initial",
            Column::FullYear => "full",
            Column::Spent => "spent",
        }
    }
}

/// The row that carries the execution 分值, 执行率 and 得分: 年度资金总额, the first row
/// otherwise.
pub(crate) fn total_row(case: &Case) -> Option<&FundsRow> {
    case.funds
        .iter()
        .find(|r| r.kind == FundsKind::Total)
        .or(case.funds.first())
}

/// Where a form's execution amounts are read from.
pub(crate) struct Figures<'a> {
    /// The 年度资金总额 row (the first row on a form without one).
    pub total: &'a FundsRow,
    /// The 其中 rows added up in its place, when it carries no figures (empty otherwise).
    pub parts: Vec<&'a FundsRow>,
    /// The 其中 rows that carry figures under a total row that does: a column the total row
    /// leaves blank is their sum (tester s11b G1: 全年执行数 blank on the total row only).
    /// Empty when a row the engine cannot place carries figures (it may be part of either).
    filled_parts: Vec<&'a FundsRow>,
    /// The form has no 年度资金总额 row and its 其中 rows (`其中：财政拨款`, `其他资金`) are
    /// added up as the project's total (tester s15f F-A2: only the first row was read).
    no_total_row: bool,
    /// `[execution] funds`: the rows of the kinds the rule names that carry figures, whose
    /// sums are A and B in place of the total row's (tester s17r R9). Empty otherwise.
    chosen: Vec<&'a FundsRow>,
    /// The rule names kinds of rows but none of them carries figures: A and B fall back to
    /// the total row, which is said (`missing-reported`).
    chosen_missing: bool,
}

/// One amount of the figures: a cell of the total row, or the cells of the parts added up.
pub(crate) struct Amount<'a> {
    /// The cells it is read from, in form order (one unless it is a sum).
    pub terms: Vec<&'a (Cell, Number)>,
    /// The total row's cell of the column: where a finding about a sum is placed.
    total_cell: &'a Cell,
}

impl<'a> Amount<'a> {
    /// The amount: the one cell's value, or the sum when every term holds one (none when a
    /// term is blank or unreadable: the rate is not computed from part of a sum).
    pub fn value(&self) -> Option<Decimal> {
        self.terms.iter().try_fold(Decimal::ZERO, |sum, (_, n)| {
            n.value().and_then(|v| sum.checked_add(v))
        })
    }

    /// Whether it adds up more than one cell.
    pub fn is_sum(&self) -> bool {
        self.terms.len() > 1
    }

    /// The cell a finding about the amount is placed on: its cell, or the total row's for a sum.
    pub fn cell(&self) -> &'a Cell {
        match self.terms.as_slice() {
            [(cell, _)] => cell,
            _ => self.total_cell,
        }
    }

    /// The cells read, for a trace step.
    pub fn cells(&self) -> Vec<&'a Cell> {
        self.terms.iter().map(|(c, _)| c).collect()
    }
}

impl<'a> Figures<'a> {
    /// The figures of a case; none on a form without funds rows.
    pub(crate) fn of(case: &'a Case) -> Option<Figures<'a>> {
        let total = total_row(case)?;
        let is_total = total.kind == FundsKind::Total;
        let (parts, filled_parts) = match (is_total, carries_figures(total)) {
            (true, false) => (parts(case), Vec::new()),
            (true, true) if !unplaced(case, total) => (Vec::new(), parts(case)),
            (false, _) if is_part(total) && !unplaced(case, total) => {
                (parts_without_total(case, total), Vec::new())
            }
            // A department's form with no 年度资金总额 (or 合计) row: its 基本支出 and 项目支出
            // split the whole, added up and said (tester s21 T2) — never the first row alone.
            (false, _) if is_spending_kind(&total.label.text) => {
                (spending_without_total(case), Vec::new())
            }
            _ => (Vec::new(), Vec::new()),
        };
        Some(Figures {
            total,
            no_total_row: !is_total && !parts.is_empty(),
            parts,
            filled_parts,
            chosen: Vec::new(),
            chosen_missing: false,
        })
    }

    /// The figures as the execution rule reads them: under `[execution] funds`, A and B are
    /// the sums of the rows of those kinds that carry figures (财政资金 only), else as
    /// [`Figures::of`].
    pub(crate) fn of_rule(case: &'a Case, rule: &Execution) -> Option<Figures<'a>> {
        let mut figures = Figures::of(case)?;
        if rule.funds.is_empty() {
            return Some(figures);
        }
        let chosen: Vec<&FundsRow> = (case.funds.iter())
            .filter(|r| rule.funds.contains(&r.kind) && carries_figures(r))
            .collect();
        if chosen.is_empty() {
            figures.chosen_missing = true;
        } else {
            figures.parts.clear();
            figures.filled_parts.clear();
            figures.no_total_row = false;
            figures.chosen = chosen;
        }
        Some(figures)
    }

    /// Whether the form has no 年度资金总额 row and the 其中 rows are added up as its total.
    pub(crate) fn no_total_row(&self) -> bool {
        self.no_total_row
    }

    /// Whether the total row leaves `column` blank and its filled 其中 rows each give it: the
    /// column is then their sum.
    pub(crate) fn column_from_parts(&self, column: Column) -> bool {
        !self.filled_parts.is_empty()
            && matches!(column.of(self.total).1, Number::Blank)
            && self
                .filled_parts
                .iter()
                .all(|r| column.of(r).1.value().is_some())
    }

    /// Whether the total row was left blank or 0 and its 其中 rows are added up instead
    /// (`funds-total-blank`).
    pub(crate) fn added_up(&self) -> bool {
        !self.parts.is_empty()
    }

    /// One amount column as execution reads it.
    pub(crate) fn amount(&self, column: Column) -> Amount<'a> {
        let total_cell = &column.of(self.total).0;
        let terms = if !self.chosen.is_empty() {
            self.chosen.iter().map(|r| column.of(r)).collect()
        } else if !self.parts.is_empty() {
            self.parts.iter().map(|r| column.of(r)).collect()
        } else if self.column_from_parts(column) {
            self.filled_parts.iter().map(|r| column.of(r)).collect()
        } else {
            vec![column.of(self.total)]
        };
        Amount { terms, total_cell }
    }
}

/// Whether a row carries figures: one of its amounts is written and not 0 (text that cannot
/// be read counts: it is said where it is read).
fn carries_figures(row: &FundsRow) -> bool {
    [Column::Initial, Column::FullYear, Column::Spent]
        .iter()
        .any(|c| match &c.of(row).1 {
            // Only a 得分 cell is read as marks in words.
            Number::Blank | Number::Marks(_) => false,
            Number::Value(v) => !v.is_zero(),
            Number::Unreadable(_) => true,
        })
}

/// Whether a row is one of the template's 其中 rows whose sum is the total: 本年财政拨款,
/// 上年结转资金, 其他资金. A sub-row naming where money came from (上级补助, 县级安排资金) may
/// be part of the total or of 本年财政拨款; it is never added.
fn is_part(row: &FundsRow) -> bool {
    matches!(
        row.kind,
        FundsKind::Appropriation | FundsKind::Carryover | FundsKind::Other
    )
}

/// Whether a row other than the total that is no 其中 row (a 上级补助 sub-row, an unknown
/// label) carries figures: it may be part of the total or of a 其中 row, so the 其中 rows'
/// sum is not the total's.
fn unplaced(case: &Case, total: &FundsRow) -> bool {
    case.funds
        .iter()
        .any(|r| !std::ptr::eq(r, total) && !is_part(r) && carries_figures(r))
}

/// The 其中 rows that carry figures (rows the template leaves blank are not parts).
fn parts(case: &Case) -> Vec<&FundsRow> {
    case.funds
        .iter()
        .filter(|r| is_part(r) && carries_figures(r))
        .collect()
}

/// On a form without a 年度资金总额 row whose first row is a 其中 row: the 其中 rows that
/// carry figures, when they are more than that first row (the rows partition the project's
/// funds, so their sum is its total); none when the first row alone carries the figures
/// (it is then the form's only funds, read as before).
fn parts_without_total<'a>(case: &'a Case, first: &FundsRow) -> Vec<&'a FundsRow> {
    let parts = parts(case);
    match parts.as_slice() {
        [only] if std::ptr::eq(*only, first) => Vec::new(),
        _ => parts,
    }
}

/// On a department's form without a total row: its 基本支出 and 项目支出 rows that carry
/// figures (their 其中 rows, 人员经费 and 公用经费, are parts of 基本支出, never added).
fn spending_without_total(case: &Case) -> Vec<&FundsRow> {
    case.funds
        .iter()
        .filter(|r| is_spending_kind(&r.label.text) && carries_figures(r))
        .collect()
}

/// The `funds-total-blank` finding and, for a sum, the trace steps adding each amount up
/// (`全年预算数 = 60 + 40 = 100`, each term on its form cell).
pub(super) fn say_parts(
    cx: &mut Context,
    figures: &Figures,
    budget: Column,
    trace: &mut Vec<Step>,
) {
    if !figures.chosen.is_empty() || figures.chosen_missing {
        say_chosen(cx, figures, budget, trace);
        return;
    }
    if !figures.added_up() {
        say_blank_cells(cx, figures, budget, trace);
        return;
    }
    let rows = list(
        figures
            .parts
            .iter()
            .map(|r| msg!("finding-funds-row", row = quoted(&*r.label.text))),
    );
    let spending = figures.no_total_row && is_spending_kind(&figures.total.label.text);
    let message = match (figures.parts.as_slice(), figures.no_total_row) {
        (_, true) if spending => msg!(
            "finding-funds-no-total-row-spending",
            rows = rows,
            count = figures.parts.len()
        ),
        ([one], true) => msg!("finding-funds-no-total-row", row = &one.label.text),
        (_, true) => msg!(
            "finding-funds-no-total-row-sum",
            rows = rows,
            count = figures.parts.len()
        ),
        ([one], false) => msg!("finding-funds-total-blank", row = &one.label.text),
        (_, false) => msg!(
            "finding-funds-total-blank-sum",
            rows = rows,
            count = figures.parts.len()
        ),
    };
    cx.finding(
        codes::FUNDS_TOTAL_BLANK,
        message,
        &budget.of(figures.total).0,
    );
    sum_steps(cx, figures, budget, trace);
}

/// `[execution] funds`: the steps reading A and B from the rows the rule names
/// (`只计本年财政拨款、上年结转：全年预算数 = 80 + 20 = 100`), or the finding that none of them
/// carries figures and the total row is read instead.
fn say_chosen(cx: &mut Context, figures: &Figures, budget: Column, trace: &mut Vec<Step>) {
    let rule = &cx.rules.execution;
    let kinds = list(
        rule.funds
            .iter()
            .map(|k| msg!("word-funds-kind", kind = kind_word(*k))),
    );
    if figures.chosen_missing {
        let message = msg!(
            "finding-execution-funds-missing",
            kinds = kinds,
            row = &figures.total.label.text
        );
        cx.step(trace, Some(&rule.rule), &[], || message.clone());
        cx.finding(
            codes::MISSING_REPORTED,
            message,
            &budget.of(figures.total).0,
        );
        return;
    }
    for column in [budget, Column::Spent] {
        let amount = figures.amount(column);
        let Some(sum) = amount.value() else {
            continue;
        };
        let terms = terms_text(&amount);
        cx.step(trace, Some(&rule.rule), &amount.cells(), || {
            msg!(
                "trace-execution-funds",
                kinds = kinds.clone(),
                column = column.word(),
                terms = terms,
                sum = fmt(sum)
            )
        });
    }
}

/// The rule file's word for a kind of funds row, for messages.
fn kind_word(kind: FundsKind) -> &'static str {
    match kind {
        FundsKind::Appropriation => "appropriation",
        FundsKind::Carryover => "carryover",
        FundsKind::Other => "other",
        FundsKind::Total => "total",
        FundsKind::Part | FundsKind::Unknown => "part",
    }
}

/// A filled total row leaving the budget or 全年执行数 blank that its 其中 rows give: the
/// finding says the sum is used (`funds-total-blank`, on the blank cell), and the steps show it.
fn say_blank_cells(cx: &mut Context, figures: &Figures, budget: Column, trace: &mut Vec<Step>) {
    let mut any = false;
    for column in [budget, Column::Spent] {
        if !figures.column_from_parts(column) {
            continue;
        }
        any = true;
        let amount = figures.amount(column);
        cx.finding(
            codes::FUNDS_TOTAL_BLANK,
            msg!(
                "finding-funds-total-cell-blank",
                column = column.word(),
                terms = terms_text(&amount),
                sum = amount
                    .value()
                    .map(|v| fmt(v).to_string())
                    .unwrap_or_default()
            ),
            &column.of(figures.total).0,
        );
    }
    if any {
        sum_steps(cx, figures, budget, trace);
    }
}

/// The trace steps adding each summed amount up, each term on its form cell.
fn sum_steps(cx: &mut Context, figures: &Figures, budget: Column, trace: &mut Vec<Step>) {
    for column in [budget, Column::Spent] {
        let amount = figures.amount(column);
        let Some(sum) = amount.value().filter(|_| amount.is_sum()) else {
            continue;
        };
        let terms = terms_text(&amount);
        // Cited as the execution rule's: its A and B are what is added up.
        cx.step(
            trace,
            Some(&cx.rules.execution.rule),
            &amount.cells(),
            || {
                msg!(
                    "trace-funds-sum",
                    column = column.word(),
                    terms = terms,
                    sum = fmt(sum)
                )
            },
        );
    }
}

/// `60 + 40`: the terms of a sum as written in a message.
fn terms_text(amount: &Amount) -> String {
    let shown: Vec<String> = amount
        .terms
        .iter()
        .filter_map(|(_, n)| n.value())
        .map(|v| fmt(v).to_string())
        .collect();
    shown.join(" + ")
}

/// `funds-parts-mismatch`: a filled 年度资金总额 row whose amount differs from the sum of its
/// filled 其中 rows (本年财政拨款 + 上年结转资金 + 其他资金) by more than the rounding of the
/// written figures. Execution keeps the total row's figure (the form's own); a person checks
/// which is right. Not said when a row the engine cannot place (a 上级补助 sub-row, an unknown
/// label) carries figures: it may be part of the total or of a 其中 row.
pub(super) fn check_parts(cx: &mut Context) {
    // Figures that cannot be right (tester s24 A3) are said once, by their doubt.
    if cx.funds_doubt.is_some() {
        return;
    }
    let case = cx.case;
    let Some(figures) = Figures::of(case) else {
        return;
    };
    let total = figures.total;
    if figures.added_up() || total.kind != FundsKind::Total {
        return;
    }
    let parts = parts(case);
    if unplaced(case, total) || parts.is_empty() {
        return;
    }
    for column in [Column::Initial, Column::FullYear, Column::Spent] {
        let (cell, written) = column.of(total);
        let amount = Amount {
            terms: parts.iter().map(|r| column.of(r)).collect(),
            total_cell: cell,
        };
        let (Some(written), Some(sum)) = (written.value(), amount.value()) else {
            continue;
        };
        let difference = (written - sum).abs();
        if difference <= tolerance(written, &amount) {
            continue;
        }
        cx.finding(
            codes::FUNDS_PARTS_MISMATCH,
            msg!(
                "finding-funds-parts-mismatch",
                column = column.word(),
                total = fmt(written),
                rows = list(
                    parts
                        .iter()
                        .map(|r| msg!("finding-funds-row", row = quoted(&*r.label.text)))
                ),
                count = parts.len(),
                terms = terms_text(&amount),
                sum = fmt(sum),
                difference = fmt(difference)
            ),
            cell,
        );
    }
}

/// How far a total may be from the sum of its parts and still agree: 0.01 per part added at
/// two decimals (each written figure rounded to its last place is off by up to half of it),
/// one unit of the last place per part when the figures are written with more decimals.
fn tolerance(total: Decimal, parts: &Amount) -> Decimal {
    let places = parts
        .terms
        .iter()
        .filter_map(|(_, n)| n.value())
        .chain([total])
        .map(|v| v.scale())
        .max()
        .unwrap_or(0)
        .clamp(2, 28);
    let count = i64::try_from(parts.terms.len()).unwrap_or(i64::MAX);
    Decimal::new(count, places)
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn case(funds: &[(&str, &str, &str, &str)]) -> Case {
        let mut text = String::from("[header]\nproject = \"p\"\n");
        for (label, initial, full, spent) in funds {
            text.push_str(&format!(
                "[[funds]]\nlabel = \"{label}\"\ninitial_budget = \"{initial}\"\nfull_year_budget = \"{full}\"\nspent = \"{spent}\"\n"
            ));
        }
        let src = SourceFile::new("c.toml", text);
        crate::validate::case::validate(&src)
            .value
            .expect("a valid case")
    }

    fn d(s: &str) -> Decimal {
        s.parse().expect("a decimal")
    }

    #[test]
    fn a_blank_total_row_is_the_sum_of_the_parts_that_carry_figures() {
        // c1 form 2: 年度资金总额 0/0/0, 本年财政拨款 60/60/42, 上年结转资金 40/40/40, 其他资金
        // blank: A = 60 + 40 = 100, B = 42 + 40 = 82.
        let c = case(&[
            ("年度资金总额", "0", "0", "0"),
            ("其中:本年财政拨款", "60", "60", "42"),
            ("上年结转资金", "40", "40", "40"),
            ("其他资金", "", "", ""),
        ]);
        let f = Figures::of(&c).expect("figures");
        assert_eq!(f.parts.len(), 2);
        assert_eq!(f.amount(Column::FullYear).value(), Some(d("100")));
        assert_eq!(f.amount(Column::Spent).value(), Some(d("82")));
        assert_eq!(f.amount(Column::Initial).value(), Some(d("100")));
        assert!(f.amount(Column::Spent).is_sum());
    }

    #[test]
    fn only_the_carryover_row_filled_is_the_figures() {
        // g4: 本年财政拨款 blank, 上年结转资金 40/40/40 → A = B = 40 (no 0 / 0).
        let c = case(&[
            ("年度资金总额", "0", "0", "0"),
            ("其中:本年财政拨款", "", "", ""),
            ("上年结转资金", "40", "40", "40"),
        ]);
        let f = Figures::of(&c).expect("figures");
        assert_eq!(f.parts.len(), 1);
        assert_eq!(f.amount(Column::FullYear).value(), Some(d("40")));
        assert!(!f.amount(Column::Spent).is_sum());
    }

    #[test]
    fn a_filled_total_row_is_read_as_written() {
        let c = case(&[
            ("年度资金总额", "100", "100", "90"),
            ("其中:本年财政拨款", "60", "60", "42"),
            ("上年结转资金", "40", "40", "40"),
        ]);
        let f = Figures::of(&c).expect("figures");
        assert!(!f.added_up());
        assert_eq!(f.amount(Column::Spent).value(), Some(d("90")));
    }

    /// Tester s11b G1: the total row filled but for its 全年执行数, which every filled 其中
    /// row gives: B is their sum (290 + 166 = 456 against A = 480 as written); a part left
    /// blank in that column, or a row the engine cannot place, leaves B blank as written.
    #[test]
    fn a_total_cell_left_blank_is_the_sum_of_the_parts() {
        let c = case(&[
            ("年度资金总额", "500", "480", ""),
            ("其中:本年财政拨款", "300", "300", "290"),
            ("上年结转资金", "200", "180", "166"),
        ]);
        let f = Figures::of(&c).expect("figures");
        assert!(!f.added_up() && f.column_from_parts(Column::Spent));
        assert!(!f.column_from_parts(Column::FullYear));
        assert_eq!(f.amount(Column::Spent).value(), Some(d("456")));
        assert_eq!(f.amount(Column::FullYear).value(), Some(d("480")));
        for funds in [
            [
                ("年度资金总额", "500", "480", ""),
                ("其中:本年财政拨款", "300", "300", "290"),
                ("上年结转资金", "200", "180", ""),
            ],
            [
                ("年度资金总额", "500", "480", ""),
                ("其中:本年财政拨款", "300", "300", "290"),
                ("上级补助", "200", "180", "166"),
            ],
        ] {
            let c = case(&funds);
            let f = Figures::of(&c).expect("figures");
            assert_eq!(f.amount(Column::Spent).value(), None, "{funds:?}");
        }
    }

    #[test]
    fn a_blank_term_leaves_the_sum_unknown() {
        let c = case(&[
            ("年度资金总额", "", "", ""),
            ("其中:本年财政拨款", "60", "60", ""),
            ("其他资金", "40", "40", "40"),
        ]);
        let f = Figures::of(&c).expect("figures");
        assert_eq!(f.amount(Column::FullYear).value(), Some(d("100")));
        assert_eq!(f.amount(Column::Spent).value(), None);
    }

    #[test]
    fn sub_rows_naming_a_source_are_never_added() {
        // 上级补助 may be part of 本年财政拨款: only the template's three 其中 rows are added.
        let c = case(&[
            ("年度资金总额", "0", "0", "0"),
            ("其中:本年财政拨款", "60", "60", "42"),
            ("其中:上级补助资金", "30", "30", "30"),
        ]);
        let f = Figures::of(&c).expect("figures");
        assert_eq!(f.amount(Column::FullYear).value(), Some(d("60")));
    }

    #[test]
    fn rounding_of_the_written_figures_is_no_contradiction() {
        let amount = |terms: &[&str]| -> (Vec<(Cell, Number)>, Cell) {
            let cell = Cell::default();
            let cells = terms
                .iter()
                .map(|t| (cell.clone(), Number::Value(d(t))))
                .collect();
            (cells, cell)
        };
        let tol = |total: &str, terms: &[&str]| {
            let (cells, cell) = amount(terms);
            let a = Amount {
                terms: cells.iter().collect(),
                total_cell: &cell,
            };
            tolerance(d(total), &a)
        };
        // Two parts at two decimals: 0.02; at whole 万元 still 0.02 (82 vs 90 is 8 apart).
        assert_eq!(tol("100.01", &["33.33", "66.67"]), d("0.02"));
        assert_eq!(tol("90", &["42", "40"]), d("0.02"));
        // Three parts written to 4 places: 0.0003.
        assert_eq!(tol("1.0000", &["0.3333", "0.3333", "0.3334"]), d("0.0003"));
    }
}
