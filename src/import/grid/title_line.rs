//! A form's title with a header label after it on its line or in its cell (the 永德 page,
//! Yunnan 2022: `2022年度项目支出绩效自评表 | 部门:某县教育体育局`; also `…自评表 项目名称 某项目`):
//! the title is a row of its own and the label with its value the header row after it, as
//! when the two stand on lines of their own. Without this the title was no title cell (the
//! text was "no form") or, in `|` rows, the label and value after it were not read.
//!
//! A remark after the title in its cell (`2023年度项目支出绩效自评表 单位：元`, one merged cell)
//! is cut off the same way, into a cell of its own on the title's row: the form reads it as a
//! remark printed beside the title, the amounts' unit included (s24: the cell was no title and
//! amounts in 元 were taken as 万元).

use super::{
    Cell, ImportNote, NoteKind, Row, header_key, holds, is_form_remark, is_title, squeeze,
};
use crate::i18n::{msg, quoted};

/// What may separate the title from the label, and a label from its value.
const SEPARATORS: [char; 4] = ['|', '｜', ':', '：'];

/// The title and the header label and value after it in one cell's `text`: `(title, label,
/// value)`, the value empty when the label stands alone. None for a cell that is not a title
/// followed by a header label.
pub(crate) fn split_cell(text: &str) -> Option<(&str, &str, &str)> {
    let (title, rest) = title_and_rest(text)?;
    let (label, value) = label_value(rest)?;
    Some((title, label, value))
}

/// The title and the remark after it in one cell's `text` (`2023年度项目支出绩效自评表 单位：元`,
/// `…自评表（金额单位：万元）`): `(title, remark)`, the remark without its brackets. None for a
/// cell that is not a title followed by a remark ([`is_form_remark`]).
pub(crate) fn split_remark(text: &str) -> Option<(&str, &str)> {
    let (title, rest) = title_and_rest(text)?;
    let remark = rest
        .strip_prefix(['(', '（'])
        .and_then(|r| r.strip_suffix([')', '）']))
        .unwrap_or(rest)
        .trim();
    is_form_remark(remark).then_some((title, remark))
}

/// A title and the text after it in one cell: `(title, rest)`, the rest not empty and without
/// the white space or `|` before it. None when the cell does not start with a title.
fn title_and_rest(text: &str) -> Option<(&str, &str)> {
    // A title ends in 自评表: told before anything else (this runs on every cell of a text).
    if !holds(text, '表') {
        return None;
    }
    let end = text.find("自评表")? + "自评表".len();
    let (title, rest) = text.split_at(end);
    // The year in brackets after the title belongs to it (`项目支出绩效自评表(2022年度)`).
    let (title, rest) = match bracketed_year(rest) {
        Some(n) => text.split_at(end + n),
        None => (title, rest),
    };
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '|' || c == '｜');
    let rest = rest.trim_end_matches(|c: char| c.is_whitespace() || c == '|' || c == '｜');
    if rest.is_empty() || !is_title(title) {
        return None;
    }
    Some((title.trim(), rest))
}

/// The bytes of a bracketed year at the start of `rest` (`(2022年度)`, `（2022年）`).
fn bracketed_year(rest: &str) -> Option<usize> {
    let t = rest.trim_start();
    let inner = t.strip_prefix(['(', '（'])?;
    let close = inner.find([')', '）'])?;
    let year = inner.get(..close)?;
    let digits = year.chars().take_while(char::is_ascii_digit).count();
    (digits == 4
        && year
            .get(digits..)
            .is_some_and(|u| matches!(u, "年度" | "年")))
    .then(|| {
        let closing = inner
            .get(close..)
            .and_then(|s| s.chars().next())
            .map_or(1, char::len_utf8);
        rest.len() - t.len() + (t.len() - inner.len()) + close + closing
    })
}

/// A header label at the start of `rest` and the value after it: the label ends at a colon,
/// a `|` or white space. The labels are those the header rows are read by ([`header_key`]),
/// and `部门` (the department the Yunnan and Anhui forms name beside their title).
fn label_value(rest: &str) -> Option<(&str, &str)> {
    let end = rest
        .find(|c: char| c.is_whitespace() || SEPARATORS.contains(&c))
        .unwrap_or(rest.len());
    let label = rest.get(..end)?;
    if !is_label(label) {
        return None;
    }
    let value = rest
        .get(end..)?
        .trim_start_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c))
        .trim_end_matches(|c: char| c.is_whitespace() || c == '|' || c == '｜');
    Some((label, value))
}

