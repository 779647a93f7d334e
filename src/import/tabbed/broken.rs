//! Rows of a Word table saved as plain text (Word's 另存为 → 纯文本, or its copy pasted as text)
//! broken by a paragraph mark inside a cell (session 18, wordtext). Word writes each row of a
//! table as one line, its cells parted by tabs, and a cell merged down from the row above as an
//! empty cell; a cell of two paragraphs ends the line at its paragraph mark, so the text after
//! the mark opens the next line and the row's remaining cells follow it there:
//!
//! ```text
//! \t产出指标\t数量指标\t指标1:资助参保人数
//! (含特困人员)\t≥8000人\t7600人\t20\t19\t
//! ```
//!
//! Read as two rows, the second lost its place: a cell went missing from the form (tester: a
//! 94 form read as 89). What the template fixes tells the pieces: under a section header
//! (项目资金, 年度总体目标, 绩效指标) every row of Word's table starts with the empty cell the
//! merged label leaves, so a line starting with text that opens no row (no label, 总分, title
//! or header) is the rest of the line above — when the two together hold no more cells than the
//! section's header row. Among the header rows (项目名称, 主管部门 …) a line of text that opens no
//! row is the rest of the header row above it when that row has room for it (four cells at
//! most) and the line is one cell, or a cell before the row's next label (实施单位); a label
//! and its value (`项目类别`, `项目属性` on the 20分 template) are a row. The pieces are joined as Word's document reader joins a cell's paragraphs (with
//! nothing between) and every join is said with the lines it joined.

use crate::i18n::msg;

use super::super::NoteKind;
use super::super::grid::{self, Cell, ImportNote};

/// A row of tab text: its first line, its cells and each cell's place (line, 1-based cell in
/// the line).
pub(super) struct Record {
    pub(super) line: usize,
    pub(super) fields: Vec<String>,
    pub(super) places: Vec<(usize, usize)>,
}

impl Record {
    fn new(line: usize, fields: Vec<String>) -> Record {
        let places = (1..=fields.len()).map(|i| (line, i)).collect();
        Record {
            line,
            fields,
            places,
        }
    }
}

/// The most cells a header row (项目名称, 主管部门 + 实施单位) holds.
const HEADER_WIDTH: usize = 4;

/// Where the walk stands: outside a table, among its header rows, or in a section whose
/// header row is this many cells wide.
#[derive(Clone, Copy, PartialEq)]
enum At {
    Outside,
    Header,
    Section(usize),
}

/// True for text laid out as Word writes a table: at least two lines start with an empty cell
/// and hold text after it (rows under a label merged down). A browser's copy leaves a merged
/// label's covered cells out, so its rows start with text.
fn word_rows(records: &[(usize, Vec<String>)]) -> bool {
    let under_merge = |fields: &[String]| {
        fields.first().is_some_and(String::is_empty) && fields.iter().any(|f| !f.is_empty())
    };
    records.iter().filter(|(_, f)| under_merge(f)).count() >= 2
}

/// True for a cell that opens a row of the form (or stands outside its table): a title, a
/// header label, a section header or column header, a funds or indicator label, `指标N`, 总分,
/// a note under the table, the year line.
fn opens_row(text: &str) -> bool {
    let level3 = text
        .strip_prefix("指标")
        .and_then(|t| t.chars().next())
        .is_some_and(|c| c.is_ascii_digit());
    grid::is_title(text)
        || grid::header_key(text).is_some()
        || grid::is_funds_header(text)
        || grid::is_goals_header(text)
        || grid::is_indicators_header(text)
        || grid::indicator_column(text).is_some()
        || grid::funds_column(text).is_some()
        || grid::is_funds_label(text)
        || grid::is_level1(text)
        || grid::is_level2(text)
        || level3
        || grid::is_total_label(text)
        || grid::is_notes_label(text)
        || grid::is_year(text)
}

/// The section a row leaves the walk in.
fn after(at: At, fields: &[String]) -> At {
    let first = fields.first().map_or("", String::as_str);
    if grid::is_total_label(first) {
        At::Outside
    } else if grid::is_funds_header(first)
        || grid::is_goals_header(first)
        || grid::is_indicators_header(first)
    {
        At::Section(fields.len())
    } else if grid::is_title(first) {
        At::Outside
    } else if grid::header_key(first).is_some() && !matches!(at, At::Section(_)) {
        At::Header
    } else {
        at
    }
}

/// True when `next` is the rest of `row`, broken at a paragraph mark (see the module's note).
fn continues(at: At, row: &Record, next: &[String]) -> bool {
    let Some(first) = next.first().filter(|f| !f.is_empty()) else {
        return false;
    };
    if opens_row(first) {
        return false;
    }
    let joined = row.fields.len() + next.len() - 1;
    match at {
        At::Outside => false,
        // A line of a label and its value (`项目类别\t1、部门预算项目□…`) is a row of its own:
        // the rest of a header row is its last cell's text alone, or a value's text before the
        // row's next label (`保障局\t实施单位\t某中心`).
        At::Header => {
            joined <= HEADER_WIDTH
                && (next.len() == 1 || next.get(1).is_some_and(|f| grid::header_key(f).is_some()))
        }
        // A section header alone on its line (`项目资金` / `(万元)\t\t年初预算数…`): the next
        // line holds the rest of the label and the header's columns.
        At::Section(_) if row.fields.len() == 1 => true,
        At::Section(width) => joined <= width,
    }
}

