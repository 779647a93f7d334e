//! The cell-grid → form reader shared by every importer. An importer turns its input into
//! [`Row`]s of meaningful cells — merged cells left out, a merged region's text standing in its
//! first cell — and [`read`] cuts the rows into forms at the title cell (`项目支出绩效自评表`)
//! and reads each row by its content and cell count, or by the columns its section header
//! names (templates with a 指标性质 column, or with no 分值/得分 columns). Everything it had to
//! guess or could not read is reported as an [`ImportNote`]; it never panics.
//!
//! Each form becomes a [`Draft`] and then the text of a case file (see
//! [`crate::load::raw_case`]), keeping every cell exactly as written.

use super::draft::{Draft, FUNDS_KEYS, FormCell, Funds, Goal, Indicator, Total};
use super::pending::Pending;
use crate::i18n::{Message, list, msg, quoted};
use crate::value::FundsKind;
use rayon::prelude::*;
use rust_decimal::Decimal;

mod aligned;
mod flat;
mod flat_list;
pub(crate) use flat::is_nature;
mod nested;
pub(crate) mod numbering;
mod page_cut;
mod paired;
mod places;
mod print_titles;
mod rate;
mod second_project;
mod sections;
mod side;
mod swapped;
mod swollen;
pub(crate) mod title_line;
mod two_rows;
mod wrapped_figure;
mod yuan;
use aligned::filled;
pub(crate) use flat::{is_empty_mark, is_points_cell, is_score_cell};
pub(crate) use page_cut::level1_of;
pub(crate) use sections::{is_funds_columns, names_budget_and_spent, sichuan};
use std::borrow::Cow;
use std::fmt;
pub(crate) use wrapped_figure::cut_figure;

/// The title cell that starts every form (other templates prefix a year or say 项目绩效自评表).
pub(crate) const TITLE: &str = "项目支出绩效自评表";

/// The title a 部门（单位）整体 form read without one is given (tester s20 T3).
const DEPARTMENT_TITLE: &str = "部门整体支出绩效自评表";

/// Level-1 labels in full; a cut label (`产`, `效`) is any non-empty prefix of one. 成本指标 is
/// level 1 in the 2021 central template and level 2 in older ones.
pub(crate) const LEVEL1: [&str; 5] = ["产出指标", "效益指标", "满意度指标", "成本指标", "预算执行"];

/// Level-2 labels in full; a cut label (`可持续影`, `服务对象`) is any non-empty prefix of one.
pub(crate) const LEVEL2: [&str; 13] = [
    "数量指标",
    "质量指标",
    "时效指标",
    "成本指标",
    "经济效益指标",
    "社会效益指标",
    "生态效益指标",
    "可持续影响指标",
    "服务对象满意度指标",
    // Some templates repeat 满意度指标 as level 2 under 满意度指标(10分).
    "满意度指标",
    "经济成本指标",
    "社会成本指标",
    "生态环境成本指标",
];

/// Funds row labels the importer knows (matched as substrings).
pub(crate) const FUNDS_LABELS: [&str; 5] = [
    "年度资金总额",
    "本年财政拨款",
    "上年结转资金",
    "其他资金",
    // The 20分×执行率 template's total row (tester s17x G1).
    "年度财政资金总额",
];

/// Funds row labels of other templates (Sichuan: 总额, 财政资金, 财政专户管理资金, 单位资金), so
/// that text readers know where such a row starts.
pub(crate) const OTHER_FUNDS_LABELS: [&str; 5] = [
    "总额",
    "财政资金",
    "财政专户管理资金",
    "单位资金",
    "当年财政拨款",
];

/// True for a funds row's label cell, of any template.
pub(crate) fn is_funds_label(text: &str) -> bool {
    let t = text.trim();
    if t.chars().count() > 20 {
        return false;
    }
    FUNDS_LABELS.iter().any(|l| has(t, l))
        || OTHER_FUNDS_LABELS
            .iter()
            .any(|l| t.trim_end_matches([':', '：']) == *l)
        || t.starts_with("其中")
        || is_source_funds_label(t)
        || crate::value::funds::is_budget_kind(t)
}

/// A funds row naming a level's or a source's money, as the Hunan 绩效目标自评表 and other
/// templates print it (`县级安排资金`, `本级安排资金`, `市级配套资金`, `自筹资金`): a short label
/// ending in 资金 or 经费 that the value layer's one list of funds rows
/// ([`FundsKind::of_label`]) knows — so every reader, not only the grid's column reading, knows
/// where such a row starts (tester s8 F2: one cell a line, `县级安排资金` was a row of one cell
/// and its figures four funds rows named `80`, `80`, `76`, `95%`).
fn is_source_funds_label(text: &str) -> bool {
    let t = text.trim_end_matches([':', '：']);
    (t.ends_with("资金") || t.ends_with("经费"))
        && t.chars().count() <= 12
        && FundsKind::of_label(t) != FundsKind::Unknown
}

/// One form turned into a case file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedForm {
    /// The form's position (1-based) in the input.
    pub index: u32,
    /// A stable file name: `{year}-{index:02}-{project}.toml`.
    pub file_name: String,
    /// The case file's text.
    pub toml: String,
    /// What parsing `toml` gives, built as it was written: `jixiao score FILE` validates it
    /// without parsing the text (#15).
    pub mirror: super::draft::Mirror,
    /// True when the form was cut short before its 总分 row.
    pub incomplete: bool,
    /// What the importer recognised, guessed or could not read in this form.
    pub notes: Vec<ImportNote>,
}

/// Something the importer noticed, with its position in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportNote {
    /// The form (1-based); 0 when the note belongs to no form.
    pub form: u32,
    /// The column in a sheet; in text the cell's place in its line, 0 for a line's only
    /// cell ([`Cell::number`]).
    pub cell: usize,
    /// 1-based input line; the row in a sheet.
    pub line: usize,
    /// The worksheet, for workbooks.
    pub sheet: Option<String>,
    /// What kind of note this is.
    pub kind: NoteKind,
    /// What happened, in words: rendered in the user's language when shown, and in the
    /// language of the import when written into a case file's `import_notes`.
    pub message: Message,
    /// In a glued text, the piece the note is about as the reader cut it: a piece's number
    /// along its line means nothing to a person, its text does (`第 4 行“三级指标”处`,
    /// tester s12).
    pub piece: Option<String>,
}

/// How sure the importer is about a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    /// A shape the importer knows, worth pointing out (e.g. merged points).
    Recognised,
    /// A reading the importer chose among several; check it.
    Guessed,
    /// Cells that fit no shape; left out.
    Unreadable,
}

impl NoteKind {
    /// The kind in words (`recognised`, 已识别).
    pub fn message(self) -> Message {
        match self {
            NoteKind::Recognised => msg!("import-kind-recognised"),
            NoteKind::Guessed => msg!("import-kind-guessed"),
            NoteKind::Unreadable => msg!("import-kind-unreadable"),
        }
    }
}

impl fmt::Display for NoteKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// Excel's column letters for a 1-based column (`1` → `A`, `28` → `AB`).
pub fn column_name(column: usize) -> String {
    let mut n = column;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

impl ImportNote {
    /// Where the note points: `line L, cell C` (第 L 行第 C 格), or `Sheet!B12` in a workbook.
    pub fn place(&self) -> Message {
        match &self.sheet {
            // A Word document's or a page's cell by its table and row (#16).
            Some(sheet) => {
                let cell = format!("{}{}", column_name(self.cell), self.line);
                crate::source::document_place(&format!("{sheet}!{cell}"))
                    .unwrap_or_else(|| msg!("import-place-sheet-cell", sheet = sheet, cell = cell))
            }
            None => match &self.piece {
                Some(piece) => msg!(
                    "import-place-line-piece",
                    line = self.line.to_string(),
                    piece = quoted(piece)
                ),
                None => crate::source::text_place_message(None, self.line, self.cell),
            },
        }
    }

    /// Where the note points as findings keep a place: a sheet's or document's named cell
    /// (`表3!F14`), a text's line and cell — what its worded place reads back as
    /// (`outcome::FormNote`); none for a glued text's piece, said by its text.
    pub fn form_place(&self) -> Option<crate::source::FormPlace> {
        Some(match (&self.sheet, &self.piece) {
            (Some(sheet), _) => crate::source::FormPlace::Named(std::sync::Arc::from(format!(
                "{sheet}!{}{}",
                column_name(self.cell),
                self.line
            ))),
            (None, Some(_)) => return None,
            (None, None) => crate::source::FormPlace::Text {
                line: self.line,
                cell: self.cell,
            },
        })
    }

    /// The whole note: `guessed at line 3, cell 7: …`.
    pub fn message(&self) -> Message {
        msg!(
            "import-note",
            kind = self.kind.message(),
            place = self.place(),
            message = self.message.clone()
        )
    }
}

impl fmt::Display for ImportNote {
    /// The whole note in the current language (as `import_notes` holds it).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// The result of importing one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Import {
    /// The forms found, in input order.
    pub forms: Vec<ImportedForm>,
    /// Notes not attached to a form (text skipped before the first form or after the last cell).
    pub problems: Vec<ImportNote>,
    /// The hidden sheets of a workbook that hold forms, which are not scored ([`HiddenForms`]).
    pub hidden: Vec<HiddenForms>,
}

/// A hidden worksheet holding forms (tester s24 A2): they are not scored — the officer sees
/// only the sheets on screen when the workbook is opened, and a hidden sheet is often an
/// old copy — but the run says so as a file not read (an error, exit 2), never as a passing
/// note, so a department left out is never missed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HiddenForms {
    /// The sheet's name.
    pub sheet: String,
    /// Hidden so deep (`veryHidden`) that only a macro shows it again.
    pub very: bool,
    /// The project each form names, in sheet order (empty for a form naming none).
    pub projects: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// Cells and rows

/// One meaningful cell of the grid. Its text borrows the input wherever the input holds it
/// as read (a seed-text cell, a paragraph); a cell rebuilt by a reader (joined, rewritten in
/// half-width, read from a workbook) owns its text (#15: a `String` a cell was the readers'
/// largest cost after their passes over the bytes).
#[derive(Debug, Clone, Default)]
pub struct Cell<'a> {
    /// The text, trimmed.
    pub text: Cow<'a, str>,
    /// The column in a sheet; in text, the cell's place in its line as the reader split it
    /// (from 1), 0 when no other cell stands on its line ([`number_in_lines`]) — a text
    /// place is said as a person finds it in an editor (`第 12 行第 3 格`, `第 19 行`, tester
    /// s12) — and a glued text's piece counted along its line. With the line it orders the
    /// cells, the notes and the forms' starts in reading order.
    pub number: usize,
    /// 1-based line where the cell's text starts, or the row in a sheet.
    pub line: usize,
    /// True when the cell held a number (a spreadsheet's numeric cell), not text.
    pub numeric: bool,
    /// How many more columns of its row the cell covers: a merged region's width − 1 in a
    /// sheet (a Word `gridSpan`, an HTML `colspan`, a workbook's merged range), 0 in text. A
    /// value written once across the 年度指标值 and 实际完成值 columns is told by it from an
    /// 实际完成值 merged down from the row above (tester s13 T7).
    pub across: u32,
}

impl<'a> Cell<'a> {
    /// A cell of text (not a spreadsheet number), the `number`-th on `line`.
    pub(crate) fn text(text: impl Into<Cow<'a, str>>, number: usize, line: usize) -> Cell<'a> {
        Cell {
            text: text.into(),
            number,
            line,
            numeric: false,
            across: 0,
        }
    }

    /// True when the cell stands in `column` or is merged across it.
    pub(crate) fn covers(&self, column: usize) -> bool {
        let last = self
            .number
            .saturating_add(usize::try_from(self.across).unwrap_or(usize::MAX));
        (self.number..=last).contains(&column)
    }
}

/// Numbers each cell of text by its place in its line as its reader split it (tester s12):
/// the cells of a line stand together, numbered on from the line's first (through the input,
/// or in the line), and are numbered from 1 in their line — a line's only cell 0, said by its
/// line alone. A reader numbers its cells once, when it has split them.
pub(crate) fn number_in_lines(cells: &mut [Cell]) {
    for run in cells.chunk_by_mut(|a, b| a.line == b.line) {
        let first = run.first().map_or(0, |c| c.number);
        match run {
            [only] => only.number = 0,
            _ => {
                for cell in run {
                    cell.number = (cell.number + 1).saturating_sub(first);
                }
            }
        }
    }
}

/// How many cells a row holds up to its last non-empty one: trailing empty cells (a text
/// export's, a row's blank 偏差原因) are no cells a message should count.
fn filled_len(row: &Row) -> usize {
    row.cells
        .iter()
        .rposition(|c| !c.text.is_empty())
        .map_or(0, |k| k + 1)
}

/// Test input: one cell a paragraph, cell `i` on line `i` (1-based), as the paragraph readers
/// hand them on.
#[cfg(test)]
pub(crate) fn test_cells(texts: &[&str]) -> Vec<Cell<'static>> {
    (1..)
        .zip(texts)
        .map(|(i, t)| Cell::text(t.to_string(), i, i))
        .collect()
}

/// Test input: a row of text cells numbered from 1, all on `line`.
#[cfg(test)]
pub(crate) fn test_row(texts: &[&str], line: usize) -> Row<'static> {
    Row {
        cells: (1..)
            .zip(texts)
            .map(|(i, t)| Cell::text(t.to_string(), i, line))
            .collect(),
    }
}

impl Cell<'_> {
    /// A note about this cell of text, before it is known which form it belongs to.
    pub(crate) fn note(&self, kind: NoteKind, message: Message) -> ImportNote {
        ImportNote {
            form: 0,
            cell: self.number,
            line: self.line,
            sheet: None,
            kind,
            message,
            piece: None,
        }
    }
}

/// A row: its meaningful cells, in column order.
#[derive(Debug, Clone, Default)]
pub struct Row<'a> {
    /// The cells.
    pub cells: Vec<Cell<'a>>,
}

impl Row<'_> {
    fn text(&self, i: usize) -> Option<&str> {
        self.cells.get(i).map(|c| &*c.text)
    }
    /// The first cell's text.
    pub fn first(&self) -> &str {
        self.text(0).unwrap_or("")
    }
    /// Cell `i`'s text, empty when the row is shorter.
    fn cell_text(&self, i: usize) -> &str {
        self.text(i).unwrap_or("")
    }
    fn len(&self) -> usize {
        self.cells.len()
    }
    fn number(&self) -> usize {
        self.cells.first().map_or(0, |c| c.number)
    }
    fn line(&self) -> usize {
        self.cells.first().map_or(0, |c| c.line)
    }
    fn texts(&self) -> Vec<String> {
        self.cells.iter().map(|c| c.text.to_string()).collect()
    }
    /// The cells' texts, borrowed: an indicator row copies only what it keeps (#15).
    fn strs(&self) -> Vec<&str> {
        self.cells.iter().map(|c| &*c.text).collect()
    }
}

/// `text` without its whitespace; borrowed when it has none (nearly every cell), since the
/// title and header tests run on every cell of the input.
pub(crate) fn squeeze(text: &str) -> Cow<'_, str> {
    if has_whitespace(text) {
        Cow::Owned(text.chars().filter(|c| !c.is_whitespace()).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// Exactly `text.chars().any(char::is_whitespace)`, a byte at a time: only the lead bytes of
/// Unicode's white space (`C2`, `E1`, `E2`, `E3`; ASCII's own) decode a character, so a cell of
/// Chinese text costs a byte comparison a byte rather than a table look-up a character (#15).
fn has_whitespace(text: &str) -> bool {
    text.bytes().enumerate().any(|(i, b)| match b {
        b'\t'..=b'\r' | b' ' => true,
        0xC2 | 0xE1..=0xE3 => text
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_whitespace),
        _ => false,
    })
}

/// True when `text` holds `c` (exactly `text.contains(c)`), by [`has`] (#15).
pub(crate) fn holds(text: &str, c: char) -> bool {
    let mut buf = [0u8; 4];
    has(text, c.encode_utf8(&mut buf))
}

/// Exactly `text.contains(needle)`, for the short texts of cells: the needle's last byte is
/// looked for (a `memchr`) and the bytes before it compared. `str::contains` sets up a
/// substring searcher on every call, which cost more than the search of a cell (header, title
/// and year tests run on every row, #15). A match of the bytes is a match of the characters:
/// UTF-8 never starts a character inside another.
pub(crate) fn has(text: &str, needle: &str) -> bool {
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    let Some((&last, _)) = needle.split_last() else {
        return true;
    };
    let start = needle.len() - 1;
    memchr::memchr_iter(last, hay.get(start..).unwrap_or_default())
        .any(|at| hay.get(at..at + needle.len()) == Some(needle))
}

/// The first character of `text` without its whitespace (of `squeeze(text)`): a header test
/// rules out a cell by it before squeezing the cell (#15).
fn first_squeezed(text: &str) -> Option<char> {
    text.trim_start().chars().next()
}

/// True for a form's title cell: `项目支出绩效自评表`, also with a year or other prefix
/// (`2023年度项目支出绩效自评表`, `项目绩效自评表`, `县级专项资金绩效目标自评表`, `2023年度项目自评表`) or the year in
/// parentheses after it (`部门预算项目支出绩效自评表(2023年度)`).
pub fn is_title(text: &str) -> bool {
    // Every title is `TITLE` or holds 绩效 and ends in 自评表 (15 bytes at least), white space
    // squeezed out: a shorter cell, or one without 表, is ruled out before it is squeezed
    // (this test runs on every cell of the input, #15).
    if text.len() < "绩效自评表".len() || !holds(text, '表') {
        return false;
    }
    let squeezed = squeeze(text);
    let (name, _) = split_title_year(&squeezed);
    let name = without_date(name);
    // The Hubei-family template (also used in Yunnan) is titled `…项目自评表`, without 绩效
    // (tester s17w F5, s17x G1).
    name == TITLE
        || ((name.contains("绩效") || is_project_title(name))
            && name.ends_with("自评表")
            && !name.starts_with('《')
            && name.chars().count() <= 30)
}

/// The Hubei template's title without 绩效 (tester s17w F2, F5): `2020年度长江禁捕项目自评表`,
/// `2020年市级服务贸易发展资金项目自评表` — a name ending in `项目自评表`, as a title cell holds
/// it: no sentence around it (no punctuation, no `关于`/`请`/`填报` words of a notice that
/// names the form).
fn is_project_title(name: &str) -> bool {
    const NOTICE: [&str; 6] = ["关于", "请", "填报", "报送", "印发", "通知"];
    name.ends_with("项目自评表")
        && name.chars().count() > "项目自评表".chars().count()
        && !name.contains(['，', ',', '。', '：', ':', '；', ';', '、'])
        && !NOTICE.iter().any(|w| name.contains(w))
}

/// A title without the date a page glued before it (tester s17w F3: `2022年12月30日绩效目标
/// 自评表`): the date `YYYY年M月D日` is the page's release date, not the title's year.
pub(crate) fn without_date(title: &str) -> &str {
    fn step(t: &str, n: std::ops::RangeInclusive<usize>, unit: char) -> Option<&str> {
        let d = t.bytes().take_while(u8::is_ascii_digit).count();
        n.contains(&d)
            .then(|| t.get(d..))
            .flatten()
            .and_then(|t| t.strip_prefix(unit))
    }
    step(title, 4..=4, '年')
        .and_then(|t| step(t, 1..=2, '月'))
        .and_then(|t| step(t, 1..=2, '日'))
        .filter(|rest| rest.contains("自评表"))
        .unwrap_or(title)
}

/// The most lines a form's title is broken over (`项目支出绩效自评表（` / `2021` / `年度）` / more).
pub(crate) const TITLE_PIECES: usize = 4;

/// The longest first piece of a broken title tried, in characters: the longest title name
/// [`is_title`] takes is 30, and its bracket may follow it on the same line.
const LONGEST_TITLE_PIECE: usize = 32;

/// True when `text` may be the first piece of a form's title broken over lines (tester s13 T2,
/// T6: `项目支出绩效自评表（` / `2018 年度 ）`, `项目支出绩效自评表（2021` / `年度）`): it holds 绩
/// and is no title alone. Cheap, as it is asked of every cell of a text: most cells are ruled
/// out by one byte search.
pub(crate) fn opens_title(text: &str) -> bool {
    holds(text, '绩') && text.chars().count() <= LONGEST_TITLE_PIECE && !is_title(text)
}

/// True when `pieces`, cells one after the other (white space squeezed out), are one form
/// title broken over lines at any point — after the bracket, inside the year, before 年度:
/// together they make a title (its year read from its brackets as on one line) and no piece
/// after the first is empty or a title alone. A title followed by its year on a line of its
/// own (`项目支出绩效自评表` / `（2018年度）`) is no broken title: the first piece is a title
/// and the year row is read as such.
pub(crate) fn broken_title<S: AsRef<str>>(pieces: &[S]) -> bool {
    let Some((first, rest)) = pieces.split_first() else {
        return false;
    };
    !rest.is_empty()
        && opens_title(first.as_ref())
        && rest
            .iter()
            .all(|p| !p.as_ref().is_empty() && !is_title(p.as_ref()))
        && is_title(&pieces.iter().map(AsRef::as_ref).collect::<String>())
}

/// The brackets a title's year is written in: half-width as typed on an English keyboard,
/// full-width as a Chinese one types them, and the square ones some templates print
/// (`项目支出绩效自评表（2024年度）`, `【2024年度】`; tester s9 F20: the full-width pair was
/// written as a second half-width one, and every such title was refused).
const YEAR_BRACKETS: [(char, char); 4] = [('(', ')'), ('（', '）'), ('【', '】'), ('[', ']')];

/// A title without a trailing bracketed year, and that year's text:
/// `部门预算项目支出绩效自评表(2023年度)` → (`部门预算项目支出绩效自评表`, `2023年度`); also with
/// the year in full-width or square brackets, or as `2024年` (`项目支出绩效自评表（2024年）`).
pub(crate) fn split_title_year(text: &str) -> (&str, Option<&str>) {
    let t = text.trim();
    for (open, close) in YEAR_BRACKETS {
        if let Some(body) = t.strip_suffix(close)
            && let Some(at) = body.rfind(open)
        {
            let inner = body.get(at + open.len_utf8()..).unwrap_or("").trim();
            if is_year(inner) || is_bare_year(inner) {
                return (body.get(..at).unwrap_or("").trim_end(), Some(inner));
            }
        }
    }
    (t, None)
}

/// A year written `2024年` (without 度), as a title's brackets hold it: four ASCII digits and
/// 年, nothing else.
fn is_bare_year(text: &str) -> bool {
    text.strip_suffix('年')
        .is_some_and(|d| d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()))
}

/// A label without the points written after it (`产出指标(50分)` → `产出指标`), as the value
/// parser reads it.
pub(crate) fn split_points(text: &str) -> (&str, Option<Decimal>) {
    crate::value::label_points(text)
}

// ---------------------------------------------------------------------------------------------
// Column headers

