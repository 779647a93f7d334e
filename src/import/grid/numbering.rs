//! A numbering column in front of a form (`序号` over `1, 2, 3 …`, tester s9 F1): a
//! department numbers the indicator rows in a column of its own left of the template. Its
//! cells are no part of the form: left in, the header row starting `序号` is not taken as the
//! indicators' header and every indicator row after it is left out. The column is taken out
//! of a grid's rows before they are read, with one note at its header.

use super::{Row, squeeze};

/// A header a numbering column carries.
fn is_numbering_header(text: &str) -> bool {
    matches!(
        squeeze(text).trim_end_matches(['.', '．']),
        "序号" | "编号" | "行次" | "No" | "NO" | "no"
    )
}

/// A row number as a numbering column holds it: 1 to 999, as typed or as a spreadsheet's
/// number (`1`, `1.0`).
fn is_row_number(text: &str) -> bool {
    let t = text.trim();
    let t = t.strip_suffix(".0").unwrap_or(t);
    (1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()) && t != "0"
}

/// Where a numbering column was found: its column and the (line, column) of its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Numbering {
    /// The column (1-based), as the cells number it.
    pub(crate) column: usize,
    /// The header cell's row (1-based).
    pub(crate) line: usize,
}

/// Takes the leftmost column out of `rows` when it is a numbering column: every non-empty
/// cell in it is a numbering header (`序号` …) or a row number, with at least one header and
/// two numbers, and nothing else of the grid stands in it. For rows whose cell numbers are
/// the columns of a real grid.
pub(crate) fn take_out(rows: &mut [Row]) -> Option<Numbering> {
    let filled = || {
        rows.iter()
            .flat_map(|r| &r.cells)
            .filter(|c| !c.text.trim().is_empty())
    };
    let column = filled().map(|c| c.number).min()?;
    let mut header = None;
    let mut numbers = 0;
    for cell in filled().filter(|c| c.number == column) {
        match () {
            _ if is_row_number(&cell.text) => numbers += 1,
            _ if is_numbering_header(&cell.text) => {
                header.get_or_insert(cell.line);
            }
            _ => return None,
        }
    }
    let line = header.filter(|_| numbers >= 2)?;
    for row in rows.iter_mut() {
        row.cells.retain(|c| c.number != column);
    }
    Some(Numbering { column, line })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn grid(rows: &[&[&str]]) -> Vec<Row<'static>> {
        (1..)
            .zip(rows)
            .map(|(line, cells)| crate::import::grid::test_row(cells, line))
            .collect()
    }

    #[test]
    fn a_numbering_column_is_taken_out() {
        let mut rows = grid(&[
            &["", "项目支出绩效自评表"],
            &["序号", "绩效指标", "一级指标"],
            &["1", "产出指标", "数量指标"],
            &["2", "", "质量指标"],
            &["", "总分", "100"],
        ]);
        assert_eq!(take_out(&mut rows), Some(Numbering { column: 1, line: 2 }));
        assert_eq!(rows[1].cells[0].text, "绩效指标");
        assert_eq!(rows[1].cells[0].number, 2);
        assert!(rows.iter().flat_map(|r| &r.cells).all(|c| c.number > 1));
    }

    #[test]
    fn a_first_column_of_form_content_stays() {
        // The form's own first column (labels), numbers without a header, a header alone.
        for rows in [
            &[
                &["项目支出绩效自评表"][..],
                &["序号", "x"],
                &["1", "x"],
                &["2", "x"],
            ][..],
            &[&["1", "x"], &["2", "x"], &["3", "x"]],
            &[&["序号", "x"], &["1", "x"]],
            &[&["序号", "x"], &["1", "x"], &["2", "x"], &["总分", "100"]],
        ] {
            let mut rows = grid(rows);
            let before = rows.iter().map(|r| r.cells.len()).sum::<usize>();
            assert_eq!(take_out(&mut rows), None);
            assert_eq!(rows.iter().map(|r| r.cells.len()).sum::<usize>(), before);
        }
    }
}
