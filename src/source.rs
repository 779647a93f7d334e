//! Source text and positions: every file the tool reads is kept as a [`SourceFile`] so that
//! diagnostics and findings can point at a line and column (in characters, 1-based).

use std::ops::Range;
use std::sync::{Arc, OnceLock};

/// A file's name and full text, with an index of line starts for position look-ups.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as the user gave it (or a synthetic name such as `<memory>`).
    pub name: String,
    /// The complete text.
    pub text: String,
    /// Where each line starts, built on the first position asked for: most files are read,
    /// validated and scored without any (a file of 10,000 forms is 35 MB of text, #15).
    line_starts: OnceLock<Vec<usize>>,
    /// The name again, shared by every [`Location`] in this file (findings are many).
    shared_name: Arc<str>,
}

/// A shared handle to a source file.
pub type Source = Arc<SourceFile>;

/// A 1-based line and column (column counted in characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, serde::Serialize)]
pub struct LineCol {
    /// Line, starting at 1.
    pub line: usize,
    /// Column in characters, starting at 1.
    pub column: usize,
}

/// The start of every line of `text`: 0, and each position after a `\n`. The line breaks are
/// found eight bytes at a time: lines of forms are a few dozen bytes long, and `memchr`'s
/// iterator cost about 80 instructions a line (a file of 10,000 forms has 1.6 million lines,
/// indexed when its first note is placed, #15).
///
/// A text of several megabytes is indexed in two halves at once, the second on a thread of
/// its own: the index is asked for when a file of forms' notes are placed, once it is read,
/// and the other core was left waiting (16 M instructions a core for 10,000 forms, #15). A
/// thread of its own, not the pool's: the pool's other worker may be the one waiting for it.
fn line_starts(text: &[u8]) -> Vec<usize> {
    /// Below this, a second thread costs more than it saves.
    const IN_HALVES_FROM: usize = 4 << 20;
    let mut starts = Vec::with_capacity(text.len() / 16 + 1);
    starts.push(0);
    if text.len() < IN_HALVES_FROM {
        push_breaks(text, 0, &mut starts);
        return starts;
    }
    let (first, second) = text.split_at(text.len() / 2);
    let later = std::thread::scope(|scope| {
        let later = scope.spawn(|| {
            let mut later = Vec::with_capacity(second.len() / 16 + 1);
            push_breaks(second, first.len(), &mut later);
            later
        });
        push_breaks(first, 0, &mut starts);
        later.join()
    });
    match later {
        Ok(later) => starts.extend(later),
        // The thread cannot fail short of running out of memory; index the half here then.
        Err(_) => push_breaks(second, first.len(), &mut starts),
    }
    starts
}

/// Pushes onto `starts` the start of each line after a `\n` of `text`, which begins at
/// `base` in the whole text.
fn push_breaks(text: &[u8], base: usize, starts: &mut Vec<usize>) {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const BREAKS: u64 = 0x0a0a_0a0a_0a0a_0a0a;
    let mut words = text.chunks_exact(8);
    let mut at = base;
    for word in words.by_ref() {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(word);
        let v = u64::from_le_bytes(bytes) ^ BREAKS;
        // The high bit of each byte that is zero in `v` (a `\n` in the text), exactly: no
        // carry crosses a byte.
        let mut zeros = !(((v & LOW) + LOW) | v | LOW);
        while zeros != 0 {
            let byte = zeros.trailing_zeros() as usize / 8;
            starts.push(at + byte + 1);
            zeros &= zeros - 1;
        }
        at += 8;
    }
    for (i, b) in words.remainder().iter().enumerate() {
        if *b == b'\n' {
            starts.push(at + i + 1);
        }
    }
}

impl SourceFile {
    /// Wraps a text with its name.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Source {
        let name = name.into();
        Arc::new(SourceFile {
            shared_name: Arc::from(name.as_str()),
            name,
            text: text.into(),
            line_starts: OnceLock::new(),
        })
    }

    /// The start of every line, built once ([`line_starts`]).
    fn line_starts(&self) -> &[usize] {
        self.line_starts
            .get_or_init(|| line_starts(self.text.as_bytes()))
    }

    /// Line and column of a byte offset (clamped to the text).
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        let line_starts = self.line_starts();
        let line = match line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = line_starts.get(line).copied().unwrap_or(0);
        let column = self.text.get(start..offset).map_or(offset - start, |s| {
            // Most keys and values start on an ASCII line prefix: bytes are characters there.
            if s.is_ascii() {
                s.len()
            } else {
                s.chars().count()
            }
        }) + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// How many lines the text has (a text without a newline has one).
    pub fn line_count(&self) -> usize {
        self.line_starts().len()
    }

    /// The byte range of a 0-based line, its newline included (the last line ends at the end
    /// of the text; the line after it is the empty range there, as codespan expects).
    pub fn line_range(&self, line_index: usize) -> Option<Range<usize>> {
        let line_starts = self.line_starts();
        let start = *line_starts.get(line_index)?;
        let end = line_starts
            .get(line_index + 1)
            .copied()
            .unwrap_or(self.text.len());
        Some(start..end)
    }

    /// Byte offset of a 1-based line and column (column in characters), clamped to the text:
    /// turns positions reported by other tools (Rhai) into spans.
    pub fn offset(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.line_starts().get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = self.text.get(start..).unwrap_or("");
        let line_text = rest.split('\n').next().unwrap_or("");
        start
            + line_text
                .char_indices()
                .nth(column.saturating_sub(1))
                .map_or(line_text.len(), |(i, _)| i)
    }

    /// The span another tool's position points at (Rhai's line and column): the name that
    /// starts at `at` (an identifier, a property, a function), else one character.
    pub fn word_span(&self, at: usize) -> Range<usize> {
        let rest = self.text.get(at..).unwrap_or_default();
        let word: usize = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .map(char::len_utf8)
            .sum();
        let len = match word {
            0 => rest.chars().next().map_or(0, char::len_utf8),
            _ => word,
        };
        at..at + len
    }

    /// The byte range of a 1-based line without its line break (the end of the text past the
    /// last line).
    pub fn line_span(&self, line: usize) -> Range<usize> {
        let start = self.offset(line, 1);
        let end = self
            .text
            .get(start..)
            .and_then(|rest| rest.find('\n'))
            .map_or(self.text.len(), |i| start + i);
        start..end
    }

    /// The text of a byte range, or "" when the range is not on character boundaries.
    pub fn slice(&self, span: Range<usize>) -> &str {
        self.text.get(span).unwrap_or("")
    }
}

