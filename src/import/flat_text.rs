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

/// Header words: a block of long lines holding several of these, under or with a title, is a
/// flattened form.
const HEADER_WORDS: [&str; 7] = [
    "项目名称",
    "主管部门",
    "实施单位",
    "年度总体目标",
    "一级指标",
    "三级指标",
    "年度指标值",
];

/// A line with at least this many space-separated pieces is a flattened stretch of a table
/// (a page of a document preview, or the whole form), never one cell of a paragraph copy or a
/// row of a table copied one row a line (`spaced_rows`: nine cells at most, a goal's sentence
/// one piece).
const WIDE: usize = 20;

/// How many short lines before a flattened block may hold the form's title: a heading copied
/// as paragraphs of its own (`附件：` / `项目支出绩效自评表` / `（2022年度）`).
const TITLE_LINES: usize = 3;

/// True for a line a block of flattened text may go on with: a page marker between pages
/// (`— 2 —`, dropped later as page text), or a line of three pieces or more — the last page's
/// line may be short (`总分 100 95.5`); a wide line must come before it.
fn goes_on(line: &str) -> bool {
    super::page::is_marker(line.trim()) || line.split_whitespace().nth(2).is_some()
}

/// The lines (0-based, end exclusive) of each block of flattened text in `text`: a form copied
/// from a document preview or a web page with its cells parted by spaces, on one line or on
/// several — one line a page (`— 1 —` between them), or the title on lines of its own above
/// the table flattened onto one line (tester s21 pattern: `项目支出绩效自评表` / `项目名称 …`
/// was "no form"). A block is a run of lines that starts with a wide line ([`WIDE`] pieces),
/// goes on with wide lines, page markers and blank lines, and may end with one short line
/// of three pieces or more ([`goes_on`]); it holds a form when its lines, or the
/// [`TITLE_LINES`] non-blank lines right above it, hold a title, and its lines hold at least
/// three header words. The form's block starts at its title's line.
fn form_blocks(text: &str) -> Vec<(usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let wide = |line: &str| line.split_whitespace().nth(WIDE - 1).is_some();
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !lines.get(i).is_some_and(|l| wide(l)) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        while let Some(line) = lines.get(end) {
            if wide(line) || line.trim().is_empty() || super::page::is_marker(line.trim()) {
                end += 1;
            } else if goes_on(line) && !lines.get(end + 1).is_some_and(|l| wide(l)) {
                // The short last line ends the block.
                end += 1;
                break;
            } else {
                break;
            }
        }
        let block = lines.get(start..end).unwrap_or_default();
        let headers = HEADER_WORDS
            .iter()
            .filter(|w| block.iter().any(|l| l.contains(*w)))
            .count();
        let holds_title = |l: &str| l.split_whitespace().any(is_title) || is_title(l.trim());
        // The title's own line above the block is split with it: it may hold page junk before
        // the title (`… False False 附件: 项目支出绩效自评表 (2022年度)`).
        let title_above = (0..start)
            .rev()
            .filter(|&k| lines.get(k).is_some_and(|l| !l.trim().is_empty()))
            .take(TITLE_LINES)
            .find(|&k| lines.get(k).is_some_and(|l| holds_title(l)));
        // The form starts at the last title at or before its first header word: long lines
        // before it (a `#` comment, document metadata) stay one cell each, as before.
        let first_header = (start..end)
            .find(|&k| {
                lines
                    .get(k)
                    .is_some_and(|l| HEADER_WORDS.iter().any(|w| l.contains(*w)))
            })
            .unwrap_or(start);
        let title_in = (start..=first_header)
            .rev()
            .find(|&k| lines.get(k).is_some_and(|l| holds_title(l)));
        if let (true, Some(from)) = (headers >= 3, title_in.or(title_above)) {
            blocks.push((from, end));
        }
        i = end;
    }
    blocks
}

/// True when `text` holds a form flattened onto one line or a block of long lines
/// ([`form_blocks`]).
pub fn looks_like(text: &str) -> bool {
    // One wide line at least: most text has none, and is told without collecting its lines.
    text.lines()
        .any(|l| l.split_whitespace().nth(WIDE - 1).is_some())
        && !form_blocks(text).is_empty()
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

/// The cells: the lines of a form block ([`form_blocks`]) split at whitespace (a page marker
/// between them kept whole), every other non-blank line one cell. A cell's
/// number counts the pieces of its own line (`第 2 行第 88 格`: the 88th piece of line 2, as a
/// user finds it), not the cells of the lines above; a line's only cell is said by its line
/// ([`grid::number_in_lines`]).
fn cells(text: &str) -> Vec<Cell<'_>> {
    let blocks = form_blocks(text);
    let in_block = |i: usize| blocks.iter().any(|&(start, end)| (start..end).contains(&i));
    let mut cells = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let pieces: Vec<&str> = if in_block(i) && !super::page::is_marker(line.trim()) {
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
        assert_eq!(form_blocks(form), [(0, 1)]);
        assert!(form_blocks("项目支出绩效自评表 项目名称 主管部门 实施单位").is_empty());
        assert!(form_blocks(&form.replace("项目支出绩效自评表", "某表")).is_empty());
    }

    /// The body of a form flattened onto two lines of 24 and 22 pieces, with three header
    /// words.
    const BODY: &str = "项目名称 某项目 主管部门 某局 实施单位 某中心 项目资金 (万元) 年初预算数 \
        全年预算数 全年执行数 分值 执行率 得分 年度资金总额 10 10 10 10 100% 10";
    const INDICATORS: &str = "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 \
        偏差原因分析及改进措施 产出指标 数量指标 培训人次 ≥100人次 120人次 20 20 \
        质量指标 合格率 ≥95% 98% 20 20";

    #[test]
    fn a_title_on_lines_of_its_own_heads_the_flattened_table_below_it() {
        let text = format!("附件：\n项目支出绩效自评表\n（2022年度）\n{BODY} {INDICATORS}\n");
        assert_eq!(form_blocks(&text), [(1, 4)]);
        // Four lines above the body: the title is too far to head it.
        let far = format!("项目支出绩效自评表\n一\n二\n三\n{BODY} {INDICATORS}\n");
        assert!(form_blocks(&far).is_empty());
    }

    #[test]
    fn one_line_a_page_with_markers_and_a_short_last_line_is_one_block() {
        let text = format!(
            "项目支出绩效自评表 (2022年度)\n{BODY}\n— 1 —\n\n{INDICATORS}\n总分 100 100\n— 2 —\n说明：某某"
        );
        assert_eq!(form_blocks(&text), [(0, 6)]);
        // A long line before the title (a `#` comment, metadata) is no part of the block.
        let comment =
            "# 一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十";
        assert_eq!(form_blocks(&format!("{comment}\n{text}")), [(1, 7)]);
        let cells = cells(&text);
        assert!(
            cells.iter().any(|c| c.text == "— 1 —"),
            "a marker stays whole"
        );
        assert!(cells.iter().any(|c| c.text == "总分" && c.line == 6));
        assert!(
            cells.iter().any(|c| c.text == "说明：某某"),
            "after the block: one cell"
        );
    }

    #[test]
    fn rows_copied_one_a_line_are_no_block() {
        // The spaced-rows layout: a table row a line, nine cells at most.
        let text = "项目支出绩效自评表\n项目名称 某项目\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n\
            产出指标 数量指标 培训人次 ≥100人次 120人次 20 20\n";
        assert!(form_blocks(text).is_empty());
        assert!(!looks_like(text));
    }
}