/// A column named by a section header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// 一级指标.
    Level1,
    /// 二级指标.
    Level2,
    /// 三级指标.
    Level3,
    /// 指标性质.
    Nature,
    /// 年度指标值.
    Target,
    /// 实际完成值.
    Actual,
    /// 分值.
    Points,
    /// 得分.
    Score,
    /// 扣分.
    Deduction,
    /// 偏差原因分析及改进措施.
    Deviation,
    /// 度量单位 / 计量单位: the target's unit, written in a column of its own.
    Unit,
    /// 完成情况 (`已完成`, `未完成`): a 绩效目标自评表's own word on each line (tester s12b N3).
    Completion,
    /// 调整指标值: the target as adjusted during the year, beside the 年初指标值 (the 重庆
    /// 部门整体 form's flat list, s22): read over the initial target when filled ([`flat_list`]).
    Adjusted,
    /// 得分系数(%): the department's own score coefficient (得分 ÷ 权重), no case-file key.
    Coefficient,
    /// 是否核心指标: whether the line is a core indicator, no case-file key.
    Core,
    /// 评分标准, 备注, 计分方法: a department's remark or scoring note beside the values, no
    /// case-file key. Named so that a reader placing cells by their order counts it (tester
    /// s23 B1: the 江西 `评分标准` column ended the header, and its cells were read as 实际完成值).
    Remark,
    /// 评分标准, 评分办法, 计分方法: the department's own scoring rule, a remark column kept
    /// in the case file (`scoring`) and quoted where the self-score differs (tester s23 D2).
    Scoring,
}

impl Column {
    /// The column in words: its case-file key in English, the form's header in Chinese.
    pub fn message(self) -> Message {
        match self {
            Column::Level1 => msg!("import-column-level1"),
            Column::Level2 => msg!("import-column-level2"),
            Column::Level3 => msg!("import-column-level3"),
            Column::Nature => msg!("import-column-nature"),
            Column::Target => msg!("import-column-target"),
            Column::Actual => msg!("import-column-actual"),
            Column::Points => msg!("import-column-points"),
            Column::Score => msg!("import-column-score"),
            Column::Deduction => msg!("import-column-deduction"),
            Column::Deviation => msg!("import-column-deviation"),
            Column::Unit => msg!("import-column-unit"),
            Column::Completion => msg!("import-column-completion"),
            Column::Adjusted => msg!("import-column-adjusted"),
            Column::Coefficient => msg!("import-column-coefficient"),
            Column::Core => msg!("import-column-core"),
            Column::Remark => msg!("import-column-remark"),
            Column::Scoring => msg!("import-column-scoring"),
        }
    }

    /// The indicator's value a column is read into as written (指标性质, 年度指标值, 扣分,
    /// 偏差原因, 完成情况); none for the columns a reader reads in its own way.
    pub fn text_of(self, indicator: &mut Indicator) -> Option<&mut Option<String>> {
        Some(match self {
            Column::Nature => &mut indicator.nature,
            Column::Target => &mut indicator.target,
            Column::Deduction => &mut indicator.deduction,
            Column::Deviation => &mut indicator.deviation,
            Column::Completion => &mut indicator.completion,
            Column::Scoring => &mut indicator.scoring,
            _ => return None,
        })
    }

    /// The case-file key the column's cells are written to (none for 度量单位, which is
    /// joined to the target).
    pub fn case_key(self) -> Option<&'static str> {
        Some(match self {
            Column::Level1 => "level1",
            Column::Level2 => "level2",
            Column::Level3 => "level3",
            Column::Nature => "nature",
            Column::Target => "target",
            Column::Actual => "actual",
            Column::Points => "points",
            Column::Score => "score",
            Column::Deduction => "deduction",
            Column::Deviation => "deviation",
            Column::Completion => "completion",
            Column::Scoring => "scoring",
            Column::Unit
            | Column::Adjusted
            | Column::Coefficient
            | Column::Core
            | Column::Remark => return None,
        })
    }
}

/// The indicator column a header cell names, if any.
pub fn indicator_column(text: &str) -> Option<Column> {
    // The 重庆 部门整体 form's own columns (s22), told by their first character first.
    if let Some(column) = flat_list::column(text) {
        return Some(column);
    }
    // One pass over the cell's characters without its white space, the names looked for at
    // each one by the characters before it: no copy of the cell and no search a name (#15:
    // the section tests ask long goal and reason cells too, which a squeezed copy and eleven
    // searches cost thousands of instructions each).
    // 完成情况 last: a header naming another column as well (`完成情况及原因`) is that column.
    const COLUMNS: [Column; 12] = [
        Column::Level1,
        Column::Level2,
        Column::Level3,
        Column::Nature,
        Column::Unit,
        Column::Target,
        Column::Actual,
        Column::Points,
        Column::Deduction,
        Column::Score,
        Column::Deviation,
        Column::Completion,
    ];
    let mut found = 0u16;
    let mut head = HeadWord::default();
    each_squeezed(text, |[z, a, b, c], n| {
        head.see([a, b, c]);
        let column = match (b, c) {
            ('一', '级') if n == 1 => 0,
            ('二', '级') if n == 1 => 1,
            ('三', '级') if n == 1 => 2,
            ('性', '质') => 3,
            // 指标值类型 / 指标类型 (定量/定性, the Hunan 岳阳楼 template's column before its
            // 指标值): the indicator's kind, not its target (tester s22 B1: read as 年度指标值,
            // it put the real 指标值 column out as a repeat).
            ('类', '型') if a == '值' || a == '标' => 3,
            ('单', '位') => 4,
            ('标', '值') if a == '指' || a == '目' => 5,
            ('实', '际') => 6,
            ('成', '值') if a == '完' => 6,
            ('分', '值') => 7,
            ('权', '重') if n == 1 => 7,
            // `指标权重(分)`, the 重庆 部门整体 form's points (s22).
            ('权', '重') if n == 3 && (z, a) == ('指', '标') => 7,
            ('扣', '分') => 8,
            ('得', '分') => 9,
            ('偏', '差') | ('原', '因') => 10,
            // Only a cell opening with it: `年度绩效指标完成情况` is the section's label.
            ('情', '况') if a == '成' && n == 3 => 11,
            _ => return,
        };
        found |= 1 << column;
    });
    // A header whose last word is a score (`实际得分`, `自评分`, `评分`, `自评分数`, `得分（分）`)
    // heads the 得分 column, whatever it says before it: a name is told by its head word,
    // as Chinese puts it last (tester s23 A3: `实际得分` was read as 实际完成值, `自评分` as no
    // column, and the form said unscored).
    if head.is_score() {
        return Some(Column::Score);
    }
    COLUMNS.get(found.trailing_zeros() as usize).copied()
}

/// The last word of a header cell before any bracket, seen one squeezed character at a time
/// in the one pass a header test makes ([`each_squeezed`]): the last three characters before
/// a `(`/`（`, which holds a unit or remark (`得分（分）`, `自评分(10分)`).
#[derive(Default)]
struct HeadWord {
    last: [char; 3],
    closed: bool,
}

impl HeadWord {
    fn see(&mut self, last: [char; 3]) {
        if self.closed {
            return;
        }
        if matches!(last[2], '(' | '（') {
            self.closed = true;
        } else {
            self.last = last;
        }
    }

    /// True when the name ends in 得分 or 评分 (also written 得分数, 评分数): a score's name.
    fn is_score(&self) -> bool {
        matches!(
            self.last,
            [_, '得' | '评', '分'] | ['得' | '评', '分', '数']
        )
    }
}

/// The column a cell of the indicators header names: [`indicator_column`], or a problem column
/// headed the other common way (`存在问题`, `问题`, `存在的问题`, `主要问题`), which is the
/// reason column — beside `整改措施` it is the template's `偏差原因分析及改进措施` split in two
/// (tester s15r N7: it was left out and only the measures kept). Whole cells only: `问题` inside
/// a longer text is no header.
pub(crate) fn header_column(text: &str) -> Option<Column> {
    if is_method_header(text) {
        return None;
    }
    indicator_column(text).or_else(|| is_problem_header(text).then_some(Column::Deviation))
}

/// The column a cell of an indicators header read by the order of its cells names:
/// [`header_column`], or a remark column a department adds ([`Column::Remark`]), which such a
/// reader must count to place the cells after it. A reader of real grids places cells by their
/// column's number and says the remark column in its own way.
pub(crate) fn ordered_header_column(text: &str) -> Option<Column> {
    if let Some(column) = header_column(text) {
        return Some(column);
    }
    if aligned::is_scoring_header(text) {
        return Some(Column::Scoring);
    }
    // The Beijing 2016 template's 得分计算方法 column is the template's own text, cut out of
    // the rows by the readers of glued text before they are placed (`is_method_header`).
    (aligned::is_extra_header(text) && !is_method_header(text)).then_some(Column::Remark)
}

/// A cell written one character a line (`产\n出\n指\n标`, a vertical label; its points may
/// follow on a line of their own, `(50分)`) joined into its word; none for any other text. Asked
/// of level labels only, ruled out by the first line break.
pub(crate) fn vertical_word(text: &str) -> Option<String> {
    if !holds(text, '\n') {
        return None;
    }
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let single = |l: &&str| l.chars().count() == 1;
    let (last, body) = lines.split_last()?;
    let vertical = !body.is_empty()
        && body.iter().all(single)
        && (single(last) || last.starts_with(['(', '（']));
    vertical.then(|| lines.concat())
}

/// True for a header cell naming the problems found: `存在问题`, `问题` (a colon or a bracketed
/// remark after it aside).
fn is_problem_header(text: &str) -> bool {
    if !matches!(first_squeezed(text), Some('存' | '问' | '主')) {
        return false;
    }
    let t = squeeze(text);
    let t = t.split_once(['(', '（']).map_or(&*t, |(head, _)| head);
    matches!(
        t.trim_end_matches([':', '：']),
        "存在问题" | "问题" | "存在的问题" | "主要问题" | "问题描述"
    )
}

/// Hands `seen` each character of `squeeze(text)`, without copying it, with the three before
/// it (`'\0'` before the first, which no name holds) and its index in the squeezed text.
fn each_squeezed(text: &str, mut seen: impl FnMut([char; 4], usize)) {
    let mut last = ['\0'; 4];
    for (n, c) in text.chars().filter(|c| !c.is_whitespace()).enumerate() {
        last = [last[1], last[2], last[3], c];
        seen(last, n);
    }
}

/// The standard columns after the level-1 and level-2 labels.
pub(super) const STANDARD_INDICATOR: [Column; 6] = [
    Column::Level3,
    Column::Target,
    Column::Actual,
    Column::Points,
    Column::Score,
    Column::Deviation,
];

/// The funds block's printed instruction (the Sichuan template's, beside or in its 原因
/// column: `1.预算执行率=预算执行数/调整后预算数,…需说明原因…;2.年中发生预算调整的…应单独说明
/// 理由`): the template's own text, never a department's explanation.
pub(crate) fn is_funds_instruction(text: &str) -> bool {
    ["需说明原因", "应单独说明理由", "预算执行率="]
        .iter()
        .any(|k| has(text, k))
}

/// True for the header of a column saying how a score is reckoned (`得分计算方法`, the Beijing
/// 2016 template's column beside the funds' and the indicators' 得分; `计算方法`): the
/// template's own text, kept as a note and never scored. It names no 得分 column.
pub(crate) fn is_method_header(text: &str) -> bool {
    if !matches!(first_squeezed(text), Some('得' | '计' | '评')) {
        return false;
    }
    let t = squeeze(text);
    let t = t.split_once(['(', '（']).map_or(&*t, |(head, _)| head);
    matches!(
        t.trim_end_matches([':', '：']),
        "得分计算方法" | "计算方法" | "得分计算方式" | "评分计算方法"
    )
}

/// True for a funds header cell naming the 年初预算数 as the A of 执行率(B/A)
/// (`年初预算数(A)`, the Beijing 2016 template, which has no 全年预算数): the form's own
/// denominator, read as the full-year budget A with a note.
pub(crate) fn is_initial_budget_a(text: &str) -> bool {
    if first_squeezed(text) != Some('年') {
        return false;
    }
    let t = squeeze(text);
    t.starts_with("年初")
        && !has(&t, "全年")
        && (has(&t, "(A)") || has(&t, "（A）") || has(&t, "（Ａ）"))
}

/// The funds column a header cell names (an index into [`FUNDS_KEYS`]), if any.
pub fn funds_column(text: &str) -> Option<usize> {
    if is_method_header(text) {
        return None;
    }
    if is_initial_budget_a(text) {
        return Some(1);
    }
    // One pass, as `indicator_column` (#15). In the order the names are tried: 年初,
    // 全年预算/调整, 执行数/实际支出, 执行率, 分值/权重, 得分, then a column the case file has
    // no key for (原因, 说明): its cells are reported, not kept.
    const KEYS: [usize; 7] = [0, 1, 2, 4, 3, 5, FUNDS_KEYS.len()];
    let mut found = 0u8;
    // A cell opening with 得分 is the score, whatever it says of how it is reckoned
    // (`得分(20分*执行率)`, the 20分×执行率 template: tester s17x G1).
    let mut opens_with_score = false;
    let mut head = HeadWord::default();
    each_squeezed(text, |[z, a, b, c], n| {
        head.see([a, b, c]);
        let name = match (b, c) {
            ('年', '初') => 0,
            ('预', '算') if (z, a) == ('全', '年') => 1,
            // `预算数(A)`: the 20分×执行率 template's one budget, the full year's.
            ('算', '数') if a == '预' && n == 2 => 1,
            ('得', '分') if n == 1 => {
                opens_with_score = true;
                5
            }
            ('调', '整') => 1,
            ('行', '数') if a == '执' => 2,
            ('支', '出') if (z, a) == ('实', '际') => 2,
            ('行', '率') if a == '执' => 3,
            ('分', '值') => 4,
            // `执行率权重`: the 重庆 部门整体 form's execution points (s22).
            ('权', '重') if n == 1 || a == '率' => 4,
            ('得', '分') => 5,
            ('原', '因') | ('说', '明') => 6,
            _ => return,
        };
        found |= 1 << name;
    });
    // A name ending in a score (`自评分`, `执行率得分`) is the score column (tester s23 A3: a
    // funds `自评分` was dropped and the 9.5 in it said missing).
    if opens_with_score || head.is_score() {
        return Some(5);
    }
    // The rate's points or score (`执行率权重`, `执行率得分(分)`, s22): a column of points or
    // of score named after the rate it is reckoned from, not the rate.
    if found & (1 << 3) != 0 {
        if found & (1 << 5) != 0 {
            return Some(5);
        }
        if found & (1 << 4) != 0 {
            return Some(FUNDS_POINTS);
        }
    }
    KEYS.get(found.trailing_zeros() as usize).copied()
}

/// True for the first cell of the indicators section's header row.
pub fn is_indicators_header(text: &str) -> bool {
    // Asked of nearly every row: the first character of each header rules out the rest (the
    // points split off a label only shorten its end).
    if !matches!(first_squeezed(text), Some('年' | '绩' | '一' | '指')) {
        return false;
    }
    let t = squeeze(text);
    let (t, _) = split_points(&t);
    // `年度绩效指标` heads the indicators of the 部门（单位）整体支出绩效自评表 (tester s14 F1);
    // `绩效指标完成情况`, the Guangdong form's (tester s15r N11: alone in its row, unmerged, it
    // was read as a goal).
    matches!(
        t,
        "年度绩效指标完成情况" | "绩效指标完成情况" | "绩效指标" | "年度绩效指标"
    ) || t.starts_with("一级指标")
        // The 20分×执行率 template heads its indicators `年度绩效目标(80分)` (tester s17x G1).
        || t == "年度绩效目标"
        || t == "一级"
        // The 重庆 部门整体 form's flat list opens with its names' column (s22).
        || t == "指标名称"
}

/// True for a row whose one filled cell is the indicators part's label naming no column
/// (`绩效指标`, `绩效指标(90分)`, `年度绩效指标`, `年度绩效指标完成情况`), not a header.
pub(crate) fn is_indicators_label_row(row: &Row) -> bool {
    let mut filled = row
        .cells
        .iter()
        .filter(|c| !crate::value::trim(&c.text).is_empty());
    match (filled.next(), filled.next()) {
        (Some(cell), None) => {
            is_indicators_header(&cell.text) && indicator_column(&cell.text).is_none()
        }
        _ => false,
    }
}

/// True for a row inside the indicators that repeats their header — Word repeats a table's
/// header row after a page break, a department copies it above the rest of the table: after
/// an optional section label (`绩效指标`, `年度绩效指标完成情况`), every non-empty cell names an
/// indicator column and at least four columns are named (`一级指标 二级指标 三级指标 年度指标值
/// …`). An indicator row never reads so: its level 3, target and numbers name no column.
pub(crate) fn is_repeated_indicators_header(row: &Row) -> bool {
    let mut cells = row
        .cells
        .iter()
        .filter(|c| !crate::value::trim(&c.text).is_empty());
    let mut named = Vec::new();
    for (i, cell) in cells.by_ref().enumerate() {
        match indicator_column(&cell.text) {
            Some(column) if !named.contains(&column) => named.push(column),
            Some(_) => {}
            None if i == 0 && is_indicators_header(&cell.text) => {}
            None => return false,
        }
    }
    named.len() >= 4
}

/// The header label a cell stands for, without what other templates add (`实施单位 (盖章)`,
/// `专项资金名称`, `县级主管部门`). The 部门（单位）整体支出绩效自评表 names its department
/// where a project form names its project (`部门（单位）名称`): the form's name, read as the
/// 项目名称 is (tester s14 F1).
pub(crate) fn header_key(text: &str) -> Option<&'static str> {
    // Asked of every row: the first character of each key below rules out the rest.
    if !matches!(
        first_squeezed(text),
        Some('项' | '专' | '主' | '县' | '实' | '部' | '单' | '政' | '资')
    ) {
        return None;
    }
    let t = squeeze(text);
    if is_department_name_label(&t) {
        return Some("项目名称");
    }
    // Sichuan's 绩效目标自评表 names its project `政策(项目)名称` (tester s18h P6).
    let t = t
        .strip_prefix("政策(项目)")
        .or_else(|| t.strip_prefix("政策（项目）"))
        .filter(|rest| rest.starts_with("名称"))
        .map_or(&*t, |_| "项目名称");
    // `项目实施单位/项目负责人`: one label for two values (`某中心/张三`, tester s18h P6).
    let t = t
        .split_once(['(', '（', '/'])
        .map_or(t, |(head, _)| head)
        .trim_end_matches([':', '：']);
    match t {
        "项目名称" | "专项资金名称" => Some("项目名称"),
        // `项目主管单位`, as a PDF breaks it (`项目主管单 位`), and `项目主管部门` (tester s18h P6);
        // `主管部门及代码`: the Beijing 2016 template's label.
        "主管部门"
        | "县级主管部门"
        | "项目主管部门"
        | "项目主管单位"
        | "主管单位"
        | "主管部门及代码" => Some("主管部门"),
        // `项目实施单位`: the 20分×执行率 template's one label (tester s17w F5); Sichuan's
        // `资金使用单位` (tester s18h P6).
        "实施单位" | "项目实施单位" | "资金使用单位" => Some("实施单位"),
        _ => None,
    }
}

/// A label of a header row holding several labels each with its value beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PairLabel {
    /// 项目名称, 主管部门 or 实施单位 ([`header_key`]).
    Key(&'static str),
    /// The form's 自评得分 (`自评得分`, `自评总分`, `自评得分(分)`).
    Reported,
    /// A score the finance bureau's review gives (`财政审核评分`, `复核得分`): no case-file value.
    Review,
    /// Hunan's 负责人及电话; the 重庆 部门整体 form's 部门联系人 and 联系电话.
    Contact,
    /// The finance office in charge of the department (`财政处室`, the 重庆 部门整体 form's
    /// header, s22): no case-file value.
    Office,
}

fn pair_label(text: &str) -> Option<PairLabel> {
    if let Some(key) = header_key(text) {
        return Some(PairLabel::Key(key));
    }
    // Asked of a header row's cells only: the first character rules out the rest.
    if !matches!(
        first_squeezed(text),
        Some('自' | '财' | '审' | '复' | '负' | '联' | '部')
    ) {
        return None;
    }
    if is_contact_label(text) {
        return Some(PairLabel::Contact);
    }
    if is_office_label(text) {
        return Some(PairLabel::Office);
    }
    let t = squeeze(text);
    let t = t.trim_end_matches([':', '：']);
    let t = t
        .strip_suffix("(分)")
        .or_else(|| t.strip_suffix("（分）"))
        .unwrap_or(t);
    match t {
        "自评得分" | "自评总分" | "自评总得分" => Some(PairLabel::Reported),
        _ if (t.contains("审核") || t.contains("复核"))
            && t.ends_with('分')
            && t.chars().count() <= 8 =>
        {
            Some(PairLabel::Review)
        }
        _ => None,
    }
}

/// True for the label of the finance office in charge of a department (`财政处室`,
/// `主管财政处室`, `财政科室`: the 重庆 部门整体 form's header, s22).
fn is_office_label(text: &str) -> bool {
    let t = squeeze(text);
    matches!(
        t.trim_end_matches([':', '：']),
        "财政处室" | "财政科室" | "主管财政处室"
    )
}

/// The cells of a header row holding two labels or more, each followed by its value
/// (`项目名称 | 初中公用经费 | 主管部门 | 银川市教育局`): each label's cell index and its value's,
/// `None` for a label with nothing after it (`财政审核评分` left blank). Empty cells are passed
/// over; `None` when a cell is neither a label nor the one value of the label before it.
fn label_pairs(row: &Row) -> Option<Vec<(usize, Option<usize>)>> {
    let mut pairs: Vec<(usize, Option<usize>)> = Vec::new();
    for (i, cell) in row.cells.iter().enumerate() {
        if cell.text.trim().is_empty() {
            continue;
        }
        if pair_label(&cell.text).is_some() {
            pairs.push((i, None));
            continue;
        }
        match pairs.last_mut() {
            Some((_, value @ None)) => *value = Some(i),
            _ => return None,
        }
    }
    (pairs.len() >= 2).then_some(pairs)
}

/// True for the name label of a 部门（单位）整体支出绩效自评表, white space squeezed out:
/// `部门（单位）名称`, `部门(单位)名称`, `部门名称`, `单位名称` (Anhui's, tester s20 T7), with or
/// without a colon. (`部门` alone is
/// one only as a header row of two cells: see `Form::read_department_row`.)
pub(crate) fn is_department_name_label(squeezed: &str) -> bool {
    matches!(
        squeezed.trim_end_matches([':', '：']),
        "部门（单位）名称" | "部门(单位)名称" | "部门名称" | "单位名称"
    )
}

