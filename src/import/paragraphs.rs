//! Importer for text copied from Word or a web page with one table cell per paragraph: cells
//! separated by blank lines (an empty cell is an empty paragraph: three blank lines between two
//! cells), or — when the text has no blank-line separators at all — one cell per line.
//!
//! The row boundaries are lost in such text, so rows are rebuilt from the content: the section
//! headers (项目资金 …, 年度总体目标 …, 年度绩效指标完成情况 / 一级指标 …) name the columns and so
//! the width of the rows under them, level-1/level-2 labels open indicator rows, and a title,
//! 总分 or the next section cuts a row short (a form cut off mid-row is read as far as it goes).
//! The rows then go to the same [`grid`](super::grid) reader as every other format, including
//! forms of other templates (指标性质 column, no 分值/得分 columns).

use super::grid::{
    self, Cell, Import, Row, funds_column, indicator_column, is_funds_header, is_goals_header,
    is_indicators_header, is_level1, is_level2, is_title, is_year,
};

/// Imports every form in `text`.
pub fn import(source_name: &str, text: &str, rules: Option<&str>) -> Import {
    let mut parsed = grid::read(rows(&paragraphs(text)), None);
    if parsed.forms.is_empty() {
        parsed.problems.push(grid::no_form_note());
    }
    grid::finish_import(parsed.forms, parsed.problems, source_name, rules)
}

/// Splits the text into cells, numbered in order.
fn paragraphs(text: &str) -> Vec<Cell> {
    let lines: Vec<&str> = text.lines().collect();
    let blank = |l: &str| l.trim().is_empty();
    let (mut single_gaps, mut adjacent, mut run) = (0usize, 0usize, 0usize);
    for (i, l) in lines.iter().enumerate() {
        if blank(l) {
            run += 1;
            continue;
        }
        if i > 0 {
            if run == 0 {
                adjacent += 1;
            } else if run == 1 {
                single_gaps += 1;
            }
        }
        run = 0;
    }
    let mut cells: Vec<Cell> = Vec::new();
    let push = |cells: &mut Vec<Cell>, text: String, line: usize| {
        let number = cells.len() + 1;
        cells.push(Cell {
            text,
            number,
            line,
            numeric: false,
        });
    };
    if single_gaps <= adjacent {
        // One cell per line; a blank line inside the table is an empty cell.
        let mut seen = false;
        for (i, l) in lines.iter().enumerate() {
            if blank(l) && !seen {
                continue;
            }
            seen = true;
            push(&mut cells, l.trim().to_owned(), i + 1);
        }
        while cells.last().is_some_and(|c| c.text.is_empty()) {
            cells.pop();
        }
        return cells;
    }
    let mut current: Option<(usize, String)> = None;
    let mut run = 0usize;
    for (i, l) in lines.iter().enumerate() {
        if blank(l) {
            if let Some((line, text)) = current.take() {
                push(&mut cells, text, line);
            }
            run += 1;
            continue;
        }
        if current.is_none() {
            if !cells.is_empty() {
                for _ in 0..run.saturating_sub(1) / 2 {
                    push(&mut cells, String::new(), i);
                }
            }
            run = 0;
            current = Some((i + 1, l.trim().to_owned()));
        } else if let Some((_, text)) = current.as_mut() {
            text.push('\n');
            text.push_str(l.trim());
        }
    }
    if let Some((line, text)) = current {
        push(&mut cells, text, line);
    }
    cells
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    Header,
    Funds(usize),
    Goals(usize),
    Indicators(usize),
    After,
}

/// A cell that always starts a row of its own.
fn starts_row(text: &str) -> bool {
    is_title(text)
        || text == "总分"
        || text == "合计"
        || is_funds_header(text)
        || is_goals_header(text)
        || text == "年度绩效指标完成情况"
        || text.starts_with("注:")
        || text.starts_with("注：")
}

/// A level-3 cell (`指标1:…`) starts a new indicator row.
fn is_level3(text: &str) -> bool {
    let mut chars = text.strip_prefix("指标").unwrap_or("").chars();
    chars.next().is_some_and(|c| c.is_ascii_digit())
}

