//! Validates a case file and builds a [`Case`], parsing every cell once.

use super::Validated;
use crate::diagnostic::codes::CaseCode;
use crate::diagnostic::{Diagnostic, from_toml_error};
use crate::i18n::{Lang, Message, msg};
use crate::import::grid::NoteKind;
use crate::load::raw_case::{self, RawCell};
use crate::model::{Case, Cell, Expect, FundsKind, FundsRow, Goal, Indicator, Number};
use crate::source::{Field, FormMap, FormPlace, Source};
use crate::value::{self, Value};
use rust_decimal::Decimal;
use std::str::FromStr;
use std::sync::Arc;

/// Parses and validates a case file.
pub fn validate(source: &Source) -> Validated<Case> {
    let raw = match parse(source) {
        Ok(raw) => raw,
        Err(diagnostics) => {
            return Validated {
                value: None,
                diagnostics,
            };
        }
    };
    from_raw(&raw, source)
}

/// Validates a case file's mirror into a [`Case`]: what [`validate`] does once the text is
/// parsed. `raw`'s spans are byte offsets into `source`'s text. An imported form's mirror is
/// built while its case text is written (`import::draft`), so a file of forms is scored
/// without parsing that text again, through this same validation (#15).
pub fn from_raw(raw: &raw_case::RawCase, source: &Source) -> Validated<Case> {
    let mut diagnostics = Vec::new();
    let header = raw.header.get_ref();
    let funds = funds_rows(raw, source, &mut diagnostics);
    let goals = raw
        .goals
        .iter()
        .enumerate()
        .map(|(i, g)| Goal {
            expected: cell(&g.get_ref().expected, Field::at("goals", i, "expected")),
            actual: cell(&g.get_ref().actual, Field::at("goals", i, "actual")),
        })
        .collect();
    let indicators = indicator_rows(raw, source, &mut diagnostics);
    let (total_points, total_score) = total_row(raw, source, &mut diagnostics);
    let expect = expect_of(raw, source, &mut diagnostics);
    header_checks(raw, source, &mut diagnostics);
    let numeric_cells = indicators
        .iter()
        .flat_map(|i| {
            [&i.target.0, &i.actual.0, &i.points.0, &i.score.0]
                .into_iter()
                .chain(i.deduction.as_ref().map(|d| &d.0))
        })
        .chain(funds.iter().flat_map(|r| {
            [
                &r.initial_budget.0,
                &r.full_year_budget.0,
                &r.spent.0,
                &r.points.0,
                &r.rate.0,
                &r.score.0,
            ]
        }))
        .chain([&total_points.0, &total_score.0]);
    diagnostics.extend(full_width_note(source, numeric_cells));
    let cells = form_cells(raw, source, &mut diagnostics);
    let mut form_map = form_map(&funds, &indicators, cells);
    form_map.input = FormMap::input_name(&raw.form.source);
    let form_map = Arc::new(form_map);
    let case = Case {
        source: source.clone(),
        rules: raw
            .form
            .rules
            .as_ref()
            .map(|r| (r.get_ref().clone(), r.span())),
        constructed: raw.form.constructed,
        incomplete: raw.form.incomplete,
        guessed_notes: raw
            .form
            .import_notes
            .iter()
            .filter(|n| is_doubtful_note(n))
            .count(),
        project: to_cell(Some(&header.project), Field::of("header", "project")),
        department: cell(&header.department, Field::of("header", "department")),
        unit: cell(&header.unit, Field::of("header", "unit")),
        year: cell(&header.year, Field::of("header", "year")),
        title: cell(&header.title, Field::of("header", "title")),
        funds,
        goals,
        indicators,
        total_points,
        total_score,
        expect,
        form_map,
    };
    Validated {
        value: Some(case),
        diagnostics,
    }
}

