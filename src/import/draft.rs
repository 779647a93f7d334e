//! Stage: load (writing side). A form as importers and the generator build it — every cell as
//! text — and the one writer of case-file TOML. Deterministic: the same draft always gives the
//! same bytes. See docs/case-format.md.
//!
//! The writer also hands on the case file's mirror ([`RawCase`]) as it writes, spans
//! included: what parsing the text would give. A file of forms is scored from that mirror
//! through the same validation as a case file, without writing and re-reading each form's
//! text (#15); a test holds the mirror to the parser's reading of the text.

use crate::i18n::msg;
use crate::load::raw_case::{
    CaseMirror, CaseTables, CellText, RawCase, RawCell, RawForm, RawFunds, RawGoal, RawHeader,
    RawIndicator, RawPlaces, RawTotal,
};
use std::borrow::Cow;
use std::fmt::Write as _;
use std::ops::Range;
use std::sync::Arc;
use toml::Spanned;

/// A funds row as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Funds {
    /// Row label as written.
    pub label: String,
    /// initial_budget, full_year_budget, spent, points, rate, score (as many as were written).
    pub values: Vec<String>,
    /// The columns of `values` as indexes into [`FUNDS_KEYS`] when the template has other
    /// columns than the standard six (no 分值/得分 …); empty: `values` are in standard order.
    pub columns: Vec<usize>,
    /// 原因/说明 where the template has that column (the Sichuan form's 原因), as written.
    pub reason: Option<String>,
    /// The workbook or document cell each key was read from (`("spent", "表1!F7")`).
    pub cells: Vec<(&'static str, FormCell)>,
}

pub use crate::source::FormPlace as FormCell;

/// The keys of a funds row's values, in column order.
pub const FUNDS_KEYS: [&str; 6] = [
    "initial_budget",
    "full_year_budget",
    "spent",
    "points",
    "rate",
    "score",
];