/// True for a heading of a report's section as a department prints it between the tables of
/// a form (`二、绩效指标完成情况`, `（一）项目资金情况`): numbered with a Chinese numeral
/// (`二、`, `（一）`, `(一)`) and naming a part of a form (绩效, 指标, 资金, 预算, 情况, 评价),
/// short and without a sentence's punctuation. It is page text, no goal (tester s14 F5: it was
/// read as a second 年度总体目标, and the guess cast doubt on the numbers). A goal numbered so
/// (`一、完成全县农村公路养护…`) says what will be done: it is longer or punctuated.
pub(crate) fn is_numbered_heading(text: &str) -> bool {
    const NUMERALS: &[char] = &['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    let t = squeeze(text);
    let numbered = |numerals: &dyn Fn(char) -> bool| match t.strip_prefix(['（', '(']) {
        Some(inner) => {
            let after = inner.trim_start_matches(numerals);
            (after.len() < inner.len())
                .then(|| after.strip_prefix(['）', ')']))
                .flatten()
        }
        None => {
            let after = t.trim_start_matches(numerals);
            (after.len() < t.len())
                .then(|| after.strip_prefix(['、', '．', '.']))
                .flatten()
        }
    };
    // Numbered in Arabic digits too (`2.项目绩效目标实现情况`, tester s14b B), but never a
    // decimal (`2.5万元资金情况`) nor a funds row numbered so (`1.财政拨款资金`).
    let arabic = || {
        numbered(&|c: char| c.is_ascii_digit()).filter(|r| {
            !r.starts_with(|c: char| c.is_ascii_digit())
                && crate::value::FundsKind::of_label(r) == crate::value::FundsKind::Unknown
        })
    };
    let rest = numbered(&|c: char| NUMERALS.contains(&c)).or_else(arabic);
    let Some(rest) = rest.map(|r| r.trim_start_matches(['、', ' '])) else {
        return false;
    };
    // A unit note after the heading is no sentence (`（二）年度绩效指标完成情况（金额单位：万元）`,
    // tester s14b B).
    let rest = match rest
        .strip_suffix(['）', ')'])
        .and_then(|r| r.rfind(['（', '(']))
    {
        Some(open) if rest[open..].contains("单位") => &rest[..open],
        _ => rest,
    };
    let words = ["绩效", "指标", "资金", "预算", "情况", "评价"];
    (2..=16).contains(&rest.chars().count())
        && !rest.contains(['，', '。', '；', ',', ';', ':', '：'])
        && words.iter().any(|w| rest.contains(w))
}

/// True for a section label printed on the Sichuan template, with or without its number:
/// `项目基本情况`, `1.项目年度目标完成情况`, `2.项目实施内容及过程概述` — the headings of the one
/// list of the template's labels ([`sichuan::GOAL_HEADINGS`], which the glued reader cuts at),
/// compared without their numbers (tester s12 S10: the grid reader kept a copy of its own).
fn is_section_label(text: &str) -> bool {
    if !text.starts_with(|c: char| c == '项' || c.is_ascii_digit()) {
        return false;
    }
    let unnumbered = |t: &str| -> String {
        let t =
            t.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | '、' | '．'));
        squeeze(t).into_owned()
    };
    // The headings without their numbers, worded once; a cell is squeezed only when it starts,
    // after its number, as a heading does (#15: every number in a form starts with a digit).
    static HEADINGS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let headings = HEADINGS.get_or_init(|| {
        sichuan::GOAL_HEADINGS
            .iter()
            .map(|h| unnumbered(h))
            .collect()
    });
    let rest =
        text.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | '、' | '．'));
    let Some(first) = rest.chars().find(|c| !c.is_whitespace()) else {
        return false;
    };
    if !headings.iter().any(|h| h.starts_with(first)) {
        return false;
    }
    let t = unnumbered(text);
    headings.contains(&t)
}

/// True for the label of the person responsible for the project (`负责人及电话`, `项目负责人`,
/// `联系人及电话`), which the header of some templates (Hunan's) holds beside the name.
pub(crate) fn is_contact_label(text: &str) -> bool {
    if !matches!(first_squeezed(text), Some('负' | '项' | '联' | '部')) {
        return false;
    }
    let t = squeeze(text);
    let t = t
        .split_once(['(', '（'])
        .map_or(&*t, |(head, _)| head)
        .trim_end_matches([':', '：']);
    // `项目负责人及电话` heads the 衔接资金 绩效目标自评表's contact cell (tester s17w F4);
    // `部门联系人` the 重庆 部门整体 form's (s22).
    let t = t
        .strip_prefix("项目")
        .or_else(|| t.strip_prefix("部门"))
        .unwrap_or(t);
    matches!(
        t,
        "负责人及电话"
            | "负责人及联系电话"
            | "负责人"
            | "联系人及电话"
            | "联系人及联系电话"
            | "联系人"
            | "联系电话"
    )
}

/// True for a cell only a form holds: its title, a header label (项目名称 …), a section
/// header, a funds row's label, a level-1/level-2 label, a level-3 `指标N`, 总分/合计 or its
/// notes (`注`). A page's table holding none of them — a site's navigation, its footer
/// (主办单位, 网站标识码, ICP备案号) — is no part of a form (#15, s5 F4).
pub(crate) fn is_form_label(text: &str) -> bool {
    let t = squeeze(text);
    let t = t.trim();
    !t.is_empty()
        && (starts_form_part(t)
            || is_funds_label(t)
            || is_level1(t)
            || is_level2(t)
            || t.strip_prefix("指标")
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
            || matches!(t, "总分" | "合计"))
}

/// True for a cell that opens a form or one of its parts — a title, a header label (项目名称,
/// 主管部门), the funds, goals or indicators header — or the form's notes (`注：`): what a
/// table after a form's 总分 row holds when it is a form's, not a report's (tester s15f F-B1).
pub(crate) fn starts_form_part(text: &str) -> bool {
    let t = squeeze(text);
    let t = t.trim();
    !t.is_empty()
        && (is_title(t)
            || header_key(t).is_some()
            || is_funds_header(t)
            || is_goals_header(t)
            || is_indicators_header(t)
            || t.starts_with("注:")
            || t.starts_with("注："))
}

/// True when `s` holds a digit, ASCII or full-width.
fn has_digit(s: &str) -> bool {
    s.chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// True for the total row's label, `总分` or `合计`, also spread with spaces as a two-character
/// label is laid out (`总  分`, `合　计`): spaces inside a label are layout, as they are in
/// `项 目 名 称` (tester s9 F27: the row was read as an indicator of 100 points).
pub(crate) fn is_total_label(text: &str) -> bool {
    matches!(first_squeezed(text), Some('总' | '合')) && matches!(&*squeeze(text), "总分" | "合计")
}

/// True for the first cell of the funds section's header row.
pub fn is_funds_header(text: &str) -> bool {
    // `年度预算申请（万元）` heads the funds of the 部门（单位）整体支出绩效自评表 (s14 F1), and
    // so does `预算资金 (万元)` (tester s17w F6) — but not an indicator named so
    // (`预算资金拨款率`): only `预算资金` alone or before its unit. `资金情况(万元)` heads the
    // funds of the 衔接资金 绩效目标自评表 (tester s17w F3, F4).
    text.starts_with("项目资金")
        || text.starts_with("资金情况")
        // The 重庆 部门整体 form's (s22).
        || text.starts_with("部门预算执行情况")
        || text.starts_with("预算执行情况")
        || text.starts_with("年度预算申请")
        || (text.starts_with("预算资金") && {
            let t = squeeze(text);
            let rest = &t["预算资金".len()..];
            rest.is_empty() || rest.starts_with(['(', '（'])
        })
}

/// True for the first cell of the goals section's header row.
pub fn is_goals_header(text: &str) -> bool {
    // Asked of every row: ruled out by its first character before it is squeezed (#15: the
    // squeeze of every goal's long text cost 3% of a seed run).
    if !matches!(first_squeezed(text), Some('年' | '项' | '当')) {
        return false;
    }
    // Spaces are layout (`年度 总体 目标`, a cell broken over lines; tester s18h P8).
    let t = squeeze(text);
    // `当年绩效目标`: the 重庆 部门整体 form's (s22).
    t.starts_with("年度总体目标") || t == "项目年度目标" || t == "当年绩效目标"
}

// ---------------------------------------------------------------------------------------------
// Forms

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Section {
    Header,
    Funds,
    Goals,
    Indicators,
    AfterTotal,
}

/// One form as read, before it is written out.
#[derive(Debug, Clone)]
pub(crate) struct Form {
    pub(crate) index: u32,
    pub(crate) title: Option<String>,
    pub(crate) year: Option<String>,
    pub(crate) project: Option<String>,
    pub(crate) department: Option<String>,
    pub(crate) unit: Option<String>,
    pub(crate) funds: Vec<Funds>,
    pub(crate) goals: Vec<Goal>,
    pub(crate) indicators: Vec<Indicator>,
    pub(crate) total: Option<Total>,
    pub(crate) form_notes: Vec<String>,
    /// True once the 总分 row has been read (or the template has none and the form ended).
    pub(crate) complete: bool,
    /// The form is an empty template, no number filled in ([`Form::is_blank_in`]): set where
    /// forms are cut from rows, false for a form read otherwise.
    pub(crate) blank: bool,
    pub(crate) notes: Vec<ImportNote>,
    section: Section,
    /// True after a report's numbered heading between the tables, until a row of more than
    /// one cell: the one-cell rows under it are the section's text (tester s14 B).
    after_heading: bool,
    carry_level1: String,
    carry_level2: String,
    /// The funds columns named by the funds header, when they are not the standard six.
    funds_columns: Option<Vec<usize>>,
    /// The execution points a funds header without a 分值 column declares (`预算执行情况(万元)
    /// (20分)`, `得分(20分*执行率)`), with the cell saying so: the total row's 分值.
    declared_points: Option<(String, usize, usize)>,
    /// The indicator columns after the labels named by the header, when not the standard.
    indicator_columns: Option<Vec<Column>>,
    /// The first row of a two-row indicators header, until the row after it is read.
    header_top: Option<two_rows::HeaderTop>,
    /// The worksheet, for notes.
    sheet: Option<String>,
    /// Position of the last row read, for the note on a form cut short.
    last_cell: usize,
    last_line: usize,
    /// Whether the last indicator row had every column.
    last_row_full: bool,
    /// The last standard indicator row read as sharing the row above's 分值/得分 only because
    /// it had too few cells: undone when the form ends right after it (#15, F1).
    short_row: Option<ShortRow>,
    /// Four-cell rows read as sharing whose last two cells are equal numbers: settled as
    /// 分值/得分 or left shared when the form ends (see [`paired`]).
    paired_rows: Vec<paired::PairedRow>,
    /// Where the form starts (line, cell): notes made before the grid are attached by it.
    start: (usize, usize),
    /// Rows come from a real grid: cell numbers are columns (see [`read_aligned`]).
    aligned: bool,
    /// Rows come from flattened text: empty cells are gone (see [`read_flat`]).
    flat: bool,
    /// Where the funds block's header row was (cell, line), when one was read: a form whose
    /// header was there but no funds row read under it is said so there (session 14).
    pub(super) funds_header: Option<(usize, usize)>,
    /// In a grid: the column of each funds value the funds header names (column, key index).
    funds_at: Vec<(usize, usize)>,
    /// The 自评得分 a header row gave beside the names (label, value, (cell, line)), until
    /// the form ends ([`Form::settle_header_total`]).
    header_total: Option<(String, String, (usize, usize))>,
    /// A funds row's name the funds header holds left of the value columns (`年度资金总额`),
    /// for the first row under it when that row has no name (see `read_funds_header_at`).
    funds_label_in_header: Option<String>,
    /// In a grid: the column of each indicator column the indicators header names.
    indicator_at: Vec<(usize, Column)>,
    /// The form writes its amounts in 元 (`项目资金(元)`, `单位：元` beside the title): bare
    /// amounts are read as 元, so that case files hold 万元 as every other form's and a
    /// department's sums add like with like (tester s9 F2).
    in_yuan: bool,
    /// The remark beside the title that gave the amounts' unit (`单位：元`, `单位：万元`), until
    /// a funds label gives one too (tester s23 A1).
    unit_remark: Option<yuan::UnitSaid>,
    /// That remark and a funds label saying the other unit, until the form's figures decide
    /// ([`Form::settle_unit`]).
    unit_conflict: Option<yuan::UnitConflict>,
    /// In a grid holding forms side by side: the form's columns (first, last, 1-based), so
    /// that a note on a cell goes to the form standing over it.
    pub(crate) band: Option<(usize, usize)>,
    /// In a grid: the remark columns beside the form's (`备注`, `评分标准`), said once each.
    extra_columns: Vec<aligned::ExtraColumn>,
    /// A row holding only the indicators part's label (`绩效指标`, `绩效指标(90分)`) was read
    /// (cell, line): the header is the row under it (tester s15f F-A1).
    indicators_label: Option<(usize, usize, String)>,
    /// In a grid: the column of a 改进措施 header beside the 偏差原因 one (column, header text),
    /// its cells read into the reason after it (tester s15f F-B3).
    measures_at: Option<(usize, String)>,
    /// In a grid: the tail of a level-1 label a page break cut and the label it was mended to
    /// (`标`, `效益指标`), for the rows below that repeat the tail (tester s16p P7).
    cut_level1: Option<(String, String)>,
    /// In a grid: how many indicators were read when a row last wrote its level 1 — the
    /// indicators from there on carry it down, written or not (tester s16p).
    level1_row: usize,
    /// The row being read is the first after a page or table boundary: the line of the row
    /// before the boundary ([`Form::mend_page_cut`]).
    after_break: Option<usize>,
    /// The line of the last indicator row read.
    indicator_line: usize,
    /// The last lone level-1 label's note, while no row has written a level 1 since.
    lone_label: Option<page_cut::LoneLabel>,
    /// The 重庆 部门整体 form's flat list: its own columns and goals ([`flat_list`]).
    listed: flat_list::Listed,
    /// Rows of two filled cells or more that fit no part of the form: a title over such rows
    /// is a table not read, not a table of contents (tester s21 C1).
    unread_rows: usize,
}

/// Forms read from rows, and the notes that belong to no form.
pub(crate) struct Parsed {
    pub(crate) forms: Vec<Form>,
    pub(crate) problems: Vec<ImportNote>,
    /// Titles with no form after them, left out (and said in `problems`).
    pub(crate) bare_titles: usize,
    /// How many of `problems` the rows gave before any note was attached: the text skipped
    /// before the first form and each bare title's note. Those after them are notes that fell
    /// before the first form (page markers, full-width cells), which a reader handing its
    /// forms on a piece at a time keeps after every piece's bare titles, as here (#15).
    pub(crate) leading: usize,
}

/// Cuts rows into forms at title cells and reads each form. `sheet` names the worksheet the
/// rows come from, for the notes.
pub(crate) fn read(rows: Vec<Row>, sheet: Option<&str>) -> Parsed {
    read_rows(rows, sheet, Layout::Text, true)
}

/// Like [`read`], for rows of text whose cells the reader has already rewritten in half width
/// ([`half_width`]) and said so: not asked again, cell by cell (#15).
pub(crate) fn read_half_width(rows: Vec<Row>) -> Parsed {
    read_rows(rows, None, Layout::Text, false)
}

/// Like [`read_half_width`], for a piece of an input whose next piece starts with the title
/// row `next_title`: the last form is cut by that title, as it is when the whole input is
/// read at once (#15: the seed text handed on a piece at a time).
pub(crate) fn read_half_width_before(rows: Vec<Row>, next_title: Option<&Row>) -> Parsed {
    read_rows_before(rows, None, Layout::Text, false, next_title, &[])
}

/// Like [`read`], for rows rebuilt from a form flattened onto one line, whose empty cells are
/// gone: a funds or indicator row with fewer cells than its header names is read by what each
/// cell holds (amounts, a rate, an operator, a unit, points) rather than in column order (#15).
pub(crate) fn read_flat(rows: Vec<Row>) -> Parsed {
    read_rows(rows, None, Layout::Flat, true)
}

/// How the rows handed to the reader were laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Rows rebuilt from text, empty cells kept.
    Text,
    /// Rows rebuilt from flattened text, empty cells gone.
    Flat,
    /// The rows and columns of a real grid.
    Aligned,
}

/// Like [`read`], for rows whose cell numbers are the columns of a real grid (a worksheet, a
/// Word or HTML table), with empty cells present and cells merged over left out: funds,
/// indicator and 总分 rows are read by the columns their headers name, so a label in the
/// third column, a merged 总分 label, an extra column or a far stray cell do not shift them.
/// `page_header` is a worksheet's printed page header (页眉): a form with no title cell takes
/// its title from it when it is one (tester s9 F25). `tables` are the lines at which each
/// table of a document or page starts (none for a worksheet): a page boundary, as a page
/// marker is ([`Form::mend_page_cut`]).
pub(crate) fn read_aligned(
    rows: Vec<Row>,
    sheet: Option<&str>,
    page_header: Option<&str>,
    merged: &[(usize, usize)],
    tables: &[usize],
) -> Parsed {
    match side::split(rows, merged) {
        Err(rows) => read_rows_headed(rows, sheet, page_header, tables),
        Ok(blocks) => read_side_by_side(blocks, sheet, tables),
    }
}

/// The rows of a grid read as [`read_aligned`] reads one block.
fn read_rows_headed(
    mut rows: Vec<Row>,
    sheet: Option<&str>,
    page_header: Option<&str>,
    tables: &[usize],
) -> Parsed {
    let headed = page_header
        .filter(|h| is_title(h))
        .and_then(|header| untitled_form(&mut rows, sheet, Layout::Aligned, Some(header)));
    let mut parsed = read_rows_before(rows, sheet, Layout::Aligned, true, None, tables);
    if let Some((at, kind, message)) = headed
        && let Some(form) = parsed.forms.iter_mut().find(|f| f.start == at)
    {
        form.note_at(at.1, at.0, kind, message);
    }
    parsed
}

/// Reads each block of forms laid side by side ([`side`]) as a grid of its own, left to
/// right, numbering the forms across them; each form keeps its columns ([`Form::band`]) and a
/// form right of another says where it stands.
fn read_side_by_side(blocks: Vec<side::Block>, sheet: Option<&str>, tables: &[usize]) -> Parsed {
    let mut all = Parsed {
        forms: Vec::new(),
        problems: Vec::new(),
        bare_titles: 0,
        leading: 0,
    };
    for (k, ((first, last), rows)) in blocks.into_iter().enumerate() {
        let parsed = read_rows_before(rows, sheet, Layout::Aligned, true, None, tables);
        all.problems.extend(parsed.problems);
        all.bare_titles += parsed.bare_titles;
        all.leading += parsed.leading;
        for mut form in parsed.forms {
            form.band = Some((first, last));
            form.renumber(u32::try_from(all.forms.len() + 1).unwrap_or(u32::MAX));
            if k > 0 {
                let (line, cell) = form.start;
                let message = msg!(
                    "import-note-side-by-side",
                    first = column_name(first),
                    last = column_name(last)
                );
                form.note_at(cell, line, NoteKind::Recognised, message);
            }
            all.forms.push(form);
        }
    }
    all
}

/// Reads rows laid out as `layout`; `to_half_width` rewrites their cells in half width first.
fn read_rows(rows: Vec<Row>, sheet: Option<&str>, layout: Layout, to_half_width: bool) -> Parsed {
    read_rows_before(rows, sheet, layout, to_half_width, None, &[])
}

/// [`read_rows`], the last form ending at `next_title` (none: at the end of the input), the
/// tables of a document starting at the lines `tables` ([`read_aligned`]).
fn read_rows_before(
    mut rows: Vec<Row>,
    sheet: Option<&str>,
    layout: Layout,
    to_half_width: bool,
    next_title: Option<&Row>,
    tables: &[usize],
) -> Parsed {
    let aligned = layout == Layout::Aligned;
    let mut markers = drop_marker_rows(&mut rows, sheet, layout);
    let rewritten = match to_half_width {
        true => half_width(rows.iter_mut().flat_map(|r| r.cells.iter_mut())),
        false => Vec::new(),
    };
    let traditional = super::traditional::fold_labels(&mut rows);
    markers.extend(print_titles::drop_repeats(&mut rows, sheet, aligned));
    let title_lines = title_line::split_rows(&mut rows, sheet);
    // Where a page or table starts: a table's first row, the row after a page marker or a
    // title printed again (a row cut by the break is mended only there).
    let mut breaks = tables.to_vec();
    breaks.extend(markers.iter().map(|n| n.line));
    breaks.sort_unstable();
    breaks.dedup();
    let untitled = untitled_form(&mut rows, sheet, layout, None);
    // A second project typed into the same table starts a form of its own (tester s24 B1).
    let second_projects = second_project::split(&mut rows);
    // Title and section rows are matched on their non-empty cells in a grid.
    let filled: Vec<Cow<'_, Row>> = rows
        .par_iter()
        .map(|row| match aligned {
            true => Cow::Owned(filled(row)),
            false => Cow::Borrowed(row),
        })
        .collect();
    // Each form runs from its title row to the next: forms are read apart, on every core
    // (an input can hold 10,000 of them), and numbered in input order.
    // A title stands above a form, never as the value after a 项目名称 label (tester s18h P8:
    // a project named `2020年省级…补助经费支出绩效自评表`, its cell broken onto a row of its
    // own, started a second form).
    let titles: Vec<usize> = (0..rows.len())
        .filter(|&i| filled.get(i).is_some_and(|f| is_title(f.first())))
        .filter(|&i| !after_name_label(&filled, i))
        .collect();
    let mut problems: Vec<ImportNote> = before_first_form(&rows, &filled, &titles, sheet)
        .into_iter()
        .collect();
    let forms: Vec<Form> = titles
        .par_iter()
        .enumerate()
        .map(|(k, &at)| {
            let end = titles.get(k + 1).copied().unwrap_or(rows.len());
            let index = u32::try_from(k + 1).unwrap_or(u32::MAX);
            let next_title = filled.get(end).map(|r| &**r).or(next_title);
            let rows = rows.get(at..end).unwrap_or(&[]);
            let filled = filled.get(at..end).unwrap_or(&[]);
            let mut form = read_form(index, rows, filled, next_title, sheet, layout, &breaks);
            form.blank = form.is_blank_in(rows);
            form
        })
        .collect();
    let read = forms.len();
    let forms = drop_bare_titles(forms, &mut problems);
    let mut parsed = Parsed {
        bare_titles: read - forms.len(),
        forms,
        leading: problems.len(),
        problems,
    };
    note_half_width(&mut parsed, rewritten, sheet);
    attach_notes(&mut parsed, markers);
    attach_notes(&mut parsed, title_lines);
    if let Some(folded) = traditional {
        note_traditional(&mut parsed, &folded, sheet);
    }
    for (at, kind, message) in untitled.into_iter().chain(second_projects) {
        if let Some(form) = parsed.forms.iter_mut().find(|f| f.start == at) {
            form.note_at(at.1, at.0, kind, message);
        }
    }
    parsed
}

