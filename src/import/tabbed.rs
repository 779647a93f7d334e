//! Importer for tab-separated text: a table copied from Excel or a web browser and pasted into
//! Notepad, WeChat or an e-mail — one line a row, cells separated by tabs (#15, tester F25).
//!
//! Excel's copy is a real grid: every line has the same number of cells, a merged area's
//! covered cells are empty and a cell holding a line break is quoted (`"全年预算数\n(A)"`). It
//! is laid out as a sheet called `文字` ([`sheet::Sheet`]) and read by the columns its headers
//! name, as a workbook is. A browser's copy leaves the cells a merged cell covers out, so its
//! lines differ in length and its columns do not line up: each line is then one row of cells
//! read in order, as the seed's `|` text is. Either way the rows go to the one grid reader.

use super::grid::{self, Cell, Import, Row};
use super::sheet::{self, Sheet};

/// The name notes give the grid of an Excel copy (`文字!H13`).
pub const SHEET: &str = "文字";

/// True for text most of whose lines are tab-separated cells: at least three lines with two
/// or more tabs, and tabs on at least half of the non-blank lines.
pub fn looks_like(text: &str) -> bool {
    let lines = text.lines().filter(|l| !l.trim().is_empty());
    let (mut all, mut tabbed, mut wide) = (0usize, 0usize, 0usize);
    for line in lines {
        all += 1;
        let tabs = line.matches('\t').count();
        tabbed += usize::from(tabs > 0);
        wide += usize::from(tabs >= 2);
    }
    wide >= 3 && tabbed * 2 >= all
}

/// Imports every form in `text`.
pub fn import(source_name: &str, text: &str, rules: Option<&str>) -> Import {
    let records = records(text);
    let widths: Vec<usize> = records
        .iter()
        .filter(|(_, fields)| fields.iter().any(|f| !f.is_empty()))
        .map(|(_, fields)| fields.len())
        .collect();
    let rectangular = widths.windows(2).all(|w| w.first() == w.last());
    if rectangular {
        let mut sheet = Sheet::new(SHEET);
        'rows: for (line, fields) in &records {
            let row = u32::try_from(line.saturating_sub(1)).unwrap_or(u32::MAX);
            for (column, text) in fields.iter().enumerate() {
                let column = u32::try_from(column).unwrap_or(u32::MAX);
                if !sheet.put(row, column, text.clone(), false) {
                    break 'rows;
                }
            }
        }
        return sheet::import_sheets(vec![sheet], Vec::new(), source_name, rules);
    }
    let rows = records
        .into_iter()
        .filter(|(_, fields)| fields.iter().any(|f| !f.is_empty()))
        .map(|(line, mut fields)| {
            // A browser ends a row with a tab: the empty cell after it is no cell of the form.
            while fields.last().is_some_and(String::is_empty) {
                fields.pop();
            }
            let cells = fields
                .into_iter()
                .enumerate()
                .map(|(i, text)| Cell {
                    text,
                    number: i + 1,
                    line,
                    numeric: false,
                })
                .collect();
            Row { cells }
        })
        .collect();
    let mut parsed = grid::read(rows, None);
    if parsed.forms.is_empty() && parsed.bare_titles == 0 {
        parsed.problems.push(grid::no_form_note());
    }
    grid::finish_import(parsed.forms, parsed.problems, source_name, rules)
}

/// The lines of `text` as (1-based line, trimmed fields). A field in double quotes runs over
/// line breaks (Excel quotes a cell holding one) with `""` for a quote; the line break inside
/// a cell is kept out, as a break inside Chinese text is layout.
fn records(text: &str) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut at_start = true;
    let (mut line, mut first_line) = (1usize, 1usize);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if at_start && field.is_empty() => {
                quoted = true;
                at_start = false;
            }
            '"' if quoted => {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            }
            '\r' => {}
            '\n' if quoted => line += 1,
            '\t' if !quoted => {
                fields.push(field.trim().to_owned());
                field.clear();
                at_start = true;
            }
            '\n' => {
                fields.push(field.trim().to_owned());
                field.clear();
                out.push((first_line, std::mem::take(&mut fields)));
                line += 1;
                first_line = line;
                at_start = true;
            }
            c => {
                field.push(c);
                at_start = false;
            }
        }
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field.trim().to_owned());
        out.push((first_line, fields));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_split_cells_and_quotes_hold_line_breaks() {
        let r = records("a\tb\t\r\n\"全年预算数\n(A)\"\t\"x\"\"y\"\n");
        assert_eq!(
            r,
            [
                (1, vec!["a".to_owned(), "b".to_owned(), String::new()]),
                (2, vec!["全年预算数(A)".to_owned(), "x\"y".to_owned()]),
            ]
        );
    }

    #[test]
    fn text_of_tabbed_lines_is_told_from_text_with_a_stray_tab() {
        assert!(looks_like("a\tb\tc\nd\te\tf\ng\th\ti\n"));
        assert!(!looks_like("a\tb\tc\none\ntwo\nthree\nfour\nfive\nsix\n"));
        assert!(!looks_like("项目支出绩效自评表\n项目名称\n"));
    }
}