/// True for a header label a title may be followed by.
fn is_label(label: &str) -> bool {
    let squeezed = squeeze(label);
    header_key(&squeezed).is_some() || squeezed == "部门"
}

/// The rows with each title that a header label follows on its row — in the title's own cell
/// (`2022年度项目支出绩效自评表 部门:某局`) or in the cells after it (`title | 项目名称 | 某项目`)
/// — cut into the title's row and a header row of the label and its value, each cut said.
pub(super) fn split_rows(rows: &mut Vec<Row<'_>>, sheet: Option<&str>) -> Vec<ImportNote> {
    split_remarks(rows);
    // Nearly no input has such a row: told in one cheap pass before any row is rebuilt.
    let at: Vec<usize> = (0..rows.len())
        .filter(|&i| rows.get(i).is_some_and(|r| title_then_label(r).is_some()))
        .collect();
    let mut notes = Vec::new();
    for &i in at.iter().rev() {
        let Some(row) = rows.get_mut(i) else {
            continue;
        };
        let Some(header) = cut(row) else {
            continue;
        };
        let texts: Vec<&str> = header
            .cells
            .iter()
            .map(|c| c.text.trim())
            .filter(|t| !t.is_empty())
            .collect();
        let title = row.first().to_owned();
        let cell = header.cells.first().map_or(0, |c| c.number);
        let line = header.cells.first().map_or(0, |c| c.line);
        notes.push(cut_note(&title, &texts, (line, cell), sheet));
        rows.insert(i + 1, header);
    }
    notes
}