/// A field of a case file, e.g. `indicators[3].actual` or `total.score`: small and `Copy`, so
/// every cell can carry one without allocating; turned into text only for findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct Field {
    /// Table or array of tables, e.g. `indicators`.
    pub table: &'static str,
    /// Position in an array of tables.
    pub index: Option<usize>,
    /// Key, e.g. `actual`.
    pub key: &'static str,
}

impl Field {
    /// A key of a plain table: `total.score`.
    pub const fn of(table: &'static str, key: &'static str) -> Field {
        Field {
            table,
            index: None,
            key,
        }
    }

    /// A key of the `index`th table of an array: `indicators[3].actual`.
    pub const fn at(table: &'static str, index: usize, key: &'static str) -> Field {
        Field {
            table,
            index: Some(index),
            key,
        }
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.table)?;
        if let Some(i) = self.index {
            write!(f, "[{i}]")?;
        }
        if !self.key.is_empty() {
            write!(f, ".{}", self.key)?;
        }
        Ok(())
    }
}

/// A place in a file: file name, line and column (none for a form scored straight from its
/// input, which has no case file), and optionally the field it names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default, serde::Serialize)]
pub struct Location {
    /// The case file, line and column; none for a form scored straight from its input (#16
    /// F5): such a form has no case file, and its place is on the form only (`form_cell`).
    /// JSON writes its `file`, `line` and `column` in place, or leaves them out.
    #[serde(flatten)]
    pub at: Option<FilePlace>,
    /// The field or key path, e.g. `indicators[3].actual`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub field: String,
    /// The indicator the place belongs to, as the form names it (findings only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicator: Option<IndicatorName>,
    /// The form's own name of the field: `实际完成值`, `年度资金总额 · 全年执行数`,
    /// `总分 · 得分` (findings only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form_field: Option<String>,
    /// The workbook or document cell the field was read from, e.g. `表3!F14` (forms imported
    /// from a workbook or document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form_cell: Option<String>,
    /// A Word or web-page cell in the users' words (`Word 文档第 2 个表格第 7 行第 3 列`),
    /// beside the stable `form_cell` (`document#2!C7`); none for a workbook's cell, which
    /// `form_cell` already says as Excel does ([`document_place`], #16).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form_place: Option<String>,
}

/// A place in a case (or rule) file: its name as given, and a 1-based line and column (in
/// characters).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default, serde::Serialize)]
pub struct FilePlace {
    /// File name as given.
    pub file: Arc<str>,
    /// 1-based line.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
}

impl std::fmt::Display for FilePlace {
    /// `file:line:column`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// An indicator as the form names it: level 1 / level 2 / level 3, as written.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default, serde::Serialize)]
pub struct IndicatorName {
    /// 一级指标.
    pub level1: String,
    /// 二级指标.
    pub level2: String,
    /// 三级指标.
    pub level3: String,
}

impl std::fmt::Display for IndicatorName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&levels_joined([
            &*self.level1,
            &*self.level2,
            &*self.level3,
        ]))
    }
}

/// An indicator's levels as every output names them: those written, joined by ` / `. A flat
/// list's line (no level 1 or 2) is its name alone, not ` /  / 名称` (s23).
pub fn levels_joined<'a>(levels: impl IntoIterator<Item = &'a str>) -> String {
    let written: Vec<&str> = levels.into_iter().filter(|l| !l.is_empty()).collect();
    written.join(" / ")
}

/// Where a value stood in the input a form was imported from (#16): a workbook's or
/// document's cell as its reader names it (`表3!F14`, `document#2!C7`), or the line and cell
/// number of a text input, kept as numbers until a finding shows them (`forms.txt 第 12 行第 3
/// 格`): formatting them for every value of every form cost as much as reading the forms
/// (#15). A case file's `cells = { … }` writes the latter `line:cell`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum FormPlace {
    /// A cell named as its reader names it.
    Named(Arc<str>),
    /// The line and the cell of a text input.
    Text {
        /// The input's line, from 1.
        line: usize,
        /// The cell's place in its line as the reader split it, from 1; 0 when the line holds
        /// no other cell (said by the line alone) or the place is a whole line.
        cell: usize,
    },
}

