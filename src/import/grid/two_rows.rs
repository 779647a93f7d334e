//! The indicators header in two rows (Yunnan and others, tester s17x G2, s17w F7 d):
//! `绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因…` over `一级指标 | 二级指标 | 三级指标 |
//! 指标性质 | 指标值 | 度量单位`. The second row's columns take the place of the first row's
//! spanning 年度指标值, so a row reads `产出指标 | 数量指标 | 名称 | ≥ | 95 | % | 96 | 10 | 10` as
//! 指标性质, 指标值 and 度量单位 (joined into the target `≥95%`), 完成值, 分值, 得分 — the
//! columns the Sichuan template's one-row header names. Read one row at a time, the rows in
//! a grid, or both flattened into one row of text.

use super::{Column, Form, NoteKind, Row, header_column};
use crate::i18n::{list, msg};

/// The first row of a two-row indicators header, held until the row after it is read.
#[derive(Debug, Clone)]
pub(super) struct HeaderTop {
    /// Each named cell's column number and column, in order.
    at: Vec<(usize, Column)>,
    /// The row's cell count, its first cell's number and its line, for the note said when no
    /// second row follows.
    cells: usize,
    number: usize,
    line: usize,
    /// Label cells (`一级指标`) of the second row met on lines of their own before the rest of
    /// it: the rest's cells stand that many columns left of their place.
    cut_labels: usize,
}

/// True for a first header row whose target column spans sub-columns written in the row
/// below: it names 年度指标值 and no 三级指标.
fn spans_target(columns: &[Column]) -> bool {
    columns.contains(&Column::Target) && !columns.contains(&Column::Level3)
}

/// True for a second header row: it names the 三级指标 and at least one of the target's
/// sub-columns (指标性质, 指标值, 度量单位).
fn is_bottom(columns: &[Column]) -> bool {
    columns.contains(&Column::Level3)
        && columns
            .iter()
            .any(|c| matches!(c, Column::Nature | Column::Target | Column::Unit))
}

/// The columns after the labels: the top row's, its 年度指标值 replaced by the bottom row's
/// columns (their labels left out).
pub(super) fn compose(top: &[Column], bottom: &[Column]) -> Vec<Column> {
    let below = bottom
        .iter()
        .copied()
        .filter(|c| !matches!(c, Column::Level1 | Column::Level2));
    let mut composed: Vec<Column> = Vec::new();
    for &column in top {
        match column {
            Column::Target => composed.extend(below.clone()),
            Column::Level1 | Column::Level2 => {}
            _ if bottom.contains(&column) => {}
            _ => composed.push(column),
        }
    }
    composed
}

/// A header flattened into one row (`绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差… |
/// 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位`, tester s17x G2): the two rows'
/// columns composed, or none when the row is no such header.
/// The second row's columns are handed on too, for the note.
pub(super) fn one_row(named: &[Column]) -> Option<(Vec<Column>, &[Column])> {
    let level = |c: &Column| matches!(c, Column::Level1 | Column::Level2 | Column::Level3);
    let split = named.iter().position(level).filter(|&i| i > 0)?;
    let (top, bottom) = named.split_at(split);
    (spans_target(top) && is_bottom(bottom)).then(|| (compose(top, bottom), bottom))
}

impl Form {
    /// Holds `row` as a two-row header's first row when it is one (true), said with the
    /// second row or, when none follows, as the header read by cell count.
    pub(super) fn hold_header_top(&mut self, row: &Row, columns: &[Column]) -> bool {
        if !spans_target(columns) {
            return false;
        }
        let at = row
            .cells
            .iter()
            .filter_map(|c| header_column(&c.text).map(|k| (c.number, k)))
            .collect();
        self.header_top = Some(HeaderTop {
            at,
            cells: row.len(),
            number: row.number(),
            line: row.line(),
            cut_labels: 0,
        });
        true
    }

    /// Reads `row` as the second row of a held two-row header (true), composing the columns;
    /// any other row first says the held row was read by cell count.
    pub(super) fn take_header_bottom(&mut self, row: &Row) -> bool {
        let Some(top) = self.header_top.take() else {
            return false;
        };
        let filled = row
            .cells
            .iter()
            .filter(|c| !crate::value::trim(&c.text).is_empty());
        let named: Vec<Option<Column>> = filled.map(|c| header_column(&c.text)).collect();
        let bottom: Vec<Column> = named.iter().flatten().copied().collect();
        // A blank line, or the second row's 一级指标 cut onto a line of its own (tester s17w
        // F7: `|` then `一级 指标 |` then `二级指标 | 三级指标 | 指标性质 …`): still held.
        let labels_only = named
            .iter()
            .all(|k| matches!(k, Some(Column::Level1 | Column::Level2)));
        if labels_only {
            let mut top = top;
            top.cut_labels += named.len();
            self.header_top = Some(top);
            return true;
        }
        if named.iter().any(Option::is_none) || !is_bottom(&bottom) {
            let message = msg!("import-note-indicators-header-unknown", cells = top.cells);
            self.note_at(top.number, top.line, NoteKind::Guessed, message);
            return false;
        }
        let top_columns: Vec<Column> = top.at.iter().map(|&(_, k)| k).collect();
        let columns = compose(&top_columns, &bottom);
        self.note_two_rows(row, &bottom, &columns);
        if self.aligned {
            // By column: the second row's cells where it names them, the first row's others.
            let mut at: Vec<(usize, Column)> = row
                .cells
                .iter()
                .filter_map(|c| header_column(&c.text).map(|k| (c.number + top.cut_labels, k)))
                .collect();
            at.extend(top.at.iter().filter(|(_, k)| !bottom.contains(k)));
            at.sort_by_key(|&(n, _)| n);
            self.indicator_at = at;
        }
        self.indicator_columns = Some(columns);
        true
    }

    /// Says the two header rows were read as one, naming the columns read.
    pub(super) fn note_two_rows(&mut self, row: &Row, bottom: &[Column], columns: &[Column]) {
        let mut below: Vec<Column> = Vec::new();
        for &c in bottom {
            if matches!(c, Column::Nature | Column::Target | Column::Unit) && !below.contains(&c) {
                below.push(c);
            }
        }
        let message = msg!(
            "import-note-indicator-columns-two-rows",
            below = list(below.iter().map(|c| c.message())),
            columns = list(columns.iter().map(|c| c.message()))
        );
        self.note(row, NoteKind::Recognised, message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Column::*;

    #[test]
    fn the_second_row_takes_the_place_of_the_spanning_target() {
        let top = [Target, Actual, Points, Score, Deviation];
        let bottom = [Level1, Level2, Level3, Nature, Target, Unit];
        let read = [
            Level3, Nature, Target, Unit, Actual, Points, Score, Deviation,
        ];
        assert_eq!(compose(&top, &bottom), read);
        let flat: Vec<Column> = top.iter().chain(&bottom).copied().collect();
        assert_eq!(one_row(&flat).map(|(c, _)| c).as_deref(), Some(&read[..]));
    }

    #[test]
    fn a_standard_or_sichuan_header_is_no_two_row_header() {
        assert_eq!(one_row(&[Level1, Level2, Level3, Target, Actual]), None);
        assert_eq!(one_row(&[Level3, Nature, Target, Unit, Actual]), None);
        assert!(!spans_target(&[Level3, Target, Actual, Points, Score]));
    }
}