fn rows(cells: &[Cell]) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut section = Section::Header;
    let mut i = 0;
    let text = |j: usize| cells.get(j).map_or("", |c| c.text.as_str());
    while i < cells.len() {
        let t = text(i);
        // How many cells this row takes (at least 1), and the section after it.
        let (take, next) = if is_title(t) {
            (1, Section::Header)
        } else if t == "项目名称" || t == "实施单位" {
            (2, section)
        } else if t == "主管部门" {
            (if text(i + 2) == "实施单位" { 4 } else { 2 }, section)
        } else if is_year(t) && section == Section::Header {
            (1, section)
        } else if is_funds_header(t) {
            let mut n = 1;
            while funds_column(text(i + n)).is_some()
                || (text(i + n).is_empty() && funds_column(text(i + n + 1)).is_some())
            {
                n += 1;
            }
            let width = (1..n)
                .filter(|k| funds_column(text(i + k)).is_some())
                .count();
            (n, Section::Funds(width))
        } else if is_goals_header(t) {
            let mut n = 1;
            while n < 3
                && ["目标", "完成", "实际"]
                    .iter()
                    .any(|w| text(i + n).contains(w))
            {
                n += 1;
            }
            (n, Section::Goals((n - 1).max(1)))
        } else if is_indicators_header(t) && !matches!(section, Section::Indicators(_)) {
            let mut n = usize::from(indicator_column(t).is_none());
            while indicator_column(text(i + n)).is_some() {
                n += 1;
            }
            let width = (0..n)
                .filter_map(|k| indicator_column(text(i + k)))
                .filter(|c| !matches!(c, grid::Column::Level1 | grid::Column::Level2))
                .count();
            (n.max(1), Section::Indicators(width.max(1)))
        } else if t == "总分" || t == "合计" {
            let mut n = 1;
            while n < 6
                && i + n < cells.len()
                && !starts_row(text(i + n))
                && !text(i + n).starts_with('注')
                && text(i + n).chars().count() <= 12
            {
                n += 1;
            }
            (n, Section::After)
        } else {
            match section {
                Section::Funds(width)
                    if grid::FUNDS_LABELS.iter().any(|l| t.contains(l))
                        || t.starts_with("其中") =>
                {
                    (1 + width, section)
                }
                Section::Goals(width) => (width, section),
                Section::Indicators(width) => {
                    let labels = if is_level1(t) && is_level2(text(i + 1)) {
                        2
                    } else {
                        usize::from(is_level1(t) || is_level2(t))
                    };
                    (labels + width, section)
                }
                _ => (1, section),
            }
        };
        // Never run into the next row's opening cell: a title, 总分, a section header, or in
        // the indicators a new level-1/level-2 pair or a second `指标N` cell (the row above had
        // merged, left-out cells).
        let in_indicators = matches!(section, Section::Indicators(_)) && next == section;
        let level3_at = (0..3).find(|k| is_level3(text(i + k)));
        let mut n = 1;
        while n < take && i + n < cells.len() {
            let t = text(i + n);
            let new_group = is_level1(t) && is_level2(text(i + n + 1));
            let second_level3 = is_level3(t) && level3_at.is_some_and(|k| n > k);
            if starts_row(t) || (in_indicators && (new_group || second_level3)) {
                break;
            }
            n += 1;
        }
        let row = Row {
            cells: cells.iter().skip(i).take(n).cloned().collect(),
        };
        rows.push(row);
        section = next;
        i += n;
    }
    rows
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_separate_cells_and_three_make_an_empty_one() {
        let cells = paragraphs("a\n\nb\nc\n\n\n\nd\n\ne\n");
        let texts: Vec<&str> = cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["a", "b\nc", "", "d", "e"]);
        assert_eq!(cells.get(3).unwrap().line, 8);
    }

    #[test]
    fn without_blank_lines_every_line_is_a_cell() {
        let cells = paragraphs("a\nb\nc\n");
        assert_eq!(cells.len(), 3);
    }
}