/// The note on the text before a grid's first form title (or on a grid with none), if any.
fn before_first_form(
    rows: &[Row],
    filled: &[Cow<'_, Row>],
    titles: &[usize],
    sheet: Option<&str>,
) -> Option<ImportNote> {
    let before = titles.first().copied().unwrap_or(rows.len());
    if let Some(first) = filled.first().filter(|_| before > 0) {
        // A 绩效目标申报表 sent before the 自评表 in one document is named as one (s21
        // doubt: a Word file holding both said only how many cells were left out).
        let declaration = (!titles.is_empty())
            .then(|| super::declaration::found_in_rows(rows.get(..before).unwrap_or(&[])))
            .flatten();
        let count = rows
            .iter()
            .take(before)
            .map(|row| row.cells.iter().filter(|c| !c.text.is_empty()).count())
            .sum::<usize>();
        return Some(ImportNote {
            form: 0,
            cell: first.number(),
            line: first.line(),
            sheet: sheet.map(str::to_owned),
            kind: match declaration {
                Some(_) => NoteKind::Unreadable,
                None => NoteKind::Recognised,
            },
            // A sheet (a workbook's, a page, a document) with no form title at all: its text
            // stands before no form (tester s14 F6: a 填报说明 sheet after the forms was said
            // to be before the first). A text read in pieces keeps the one wording, so that a
            // piece without a title says what the whole text says.
            message: match (declaration, titles.is_empty() && sheet.is_some()) {
                (Some(found), _) => msg!(
                    "import-skipped-declaration-before-form",
                    count = count,
                    line = found.line,
                    text = found.text,
                    kind = found.kind.arg()
                ),
                (None, true) => msg!("import-skipped-no-form", count = count),
                // Also with no title in the rows: a text's first piece, read on its own while
                // the rest streams, says what the whole text says of the same rows (a proptest
                // case, s23: a 总分 row before the first title was a form's tail read whole,
                // "text before the first form" streamed).
                (None, false) => {
                    skipped_before_message(rows.get(..before).unwrap_or_default(), count)
                }
            },
            piece: None,
        });
    }
    None
}

/// What is said of the `count` cells of `rows` before the first form's title: rows of a
/// form's end among them — indicator rows, the indicators header, a 合计/总分 row — are the
/// tail of a form whose top was not copied (tester s21 B3, 大英: `成本控制数 | ≤ | 30 | 万元 |
/// 完成 | 90 | 90` and `合计 | 100` went with "30 cells not imported"), said so with the
/// lines they stand on, so the officer knows a form was left out.
fn skipped_before_message(rows: &[Row], count: usize) -> Message {
    let tail = |row: &&Row| {
        let first = row.first().trim();
        // The label tests first: each rules a cell out by its first character.
        let label = (is_level1(first) || is_level2(first)) && is_full_label(&squeeze(first));
        is_indicators_header(first) || label || is_total_label(first)
    };
    let (Some(from), Some(to)) = (rows.iter().find(tail), rows.last()) else {
        return msg!("import-skipped-before-first-form", count = count);
    };
    msg!(
        "import-skipped-form-tail",
        count = count,
        from = from.line(),
        to = to.line(),
        label = quoted(from.first().trim())
    )
}

/// The index of 分值 in [`FUNDS_KEYS`].
const FUNDS_POINTS: usize = 3;

/// The execution points a funds header declares, with its cell: on its first cell
/// (`预算执行情况(万元)(20分)`) or its 得分 cell (`得分(20分*执行率)`, the 20分×执行率
/// template; tester s18h P4). `None` when it declares none.
fn declared_points(row: &Row) -> Option<(String, usize, usize)> {
    let on_cell = |c: &Cell| -> Option<(String, usize, usize)> {
        let t = squeeze(&c.text);
        let points = match split_points(&t).1 {
            Some(p) => p,
            None => points_times_rate(&t)?,
        };
        (points > Decimal::ZERO).then(|| (points.normalize().to_string(), c.number, c.line))
    };
    let mut cells = row.cells.iter();
    let first = cells.next().and_then(on_cell);
    first.or_else(|| {
        cells
            .filter(|c| funds_column(&c.text) == Some(5))
            .find_map(on_cell)
    })
}

/// The points a score header reckons execution with, from its formula in parentheses
/// (`得分(20分*执行率)` → 20, `（20分×执行率）` alone → 20): the 20分×执行率 template's way of
/// declaring the funds' points (tester s17x G1). The one reading of that formula: the grid
/// reads a header's points with it, the paragraph reader knows the formula's paragraph as
/// the header's piece by it (`得分` / `（20分*执行率）`).
pub(crate) fn points_times_rate(text: &str) -> Option<Decimal> {
    let at = text.find(['(', '（'])?;
    let inner = text.get(at..)?.trim_start_matches(['(', '（']);
    let (number, rest) = inner.split_once('分')?;
    if !rest.starts_with(['*', '×', 'x', 'X', '＊']) || !rest.contains("执行率") {
        return None;
    }
    number.trim().parse::<Decimal>().ok()
}

/// The unit a 实施单位 cell names: under a label naming two things, `项目实施单位/项目负责人`,
/// the value's part before its `/` (`某中心/张三` → `某中心`; tester s18h P6).
fn unit_value(label: &str, value: &str) -> String {
    match (holds(label, '/'), value.split_once('/')) {
        (true, Some((unit, _))) if !unit.trim().is_empty() => unit.trim().to_owned(),
        _ => value.to_owned(),
    }
}

/// True when the last filled cell before row `i` (on the rows before it, blank rows passed
/// over) is the 项目名称 label with no value after it: row `i` holds that value, whatever it
/// ends in (the seed's text asks the same of the cell before, `seed_text::rows`).
fn after_name_label(filled: &[Cow<'_, Row>], i: usize) -> bool {
    filled
        .get(..i)
        .unwrap_or_default()
        .iter()
        .rev()
        .find_map(|r| r.cells.iter().rev().find(|c| !c.text.trim().is_empty()))
        .is_some_and(|c| header_key(&c.text) == Some("项目名称"))
}

/// A grid with no title cell whose body is a form's (tester s9 F25: a sheet whose title is in
/// its printed page header or its name only was refused): a 项目名称 row followed by the funds
/// header, the indicators header and a 总分 row, one of each but the headers. A title row is put in before the 项目名称 row —
/// the sheet's name when that is a title (`2024年度项目支出绩效自评表`), else the template's —
/// and its place and note are handed back for the form read there. Nothing is done to a grid
/// holding a title.
///
/// A body with less than that — its 总分 row cut off, or one of the two headers missing — is
/// still a form when its name row (项目名称, 部门(单位)名称, 单位名称) is followed by the funds
/// header or the indicators header: real pages keep the title outside the table, and users
/// copy from the name row on (tester s20 T3, in `|` text and grids alike). Its start is a
/// guess, and its note says so.
fn untitled_form(
    rows: &mut Vec<Row>,
    sheet: Option<&str>,
    layout: Layout,
    page_header: Option<&str>,
) -> Option<((usize, usize), NoteKind, Message)> {
    let first = |row: &Row| {
        row.cells
            .iter()
            .find(|c| !c.text.trim().is_empty())
            .map(|c| c.text.trim().to_owned())
    };
    if layout == Layout::Flat || rows.iter().any(|r| first(r).is_some_and(|t| is_title(&t))) {
        return None;
    }
    let at = rows
        .iter()
        .position(|r| first(r).is_some_and(|t| header_key(&t) == Some("项目名称")))?;
    let body = rows.get(at..).unwrap_or_default();
    let holds = |test: &dyn Fn(&str) -> bool| {
        let rows = body.iter().filter(|r| first(r).is_some_and(|t| test(&t)));
        rows.count()
    };
    // One form's body exactly: two bodies without titles are not told apart here (a page's
    // forms titled in `<caption>`s ran together as one).
    let named = holds(&|t| header_key(t) == Some("项目名称"));
    let (funds, indicators) = (holds(&is_funds_header), holds(&is_indicators_header));
    let totals = holds(&is_total_label);
    if named != 1 || totals > 1 || funds + indicators == 0 {
        return None;
    }
    let whole = funds > 0 && indicators > 0 && totals == 1;
    let cell = rows
        .get(at)?
        .cells
        .iter()
        .find(|c| !c.text.trim().is_empty())?;
    let (line, number) = (cell.line, cell.number);
    let label = cell.text.trim().to_owned();
    let department = is_department_name_label(&squeeze(&label));
    // The printed page header first (what the department printed over the form), then the
    // sheet's name, then the template's title (a department's own form, named by its
    // 部门名称 or 单位名称, the 部门整体 template's).
    let (title, message) = match (page_header, sheet.filter(|name| is_title(name))) {
        (Some(header), _) => (
            header.to_owned(),
            msg!("import-note-untitled-form-header", title = quoted(header)),
        ),
        (None, Some(name)) => (
            name.to_owned(),
            msg!("import-note-untitled-form-sheet", title = quoted(name)),
        ),
        (None, None) if whole && layout == Layout::Aligned && !department => {
            (TITLE.to_owned(), msg!("import-note-untitled-form"))
        }
        (None, None) => {
            let title = match department {
                true => DEPARTMENT_TITLE,
                false => TITLE,
            };
            let message = msg!(
                "import-note-untitled-form-guessed",
                label = quoted(&label),
                title = quoted(title)
            );
            (title.to_owned(), message)
        }
    };
    let cells = vec![Cell {
        text: Cow::Owned(title),
        number,
        line,
        numeric: false,
        across: 0,
    }];
    rows.insert(at, Row { cells });
    let kind = match whole && layout == Layout::Aligned {
        true => NoteKind::Recognised,
        false => NoteKind::Guessed,
    };
    Some(((line, number), kind, message))
}

/// Leaves out the page markers (`第 1 页,共 2 页`, `- 3 -`, [`super::page`]) each with a note:
/// a row holding nothing else (a line of its own in `|` or tab text), and in rows of text (not
/// a real grid, whose columns must stay) a cell of a row holding others.
fn drop_marker_rows(rows: &mut Vec<Row>, sheet: Option<&str>, layout: Layout) -> Vec<ImportNote> {
    super::page::join_footer_halves(rows);
    let mut notes = Vec::new();
    let mut note = |cell: &Cell| {
        notes.push(ImportNote {
            form: 0,
            cell: cell.number,
            line: cell.line,
            sheet: sheet.map(str::to_owned),
            kind: NoteKind::Recognised,
            message: super::page::marker_message(&cell.text),
            piece: None,
        });
    };
    rows.retain_mut(|row| {
        // Nearly every row holds no marker: told in one pass over its cells (#15).
        let junk = |c: &Cell| {
            super::page::is_marker(&c.text) || super::page::is_continued_heading(&c.text)
        };
        // A site's own line is page text only on a row of its own.
        let chrome = || {
            let mut filled = row.cells.iter().filter(|c| !c.text.is_empty());
            match (filled.next(), filled.next()) {
                (Some(c), None) => super::page::is_site_chrome(&c.text),
                _ => false,
            }
        };
        if !row.cells.iter().any(junk) && !chrome() {
            return true;
        }
        if super::page::is_marker_row(row) {
            if let Some(cell) = row.cells.iter().find(|c| !c.text.is_empty()) {
                note(cell);
            }
            return false;
        }
        if layout != Layout::Aligned {
            row.cells.retain(|c| match super::page::is_marker(&c.text) {
                true => {
                    note(c);
                    false
                }
                false => true,
            });
        }
        true
    });
    notes
}

/// Leaves out the "forms" that are only a title — a table of contents' `二、项目支出绩效自评表`,
/// a heading over text, a file holding the title alone — each with a note, and numbers the
/// real forms on from 1 (#15, F20: such a title was scored as a form of 0 points).
fn drop_bare_titles(forms: Vec<Form>, problems: &mut Vec<ImportNote>) -> Vec<Form> {
    let mut kept = Vec::with_capacity(forms.len());
    for mut form in forms {
        if !form.is_bare_title() {
            let index = u32::try_from(kept.len() + 1).unwrap_or(u32::MAX);
            if form.index != index {
                form.renumber(index);
            }
            kept.push(form);
            continue;
        }
        let (line, cell) = form.start;
        // Rows of a table after the title that fit no part of a form are no table of contents
        // nor a heading's text: said as rows not read (tester s21 C1: "no form after it" with
        // 22 filled rows below). A line or two of text under a title is still a bare title.
        let title = form.title.as_deref().unwrap_or("");
        let (kind, message) = match form.unread_rows {
            0 | 1 => (
                NoteKind::Recognised,
                msg!("import-bare-title-skipped", title = title),
            ),
            rows => (
                NoteKind::Unreadable,
                msg!("import-title-rows-unread", title = title, rows = rows),
            ),
        };
        problems.push(ImportNote {
            form: 0,
            cell,
            line,
            sheet: form.sheet.clone(),
            kind,
            message,
            piece: None,
        });
        // Its own notes (the lines after it fit no header, the form is cut short) would only
        // repeat that it is no form.
    }
    kept
}

/// Reads one form: `rows` from its title row up to the next form's title row (`next_title`,
/// none at the end of the input), with their non-empty cells in `filled`; a page or table
/// starts at each line of `breaks` (sorted).
fn read_form(
    index: u32,
    rows: &[Row],
    filled: &[Cow<'_, Row>],
    next_title: Option<&Row>,
    sheet: Option<&str>,
    layout: Layout,
    breaks: &[usize],
) -> Form {
    let aligned = layout == Layout::Aligned;
    let title: &Row = filled.first().map_or(&EMPTY_ROW, |r| &**r);
    let mut form = Form::new(index, title, sheet);
    form.aligned = aligned;
    form.flat = layout == Layout::Flat;
    if title.len() > 1 {
        form.read_title_extras(title);
    }
    let mut titled = None;
    let all = filled;
    // The row (cell, line) each indicator was read from, for the notes on parent rows.
    let (mut read_at, mut last): (Vec<(usize, usize)>, _) = (Vec::new(), (0, 0));
    for (k, (row, filled)) in rows.iter().zip(all).enumerate().skip(1) {
        read_at.truncate(form.indicators.len());
        read_at.resize(form.indicators.len(), last);
        last = (filled.number(), filled.line());
        let before = rows.get(k - 1).map_or(0, Row::line);
        let next_break = breaks.get(breaks.partition_point(|&b| b <= before));
        form.after_break = next_break
            .is_some_and(|&b| b <= row.line())
            .then_some(before);
        // A section title alone above its column header (the Sichuan template's
        // `预算执行情况(10分)`, `绩效指标(90分)`): the header under it is read as the section's.
        if let Some(title) = titled.take() {
            form.read_titled_header(title, filled);
            continue;
        }
        if let Some(next) = all.get(k + 1) {
            titled = sections::title_over_header(filled, next);
            if titled.is_some() {
                continue;
            }
        }
        match aligned {
            true => form.read_grid_row(row, filled),
            false => {
                let before = form.kept();
                form.read(row);
                form.place_text_values(row, before);
            }
        }
    }
    form.finish(next_title);
    read_at.truncate(form.indicators.len());
    read_at.resize(form.indicators.len(), last);
    form.unshare_first(&read_at);
    form.fold_worded_values(&read_at);
    form.take_parent_rows(&read_at);
    form.note_extra_columns();
    form.note_funds_unread();
    form
}

/// A row with no cells.
static EMPTY_ROW: Row = Row { cells: Vec::new() };

/// A cell with no text, at no place.
static EMPTY_CELL: Cell = Cell {
    text: Cow::Borrowed(""),
    number: 0,
    line: 0,
    numeric: false,
    across: 0,
};

/// Gives notes a text reader made before the grid (cells joined, figures split) to the form
/// they fall in, so that they reach its `import_notes`; notes before the first form stay
/// with the input.
pub(crate) fn attach_notes(parsed: &mut Parsed, notes: Vec<ImportNote>) {
    for mut note in notes {
        let at = (note.line, note.cell);
        // Forms are in reading order: the last one starting at or before the note.
        let n = parsed.forms.partition_point(|f| f.start <= at);
        match n.checked_sub(1).and_then(|k| parsed.forms.get_mut(k)) {
            Some(form) => {
                note.form = form.index;
                let k = form
                    .notes
                    .iter()
                    .position(|n| (n.line, n.cell) > at)
                    .unwrap_or(form.notes.len());
                form.notes.insert(k, note);
            }
            None => parsed.problems.push(note),
        }
    }
}

/// A rewriting of a cell's text for the readers: the text read, or none when unchanged.
type Reading = fn(&str) -> Option<String>;

/// A cell written with full-width digits or number signs (`１５`, `８６％`, `２０１９年度`),
/// rewritten as the value layer reads it ([`crate::value::full_width_reading`]): where it
/// stood, what was written and what is read (#15).
#[derive(Debug, Clone)]
pub(crate) struct HalfWidth {
    line: usize,
    cell: usize,
    written: String,
    read: String,
    /// Invisible characters were dropped (tester s11 F4), not full-width ones rewritten.
    invisible: bool,
}

/// Rewrites every cell written with full-width digits or number signs as half-width, so that
/// the readers' tests on numbers, years, points and rates see them as a person does (a
/// full-width `１５` is 15 points, `（２０１９年度）` the year); what was rewritten is returned
/// for [`note_half_width`]. Cells already in half-width cost one ASCII check.
pub(crate) fn half_width<'a, 'b: 'a>(
    cells: impl IntoIterator<Item = &'a mut Cell<'b>>,
) -> Vec<HalfWidth> {
    let mut out = Vec::new();
    for cell in cells {
        // Zero-width spaces and the like a web page leaves in a cell (`2&#8203;85`): dropped
        // first, so the number reads as the 285 on screen (tester s11 F4); then full width.
        let readings: [(Reading, bool); 2] = [
            (crate::value::without_invisible, true),
            (crate::value::full_width_reading, false),
        ];
        for (reading, invisible) in readings {
            if let Some(read) = reading(&cell.text) {
                let written = std::mem::replace(&mut cell.text, Cow::Owned(read.clone()));
                out.push(HalfWidth {
                    line: cell.line,
                    cell: cell.number,
                    written: written.into_owned(),
                    read,
                    invisible,
                });
            }
        }
    }
    out
}

/// One note per form read with its labels folded from Traditional characters
/// ([`super::traditional`]), at its start: how many label cells of the input were folded, and
/// how many lost the pinyin beside them.
fn note_traditional(parsed: &mut Parsed, folded: &super::traditional::Folded, sheet: Option<&str>) {
    let messages = folded_messages(folded);
    let notes = parsed
        .forms
        .iter()
        .flat_map(|form| {
            messages.iter().map(|message| ImportNote {
                form: 0,
                cell: form.start.1,
                line: form.start.0,
                sheet: sheet.map(str::to_owned),
                kind: NoteKind::Recognised,
                message: message.clone(),
                piece: None,
            })
        })
        .collect();
    attach_notes(parsed, notes);
}

/// What [`super::traditional`] did to an input's labels, said: the cells read in Simplified
/// characters, the cells whose pinyin was dropped (the first as written).
pub(crate) fn folded_messages(folded: &super::traditional::Folded) -> Vec<Message> {
    let mut messages = Vec::new();
    if folded.count > 0 {
        messages.push(crate::i18n::msg!(
            "import-note-traditional",
            count = folded.count
        ));
    }
    if let Some((text, _, _)) = &folded.first_pinyin {
        messages.push(crate::i18n::msg!(
            "import-note-pinyin",
            count = folded.pinyin,
            text = crate::i18n::quoted(text.as_str())
        ));
    }
    messages
}

/// One note per form for its cells rewritten by [`half_width`], at the first of them; those
/// before the first form go to the input's notes.
pub(crate) fn note_half_width(parsed: &mut Parsed, rewritten: Vec<HalfWidth>, sheet: Option<&str>) {
    let mut groups: Vec<(Option<usize>, bool, Vec<HalfWidth>)> = Vec::new();
    for r in rewritten {
        let at = (r.line, r.cell);
        let form = parsed
            .forms
            .partition_point(|f| f.start <= at)
            .checked_sub(1);
        match groups
            .iter_mut()
            .rev()
            .take(2)
            .find(|(f, invisible, _)| *f == form && *invisible == r.invisible)
        {
            Some((_, _, list)) => list.push(r),
            None => groups.push((form, r.invisible, vec![r])),
        }
    }
    for (_, invisible, list) in groups {
        let Some(first) = list.first() else {
            continue;
        };
        let more = list.len() - 1;
        let message = match invisible {
            true => invisible_message(&list, more),
            false => half_width_message(&first.written, &first.read, more),
        };
        let note = ImportNote {
            form: 0,
            cell: first.cell,
            line: first.line,
            sheet: sheet.map(str::to_owned),
            kind: NoteKind::Recognised,
            message,
            piece: None,
        };
        attach_notes(parsed, vec![note]);
    }
}

/// The note on cells that held invisible characters: every kind found in them (tester s11b
/// G7: only the first cell's were named), and the first cell's text read.
fn invisible_message(cells: &[HalfWidth], more: usize) -> Message {
    let read = cells.first().map_or("", |c| c.read.as_str());
    let mut seen: Vec<char> = cells
        .iter()
        .flat_map(|c| c.written.chars())
        .filter(|c| crate::value::is_invisible(*c))
        .collect();
    seen.sort_unstable();
    seen.dedup();
    let names: Vec<String> = seen
        .into_iter()
        .map(|c| crate::value::invisible_name(c).to_string())
        .collect();
    crate::i18n::msg!(
        "import-note-invisible",
        read = quoted(read),
        chars = names.join("、"),
        more = more
    )
}

/// The note on cells written in full-width digits or number signs.
fn half_width_message(written: &str, read: &str, more: usize) -> Message {
    crate::i18n::msg!(
        "import-note-full-width",
        written = quoted(written),
        read = quoted(read),
        more = more
    )
}

impl Parsed {
    /// The forms read, not yet written, with a note on how the whole input was read (its
    /// cells split one a line or one a paragraph, its rows rebuilt): once in the report, as
    /// [`Pending::note_encoding`] puts it, and first in every form's `import_notes`. The note
    /// is written with the case file, so its mirror is kept and the case file need not be
    /// parsed again (#15).
    pub(crate) fn pending_noted(
        self,
        message: Message,
        source_name: &str,
        rules: Option<&str>,
    ) -> Pending {
        let note = |form: u32| input_note(form, message.clone());
        Pending::noted(self.forms, self.problems, note, source_name, rules)
    }

    /// The forms read, not yet written ([`Pending::write`] writes them).
    pub(crate) fn pending(self, source_name: &str, rules: Option<&str>) -> Pending {
        Pending::new(self.forms, self.problems, source_name, rules)
    }
}

/// A note on the whole input (its encoding, how its cells were split), for `form` (0: the
/// input's own notes): placed at line 1 (said `第 1 行`, the whole line, not a cell of it).
pub(crate) fn input_note(form: u32, message: Message) -> ImportNote {
    ImportNote {
        form,
        cell: 0,
        line: 1,
        sheet: None,
        kind: NoteKind::Recognised,
        message,
        piece: None,
    }
}

/// True when a form's note `n` repeats a note of the whole input among `problems`, which the
/// report says once for the input (#16).
pub(crate) fn repeats_input_note(problems: &[ImportNote], n: &ImportNote) -> bool {
    let repeats_input =
        |p: &ImportNote| p.kind == n.kind && p.message == n.message && (p.line, p.cell) == (1, 0);
    (n.line, n.cell) == (1, 0) && problems.iter().any(repeats_input)
}

/// Puts a note on the whole input first in a written form's `import_notes` and notes.
pub(crate) fn note_written_form(form: &mut ImportedForm, first: ImportNote) {
    form.toml = with_first_import_note(&form.toml, &first.to_string());
    // The mirror's spans are those of the text before the note: parse the new text.
    form.mirror = super::draft::Mirror(None);
    form.notes.insert(0, first);
}

impl Import {
    /// The notes of `form` the import report shows: all but those that repeat a note of the
    /// whole input (how its text was decoded or its cells split), which the report says once
    /// for the input (#16); the case file's `import_notes` keeps them, since it stands alone.
    pub fn reported_notes<'a>(
        &'a self,
        form: &'a ImportedForm,
    ) -> impl Iterator<Item = &'a ImportNote> + 'a {
        form.notes
            .iter()
            .filter(move |n| !repeats_input_note(&self.problems, n))
    }
}

/// A case file's text with `note` first in `[form] import_notes` (the text readers write the
/// case before the encoding is known to them).
fn with_first_import_note(toml: &str, note: &str) -> String {
    let line = format!("  {},\n", super::draft::quote(note));
    if let Some(at) = toml.find("\nimport_notes = [\n") {
        let at = at + "\nimport_notes = [\n".len();
        let (head, tail) = toml.split_at(at);
        return format!("{head}{line}{tail}");
    }
    match toml.find("\n\n[header]\n") {
        Some(at) => {
            let (head, tail) = toml.split_at(at + 1);
            format!("{head}import_notes = [\n{line}]\n{tail}")
        }
        None => toml.to_owned(),
    }
}

/// The note for an input in which no form was found.
pub(crate) fn no_form_note() -> ImportNote {
    ImportNote {
        form: 0,
        cell: 0,
        line: 1,
        sheet: None,
        kind: NoteKind::Unreadable,
        message: msg!("import-no-form", title = TITLE),
        piece: None,
    }
}

/// The level-1 label an indicator row opens with (`产出指标`, in its first or second cell, the
/// first left empty by the merged 绩效指标 label), the row holding its level-2 and level-3
/// names and four cells more at least: a goal or funds row never does.
fn headless_indicator<'r>(row: &'r Row<'_>) -> Option<&'r str> {
    let texts = row.strs();
    let at = texts.iter().take(2).position(|t| !t.is_empty())?;
    let label = texts.get(at).copied()?.trim();
    let filled = texts.iter().skip(at).filter(|t| !t.is_empty()).count();
    // Not `预算执行`: some templates head a funds row so.
    let level1 = LEVEL1
        .iter()
        .filter(|l| **l != "预算执行")
        .any(|l| *l == label);
    (level1 && filled >= 5).then_some(label)
}

/// Where the indicators header `row` ran on into the row after it: the first cell after its
/// column names that is a level-1 or level-2 label written in full (`产出指标`), every cell
/// before it but the first naming a column. Text whose rows end at a run of empty cells (the
/// seed's `|` layout) has no such run after a header that fills every column, so the first
/// indicator row was read as more header cells and lost (tester s21 B3, 大英: the form's one
/// indicator, and the form said to have none). None for a header alone.
fn run_on_at(row: &Row) -> Option<usize> {
    let at = row
        .cells
        .iter()
        .skip(2)
        .position(|c| header_column(&c.text).is_none())?
        + 2;
    let label = row.cells.get(at)?.text.trim();
    let named = row.cells.get(1..at)?.iter();
    let named = named.filter(|c| header_column(&c.text).is_some()).count();
    (is_full_label(&squeeze(label)) && named + 1 == at && named >= 3).then_some(at)
}

/// A level-1 label, cut (`产`) or carrying its points (`产出指标(50分)`).
pub(crate) fn is_level1(text: &str) -> bool {
    // Asked of every indicator row: a label starts as one of them does, and splitting its
    // points off keeps its start (#15).
    if !matches!(
        text.trim_start().chars().next(),
        Some('产' | '效' | '满' | '成' | '预')
    ) {
        return false;
    }
    // Spaces inside a label are layout (`产 出 指 标 (50分)`, a rotated or spread label).
    let squeezed = squeeze(text);
    let (text, _) = split_points(&squeezed);
    !text.is_empty() && LEVEL1.iter().any(|l| l.starts_with(text))
}

pub(crate) fn is_level2(text: &str) -> bool {
    let first = |c: char| {
        matches!(
            c,
            '数' | '质' | '时' | '成' | '经' | '社' | '生' | '可' | '服' | '满'
        )
    };
    if !text.chars().next().is_some_and(first) {
        return false;
    }
    // Spaces inside a label are layout (`经济效益 指标`).
    let text = squeeze(text);
    LEVEL2.iter().any(|l| l.starts_with(&*text))
}

/// A level-2 label in the cells of an indicator row, also with its points after it
/// (`数量指标（20分）`, the 江西 layout: tester s23 B1) when it is no level-1 label too
/// (`满意度指标(10分)` is one, and keeps its reading as such).
pub(crate) fn is_level2_label(text: &str) -> bool {
    if is_level2(text) {
        return true;
    }
    if !text.trim_end().ends_with([')', '）']) || is_level1(text) {
        return false;
    }
    let squeezed = squeeze(text);
    let (label, _) = split_points(&squeezed);
    label.len() < squeezed.len() && is_level2(label)
}

/// A level-2 name, with its points after it or not (`成本指标（5分）`, `数量指标`), also when
/// it names a level 1 as well: what a label cell placed as a level 2 by the row's cell count
/// may say without a doubt (`Form::mapped_labels`).
fn names_level2(text: &str) -> bool {
    let squeezed = squeeze(text);
    let (label, _) = split_points(&squeezed);
    is_level2(label)
}

/// A level-1 or level-2 label written in full (not a cut prefix, which could be any word): in
/// text whose row boundaries are lost, such a cell opens a new row.
pub(crate) fn is_full_label(text: &str) -> bool {
    let (text, _) = split_points(text);
    LEVEL1.contains(&text) || LEVEL2.contains(&text)
}

/// A breakdown row's name, under a ★ main indicator: `其中桃树种植面积`, `其中：大棚蔬菜`.
pub(crate) fn is_breakdown_name(text: &str) -> bool {
    text.trim()
        .strip_prefix("其中")
        .is_some_and(|rest| !rest.trim_start_matches([':', '：']).trim().is_empty())
}

/// A placeholder level-3 cell of an unfilled template row: `指标2`, `……`, `...`, or a mark
/// for an empty cell (`/`, `-`: tester s7 F1); also the numbered name with its colon and
/// nothing or such a mark after it (`指标2:`, `指标1:/`: tester s20 T6, a 生态效益 row that
/// does not apply was scored as a 0-point row missing its actual).
pub(crate) fn is_placeholder(text: &str) -> bool {
    let t = crate::value::trim(text);
    if t.is_empty()
        || t.chars().all(|c| matches!(c, '…' | '.' | '。' | '-' | '—'))
        || crate::value::is_blank(t)
    {
        return true;
    }
    t.strip_prefix("指标").is_some_and(|n| {
        let after = n.trim_start_matches(|c: char| c.is_ascii_digit());
        if after.len() == n.len() {
            return false;
        }
        let Some(mark) = after.strip_prefix([':', '：']) else {
            return after.is_empty();
        };
        let mark = mark.trim();
        mark.is_empty() || (!mark.starts_with("指标") && is_placeholder(mark))
    })
}

/// True for a year row's text, the one test of every reader: `2023年度`, `(2022年度)`, and a
/// bare year in brackets, `（2022年）`, as a title's brackets hold it (tester s12 S11: the row
/// was unreadable, the form had no year and a 2022 form got no `year-mismatch`).
pub(crate) fn is_year(text: &str) -> bool {
    (has(text, "年度") && year_digits(text).is_some() && text.chars().count() <= 12)
        || is_bracketed_year(text)
}

/// A bare year in a pair of [`YEAR_BRACKETS`]: `（2022年）`, `(2023年)`, `【2024年】`.
fn is_bracketed_year(text: &str) -> bool {
    let t = text.trim();
    YEAR_BRACKETS.iter().any(|&(open, close)| {
        t.strip_prefix(open)
            .and_then(|t| t.strip_suffix(close))
            .is_some_and(|inner| is_bare_year(inner.trim()))
    })
}

/// The first run of four ASCII digits (bytes: an ASCII digit is a whole character in UTF-8).
fn year_digits(text: &str) -> Option<String> {
    text.as_bytes()
        .windows(4)
        .find(|w| w.iter().all(u8::is_ascii_digit))
        .map(|w| w.iter().copied().map(char::from).collect())
}

impl Form {
    fn new(index: u32, title: &Row, sheet: Option<&str>) -> Self {
        let squeezed = squeeze(title.first());
        let year = split_title_year(&squeezed).1.map(str::to_owned);
        let dated = without_date(&squeezed) != squeezed;
        Form {
            index,
            title: Some(match dated {
                true => without_date(title.first().trim()).trim_start().to_owned(),
                false => title.first().to_owned(),
            }),
            year,
            project: None,
            department: None,
            unit: None,
            funds: Vec::new(),
            goals: Vec::new(),
            indicators: Vec::new(),
            total: None,
            form_notes: Vec::new(),
            complete: false,
            blank: false,
            notes: Vec::new(),
            section: Section::Header,
            after_heading: false,
            carry_level1: String::new(),
            carry_level2: String::new(),
            funds_columns: None,
            declared_points: None,
            indicator_columns: None,
            header_top: None,
            sheet: sheet.map(str::to_owned),
            last_cell: title.number(),
            last_line: title.line(),
            last_row_full: false,
            short_row: None,
            paired_rows: Vec::new(),
            start: (title.line(), title.number()),
            aligned: false,
            flat: false,
            funds_header: None,
            funds_at: Vec::new(),
            header_total: None,
            funds_label_in_header: None,
            indicator_at: Vec::new(),
            in_yuan: false,
            unit_remark: None,
            unit_conflict: None,
            band: None,
            extra_columns: Vec::new(),
            indicators_label: None,
            measures_at: None,
            cut_level1: None,
            level1_row: 0,
            after_break: None,
            indicator_line: 0,
            lone_label: None,
            listed: flat_list::Listed::default(),
            unread_rows: 0,
        }
    }

    /// A remark printed beside the title (`填报单位:(公章)`, `单位：元`): noted, and the
    /// amounts' unit taken from it.
    fn read_form_remark(&mut self, row: &Row, first: &str) {
        self.read_form_remark_at(row.number(), row.line(), first);
    }

    /// [`Form::read_form_remark`] for the remark `text` in the cell (`cell`, `line`): on its
    /// own row, after the title or the year on theirs, or in the year's cell (tester s23 A1).
    fn read_form_remark_at(&mut self, cell: usize, line: usize, text: &str) {
        let message = match is_filled_filler(text) {
            true => msg!("import-note-form-filler", text = quoted(text)),
            false => msg!("import-note-form-remark", text = quoted(text)),
        };
        self.note_at(cell, line, NoteKind::Recognised, message);
        self.amounts_in_yuan_at(cell, line, text);
        if says_yuan(text) {
            self.remember_unit_remark(text, cell, line, true);
        } else if yuan::says_wan(text) {
            self.remember_unit_remark(text, cell, line, false);
        }
    }

    /// The funds header's label (`项目资金(元)`) says the amounts are in 元: noted once, and
    /// the bare amounts read as 元 from then on. A label giving the other unit than a remark
    /// beside the title — its own `(万元)` under `单位：元` (tester s23 A1: it was silent), or
    /// `(元)` under `单位：万元` (s24: the label won, silently) — is read as 万元 until the
    /// form's figures decide ([`Form::settle_unit`]).
    fn amounts_in_yuan(&mut self, row: &Row, label: &str) {
        let (cell, line) = (row.number(), row.line());
        let wan = label.contains("万元");
        if (wan || says_yuan(label)) && self.label_contradicts_remark(label, cell, line, !wan) {
            self.in_yuan = false;
            return;
        }
        self.amounts_in_yuan_at(cell, line, label);
    }

    /// [`Form::amounts_in_yuan`] for the text of the cell (`cell`, `line`), a label or the
    /// remark beside the title (`单位：元`), without weighing it against a remark.
    fn amounts_in_yuan_at(&mut self, cell: usize, line: usize, label: &str) {
        if label.contains("万元") {
            self.in_yuan = false;
        }
        if self.in_yuan || !says_yuan(label) {
            return;
        }
        self.in_yuan = true;
        let message = msg!("import-note-funds-yuan", label = quoted(label.trim()));
        self.note_at(cell, line, NoteKind::Recognised, message);
    }

    /// The line (the row in a sheet) of the form's title.
    pub(crate) fn start_line(&self) -> usize {
        self.start.0
    }

    /// The worksheet the form was read from, when it was.
    pub(crate) fn sheet(&self) -> Option<&str> {
        self.sheet.as_deref()
    }

    /// Where the form starts: the line and cell of its title.
    pub(crate) fn start(&self) -> (usize, usize) {
        self.start
    }

    /// True when the form read from `rows` is an empty template (空白表样), printed with its
    /// labels only, nothing to score (tester s21 C3: one was scored `0（不完整）`): no value
    /// cell holds a digit ([`Form::has_no_number`]), and no cell of its rows does but those
    /// the form names itself by — its title, a year line (`(2023年度)`), its names and its
    /// indicators' (`指标1:`). A form whose figures the reader could not place (a header
    /// value that swallowed the form, paragraphs it could not read) keeps them in its rows:
    /// it is no template. The rows are looked at only when no value cell has a digit.
    fn is_blank_in(&self, rows: &[Row]) -> bool {
        if !self.has_no_number() {
            return false;
        }
        let names: Vec<&str> = [&self.title, &self.project, &self.department, &self.unit]
            .into_iter()
            .filter_map(|n| n.as_deref())
            .chain(self.indicators.iter().map(|i| i.level3.as_str()))
            .collect();
        let year_line = |t: &str| {
            t.chars()
                .all(|c| c.is_ascii_digit() || "()（）年度 ".contains(c))
        };
        let accounted = |t: &str| {
            let t = t.trim();
            year_line(t) || names.iter().any(|n| n.contains(t))
        };
        (rows.iter().flat_map(|r| r.cells.iter()))
            .filter(|c| has_digit(&c.text))
            .all(|c| accounted(&c.text))
    }

    /// True when no value cell of the form holds a digit — no amount, target, actual,
    /// 分值, 得分 or 总分. Each cell is ruled out by its first digit; the first filled cell
    /// ends the look.
    pub(crate) fn has_no_number(&self) -> bool {
        let number = has_digit;
        let some = |s: &Option<String>| s.as_deref().is_some_and(number);
        !(self
            .funds
            .iter()
            .any(|f| f.values.iter().any(|v| number(v)))
            || self
                .indicators
                .iter()
                .any(|i| some(&i.target) || some(&i.actual) || some(&i.points) || some(&i.score))
            || self
                .total
                .as_ref()
                .is_some_and(|t| some(&t.points) || some(&t.score)))
    }

    /// True when nothing of a form followed the title: no header value, funds, goal,
    /// indicator or 总分 row.
    fn is_bare_title(&self) -> bool {
        self.project.is_none()
            && self.department.is_none()
            && self.unit.is_none()
            && self.funds.is_empty()
            && self.goals.is_empty()
            && self.indicators.is_empty()
            && self.total.is_none()
    }

    /// A note at a cell of the form. The text is a catalog [`Message`] (a `format!` text does
    /// not compile here): it reads in either language (#16).
    fn note_at(&mut self, cell: usize, line: usize, kind: NoteKind, message: Message) {
        self.notes.push(ImportNote {
            form: self.index,
            cell,
            line,
            sheet: self.sheet.clone(),
            kind,
            message,
            piece: None,
        });
    }

    fn note(&mut self, row: &Row, kind: NoteKind, message: Message) {
        self.note_at(row.number(), row.line(), kind, message);
    }

    /// A row that fits no shape of `what` (an `import-shape-…` message), left out.
    fn unreadable(&mut self, row: &Row, what: Message) {
        if row
            .cells
            .iter()
            .filter(|c| !c.text.trim().is_empty())
            .count()
            >= 2
        {
            self.unread_rows += 1;
        }
        let message = msg!("import-note-no-shape", cells = row.len(), what = what);
        self.note(row, NoteKind::Unreadable, message);
    }

    /// True when the template has no 分值/得分 columns (and so no 总分 row to end the form).
    fn scoreless(&self) -> bool {
        self.indicator_columns
            .as_ref()
            .is_some_and(|c| !c.contains(&Column::Score) && !c.contains(&Column::Points))
    }

    /// Gives the form another number (forms of several sheets are numbered across the book).
    pub(crate) fn renumber(&mut self, index: u32) {
        self.index = index;
        for n in &mut self.notes {
            n.form = index;
        }
    }

    /// Ends the form, at the next form's title row or at the end of the input.
    fn finish(&mut self, next_title: Option<&Row>) {
        self.name_by_department();
        self.note_core_lines();
        self.listed_complete();
        self.settle_header_total();
        self.settle_lone_label(true);
        self.settle_paired_rows();
        self.settle_unit();
        if self.complete {
            return;
        }
        if self.scoreless() && !self.indicators.is_empty() && self.last_row_full {
            self.complete = true;
            let (cell, line) = (self.last_cell, self.last_line);
            // Closed by its notes (`注`, `说明`), or by the end of a real table (a worksheet, a
            // Word or HTML table: no copy cut it short), the form's end is read, not guessed
            // (tester s7 F4: every Hunan .docx was told its numbers may be off).
            let kind = match self.section {
                Section::AfterTotal => NoteKind::Recognised,
                _ if self.aligned => NoteKind::Recognised,
                _ => NoteKind::Guessed,
            };
            self.note_at(cell, line, kind, msg!("import-note-scoreless-complete"));
            return;
        }
        self.undo_short_row_sharing();
        let (cell, line, message) = match next_title {
            Some(row) => (
                row.number(),
                row.line(),
                msg!("import-note-cut-by-next-form"),
            ),
            // Point at the last row read in this form.
            None => (
                self.last_cell,
                self.last_line,
                msg!("import-note-cut-at-end"),
            ),
        };
        self.note_at(cell, line, NoteKind::Unreadable, message);
    }

    /// The form's first indicator read as sharing the 分值/得分 of a row above (a row cut
    /// short, a piece of a broken cell read as a row): there is no row above, so the case file
    /// would be refused by `score` (`case::shared-points-first`, tester s22 C1). It is read
    /// with no points of its own instead, which scoring says (`分值为空`), and the note says why.
    fn unshare_first(&mut self, read_at: &[(usize, usize)]) {
        let Some(first) = self.indicators.first_mut() else {
            return;
        };
        if !first.shares_points {
            return;
        }
        first.shares_points = false;
        let level3 = quoted(first.level3.as_str());
        let &(cell, line) = read_at.first().unwrap_or(&(self.last_cell, self.last_line));
        let message = msg!("import-note-first-not-shared", level3 = level3);
        self.note_at(cell, line, NoteKind::Guessed, message);
    }

    /// Each target and actual worded in Traditional characters read in Simplified ones
    /// ([`super::traditional::worded_value`]: `達成預期指標` → `达成预期指标`), said at its
    /// row, so that a band word scores as its Simplified spelling (s21 doubt 1: it was no
    /// band word, and the self-score was taken with `unknown-band`). `read_at`: the row each
    /// indicator was read from.
    fn fold_worded_values(&mut self, read_at: &[(usize, usize)]) {
        let mut notes = Vec::new();
        for (ind, &(cell, line)) in self.indicators.iter_mut().zip(read_at) {
            for (column, value) in [
                (Column::Target, &mut ind.target),
                (Column::Actual, &mut ind.actual),
            ] {
                let Some(text) = value.as_mut() else {
                    continue;
                };
                let Some(read) = super::traditional::worded_value(text) else {
                    continue;
                };
                let message = msg!(
                    "import-note-traditional-value",
                    column = column.message(),
                    text = quoted(text.as_str()),
                    read = quoted(read.as_str())
                );
                notes.push((cell, line, message));
                *text = read;
            }
        }
        for (cell, line, message) in notes {
            self.note_at(cell, line, NoteKind::Recognised, message);
        }
    }

    /// A funds header read with no funds row under it: the block was there and could not be
    /// read, which the execution score's `no-grade` finding cannot tell from a form without
    /// one (session 14). Said at the header, so the officer finds the block.
    fn note_funds_unread(&mut self) {
        if let Some((cell, line)) = self.funds_header
            && self.funds.is_empty()
        {
            let message = msg!("import-note-funds-no-rows");
            self.note_at(cell, line, NoteKind::Unreadable, message);
        }
    }

    fn read(&mut self, row: &Row) {
        let header = self.section == Section::Header || header_key(row.first()).is_some();
        self.read_row(row);
        if header {
            self.check_header_values(row);
        }
    }

    fn read_row(&mut self, row: &Row) {
        self.last_cell = row.number();
        self.last_line = row.line();
        if self.take_header_bottom(row)
            || self.skip_repeated_header(row)
            || self.take_indicators_label(row)
        {
            return;
        }
        let first = row.first();
        let after_heading = std::mem::take(&mut self.after_heading);
        match self.key_of(first).unwrap_or(first) {
            _ if self.section == Section::Header
                && (is_year(first) || yuan::split_year_remark(first).is_some()) =>
            {
                self.read_year_row(row)
            }
            // Labels each with its value side by side on one row (`项目名称 | 初中公用经费 |
            // 主管部门 | 银川市教育局`, `实施单位 | 某中学 | 自评得分 | 98 | 财政审核评分`, the
            // Ningxia 2021 template; tester s21 B2: both rows were lost and the form had no
            // name, department or unit).
            _ if self.section == Section::Header
                && (row.len() >= 4 && header_key(first).is_some()
                    || row.len() >= 3 && is_contact_label(first))
                && label_pairs(row).is_some() =>
            {
                self.read_label_pairs(row)
            }
            // A project form naming its department (`部门名称`) after its 项目名称: the
            // 主管部门, not a second name.
            "项目名称"
                if self.project.is_some()
                    && row.len() == 2
                    && is_department_name_label(&squeeze(first)) =>
            {
                self.department = row.text(1).map(str::to_owned);
            }
            // Anhui's 部门整体支出绩效自评表 names its department `部门 | name` (tester s17w
            // F6): its name, as `部门名称` is — only as a header row of two cells, since a
            // `部门` cell elsewhere is a wrapped `主管` / `部门`.
            _ if self.section == Section::Header
                && self.project.is_none()
                && row.len() == 2
                && squeeze(first).trim_end_matches([':', '：']) == "部门" =>
            {
                self.read_project(row);
                if self.department.is_none() {
                    self.department.clone_from(&self.project);
                }
            }
            "项目名称" => {
                self.read_project(row);
                // A department's own form: the department it names is its 主管部门 too.
                if is_department_name_label(&squeeze(first)) && self.department.is_none() {
                    self.department.clone_from(&self.project);
                }
            }
            // Hunan's 负责人及电话 on a row of its own (paragraphs, glued text).
            _ if self.section == Section::Header && row.len() == 2 && is_contact_label(first) => {
                self.note_contact(row, 0)
            }
            "主管部门" => self.read_department(row),
            "实施单位" if row.len() == 2 => {
                self.unit = row.text(1).map(|v| unit_value(first, v))
            }
            // `单位名称 | unit | 项目名称 | project` on a project form (s21 doubt 2).
            "实施单位"
                if row.len() == 4 && row.text(2).and_then(header_key) == Some("项目名称") =>
            {
                self.unit = row.text(1).map(|v| unit_value(first, v));
                self.project = row.text(3).map(str::to_owned);
            }
            // The stamp mark in a cell of its own (`实施单位 | (盖章) | 某县…`, the Sichuan
            // template in a grid; tester s8 F1: the unit was lost).
            "实施单位" if row.len() == 3 && row.text(1).is_some_and(is_stamp) => {
                self.unit = row.text(2).map(str::to_owned)
            }
            // Most templates put the funds before the goals; Sichuan's puts them after.
            _ if is_funds_header(first) && self.section < Section::Indicators => {
                self.read_funds_header(row)
            }
            // A funds header with no funds label, its columns only (tester s21 T2).
            _ if self.section < Section::Indicators
                && let Some(shape) = sections::bare_funds_header(row) =>
            {
                self.read_bare_funds_header(row, shape)
            }
            // `合计` among the funds rows is their total row (the 部门整体 form's 年度资金总额),
            // not the form's 总分 (tester s21 T2).
            _ if self.section == Section::Funds
                && is_total_label(first)
                && first.contains('计') =>
            {
                self.read_funds(row)
            }
            _ if is_goals_header(first) && self.section <= Section::Funds => {
                self.section = Section::Goals;
                let expected = match self.take_adjusted_goals_header(row) {
                    true => 4,
                    false if first == "项目年度目标" => 2,
                    false => 3,
                };
                if row.len() != expected {
                    self.note(
                        row,
                        NoteKind::Guessed,
                        msg!(
                            "import-note-goals-header-cells",
                            cells = row.len(),
                            expected = expected
                        ),
                    );
                }
            }
            _ if self.section < Section::Indicators
                && (is_indicators_header(first) || flat_list::names_columns(row)) =>
            {
                self.read_indicators_header_row(row)
            }
            // The Sichuan template's printed section labels (`项目基本情况`,
            // `1.项目年度目标完成情况`, `2.项目实施内容及过程概述`).
            _ if is_section_label(first) => self.read_section_label(row),
            _ if is_total_label(first) => self.read_total(row),
            // Notes under a template with no 总分 row end the indicators.
            _ if self.section == Section::Indicators
                && row.len() == 1
                && (first.starts_with("注:") || first.starts_with("注：")) =>
            {
                self.form_notes.push(first.to_owned());
                self.section = Section::AfterTotal;
            }
            // So does a closing 说明/备注/填报说明 block, with what is written beside it (the
            // Hunan template ends `说明 | 无`; tester s6 F6: it was read as a 9th indicator and
            // the whole form called incomplete).
            _ if self.section == Section::Indicators && is_notes_label(first) => {
                let texts: Vec<&str> = row
                    .cells
                    .iter()
                    .map(|c| c.text.trim())
                    .filter(|t| !t.is_empty())
                    .collect();
                self.form_notes.push(texts.join("："));
                self.section = Section::AfterTotal;
            }
            // The form's printed remarks beside the title (`填报单位:(公章)`, `单位:万元`) hold
            // no value of the form (tester s6 F13: they were "unreadable" and made every such
            // form "may be off").
            _ if self.section == Section::Header && row.len() == 1 && is_form_remark(first) => {
                self.read_form_remark(row, first)
            }
            // A report's numbered heading between the funds and the indicators (`二、绩效指标
            // 完成情况` between two tables of a page) is page text (tester s14 F5).
            _ if matches!(self.section, Section::Funds | Section::Goals)
                && row.len() == 1
                && is_numbered_heading(first) =>
            {
                let message = msg!("import-note-heading-skipped", text = quoted(first));
                self.note(row, NoteKind::Recognised, message);
                self.after_heading = true;
            }
            // A paragraph under such a heading (`全年共养护农村公路1,150公里。`) is the report's
            // text, no goal: kept among the form's notes, said (tester s14b B: it was a second
            // 年度总体目标, guessed, which cast doubt on the numbers).
            _ if after_heading
                && matches!(self.section, Section::Funds | Section::Goals)
                && row.len() == 1 =>
            {
                let message = msg!("import-note-heading-text", text = quoted(first));
                self.note(row, NoteKind::Recognised, message);
                self.form_notes.push(first.to_owned());
                self.after_heading = true;
            }
            // An indicator row before any indicators header: the header line is absent (lost
            // in a copy, or never typed). Read as the template's columns, a guess said at the
            // row (tester s16r N-B: every indicator was a goal row that could not be read, and
            // the form scored 10 / 差 on its execution alone).
            _ if self.headless_indicators(row) => self.read_indicator(row),
            _ => match self.section {
                Section::Header => self.unreadable(row, msg!("import-shape-header")),
                Section::Funds => self.read_funds(row),
                Section::Goals => self.read_goal(row),
                Section::Indicators => self.read_indicator(row),
                Section::AfterTotal => self.read_note(row),
            },
        }
    }

    /// A row opening with a Sichuan section label: labels only (`项目基本情况 |
    /// 1.项目年度目标完成情况`, the first merged over the rows below) are the template's print
    /// and passed over; a label with the department's text beside it (`2.项目实施内容及过程概述 |
    /// 按学期发放…`) is kept among the form's notes as written, label first — it is no goal
    /// (tester s12 S10: it was read as a second 年度目标, and the labels row as an unreadable
    /// header that cast doubt on the numbers).
    fn read_section_label(&mut self, row: &Row) {
        let texts: Vec<&str> = row
            .cells
            .iter()
            .map(|c| c.text.trim())
            .filter(|t| !t.is_empty())
            .collect();
        if texts.iter().all(|t| is_section_label(t)) {
            return;
        }
        let (labels, written): (Vec<&str>, Vec<&str>) =
            texts.into_iter().partition(|t| is_section_label(t));
        let label = labels.last().copied().unwrap_or_default();
        // The goals' column header on the labels' row (`项目基本情况 | 1.项目年度目标完成情况 |
        // 项目年度目标 | 年度目标完成情况`, the labels merged down beside it; tester s21 B3,
        // 大英): the goals start under it, as under the header on a row of its own — kept as a
        // note, the goal pair below was a header row that could not be read.
        if self.section <= Section::Funds && written.first().is_some_and(|t| is_goals_header(t)) {
            self.section = Section::Goals;
            let message = msg!(
                "import-note-goals-header-beside-label",
                label = quoted(label),
                header = quoted(written.join(" | "))
            );
            self.note(row, NoteKind::Recognised, message);
            return;
        }
        self.form_notes
            .push(format!("{label}：{}", written.join(" ")));
    }

    /// The 项目名称 row: the label and the name, or — on Hunan's 绩效目标自评表 — the name
    /// followed by `负责人及电话` and the person (`专项资金名称 | 名称 | 负责人及电话 | 王强 …`).
    /// A 主管部门 row: `主管部门 | dept`, or `主管部门 | dept | 实施单位 | unit` (the unit's label
    /// `单位名称` on a project's form, [`Form::key_of`]).
    fn read_department(&mut self, row: &Row) {
        match row.len() {
            4 if row.text(2).and_then(|t| self.key_of(t)) == Some("实施单位") => {
                self.department = row.text(1).map(str::to_owned);
                self.unit = row.text(3).map(|v| unit_value(row.cell_text(2), v));
            }
            2 => self.department = row.text(1).map(str::to_owned),
            _ => self.unreadable(row, msg!("import-shape-department")),
        }
    }

    /// The header key of `text` on this form ([`header_key`]), but `单位名称` on a project's
    /// form is the unit carrying the project out, its 实施单位: only a 部门（单位）整体 form is
    /// named by it (s21 doubt 2: `单位名称 | unit | 项目名称 | project` lost its project's
    /// name, `主管部门 | … | 单位名称 | unit` both its department and its unit).
    fn key_of(&self, text: &str) -> Option<&'static str> {
        let key = header_key(text)?;
        let unit_name = || squeeze(text).trim_end_matches([':', '：']) == "单位名称";
        match key == "项目名称" && self.is_project_form() && unit_name() {
            true => Some("实施单位"),
            false => Some(key),
        }
    }

    /// True when the form's title names a project's form (`项目支出绩效自评表`), not a
    /// 部门（单位）整体 one.
    fn is_project_form(&self) -> bool {
        self.title
            .as_deref()
            .is_some_and(|t| has(t, "项目") && !has(t, "整体"))
    }

    fn read_project(&mut self, row: &Row) {
        match row.len() {
            2 => self.project = row.text(1).map(str::to_owned),
            1 => {
                self.project = Some(String::new());
                self.note(row, NoteKind::Guessed, msg!("import-note-project-empty"));
            }
            3 | 4 if row.text(2).is_some_and(is_contact_label) => {
                self.project = row.text(1).map(str::to_owned);
                self.note_contact(row, 2);
            }
            _ => self.unreadable(row, msg!("import-shape-project")),
        }
    }

    /// A header row of labels each followed by its value ([`label_pairs`]): each value goes
    /// where its label says; the 自评得分 beside them is the form's reported total, settled
    /// against the 总分 row when the form ends ([`Form::settle_header_total`]); a review
    /// score (`财政审核评分`) filled in is left out, said.
    fn read_label_pairs(&mut self, row: &Row) {
        let Some(pairs) = label_pairs(row) else {
            return;
        };
        for (at, value) in pairs {
            let label = row.cell_text(at);
            let cell = value.and_then(|v| row.cells.get(v));
            let text = cell.map(|c| c.text.trim().to_owned());
            // `单位名称` on a project's form is its 实施单位 ([`Form::key_of`], s21 doubt 2).
            let read = match pair_label(label) {
                Some(PairLabel::Key(_)) => self.key_of(label).map(PairLabel::Key),
                other => other,
            };
            match read {
                Some(PairLabel::Key("项目名称")) => {
                    if is_department_name_label(&squeeze(label)) && self.department.is_none() {
                        self.department.clone_from(&text);
                    }
                    self.project = Some(text.unwrap_or_default());
                }
                Some(PairLabel::Key("主管部门")) => self.department = text,
                Some(PairLabel::Key(_)) => self.unit = text.map(|v| unit_value(label, &v)),
                Some(PairLabel::Reported) => {
                    if let (Some(cell), Some(text)) = (cell, text) {
                        let place = (cell.number, cell.line);
                        self.header_total = Some((label.trim().to_owned(), text, place));
                    }
                }
                // The pair's own value, not the cell after the label: a blank value leaves
                // the next label there.
                Some(PairLabel::Contact | PairLabel::Office) => {
                    let label = quoted(label.trim());
                    let message = match text.filter(|v| !v.is_empty()) {
                        Some(value) => msg!(
                            "import-note-contact-dropped",
                            label = label,
                            value = quoted(value.as_str())
                        ),
                        None => msg!("import-note-contact-empty", label = label),
                    };
                    self.note(row, NoteKind::Recognised, message);
                }
                Some(PairLabel::Review) => {
                    if let (Some(cell), Some(text)) = (cell, text) {
                        let message = msg!(
                            "import-note-contact-dropped",
                            label = quoted(label.trim()),
                            value = quoted(text.as_str())
                        );
                        self.note_at(cell.number, cell.line, NoteKind::Recognised, message);
                    }
                }
                None => {}
            }
        }
    }

    /// The 自评得分 a header row gave ([`Form::read_label_pairs`]), settled when the form
    /// ends: the reported total of a form without a 总分 row; beside a 总分 row's score, checked
    /// against it — equal, nothing to say; different, the 总分 row is read and the other
    /// figure said, a guess.
    fn settle_header_total(&mut self) {
        let Some((label, value, (cell, line))) = self.header_total.take() else {
            return;
        };
        let number = |t: &str| t.trim().parse::<Decimal>().ok();
        let row_score = self.total.as_ref().and_then(|t| t.score.clone());
        match row_score.filter(|s| !s.trim().is_empty() && !flat::is_empty_mark(s)) {
            None => {
                let message = msg!(
                    "import-note-header-total",
                    label = quoted(label.as_str()),
                    value = value.as_str()
                );
                self.note_at(cell, line, NoteKind::Recognised, message);
                let total = self.total.get_or_insert_with(|| Total {
                    points: None,
                    score: None,
                    shown_rounding: None,
                    cells: Vec::new(),
                });
                total.score = Some(value);
            }
            Some(score) if number(&score).is_some() && number(&score) == number(&value) => {}
            Some(score) => {
                let message = msg!(
                    "import-note-header-total-differs",
                    label = quoted(label.as_str()),
                    value = value.as_str(),
                    total = score.as_str()
                );
                self.note_at(cell, line, NoteKind::Guessed, message);
            }
        }
    }

    /// A 负责人及电话 label at `at` and the person after it: a case file has no place for
    /// them, so they are left out with a note quoting them.
    fn note_contact(&mut self, row: &Row, at: usize) {
        let label = quoted(row.text(at).unwrap_or_default());
        let message = match row.text(at + 1).filter(|v| !v.trim().is_empty()) {
            Some(value) => msg!(
                "import-note-contact-dropped",
                label = label,
                value = quoted(value)
            ),
            None => msg!("import-note-contact-empty", label = label),
        };
        self.note(row, NoteKind::Recognised, message);
    }

    /// Says that the `年初预算数(A)` header cell at `cell`, `line` is read as the budget A.
    pub(super) fn note_initial_budget_a(&mut self, cell: usize, line: usize, text: &str) {
        let message = msg!("import-note-initial-budget-a", header = quoted(text.trim()));
        self.note_at(cell, line, NoteKind::Recognised, message);
    }

    fn read_funds_header(&mut self, row: &Row) {
        self.read_funds_columns(row, 1);
    }

    /// A funds header naming its columns with no funds label before them (tester s21 T2):
    /// read as one, said at the row.
    fn read_bare_funds_header(&mut self, row: &Row, shape: sections::BareFunds) {
        self.note_bare_funds_header(row);
        let skip = usize::from(shape == sections::BareFunds::Headed);
        self.read_funds_columns(row, skip);
    }

    /// Says that `row`, column names only, is read as the funds header (tester s21 T2).
    fn note_bare_funds_header(&mut self, row: &Row) {
        let columns: Vec<&str> = row.cells.iter().map(|c| c.text.trim()).collect();
        let message = msg!(
            "import-note-funds-header-bare",
            cells = quoted(columns.join(" | ").as_str())
        );
        self.note(row, NoteKind::Recognised, message);
    }

    /// The funds header's columns, named by its cells after the first `skip` (the label's).
    fn read_funds_columns(&mut self, row: &Row, skip: usize) {
        self.section = Section::Funds;
        self.funds_header.get_or_insert((row.number(), row.line()));
        self.amounts_in_yuan(row, row.first());
        let columns: Vec<usize> = row
            .cells
            .iter()
            .skip(skip)
            .filter_map(|c| funds_column(&c.text))
            .collect();
        for cell in row.cells.iter().skip(skip) {
            if is_initial_budget_a(&cell.text) {
                self.note_initial_budget_a(cell.number, cell.line, &cell.text);
            }
        }
        if row.len() == 8 && columns == [0, 1, 2, 3, 4, 5] {
            return;
        }
        if columns.is_empty() {
            self.note(
                row,
                NoteKind::Guessed,
                msg!("import-note-funds-header-unknown", cells = row.len()),
            );
            return;
        }
        self.note(row, NoteKind::Recognised, funds_columns_message(&columns));
        if !columns.contains(&FUNDS_POINTS) {
            self.declared_points = declared_points(row);
        }
        self.funds_columns = Some(columns);
    }

    /// A row holding only the indicators part's label (`绩效指标` merged across the table,
    /// `绩效指标(90分)`, `年度绩效指标`) is the part's title, not its header: the header is the
    /// row with the column names under it (tester s15f F-A1: read as a header of one cell, the
    /// real header and the first indicator of each level 1 were lost and the rest read by
    /// their cell count). Said where it stands; true when the row was such a label. A row
    /// after the label that is no header reads as before: the label was the header.
    pub(super) fn take_indicators_label(&mut self, row: &Row) -> bool {
        if self.section >= Section::Indicators {
            return false;
        }
        if is_indicators_label_row(row) {
            let label = row.cells.iter().find(|c| !c.text.trim().is_empty());
            let (cell, line, text) = label.map_or((row.number(), row.line(), ""), |c| {
                (c.number, c.line, c.text.trim())
            });
            self.indicators_label = Some((cell, line, text.to_owned()));
            return true;
        }
        let Some((cell, line, text)) = self.indicators_label.take() else {
            return false;
        };
        // Said once the row under it shows what the label was.
        if is_indicators_header(row.first()) {
            let message = msg!("import-note-indicators-label", text = quoted(text.as_str()));
            self.note_at(cell, line, NoteKind::Recognised, message);
        } else {
            self.section = Section::Indicators;
            let message = msg!("import-note-indicators-header-unknown", cells = 1usize);
            self.note_at(cell, line, NoteKind::Guessed, message);
        }
        false
    }

    /// True when `row` is an indicator row before any indicators header, in the funds or the
    /// goals part ([`headless_indicator`]): the indicators part starts here, read in the
    /// template's columns, and the guess is said at the row.
    pub(super) fn headless_indicators(&mut self, row: &Row) -> bool {
        if !matches!(self.section, Section::Funds | Section::Goals) {
            return false;
        }
        let Some(label) = headless_indicator(row) else {
            return false;
        };
        let message = msg!(
            "import-note-indicators-header-absent",
            label = quoted(label)
        );
        self.note(row, NoteKind::Guessed, message);
        self.section = Section::Indicators;
        self.indicators_label = None;
        true
    }

    /// The indicators header row, and the first indicator row when the header ran on into it
    /// ([`run_on_at`]): the header read, then the row after it, said at the row.
    fn read_indicators_header_row(&mut self, row: &Row) {
        let Some(at) = run_on_at(row) else {
            self.read_indicators_header(row);
            return;
        };
        let (head, rest) = row.cells.split_at(at);
        let header = Row {
            cells: head.to_vec(),
        };
        let next = Row {
            cells: rest.to_vec(),
        };
        self.read_indicators_header(&header);
        let message = msg!(
            "import-note-header-run-on",
            label = quoted(next.first().trim()),
            cells = next.len()
        );
        self.note(&next, NoteKind::Recognised, message);
        self.read_row(&next);
    }

    fn read_indicators_header(&mut self, row: &Row) {
        self.section = Section::Indicators;
        self.indicators_label = None;
        // The aligned reader hands on the header cells it reads (no remark among them); a
        // reader by order counts the remark columns too.
        let named: Vec<Option<Column>> = row
            .cells
            .iter()
            .map(|c| ordered_header_column(&c.text))
            .collect();
        let columns: Vec<Column> = named
            .iter()
            .flatten()
            .copied()
            .filter(|c| !matches!(c, Column::Level1 | Column::Level2))
            .collect();
        let all: Vec<Column> = named.iter().flatten().copied().collect();
        if !self.aligned
            && let Some((composed, bottom)) = two_rows::one_row(&all)
        {
            self.note_two_rows(row, bottom, &composed);
            self.indicator_columns = Some(composed);
            return;
        }
        if columns == STANDARD_INDICATOR {
            // The header's first cell is 绩效指标 (9 cells) or already 一级指标 (8).
            let expected = if named.first() == Some(&Some(Column::Level1)) {
                8
            } else {
                9
            };
            if row.len() != expected {
                self.note(
                    row,
                    NoteKind::Guessed,
                    msg!(
                        "import-note-indicators-header-cells",
                        cells = row.len(),
                        expected = expected
                    ),
                );
            }
            return;
        }
        if self.hold_header_top(row, &columns) {
            return;
        }
        if !columns.contains(&Column::Level3) || columns.len() < 2 {
            self.note(
                row,
                NoteKind::Guessed,
                msg!("import-note-indicators-header-unknown", cells = row.len()),
            );
            return;
        }
        let names = list(columns.iter().map(|c| c.message()));
        self.note(
            row,
            NoteKind::Recognised,
            msg!("import-note-indicator-columns", columns = names),
        );
        self.note_listed_columns(row);
        self.indicator_columns = Some(columns);
    }

    fn read_funds(&mut self, row: &Row) {
        let texts = row.strs();
        // A department's one funds row with no name (s22): every cell is a value.
        let unnamed = self.unnamed_funds_in_text(&texts);
        let Some((&label, values)) = (match unnamed {
            true => Some((&"", texts.as_slice())),
            false => texts.split_first(),
        }) else {
            return;
        };
        let total = self.unnamed_funds_total(row, label);
        let label = total.as_deref().unwrap_or(label);
        // Empty cells where a row would start: the cells a table's last column leaves empty
        // after a funds row, copied one paragraph a cell (tester s8 F11: each was a funds row
        // named “”, a guess). They hold nothing of a row.
        if label.trim().is_empty() && values.iter().all(|v| v.trim().is_empty()) {
            return;
        }
        // The template's printed instruction on a row of its own is one of the notes printed
        // with the form, not a funds row.
        if is_funds_instruction(label) && values.iter().all(|v| v.trim().is_empty()) {
            self.form_notes.push(label.trim().to_owned());
            return;
        }
        // The values are copied once, into the form (#15).
        let values: Vec<String> = values.iter().map(|v| (*v).to_owned()).collect();
        let mapped = self.funds_columns.clone();
        let width = mapped.as_ref().map_or(FUNDS_KEYS.len(), Vec::len);
        if values.len() > width {
            self.unreadable(row, msg!("import-shape-funds-row"));
            return;
        }
        let sources: Vec<&Cell> = row.cells.iter().skip(usize::from(!unnamed)).collect();
        if values.len() < width
            && self.flat
            && let Some(columns) = mapped.as_deref()
            && let Some(placed) = flat::funds_by_kind(&values, columns)
        {
            let blanks = flat::funds_placed_plainly(&values, &placed, columns).then(|| {
                let names = placed.iter().zip(columns).filter(|(v, _)| v.is_empty());
                let reason = |c: usize| match c == FUNDS_KEYS.len() {
                    true => Some(msg!("import-funds-column-reason")),
                    false => funds_column_message(c),
                };
                list(names.filter_map(|(_, &c)| reason(c)))
            });
            let (kind, message) =
                flat_row_message("funds", (row.len() - 1, width), &placed, blanks);
            self.note(row, kind, message);
            let blank = Cell {
                text: Cow::Borrowed(""),
                ..row.cells.first().cloned().unwrap_or_default()
            };
            let cells = placed_cells(&placed, &sources, &blank);
            self.keep_funds(row, label, placed, &cells, mapped);
            return;
        }
        let standard: Vec<usize> = (0..FUNDS_KEYS.len()).collect();
        let columns = mapped.as_deref().unwrap_or(&standard);
        if values.len() < width
            && let Some((placed, at, blanks)) = rate::shifted_rate(&values, columns)
        {
            let blank = Cell {
                text: Cow::Borrowed(""),
                ..row.cells.first().cloned().unwrap_or_default()
            };
            let mut cells: Vec<&Cell> = sources.get(..at).unwrap_or_default().to_vec();
            cells.extend(std::iter::repeat_n(&blank, blanks));
            cells.extend(sources.get(at..).unwrap_or_default());
            let skipped = columns.get(at..at + blanks).unwrap_or_default();
            let message = msg!(
                "import-note-funds-row-rate",
                cells = row.len(),
                expected = width + 1,
                rate = quoted(values.get(at).map_or("", |v| v.trim())),
                columns = list(skipped.iter().filter_map(|&c| funds_column_message(c))),
                placed = funds_placed(&placed, columns)
            );
            self.note(row, NoteKind::Recognised, message);
            self.keep_funds(row, label, placed, &cells, mapped);
            return;
        }
        if values.len() < width {
            let kind = match short_funds_row_is_plain(&values, mapped.as_deref()) {
                true => NoteKind::Recognised,
                false => NoteKind::Guessed,
            };
            self.note(
                row,
                kind,
                match values.iter().all(|v| v.trim().is_empty()) {
                    true => msg!(
                        "import-note-funds-row-blank",
                        cells = row.len(),
                        expected = width + 1
                    ),
                    false => msg!(
                        "import-note-funds-row-cells",
                        cells = row.len(),
                        expected = width + 1,
                        placed = funds_placed(&values, columns)
                    ),
                },
            );
        }
        self.keep_funds(row, label, values, &sources, mapped);
    }

    /// A rate written as a bare fraction that the row's B / A confirms, read as its percentage
    /// ([`rate::confirmed_fraction`]), with the note saying how B / A confirms it.
    fn read_confirmed_fraction(
        &mut self,
        values: &mut [String],
        columns: &[usize],
        cells: &[&Cell],
    ) {
        if let Some((at, read, how)) = rate::confirmed_fraction(values, columns, cells)
            && let Some(value) = values.get_mut(at)
        {
            let message = match how {
                rate::Confirmed::Rounded => msg!(
                    "import-note-rate-fraction-confirmed",
                    value = value.as_str(),
                    read = read.as_str()
                ),
                rate::Confirmed::Cut(ratio) => msg!(
                    "import-note-rate-fraction-cut",
                    value = value.as_str(),
                    ratio = ratio.to_string(),
                    read = read.as_str()
                ),
            };
            let cell = cells.get(at).copied().unwrap_or(&EMPTY_CELL);
            self.note_at(cell.number, cell.line, NoteKind::Recognised, message);
            *value = read;
        }
    }

    /// Checks a funds row read (its label, a rate stored as a fraction, a total row left at 0)
    /// and keeps it. `cells` are the cells the `values` came from, in the same order.
    fn keep_funds(
        &mut self,
        row: &Row,
        label: &str,
        mut values: Vec<String>,
        cells: &[&Cell],
        mapped: Option<Vec<usize>>,
    ) {
        if !is_funds_label(label) && FundsKind::of_label(label) == FundsKind::Unknown {
            self.note(
                row,
                NoteKind::Guessed,
                msg!("import-note-funds-label-unknown", label = quoted(label)),
            );
        }
        // A spreadsheet shows 70.96% but stores 0.7096: the rate column written back as percent.
        let columns: Vec<usize> = mapped
            .clone()
            .unwrap_or_else(|| (0..FUNDS_KEYS.len()).collect());
        if self.in_yuan {
            // 年初预算数, 全年预算数, 全年执行数 written as bare numbers: 元.
            yuan::mark_yuan(&mut values, &columns);
        }
        self.read_confirmed_fraction(&mut values, &columns, cells);
        if let Some((spent, rate)) = swapped::spent_and_rate(&values, &columns) {
            let cell = cells.get(spent).copied().unwrap_or(&EMPTY_CELL);
            let message = msg!(
                "import-note-funds-spent-rate-swapped",
                spent = values[spent].as_str(),
                rate = values[rate].as_str(),
                budget = values[columns.iter().position(|&c| c == 1).unwrap_or(0)].as_str()
            );
            self.note_at(cell.number, cell.line, NoteKind::Guessed, message);
            values.swap(spent, rate);
        }
        for (i, (value, cell)) in values.iter_mut().zip(cells).enumerate() {
            if columns.get(i) != Some(&4) || !cell.numeric || value.contains('%') {
                continue;
            }
            if let Ok(fraction) = value.parse::<rust_decimal::Decimal>()
                && fraction <= rust_decimal::Decimal::from(2)
                && let Some(percent) = fraction.checked_mul(rust_decimal::Decimal::from(100))
            {
                let text = format!("{}%", percent.normalize());
                self.note_at(
                    cell.number,
                    cell.line,
                    NoteKind::Guessed,
                    msg!(
                        "import-note-rate-fraction",
                        value = value.as_str(),
                        read = text.as_str()
                    ),
                );
                *value = text;
            }
        }
        // The 原因/说明 column (the Sichuan form's 原因): kept as the row's `reason`, which
        // the budget checks read (an adjustment explained there is not warned of, F5).
        // The template's printed instruction in that column (a form whose department wrote
        // nothing there) is one of the form's notes, not an explanation.
        let mut reason: Vec<&str> = Vec::new();
        for (i, cell) in cells.iter().enumerate() {
            let text = cell.text.trim();
            if columns.get(i) != Some(&FUNDS_KEYS.len()) || text.is_empty() {
                continue;
            }
            match is_funds_instruction(text) {
                true => self.form_notes.push(text.to_owned()),
                false => reason.push(text),
            }
        }
        let mut mapped = mapped;
        if self.funds.is_empty()
            && let Some((points, cell, line)) = self.declared_points.take()
            && let Some(columns) = mapped.as_mut()
        {
            // The points the header declares are the total row's 分值 (tester s18h P4: read
            // as 0, the form's 2.16 was said to be above them).
            let message = msg!(
                "import-note-funds-declared-points",
                points = points.as_str()
            );
            self.note_at(cell, line, NoteKind::Recognised, message);
            values.push(points);
            columns.push(FUNDS_POINTS);
        }
        self.check_funds_total(row, label, &values);
        self.funds.push(Funds {
            cells: Vec::new(),
            label: label.to_owned(),
            values,
            columns: mapped.unwrap_or_default(),
            reason: (!reason.is_empty()).then(|| reason.join(" ")),
        });
    }

    /// The total row left at 0 while the row below (本年财政拨款) holds the figures: said as
    /// recognised, not guessed — nothing is changed, and scoring's `funds-total-blank` names
    /// every 其中 row it adds up (tester s13 T8: the guess raised "数字可能有误" on a form whose
    /// numbers were all right).
    fn check_funds_total(&mut self, row: &Row, label: &str, values: &[String]) {
        if self.funds.len() != 1 || !label.contains("本年财政拨款") {
            return;
        }
        let Some(total) = self.funds.first() else {
            return;
        };
        // Read with the one amount reader: `120万元` is an amount, not a blank (F16).
        let amounts = |v: &[String]| -> Vec<rust_decimal::Decimal> {
            v.iter()
                .take(3)
                .filter_map(|t| match crate::value::amount(t) {
                    crate::value::Amount::Value(d) => Some(d),
                    _ => None,
                })
                .collect()
        };
        let total_zero = amounts(&total.values).iter().all(|d| d.is_zero());
        let below = amounts(values);
        if total.label.contains("年度资金总额") && total_zero && below.iter().any(|d| !d.is_zero())
        {
            self.note(
                row,
                NoteKind::Recognised,
                msg!("import-note-funds-total-zero"),
            );
        }
    }

    fn read_goal(&mut self, row: &Row) {
        if row.cells.iter().all(|c| c.text.trim().is_empty()) || self.read_adjusted_goal(row) {
            return;
        }
        match row.len() {
            2 => self.goals.push(Goal {
                expected: row.text(0).map(str::to_owned),
                actual: row.text(1).map(str::to_owned),
            }),
            1 => {
                self.note(row, NoteKind::Guessed, msg!("import-note-goal-one-cell"));
                self.goals.push(Goal {
                    expected: row.text(0).map(str::to_owned),
                    actual: None,
                });
            }
            _ => self.unreadable(row, msg!("import-shape-goal-row")),
        }
    }

    fn read_total(&mut self, row: &Row) {
        // A Word table's 总分 spans fewer columns (`总分 | | 100 | 95.8 | | `, as LibreOffice's
        // text export writes it, session 18): a figure before the 分值 place says the row is
        // not laid out by the columns, and its cells are read in order below.
        let figure_before = row
            .cells
            .iter()
            .skip(1)
            .take(2)
            .any(|c| c.text.trim().parse::<Decimal>().is_ok());
        let total = match row.len() {
            5 | 6 if !figure_before => Total {
                cells: Vec::new(),
                points: row.text(3).map(str::to_owned),
                score: row.text(4).map(str::to_owned),
                shown_rounding: None,
            },
            _ if self.header_has_score_only() => {
                // An indicators header with 得分 but no 分值 (the 20分×执行率 template, tester
                // s17x G1): the 总分 row's one figure is the score.
                let mut filled = row.cells.iter().skip(1).map(|c| &*c.text);
                let score = filled.find(|t| !t.is_empty()).map(str::to_owned);
                Total {
                    cells: Vec::new(),
                    points: None,
                    score,
                    shown_rounding: None,
                }
            }
            _ => {
                // Read the non-empty cells after the label in order: points, then score.
                let mut values = row.cells.iter().skip(1).map(|c| &*c.text);
                let mut filled = values.by_ref().filter(|t| !t.is_empty());
                let points = filled.next().map(str::to_owned);
                let score = filled.next().map(str::to_owned);
                // Two plain numbers and nothing else can only be the points and the score; one
                // that is the sum of the points read above is the points of a form not
                // self-scored (tester s7 F10, F2: the template's points add up to its total).
                // The points may carry their unit (`100分`), the score be words (`满分`, s11c H1).
                let alone = filled.next().is_none();
                let written = |v: &Option<String>, read: fn(&str) -> bool| {
                    v.as_deref()
                        .is_some_and(|t| read(t) && !flat::is_empty_mark(t))
                };
                let two = alone
                    && written(&points, flat::is_points_cell)
                    && written(&score, flat::is_score_cell);
                // A score written `/` is as blank as an empty cell (tester s7 F12).
                let blank = |v: &Option<String>| v.as_deref().is_none_or(flat::is_slash);
                let sum = alone
                    && blank(&score)
                    && points
                        .as_deref()
                        .and_then(|p| p.trim().parse::<Decimal>().ok())
                        == self.points_read();
                // A text export's trailing empty cells are no cells worth counting there.
                let total_cells = match figure_before && matches!(row.len(), 5 | 6) {
                    true => filled_len(row),
                    false => row.len(),
                };
                let kind = match two || sum {
                    true => NoteKind::Recognised,
                    false => NoteKind::Guessed,
                };
                self.note(
                    row,
                    kind,
                    msg!("import-note-total-cells", cells = total_cells),
                );
                Total {
                    points,
                    score,
                    shown_rounding: None,
                    cells: Vec::new(),
                }
            }
        };
        if self.total.is_some() {
            self.note(row, NoteKind::Guessed, msg!("import-note-second-total"));
        }
        self.total = Some(total);
        self.complete = true;
        self.section = Section::AfterTotal;
    }

    /// True when the indicators header named a 得分 column and no 分值 column.
    fn header_has_score_only(&self) -> bool {
        self.indicator_columns.as_ref().is_some_and(|columns| {
            columns.contains(&Column::Score) && !columns.contains(&Column::Points)
        })
    }

    /// The 分值 read above the 总分 row, added up — the funds rows' and the indicators' that
    /// are plain numbers (a shared cell is written once) — if any was.
    fn points_read(&self) -> Option<Decimal> {
        let funds = self.funds.iter().filter_map(|f| {
            let at = match f.columns.is_empty() {
                true => Some(3),
                false => f.columns.iter().position(|&c| c == 3),
            };
            f.values.get(at?)
        });
        let indicators = self.indicators.iter().filter_map(|i| i.points.as_ref());
        let mut points = funds
            .chain(indicators)
            .filter_map(|p| p.trim().parse::<Decimal>().ok())
            .peekable();
        points.peek()?;
        points.try_fold(Decimal::ZERO, |sum, p| sum.checked_add(p))
    }

    fn read_note(&mut self, row: &Row) {
        if row.len() == 1 {
            self.form_notes.push(row.first().to_owned());
        } else if sections::is_closing_label(row.first()) {
            self.read_closing_row(row);
        } else {
            self.unreadable(row, msg!("import-shape-note"));
        }
    }

    /// An indicator row of a template whose header names its columns (指标性质, no 分值/得分 …).
    fn read_mapped_indicator(&mut self, row: &Row, columns: &[Column]) {
        let texts = row.texts();
        let first = texts.first().map_or("", String::as_str);
        let second = texts.get(1).map_or("", String::as_str);
        let width = columns.len();
        let labels = self.mapped_labels(row, &texts, width);
        self.carry_labels(labels, first, second);
        let mut rest = texts.get(labels..).unwrap_or(&[]);
        if self.take_unscored_row(row, rest, columns, labels) {
            return;
        }
        let placed = self.place_flat_indicator(row, rest, columns);
        if let Some(placed) = placed.as_deref() {
            rest = placed;
        }
        let has_points = columns.contains(&Column::Points) && columns.contains(&Column::Score);
        // A row under new labels cannot share the points cell of another group's row: short
        // by two cells, it is cut short (tester s18h P8: the last row of a cut page, 满意度
        // with its 分值 and no 得分, halved the 效益 row's 30 points).
        let shares = has_points && rest.len() + 2 == width && labels == 0;
        let used: Vec<Column> = if shares {
            columns
                .iter()
                .copied()
                .filter(|c| !matches!(c, Column::Points | Column::Score))
                .collect()
        } else {
            columns.to_vec()
        };
        if rest.is_empty() || rest.len() > width {
            self.unreadable(row, msg!("import-shape-indicator-row"));
            return;
        }
        // Only the last column, the 偏差原因/未完成原因, missing: an empty optional cell, which
        // moves no number and leaves the row whole (tester s6 F13, F6).
        let reason_left_out =
            rest.len() + 1 == width && used.last() == Some(&Column::Deviation) && !shares;
        if shares {
            self.note(row, NoteKind::Recognised, msg!("import-note-shares-points"));
        } else if rest.len() < width {
            let kind = match reason_left_out {
                true => NoteKind::Recognised,
                false => NoteKind::Guessed,
            };
            self.note(
                row,
                kind,
                msg!(
                    "import-note-mapped-row-short",
                    cells = rest.len(),
                    width = width
                ),
            );
        }
        self.last_row_full = rest.len() == width || shares || reason_left_out;
        let mut indicator = Indicator {
            level1: self.carry_level1.clone(),
            level2: self.carry_level2.clone(),
            shares_points: shares,
            ..Indicator::default()
        };
        let mut unit = None;
        let mut extras = flat_list::RowExtras::default();
        for (column, text) in used.iter().zip(rest) {
            let value = Some(text.clone());
            if extras.take(*column, value.clone()) {
                continue;
            }
            match column {
                Column::Level3 => indicator.level3 = text.clone(),
                Column::Nature => indicator.nature = value,
                Column::Target => indicator.target = value,
                Column::Actual => indicator.actual = value,
                Column::Points => indicator.points = value,
                Column::Score => indicator.score = value,
                Column::Deduction => indicator.deduction = value,
                Column::Deviation => indicator.deviation = value,
                Column::Completion => indicator.completion = value,
                Column::Scoring => indicator.scoring = value.filter(|t| !t.trim().is_empty()),
                Column::Unit => unit = Some(text.trim().to_owned()),
                Column::Level1
                | Column::Level2
                | Column::Adjusted
                | Column::Coefficient
                | Column::Core
                | Column::Remark => {}
            }
        }
        self.apply_listed(row, &mut indicator, extras);
        self.join_unit(row, &mut indicator, unit);
        if self.skip_none_written(row, &scored_cells(&indicator))
            || self.skip_placeholder(row, &indicator)
        {
            return;
        }
        self.indicators.push(indicator);
    }

    /// In flattened text, an indicator row with fewer cells than its header names, placed by
    /// what each cell holds (reported); none when it has them all or cannot be placed.
    fn place_flat_indicator(
        &mut self,
        row: &Row,
        rest: &[String],
        columns: &[Column],
    ) -> Option<Vec<String>> {
        if !self.flat || rest.is_empty() || rest.len() >= columns.len() {
            return None;
        }
        let placed = flat::indicator_by_kind(rest, columns)?;
        let blanks = flat::indicator_placed_plainly(&placed, columns).then(|| {
            let names = placed.iter().zip(columns).filter(|(v, _)| v.is_empty());
            list(names.map(|(_, c)| c.message()))
        });
        let shape = (rest.len(), columns.len());
        let (kind, message) = flat_row_message("indicator", shape, &placed, blanks);
        self.note(row, kind, message);
        Some(placed)
    }

    /// A target written without its unit, the unit standing in a 度量单位 column of its own
    /// (Sichuan): joined (`100` + `%` → `100%`) and reported. The column is the unit of the
    /// 完成值 too, so a plain-number actual takes it as well (`1.55` + `万元`): left bare, it was
    /// read in the target's unit all the same, with an `unit-assumed` hint the form gave no
    /// cause for (s8).
    pub(crate) fn join_unit(&mut self, row: &Row, indicator: &mut Indicator, unit: Option<String>) {
        let Some(unit) = unit.map(|u| u.trim().to_owned()).filter(|u| !u.is_empty()) else {
            return;
        };
        let target = indicator
            .target
            .as_mut()
            .filter(|t| !t.trim().is_empty() && !t.trim_end().ends_with(unit.as_str()));
        let actual = indicator.actual.as_mut().filter(|a| is_plain_amount(a));
        let joined = |v: &str| format!("{}{unit}", v.trim());
        let message = match (&target, &actual) {
            (Some(t), None) => msg!(
                "import-note-unit-joined",
                target = quoted(t.as_str()),
                unit = quoted(unit.as_str()),
                read = quoted(joined(t).as_str())
            ),
            (Some(t), Some(a)) => msg!(
                "import-note-unit-joined-both",
                target = quoted(t.as_str()),
                actual = quoted(a.as_str()),
                unit = quoted(unit.as_str()),
                read_target = quoted(joined(t).as_str()),
                read_actual = quoted(joined(a).as_str())
            ),
            (None, Some(a)) => msg!(
                "import-note-unit-joined-actual",
                actual = quoted(a.as_str()),
                unit = quoted(unit.as_str()),
                read = quoted(joined(a).as_str())
            ),
            (None, None) => return,
        };
        self.note(row, NoteKind::Recognised, message);
        for value in [target, actual].into_iter().flatten() {
            *value = joined(value);
        }
    }

    /// Skips a row repeating the indicators header inside them (a table continued after a page
    /// break) with a note; true when skipped. Read as a row it was a phantom indicator
    /// `一级指标 / 二级指标 / 三级指标` whose 分值 `分值` is no number (#15, s5 F3).
    fn skip_repeated_header(&mut self, row: &Row) -> bool {
        if self.section != Section::Indicators || !is_repeated_indicators_header(row) {
            return false;
        }
        self.note(
            row,
            NoteKind::Recognised,
            msg!("import-note-repeated-header"),
        );
        true
    }

    /// Skips an unfilled template row (`指标2`, `……`, `/` with every other cell empty or a mark
    /// for an empty cell) with a note; true when skipped.
    fn skip_placeholder(&mut self, row: &Row, ind: &Indicator) -> bool {
        let empty = |v: &Option<String>| v.as_deref().is_none_or(is_unfilled_cell);
        let unfilled = is_placeholder(&ind.level3)
            && empty(&ind.target)
            && empty(&ind.actual)
            && empty(&ind.points)
            && empty(&ind.score);
        if unfilled {
            self.note(
                row,
                NoteKind::Recognised,
                msg!(
                    "import-note-placeholder",
                    text = quoted(ind.level3.as_str())
                ),
            );
        }
        unfilled
    }

    /// Skips a level 2 that has no indicator, written so in its 三级指标 cell (`经济效益指标 无
    /// / / / /`, `社会效益指标 不适用 - - 0 0`, `生态效益指标 —— —— —— / / /`):
    /// `无`/`不适用`/`本项目不涉及`, or a dash or slash, where the name stands and
    /// every other cell empty, a mark for an empty cell or 0 — so skipping it moves no number.
    /// Read as an indicator named `无` it lost its points to `missing-actual` and
    /// `missing-reported` (#15); true when skipped, with a note naming the level 2.
    fn skip_none_written(&mut self, row: &Row, rest: &[&str]) -> bool {
        // Short first: the value parser is not asked of every indicator's name (#15 speed).
        let none = |t: &str| {
            let t = crate::value::trim(t);
            t.chars().nth(8).is_none()
                && crate::value::may_be_not_applicable(t)
                && crate::value::parse(t) == crate::value::Value::NotApplicable
        };
        let nothing = |t: &&str| {
            is_unfilled_cell(t)
                || flat::is_empty_mark(t)
                || t.trim()
                    .parse::<rust_decimal::Decimal>()
                    .is_ok_and(|d| d.is_zero())
        };
        // A dash or slash where the name stands (`—— | —— | —— | / | / | /`, a not-applicable
        // 生态效益 row blanked; tester s12 S5: an indicator named `——` with two warnings).
        let named_none = |t: &str| none(t) || flat::is_slash(t);
        let skipped =
            rest.first().is_some_and(|t| named_none(t)) && rest.iter().skip(1).all(nothing);
        if skipped {
            let level2 = self.carry_level2.clone();
            self.note(
                row,
                NoteKind::Recognised,
                msg!(
                    "import-note-level2-none",
                    level2 = quoted(level2.as_str()),
                    text = quoted(rest.first().copied().unwrap_or_default())
                ),
            );
        }
        skipped
    }

    fn read_indicator(&mut self, row: &Row) {
        let texts = row.strs();
        if self.take_level1_row(row, &texts) {
            return;
        }
        if let Some(columns) = self.indicator_columns.clone()
            && !texts.iter().all(|t| t.is_empty())
        {
            self.read_mapped_indicator(row, &columns);
            return;
        }
        if texts.iter().all(|t| t.is_empty()) {
            self.note(
                row,
                NoteKind::Guessed,
                msg!("import-note-empty-indicator-row", cells = row.len()),
            );
            return;
        }
        let first = texts.first().copied().unwrap_or("");
        let second = texts.get(1).copied().unwrap_or("");
        let labels = self.label_cells(row, &texts);
        let rest = texts.get(labels..).unwrap_or(&[]);
        if rest.is_empty() && labels > 0 {
            self.carry_labels(labels, first, second);
            self.note(
                row,
                NoteKind::Recognised,
                msg!("import-note-label-alone", label = quoted(first)),
            );
            return;
        }
        if rest.is_empty() || rest.len() > 6 {
            self.unreadable(row, msg!("import-shape-indicator-row"));
            return;
        }
        self.carry_labels(labels, first, second);
        if self.skip_none_written(row, rest) {
            return;
        }
        if self.take_breakdown_cells(row, rest, &STANDARD_INDICATOR) {
            return;
        }
        if rest.first().is_some_and(|t| is_placeholder(t))
            && rest.iter().skip(1).all(|t| is_unfilled_cell(t))
        {
            let placeholder = rest.first().copied().unwrap_or_default();
            self.note(
                row,
                NoteKind::Recognised,
                msg!("import-note-placeholder", text = quoted(placeholder)),
            );
            return;
        }
        let indicator = self.standard_indicator(row, rest, labels);
        self.indicators.push(indicator);
    }

    /// How many label cells (level 1, level 2) a standard indicator row starts with; a reading
    /// chosen among several is reported.
    fn label_cells(&mut self, row: &Row, texts: &[&str]) -> usize {
        let first = texts.first().copied().unwrap_or("");
        let second = texts.get(1).copied().unwrap_or("");
        // Each label test once: they run on every indicator row (#15).
        let (first_level1, first_level2) = (is_level1(first), is_level2(first));
        // A level-2 label wrapped in its cell (`经济效益 指标`) is one still (tester s17w F8).
        let spaced = |t: &str| t.contains(char::is_whitespace) && is_level2(&squeeze(t));
        if first_level1 && (is_level2(second) || spaced(second)) {
            2
        } else if first_level1 && !first_level2 {
            self.note(
                row,
                NoteKind::Guessed,
                msg!(
                    "import-note-level2-unknown",
                    level1 = quoted(first),
                    second = quoted(second)
                ),
            );
            2
        } else if first_level2 {
            1
        } else if texts.len() == 8 || texts.len() == 7 {
            let n = texts.len() - 6;
            self.note(
                row,
                NoteKind::Guessed,
                msg!(
                    "import-note-labels-unknown",
                    cells = texts.len(),
                    labels = n
                ),
            );
            n
        } else {
            0
        }
    }

    /// A level-1 label alone on its row (`产 出 指 标 (50分)`, a label merged down the rows
    /// beside its indicators, written above them in text): carried down, the level 2 cleared,
    /// said; true when the row was one. `成本指标`, a level 2 as well, is left to the row's
    /// reading.
    fn take_level1_row(&mut self, row: &Row, texts: &[&str]) -> bool {
        let mut filled = texts.iter().filter(|t| !t.trim().is_empty());
        let (Some(label), None) = (filled.next(), filled.next()) else {
            return false;
        };
        if !is_level1(label) || is_level2(label) {
            return false;
        }
        self.carry_level1 = squeeze(label.trim()).into_owned();
        self.carry_level2.clear();
        let message = msg!("import-note-label-alone", label = quoted(label.trim()));
        self.note(row, NoteKind::Recognised, message);
        true
    }

    /// How many label cells (level 1, level 2) a row of a mapped template opens with, by their
    /// words or, failing them, by the row's cell count against the header's `width` (said).
    fn mapped_labels(&mut self, row: &Row, texts: &[String], width: usize) -> usize {
        let first = texts.first().map_or("", String::as_str);
        let second = texts.get(1).map_or("", String::as_str);
        let labels = if is_level1(first) && is_level2_label(second) || texts.len() >= width + 2 {
            2
        } else if is_level2_label(first) || texts.len() == width + 1 {
            1
        } else {
            0
        };
        // The count placed the labels; their words only have to allow it. `成本指标（5分）`
        // names a level 2 with its points, as `产出指标（50分）` names a level 1, though
        // 成本指标 can be a level 1 too (tester s23: the 江西 form's cost label said read by
        // count): one label cell it is.
        let known = match labels {
            2 => is_level1(first) && names_level2(second),
            1 => names_level2(first),
            _ => true,
        };
        if !known {
            // Read by the row's cell count, not by the labels' words: say so (#15 item 4).
            let message = crate::i18n::msg!(
                "import-note-labels-by-count",
                cells = texts.len(),
                width = width,
                labels = labels
            );
            self.note(row, NoteKind::Guessed, message);
        }
        labels
    }

    /// A row of a mapped template that is no scored line, said: a ★ indicator's breakdown, a
    /// row of level labels only, a placeholder (`……`). True when it was one.
    fn take_unscored_row(
        &mut self,
        row: &Row,
        rest: &[String],
        columns: &[Column],
        labels: usize,
    ) -> bool {
        if self.take_breakdown_cells(row, rest, columns) || self.take_label_row(row, rest, labels) {
            return true;
        }
        let [only] = rest else {
            return false;
        };
        if !is_placeholder(only) {
            return false;
        }
        let message = msg!("import-note-placeholder", text = quoted(only.as_str()));
        self.note(row, NoteKind::Recognised, message);
        true
    }

    /// A row of level labels only (`质量指标`, `效 益 指 标 (30分) | 经济效益 指标`, a label on a
    /// row of its own above its indicators): carried down to the rows under it, said; true
    /// when `rest`, the cells after the labels, is empty.
    fn take_label_row(&mut self, row: &Row, rest: &[String], labels: usize) -> bool {
        if !rest.is_empty() || labels == 0 {
            return false;
        }
        let label = row
            .cells
            .iter()
            .map(|c| c.text.trim())
            .find(|t| !t.is_empty());
        let message = msg!(
            "import-note-label-alone",
            label = quoted(label.unwrap_or_default())
        );
        self.note(row, NoteKind::Recognised, message);
        true
    }

    /// A breakdown row under a ★ main indicator (`其中桃树种植面积 | 1.5亩 | 1.5亩`, the 衔接资金
    /// 绩效目标自评表; tester s17w F4): its name opens with 其中 and it carries a target and an
    /// actual but no 分值 and no 得分, in the columns `columns` names after the labels. It is a
    /// part of the indicator above, not a scored line: kept among the form's notes as written
    /// and said. True when `rest` (the cells after the labels) was such a row.
    fn take_breakdown_cells<S: AsRef<str>>(
        &mut self,
        row: &Row,
        rest: &[S],
        columns: &[Column],
    ) -> bool {
        // The name first: nearly no row is a breakdown, and this runs on every one (#15).
        let Some(name) = rest.first().map(AsRef::as_ref) else {
            return false;
        };
        if !is_breakdown_name(name) || rest.len() > 3 {
            return false;
        }
        let unscored: Vec<Column> = columns
            .iter()
            .copied()
            .filter(|c| !matches!(c, Column::Points | Column::Score | Column::Deduction))
            .collect();
        // Name, target and actual at most: a row holding more may carry points.
        if rest.len() > unscored.len() {
            return false;
        }
        let mut indicator = Indicator::default();
        for (column, text) in unscored.iter().zip(rest) {
            let text = text.as_ref().to_owned();
            match column {
                Column::Level3 => indicator.level3 = text,
                Column::Target => indicator.target = Some(text),
                Column::Actual => indicator.actual = Some(text),
                _ => return false,
            }
        }
        self.take_breakdown(row, &indicator)
    }

    /// Keeps a breakdown row read as `indicator` (see [`Form::take_breakdown_cells`]) among
    /// the form's notes, under the indicator above, when it is one: a name opening with 其中,
    /// no 分值 and no 得分, and an indicator above it. True when kept.
    pub(super) fn take_breakdown(&mut self, row: &Row, indicator: &Indicator) -> bool {
        let blank = |v: &Option<String>| v.as_deref().is_none_or(|t| t.trim().is_empty());
        let Some(parent) = self.indicators.last() else {
            return false;
        };
        if !is_breakdown_name(&indicator.level3)
            || !blank(&indicator.points)
            || !blank(&indicator.score)
        {
            return false;
        }
        let parent = parent.level3.trim().to_owned();
        let name = indicator.level3.trim();
        let values: Vec<&str> = [&indicator.target, &indicator.actual]
            .into_iter()
            .filter_map(|v| v.as_deref().map(str::trim))
            .filter(|t| !t.is_empty())
            .collect();
        let written = std::iter::once(name)
            .chain(values.iter().copied())
            .collect::<Vec<_>>()
            .join(" ");
        self.form_notes.push(format!("{parent}：{written}"));
        let message = msg!(
            "import-note-breakdown-row",
            name = quoted(name),
            parent = quoted(parent.as_str())
        );
        self.note(row, NoteKind::Recognised, message);
        true
    }

    /// The labels a row opens with carry on to the rows under them.
    fn carry_labels(&mut self, labels: usize, first: &str, second: &str) {
        // A label spread with spaces (`产 出 指 标 (50分)`) is kept without them.
        if labels == 2 {
            self.carry_level1 = squeeze(first).into_owned();
            self.carry_level2 = squeeze(second).into_owned();
        } else if labels == 1 {
            self.carry_level2 = squeeze(first).into_owned();
        }
    }

    /// A standard indicator row from its cells after the labels (`rest`, 1 to 6 of them), read
    /// by how many there are: merged 分值/得分 and 实际完成值 cells are left out of a row.
    fn standard_indicator(&mut self, row: &Row, rest: &[&str], labels: usize) -> Indicator {
        let get = |i: usize| rest.get(i).map(|t| (*t).to_owned());
        let mut indicator = Indicator {
            level1: self.carry_level1.clone(),
            level2: self.carry_level2.clone(),
            level3: get(0).unwrap_or_default(),
            target: get(1),
            actual: get(2),
            ..Indicator::default()
        };
        match rest.len() {
            6 => {
                indicator.points = get(3);
                indicator.score = get(4);
                indicator.deviation = get(5);
            }
            5 => {
                indicator.points = get(3);
                indicator.score = get(4);
                // 分值 and 得分 are numbers (`15`, `15分`) or marks for an empty cell (`-`)
                // where they belong: the one cell missing is the 偏差原因 left empty (an
                // optional cell), which moves no number — said, not a guess (tester s6 F13:
                // every one-line form was told its numbers may be off; s7 F1, F8).
                let placed = rest.get(3).is_some_and(|t| is_points_cell(t))
                    && rest.get(4).is_some_and(|t| is_score_cell(t));
                let kind = match placed {
                    true => NoteKind::Recognised,
                    false => NoteKind::Guessed,
                };
                self.note(row, kind, msg!("import-note-row-five"));
            }
            4 => {
                indicator.deviation = get(3);
                indicator.shares_points = true;
                self.mark_short_row(row, rest);
                if labels > 0 || self.indicators.is_empty() {
                    self.note(row, NoteKind::Guessed, msg!("import-note-row-four"));
                } else {
                    self.mark_paired_row(rest);
                    self.note(row, NoteKind::Recognised, msg!("import-note-shares-points"));
                }
            }
            3 => {
                // Merges run down the middle columns: with 分值/得分 merged, a fourth cell is
                // missing (see above); with 实际完成值 merged too, only level 3, target and the
                // deviation column remain.
                // A merged cell's text stands for every row it spans, so the actual of the row
                // above is copied here (and the copy is reported).
                let above = self.indicators.last().and_then(|i| i.actual.clone());
                indicator.actual = above.clone();
                indicator.deviation = get(2);
                indicator.shares_points = true;
                self.mark_short_row(row, rest);
                self.note(
                    row,
                    NoteKind::Guessed,
                    msg!(
                        "import-note-row-three",
                        actual = quoted(above.unwrap_or_default())
                    ),
                );
            }
            // A row that only says it does not apply (`指标1：本项目不涉及`, nothing after it) is
            // a not-applicable row, as scoring reads it, not a row cut short: said, no guess
            // (tester s9 F7: a form that read right was told its numbers may be wrong).
            _ if rest.iter().all(|t| says_not_applicable(t)) => {
                self.note(
                    row,
                    NoteKind::Recognised,
                    msg!(
                        "import-note-row-not-applicable",
                        level3 = quoted(get(0).unwrap_or_default())
                    ),
                );
            }
            // A row under new labels cannot share the points cell of another group's row: it
            // is a row cut short (the end of a cut-off form), read without points.
            n if labels > 0 => {
                self.note(
                    row,
                    NoteKind::Guessed,
                    msg!("import-note-row-cut", cells = n),
                );
            }
            n => {
                indicator.shares_points = true;
                self.mark_short_row(row, rest);
                self.note(
                    row,
                    NoteKind::Guessed,
                    msg!("import-note-row-short-shared", cells = n),
                );
            }
        }
        indicator
    }
}