/// The rows of `records` with each row broken by a paragraph mark joined again, and a note for
/// each join. Text not laid out as Word writes a table is handed back row for row.
pub(super) fn rejoin(records: Vec<(usize, Vec<String>)>) -> (Vec<Record>, Vec<ImportNote>) {
    let word = word_rows(&records);
    let mut out: Vec<Record> = Vec::with_capacity(records.len());
    let mut notes = Vec::new();
    let mut at = At::Outside;
    for (line, fields) in records {
        if fields.iter().all(String::is_empty) {
            out.push(Record::new(line, fields));
            continue;
        }
        if word && let Some(row) = out.last_mut().filter(|r| continues(at, r, &fields)) {
            notes.push(join(row, line, fields));
            at = after(at, &row.fields);
            continue;
        }
        at = after(at, &fields);
        out.push(Record::new(line, fields));
    }
    (out, notes)
}

/// Joins the line `line` (its `fields`) onto `row`: its first cell onto the row's last, its
/// other cells after it. The note names both pieces and the line they were on.
fn join(row: &mut Record, line: usize, fields: Vec<String>) -> ImportNote {
    let width = row.fields.len() + fields.len() - 1;
    let mut rest = fields.into_iter();
    let head = rest.next().unwrap_or_default();
    let (last_line, last_cell) = row.places.last().copied().unwrap_or((row.line, 1));
    let last = row.fields.last_mut();
    let before = last.as_deref().cloned().unwrap_or_default();
    if let Some(last) = last {
        last.push_str(&head);
    }
    let message = msg!(
        "import-note-tab-row-rejoined",
        before = crate::i18n::quoted(&before),
        after = crate::i18n::quoted(&head),
        line = line,
        cells = width
    );
    // A section header's label and its unit (`项目资金` / `(万元)`) make the label the template
    // prints: recognised, not guessed.
    let label = row.fields.last().map_or("", String::as_str);
    let kind = match grid::is_funds_header(label)
        || grid::is_goals_header(label)
        || grid::is_indicators_header(label)
    {
        true => NoteKind::Recognised,
        false => NoteKind::Guessed,
    };
    for (k, field) in rest.enumerate() {
        row.fields.push(field);
        row.places.push((line, k + 2));
    }
    Cell::text("", last_cell, last_line).note(kind, message)
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    fn records(text: &str) -> Vec<(usize, Vec<String>)> {
        (1..)
            .zip(text.lines())
            .map(|(i, l)| (i, l.split('\t').map(str::to_owned).collect()))
            .collect()
    }

    fn joined(text: &str) -> Vec<String> {
        let (rows, _) = rejoin(records(text));
        rows.iter().map(|r| r.fields.join("|")).collect()
    }

    #[test]
    fn a_row_broken_by_a_paragraph_mark_is_one_row_again() {
        let text = "项目支出绩效自评表\n项目名称\t城乡居民医保\n参保补助项目\n\
                    主管部门\t某局\t实施单位\t某中心\n项目资金\n(万元)\t\t年初预算数\t全年预算数(A)\n\
                    \t年度资金总额:\t120\t120\n\
                    绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因\n\
                    \t产出指标\t数量指标\t指标1:资助参保人数\n(含特困人员)\t≥8000人\t7600人\t20\t19\t\n\
                    \t\t质量指标\t指标1:准确率\t100%\t98%\t10\t9.8\t部分对象信息有误;\n下一步加强核对。\n\
                    总分\t\t100\t95.8\t\t\n填报说明:以上为示例。\n";
        let (rows, notes) = rejoin(records(text));
        let texts: Vec<String> = rows.iter().map(|r| r.fields.join("|")).collect();
        assert_eq!(texts[1], "项目名称|城乡居民医保参保补助项目");
        assert_eq!(texts[3], "项目资金(万元)||年初预算数|全年预算数(A)");
        assert_eq!(
            texts[6],
            "|产出指标|数量指标|指标1:资助参保人数(含特困人员)|≥8000人|7600人|20|19|"
        );
        assert_eq!(texts[7].split('|').count(), 9);
        assert!(texts[7].ends_with("部分对象信息有误;下一步加强核对。"));
        assert_eq!(
            texts[9], "填报说明:以上为示例。",
            "after 总分 nothing is joined"
        );
        assert_eq!(notes.len(), 4);
        // The cells after the break keep their places on the second line.
        assert_eq!(rows[6].places[4], (10, 2));
        assert_eq!((notes[2].line, notes[2].cell), (9, 4));
    }

    #[test]
    fn rows_that_open_with_text_are_not_joined_without_words_layout() {
        // A browser's copy: rows under merged labels start with the indicator's name.
        let browser = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因\n\
                       产出指标\t数量指标\t甲\t≥1\t1\t10\t10\n乙\t≥1\t1\t10\t10\n丙\t≥1\t1\t10\t10\n";
        assert_eq!(joined(browser).len(), 4);
        // Word's layout, but the two lines hold more cells than the header: no join.
        let wide =
            "绩效指标\t一级\t二级\t三级\n\t产出指标\t数量指标\t甲\n乙\t1\t2\n\t\t质量指标\t丙\n";
        assert_eq!(joined(wide)[2], "乙|1|2");
        // Header rows of labels the reader does not know (`项目类别`) are rows; a value broken
        // before the row's next label is joined.
        let header = "项目名称\t甲\n项目类别\t1、部门预算项目□\n主管部门\t某县医疗\n保障局\t实施单位\t某中心\n\t产出指标\n\t效益指标\n";
        assert_eq!(
            joined(header),
            [
                "项目名称|甲",
                "项目类别|1、部门预算项目□",
                "主管部门|某县医疗保障局|实施单位|某中心",
                "|产出指标",
                "|效益指标"
            ]
        );
        // A label, 总分 or 指标N opens a row of its own.
        let labels = "绩效指标\t一级\t二级\t三级\t值\n\t产出指标\t数量指标\n指标2:乙\t1\n\t效益指标\t社会效益\n总分\t\t100\n";
        assert_eq!(joined(labels)[2], "指标2:乙|1");
    }
}
