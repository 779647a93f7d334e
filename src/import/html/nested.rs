//! A table inside one cell of a page's form table (tester s12 S14): a CMS editor or a page
//! assembled from pieces puts the whole 项目资金 block — its header of amount columns and its
//! four rows — as a `<table>` in the cell beside the `项目资金(万元)` label. Such a table is
//! kept as rows of cells while its text still joins the outer cell's (the reading of any other
//! small table in a cell, a 偏差原因 written as a 2×2 table); when the outer row opens with a
//! funds header and the inner table holds the funds columns' header, its rows are laid out on
//! the page's grid in place of the cell, one sheet row each, and the outer row's other cells
//! are stretched over them as a rowspan would — what a workbook with the block in its own
//! rows gives the grid reader.

use super::OpenCell;
use crate::import::grid;

/// An inner table being read, or read: its rows of cells, in order. The page routes to it
/// only the `<tr>`/`<td>` of the inner table itself; text of tables deeper still joins the
/// inner cell's.
#[derive(Default)]
pub(super) struct Nested {
    rows: Vec<Vec<OpenCell>>,
}

impl Nested {
    /// A `<tr>` of the inner table.
    pub(super) fn row(&mut self) {
        self.rows.push(Vec::new());
    }

    /// A `<td>`/`<th>` of the inner table.
    pub(super) fn cell(&mut self, colspan: u32, rowspan: u32) {
        if self.rows.is_empty() {
            self.rows.push(Vec::new());
        }
        if let Some(row) = self.rows.last_mut() {
            row.push(OpenCell {
                colspan,
                rowspan,
                ..OpenCell::default()
            });
        }
    }

    /// Text inside the inner table: its open cell's.
    pub(super) fn text(&mut self, text: &str) {
        if let Some(cell) = self.rows.last_mut().and_then(|r| r.last_mut()) {
            cell.text.push_str(text);
        }
    }

    /// The rows, when they are a funds block to lay out in place of a cell of a row opening
    /// with `row_head`: the row opens with a funds header (`项目资金`) and a row of the inner
    /// table names two funds columns or more (年初预算数, 全年预算数 …).
    pub(super) fn funds_rows(self, row_head: &str) -> Option<Vec<Vec<OpenCell>>> {
        if !grid::is_funds_header(row_head) {
            return None;
        }
        let header = self.rows.iter().any(|row| {
            let named = row.iter().filter(|c| {
                let text = super::squeeze(&c.text);
                grid::funds_column(&text).is_some()
            });
            named.count() >= 2
        });
        let rows = self.rows.into_iter().filter(|r| !r.is_empty()).collect();
        header.then_some(rows)
    }
}
