//! A 得分 cell written in words ([`Number::Marks`]: `满分`, `满分10分`, `不得分`, tester s11c
//! H1) resolved against its line's points before the case is scored, so the scoring and the
//! audits read a number as from any cell: an indicator's 满分 is its group's 分值, the
//! execution 得分's the execution points, the 总分 得分's the form's total points. Each reading
//! is said — a `score-in-words` note on the cell and the same words in that line's trace — and a
//! `满分10分` whose 10 is not the line's points is a `full-marks-mismatch` warning, never a
//! silent pick. Rare, so a case holding such a cell is cloned here.

use super::{Options, fmt, form};
use crate::i18n::{Message, msg};
use crate::model::{Case, Cell, FundsKind, Number, RuleSet};
use crate::outcome::{Finding, FindingCode, Input, Outcome, Step, codes};
use crate::value::Marks;
use rust_decimal::Decimal;

/// Which line a worded 得分 is on: its trace gets the note's step.
#[derive(Clone, Copy)]
enum Line {
    Indicator(usize),
    Execution,
    Total,
    /// A 其中 row's 得分, which nothing reads.
    Other,
}

/// What was read from one worded cell.
struct Note {
    line: Line,
    code: FindingCode,
    message: Message,
    cell: Cell,
}

/// True when a 得分 cell of the case is written in words.
pub(super) fn any(case: &Case) -> bool {
    let worded = |n: &Number| matches!(n, Number::Marks(_));
    case.indicators.iter().any(|i| worded(&i.score.1))
        || case.funds.iter().any(|r| worded(&r.score.1))
        || worded(&case.total_score.1)
}

/// Scores `case` with `score`, its worded 得分 cells read as numbers first; the notes join
/// the findings (first, in form order) and the traces.
pub(super) fn evaluate_resolved(
    rules: &RuleSet,
    case: &Case,
    options: Options,
    score: impl FnOnce(&Case) -> Outcome,
) -> Outcome {
    let (resolved, notes) = resolve(rules, case);
    let mut o = score(&resolved);
    if !options.scores_only {
        let findings = notes.iter().map(|n| Finding {
            code: n.code,
            severity: n.code.severity(),
            message: n.message.clone(),
            location: case.locate_on_form(&n.cell),
        });
        o.findings.splice(0..0, findings);
    }
    if options.trace {
        for n in notes {
            let trace = match n.line {
                Line::Indicator(i) => o.indicators.get_mut(i).map(|x| &mut x.trace),
                Line::Execution => Some(&mut o.execution.trace),
                Line::Total => Some(&mut o.total_trace),
                Line::Other => None,
            };
            let step = Step {
                text: n.message,
                rule: None,
                inputs: vec![Input {
                    location: case.locate(&n.cell),
                    text: n.cell.text.to_string(),
                }],
            };
            if let Some(t) = trace {
                t.insert(0, step);
            }
        }
    }
    o
}

/// `case` with every worded 得分 read as a number, and what was read.
fn resolve(rules: &RuleSet, case: &Case) -> (Case, Vec<Note>) {
    let mut out = case.clone();
    let mut notes = Vec::new();
    let pointless = form::pointless(case);
    let mut leader_points = None;
    for (i, ind) in out.indicators.iter_mut().enumerate() {
        // A row sharing its points cell with the rows above takes the first row's points.
        if !ind.shares_points {
            leader_points = plain_points(&ind.points.1);
        }
        let line = (Line::Indicator(i), leader_points.map(Points::Cell));
        read(&mut ind.score, line, &mut notes);
    }
    let execution_row = case
        .funds
        .iter()
        .position(|r| r.kind == FundsKind::Total)
        .unwrap_or(0);
    for (k, row) in out.funds.iter_mut().enumerate() {
        let line = match k == execution_row {
            true => (Line::Execution, execution_points(rules, row, pointless)),
            false => (Line::Other, None),
        };
        read(&mut row.score, line, &mut notes);
    }
    let total = match plain_points(&case.total_points.1) {
        Some(p) => Some(Points::Cell(p)),
        None if matches!(case.total_points.1, Number::Blank) && !pointless => {
            Some(Points::Rule(rules.weights.total))
        }
        None => None,
    };
    read(&mut out.total_score, (Line::Total, total), &mut notes);
    (out, notes)
}

/// The points a line's full marks stand for.
#[derive(Clone, Copy)]
enum Points {
    /// The line's own 分值 cell.
    Cell(Decimal),
    /// The rule set's, the cell being blank (the execution points, the total's 100).
    Rule(Decimal),
}

/// A points cell holding a number that is not negative.
fn plain_points(n: &Number) -> Option<Decimal> {
    n.value().filter(|p| !p.is_sign_negative() || p.is_zero())
}

/// The execution points as scoring takes them (`execution::execution_points`): the row's
/// 分值, the rule's when it is blank or negative; none on a form without points.
fn execution_points(
    rules: &RuleSet,
    row: &crate::model::FundsRow,
    pointless: bool,
) -> Option<Points> {
    match row.points.1.value() {
        Some(p) if !p.is_sign_negative() || p.is_zero() => Some(Points::Cell(p)),
        Some(_) => Some(Points::Rule(rules.execution.points)),
        None if pointless => None,
        None => Some(Points::Rule(rules.execution.points)),
    }
}

/// Reads one 得分 cell in words as a number, with its note; any other cell is left alone.
fn read(cell: &mut (Cell, Number), (line, points): (Line, Option<Points>), notes: &mut Vec<Note>) {
    let Number::Marks(marks) = cell.1 else { return };
    let text: &str = &cell.0.text;
    let text = text.trim();
    if matches!(line, Line::Other) {
        // A 其中 row's 得分 is not read: kept as text, as any other words there.
        cell.1 = Number::Unreadable(text.to_owned());
        return;
    }
    let (number, code, message) = match (marks, points) {
        (Marks::Zero, _) => (
            Number::Value(Decimal::ZERO),
            codes::SCORE_IN_WORDS,
            msg!("finding-score-in-words-zero", text = text),
        ),
        (Marks::Full { stated: Some(s) }, Some(Points::Cell(p) | Points::Rule(p))) if s != p => (
            Number::Value(s),
            codes::FULL_MARKS_MISMATCH,
            msg!(
                "finding-full-marks-mismatch",
                text = text,
                stated = fmt(s),
                points = fmt(p)
            ),
        ),
        (Marks::Full { .. }, Some(Points::Cell(p))) => (
            Number::Value(p),
            codes::SCORE_IN_WORDS,
            msg!("finding-score-in-words-full", text = text, points = fmt(p)),
        ),
        (Marks::Full { .. }, Some(Points::Rule(p))) => (
            Number::Value(p),
            codes::SCORE_IN_WORDS,
            msg!("finding-score-in-words-rule", text = text, points = fmt(p)),
        ),
        (Marks::Full { stated: Some(s) }, None) => (
            Number::Value(s),
            codes::SCORE_IN_WORDS,
            msg!(
                "finding-score-in-words-stated",
                text = text,
                stated = fmt(s)
            ),
        ),
        // Full marks of a line whose points are not known: nothing to read it as.
        (Marks::Full { stated: None }, None) => (
            Number::Blank,
            codes::UNREADABLE_VALUE,
            msg!("finding-full-marks-unknown", text = text),
        ),
    };
    cell.1 = number;
    notes.push(Note {
        line,
        code,
        message,
        cell: cell.0.clone(),
    });
}