/// A cell that says the indicator does not apply (`不适用`, `本项目不涉及`), also after a
/// placeholder name (`指标1：本项目不涉及`).
fn says_not_applicable(text: &str) -> bool {
    let t = text.trim();
    let bare = t
        .strip_prefix("指标")
        .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()))
        .and_then(|r| r.strip_prefix([':', '：']))
        .unwrap_or(t);
    crate::value::parse(bare) == crate::value::Value::NotApplicable
}

/// The label of the notes block that closes a form: `注…`, `说明`, `备注`, `填报说明` (alone or
/// with a colon and text after it), or the footer line under the table with a colon and its
/// value (`填表人：刘明`, `联系电话：0734-…`, `填报日期：…`; tester s9 F7, F19: it was read as an
/// indicator named after it). Asked of indicator rows only: a funds header may have a 说明
/// column.
pub(crate) fn is_notes_label(text: &str) -> bool {
    let t = crate::value::trim(text);
    // Every label starts with one of these: an indicator's long text is not searched for a
    // colon (asked of every indicator row, #15).
    if !t.starts_with(['注', '说', '备', '填', '联']) {
        return false;
    }
    if t.starts_with("注:") || t.starts_with("注：") {
        return true;
    }
    match t.split_once([':', '：']) {
        Some((head, _)) => matches!(
            head.trim(),
            "说明"
                | "备注"
                | "填报说明"
                | "填表人"
                | "填报人"
                | "联系电话"
                | "填报日期"
                | "填表日期"
        ),
        None => matches!(t, "说明" | "备注" | "填报说明"),
    }
}