/// The case file as its serde mirror, or every problem that stops it from being read: unknown
/// keys, full-width marks where TOML needs ASCII, TOML's own error.
fn parse(source: &Source) -> Result<raw_case::RawCase, Vec<Diagnostic>> {
    let (raw, unknown) = raw_case::parse_reporting(&source.text);
    let diagnostics = super::keys::unknown_keys::<raw_case::RawCase>(
        CaseCode::UnknownKey,
        &source.text,
        &unknown,
        &|span| (source.clone(), span),
    );
    match raw {
        Ok(raw) if diagnostics.is_empty() => Ok(raw),
        Ok(_) => Err(diagnostics),
        Err(e) => {
            let slips = crate::load::full_width::diagnostics(CaseCode::FullWidth, source);
            if !slips.is_empty() {
                return Err(slips);
            }
            // As serde stopped at the error, the unknown keys after it are found by a walk
            // over the file; the error itself is reported unless a misspelt key came first
            // (a misspelt required key makes it "missing").
            let mut diagnostics = super::keys::unknown_keys::<raw_case::RawCase>(
                CaseCode::UnknownKey,
                &source.text,
                &crate::load::unknown::every_unknown::<raw_case::RawCase>(&source.text),
                &|span| (source.clone(), span),
            );
            if unknown.is_empty() {
                diagnostics.push(from_toml_error(CaseCode::Syntax, source, &e));
            }
            Err(diagnostics)
        }
    }
}

/// An import note that asks for a check (`guessed …`, `unreadable …`), in the language the
/// case file was written in.
fn is_doubtful_note(note: &str) -> bool {
    Lang::ALL.iter().any(|lang| {
        [NoteKind::Guessed, NoteKind::Unreadable]
            .iter()
            .any(|kind| {
                let word = kind.message().render(*lang);
                note.strip_prefix(word.as_str())
                    .is_some_and(|rest| rest.starts_with([' ', '（']))
            })
    })
}

/// A cell of the case file, blank when the key is absent.
fn cell(c: &Option<RawCell>, field: Field) -> Cell {
    to_cell(c.as_ref(), field)
}

/// A cell of a row of the case file; when its key is absent (a row cut short on an
/// incomplete form), blank and placed at the row's start, so a finding about it names the
/// row's line instead of line 1 (tester F11).
fn row_cell(c: &Option<RawCell>, field: Field, row: &std::ops::Range<usize>) -> Cell {
    let mut cell = to_cell(c.as_ref(), field);
    if c.is_none() {
        cell.span = row.start..row.start;
    }
    cell
}

/// `[[funds]]`: each row with its label's kind and its numbers read.
fn funds_rows(
    raw: &raw_case::RawCase,
    source: &Source,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<FundsRow> {
    let mut funds = Vec::new();
    for (i, row) in raw.funds.iter().enumerate() {
        let span = row.span();
        let r = row.get_ref();
        // Each cell parsed once: what it reads as, and whether it is a number in a unit that
        // is not money (`120人`), which the evaluator's unit-mismatch finding says instead.
        let f = |name: &'static str, c: &Option<RawCell>| {
            let c = row_cell(c, Field::at("funds", i, name), &span);
            let v = value::parse(&c.text);
            let not_money = matches!(value::amount_of(&v), value::Amount::NotMoney { .. });
            let n = number_of(&c.text, v);
            ((c, n), not_money)
        };
        let money = |name: &'static str, c: &Option<RawCell>| {
            let c = row_cell(c, Field::at("funds", i, name), &span);
            let a = value::amount(&c.text);
            let not_money = matches!(a, value::Amount::NotMoney { .. });
            let n = amount_number(&c.text, a);
            ((c, n), not_money)
        };
        let label = to_cell(Some(&r.label), Field::at("funds", i, "label"));
        let kind = FundsKind::of_label(&label.text);
        if kind == FundsKind::Unknown {
            diagnostics.push(
                Diagnostic::warning(
                    CaseCode::UnknownFundsRow,
                    msg!("case-unknown-funds-row", label = &label.text),
                )
                .at(source, label.span.clone())
                .help(msg!("case-unknown-funds-row-help")),
            );
        }
        let (initial_budget, initial_not_money) = money("initial_budget", &r.initial_budget);
        let (full_year_budget, full_year_not_money) =
            money("full_year_budget", &r.full_year_budget);
        let (spent, spent_not_money) = money("spent", &r.spent);
        let (points, points_not_money) = f("points", &r.points);
        let (score, score_not_money) = f("score", &r.score);
        let row = FundsRow {
            kind,
            label,
            initial_budget,
            full_year_budget,
            spent,
            points,
            rate: f("rate", &r.rate).0,
            score,
            reason: cell(&r.reason, Field::at("funds", i, "reason")),
            span,
        };
        for (what, (c, n), not_money) in [
            (
                msg!("case-what-initial-budget"),
                &row.initial_budget,
                initial_not_money,
            ),
            (
                msg!("case-what-full-year-budget"),
                &row.full_year_budget,
                full_year_not_money,
            ),
            (msg!("case-what-spent"), &row.spent, spent_not_money),
            (msg!("case-what-points"), &row.points, points_not_money),
            (msg!("case-what-score"), &row.score, score_not_money),
        ] {
            // A unit that is not money (`120人`) is said by the evaluator's unit-mismatch
            // finding, in the form's words; "not a number" or "too large" would be wrong.
            if !not_money {
                check_number(diagnostics, source, what, c, n);
            }
        }
        funds.push(row);
    }
    funds
}

