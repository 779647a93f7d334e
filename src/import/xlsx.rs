//! Importer for `.xlsx` workbooks in the standard self-evaluation layout: one form per sheet,
//! or several stacked vertically on one sheet. Read with calamine. A merged region's value
//! stands in its top-left cell; the other cells of the region are left out of the row, exactly
//! as the seed's text format leaves merged cells out, so the rows go to the same
//! [`grid`](super::grid) reader. A 分值/得分 region merged down over several indicator rows
//! therefore reads as a shared points cell (`shares_points`).
//!
//! Numbers: calamine carries them as f64. A numeric cell is written back through its shortest
//! decimal text and rounded to 6 decimal places (the forms carry at most 2), so `124.94` stays
//! `124.94`; an execution rate stored as a fraction (`0.7096` shown as `70.96%`) is read back
//! as a percent, and that is reported.

use super::grid::{self, Cell, Import, ImportNote, NoteKind, Row};
use calamine::{Data, Reader, Xlsx};
use rust_decimal::Decimal;
use std::collections::HashSet;
use std::io::Cursor;

/// A merged region: (first row, first column), (last row, last column), 0-based.
type Region = ((u32, u32), (u32, u32));

/// Imports every form of every sheet. `Err` when the bytes are not a readable workbook.
pub fn import(source_name: &str, bytes: &[u8], rules: Option<&str>) -> Result<Import, String> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec()))
        .map_err(|e| format!("cannot open `{source_name}` as an xlsx workbook: {e}"))?;
    let mut forms = Vec::new();
    let mut problems = Vec::new();
    for name in book.sheet_names() {
        let range = match book.worksheet_range(&name) {
            Ok(r) => r,
            Err(e) => {
                problems.push(ImportNote {
                    form: 0,
                    cell: 1,
                    line: 1,
                    sheet: Some(name.clone()),
                    kind: NoteKind::Unreadable,
                    message: format!("the sheet cannot be read: {e}"),
                });
                continue;
            }
        };
        let merges: Vec<Region> = book
            .merge_cells_by_sheet_name(&name)
            .unwrap_or_default()
            .into_iter()
            .map(|d| (d.start, d.end))
            .collect();
        let cells: Vec<((u32, u32), Data)> = range
            .used_cells()
            .map(|(r, c, v)| {
                let (r0, c0) = range.start().unwrap_or((0, 0));
                let r = r0 + u32::try_from(r).unwrap_or(u32::MAX - r0);
                let c = c0 + u32::try_from(c).unwrap_or(u32::MAX - c0);
                ((r, c), v.clone())
            })
            .collect();
        let parsed = grid::read(sheet_rows(&cells, &merges), Some(&name));
        for mut form in parsed.forms {
            form.renumber(u32::try_from(forms.len() + 1).unwrap_or(u32::MAX));
            forms.push(form);
        }
        problems.extend(parsed.problems);
    }
    if forms.is_empty() {
        problems.push(grid::no_form_note());
    }
    Ok(grid::finish_import(forms, problems, source_name, rules))
}

/// A cell's text, and whether it was a number.
fn cell_text(value: &Data) -> (String, bool) {
    match value {
        Data::String(s) => (s.trim().to_owned(), false),
        Data::Int(i) => (i.to_string(), true),
        Data::Float(f) => (number_text(*f), true),
        Data::Bool(b) => (b.to_string(), false),
        Data::Empty => (String::new(), false),
        other => (other.to_string(), false),
    }
}

/// An f64 as the decimal the form meant: its shortest text, rounded to 6 places.
pub fn number_text(f: f64) -> String {
    let text = format!("{f}");
    match text.parse::<Decimal>() {
        Ok(d) => d
            .round_dp_with_strategy(6, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            .normalize()
            .to_string(),
        Err(_) => text,
    }
}

/// The rows of a sheet: per sheet row, the cells not covered by a merged region (other than
/// its top-left), across the columns the table uses. Rows with no text are left out.
fn sheet_rows(cells: &[((u32, u32), Data)], merges: &[Region]) -> Vec<Row> {
    let mut covered: HashSet<(u32, u32)> = HashSet::new();
    for &(start, end) in merges {
        // Guard against absurd regions (a whole column merged): cap the work per region.
        let rows = end.0.saturating_sub(start.0).min(10_000);
        let cols = end.1.saturating_sub(start.1).min(1_000);
        for r in start.0..=start.0 + rows {
            for c in start.1..=start.1 + cols {
                if (r, c) != start {
                    covered.insert((r, c));
                }
            }
        }
    }
    let filled = cells.iter().filter(|(_, v)| !matches!(v, Data::Empty));
    let positions: Vec<(u32, u32)> = filled.map(|(p, _)| *p).collect();
    let (Some(first_col), Some(last_col)) = (
        positions
            .iter()
            .map(|p| p.1)
            .chain(merges.iter().map(|m| m.0.1))
            .min(),
        positions
            .iter()
            .map(|p| p.1)
            .chain(merges.iter().map(|m| m.1.1))
            .max(),
    ) else {
        return Vec::new();
    };
    let last_row = positions.iter().map(|p| p.0).max().unwrap_or(0);
    let first_row = positions.iter().map(|p| p.0).min().unwrap_or(0);
    let value = |r: u32, c: u32| {
        cells
            .binary_search_by(|(p, _)| p.cmp(&(r, c)))
            .ok()
            .and_then(|i| cells.get(i))
            .map(|(_, v)| v)
    };
    let mut rows = Vec::new();
    for r in first_row..=last_row {
        let mut row = Row::default();
        for c in first_col..=last_col {
            if covered.contains(&(r, c)) {
                continue;
            }
            let (text, numeric) = value(r, c).map(cell_text).unwrap_or_default();
            row.cells.push(Cell {
                text,
                number: usize::try_from(c).unwrap_or(0) + 1,
                line: usize::try_from(r).unwrap_or(0) + 1,
                numeric,
            });
        }
        if row.cells.iter().any(|c| !c.text.is_empty()) {
            rows.push(row);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_the_form_meant_them() {
        assert_eq!(number_text(124.94), "124.94");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(430.5), "430.5");
        assert_eq!(number_text(100.0), "100");
        assert_eq!(grid::column_name(1), "A");
        assert_eq!(grid::column_name(28), "AB");
    }
}