impl FormPlace {
    /// A place as a case file writes it: `line:cell` is a text input's, anything else a
    /// named cell.
    pub fn read(written: &str) -> FormPlace {
        match text_place(written) {
            Some((line, cell)) => FormPlace::Text { line, cell },
            None => FormPlace::Named(Arc::from(written)),
        }
    }
}

impl From<&str> for FormPlace {
    /// A named cell (`表1!F7`).
    fn from(name: &str) -> FormPlace {
        FormPlace::Named(Arc::from(name))
    }
}

impl From<String> for FormPlace {
    /// A named cell (`表1!F7`).
    fn from(name: String) -> FormPlace {
        FormPlace::Named(Arc::from(name))
    }
}

impl std::fmt::Display for FormPlace {
    /// The place as a case file writes it: `表1!F7`, `12:3`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormPlace::Named(name) => f.write_str(name),
            FormPlace::Text { line, cell } => write!(f, "{line}:{cell}"),
        }
    }
}

/// Where a case file's fields stand on the form: each indicator's level names, each funds
/// row's label, and — for forms imported from a workbook or document — the cell each field
/// was read from. One per case, shared by every finding's place in it.
#[derive(Debug, Default)]
pub struct FormMap {
    /// Per indicator (by index): level 1, level 2, level 3 as written.
    pub indicators: Vec<[Arc<str>; 3]>,
    /// Per funds row (by index): its label as written.
    pub funds: Vec<Arc<str>>,
    /// The cell each field was read from (`表3!F14`; the line and cell of the input for a
    /// form read from text), sorted by field.
    pub cells: Vec<(Field, FormPlace)>,
    /// The file name of the input a form read from text came from (`[form] source`, its last
    /// path part): shown before a `line:cell` place.
    pub input: Option<Arc<str>>,
    /// Where the form starts — its title row — on a form scored straight from its input (#16
    /// F5): the place of a finding about the whole form (`incomplete-form` on 项目名称), which
    /// has no case-file line to point at. None in a case file, which does not record it.
    pub start: Option<FormPlace>,
}

impl FormMap {
    /// The cell of a level label merged down over the lines below it (a vertical `产出指标`
    /// spanning four rows): the label's own cell, where the first line under it read it
    /// (tester s23 C1: the lines below were said as whole rows, `Sheet1!14:14`).
    fn carried_label(&self, field: Field) -> Option<FormPlace> {
        let level = match (field.table, field.key) {
            ("indicators", "level1") => 0,
            ("indicators", "level2") => 1,
            _ => return None,
        };
        let index = field.index?;
        let label = self.indicators.get(index)?.get(level)?;
        for above in (0..index).rev() {
            if self.indicators.get(above)?.get(level) != Some(label) {
                return None;
            }
            let at = Field {
                index: Some(above),
                ..field
            };
            if let Ok(i) = self.cells.binary_search_by(|(f, _)| f.cmp(&at)) {
                return self.cells.get(i).map(|(_, c)| c.clone());
            }
        }
        None
    }

    /// The indicator, the form's name of the field and the cell of a case-file field.
    fn describe(&self, field: Field) -> (Option<IndicatorName>, Option<String>, Option<String>) {
        let indicator = match (field.table, field.index) {
            ("indicators", Some(i)) => self.indicators.get(i).map(|[l1, l2, l3]| IndicatorName {
                level1: l1.to_string(),
                level2: l2.to_string(),
                level3: l3.to_string(),
            }),
            _ => None,
        };
        let cell = self
            .place(field)
            .map(|(place, with_cell)| self.shown(&place, with_cell));
        (indicator, self.form_field(field), cell)
    }

    /// Where a case-file field was read from, and whether that is its own cell (false: the
    /// first line of its row, or the form's start).
    pub fn place(&self, field: Field) -> Option<(FormPlace, bool)> {
        if let Ok(i) = self.cells.binary_search_by(|(f, _)| f.cmp(&field)) {
            return self.cells.get(i).map(|(_, c)| (c.clone(), true));
        }
        if let Some(label) = self.carried_label(field) {
            return Some((label, true));
        }
        // A blank cell of a form read from text: its row's first line. A workbook's or
        // document's cell with no place of its own (a value merged over, tester s13 T7): the
        // row its line's other cells stand in, as Excel names a whole row (`表1!11:11`).
        let same_line = self
            .cells
            .iter()
            .filter(|(f, _)| (f.table, f.index) == (field.table, field.index));
        let row = same_line
            .clone()
            .filter_map(|(_, c)| match c {
                FormPlace::Text { line, cell } => Some((*line, *cell)),
                FormPlace::Named(_) => None,
            })
            .min()
            .map(|(line, cell)| (FormPlace::Text { line, cell }, false))
            .or_else(|| {
                // A line's (an indicator's, a funds row's), not the header's: its fields stand
                // in rows of their own.
                (field.index.is_some() && matches!(field.table, "indicators" | "funds"))
                    .then_some(())?;
                // Its 三级指标's row first (a label carried down stands in a row above).
                let mut named = same_line.filter_map(|(f, c)| match c {
                    FormPlace::Named(name) => Some((f.key != "level3", name)),
                    FormPlace::Text { .. } => None,
                });
                let (_, name) = named.clone().find(|(other, _)| !other).or(named.next())?;
                Some((FormPlace::Named(whole_row(name)?.into()), false))
            });
        // The header and the whole form: where the form starts (a form scored straight from
        // its input), its title row.
        row.or_else(|| match field.table {
            "header" | "form" => self.start.clone().map(|p| (p, false)),
            _ => None,
        })
    }

