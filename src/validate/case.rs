//! Validates a case file and builds a [`Case`], parsing every cell once.

use super::Validated;
use crate::diagnostic::codes::CaseCode;
use crate::diagnostic::{Diagnostic, from_toml_error};
use crate::load::raw_case::{self, RawCell};
use crate::model::{Case, Cell, Expect, FundsKind, FundsRow, Goal, Indicator, Number};
use crate::source::{Field, FormMap, Source};
use crate::value::{self, Value};
use rust_decimal::Decimal;
use std::str::FromStr;
use std::sync::Arc;

/// Help for a funds row label no pattern knows.
const UNKNOWN_FUNDS_ROW_HELP: &str = "the rows are 年度资金总额, 其中:本年财政拨款, 上年结转资金 and 其他资金, or a 其中 row naming where part of the money came from (其中:上级补助资金, 本级安排资金)";

/// Parses and validates a case file.
pub fn validate(source: &Source) -> Validated<Case> {
    let (raw, unknown) = raw_case::parse_reporting(&source.text);
    let diagnostics = super::keys::unknown_keys::<raw_case::RawCase>(
        CaseCode::UnknownKey,
        &source.text,
        &unknown,
        &|span| (source.clone(), span),
    );
    let raw = match raw {
        Ok(raw) if diagnostics.is_empty() => raw,
        Ok(_) => {
            return Validated {
                value: None,
                diagnostics,
            };
        }
        Err(e) => {
            let slips = crate::load::full_width::diagnostics(CaseCode::FullWidth, source);
            if !slips.is_empty() {
                return Validated {
                    value: None,
                    diagnostics: slips,
                };
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
            if !unknown.is_empty() {
                return Validated {
                    value: None,
                    diagnostics,
                };
            }
            diagnostics.push(from_toml_error(CaseCode::Syntax, source, &e));
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
    let cell = |c: &Option<RawCell>, field: Field| -> Cell { to_cell(c.as_ref(), field) };
    let header = raw.header.get_ref();
    let header_span = raw.header.span();

    let mut funds = Vec::new();
    for (i, row) in raw.funds.iter().enumerate() {
        let span = row.span();
        let r = row.get_ref();
        let f = |name: &'static str, c: &Option<RawCell>| {
            let c = cell(c, Field::at("funds", i, name));
            let n = number(&c.text);
            (c, n)
        };
        let label = to_cell(Some(&r.label), Field::at("funds", i, "label"));
        let kind = FundsKind::of_label(&label.text);
        if kind == FundsKind::Unknown {
            diagnostics.push(
                Diagnostic::warning(
                    CaseCode::UnknownFundsRow,
                    format!("funds row `{}` is not one of the form's rows", label.text),
                )
                .at(source, label.span.clone())
                .help(UNKNOWN_FUNDS_ROW_HELP),
            );
        }
        let row = FundsRow {
            kind,
            label,
            initial_budget: f("initial_budget", &r.initial_budget),
            full_year_budget: f("full_year_budget", &r.full_year_budget),
            spent: f("spent", &r.spent),
            points: f("points", &r.points),
            rate: f("rate", &r.rate),
            score: f("score", &r.score),
            span,
        };
        for (what, (c, n)) in [
            ("initial budget", &row.initial_budget),
            ("full-year budget", &row.full_year_budget),
            ("spent", &row.spent),
            ("points", &row.points),
            ("score", &row.score),
        ] {
            check_number(&mut diagnostics, source, what, c, n);
        }
        funds.push(row);
    }

    let goals = raw
        .goals
        .iter()
        .enumerate()
        .map(|(i, g)| Goal {
            expected: cell(&g.get_ref().expected, Field::at("goals", i, "expected")),
            actual: cell(&g.get_ref().actual, Field::at("goals", i, "actual")),
        })
        .collect();

    let mut indicators = Vec::with_capacity(raw.indicators.len());
    for (i, row) in raw.indicators.iter().enumerate() {
        let span = row.span();
        let r = row.get_ref();
        let text =
            |name: &'static str, c: &Option<RawCell>| cell(c, Field::at("indicators", i, name));
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
                    "an indicator that shares the points cell above cannot have its own points or score",
                )
                .at(source, span.clone())
                .help("remove `points` and `score` from this row, or remove `shares_points`"),
            );
        }
        if r.shares_points && i == 0 {
            diagnostics.push(
                Diagnostic::error(
                    CaseCode::SharedPointsFirst,
                    "the first indicator has no row above whose points it could share",
                )
                .at(source, span.clone())
                .help("remove `shares_points = true`"),
            );
        }
        indicators.push(Indicator {
            index: i,
            text_quantities: value::extract_quantities(&level3.text),
            bare_name: crate::model::bare_name(&level3.text),
            level1: to_cell(Some(&r.level1), Field::at("indicators", i, "level1")),
            level2: to_cell(Some(&r.level2), Field::at("indicators", i, "level2")),
            level3,
            nature: r.nature.as_ref().map(|_| parsed("nature", &r.nature)),
            target: parsed("target", &r.target),
            actual: parsed("actual", &r.actual),
            points: num("points", &r.points),
            score: num("score", &r.score),
            deduction: r.deduction.as_ref().map(|_| num("deduction", &r.deduction)),
            deviation: text("deviation", &r.deviation),
            shares_points: r.shares_points,
            span,
        });
        if let Some(ind) = indicators.last() {
            for (what, (c, n)) in std::iter::once(("points", &ind.points))
                .chain(std::iter::once(("score", &ind.score)))
                .chain(ind.deduction.as_ref().map(|d| ("deduction", d)))
            {
                check_number(&mut diagnostics, source, what, c, n);
            }
        }
    }
    if indicators.is_empty() {
        diagnostics.push(
            Diagnostic::warning(CaseCode::NoIndicators, "the case has no `[[indicators]]`")
                .at(source, header_span.clone())
                .help("a form has at least one level-3 indicator; was it cut short?"),
        );
    }

    let (total_points, total_score) = match &raw.total {
        Some(t) => {
            let t = t.get_ref();
            let p = cell(&t.points, Field::of("total", "points"));
            let s = cell(&t.score, Field::of("total", "score"));
            let (pn, sn) = (number(&p.text), number(&s.text));
            check_number(&mut diagnostics, source, "total points", &p, &pn);
            check_number(&mut diagnostics, source, "total score", &s, &sn);
            ((p, pn), (s, sn))
        }
        None => (
            (Cell::default(), Number::Blank),
            (Cell::default(), Number::Blank),
        ),
    };

    let expect = raw.expect.as_ref().map(|e| {
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
                            format!("expected total `{}` is not a number", t.get_ref()),
                        )
                        .at(source, t.span())
                        .help("write the total as a decimal string, e.g. \"97\""),
                    );
                    None
                }
            });
        Expect {
            total,
            grade: e.grade.as_ref().map(|g| (g.get_ref().clone(), g.span())),
            findings: e.findings.as_ref().map(|f| (f.get_ref().clone(), f.span())),
        }
    });

    if header.project.get_ref().0.trim().is_empty() {
        diagnostics.push(
            Diagnostic::warning(
                CaseCode::BlankProject,
                "the project name (项目名称) is blank",
            )
            .at(source, header.project.span())
            .help("copy the project name from the form: reports and findings name the case by it"),
        );
    }
    if let Some(r) = &raw.form.rules
        && !crate::load::is_rule_set_id(r.get_ref())
    {
        diagnostics.push(rules_not_an_id(source, r));
    }
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
    let form_map = Arc::new(form_map(&funds, &indicators, cells));
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
            .filter(|n| n.starts_with("guessed ") || n.starts_with("unreadable "))
            .count(),
        project: to_cell(Some(&header.project), Field::of("header", "project")),
        department: cell(&header.department, Field::of("header", "department")),
        unit: cell(&header.unit, Field::of("header", "unit")),
        year: cell(&header.year, Field::of("header", "year")),
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
    let (message, help) = full_width_message(cell.text.trim(), &read, more);
    let mut d = Diagnostic::warning(CaseCode::FullWidthRead, message)
        .at(source, cell.span.clone())
        .help(help);
    d.severity = crate::diagnostic::Severity::Info;
    Some(d)
}