/// A remark the template prints beside the title, holding no value of the form: the stamp
/// line `填报单位:(公章)` (left unfilled, or filled in: the form names its units in its own
/// cells), the amounts' unit `单位:万元` (`金额单位：元`).
/// True when a funds label or remark gives 元 as the amounts' unit: `项目资金(元)`,
/// `项目资金（单位：元）`, `单位:元`, `金额单位：元` — not 万元, 千元 or 亿元.
fn says_yuan(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let unit_given = t.ends_with("元)")
        || t.ends_with("元）")
        || t.split_once([':', '：'])
            .is_some_and(|(label, unit)| label.ends_with("单位") && unit.starts_with('元'));
    unit_given && !["万元", "千元", "亿元"].iter().any(|u| t.contains(u))
}

fn is_form_remark(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let Some((label, rest)) = t.split_once([':', '：']) else {
        return false;
    };
    // The 填报单位 line, stamped or filled in (tester s7 F4); the amounts' unit; Anhui's
    // `单位名称:某镇 填报日期:…` line over a 部门整体 form (tester s20 T7), filled in.
    match label {
        "单位" | "金额单位" => matches!(rest, "万元" | "元"),
        "单位名称" => !rest.is_empty(),
        _ => without_stamp(label) == "填报单位",
    }
}

