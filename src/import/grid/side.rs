//! Forms laid side by side on one grid (tester s9 F14): a department prints two forms on one
//! A3 page, the first in columns A–J and the second in L–U, a blank column between. Read as one
//! grid the second form's cells fell in no column of the first's headers: it was lost, and the
//! first lost its 项目名称 (a row of two name pairs fits no header row). A blank column band that
//! splits the grid into blocks each holding a form's title and a header of its own cuts the
//! grid there: each block is read as a grid of its own, its cells keeping their columns, so
//! every place stays the sheet's (`表1!M7`). For rows whose cell numbers are the columns of a
//! real grid (a worksheet, a Word or HTML table), empty cells present and cells merged over
//! left out.

use super::{Row, header_key, is_funds_header, is_indicators_header, is_title};

/// Beyond this column a grid is not cut (see [`block_starts`]).
const MAX_COLUMN: usize = 1024;

/// A block of columns (first, last, 1-based, inclusive) and its rows.
pub(super) type Block<'a> = ((usize, usize), Vec<Row<'a>>);

/// The grid cut into blocks of forms side by side, left to right; `Err` with the rows
/// untouched when it is one block (nearly every grid: told from one pass over its cells).
pub(super) fn split<'a>(
    rows: Vec<Row<'a>>,
    merged: &[(usize, usize)],
) -> Result<Vec<Block<'a>>, Vec<Row<'a>>> {
    let Some(starts) = block_starts(&rows) else {
        return Err(rows);
    };
    let mut blocks: Vec<Block> = starts
        .iter()
        .enumerate()
        .map(|(k, &first)| {
            let last = starts.get(k + 1).map_or(usize::MAX, |next| next - 1);
            ((first, last), Vec::new())
        })
        .collect();
    for row in rows {
        let mut parts: Vec<Row> = vec![Row::default(); blocks.len()];
        for cell in row.cells {
            let k = starts
                .partition_point(|&s| s <= cell.number)
                .saturating_sub(1);
            if let Some(part) = parts.get_mut(k) {
                part.cells.push(cell);
            }
        }
        for (part, block) in parts.into_iter().zip(&mut blocks) {
            if part.cells.iter().any(|c| !c.text.trim().is_empty()) {
                block.1.push(part);
            }
        }
    }
    // The last column of each block is its last column holding text, or the last a merged
    // cell starting in it spans (the right half of its title or 偏差原因 cells, tester s14
    // F6: `第 L 列至第 T 列` for a form in L–U), short of the next block.
    for (k, block) in blocks.iter_mut().enumerate() {
        let last = block.1.iter().flat_map(|r| &r.cells);
        let last = last.filter(|c| !c.text.trim().is_empty()).map(|c| c.number);
        let last = last.max().unwrap_or(block.0.0);
        let next = starts.get(k + 1).copied().unwrap_or(usize::MAX);
        let spanned = (merged.iter())
            .filter(|&&(first, end)| (block.0.0..=last).contains(&first) && end < next)
            .map(|&(_, end)| end);
        block.0.1 = spanned.fold(last, usize::max);
    }
    Ok(blocks)
}

/// The first column of each block when the grid holds forms side by side (two blocks or
/// more), else none.
fn block_starts(rows: &[Row]) -> Option<Vec<usize>> {
    // Cells are in column order: a row's last cell is its rightmost. Forms side by side never
    // reach column 1024; a grid reaching it (a stray far cell) is one block.
    let width = rows
        .iter()
        .filter_map(|r| r.cells.last())
        .map(|c| c.number)
        .max()?;
    if width > MAX_COLUMN {
        return None;
    }
    // Which columns hold text in some row.
    let mut filled = vec![false; width + 1];
    for cell in rows.iter().flat_map(|r| &r.cells) {
        if let Some(column) = filled.get_mut(cell.number) {
            *column |= !cell.text.trim().is_empty();
        }
    }
    // A cut before a column holding text after a blank column (or a gap in the numbers: a
    // column no cell of the grid starts in). A cell merged over the blank band stays in the
    // block where it starts.
    let mut cuts = Vec::new();
    let mut before: Option<usize> = None;
    for (number, _) in filled.iter().enumerate().filter(|(_, f)| **f) {
        if before.is_some_and(|before| number > before + 1) {
            cuts.push(number);
        }
        before = Some(number);
    }
    if cuts.is_empty() {
        return None;
    }
    // A block starts at a cut when the band right of it, up to the next cut, holds a form's
    // title; bands without one join the block on their left (the first joins the first).
    let first = filled.iter().position(|f| *f)?;
    let bands: Vec<usize> = std::iter::once(first).chain(cuts).collect();
    let titled = |lo: usize, hi: usize| {
        rows.iter()
            .flat_map(|r| &r.cells)
            .any(|c| (lo..hi).contains(&c.number) && is_title(&c.text))
    };
    let mut starts: Vec<usize> = Vec::new();
    for (k, &lo) in bands.iter().enumerate() {
        let hi = bands.get(k + 1).copied().unwrap_or(usize::MAX);
        if titled(lo, hi) {
            starts.push(lo);
        }
    }
    if let Some(start) = starts.first_mut() {
        *start = first;
    }
    let formed = |k: usize| {
        let lo = starts.get(k).copied().unwrap_or(usize::MAX);
        let hi = starts.get(k + 1).copied().unwrap_or(usize::MAX);
        rows.iter().any(|r| {
            let first = r
                .cells
                .iter()
                .find(|c| (lo..hi).contains(&c.number) && !c.text.trim().is_empty());
            first.is_some_and(|c| {
                is_funds_header(&c.text)
                    || is_indicators_header(&c.text)
                    || header_key(&c.text) == Some("项目名称")
            })
        })
    };
    (starts.len() >= 2 && (0..starts.len()).all(formed)).then_some(starts)
}