    /// A recorded place as people read it: a workbook cell as written (`表3!F14`), a text
    /// input's `line:cell` as `forms.txt 第 12 行第 3 格` (`with_cell` false: `第 12 行`).
    fn shown(&self, place: &FormPlace, with_cell: bool) -> String {
        let (line, cell) = match place {
            FormPlace::Text { line, cell } => (line, cell),
            FormPlace::Named(name) => return name.to_string(),
        };
        let file = self.input.as_deref().unwrap_or("");
        let cell = if with_cell { *cell } else { 0 };
        text_place_message(Some(file), *line, cell).to_string()
    }

    /// The last part of a `[form] source` path, or none when it is empty.
    pub fn input_name(source: &str) -> Option<Arc<str>> {
        let name = source.rsplit(['/', '\\']).next().unwrap_or(source).trim();
        (!name.is_empty()).then(|| Arc::from(name))
    }

    /// The form's own name of a case-file field (`indicators[3].actual` → `实际完成值`).
    fn form_field(&self, field: Field) -> Option<String> {
        let name = form_field_name(field.table, field.key)?;
        match (field.table, field.index) {
            ("funds", Some(i)) => {
                let label = self.funds.get(i).map_or("", |l| {
                    l.trim()
                        .trim_end_matches([':', '：'])
                        .trim_start_matches("其中")
                        .trim_start_matches([':', '：'])
                });
                Some(if field.key == "label" || label.is_empty() {
                    format!("项目资金 · {name}")
                } else {
                    format!("{label} · {name}")
                })
            }
            ("goals", _) => Some(format!("年度总体目标 · {name}")),
            ("total", _) => Some(format!("总分 · {name}")),
            _ => Some(name.to_owned()),
        }
    }
}

impl Field {
    /// The form's own name of this field with no form at hand (`年度指标值`,
    /// `项目资金 · 全年预算数`, `总分 · 得分`): what a report's trace inputs show (tester s6 F11).
    pub fn form_name(self) -> Option<String> {
        FormMap::default().form_field(self)
    }
}

/// A text input's line and cell as people say them (tester s11c H3, s12): `第 12 行第 3 格`
/// (`file` before it when given: `forms.txt 第 12 行第 3 格`), the cell counted in its own
/// line as a person finds it in an editor, and only the line, `第 19 行`, when the line holds
/// no other cell — the readers number such a cell 0 ([`FormPlace::Text`]). The one wording
/// of a text place: findings' cells, import notes (printed, kept in the case file and listed
/// in the reports) alike; [`read_text_place`] reads both back.
pub fn text_place_message(file: Option<&str>, line: usize, cell: usize) -> crate::i18n::Message {
    use crate::i18n::msg;
    let line_only = cell == 0;
    match (file, line_only) {
        (Some(file), true) => msg!("form-place-text-line", file = file, line = line.to_string()),
        (Some(file), false) => msg!(
            "form-place-text-cell",
            file = file,
            line = line.to_string(),
            cell = cell.to_string()
        ),
        (None, true) => msg!("import-place-line", line = line.to_string()),
        (None, false) => msg!(
            "import-place-line-cell",
            line = line.to_string(),
            cell = cell.to_string()
        ),
    }
}

/// A text place as [`text_place_message`] says it without a file, in either language, as
/// its line and cell: `第 12 行第 3 格`, `line 12, cell 3`; `第 19 行`, `line 19` (the line's
/// only cell: 0). A case file written before the cells were counted in their lines keeps
/// its `第 1935 行第 3538 格`, read back as written.
pub fn read_text_place(place: &str) -> Option<(usize, usize)> {
    let numbers = |s: &str| -> Option<(usize, usize)> {
        let (line, cell) = s.split_once(|c: char| !c.is_ascii_digit())?;
        let cell = cell.trim_start_matches(|c: char| !c.is_ascii_digit());
        Some((line.parse().ok()?, cell.parse().ok()?))
    };
    let line_only = |s: &str| -> Option<(usize, usize)> { Some((s.parse().ok()?, 0)) };
    if let Some(rest) = place.strip_prefix("第 ") {
        return match rest.strip_suffix(" 格") {
            Some(r) if r.contains(" 行第 ") => numbers(r),
            Some(_) => None,
            None => rest.strip_suffix(" 行").and_then(line_only),
        };
    }
    let rest = place.strip_prefix("line ")?;
    match rest.contains(", cell ") {
        true => numbers(rest),
        false => line_only(rest),
    }
}

/// A form read from text records `line:cell` (`12:3`) where a workbook records `表1!F13`.
fn text_place(place: &str) -> Option<(usize, usize)> {
    let (line, cell) = place.split_once(':')?;
    Some((line.parse().ok()?, cell.parse().ok()?))
}