/// The stamp mark printed after a label (`(盖章)`, `（公章）`), alone in its cell.
fn is_stamp(text: &str) -> bool {
    without_stamp(&squeeze(text)).is_empty()
}

/// A label with its stamp mark dropped (`填报单位（盖章）` → `填报单位`).
fn without_stamp(label: &str) -> &str {
    ["(公章)", "（公章）", "(盖章)", "（盖章）"]
        .iter()
        .find_map(|s| label.strip_suffix(s))
        .unwrap_or(label)
}

/// The 填报单位 line filled in (`填报单位（盖章）：某县农业农村局`, tester s7 F4): the unit
/// that filled the form, which its own 主管部门/实施单位 cells name; the text is kept in the note.
fn is_filled_filler(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    t.split_once([':', '：']).is_some_and(|(label, rest)| {
        matches!(without_stamp(label), "填报单位" | "单位名称")
            && !matches!(rest, "" | "(公章)" | "（公章）" | "(盖章)" | "（盖章）")
    })
}

/// A cell of an unfilled template row other than its level 3: empty, or a slash or dash for
/// an empty cell (one `/ / / / /` row is no indicator, tester s7 F1). A not-applicable word
/// (`本项目不涉及`) is content: `指标1 本项目不涉及` is a not-applicable indicator.
/// An indicator's name and the cells a rule scores it by, empty where absent.
fn scored_cells(ind: &Indicator) -> [&str; 5] {
    [
        Some(ind.level3.as_str()),
        ind.target.as_deref(),
        ind.actual.as_deref(),
        ind.points.as_deref(),
        ind.score.as_deref(),
    ]
    .map(Option::unwrap_or_default)
}