/// `[[indicators]]`: each row with its target and actual parsed, its numbers read, and its
/// `shares_points` checked.
fn indicator_rows(
    raw: &raw_case::RawCase,
    source: &Source,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Indicator> {
    let mut indicators: Vec<Indicator> = Vec::with_capacity(raw.indicators.len());
    for (i, row) in raw.indicators.iter().enumerate() {
        let span = row.span();
        let r = row.get_ref();
        let text = |name: &'static str, c: &Option<RawCell>| {
            row_cell(c, Field::at("indicators", i, name), &span)
        };
        let num = |name: &'static str, c: &Option<RawCell>| {
            let c = text(name, c);
            let n = number(&c.text);
            (c, n)
        };
        let parsed = |name: &'static str, c: &Option<RawCell>| {
            let c = text(name, c);
            let v = value::parse(&c.text);
            (c, v)
        };
        let level3 = to_cell(Some(&r.level3), Field::at("indicators", i, "level3"));
        if r.shares_points && (r.points.is_some() || r.score.is_some()) {
            diagnostics.push(
                Diagnostic::error(
                    CaseCode::SharedPointsWithPoints,
                    msg!("case-shared-points-with-points"),
                )
                .at(source, span.clone())
                .help(msg!("case-shared-points-with-points-help")),
            );
        }
        if r.shares_points && i == 0 {
            diagnostics.push(
                Diagnostic::error(
                    CaseCode::SharedPointsFirst,
                    msg!("case-shared-points-first"),
                )
                .at(source, span.clone())
                .help(msg!("case-shared-points-first-help")),
            );
        }
        let target = parsed("target", &r.target);
        let ind = Indicator {
            index: i,
            text_quantities: stated_quantities(&level3.text, &target.1),
            bare_name: crate::model::bare_name(&level3.text),
            level1: to_cell(Some(&r.level1), Field::at("indicators", i, "level1")),
            level2: to_cell(Some(&r.level2), Field::at("indicators", i, "level2")),
            level3,
            nature: r.nature.as_ref().map(|_| parsed("nature", &r.nature)),
            target,
            actual: parsed("actual", &r.actual),
            points: num("points", &r.points),
            score: num("score", &r.score),
            deduction: r.deduction.as_ref().map(|_| num("deduction", &r.deduction)),
            deviation: text("deviation", &r.deviation),
            shares_points: r.shares_points,
            span,
        };
        for (what, (c, n)) in [
            (msg!("case-what-points"), &ind.points),
            (msg!("case-what-score"), &ind.score),
        ]
        .into_iter()
        .chain(
            ind.deduction
                .as_ref()
                .map(|d| (msg!("case-what-deduction"), d)),
        ) {
            check_number(diagnostics, source, what, c, n);
        }
        indicators.push(ind);
    }
    if indicators.is_empty() {
        diagnostics.push(
            Diagnostic::warning(CaseCode::NoIndicators, msg!("case-no-indicators"))
                .at(source, raw.header.span())
                .help(msg!("case-no-indicators-help")),
        );
    }
    indicators
}

/// The quantities an indicator's own name states in its target's unit (`满意度≥85%` beside
/// `≧90%`): what the name can contradict the target with. A name is scanned only when the
/// target is a quantity with a unit — for the others nothing it states is compared (#15: every
/// name was scanned, a quarter of validating a form).
fn stated_quantities(name: &str, target: &Value) -> Vec<value::Quantity> {
    match target {
        Value::Quantity(t) if !t.unit.is_empty() => {
            let mut all = value::extract_quantities(name);
            all.retain(|q| q.unit == t.unit);
            all
        }
        _ => Vec::new(),
    }
}

/// `[total]`: the form's 总分 points and score, read.
fn total_row(
    raw: &raw_case::RawCase,
    source: &Source,
    diagnostics: &mut Vec<Diagnostic>,
) -> ((Cell, Number), (Cell, Number)) {
    match &raw.total {
        Some(t) => {
            let row = t.span();
            let t = t.get_ref();
            let p = row_cell(&t.points, Field::of("total", "points"), &row);
            let s = row_cell(&t.score, Field::of("total", "score"), &row);
            let (pn, sn) = (number(&p.text), number(&s.text));
            check_number(diagnostics, source, msg!("case-what-total-points"), &p, &pn);
            check_number(diagnostics, source, msg!("case-what-total-score"), &s, &sn);
            ((p, pn), (s, sn))
        }
        None => (
            (Cell::default(), Number::Blank),
            (Cell::default(), Number::Blank),
        ),
    }
}

