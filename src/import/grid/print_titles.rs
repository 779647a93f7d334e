//! A form's top rows printed again inside it, before forms are cut at their titles (tester
//! s16r N-A, N-E2). Excel's 打印标题 (页面设置 → 顶端标题行) prints the form's title and year
//! at the top of every page, Word's 重复标题行 the table's first row (项目名称); a PDF of such a
//! print converted to Word or Excel holds them in the middle of the form. Cut at the title, each
//! form was two: the first "cut short" with no 总分, the second nameless with error findings.
//!
//! The rule, one for every reader of rows (workbooks, Word tables, tab text): inside a form
//! that has its 项目名称 and has not reached its 总分, the form's own title printed again —
//! the same text, followed by nothing but copies of the form's top rows (its year, its
//! 项目名称 row …) and then by no row that opens a new form — is page text, and so is a copy
//! of the form's 项目名称 row after its header. Both are left out with a recognised note.
//! A second form still starts a new form: its own 项目名称 (another project), 主管部门 or
//! 填报单位 row, another year, or a section the form already has (资金, 目标) opens it, and
//! a form with no 总分 before it is still said to be cut short.

use super::{
    ImportNote, NoteKind, Row, header_key, is_funds_header, is_goals_header, is_indicators_header,
    is_title, is_total_label, is_year, squeeze,
};
use crate::i18n::{Message, msg, quoted};

/// The top of the form being read: what a repeated title and its rows are matched against.
struct Top {
    /// The title's text, white space squeezed out.
    title: String,
    /// The rows between the title and the form's first section header (its year, remarks,
    /// 项目名称, 主管部门 …), each as its non-empty cells squeezed.
    rows: Vec<Vec<String>>,
    /// The 项目名称 row among them.
    project: Option<Vec<String>>,
    /// A section header (资金, 目标, 指标) was read: the top rows are over.
    past_top: bool,
    funds: bool,
    goals: bool,
    /// The form's 总分 row was read: a title after it is the next form's.
    total: bool,
}

impl Top {
    fn new(title: &str) -> Self {
        Top {
            title: squeeze(title).into_owned(),
            rows: Vec::new(),
            project: None,
            past_top: false,
            funds: false,
            goals: false,
            total: false,
        }
    }

    /// True when a page of this form can still follow: its 项目名称 read, its 总分 not yet.
    fn open(&self) -> bool {
        self.project.is_some() && !self.total
    }

    /// Takes a row of the form that is no title.
    fn read(&mut self, first: &str, texts: Vec<String>) {
        if is_total_label(first) {
            self.total = true;
        }
        let funds = is_funds_header(first);
        let goals = is_goals_header(first);
        if funds || goals || is_indicators_header(first) {
            self.past_top = true;
        }
        self.funds |= funds;
        self.goals |= goals;
        if self.past_top {
            return;
        }
        if header_key(first) == Some("项目名称") && self.project.is_none() {
            self.project = Some(texts.clone());
        }
        self.rows.push(texts);
    }

    /// True for a row that opens a new form rather than going on with this one: a header
    /// row (项目名称, 主管部门, 实施单位), 填报单位, another title or year, or the header of a
    /// section this form has read already.
    fn opened_by(&self, first: &str) -> bool {
        header_key(first).is_some()
            || is_year(first)
            || squeeze(first).starts_with("填报单位")
            || is_title(first)
            || (self.funds && is_funds_header(first))
            || (self.goals && is_goals_header(first))
    }
}

/// A row's first written cell: in a grid (`aligned`) the first non-empty one, as forms are
/// cut there; in rows of text the first cell.
fn lead<'r>(row: &'r Row, aligned: bool) -> &'r str {
    match aligned {
        true => row
            .cells
            .iter()
            .map(|c| c.text.trim())
            .find(|t| !t.is_empty())
            .unwrap_or(""),
        false => row.first().trim(),
    }
}

/// The row's non-empty cells, white space squeezed out and a cell repeating the one before
/// it left out (a converter gives a merged cell's text to each column it covers): two prints
/// of one row compare equal.
fn texts(row: &Row) -> Vec<String> {
    let mut texts: Vec<String> = row
        .cells
        .iter()
        .map(|c| squeeze(c.text.trim()).into_owned())
        .filter(|t| !t.is_empty())
        .collect();
    texts.dedup();
    texts
}

