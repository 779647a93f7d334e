//! Sums of the form's own figures that fail on a guessed reading (reviewer s18). A sum that
//! does not hold (`total-not-sum`, `total-points-not-sum`) accuses the department — unless the
//! import guessed which column a summed figure came from: an indicator row read by its count
//! of cells (`指标名称之后有 5 个单元格；依次按…读取`), a row cut by a page and put back, a value
//! merged across columns. Those guesses are the import notes placed on the row a summed
//! figure was read from. Guesses elsewhere on the form (a row whose 分值/得分 are merged with
//! the row above, so that nothing of it is summed; the project's name; a funds label) cannot
//! move a summed figure, and leave the finding an error: the seed's form 12 (`cases/huainan-
//! 2023`, total 93 against its lines' 97, with four such guesses) keeps its error.

use crate::model::{Case, Indicator};
use crate::source::FormPlace;

/// A row of the input: a text input's line, or a named cell's sheet (or document table) and
/// row (`表3!F14` → `表3`, `14`).
#[derive(Debug, PartialEq, Eq)]
enum Row<'a> {
    Line(usize),
    Named(&'a str, &'a str),
}

/// The row a place is on; none for a name that is no cell.
fn row_of(place: &FormPlace) -> Option<Row<'_>> {
    match place {
        FormPlace::Text { line, .. } => Some(Row::Line(*line)),
        FormPlace::Named(name) => {
            let (sheet, cell) = name.rsplit_once('!')?;
            let row = cell.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let digits = !row.is_empty() && row.chars().all(|c| c.is_ascii_digit());
            digits.then_some(Row::Named(sheet, row))
        }
    }
}

/// Where the figures of a sum were read: the lines of a text input (each row's first line to
/// its last) and the rows of named cells.
#[derive(Debug, Default)]
struct Rows<'a> {
    lines: Vec<(usize, usize)>,
    named: Vec<Row<'a>>,
}

impl Rows<'_> {
    fn holds(&self, place: &FormPlace) -> bool {
        match row_of(place) {
            Some(Row::Line(l)) => self.lines.iter().any(|(a, b)| (*a..=*b).contains(&l)),
            Some(named) => self.named.contains(&named),
            None => false,
        }
    }
}

/// The places of the import's guesses made on a row that a summed figure was read from: a
/// row of an indicator `summed` takes, and the funds row whose 得分 is the execution's when
/// `execution`. In the order of the notes.
pub(super) fn guesses_on_summed_rows(
    case: &Case,
    summed: impl Fn(&Indicator) -> bool,
    execution: bool,
) -> Vec<FormPlace> {
    if case.guessed_at.is_empty() {
        return Vec::new();
    }
    let rows = summed_rows(case, summed, execution);
    (case.guessed_at.iter())
        .filter(|p| rows.holds(p))
        .cloned()
        .collect()
}

/// The rows holding the guesses of [`guesses_on_summed_rows`], by name (三级指标, a funds
/// row's label), in form order: a place says where to look (`第 55 行`, `Sheet!C12`, a
/// Word table's row) but not which indicator it is, and on a form on one line `第 1 行`
/// repeated locates nothing at all (tester s22 C3); a finance officer checks the rows by
/// their names (s23). Empty when there are no guesses or none of the rows has a name.
pub(super) fn rows_named(
    case: &Case,
    summed: impl Fn(&Indicator) -> bool,
    execution: bool,
    guesses: &[FormPlace],
) -> Vec<std::sync::Arc<str>> {
    if guesses.is_empty() {
        return Vec::new();
    }
    let mut names = Vec::new();
    let mut keep = |rows: &Rows, name: &std::sync::Arc<str>| {
        if !name.trim().is_empty() && guesses.iter().any(|p| rows.holds(p)) {
            names.push(name.clone());
        }
    };
    for (i, indicator) in case.indicators.iter().enumerate() {
        let mut rows = Rows::default();
        add_row(&mut rows, case, ("indicators", i), summed(indicator), 0);
        keep(&rows, &indicator.level3.text);
    }
    for (j, funds) in case.funds.iter().enumerate() {
        let take = execution && funds.score.1 != crate::model::Number::Blank;
        let mut rows = Rows::default();
        add_row(&mut rows, case, ("funds", j), take, 0);
        keep(&rows, &funds.label.text);
    }
    names
}

/// The rows of [`guesses_on_summed_rows`]. A text row's note stands at its first cell, which
/// the case may not record (a level-1 or level-2 label, a funds row's label; the others are):
/// on a text with one cell a line, the row starts up to two lines before its first recorded
/// cell, after the last line of the row before it.
fn summed_rows(case: &Case, summed: impl Fn(&Indicator) -> bool, execution: bool) -> Rows<'_> {
    let mut rows = Rows::default();
    let mut before = 0;
    for (i, indicator) in case.indicators.iter().enumerate() {
        before = add_row(
            &mut rows,
            case,
            ("indicators", i),
            summed(indicator),
            before,
        );
    }
    before = 0;
    for (j, funds) in case.funds.iter().enumerate() {
        let take = execution && funds.score.1 != crate::model::Number::Blank;
        before = add_row(&mut rows, case, ("funds", j), take, before);
    }
    rows
}

/// Adds the row of a table's entry (`indicators`, 3) to `rows` when `take`; returns its last
/// line in a text input (`before` when it has none), where the next row starts after.
fn add_row<'a>(
    rows: &mut Rows<'a>,
    case: &'a Case,
    (table, index): (&str, usize),
    take: bool,
    before: usize,
) -> usize {
    let places = case
        .form_map
        .cells
        .iter()
        .filter(|(f, _)| f.table == table && f.index == Some(index))
        .filter_map(|(_, p)| row_of(p));
    let (mut first, mut last) = (usize::MAX, 0);
    for row in places {
        match row {
            Row::Line(l) => (first, last) = (first.min(l), last.max(l)),
            named if take => rows.named.push(named),
            _ => {}
        }
    }
    if last == 0 {
        return before;
    }
    if take {
        rows.lines
            .push((first.saturating_sub(2).max(before + 1).min(first), last));
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn a_row_is_a_line_or_a_named_cell_s_sheet_and_row() {
        let named = |n: &str| FormPlace::Named(Arc::from(n));
        let text = FormPlace::Text { line: 46, cell: 0 };
        assert_eq!(row_of(&text), Some(Row::Line(46)));
        let f14 = named("表3!F14");
        let a14 = named("表3!A14");
        assert_eq!(row_of(&f14), row_of(&a14));
        assert_ne!(row_of(&f14), row_of(&named("表4!F14")));
        assert_ne!(row_of(&f14), row_of(&named("表3!F15")));
        assert_eq!(
            row_of(&named("document#2!C7")),
            Some(Row::Named("document#2", "7"))
        );
        assert_eq!(row_of(&named("page#0")), None);
    }
}