/// `[expect]`: what a test case says the score must be.
fn expect_of(
    raw: &raw_case::RawCase,
    source: &Source,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Expect> {
    raw.expect.as_ref().map(|e| {
        let e = e.get_ref();
        let total = e
            .total
            .as_ref()
            .and_then(|t| match Decimal::from_str(t.get_ref()) {
                Ok(v) => Some((v, t.span())),
                Err(_) => {
                    diagnostics.push(
                        Diagnostic::error(
                            CaseCode::BadExpect,
                            msg!("case-bad-expect", total = t.get_ref()),
                        )
                        .at(source, t.span())
                        .help(msg!("case-bad-expect-help")),
                    );
                    None
                }
            });
        Expect {
            total,
            grade: e.grade.as_ref().map(|g| (g.get_ref().clone(), g.span())),
            findings: e.findings.as_ref().map(|f| (f.get_ref().clone(), f.span())),
        }
    })
}

/// The header's project name and `[form] rules`.
fn header_checks(raw: &raw_case::RawCase, source: &Source, diagnostics: &mut Vec<Diagnostic>) {
    let header = raw.header.get_ref();
    if header.project.get_ref().0.trim().is_empty() {
        diagnostics.push(
            Diagnostic::warning(CaseCode::BlankProject, msg!("case-blank-project"))
                .at(source, header.project.span())
                .help(msg!("case-blank-project-help")),
        );
    }
    if let Some(r) = &raw.form.rules
        && !crate::load::is_rule_set_id(r.get_ref())
    {
        diagnostics.push(rules_not_an_id(source, r));
    }
}

/// One note for the cells written with full-width digits or number signs (`９０％`): they are
/// read as half-width, and the note says so once per case, at the first of them.
fn full_width_note<'a>(
    source: &Source,
    cells: impl Iterator<Item = &'a Cell>,
) -> Option<Diagnostic> {
    let mut first: Option<(&Cell, String)> = None;
    let mut more = 0usize;
    for c in cells {
        if let Some(read) = value::full_width_reading(&c.text) {
            match first {
                None => first = Some((c, read)),
                Some(_) => more += 1,
            }
        }
    }
    let (cell, read) = first?;
    let mut d = Diagnostic::warning(
        CaseCode::FullWidthRead,
        msg!(
            "case-full-width-read",
            text = cell.text.trim(),
            read = read,
            more = more
        ),
    )
    .at(source, cell.span.clone())
    .help(msg!("case-full-width-read-help"));
    d.severity = crate::diagnostic::Severity::Info;
    Some(d)
}

/// The case-file keys a `cells` table may name, per table.
const FUNDS_CELL_KEYS: [&str; 7] = [
    "label",
    "initial_budget",
    "full_year_budget",
    "spent",
    "points",
    "rate",
    "score",
];
const INDICATOR_CELL_KEYS: [&str; 10] = [
    "level1",
    "level2",
    "level3",
    "nature",
    "target",
    "actual",
    "points",
    "score",
    "deduction",
    "deviation",
];
const TOTAL_CELL_KEYS: [&str; 2] = ["points", "score"];

/// The workbook or document cells the importer recorded (`cells = { actual = "表1!E14" }`),
/// by case-file field and sorted; a key naming no field of its table is a warning (#16).
fn form_cells(
    raw: &raw_case::RawCase,
    source: &Source,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<(Field, FormPlace)> {
    type Cells = Option<toml::Spanned<raw_case::RawPlaces>>;
    let mut out = Vec::new();
    let mut add =
        |table: &'static str, index: Option<usize>, keys: &[&'static str], cells: &Cells| {
            let Some(cells) = cells else {
                return;
            };
            // Each place is shared with the mirror, not copied (#15).
            for (name, cell) in &cells.get_ref().0 {
                let name: &str = name;
                match keys.iter().find(|k| **k == name) {
                    Some(key) => out.push((Field { table, index, key }, cell.clone())),
                    None => diagnostics.push(
                        Diagnostic::warning(
                            CaseCode::UnknownCellKey,
                            msg!("case-unknown-cell-key", name = name, table = table),
                        )
                        .at(source, cells.span())
                        .help(msg!("case-unknown-cell-key-help", keys = keys.join(", "))),
                    ),
                }
            }
        };
    for (i, row) in raw.funds.iter().enumerate() {
        add("funds", Some(i), &FUNDS_CELL_KEYS, &row.get_ref().cells);
    }
    for (i, row) in raw.indicators.iter().enumerate() {
        add(
            "indicators",
            Some(i),
            &INDICATOR_CELL_KEYS,
            &row.get_ref().cells,
        );
    }
    if let Some(total) = &raw.total {
        add("total", None, &TOTAL_CELL_KEYS, &total.get_ref().cells);
    }
    out.sort();
    out
}