/// The column or row name a form prints for a case-file key (#16).
fn form_field_name(table: &str, key: &str) -> Option<&'static str> {
    Some(match (table, key) {
        ("header", "title") => "标题",
        ("header", "year") => "年度",
        ("header", "project") => "项目名称",
        ("header", "department") => "主管部门",
        ("header", "unit") => "实施单位",
        ("funds", "label") => "行名",
        ("funds", "initial_budget") => "年初预算数",
        ("funds", "full_year_budget") => "全年预算数",
        ("funds", "spent") => "全年执行数",
        ("funds", "rate") => "执行率",
        ("goals", "expected") => "预期目标",
        ("goals", "actual") => "实际完成情况",
        ("indicators", "level1") => "一级指标",
        ("indicators", "level2") => "二级指标",
        ("indicators", "level3") => "三级指标",
        ("indicators", "nature") => "指标性质",
        ("indicators", "target") => "年度指标值",
        ("indicators", "actual") => "实际完成值",
        ("indicators", "completion") => "完成情况",
        ("indicators", "deduction") => "扣分",
        ("indicators", "deviation") => "偏差原因分析及改进措施",
        ("indicators", "scoring") => "评分标准",
        (_, "points") => "分值",
        (_, "score") => "得分",
        _ => return None,
    })
}

impl Location {
    /// Location of a byte span in a source, naming a field.
    pub fn of(source: &SourceFile, span: &Range<usize>, field: impl Into<String>) -> Location {
        let lc = source.line_col(span.start);
        Location {
            at: Some(FilePlace {
                file: source.shared_name.clone(),
                line: lc.line,
                column: lc.column,
            }),
            field: field.into(),
            ..Location::default()
        }
    }