/// The message and help of `case::full-width-read` (kept together for the message catalogs).
fn full_width_message(text: &str, read: &str, more: usize) -> (String, String) {
    let others = match more {
        0 => String::new(),
        1 => " (and 1 more cell)".to_owned(),
        n => format!(" (and {n} more cells)"),
    };
    (
        format!("`{text}` is written in full-width digits or signs and read as `{read}`{others}"),
        "nothing to fix: full-width (全角) digits and signs in cells are read as half-width (半角); retype them in half-width to silence this note".to_owned(),
    )
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
) -> Vec<(Field, Arc<str>)> {
    type Cells = Option<toml::Spanned<std::collections::BTreeMap<String, String>>>;
    let mut out = Vec::new();
    let mut add =
        |table: &'static str, index: Option<usize>, keys: &[&'static str], cells: &Cells| {
            let Some(cells) = cells else {
                return;
            };
            for (name, cell) in cells.get_ref() {
                match keys.iter().find(|k| **k == name.as_str()) {
                Some(key) => out.push((Field { table, index, key }, Arc::from(cell.as_str()))),
                None => diagnostics.push(
                    Diagnostic::warning(
                        CaseCode::UnknownCellKey,
                        format!("`cells` names `{name}`, which is not a key of `{table}`"),
                    )
                    .at(source, cells.span())
                    .help(format!(
                        "`cells` says which workbook cell each value came from; its keys are {}",
                        keys.join(", ")
                    )),
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
/// and the workbook cells the importer recorded.
fn form_map(
    funds: &[FundsRow],
    indicators: &[Indicator],
    cells: Vec<(Field, Arc<str>)>,
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
/// beyond [`MAX_CELL`] is unreadable: no form means it.
pub fn number(text: &str) -> Number {
    match value::parse(text) {
        Value::Blank => Number::Blank,
        Value::Quantity(q) if q.comparator.is_none() && !q.ordinal && q.value.abs() <= MAX_CELL => {
            Number::Value(q.value)
        }
        _ => Number::Unreadable(text.trim().to_owned()),
    }
}

/// Warnings about a numeric cell that cannot be used as written: not a number (`十五`), too
/// large, or negative. The form is still scored; the evaluator reports a finding too.
fn check_number(
    diagnostics: &mut Vec<Diagnostic>,
    source: &Source,
    what: &str,
    cell: &Cell,
    n: &Number,
) {
    let text = cell.text.trim();
    let d = match n {
        Number::Unreadable(_) => {
            let too_large = matches!(value::parse(text), Value::Quantity(q) if q.comparator.is_none() && !q.ordinal);
            if too_large {
                Diagnostic::warning(
                    CaseCode::TooLarge,
                    format!("{what} `{text}` is too large for a form cell"),
                )
                .help("cells hold at most 10^15; check for a pasted or repeated number")
            } else {
                Diagnostic::warning(
                    CaseCode::NotANumber,
                    format!("{what} `{text}` is not a number"),
                )
                .help("write the number in Arabic digits, e.g. \"15\" for 十五, or leave the cell blank")
            }
        }
        Number::Value(v) if v.is_sign_negative() && !v.is_zero() => {
            Diagnostic::warning(CaseCode::Negative, format!("{what} `{text}` is negative"))
                .help("points, scores and amounts on a form are zero or more")
        }
        _ => return,
    };
    diagnostics.push(d.at(source, cell.span.clone()));
}

/// `[form] rules` naming a path (`/etc/x`, `../../x`): rule sets are shared between offices
/// and found by id under the rules root only; nothing outside it is read (issue #18 item 8).
fn rules_not_an_id(source: &Source, r: &toml::Spanned<String>) -> Diagnostic {
    Diagnostic::error(
        CaseCode::RulesNotAnId,
        format!(
            "`rules = \"{}\"` is a path, not the id of a rule set",
            r.get_ref()
        ),
    )
    .at(source, r.span())
    .help("name a rule set by its directory name under the rules root (e.g. `anhui-2023`), or score with `--rules DIR`")
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use crate::source::SourceFile;

    const CASE: &str = "[header]\nproject = \"p\"\n\n[[indicators]]\nlevel1 = \"产出指标\"\nlevel2 = \"数量指标\"\nlevel3 = \"指标1\"\ntarget = \"≥85.5%\"\nactual = \"25,000件\"\npoints = \"50\"\nscore = \"-5\"\n";

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