/// Leaves out of `rows` the form's title and top rows printed again inside it, and a copy of
/// its 项目名称 row after its header (see the module's doc), each block with a recognised note.
pub(super) fn drop_repeats(
    rows: &mut Vec<Row>,
    sheet: Option<&str>,
    aligned: bool,
) -> Vec<ImportNote> {
    // Nearly every input has no title inside an open form (every title but the first comes
    // after its form's 总分) and no more 项目名称 rows than titles: told in one cheap pass
    // (#15: the full pass over every row of a file of seed forms was 7% of scoring it).
    let (mut titles, mut projects, mut open, mut inside) = (0, 0, false, false);
    for row in rows.iter() {
        let first = lead(row, aligned);
        if is_title(first) {
            titles += 1;
            inside |= open;
            open = true;
        } else if is_total_label(first) {
            open = false;
        } else if first.trim_start().starts_with('项') && header_key(first) == Some("项目名称")
        {
            projects += 1;
        }
    }
    if !inside && projects <= titles.max(1) {
        return Vec::new();
    }
    let mut notes = Vec::new();
    let mut dropped = vec![false; rows.len()];
    let mut top: Option<Top> = None;
    let mut i = 0;
    while let Some(row) = rows.get(i) {
        let first = lead(row, aligned);
        if first.is_empty() || dropped.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        if is_title(first) {
            if let Some(block) = top.as_ref().and_then(|t| repeated_top(rows, i, t, aligned)) {
                notes.extend(block_notes(rows, &block, sheet));
                for &k in &block {
                    if let Some(d) = dropped.get_mut(k) {
                        *d = true;
                    }
                }
                i += 1;
                continue;
            }
            top = Some(Top::new(first));
        } else if let Some(t) = top.as_mut() {
            // Past the top rows only a copy of the 项目名称 row is looked for, and it opens
            // with that label: the other rows' cells are not squeezed (#15: squeezing every
            // cell of every row was 7% of scoring a file of seed forms).
            let maybe_copy = t.open()
                && t.past_top
                && first.trim_start().starts_with('项')
                && header_key(first) == Some("项目名称");
            if maybe_copy && t.project.as_ref() == Some(&texts(row)) {
                notes.push(note(row, sheet, top_row_message(&texts(row))));
                if let Some(d) = dropped.get_mut(i) {
                    *d = true;
                }
            } else if t.past_top {
                t.read(first, Vec::new());
            } else {
                t.read(first, texts(row));
            }
        }
        i += 1;
    }
    let mut k = 0;
    rows.retain(|_| {
        k += 1;
        !dropped.get(k - 1).copied().unwrap_or(false)
    });
    notes
}

/// The rows of the form's own title printed again at `i`, when it is one: the same title inside
/// an open form, then copies of the form's top rows (empty rows passed over), up to the first
/// other row, which must open no new form. One such row may stand between the copies and is
/// kept: a PDF's text is extracted in the order it lies on the page, and a label merged over
/// the rows beside it (`效益指标`) can come between the title and its year. `None` for a new
/// form's title, or a title at the end.
fn repeated_top(rows: &[Row], i: usize, top: &Top, aligned: bool) -> Option<Vec<usize>> {
    let title = rows.get(i).map(|r| lead(r, aligned))?;
    if !top.open() || squeeze(title) != top.title {
        return None;
    }
    let copy = |j: usize| {
        rows.get(j)
            .map(texts)
            .filter(|t| top.rows.contains(t) || t.is_empty())
    };
    let mut block = vec![i];
    let mut j = i + 1;
    while copy(j).is_some() {
        block.push(j);
        j += 1;
    }
    let next = lead(rows.get(j)?, aligned);
    if top.opened_by(next) {
        return None;
    }
    // The one row kept between copies: the rows after it that are copies go with the block.
    let mut k = j + 1;
    while copy(k).is_some_and(|t| !t.is_empty()) {
        block.push(k);
        k += 1;
    }
    Some(block)
}

/// The notes for a block of rows left out (`block`, the title first): the title with the rows
/// of its heading that are no header row (its year) said as the title printed again, each
/// header row copied after it as a top row printed again.
fn block_notes(rows: &[Row], block: &[usize], sheet: Option<&str>) -> Vec<ImportNote> {
    let block: Vec<&Row> = block.iter().filter_map(|&k| rows.get(k)).collect();
    let mut heading = Vec::new();
    let mut notes = Vec::new();
    for row in block.iter().copied() {
        let texts = texts(row);
        let Some(first) = texts.first() else {
            continue;
        };
        match header_key(first) {
            Some(_) => notes.push(note(row, sheet, top_row_message(&texts))),
            None => heading.push(texts.join(" ")),
        }
    }
    if let Some(row) = block.first() {
        let text = quoted(heading.join(" "));
        notes.insert(
            0,
            note(row, sheet, msg!("import-note-page-title", text = text)),
        );
    }
    notes
}