#[derive(Debug, Clone, Default, PartialEq, Eq)]
/// A goal row.
pub struct Goal {
    /// 预期目标.
    pub expected: Option<String>,
    /// 实际完成情况.
    pub actual: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
/// An indicator row; `None` leaves the key out.
pub struct Indicator {
    /// 一级 as written.
    pub level1: String,
    /// 二级 as written.
    pub level2: String,
    /// 三级 as written.
    pub level3: String,
    /// 指标性质 (=, ≤, ≥) where the template has that column.
    pub nature: Option<String>,
    /// 年度指标值.
    pub target: Option<String>,
    /// 实际完成值.
    pub actual: Option<String>,
    /// 完成情况 (`已完成`, `未完成`) where the template has that column.
    pub completion: Option<String>,
    /// 分值.
    pub points: Option<String>,
    /// 得分.
    pub score: Option<String>,
    /// 扣分 where the template has that column.
    pub deduction: Option<String>,
    /// 偏差原因分析及改进措施.
    pub deviation: Option<String>,
    /// 评分标准: the department's own scoring rule beside the line (tester s23 D2).
    pub scoring: Option<String>,
    /// 分值/得分 merged with the row above.
    pub shares_points: bool,
    /// The workbook or document cell each key was read from (`("actual", "表1!E14")`).
    pub cells: Vec<(&'static str, FormCell)>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
/// The 总分 row.
pub struct Total {
    /// Total points.
    pub points: Option<String>,
    /// Total score.
    pub score: Option<String>,
    /// How far the shown 得分 cells and total of a workbook may lie from the numbers Excel
    /// added (`import::sheet`): `[total] shown_rounding`.
    pub shown_rounding: Option<String>,
    /// The workbook or document cell each key was read from.
    pub cells: Vec<(&'static str, FormCell)>,
}

/// One form, ready to be written as a case file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// The first comment line: where the form came from.
    pub origin: String,
    /// The notes printed under the form (注).
    pub notes: Vec<String>,
    /// `[form] source`.
    pub source: String,
    /// `[form] index`.
    pub index: Option<u32>,
    /// `[form] rules`.
    pub rules: Option<String>,
    /// `[form] constructed`.
    pub constructed: bool,
    /// `[form] incomplete`.
    pub incomplete: bool,
    /// `[form] import_notes`.
    pub import_notes: Vec<String>,
    /// 表头 title.
    pub title: Option<String>,
    /// 年度 as written.
    pub year: Option<String>,
    /// 项目名称.
    pub project: String,
    /// 主管部门.
    pub department: Option<String>,
    /// 实施单位.
    pub unit: Option<String>,
    /// 项目资金 rows.
    pub funds: Vec<Funds>,
    /// 年度总体目标 rows.
    pub goals: Vec<Goal>,
    /// 绩效指标 rows.
    pub indicators: Vec<Indicator>,
    /// 总分.
    pub total: Option<Total>,
}

/// A TOML basic string, quoted and escaped.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    push_quoted(&mut out, text);
    out
}

/// Appends `text` as a TOML basic string. Every character that needs an escape is ASCII, so
/// the text is copied in runs between them (nearly every cell is one run).
fn push_quoted(out: &mut String, text: &str) {
    out.push('"');
    // Nearly every cell needs no escape: told by one pass without a branch per byte (which
    // the compiler vectorises), the cell is copied whole (#15: the search below cost a third
    // of writing a case file).
    if !text.bytes().fold(false, |any, b| any | needs_escape(b)) {
        out.push_str(text);
        out.push('"');
        return;
    }
    let mut rest = text;
    while let Some(at) = rest.bytes().position(needs_escape) {
        out.push_str(rest.get(..at).unwrap_or(""));
        let b = rest.as_bytes().get(at).copied().unwrap_or(b' ');
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            b => {
                let _ = write!(out, "\\u{:04X}", u32::from(b));
            }
        }
        rest = rest.get(at + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out.push('"');
}

/// Appends `n` in decimal digits: a place's line and cell number, without `format!` (#15).
fn push_number(out: &mut String, mut n: usize) {
    let mut digits = [b'0'; 20];
    let mut from = digits.len();
    for slot in digits.iter_mut().rev() {
        // `n % 10` is below 10: the cast loses nothing.
        *slot = b'0' + (n % 10) as u8;
        from -= 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // ASCII digits, pushed a byte each (no UTF-8 check of the buffer).
    let digits = digits.get(from..).unwrap_or_default();
    out.extend(digits.iter().map(|&d| char::from(d)));
}

/// True for a byte a TOML basic string escapes: `"`, `\\` and the control characters.
fn needs_escape(b: u8) -> bool {
    b == b'"' || b == b'\\' || b <= 0x1f || b == 0x7f
}

/// Replaces line breaks and other control characters so the text fits in a comment.
fn comment_safe(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A row's `cells = { … }` as the TOML parser reads it.
type RawCells = Spanned<RawPlaces>;

/// The case file's text being written, with the span of each value written; or, for a form
/// fed to the validator without its text ([`Draft::feed`]), nothing written and every span
/// empty.
struct Writer {
    out: String,
    /// The text is written (`false`: only the tables are handed on).
    text: bool,
}

impl Writer {
    /// `name = "value"`; the span of the quoted value.
    fn value(&mut self, name: &str, value: &str) -> Range<usize> {
        if !self.text {
            return 0..0;
        }
        self.out.push_str(name);
        self.out.push_str(" = ");
        let start = self.out.len();
        push_quoted(&mut self.out, value);
        let end = self.out.len();
        self.out.push('\n');
        start..end
    }

    /// A cell, as the parser reads it back.
    fn cell(&mut self, name: &str, value: &str) -> RawCell {
        Spanned::new(self.value(name, value), CellText(Arc::from(value)))
    }

    /// A cell when the form has it; nothing written when it has not.
    fn opt_cell(&mut self, name: &str, value: Option<&String>) -> Option<RawCell> {
        value.map(|v| self.cell(name, v))
    }

    /// A blank line and a table header (`[header]`, `[[funds]]`); the header's span.
    fn table(&mut self, header: &str) -> Range<usize> {
        if !self.text {
            return 0..0;
        }
        self.out.push('\n');
        let start = self.out.len();
        self.out.push_str(header);
        let end = self.out.len();
        self.out.push('\n');
        start..end
    }

    fn string_array(&mut self, name: &str, values: &[String]) {
        if !self.text {
            return;
        }
        let _ = writeln!(self.out, "{name} = [");
        for value in values {
            self.out.push_str("  ");
            push_quoted(&mut self.out, value);
            self.out.push_str(",\n");
        }
        self.out.push_str("]\n");
    }

    /// `cells = { actual = "表1!E14", … }`: where each value stood in the workbook or
    /// document (#16), so that findings can name the cell. A key given twice is written once,
    /// the first place kept: a duplicate key would make the whole case file unreadable (#15,
    /// F23). A text input's place is written from its numbers straight into the text, and the
    /// mirror shares each place's text with the validated case (#15).
    fn cells(&mut self, cells: &[(&'static str, FormCell)]) -> Option<RawCells> {
        if cells.is_empty() {
            return None;
        }
        self.push("cells = ");
        let start = self.out.len();
        self.push("{ ");
        let mut places: Vec<(Cow<'static, str>, FormCell)> = Vec::with_capacity(cells.len());
        for (key, cell) in cells {
            // A few keys of a few letters: compared inline (a `memcmp` call a pair cost more
            // than the comparison, #15).
            let same = |seen: &str| {
                seen.len() == key.len() && seen.bytes().zip(key.bytes()).all(|(a, b)| a == b)
            };
            if places.iter().any(|(seen, _)| same(seen)) {
                continue;
            }
            if !places.is_empty() {
                self.push(", ");
            }
            self.push(key);
            self.push(" = ");
            match cell {
                _ if !self.text => {}
                FormCell::Named(name) => push_quoted(&mut self.out, name),
                FormCell::Text { line, cell } => {
                    self.out.push('"');
                    push_number(&mut self.out, *line);
                    self.out.push(':');
                    push_number(&mut self.out, *cell);
                    self.out.push('"');
                }
            }
            places.push((Cow::Borrowed(*key), cell.clone()));
        }
        self.push(" }");
        let end = self.out.len();
        self.push("\n");
        Some(Spanned::new(start..end, RawPlaces(places)))
    }

    /// Text written as it is (nothing when no text is written).
    fn push(&mut self, text: &str) {
        if self.text {
            self.out.push_str(text);
        }
    }

    /// A line of formatted text (nothing when no text is written: the arguments are not even
    /// formatted).
    fn line(&mut self, line: std::fmt::Arguments<'_>) {
        if self.text {
            let _ = self.out.write_fmt(line);
            self.out.push('\n');
        }
    }
}

impl Draft {
    /// The case file's text.
    pub fn to_toml(&self) -> String {
        self.to_case().0
    }

    /// The case file's text and its mirror: exactly what parsing the text gives, spans
    /// included.
    pub fn to_case(&self) -> (String, RawCase) {
        let mut mirror = CaseMirror::default();
        let text = self.write_to(&mut mirror);
        (text, mirror.into_case(self.notes.clone()))
    }

    /// Writes the case file's text, handing each table to `tables` as it is written, spans
    /// included: collected, the tables are the text's mirror ([`Draft::to_case`]); fed to the
    /// validator, the form becomes a case as it is written (#15).
    pub fn write_to(&self, tables: &mut impl CaseTables) -> String {
        let mut w = Writer {
            out: String::with_capacity(4096),
            text: true,
        };
        self.walk(tables, &mut w);
        w.out
    }

    /// Hands each table to `tables` as [`Draft::write_to`] does, without writing the text:
    /// for a form scored straight from its input, which has no case file (#15, #16 F5). The
    /// tables are the same but for their spans, which are all empty: such a form's places
    /// are on the form.
    pub fn feed(&self, tables: &mut impl CaseTables) {
        let mut w = Writer {
            out: String::new(),
            text: false,
        };
        self.walk(tables, &mut w);
    }

    /// The one walk over the draft that writes the text (when `w` does) and hands on each
    /// table as it is written.
    fn walk(&self, tables: &mut impl CaseTables, w: &mut Writer) {
        if w.text {
            // The comments a user reads on opening the file, in the language of the run, as
            // its import notes (#16 item 4).
            let origin = comment_safe(&self.origin);
            w.line(format_args!(
                "# {}",
                msg!("case-file-origin", origin = origin)
            ));
            if self.constructed {
                w.line(format_args!("# {}", msg!("case-file-constructed")));
            }
        }
        if !self.notes.is_empty() {
            // TOML puts top-level keys before the first table, so the notes printed under the
            // form (注) come first.
            w.push("\n");
            w.line(format_args!("# {}", msg!("case-file-notes")));
            w.string_array("notes", &self.notes);
        }
        tables.rows(self.funds.len(), self.goals.len(), self.indicators.len());
        tables.form(self.write_form(w));
        tables.header(self.write_header(w));
        for f in &self.funds {
            tables.funds(f.write(w));
        }
        for g in &self.goals {
            tables.goal(g.write(w));
        }
        for i in &self.indicators {
            tables.indicator(i.write(w));
        }
        if let Some(t) = &self.total {
            tables.total(t.write(w));
        }
    }

    fn write_form(&self, w: &mut Writer) -> RawForm {
        w.table("[form]");
        w.value("source", &self.source);
        if let Some(index) = self.index {
            w.line(format_args!("index = {index}"));
        }
        let rules = self
            .rules
            .as_ref()
            .map(|r| Spanned::new(w.value("rules", r), r.clone()));
        w.line(format_args!("constructed = {}", self.constructed));
        if self.incomplete {
            w.push("incomplete = true\n");
        }
        if !self.import_notes.is_empty() {
            w.string_array("import_notes", &self.import_notes);
        }
        RawForm {
            source: self.source.clone(),
            index: self.index,
            constructed: self.constructed,
            rules,
            incomplete: self.incomplete,
            import_notes: self.import_notes.clone(),
        }
    }

    fn write_header(&self, w: &mut Writer) -> Spanned<RawHeader> {
        let span = w.table("[header]");
        let header = RawHeader {
            title: w.opt_cell("title", self.title.as_ref()),
            year: w.opt_cell("year", self.year.as_ref()),
            project: w.cell("project", &self.project),
            department: w.opt_cell("department", self.department.as_ref()),
            unit: w.opt_cell("unit", self.unit.as_ref()),
        };
        Spanned::new(span, header)
    }
}

impl Funds {
    fn write(&self, w: &mut Writer) -> Spanned<RawFunds> {
        let span = w.table("[[funds]]");
        let mut row = RawFunds {
            label: w.cell("label", &self.label),
            initial_budget: None,
            full_year_budget: None,
            spent: None,
            points: None,
            rate: None,
            score: None,
            reason: None,
            cells: None,
        };
        let mut pairs: Vec<(usize, &String)> = match self.columns.is_empty() {
            true => self.values.iter().enumerate().collect(),
            // Keys in standard order, whatever the template's column order.
            false => self.columns.iter().copied().zip(&self.values).collect(),
        };
        pairs.sort_by_key(|(c, _)| *c);
        pairs.dedup_by_key(|(c, _)| *c);
        for (column, value) in pairs {
            let slot = match column {
                0 => &mut row.initial_budget,
                1 => &mut row.full_year_budget,
                2 => &mut row.spent,
                3 => &mut row.points,
                4 => &mut row.rate,
                5 => &mut row.score,
                _ => continue,
            };
            if let Some(name) = FUNDS_KEYS.get(column) {
                *slot = Some(w.cell(name, value));
            }
        }
        row.reason = w.opt_cell("reason", self.reason.as_ref());
        row.cells = w.cells(&self.cells);
        Spanned::new(span, row)
    }
}

impl Goal {
    fn write(&self, w: &mut Writer) -> Spanned<RawGoal> {
        let span = w.table("[[goals]]");
        let goal = RawGoal {
            expected: w.opt_cell("expected", self.expected.as_ref()),
            actual: w.opt_cell("actual", self.actual.as_ref()),
        };
        Spanned::new(span, goal)
    }
}

impl Indicator {
    fn write(&self, w: &mut Writer) -> Spanned<RawIndicator> {
        let span = w.table("[[indicators]]");
        let ind = RawIndicator {
            level1: w.cell("level1", &self.level1),
            level2: w.cell("level2", &self.level2),
            level3: w.cell("level3", &self.level3),
            nature: w.opt_cell("nature", self.nature.as_ref()),
            target: w.opt_cell("target", self.target.as_ref()),
            actual: w.opt_cell("actual", self.actual.as_ref()),
            completion: w.opt_cell("completion", self.completion.as_ref()),
            points: w.opt_cell("points", self.points.as_ref()),
            score: w.opt_cell("score", self.score.as_ref()),
            deduction: w.opt_cell("deduction", self.deduction.as_ref()),
            deviation: w.opt_cell("deviation", self.deviation.as_ref()),
            scoring: w.opt_cell("scoring", self.scoring.as_ref()),
            shares_points: self.shares_points,
            cells: None,
        };
        if self.shares_points {
            w.push("shares_points = true\n");
        }
        let cells = w.cells(&self.cells);
        Spanned::new(span, RawIndicator { cells, ..ind })
    }
}

impl Total {
    fn write(&self, w: &mut Writer) -> Spanned<RawTotal> {
        let span = w.table("[total]");
        let total = RawTotal {
            points: w.opt_cell("points", self.points.as_ref()),
            score: w.opt_cell("score", self.score.as_ref()),
            shown_rounding: w.opt_cell("shown_rounding", self.shown_rounding.as_ref()),
            cells: None,
        };
        let cells = w.cells(&self.cells);
        Spanned::new(span, RawTotal { cells, ..total })
    }
}

/// An imported form's mirror ([`Draft::to_case`]), shared, kept beside its case text. Two
/// mirrors always compare equal: a mirror is what its form's text says, and forms compare by
/// their text. `None` when the text must be parsed instead (it was edited after it was
/// written).
#[derive(Debug, Clone, Default)]
pub struct Mirror(pub Option<Arc<RawCase>>);

impl PartialEq for Mirror {
    fn eq(&self, _: &Mirror) -> bool {
        true
    }
}

impl Eq for Mirror {}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::load::raw_case::parse_toml;

    /// The mirror is exactly what the TOML parser reads from the text, spans included.
    fn assert_mirrors(name: &str, draft: &Draft) {
        let (text, mirror) = draft.to_case();
        assert_eq!(text, draft.to_toml(), "{name}");
        let parsed = parse_toml(&text).unwrap_or_else(|e| panic!("{name}: {e}\n{text}"));
        assert_eq!(
            format!("{mirror:?}"),
            format!("{parsed:?}"),
            "{name}: the mirror differs from the parsed text"
        );
    }

    /// Every shipped file of forms, imported: each form's mirror reads as its text does, and
    /// validates to the same case and diagnostics (the fast path of `score FILE`).
    #[test]
    fn imported_forms_mirror_their_case_text() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let mut files = vec![root.join("seed-2023-huainan.txt")];
        for dir in ["import", "import/real"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
                if path.is_file() && !matches!(ext, "py" | "md") {
                    files.push(path);
                }
            }
        }
        let mut mirrored = 0;
        for file in &files {
            let bytes = std::fs::read(file).unwrap();
            let name = file.display().to_string();
            let Ok((_, import)) = crate::import::import(&name, &bytes, Some("anhui-2023")) else {
                continue;
            };
            for form in &import.forms {
                let source = crate::source::SourceFile::new(form.file_name.clone(), &*form.toml);
                let parsed = crate::validate::case::validate(&source);
                // Every form keeps its mirror, a GBK page's too: the encoding note is written
                // with the case file (#15).
                let raw = form
                    .mirror
                    .0
                    .as_ref()
                    .unwrap_or_else(|| panic!("{name}: no mirror"));
                mirrored += 1;
                let from_mirror = crate::validate::case::from_raw(raw, &source);
                assert_eq!(
                    format!("{from_mirror:?}"),
                    format!("{parsed:?}"),
                    "{name} form {}",
                    form.index
                );
                assert_eq!(
                    format!("{raw:?}"),
                    format!("{:?}", parse_toml(&form.toml).unwrap()),
                    "{name} form {}",
                    form.index
                );
            }
        }
        assert!(mirrored > 45, "only {mirrored} forms mirrored");
    }

    /// The plain quoting, a character at a time, that [`push_quoted`]'s runs must equal.
    fn quote_plainly(text: &str) -> String {
        let mut out = String::from("\"");
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if u32::from(c) <= 0x1f || c == '\u{7f}' => {
                    out.push_str(&format!("\\u{:04X}", u32::from(c)));
                }
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }

    proptest::proptest! {
        /// Quoting a cell whole when no byte needs an escape, in runs otherwise, gives what
        /// quoting it a character at a time gives, and what TOML reads back as the cell.
        #[test]
        fn quoting_is_the_plain_quoting(text in "(\\PC|[\"\\\\\u{0}-\u{1f}\u{7f}]){0,40}") {
            let quoted = quote(&text);
            proptest::prop_assert_eq!(&quoted, &quote_plainly(&text));
            let read: toml::Table = toml::from_str(&format!("v = {quoted}")).unwrap();
            proptest::prop_assert_eq!(read.get("v").and_then(|v| v.as_str()), Some(text.as_str()));
        }
    }

    /// Thousands of generated forms, written back from their case files.
    #[test]
    fn generated_forms_mirror_their_case_text() {
        for i in 0..1500 {
            let (name, text) = crate::generate::case(11, i, "anhui-2023");
            let raw = parse_toml(&text).unwrap();
            assert_mirrors(&name, &crate::import::export::draft_of(&raw));
        }
    }

    /// Quotes, backslashes, line breaks and control characters, columns out of order and
    /// workbook cells: each mirrored as the parser reads it back.
    #[test]
    fn awkward_text_is_mirrored() {
        let awkward = "a\"b\\c\nd\re\tf\u{8}g\u{c}h\u{1}i\u{7f}j\u{85}k“全角”";
        let draft = Draft {
            origin: "x\ny".into(),
            notes: vec![awkward.into(), String::new()],
            source: awkward.into(),
            index: Some(3),
            rules: Some("anhui-2023".into()),
            incomplete: true,
            import_notes: vec!["guessed at line 1, cell 2: x".into()],
            title: Some(awkward.into()),
            year: None,
            project: awkward.into(),
            department: Some(String::new()),
            unit: None,
            funds: vec![
                Funds {
                    label: "年度资金总额:".into(),
                    values: vec!["1".into(), "2".into(), "3".into()],
                    columns: vec![2, 0, 2],
                    reason: Some(awkward.into()),
                    cells: vec![("spent", "表1!F7".into()), ("label", "表1!C7".into())],
                },
                Funds {
                    label: awkward.into(),
                    values: (0..8).map(|v| v.to_string()).collect(),
                    ..Funds::default()
                },
            ],
            goals: vec![Goal {
                expected: Some(awkward.into()),
                actual: None,
            }],
            indicators: vec![Indicator {
                level1: "产".into(),
                level2: String::new(),
                level3: awkward.into(),
                nature: Some("≤".into()),
                target: Some("≥90%".into()),
                shares_points: true,
                cells: vec![("actual", awkward.into())],
                ..Indicator::default()
            }],
            total: Some(Total {
                points: Some("100".into()),
                score: None,
                shown_rounding: None,
                cells: vec![("points", "表1!H20".into())],
            }),
            ..Draft::default()
        };
        assert_mirrors("awkward", &draft);
        // A key given twice is written once, the first place kept; the mirror says the same.
        let mut twice = draft.clone();
        if let Some(t) = twice.total.as_mut() {
            t.cells.push(("points", "表1!H21".into()));
        }
        assert_mirrors("twice", &twice);
    }

    /// #15 F23: a reader that hands the writer one key twice (a second 得分 column's cell) must
    /// still get a case file that parses: the writer keeps the first and never repeats a key.
    #[test]
    fn a_key_given_twice_is_written_once() {
        let draft = Draft {
            project: "p".into(),
            funds: vec![Funds {
                label: "年度资金总额".into(),
                values: vec!["1".into(), "2".into()],
                columns: vec![5, 5],
                reason: None,
                cells: vec![("score", "表1!H6".into()), ("score", "表1!K6".into())],
            }],
            indicators: vec![Indicator {
                level3: "指标1".into(),
                score: Some("19".into()),
                cells: vec![
                    ("score", "表1!H13".into()),
                    ("deviation", "表1!I13".into()),
                    ("score", "表1!K13".into()),
                ],
                ..Indicator::default()
            }],
            total: Some(Total {
                points: Some("100".into()),
                score: None,
                shown_rounding: None,
                cells: vec![("points", "表1!G20".into()), ("points", "表1!K20".into())],
            }),
            ..Draft::default()
        };
        let text = draft.to_toml();
        let parsed: Result<toml::Table, _> = toml::from_str(&text);
        assert!(parsed.is_ok(), "{parsed:?}\n{text}");
        assert!(text.contains(r#"cells = { score = "表1!H13", deviation = "表1!I13" }"#));
        assert!(!text.contains("K13") && !text.contains("K6") && !text.contains("K20"));
        assert_mirrors("F23", &draft);
    }
}
