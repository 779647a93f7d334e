//! Importer for a form flattened onto one line: text copied from a web page or a document
//! preview where the table's cells are separated by spaces and its empty cells are gone
//! (`项目名称 委托业务项目 主管部门 … 产出指标(50分) 数量指标 …`), often after page junk
//! (document metadata, ids, dates).
//!
//! The line is split at whitespace into cells and the rows are rebuilt from what the template
//! fixes, as for paragraph text ([`paragraphs::rows`](super::paragraphs)): the order of the
//! headers, the funds row's columns, level-1/level-2 vocabulary, and — since empty cells are
//! gone — the indicator rows' points and score as the fourth and fifth cells after level 3, which
//! decide whether a row has a 偏差原因 cell. A cell broken by a space (`项目资金 (万元)`) is
//! joined back. Everything guessed is reported.

use super::grid::{self, Cell, Import, is_title};
use super::paragraphs;

/// Header words: a line holding the title and several of these is a whole flattened form.
const HEADER_WORDS: [&str; 7] = [
    "项目名称",
    "主管部门",
    "实施单位",
    "年度总体目标",
    "一级指标",
    "三级指标",
    "年度指标值",
];

/// True for a line that holds a whole form: a title and at least three header words among
/// many space-separated cells.
fn is_form_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let headers = HEADER_WORDS.iter().filter(|w| line.contains(*w)).count();
    words >= 20 && headers >= 3 && line.split_whitespace().any(is_title)
}

/// True when some line of `text` is a whole flattened form.
pub fn looks_like(text: &str) -> bool {
    text.lines().any(is_form_line)
}

/// Imports every form in `text`.
pub fn import(source_name: &str, text: &str, rules: Option<&str>) -> Import {
    read(source_name, text, rules).write()
}

/// The forms of `text` read, not yet written as case files (#15).
pub(crate) fn read(source_name: &str, text: &str, rules: Option<&str>) -> super::Pending {
    let mut cells = cells(text);
    let rewritten = grid::half_width(&mut cells);
    let (cells, mut notes) = paragraphs::join_broken(cells);
    let (rows, guessed) = paragraphs::rows(&cells, true);
    notes.extend(guessed);
    let mut parsed = grid::read_flat(rows);
    grid::attach_notes(&mut parsed, notes);
    grid::note_half_width(&mut parsed, rewritten, None);
    if parsed.forms.is_empty() {
        parsed.problems.push(grid::no_form_note());
    }
    parsed.pending(source_name, rules)
}

/// The cells: a form line split at whitespace, every other non-blank line one cell. A cell's
/// number counts the pieces of its own line (`第 2 行第 88 格`: the 88th piece of line 2, as a
/// user finds it), not the cells of the lines above; a line's only cell is said by its line
/// ([`grid::number_in_lines`]).
fn cells(text: &str) -> Vec<Cell<'_>> {
    let mut cells = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let pieces: Vec<&str> = if is_form_line(line) {
            line.split_whitespace().collect()
        } else if line.trim().is_empty() {
            Vec::new()
        } else {
            vec![line.trim()]
        };
        for (k, piece) in pieces.into_iter().enumerate() {
            let number = k + 1;
            cells.push(Cell {
                text: piece.into(),
                number,
                line: i + 1,
                numeric: false,
                across: 0,
            });
        }
    }
    grid::number_in_lines(&mut cells);
    cells
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn only_a_line_with_a_title_and_headers_is_a_form_line() {
        let form = "a b c d e f g h i j k l m n o p 项目支出绩效自评表 (2022年度) 项目名称 X 主管部门 Y 实施单位 Z";
        assert!(is_form_line(form));
        assert!(!is_form_line(
            "项目支出绩效自评表 项目名称 主管部门 实施单位"
        ));
        assert!(!is_form_line(&form.replace("项目支出绩效自评表", "某表")));
    }
}