/// Each title cell holding a remark after its title (`2023年度项目支出绩效自评表 单位：元`) cut in
/// two: the title, and the remark in a cell of its own after it on its row, which the form
/// reads as a remark beside the title (and notes) — the cell's place for both.
fn split_remarks(rows: &mut [Row<'_>]) {
    for row in rows.iter_mut() {
        let Some(k) = row.cells.iter().position(|c| !c.text.trim().is_empty()) else {
            continue;
        };
        let Some(first) = row.cells.get_mut(k) else {
            continue;
        };
        let Some((title, remark)) = split_remark(&first.text) else {
            continue;
        };
        let remark = Cell::text(remark.to_owned(), first.number, first.line);
        first.text = title.to_owned().into();
        row.cells.insert(k + 1, remark);
    }
}

/// The note on a title cut from the header label after it: what was read as which, at
/// `(line, cell)`.
pub(crate) fn cut_note(
    title: &str,
    header: &[&str],
    (line, cell): (usize, usize),
    sheet: Option<&str>,
) -> ImportNote {
    ImportNote {
        form: 0,
        cell,
        line,
        sheet: sheet.map(str::to_owned),
        kind: NoteKind::Recognised,
        message: msg!(
            "import-note-title-label",
            title = quoted(title),
            text = quoted(header.join(" "))
        ),
        piece: None,
    }
}

/// Where the header label after a row's title is: in the title's own cell (`Some(None)`) or
/// in the cell at the index given.
fn title_then_label(row: &Row) -> Option<Option<usize>> {
    let (k, first) = row
        .cells
        .iter()
        .enumerate()
        .find(|(_, c)| !c.text.trim().is_empty())?;
    if !holds(&first.text, '表') {
        return None;
    }
    if split_cell(&first.text).is_some() {
        return Some(None);
    }
    if !is_title(&first.text) {
        return None;
    }
    let (j, next) = row
        .cells
        .iter()
        .enumerate()
        .skip(k + 1)
        .find(|(_, c)| !c.text.trim().is_empty())?;
    label_value(next.text.trim()).map(|_| Some(j))
}

/// The header row cut off `row` after its title, the title's cell left holding the title
/// alone; a label written with its value in one cell (`部门:某局`) is two cells.
fn cut<'a>(row: &mut Row<'a>) -> Option<Row<'a>> {
    let mut rest: Vec<Cell<'a>> = match title_then_label(row)? {
        Some(j) => row.cells.split_off(j),
        None => {
            let k = row.cells.iter().position(|c| !c.text.trim().is_empty())?;
            let first = row.cells.get_mut(k)?;
            let text = first.text.to_string();
            let (title, label, value) = split_cell(&text)?;
            let (number, line) = (first.number, first.line);
            first.text = title.to_owned().into();
            let mut rest = vec![Cell::text(label.to_owned(), number, line)];
            if !value.is_empty() {
                rest.push(Cell::text(value.to_owned(), number, line));
            }
            rest.extend(row.cells.split_off(k + 1));
            return Some(Row { cells: rest });
        }
    };
    // `部门:某局` in a cell of its own.
    if let Some(first) = rest.first_mut() {
        let text = first.text.to_string();
        if let Some((label, value)) = label_value(text.trim())
            && !value.is_empty()
        {
            let (number, line) = (first.number, first.line);
            first.text = label.to_owned().into();
            rest.insert(1, Cell::text(value.to_owned(), number, line));
        }
    }
    Some(Row { cells: rest })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_followed_by_a_label_in_its_cell_is_cut_there() {
        assert_eq!(
            split_cell("2022年度项目支出绩效自评表 | 部门:某县教育体育局"),
            Some(("2022年度项目支出绩效自评表", "部门", "某县教育体育局"))
        );
        assert_eq!(
            split_cell("项目支出绩效自评表（2022年度）项目名称 某项目"),
            Some(("项目支出绩效自评表（2022年度）", "项目名称", "某项目"))
        );
        assert_eq!(
            split_cell("2022年度项目支出绩效自评表 主管部门：某局"),
            Some(("2022年度项目支出绩效自评表", "主管部门", "某局"))
        );
        // A title alone, or followed by words that are no label, is left as it is.
        assert_eq!(split_cell("2022年度项目支出绩效自评表"), None);
        assert_eq!(split_cell("2022年度项目支出绩效自评表 说明"), None);
        assert_eq!(
            split_cell("关于报送项目支出绩效自评表的通知 部门:某局"),
            None
        );
    }

    #[test]
    fn a_title_followed_by_a_remark_in_its_cell_is_cut_there() {
        assert_eq!(
            split_remark("2023年度项目支出绩效自评表 单位：元"),
            Some(("2023年度项目支出绩效自评表", "单位：元"))
        );
        assert_eq!(
            split_remark("项目支出绩效自评表（2023年度）（金额单位：万元）"),
            Some(("项目支出绩效自评表（2023年度）", "金额单位：万元"))
        );
        assert_eq!(
            split_remark("2023年度项目支出绩效自评表 | 单位:元 |"),
            Some(("2023年度项目支出绩效自评表", "单位:元"))
        );
        // A title alone, a label after it, or words that are no remark: not cut so.
        assert_eq!(split_remark("2023年度项目支出绩效自评表"), None);
        assert_eq!(
            split_remark("2023年度项目支出绩效自评表 项目名称 某项目"),
            None
        );
        assert_eq!(split_remark("2023年度项目支出绩效自评表 单位：千克"), None);
        let mut rows = vec![
            row(&["2023年度项目支出绩效自评表 单位：元", ""]),
            row(&["项目名称", "某项目"]),
        ];
        assert!(split_rows(&mut rows, None).is_empty());
        assert_eq!(
            texts(&rows),
            [
                vec!["2023年度项目支出绩效自评表", "单位：元", ""],
                vec!["项目名称", "某项目"]
            ]
        );
    }

    fn row(texts: &[&'static str]) -> Row<'static> {
        Row {
            cells: texts
                .iter()
                .enumerate()
                .map(|(k, t)| Cell::text(*t, k + 1, 1))
                .collect(),
        }
    }

    fn texts(rows: &[Row]) -> Vec<Vec<String>> {
        rows.iter().map(Row::texts).collect()
    }

    #[test]
    fn a_title_row_with_a_label_after_it_is_two_rows() {
        let mut rows = vec![
            row(&["2022年度项目支出绩效自评表", "部门:某局", ""]),
            row(&["项目名称", "某项目"]),
        ];
        let notes = split_rows(&mut rows, None);
        assert_eq!(notes.len(), 1);
        assert_eq!(
            texts(&rows),
            [
                vec!["2022年度项目支出绩效自评表"],
                vec!["部门", "某局", ""],
                vec!["项目名称", "某项目"],
            ]
        );
        let mut rows = vec![row(&["2022年度项目支出绩效自评表 部门:某局"])];
        split_rows(&mut rows, None);
        assert_eq!(
            texts(&rows),
            [vec!["2022年度项目支出绩效自评表"], vec!["部门", "某局"]]
        );
        let mut rows = vec![row(&["2022年度项目支出绩效自评表", "项目名称", "某项目"])];
        split_rows(&mut rows, None);
        assert_eq!(
            texts(&rows),
            [
                vec!["2022年度项目支出绩效自评表"],
                vec!["项目名称", "某项目"]
            ]
        );
        // A remark beside the title is no label: left where it is.
        let mut rows = vec![row(&["2022年度项目支出绩效自评表", "单位:万元"])];
        assert!(split_rows(&mut rows, None).is_empty());
        assert_eq!(rows.len(), 1);
    }
}