/// Where the case's fields stand on the form: indicator names and funds labels as written,
/// and the workbook cells (or input lines) the importer recorded.
fn form_map(
    funds: &[FundsRow],
    indicators: &[Indicator],
    cells: Vec<(Field, FormPlace)>,
) -> FormMap {
    FormMap {
        indicators: indicators
            .iter()
            .map(|i| {
                [
                    i.level1.text.clone(),
                    i.level2.text.clone(),
                    i.level3.text.clone(),
                ]
            })
            .collect(),
        funds: funds.iter().map(|r| r.label.text.clone()).collect(),
        cells,
        input: None,
    }
}

fn to_cell(c: Option<&RawCell>, field: Field) -> Cell {
    match c {
        Some(c) => Cell {
            text: c.get_ref().0.clone(),
            span: c.span(),
            field,
        },
        None => Cell {
            text: Arc::from(""),
            span: 0..0,
            field,
        },
    }
}

/// The largest magnitude a numeric cell may hold (10^15): no form's points, scores, amounts
/// (万元) or rates come near it, and every sum and product of such cells stays far inside
/// `Decimal`'s range, so scoring arithmetic cannot overflow on them.
pub const MAX_CELL: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0);

/// Reads a numeric cell (points, scores, amounts, rates) with the one value parser. A number
/// beyond [`MAX_CELL`] is unreadable: no form means it. So is a number with a unit other than
/// 分 or %: `7.92万元` or `2850户` under 分值 is a cell of another column that slipped into it
/// (a cell broken in two shifts the row), never 79,200 points (tester s6 F2). `无` or `不适用`
/// written under 分值/得分 marks the cell empty, as `/` or `-` does (tester s7 F1).
pub fn number(text: &str) -> Number {
    number_of(text, value::parse(text))
}

/// [`number`] of `text` already parsed into `value`.
fn number_of(text: &str, value: Value) -> Number {
    match value {
        Value::Blank | Value::NotApplicable => Number::Blank,
        Value::Quantity(q)
            if q.comparator.is_none()
                && !q.ordinal
                && q.value.abs() <= MAX_CELL
                && matches!(q.unit.as_str(), "" | "分" | "%") =>
        {
            Number::Value(q.value)
        }
        _ => Number::Unreadable(text.trim().to_owned()),
    }
}

/// Reads an amount cell of the 项目资金 block in the block's unit (万元) with the one value
/// parser (`120万元` and `120` are both 120, #15 / the tester's F16); a unit that is not money
/// (`120人`) or anything beyond [`MAX_CELL`] is unreadable.
pub fn amount(text: &str) -> Number {
    amount_number(text, value::amount(text))
}

/// [`amount`] of `text` already read as `amount`.
fn amount_number(text: &str, amount: value::Amount) -> Number {
    match amount {
        value::Amount::Blank => Number::Blank,
        value::Amount::Value(v) if v.abs() <= MAX_CELL => Number::Value(v),
        _ => Number::Unreadable(text.trim().to_owned()),
    }
}