    /// Where the place stands on the form, for people: the indicator, the form's name of the
    /// field and the cell, e.g. `产出指标 / 数量指标 / 指标1:… · 实际完成值 · 表3!F14`; none
    /// when the place knows nothing of the form.
    pub fn on_form(&self) -> Option<String> {
        let parts: Vec<String> = [
            self.indicator.as_ref().map(ToString::to_string),
            self.form_field.clone(),
            self.form_place.clone().or_else(|| self.form_cell.clone()),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}

/// The place [`Place::row`] gives a finding about the form as a whole or its header (`年度`,
/// `项目名称`): shown as the message `finding-place-whole-form`.
pub const WHOLE_FORM: &str = "全表";

/// A place in a source file as findings and traces keep it: the file, a byte offset and the
/// field there. The line and column are worked out only when the place is shown (see
/// [`Place::location`]): a run makes millions of findings that are counted or compared far
/// more often than printed. Shown, printed and serialised exactly as its [`Location`].
///
/// A place holds its file's text until it is [settled](Place::settle): what keeps outcomes
/// for the end of a run settles them, so that the case files can go.
#[derive(Clone)]
pub struct Place(Spot);

#[derive(Clone)]
enum Spot {
    /// In a source kept alive by the place.
    Lazy {
        source: Source,
        offset: usize,
        field: Field,
        /// What the case knows of the form (findings only).
        form: Option<Arc<FormMap>>,
    },
    /// On a form scored straight from its input (#16 F5): it has no case file, so the place
    /// is where the field stands on the form only.
    OnForm { field: Field, form: Arc<FormMap> },
    /// Worked out.
    Settled { location: Location, field: Field },
}

impl Place {
    /// The place of a byte span's start in a source, naming a field.
    pub fn new(source: &Source, span: &Range<usize>, field: Field) -> Place {
        Place(Spot::Lazy {
            source: Arc::clone(source),
            offset: span.start,
            field,
            form: None,
        })
    }

    /// A place that also knows where the field stands on the form (its indicator, the form's
    /// name of the field, the workbook cell): shown by findings (#16).
    pub fn with_form(
        source: &Source,
        span: &Range<usize>,
        field: Field,
        form: &Arc<FormMap>,
    ) -> Place {
        Place(Spot::Lazy {
            source: Arc::clone(source),
            offset: span.start,
            field,
            form: Some(Arc::clone(form)),
        })
    }

    /// The place of a field of a form scored straight from its input, which has no case file
    /// (#16 F5): where the field stands on the form (its indicator, the form's name of the
    /// field, the cell or line it was read from), and nothing else.
    pub fn form_only(field: Field, form: &Arc<FormMap>) -> Place {
        Place(Spot::OnForm {
            field,
            form: Arc::clone(form),
        })
    }

    /// Works out the line and column now and lets go of the file's text.
    pub fn settle(&mut self) {
        if let Spot::Lazy { field, .. } | Spot::OnForm { field, .. } = &self.0 {
            let field = *field;
            self.0 = Spot::Settled {
                location: self.location(),
                field,
            };
        }
    }

    /// The case file, line and column; none on a form scored straight from its input, which
    /// has no case file (#16 F5).
    pub fn in_file(&self) -> Option<FilePlace> {
        match &self.0 {
            Spot::Lazy { source, offset, .. } => {
                let lc = source.line_col(*offset);
                Some(FilePlace {
                    file: source.shared_name.clone(),
                    line: lc.line,
                    column: lc.column,
                })
            }
            Spot::OnForm { .. } => None,
            Spot::Settled { location, .. } => location.at.clone(),
        }
    }

    /// The field path, e.g. `indicators[3].actual`.
    pub fn field(&self) -> Field {
        match &self.0 {
            Spot::Lazy { field, .. } | Spot::OnForm { field, .. } | Spot::Settled { field, .. } => {
                *field
            }
        }
    }

    /// The form's own name of the field (`本年财政拨款 · 全年执行数`, `实际完成值`): from what
    /// the case knows of the form when the place keeps it (a funds row by its label), else
    /// the field's name with no form at hand (`项目资金 · 全年执行数`). The one name every
    /// output gives a trace input and a finding's field (tester s11c H2: the xlsx said
    /// `项目资金` where the terminal said the row's name).
    pub fn form_name(&self) -> Option<String> {
        match &self.0 {
            Spot::Lazy {
                form: Some(form),
                field,
                ..
            }
            | Spot::OnForm { form, field } => form.form_field(*field),
            Spot::Lazy { field, .. } => field.form_name(),
            Spot::Settled { location, field } => {
                location.form_field.clone().or_else(|| field.form_name())
            }
        }
    }

    /// Where the place stands on the form, for people (see [`Location::on_form`]).
    pub fn on_form(&self) -> Option<String> {
        self.location().on_form()
    }

    /// The line of the form the place is on, in the form's own words: what `diff`,
    /// `regress` and `watch` compare a finding by beside its code (tester s12b N5: a
    /// `score-mismatch` moving from 管护机制 to the funds row read as "no change"). An
    /// indicator by its level-1 and level-3 names (`效益指标 指标1:管护机制`, as those outputs
    /// name its score), a funds row by its label (`年度资金总额`), `年度总体目标`, `总分`, and
    /// [`WHOLE_FORM`] for the header and the form itself. Independent of the output language,
    /// so accepted results keep it.
    pub fn row(&self) -> String {
        let field = self.field();
        match field.table {
            "indicators" => {
                let name = match &self.0 {
                    Spot::Lazy {
                        form: Some(form), ..
                    }
                    | Spot::OnForm { form, .. } => form.describe(field).0,
                    Spot::Lazy { .. } => None,
                    Spot::Settled { location, .. } => location.indicator.clone(),
                };
                match name {
                    Some(n) => format!("{} {}", n.level1.trim(), n.level3.trim())
                        .trim()
                        .to_owned(),
                    None => format!("indicators[{}]", field.index.unwrap_or(0)),
                }
            }
            "funds" => {
                let name = self.form_name().unwrap_or_default();
                let label = name.split(" · ").next().unwrap_or_default().trim();
                if label.is_empty() {
                    "项目资金".to_owned()
                } else {
                    label.to_owned()
                }
            }
            "goals" => "年度总体目标".to_owned(),
            "total" => "总分".to_owned(),
            _ => WHOLE_FORM.to_owned(),
        }
    }

    /// The place as a [`Location`]: file, line, column and field path.
    pub fn location(&self) -> Location {
        match &self.0 {
            Spot::Lazy {
                source,
                offset,
                field,
                form,
            } => {
                let mut location = Location::of(source, &(*offset..*offset), field.to_string());
                if let Some(form) = form {
                    (location.indicator, location.form_field, location.form_cell) =
                        form.describe(*field);
                    location.form_place = location
                        .form_cell
                        .as_deref()
                        .and_then(document_place)
                        .map(|m| m.to_string());
                }
                location
            }
            Spot::OnForm { field, form } => {
                let mut location = Location {
                    field: field.to_string(),
                    ..Location::default()
                };
                (location.indicator, location.form_field, location.form_cell) =
                    form.describe(*field);
                location.form_place = location
                    .form_cell
                    .as_deref()
                    .and_then(document_place)
                    .map(|m| m.to_string());
                location
            }
            Spot::Settled { location, .. } => location.clone(),
        }
    }
}

/// The whole row a named cell stands in, as Excel names it: `表1!E11` → `表1!11:11`.
fn whole_row(cell: &str) -> Option<String> {
    let (sheet, a1) = cell.rsplit_once('!')?;
    let row = a1.trim_start_matches(|c: char| c.is_ascii_uppercase());
    (row.len() < a1.len() && !row.is_empty() && row.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{sheet}!{row}:{row}"))
}

/// A cell of a form imported from a Word document or a web page in the users' words, from
/// its stable place (#16): `document#2!C7` → `Word 文档第 2 个表格第 7 行第 3 列` (English
/// `Word document table 2, row 7, column 3`), `page#1!B4` → `网页第 1 个表格…`, and a place
/// outside the tables (`document#0!A3`, the 3rd paragraph outside them) → `Word 文档表格外第
/// 3 段`. None for a workbook's cell (`表1!E14`), which users find as written.
pub fn document_place(cell: &str) -> Option<crate::i18n::Message> {
    use crate::i18n::msg;
    let (sheet, a1) = cell.rsplit_once('!')?;
    let (kind, table) = sheet.split_once('#')?;
    let table: usize = table.parse().ok()?;
    let document = match kind {
        "document" => msg!("place-word-document"),
        "page" => msg!("place-web-page"),
        _ => return None,
    };
    // A whole row (`document#2!11:11`, a line whose own cell has no place): its row.
    if let Some((row, same)) = a1.split_once(':')
        && row == same
        && table > 0
        && let Ok(row) = row.parse::<usize>()
    {
        return Some(msg!(
            "place-table-row",
            document = document,
            table = table.to_string(),
            row = row.to_string()
        ));
    }
    let letters = a1.chars().take_while(char::is_ascii_uppercase).count();
    let (column, row) = a1.split_at(letters);
    let row: usize = row.parse().ok()?;
    let column = column.bytes().try_fold(0usize, |n, b| {
        n.checked_mul(26)?.checked_add(usize::from(b - b'A') + 1)
    })?;
    Some(match table {
        0 => msg!(
            "place-outside-tables",
            document = document,
            paragraph = row.to_string()
        ),
        table => msg!(
            "place-table-cell",
            document = document,
            table = table.to_string(),
            row = row.to_string(),
            column = column.to_string()
        ),
    })
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.location().fmt(f)
    }
}

impl std::fmt::Debug for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.location().fmt(f)
    }
}