fn is_unfilled_cell(text: &str) -> bool {
    text.trim().is_empty() || is_blank_mark(text)
}

/// The mark a department writes in a cell the template leaves blank (`/`, `-`, `—`): as
/// blank as an empty cell wherever the template leaves one (tester s7 F12).
pub(crate) fn is_blank_mark(text: &str) -> bool {
    flat::is_slash(text)
}

/// A plain number (points, a score, an amount): no unit, no percent sign.
fn is_plain_number(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.parse::<rust_decimal::Decimal>().is_ok()
}

/// A plain amount: a plain number, also with its thousands grouped as the value parser
/// reads them (`1,280.00`; tester s8 F8: such a row was a guess where `1280.00` was not).
fn is_plain_amount(text: &str) -> bool {
    use crate::value::{Value, parse};
    is_plain_number(text)
        || (text.contains(',')
            && matches!(parse(text.trim()), Value::Quantity(q)
                if q.comparator.is_none()
                    && q.unit.is_empty()
                    && q.scale == Decimal::ONE
                    && q.upper.is_none()
                    && !q.ordinal
                    && !q.is_date()))
}

/// True when a funds row with fewer cells than its columns reads the same whichever cells
/// were left empty (tester s6 F13): a label alone, or values that each fit the column they
/// stand under in column order — amounts plain numbers, the 执行率 a percentage, 分值/得分 plain
/// numbers or `/`, the 原因 text — with only columns that are no amount missing after them: the
/// 分值/执行率/得分 a sub-row leaves empty, or the 原因 the Sichuan template's `其中` rows
/// (`238.93 251.89 251.89 100.00% / /`) have merged into the 总额 row's (tester s7 F3: a row
/// the template prints is no guess). Two amounts for three columns could be either pair: that
/// stays a guess.
fn short_funds_row_is_plain(values: &[String], columns: Option<&[usize]>) -> bool {
    // Empty cells at the end are the same empty cells, whether written or left out — or
    // written `/`, as departments mark a cell the template leaves blank (tester s7 F12).
    let filled = values
        .iter()
        .rposition(|v| !v.trim().is_empty() && !flat::is_slash(v))
        .map_or(0, |last| last + 1);
    let values = values.get(..filled).unwrap_or_default();
    if values.is_empty() {
        return true;
    }
    let standard: Vec<usize> = (0..FUNDS_KEYS.len()).collect();
    let columns = columns.unwrap_or(&standard);
    let fits = |v: &str, column: usize| match column {
        0..=2 => is_plain_amount(v),
        3 | 5 => is_plain_number(v) || flat::is_slash(v),
        4 => v.trim().strip_suffix('%').is_some_and(is_plain_number),
        _ => !is_plain_number(v),
    };
    let missing = columns.get(values.len()..).unwrap_or_default();
    values.len() <= columns.len()
        && values.iter().zip(columns).all(|(v, &c)| fits(v, c))
        && missing.iter().all(|c| !(0..=2).contains(c))
}

/// A standard indicator row read as sharing the row above's 分值/得分 because it had fewer
/// cells than a full row (see [`Form::mark_short_row`]).
#[derive(Debug, Clone)]
struct ShortRow {
    /// Where the row stands (line, cell), to tell whether it was the form's last row.
    at: (usize, usize),
    /// The row's indicator (an index into `indicators`) and the note that said it shares.
    indicator: usize,
    note: usize,
    /// Its cells after the labels.
    rest: Vec<String>,
}

impl Form {
    /// Remembers that the indicator row just read (`rest`: its cells after the labels) shares
    /// the row above's 分值/得分 only because cells are missing from it — the row's note is the
    /// next one pushed.
    fn mark_short_row(&mut self, row: &Row, rest: &[&str]) {
        self.short_row = Some(ShortRow {
            at: (row.line(), row.number()),
            indicator: self.indicators.len(),
            note: self.notes.len(),
            rest: rest.iter().map(|t| (*t).to_owned()).collect(),
        });
    }

    /// A form that ends without its 总分 row, right after a row read as sharing the row above's
    /// 分值/得分 for want of cells, was cut inside that row: the cells missing from it are the
    /// ones the cut took, not a merged points cell. Such a row is read in column order (level
    /// 3, target, actual, then a plain number as its 分值, other text as its 偏差原因) and never
    /// as sharing another row's points — sharing would halve a row the department filled in
    /// full (#15, F1). Its note says so instead of the sharing one.
    fn undo_short_row_sharing(&mut self) {
        let Some(short) = self.short_row.take() else {
            return;
        };
        let last = short.indicator + 1 == self.indicators.len();
        if short.at != (self.last_line, self.last_cell) || !last {
            return;
        }
        // A lone level-2 label (`社会效益 指标`) cut after it is a label, not an indicator: the
        // rows under it were cut, which the incomplete form says (tester s17w F8).
        if short.rest.iter().skip(1).all(|t| t.trim().is_empty())
            && let Some(indicator) = self.indicators.last()
            && LEVEL2.contains(&&*squeeze(&indicator.level3))
        {
            let label = indicator.level3.clone();
            self.indicators.pop();
            if let Some(note) = self.notes.get_mut(short.note) {
                note.kind = NoteKind::Recognised;
                note.message = msg!("import-note-cut-level2", level2 = label);
            }
            return;
        }
        let Some(indicator) = self.indicators.get_mut(short.indicator) else {
            return;
        };
        let get = |i: usize| short.rest.get(i).cloned();
        indicator.shares_points = false;
        indicator.actual = get(2);
        indicator.deviation = None;
        // A blank put back by the flattened-text reader is no cell of the row.
        let cells = short
            .rest
            .iter()
            .rposition(|t| !t.trim().is_empty())
            .map_or(1, |i| i + 1);
        let shape = match get(3).filter(|t| !t.trim().is_empty()) {
            Some(fourth) if fourth.trim().parse::<Decimal>().is_ok() => {
                indicator.points = Some(fourth);
                "points"
            }
            Some(fourth) => {
                indicator.deviation = Some(fourth);
                "deviation"
            }
            None => ["one", "two", "three"]
                .get(cells.saturating_sub(1))
                .copied()
                .unwrap_or("three"),
        };
        let message = msg!(
            "import-note-cut-row",
            shape = shape,
            level3 = indicator.level3.clone()
        );
        if let Some(note) = self.notes.get_mut(short.note) {
            note.kind = NoteKind::Guessed;
            note.message = message;
        }
    }
}

/// The note naming the funds columns a header names (in words in English, the form's column
/// names in Chinese).
fn funds_columns_message(columns: &[usize]) -> Message {
    let names = columns.iter().filter_map(|&i| funds_column_message(i));
    msg!("import-note-funds-columns", columns = list(names))
}

/// A funds column (an index into [`FUNDS_KEYS`]) in words.
pub(crate) fn funds_column_message(index: usize) -> Option<Message> {
    Some(match FUNDS_KEYS.get(index).copied()? {
        "initial_budget" => msg!("import-funds-column-initial-budget"),
        "full_year_budget" => msg!("import-funds-column-full-year-budget"),
        "spent" => msg!("import-funds-column-spent"),
        "points" => msg!("import-funds-column-points"),
        "rate" => msg!("import-funds-column-rate"),
        "score" => msg!("import-funds-column-score"),
        _ => return None,
    })
}

/// Which value of a funds row went to which column (`年初预算数 7.29、全年预算数 7.29…`), for
/// the note on a row read in column order (tester s21 C4: the note said only "in column
/// order"); empty cells are left out.
fn funds_placed(values: &[String], columns: &[usize]) -> crate::i18n::Arg {
    let named = values
        .iter()
        .zip(columns)
        .filter(|(v, _)| !v.trim().is_empty());
    list(named.map(|(v, &c)| {
        let column = match c == FUNDS_KEYS.len() {
            true => Some(msg!("import-funds-column-reason")),
            false => funds_column_message(c),
        };
        msg!("import-funds-placed", column = column, value = v.trim())
    }))
}

/// The note on a row of flattened text placed by what its cells hold (#15): a guess, or —
/// when the blanks put back (`blanks`, named) are the only cells it can have lost — read
/// (tester s7 F3, F10).
fn flat_row_message(
    what: &str,
    (cells, width): (usize, usize),
    placed: &[String],
    blanks: Option<crate::i18n::Arg>,
) -> (NoteKind, Message) {
    let shown: Vec<String> = placed
        .iter()
        .map(|v| {
            if v.is_empty() {
                "_".to_owned()
            } else {
                format!("{v:?}")
            }
        })
        .collect();
    let placed = shown.join(", ");
    match blanks {
        Some(blanks) => (
            NoteKind::Recognised,
            crate::i18n::msg!(
                "import-note-flat-row-blanks",
                what = what,
                cells = cells,
                width = width,
                blanks = blanks,
                placed = placed
            ),
        ),
        None => (
            NoteKind::Guessed,
            crate::i18n::msg!(
                "import-note-flat-row",
                what = what,
                cells = cells,
                width = width,
                placed = placed
            ),
        ),
    }
}

/// The source cell of each placed value (in order), a blank cell where a value was put back.
fn placed_cells<'a, 'b>(
    placed: &[String],
    sources: &[&'a Cell<'b>],
    blank: &'a Cell<'b>,
) -> Vec<&'a Cell<'b>> {
    let mut next = sources.iter();
    placed
        .iter()
        .map(|v| match v.is_empty() {
            true => blank,
            false => next.next().copied().unwrap_or(blank),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// File names

pub(crate) fn file_name(form: &Form) -> String {
    let year = form
        .year
        .as_deref()
        .and_then(year_digits)
        .or_else(|| form.title.as_deref().and_then(year_digits))
        .unwrap_or_else(|| "unknown".to_owned());
    let project: String = form
        .project
        .as_deref()
        .unwrap_or("")
        .chars()
        .map(|c| {
            if c.is_whitespace()
                || c.is_control()
                || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
            {
                '_'
            } else {
                c
            }
        })
        .take(40)
        .collect();
    let project = if project.is_empty() {
        "unnamed".to_owned()
    } else {
        project
    };
    format!("{year}-{:02}-{project}.toml", form.index)
}

/// The form's draft; its rows are moved into it (the form is not read again). Its `origin`
/// is left empty: it is the case file's first comment, worded only when the text is written
/// (`pending::PendingForm::write_to`; a form scored straight from its input has none, #15).
pub(crate) fn draft(form: &mut Form, source_name: &str, rules: Option<&str>) -> Draft {
    use std::mem::take;
    Draft {
        origin: String::new(),
        notes: take(&mut form.form_notes),
        source: source_name.to_owned(),
        index: Some(form.index),
        rules: rules.map(str::to_owned),
        constructed: false,
        incomplete: !form.complete,
        import_notes: form.notes.iter().map(ToString::to_string).collect(),
        title: form.title.take(),
        year: form.year.take(),
        project: form.project.take().unwrap_or_default(),
        department: form.department.take(),
        unit: form.unit.take(),
        funds: take(&mut form.funds),
        goals: take(&mut form.goals),
        indicators: take(&mut form.indicators),
        total: form.total.take(),
    }
}

#[cfg(test)]
mod tests;