fn top_row_message(texts: &[String]) -> Message {
    msg!("import-note-page-top-row", text = quoted(texts.join(" ")))
}

/// A recognised note at the row's first written cell.
fn note(row: &Row, sheet: Option<&str>, message: Message) -> ImportNote {
    let cell = row.cells.iter().find(|c| !c.text.trim().is_empty());
    let (number, line) = cell.map_or((row.number(), row.line()), |c| (c.number, c.line));
    ImportNote {
        form: 0,
        cell: number,
        line,
        sheet: sheet.map(str::to_owned),
        kind: NoteKind::Recognised,
        message,
        piece: None,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;
    use crate::import::grid::test_row;

    /// A form's top and first indicator rows, then `rest`, one row a line.
    fn form(name: &str, rest: &[&[&str]]) -> Vec<Row<'static>> {
        let top: [&[&str]; 5] = [
            &["项目支出绩效自评表"],
            &["(2023年度)"],
            &["项目名称", name],
            &["项目资金(万元)", "", "年初预算数"],
            &[
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "实际完成值",
                "分值",
                "得分",
            ],
        ];
        top.iter()
            .chain(rest)
            .enumerate()
            .map(|(i, r)| test_row(r, i + 1))
            .collect()
    }

    fn firsts(rows: &[Row]) -> Vec<String> {
        rows.iter().map(|r| r.first().to_owned()).collect()
    }

    const LINE: &[&str] = &["产出指标", "数量指标", "指标1", "≥10", "10", "10", "10"];
    const TOTAL: &[&str] = &["总分", "", "", "", "", "100", "95"];

    #[test]
    fn the_title_and_year_printed_again_inside_a_form_are_left_out() {
        let mut rows = form(
            "甲项目",
            &[LINE, &["项目支出绩效自评表"], &["(2023年度)"], LINE, TOTAL],
        );
        let notes = drop_repeats(&mut rows, None, false);
        assert_eq!(rows.len(), 8);
        assert_eq!(
            firsts(&rows)
                .iter()
                .filter(|f| f.contains("自评表"))
                .count(),
            1
        );
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].line, 7);
    }

    #[test]
    fn a_repeated_title_with_its_project_row_is_left_out_too() {
        let mut rows = form(
            "甲项目",
            &[
                LINE,
                &["项目支出绩效自评表"],
                &["(2023年度)"],
                &["项目名称", "甲项目"],
                LINE,
            ],
        );
        let notes = drop_repeats(&mut rows, None, false);
        assert_eq!(rows.len(), 7);
        assert_eq!(notes.len(), 2, "the title, and the project row");
    }

    #[test]
    fn a_new_form_after_a_form_cut_short_is_kept() {
        // Another project; the same project whose funds header the first form had; a form
        // that reached its 总分; another year.
        let cases: [&[&[&str]]; 4] = [
            &[
                LINE,
                &["项目支出绩效自评表"],
                &["(2023年度)"],
                &["项目名称", "乙项目"],
            ],
            &[
                LINE,
                &["项目支出绩效自评表"],
                &["(2023年度)"],
                &["项目名称", "甲项目"],
                &["项目资金(万元)"],
            ],
            &[LINE, TOTAL, &["项目支出绩效自评表"], &["(2023年度)"], LINE],
            &[LINE, &["项目支出绩效自评表"], &["(2024年度)"], LINE],
        ];
        for rest in cases {
            let mut rows = form("甲项目", rest);
            let before = rows.len();
            let notes = drop_repeats(&mut rows, None, false);
            assert_eq!((rows.len(), notes.len()), (before, 0), "{rest:?}");
        }
    }

    #[test]
    fn the_project_row_repeated_after_the_header_is_left_out() {
        let mut rows = form("甲项目", &[LINE, &["项目名称", "项目名称", "甲项目"], LINE]);
        let notes = drop_repeats(&mut rows, None, true);
        assert_eq!(rows.len(), 7);
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].line, 7);
    }
}