/// Warnings about a numeric cell that cannot be used as written: not a number (`十五`), too
/// large, or negative. The form is still scored; the evaluator reports a finding too.
fn check_number(
    diagnostics: &mut Vec<Diagnostic>,
    source: &Source,
    what: Message,
    cell: &Cell,
    n: &Number,
) {
    // Most cells are fine: the text is trimmed only for a message.
    if matches!(n, Number::Blank)
        || matches!(n, Number::Value(v) if !v.is_sign_negative() || v.is_zero())
    {
        return;
    }
    let text = cell.text.trim();
    let d = match n {
        Number::Unreadable(_) => {
            let plain = match value::parse(text) {
                Value::Quantity(q) if q.comparator.is_none() && !q.ordinal => Some(q),
                _ => None,
            };
            let too_large = plain.as_ref().is_some_and(|q| q.value.abs() > MAX_CELL);
            if let Some(q) = plain.filter(|_| !too_large) {
                // A unit no point count has (`7.92万元`): a cell of another column.
                let unit = format!(
                    "{}{}",
                    if q.scale > Decimal::ONE { "万" } else { "" },
                    q.unit
                );
                Diagnostic::warning(
                    CaseCode::NotANumber,
                    msg!(
                        "case-cell-unit",
                        what = what,
                        text = text,
                        unit = unit.as_str()
                    ),
                )
                .help(msg!("case-cell-unit-help"))
            } else if too_large {
                Diagnostic::warning(
                    CaseCode::TooLarge,
                    msg!("case-cell-too-large", what = what, text = text),
                )
                .help(msg!("case-cell-too-large-help"))
            } else {
                Diagnostic::warning(
                    CaseCode::NotANumber,
                    msg!("case-cell-not-a-number", what = what, text = text),
                )
                .help(msg!("case-cell-not-a-number-help"))
            }
        }
        Number::Value(v) if v.is_sign_negative() && !v.is_zero() => Diagnostic::warning(
            CaseCode::Negative,
            msg!("case-cell-negative", what = what, text = text),
        )
        .help(msg!("case-cell-negative-help")),
        _ => return,
    };
    diagnostics.push(d.at(source, cell.span.clone()));
}

/// `[form] rules` naming a path (`/etc/x`, `../../x`): rule sets are shared between offices
/// and found by id under the rules root only; nothing outside it is read (issue #18 item 8).
fn rules_not_an_id(source: &Source, r: &toml::Spanned<String>) -> Diagnostic {
    Diagnostic::error(
        CaseCode::RulesNotAnId,
        msg!("case-rules-not-an-id", rules = r.get_ref()),
    )
    .at(source, r.span())
    .help(msg!("case-rules-not-an-id-help"))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use crate::source::SourceFile;

    const CASE: &str = "[header]\nproject = \"p\"\n\n[[indicators]]\nlevel1 = \"产出指标\"\nlevel2 = \"数量指标\"\nlevel3 = \"指标1\"\ntarget = \"≥85.5%\"\nactual = \"25,000件\"\npoints = \"50\"\nscore = \"-5\"\n";

    /// A name's stated quantities are those in its target's unit, and none beside a target
    /// that is no quantity with a unit: exactly what the contradiction check compares.
    #[test]
    fn a_name_states_quantities_in_its_targets_unit_only() {
        let name = "满意度≥85%，投诉不超过3件";
        let stated = |target: &str| {
            super::stated_quantities(name, &crate::value::parse(target))
                .iter()
                .map(|q| (q.value.to_string(), q.unit.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(stated("≥90%"), [("85".to_owned(), "%".to_owned())]);
        assert_eq!(stated("≤5件"), [("3".to_owned(), "件".to_owned())]);
        assert!(stated("达成预期指标").is_empty());
        assert!(stated("90").is_empty());
        assert!(stated("≥90人").is_empty());
        let all = crate::value::extract_quantities(name);
        assert_eq!(all.len(), 2, "{all:?}");
    }

    /// Full-width cells read exactly as their half-width twins, with one note at the first.
    #[test]
    fn full_width_cells_read_as_half_width_with_one_note() {
        let full = CASE
            .replace("≥85.5%", "≥８５．５％")
            .replace("25,000件", "２５，０００件")
            .replace("\"50\"", "\"５０\"")
            .replace("-5", "﹣5");
        let half = super::validate(&SourceFile::new("h.toml", CASE));
        let full = super::validate(&SourceFile::new("f.toml", full));
        let (h, f) = (half.value.unwrap(), full.value.unwrap());
        for (a, b) in h.indicators.iter().zip(&f.indicators) {
            assert_eq!(a.target.1, b.target.1);
            assert_eq!(a.actual.1, b.actual.1);
            assert_eq!(a.points.1, b.points.1);
            assert_eq!(a.score.1, b.score.1);
        }
        let notes: Vec<_> = full
            .diagnostics
            .iter()
            .filter(|d| d.code == "case::full-width-read")
            .collect();
        assert_eq!(notes.len(), 1, "{:?}", full.diagnostics);
        assert!(
            notes[0].message.to_string().contains("(and 3 more cells)"),
            "{}",
            notes[0].message
        );
        assert!(
            !half
                .diagnostics
                .iter()
                .any(|d| d.code == "case::full-width-read")
        );
    }
}