impl serde::Serialize for Place {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.location().serialize(serializer)
    }
}

impl std::fmt::Display for Location {
    /// `file:line:column (field)`; on a form scored straight from its input, where it stands
    /// on the form (`产出指标 / … · 实际完成值 · forms.txt 第 12 行第 3 格`), else the field.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Some(at) = &self.at else {
            return match self.on_form() {
                Some(on_form) => f.write_str(&on_form),
                None => f.write_str(&self.field),
            };
        };
        write!(f, "{at}")?;
        if !self.field.is_empty() {
            write!(f, " ({})", self.field)?;
        }
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// A Word or web-page cell is said by its table, row and column in either language; a
    /// workbook's cell (even on a sheet named `document`) is left as Excel writes it (#16).
    #[test]
    fn document_places_are_said_by_table_row_and_column() {
        use crate::i18n::Lang;
        let said = |cell: &str, lang| document_place(cell).map(|m| m.render(lang));
        assert_eq!(
            said("document#2!C7", Lang::Zh).as_deref(),
            Some("Word 文档第 2 个表格第 7 行第 3 列")
        );
        assert_eq!(
            said("document#2!AB7", Lang::En).as_deref(),
            Some("Word document table 2, row 7, column 28")
        );
        assert_eq!(
            said("page#1!A4", Lang::Zh).as_deref(),
            Some("网页第 1 个表格第 4 行第 1 列")
        );
        assert_eq!(
            said("document#0!A3", Lang::Zh).as_deref(),
            Some("Word 文档表格外第 3 段")
        );
        // A whole row: a line whose own cell has no place (tester s13 T7).
        assert_eq!(
            said("document#2!11:11", Lang::Zh).as_deref(),
            Some("Word 文档第 2 个表格第 11 行")
        );
        assert_eq!(
            said("page#1!4:4", Lang::En).as_deref(),
            Some("web page table 1, row 4")
        );
        for workbook in [
            "表1!E14",
            "document!C7",
            "page!A1",
            "x#1!A1",
            "document#x!A1",
        ] {
            assert_eq!(said(workbook, Lang::Zh), None, "{workbook}");
        }
    }

    /// The index of a text large enough to be built in halves is the plain one, wherever the
    /// halves meet: on a line break, just after one, or inside a line.
    #[test]
    fn a_large_texts_lines_are_indexed_in_halves_as_plainly() {
        let plain = |text: &[u8]| -> Vec<usize> {
            let breaks = text.iter().enumerate().filter(|(_, b)| **b == b'\n');
            [0].into_iter().chain(breaks.map(|(i, _)| i + 1)).collect()
        };
        let line = "指标1:办公楼互联网租用 | ≥90% |\n\n短\r\n";
        let mut text = line.repeat((4 << 20) / line.len() + 3);
        for extra in ["", "\n", "a", "\n\n", "ab\n", "表"] {
            text.push_str(extra);
            for cut in 0..9 {
                let t = &text.as_bytes()[cut..];
                assert!(t.len() >= 4 << 20);
                assert_eq!(line_starts(t), plain(t), "cut {cut}, extra {extra:?}");
            }
        }
        assert_eq!(line_starts(b"a\nb"), [0, 2]);
        // Two halves meeting at every byte of a short text.
        let short = "ab\n\n表格\n12345678\n\r\nx".as_bytes();
        for mid in 0..=short.len() {
            let mut starts = vec![0];
            push_breaks(&short[..mid], 0, &mut starts);
            push_breaks(&short[mid..], mid, &mut starts);
            assert_eq!(starts, plain(short), "{mid}");
        }
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let src = SourceFile::new("a.toml", "x = 1\n名称 = \"产出\"\n");
        let off = src
            .text
            .find('=')
            .map(|_| src.text.rfind('=').unwrap_or(0))
            .unwrap_or(0);
        assert_eq!(src.line_col(off), LineCol { line: 2, column: 4 });
        assert_eq!(src.line_col(0), LineCol { line: 1, column: 1 });
    }

    #[test]
    fn fields_are_written_as_paths() {
        for (field, text) in [
            (Field::at("indicators", 0, "actual"), "indicators[0].actual"),
            (Field::at("funds", 1234567, "rate"), "funds[1234567].rate"),
            (Field::of("total", "score"), "total.score"),
            (Field::of("project", ""), "project"),
        ] {
            assert_eq!(field.to_string(), text);
        }
    }

    #[test]
    fn places_show_as_their_location() {
        let src = SourceFile::new("a.toml", "x = 1\n名称 = \"产出\"\n");
        let off = src.text.rfind('"').unwrap_or(0);
        let place = Place::new(&src, &(off..off + 1), Field::at("indicators", 2, "actual"));
        let location = Location::of(&src, &(off..off + 1), "indicators[2].actual");
        assert_eq!(place.location(), location);
        assert_eq!(place.to_string(), location.to_string());
        assert_eq!(place.to_string(), "a.toml:2:9 (indicators[2].actual)");
        assert_eq!(format!("{place:?}"), format!("{location:?}"));
        let at = |line, column| FilePlace {
            file: Arc::from("a.toml"),
            line,
            column,
        };
        assert_eq!(place.in_file(), Some(at(2, 9)));
        assert_eq!(place.field().to_string(), "indicators[2].actual");
        // Settled, it shows the same and no longer holds the file.
        let mut settled = place.clone();
        settled.settle();
        drop(place);
        assert_eq!(Arc::strong_count(&src), 1);
        assert_eq!(settled.location(), location);
        assert_eq!(settled.to_string(), location.to_string());
        assert_eq!(format!("{settled:?}"), format!("{location:?}"));
        assert_eq!(settled.in_file(), Some(at(2, 9)));
        assert_eq!(settled.field().to_string(), "indicators[2].actual");
    }

    /// A place on a form scored straight from its input has no case-file line (#16 F5): it
    /// shows, and JSON writes, where it stands on the form only; the header's fields, which
    /// no cell records, stand at the form's start (its title row).
    #[test]
    fn places_on_a_form_without_a_case_file_are_on_the_form_only() {
        let map = Arc::new(FormMap {
            indicators: vec![[
                Arc::from("产出指标"),
                Arc::from("数量指标"),
                Arc::from("指标1"),
            ]],
            cells: vec![(
                Field::at("indicators", 0, "actual"),
                FormPlace::Text { line: 12, cell: 3 },
            )],
            input: Some(Arc::from("forms.txt")),
            start: Some(FormPlace::Text { line: 2, cell: 1 }),
            ..FormMap::default()
        });
        let actual = Place::form_only(Field::at("indicators", 0, "actual"), &map);
        assert_eq!(actual.in_file(), None);
        let shown = "产出指标 / 数量指标 / 指标1 · 实际完成值 · forms.txt line 12, cell 3";
        assert_eq!(actual.to_string(), shown);
        let json = serde_json::to_value(&actual).unwrap();
        assert!(
            json.get("file").is_none() && json.get("line").is_none(),
            "{json}"
        );
        assert_eq!(json["field"], "indicators[0].actual");
        let project = Place::form_only(Field::of("header", "project"), &map);
        assert_eq!(project.to_string(), "项目名称 · forms.txt line 2");
        // Settled, the same.
        let mut settled = actual.clone();
        settled.settle();
        assert_eq!(settled.location(), actual.location());
        // A case file's place keeps its file, line and column in JSON.
        let src = SourceFile::new("a.toml", "x = 1\n");
        let json = serde_json::to_value(Place::new(&src, &(4..5), Field::of("x", ""))).unwrap();
        assert_eq!(
            (&json["file"], &json["line"], &json["column"]),
            (&"a.toml".into(), &1.into(), &5.into())
        );
    }

    /// A workbook's or document's field with no cell of its own (a value merged over) stands
    /// in its line's row — its 三级指标's — said as the whole row; a header field does not
    /// borrow another header cell's row (tester s13 T7).
    #[test]
    fn a_line_field_without_a_cell_stands_in_its_lines_row() {
        let map = Arc::new(FormMap {
            indicators: vec![[
                Arc::from("产出指标"),
                Arc::from("质量指标"),
                Arc::from("合格率"),
            ]],
            // Sorted by field, as `place` looks them up.
            cells: vec![
                (
                    Field::of("header", "project"),
                    FormPlace::Named("表1!B3".into()),
                ),
                (
                    Field::at("indicators", 0, "level2"),
                    FormPlace::Named("document#2!B10".into()),
                ),
                (
                    Field::at("indicators", 0, "level3"),
                    FormPlace::Named("document#2!C11".into()),
                ),
            ],
            ..FormMap::default()
        });
        let place = |f| map.place(f).map(|(p, own)| (p.to_string(), own));
        assert_eq!(
            place(Field::at("indicators", 0, "actual")),
            Some(("document#2!11:11".to_owned(), false))
        );
        assert_eq!(
            place(Field::at("indicators", 0, "level3")),
            Some(("document#2!C11".to_owned(), true))
        );
        assert_eq!(place(Field::of("header", "unit")), None);
        let actual = Place::form_only(Field::at("indicators", 0, "actual"), &map);
        assert_eq!(
            actual.location().form_place.as_deref(),
            Some("Word document table 2, row 11")
        );
    }

    /// The line starts found eight bytes at a time are `memchr`'s, whatever the bytes.
    #[test]
    fn line_starts_are_every_position_after_a_line_break() {
        let plain = |t: &[u8]| {
            let mut starts = vec![0];
            starts.extend(memchr::memchr_iter(b'\n', t).map(|i| i + 1));
            starts
        };
        let mut texts: Vec<Vec<u8>> = vec![
            Vec::new(),
            b"\n".to_vec(),
            b"\n\n\n\n\n\n\n\n\n".to_vec(),
            "项目名称 | 窗口\n指标1:\n\n\r\n末行".as_bytes().to_vec(),
        ];
        // Every byte value beside and between line breaks, at every offset in a word.
        for b in 0..=255u8 {
            for at in 0..17 {
                let mut t = vec![b; 17];
                t[at] = b'\n';
                texts.push(t.clone());
                t[(at + 3) % 17] = b'\n';
                texts.push(t);
            }
        }
        for t in &texts {
            assert_eq!(super::line_starts(t), plain(t), "{t:?}");
        }
    }

    #[test]
    fn offset_inverts_line_col() {
        let src = SourceFile::new("a.rhai", "x = 1\n名称 = \"产出\"\n");
        for off in [0, 4, 6, 9, 13] {
            let lc = src.line_col(off);
            assert_eq!(src.offset(lc.line, lc.column), off);
        }
        assert_eq!(src.offset(9, 1), src.text.len());
    }
}
