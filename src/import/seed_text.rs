//! Importer for the seed's text format: forms extracted from a document as text, where every
//! `|` closes a table cell and merged cells are left out.
//!
//! A table row is a run of 12 grid cells. The meaningful cells of a row each stand on a line of
//! their own (`text |`, or `|` alone for an empty cell); the row is then padded to 12 with a run
//! of empty cells written on one line (`||||`). The importer splits the text into cells, groups
//! them into rows at those padding runs, cuts the rows into forms at the title cell
//! `项目支出绩效自评表`, and reads each row by its content and cell count. Everything it had to
//! guess or could not read is reported as an [`ImportNote`]; it never panics.
//!
//! Each form becomes the text of a case file (see [`crate::load::raw_case`]), written by hand so
//! that it is deterministic and keeps every cell exactly as written.

#[cfg(test)]
use super::draft::quote;
#[cfg(test)]
use super::grid::Form;
use super::grid::{self, Cell, Parsed, Row};
pub use super::grid::{Import, ImportNote, ImportedForm, NoteKind};
use super::pending::{Pending, PendingForm};
use crate::i18n::Message;
use crate::source::Source;
use rayon::prelude::*;
use std::borrow::Cow;

/// Imports every form in `text`. `source_name` is written as `[form].source`; `rules`, when
/// given, as `[form].rules`.
pub fn import(source_name: &str, text: &str, rules: Option<&str>) -> Import {
    read(source_name, text, rules).write()
}

/// The forms of `text` read, not yet written as case files (#15: `score FILE` writes them a
/// chunk at a time).
pub(crate) fn read(source_name: &str, text: &str, rules: Option<&str>) -> Pending {
    let (parsed, rebuilt) = parse(text);
    match rebuilt {
        true => parsed.pending_noted(
            crate::i18n::msg!("import-note-rows-rebuilt"),
            source_name,
            rules,
        ),
        false => parsed.pending(source_name, rules),
    }
}

/// True when `text` looks like the seed's text format: many lines ending in `|` — at least 5,
/// and at least a quarter of the lines that are not blank.
pub fn looks_like(text: &str) -> bool {
    // The whole input is asked before any form is read: its line breaks are found by a SIMD
    // search, and the answer is given as soon as the lines not yet seen could no longer change
    // it — after a quarter of a file of forms (#15).
    let bytes = text.as_bytes();
    let mut unseen = memchr::memchr_iter(b'\n', bytes).count() + 1;
    let (mut lines, mut piped, mut start) = (0usize, 0usize, 0usize);
    let ends = memchr::memchr_iter(b'\n', bytes).chain([bytes.len()]);
    for end in ends {
        // A line without its white space at the end (a `\r` included), blank lines left out;
        // a line ending in `|` or in another printable ASCII character is told by that byte,
        // without trimming it (#15: this runs on one core before any form is read).
        let last = end.checked_sub(1).filter(|&at| at >= start);
        let (filled, pipe) = match last.and_then(|at| bytes.get(at)) {
            Some(b'|') => (true, true),
            Some(&b) if b.is_ascii_graphic() => (true, false),
            _ => {
                let line = text.get(start..end).unwrap_or("").trim_end();
                (!line.is_empty(), line.ends_with('|'))
            }
        };
        start = end + 1;
        unseen -= 1;
        if filled {
            lines += 1;
            piped += usize::from(pipe);
            // Even if every unseen line is text without a `|`, a quarter of them are.
            if piped >= 5 && piped * 4 >= lines + unseen {
                return true;
            }
        }
    }
    piped >= 5 && piped * 4 >= lines
}

// ---------------------------------------------------------------------------------------------
// Cells and rows

/// A cell of the text, whether it pads its row, and what a search of the whole input found in
/// its bytes.
struct TextCell<'a> {
    cell: Cell<'a>,
    /// True when the cell is part of a padding run (`||||` on one line).
    padding: bool,
    /// The cell's bytes hold `表`, which every title holds: only such a cell is asked whether
    /// it is one.
    table: bool,
    /// The cell's bytes hold a full-width digit or number sign: only such a cell is rewritten
    /// in half width.
    full_width: bool,
}

/// Positions found by one search of the whole input, taken in input order: tells whether a
/// cell's bytes hold one, for the cost of a comparison a cell (#15).
struct Marks<I: Iterator<Item = usize>> {
    positions: I,
    next: Option<usize>,
}

impl<I: Iterator<Item = usize>> Marks<I> {
    fn new(mut positions: I) -> Self {
        let next = positions.next();
        Marks { positions, next }
    }

    /// True when a position lies in `start..end`; cells are asked in input order.
    fn within(&mut self, start: usize, end: usize) -> bool {
        while self.next.is_some_and(|p| p < start) {
            self.next = self.positions.next();
        }
        self.next.is_some_and(|p| p < end)
    }
}

/// The cells of a text, the text after its last `|` (with the line it starts on) and the lines
/// where text outside the table before a form's title was skipped.
type Split<'a> = (Vec<TextCell<'a>>, Option<(usize, String)>, Vec<usize>);

/// Where a piece of the input starts: its byte offset, its line, how many cells stand
/// before it, and how many of those stand on its line (the cells of a line are numbered
/// from its start, tester s12).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Start {
    at: usize,
    line: usize,
    cells: usize,
    on_line: usize,
    /// Whether the input's rows open with a `|` ([`opens_rows_with_pipe`]), told once of the
    /// whole input so that a piece reads as the whole does; none: told of the text given.
    leading: Option<bool>,
}

/// The start of a whole input.
#[cfg(test)]
const WHOLE: Start = Start {
    at: 0,
    line: 1,
    cells: 0,
    on_line: 0,
    leading: None,
};

/// True when a cell starts on the line of `at` after it: text before the line's end and a
/// `|` after that closes it. Asked at a piece's end (is the next piece's title on the line
/// of this piece's last `|`?), so that the cells of a line cut between two pieces are
/// numbered as in one.
fn line_goes_on(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or("");
    let line = rest.split('\n').next().unwrap_or("");
    line.chars().any(|c| !c.is_whitespace()) && rest.contains('|')
}

/// Splits the text into cells. Returns the cells, the text after the last `|`, if any (with the
/// line it starts on), and the lines where text outside the table before a form's title was
/// skipped.
#[cfg(test)]
fn cells(text: &str) -> Split<'_> {
    cells_from(text, WHOLE, false)
}

/// [`cells`] of a piece of the input, `text`, that starts at `start` ([`pieces`]): its lines
/// are counted on from there, and each cell numbered by its place in its line as a person
/// finds it in an editor (tester s12: `第 1935 行第 3538 格` counted the cells of the whole
/// file): the n-th cell ended by a `|` on the line its text starts on, 0 when no other cell
/// stands on that line ([`grid::Cell::number`]). `goes_on`: the next piece's first cell
/// starts on the line of this piece's last `|`.
fn cells_from(text: &str, start: Start, goes_on: bool) -> Split<'_> {
    // Cells borrow the text: only a title cut out of the text before it is copied. The `|`s
    // and line breaks are found eight bytes at a time, `表` and the full-width number signs by
    // one search each, so a cell costs its ends' white space and a few comparisons (#15).
    let bytes = text.as_bytes();
    let mut tables = Marks::new(memchr::memmem::find_iter(bytes, "表".as_bytes()));
    let full_width = memchr::memchr_iter(0xEF, bytes)
        .filter(|&at| crate::value::full_width_number_at(bytes, at));
    let mut full_width = Marks::new(full_width);
    // As many cells as `|`s: counted first (a SIMD count), the list is never regrown.
    let pipes = memchr::memchr_iter(b'|', bytes).count();
    let mut cells: Vec<TextCell<'_>> = Vec::with_capacity(pipes);
    let mut skipped = Vec::new();
    let before = start.cells;
    let start_leading = start.leading;
    // Cells split so far: a run of padding is kept as its first cell only.
    let mut split = 0usize;
    // The cells split before the line the last `|` stands on, and the last cell kept whose
    // line may still hold no other (numbered 0 once another line starts).
    let mut base = before.saturating_sub(start.on_line);
    let mut alone: Option<usize> = None;
    let (mut line, mut start, mut breaks) = (start.line, 0usize, 0usize);
    let mut separators = Separators::new(bytes);
    let leading = start_leading.unwrap_or_else(|| opens_rows_with_pipe(bytes));
    while let Some(at) = separators.next() {
        if bytes.get(at) == Some(&b'\n') {
            breaks += 1;
            continue;
        }
        let raw = text.get(start..at).unwrap_or("");
        // A row's opening `|` in a page table's rendering (`| 项目名称 | 某项目 |`, or alone
        // on its line before a cell broken onto the next): no cell before it (tester s18h P2).
        if leading
            && (breaks > 0 || (start == 0 && before == 0))
            && bytes.get(at + 1) != Some(&b'|')
            && raw.trim().is_empty()
        {
            line += breaks;
            base = before + split;
            (start, breaks) = (at + 1, 0);
            continue;
        }
        // Two cells in three are the empty cells of a padding run, nothing between their `|`s.
        let (lead, trimmed) = match raw.is_empty() {
            true => (0, raw),
            false => trim(raw),
        };
        // Empty, with its `|` on the line of the `|` before it: a blank cell pads its row when
        // it or the cell after it is tight.
        let tight = before + split > 0 && trimmed.is_empty() && breaks == 0;
        split += 1;
        if tight && let Some(last) = cells.last_mut().filter(|c| c.cell.text.is_empty()) {
            // A run of padding ends the row it follows, as one cell of it does: the cells
            // after its first are counted, not kept (#15: two cells in three of the seed's
            // text are padding). The rest of the run, `|`s right after this one, is each such
            // a cell: counted at once, not handed out one by one.
            last.padding = true;
            // The run stands on the line of the cell it follows.
            alone = None;
            let run = pipes_at(bytes, at + 1);
            split += run;
            (start, breaks) = (at + 1 + run, 0);
            if run > 0 {
                separators.skip_to(start);
            }
            continue;
        }
        let mut cell = TextCell {
            cell: Cell {
                text: Cow::Borrowed(trimmed),
                number: before + split,
                line: match breaks {
                    0 => line,
                    _ => line + newlines(raw.get(..lead).unwrap_or("")),
                },
                numeric: false,
                across: 0,
            },
            padding: tight,
            table: tables.within(start, at),
            full_width: full_width.within(start, at),
        };
        if cell.table
            && let Some((title, title_line)) = title_after_text(raw, cell.cell.line)
        {
            skipped.push(cell.cell.line);
            cell.cell.text = Cow::Owned(title);
            cell.cell.line = title_line;
        } else if cell.table
            && let Some(above) = title_above_label(trimmed, cell.cell.line)
        {
            // The title on a plain line above the table's first row: a row of its own, ended
            // by a padding cell, and the row's label the cell (tester s18h P2).
            skipped.push(cell.cell.line);
            let title = Cell {
                text: Cow::Owned(above.title),
                number: 0,
                line: above.title_line,
                ..cell.cell.clone()
            };
            let padding = Cell {
                text: Cow::Borrowed(""),
                ..title.clone()
            };
            for (c, pad) in [(title, false), (padding, true)] {
                cells.push(TextCell {
                    cell: c,
                    padding: pad,
                    table: !pad,
                    full_width: false,
                });
            }
            cell.cell.text = Cow::Owned(above.label);
            cell.cell.line = above.label_line;
            cell.table = false;
        } else if grid::holds(trimmed, '\n')
            && cells
                .iter()
                .rev()
                .find(|c| !c.padding)
                .is_none_or(|c| grid::is_title(&c.cell.text))
            && let Some((text, label, label_line)) = text_above_name(trimmed, cell.cell.line)
        {
            // The page's lines above the table's name row (`单位名称:某镇 填报日期:…`), first in
            // the input or under the title, are a row of their own: the name row is the
            // table's first (tester s20 T3, T7).
            let above = Cell {
                text: Cow::Owned(text),
                number: 0,
                ..cell.cell.clone()
            };
            let padding = Cell {
                text: Cow::Borrowed(""),
                ..above.clone()
            };
            for (c, pad) in [(above, false), (padding, true)] {
                cells.push(TextCell {
                    cell: c,
                    padding: pad,
                    table: false,
                    full_width: false,
                });
            }
            cell.cell.text = Cow::Owned(label);
            cell.cell.line = label_line;
            cell.table = false;
        }
        // A cell whose text starts on a line after the last `|` is the first of its line.
        if cell.cell.line > line {
            base = before + split - 1;
        }
        cell.cell.number -= base;
        match alone.and_then(|i| cells.get_mut(i)) {
            Some(c) if c.cell.line == cell.cell.line => {}
            Some(c) => c.cell.number = 0,
            None => {}
        }
        alone = (cell.cell.number == 1).then_some(cells.len());
        line += breaks;
        // The cell's `|` on a later line than its text: the first `|` of that line.
        if line > cell.cell.line {
            base = before + split - 1;
        }
        cells.push(cell);
        (start, breaks) = (at + 1, 0);
    }
    if let Some(c) = alone.and_then(|i| cells.get_mut(i))
        && !(goes_on && c.cell.line == line)
    {
        c.cell.number = 0;
    }
    let rest = text.get(start..).unwrap_or("");
    let trailing = rest.trim();
    let trailing = (!trailing.is_empty()).then(|| (start_line(rest, line), trailing.to_owned()));
    (cells, trailing, skipped)
}

/// How many lines opening with `| ` and a cell's text make a text whose rows open with a `|`
/// (a web page's table as a search excerpt renders it, `| 项目名称 | 某项目 |`).
const PIPE_OPENED_LINES: usize = 3;

/// True when the text's rows open with a `|` as well as end with one: at least
/// [`PIPE_OPENED_LINES`] lines start `| ` followed by text. The seed's own layout never
/// starts a line with a `|` before text (a line holding `|` alone is an empty cell there).
fn opens_rows_with_pipe(bytes: &[u8]) -> bool {
    let opened = |at: usize| {
        let rest = bytes.get(at..).unwrap_or_default();
        let text = rest.iter().position(|&b| b != b' ' && b != b'\t');
        text.is_some_and(|k| k > 0 && !matches!(rest.get(k), Some(b'|' | b'\n' | b'\r')))
    };
    let first = usize::from(bytes.first() == Some(&b'|') && opened(1));
    memchr::memmem::find_iter(bytes, b"\n|")
        .filter(|&at| opened(at + 2))
        .take(PIPE_OPENED_LINES)
        .count()
        + first
        >= PIPE_OPENED_LINES
}

/// The positions of every `|` and line break of a text, in order, found eight bytes at a time:
/// they stand a few bytes apart in the seed's layout, too close for a SIMD search per
/// position (`memchr2`) to pay for starting it — 59 instructions a position against about 10
/// (#15).
struct Separators<'a> {
    bytes: &'a [u8],
    /// Where the word of eight bytes in `found` starts.
    at: usize,
    /// One high bit for each separator of that word not yet handed out.
    found: u64,
}

impl<'a> Separators<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        let mut separators = Separators {
            bytes,
            at: 0,
            found: 0,
        };
        separators.found = separators.word(0);
        separators
    }

    /// The separators of the eight bytes from `at` (a byte past the end matches nothing).
    fn word(&self, at: usize) -> u64 {
        // Eight bytes read as one number; only the input's last few are copied out first (a
        // copy of a length not known when compiled is a call to `memcpy`, #15).
        let word = match self
            .bytes
            .get(at..at + 8)
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
        {
            Some(word) => word,
            None => {
                let mut word = [0u8; 8];
                let rest = self.bytes.get(at..).unwrap_or_default();
                let n = rest.len().min(8);
                if let (Some(to), Some(from)) = (word.get_mut(..n), rest.get(..n)) {
                    to.copy_from_slice(from);
                }
                word
            }
        };
        let word = u64::from_le_bytes(word);
        zero_bytes(word ^ u64::from_le_bytes([b'|'; 8]))
            | zero_bytes(word ^ u64::from_le_bytes([b'\n'; 8]))
    }
}

impl Separators<'_> {
    /// Hands out no separator before `at` (`at` past those handed out).
    fn skip_to(&mut self, at: usize) {
        let word = at & !7;
        if word != self.at {
            self.at = word;
            self.found = self.word(word);
        }
        // The bytes of the word before `at` are left out: `at - word` is under eight.
        self.found &= u64::MAX << ((at - word) * 8);
    }
}

/// How many `|` stand one after the other from `at`.
fn pipes_at(bytes: &[u8], at: usize) -> usize {
    let rest = bytes.get(at..).unwrap_or_default();
    rest.iter().take_while(|&&b| b == b'|').count()
}

impl Iterator for Separators<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        while self.found == 0 {
            self.at += 8;
            if self.at >= self.bytes.len() {
                return None;
            }
            self.found = self.word(self.at);
        }
        let byte = (self.found.trailing_zeros() / 8) as usize;
        self.found &= self.found - 1;
        Some(self.at + byte)
    }
}

/// The high bit of every byte of `word` that is zero, and no other bit: the low seven bits of
/// each byte are added to 0x7F, which carries into its high bit unless they are all zero, and
/// can carry no further.
fn zero_bytes(word: u64) -> u64 {
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    !(((word & LOW).wrapping_add(LOW)) | word | LOW)
}

/// Exactly `raw.trim()`, and the length of the white space before it. A byte test a character
/// at each end: outside ASCII, only characters whose encoding starts `C2`, `E1`, `E2` or `E3`
/// are white space, and a cell ending in one of them is trimmed by `str::trim` (#15).
fn trim(raw: &str) -> (usize, &str) {
    let bytes = raw.as_bytes();
    let space = |b: &u8| matches!(b, b'\t'..=b'\r' | b' ');
    let start = bytes.iter().position(|b| !space(b)).unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !space(b))
        .map_or(start, |i| i + 1);
    let inner = bytes.get(start..end).unwrap_or_default();
    let wide_lead = |b: &u8| matches!(b, 0xC2 | 0xE1..=0xE3);
    let before_end = |n: usize| inner.len().checked_sub(n).and_then(|i| inner.get(i));
    let maybe_wide_space = inner.first().is_some_and(wide_lead)
        || before_end(2) == Some(&0xC2)
        || before_end(3).is_some_and(|b| matches!(b, 0xE1..=0xE3));
    if maybe_wide_space {
        let trimmed = raw.trim();
        return (raw.len() - raw.trim_start().len(), trimmed);
    }
    (start, raw.get(start..end).unwrap_or(""))
}

/// The line where a cell's text starts (its first non-whitespace character), for a cell whose
/// text starts on `line`; the line of its closing `|` when it is blank.
fn start_line(raw: &str, line: usize) -> usize {
    let lead = raw.len() - raw.trim_start().len();
    line + newlines(raw.get(..lead).unwrap_or(""))
}

fn newlines(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count()
}

/// A cell holding text outside the table followed by a form's title (a document's narrative
/// after one form, then the next form's title cell, with or without a line break between):
/// the title's text and line, so that the title still starts its form. `None` for any other
/// cell.
fn title_after_text(raw: &str, first_line: usize) -> Option<(String, usize)> {
    // A title holds 表: one byte search rules out nearly every cell (#15).
    if !grid::holds(raw, '表') {
        return None;
    }
    let text = raw.trim();
    if grid::is_title(text) {
        return None;
    }
    let last = text.lines().last()?.trim();
    let lines_before = text.lines().count().saturating_sub(1);
    let title_line = first_line.saturating_add(lines_before);
    if last != text && grid::is_title(last) {
        return Some((last.to_owned(), title_line));
    }
    // A long line ending in the title, also with its year after it (tester s9 F20).
    let (name, year) = grid::split_title_year(last);
    (name.ends_with(grid::TITLE) && name != grid::TITLE).then(|| {
        let title = match year {
            Some(year) => format!("{}({year})", grid::TITLE),
            None => grid::TITLE.to_owned(),
        };
        (title, title_line)
    })
}

/// A form's title on a plain line above the table, and the first row's label the cell ends
/// in: `2022年度项目支出绩效自评表` / `单位名称:某站 填报日期:2023年3月20日` / `项目名称 |`
/// (tester s18h P2: a page's table whose title is a paragraph, with a line or two between).
struct TitleAbove {
    title: String,
    title_line: usize,
    label: String,
    label_line: usize,
}

/// The most lines between a title on a plain line and the table's first label.
const LINES_UNDER_TITLE: usize = 2;

/// [`TitleAbove`] of a cell's text starting on `first_line`: its last line a header label
/// (项目名称, 主管部门…) and one of the lines just above it a title. `None` otherwise.
fn title_above_label(text: &str, first_line: usize) -> Option<TitleAbove> {
    let lines: Vec<&str> = text.lines().collect();
    let (&label, above) = lines.split_last()?;
    let label = label.trim();
    grid::header_key(label)?;
    let from = above.len().saturating_sub(LINES_UNDER_TITLE + 1);
    let at = (from..above.len())
        .rev()
        .find(|&k| above.get(k).is_some_and(|l| grid::is_title(l.trim())))?;
    Some(TitleAbove {
        title: above.get(at)?.trim().to_owned(),
        title_line: first_line + at,
        label: label.to_owned(),
        label_line: first_line + above.len(),
    })
}

/// A cell whose last line is a form's name label (项目名称, 部门名称, 单位名称) under lines of
/// page text holding no title: the text above, the label and its line. `None` otherwise (a
/// title above is [`title_above_label`]'s).
fn text_above_name(text: &str, first_line: usize) -> Option<(String, String, usize)> {
    let (above, label) = text.rsplit_once('\n')?;
    let label = label.trim();
    let above = above.trim();
    if grid::header_key(label) != Some("项目名称") || above.is_empty() {
        return None;
    }
    if above.lines().any(|l| grid::is_title(l.trim())) {
        return None;
    }
    let label_line = first_line + newlines(above) + 1;
    Some((above.to_owned(), label.to_owned(), label_line))
}

/// Groups cells into rows: a row ends at a padding run, and a title cell always starts a row.
fn rows<'a>(cells: Vec<TextCell<'a>>) -> Vec<Row<'a>> {
    let mut rows = Vec::new();
    // One buffer gathers each row's cells; every row is then allocated once at its size.
    let mut current: Vec<Cell<'a>> = Vec::new();
    let mut end_row = |current: &mut Vec<Cell<'a>>| {
        if !current.is_empty() {
            let mut cells = Vec::with_capacity(current.len());
            cells.append(current);
            rows.push(Row { cells });
        }
    };
    for TextCell {
        cell,
        padding,
        table,
        ..
    } in cells
    {
        if padding {
            end_row(&mut current);
            continue;
        }
        // A title holds 表 (`grid::is_title`): only such a cell is asked. A cell right after a
        // 项目名称 label is its value, whatever it ends in (tester s17w F7: a project named
        // `…补助经费支出绩效自评表`).
        let named = current
            .last()
            .is_some_and(|c| grid::header_key(&c.text) == Some("项目名称"));
        if table && !named && grid::is_title(&cell.text) {
            end_row(&mut current);
        }
        current.push(cell);
    }
    end_row(&mut current);
    rows
}

// ---------------------------------------------------------------------------------------------
// Pieces read on every core

/// About how many bytes of the input one core reads at a time: a piece runs on to the next
/// form's title after that.
const PIECE_BYTES: usize = 256 * 1024;

/// Where the input is cut into pieces read apart, on every core (#15): before a form's title
/// cell, about every `size` bytes. A title cell starts a row and can be neither padding nor
/// the cell a padding run extends back to, so the pieces' cells and rows, put one after the
/// other, are those of the whole input; each piece's first cell is numbered and its lines
/// counted on from the cells and line breaks before it. A cell holding a full-width
/// character is not cut at (its half-width reading is asked after the cut).
fn pieces(text: &str, size: usize) -> Vec<Start> {
    let mut cuts = Cuts::new(size);
    std::iter::from_fn(|| cuts.next(text)).collect()
}

/// The cuts of [`pieces`] found one after the other, each when it is asked for, so that a
/// reader handing its forms on a piece at a time ([`Stream`]) finds the next cut only when it
/// reads on. Holds no borrow of the text: each call is given it.
#[derive(Debug, Clone)]
struct Cuts {
    size: usize,
    /// The last cut handed out (none before the first, the input's start).
    last: Option<Start>,
    /// Where the search for the next title goes on from.
    from: usize,
    /// No title is left to cut at.
    ended: bool,
}

impl Cuts {
    fn new(size: usize) -> Cuts {
        Cuts {
            size: size.max(1),
            last: None,
            from: size.max(1),
            ended: false,
        }
    }

    /// The next cut of `text` (the input's start first), none after the last.
    fn next(&mut self, text: &str) -> Option<Start> {
        let Some(last) = self.last else {
            let first = Start {
                at: 0,
                line: 1,
                cells: 0,
                on_line: 0,
                leading: Some(opens_rows_with_pipe(text.as_bytes())),
            };
            self.last = Some(first);
            return Some(first);
        };
        // Rows opening with `|` (a page table's rendering) number their cells after the
        // opening `|`s a piece's start cannot see: such a text is read as one piece (they are
        // pages, not files of thousands of forms).
        if last.leading == Some(true) {
            return None;
        }
        let at = self.next_at(text, last.at)?;
        let between = text.as_bytes().get(last.at..at).unwrap_or_default();
        let pipes = |bytes: &[u8]| memchr::memchr_iter(b'|', bytes).count();
        let on_line = match memchr::memrchr(b'\n', between) {
            Some(i) => pipes(between.get(i + 1..).unwrap_or_default()),
            None => last.on_line + pipes(between),
        };
        let start = Start {
            at,
            line: last.line + memchr::memchr_iter(b'\n', between).count(),
            cells: last.cells + pipes(between),
            on_line,
            leading: last.leading,
        };
        self.last = Some(start);
        Some(start)
    }

    /// Where the next piece after the one starting at `last` starts: before the first title
    /// cell `size` bytes on (see [`pieces`]).
    fn next_at(&mut self, text: &str, last: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let finder = memchr::memmem::Finder::new(grid::TITLE.as_bytes());
        while !self.ended {
            let Some(hit) = bytes
                .get(self.from..)
                .and_then(|rest| finder.find(rest))
                .map(|i| self.from + i)
            else {
                break;
            };
            self.from = hit + grid::TITLE.len();
            let before = bytes.get(last..hit).unwrap_or_default();
            let start = memchr::memrchr(b'|', before).map_or(last, |i| last + i + 1);
            let Some(end) = bytes
                .get(hit..)
                .and_then(|rest| memchr::memchr(b'|', rest))
                .map(|i| hit + i)
            else {
                break;
            };
            let raw = text.get(start..end).unwrap_or("");
            // The cell before, as [`rows`] asks: a title right after a 项目名称 label is its
            // value, no form's start (tester s17w F7).
            // Empty cells (padding) are passed over, as the grid reader passes them
            // (`grid::after_name_label`).
            let prev = filled_cell_before(text, last, start);
            // Its last line too: a title on a plain line above the label makes the cell the
            // label alone ([`title_above_label`]); and a title and the label glued in one
            // cell (`2023年度项目支出绩效自评表项目名称`) are split into two. Not cutting where
            // it would not is safe.
            let last_line = prev.lines().last().unwrap_or("").trim();
            let named = [prev, last_line]
                .iter()
                .any(|p| grid::header_key(p) == Some("项目名称"))
                || last_line.ends_with("项目名称");
            // A cell in full width is read once rewritten in half width, which this test does
            // not see: no cut after one either (a piece is an optimisation; not cutting is safe).
            if start > last
                && !named
                && memchr::memchr(0xEF, raw.as_bytes()).is_none()
                && memchr::memchr(0xEF, prev.as_bytes()).is_none()
                && grid::is_title(raw.trim())
            {
                self.from = self.from.max(start + self.size);
                return Some(start);
            }
        }
        self.ended = true;
        None
    }
}

/// The last cell with text in it before `start` (the first byte of a cell), no further back
/// than `last`, trimmed; empty when there is none.
fn filled_cell_before(text: &str, last: usize, start: usize) -> &str {
    let bytes = text.as_bytes();
    let mut end = start.saturating_sub(1);
    while end > last {
        let from = bytes
            .get(last..end)
            .and_then(|b| memchr::memrchr(b'|', b))
            .map_or(last, |i| last + i + 1);
        let cell = text.get(from..end).unwrap_or("").trim();
        if !cell.is_empty() || from == last {
            return cell;
        }
        end = from - 1;
    }
    ""
}

/// What one piece of the input holds: its rows when it has padding runs, else its cells
/// (whether the rows are rebuilt from the content is decided for the whole input).
struct Piece<'a> {
    padded: bool,
    rows: Vec<Row<'a>>,
    cells: Vec<TextCell<'a>>,
    rewritten: Vec<grid::HalfWidth>,
    trailing: Option<(usize, String)>,
    skipped: Vec<usize>,
}

/// Reads one piece, `text`, starting at `start`: its cells, rewritten in half width, and
/// grouped into rows when it has padding runs (its cells then go at once).
fn read_piece(text: &str, start: Start, goes_on: bool) -> Piece<'_> {
    let (mut cells, trailing, skipped) = cells_from(text, start, goes_on);
    // Only a cell whose bytes hold a full-width number sign can be rewritten (#15).
    let wide = cells.iter_mut().filter(|c| c.full_width);
    let rewritten = grid::half_width(wide.map(|c| &mut c.cell));
    let padded = cells.iter().any(|c| c.padding);
    let (rows, cells) = match padded {
        true => (rows(cells), Vec::new()),
        false => (Vec::new(), cells),
    };
    Piece {
        padded,
        rows,
        cells,
        rewritten,
        trailing,
        skipped,
    }
}

/// The input's rows, read a piece at a time on every core ([`pieces`]), or its cells when no
/// piece has a padding run; what was rewritten in half width; the text after the last `|`;
/// the lines where text before a title was skipped.
struct Read<'a> {
    rows: Result<Vec<Row<'a>>, Vec<Cell<'a>>>,
    rewritten: Vec<grid::HalfWidth>,
    trailing: Option<(usize, String)>,
    skipped: Vec<usize>,
}

fn read_pieces(text: &str, size: usize) -> Read<'_> {
    let starts = pieces(text, size);
    let ends: Vec<usize> = starts
        .iter()
        .skip(1)
        .map(|s| s.at)
        .chain([text.len()])
        .collect();
    let pieces: Vec<Piece<'_>> = starts
        .par_iter()
        .zip(ends)
        .map(|(start, end)| {
            let goes_on = end < text.len() && line_goes_on(text, end);
            read_piece(text.get(start.at..end).unwrap_or(""), *start, goes_on)
        })
        .collect();
    let padded = pieces.iter().any(|p| p.padded);
    let mut read = Read {
        rows: Ok(Vec::new()),
        rewritten: Vec::new(),
        trailing: None,
        skipped: Vec::new(),
    };
    let mut plain = Vec::new();
    let mut all_rows = Vec::new();
    for piece in pieces {
        read.rewritten.extend(piece.rewritten);
        read.skipped.extend(piece.skipped);
        read.trailing = piece.trailing;
        match (padded, piece.padded) {
            (true, true) => all_rows.extend(piece.rows),
            (true, false) => all_rows.extend(rows(piece.cells)),
            (false, _) => plain.extend(piece.cells.into_iter().map(|c| c.cell)),
        }
    }
    read.rows = match padded {
        true => Ok(all_rows),
        false => Err(plain),
    };
    read
}

// ---------------------------------------------------------------------------------------------
// Forms handed on a few pieces at a time

/// About how many bytes of the input a piece holds when the forms are handed on as read
/// ([`Stream`]): a few forms, so that a batch of pieces keeps both cores equally busy.
const STREAM_PIECE_BYTES: usize = 16 * 1024;

/// How many pieces are read at once, on every core, when more forms are asked for.
const STREAM_BATCH: usize = 16;

/// How many batches of pieces are being read on the thread pool at most, ahead of the forms
/// asked for: about a chunk of forms ([`crate::pipeline`] scores 256 at a time) and a batch
/// more, so that the pool always has the next pieces to read while a chunk is scored and no
/// core waits for the other's last piece at the end of a batch (#15 item 6).
const STREAM_AHEAD: usize = 5;

/// True when the forms of `text` can be handed on as they are read ([`Stream`]): its rows
/// end at padding runs, which two `|` side by side always make (the second closes an empty
/// cell on the line of the first). Text without them has its rows rebuilt from the content
/// of the whole input, and is read at once.
pub(crate) fn streams(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), b"||").is_some()
}

/// The seed text's forms handed on a few pieces at a time, as [`read`] would read them (#15):
/// `score FILE` scores the first forms while the rest of the input is still to be read, and
/// never holds every form at once. The notes are kept until the whole input is read
/// ([`Stream::finish`]), the input's own before the forms', as [`read`] orders them.
///
/// A piece after the first starts with a form's title; when that form turns out to be a bare
/// title (which the notes on its rows would have gone to the form before), the piece is read
/// again together with the one before it, whose forms are therefore handed on only once the
/// next piece is read.
pub struct Stream {
    source: Source,
    source_name: String,
    rules: Option<String>,
    /// The note on the input's encoding, put first in each form's notes.
    encoding: Option<Message>,
    cuts: Cuts,
    /// The next piece's start, found and not yet read.
    next: Option<Start>,
    /// The last piece read, its forms not yet handed on.
    held: Option<PieceRead>,
    /// The next batches of pieces, in input order, read on the thread pool while the forms
    /// handed on before them are validated and scored there ([`Stream::read_on`]).
    ahead: std::collections::VecDeque<Ahead>,
    /// Forms read and numbered, not yet asked for.
    ready: std::collections::VecDeque<PendingForm>,
    /// Forms handed on so far.
    count: u32,
    /// The notes of every form read, in input order.
    notes: Vec<ImportNote>,
    /// The input's notes: those the rows gave (text skipped before the first form, bare
    /// titles), then those that fell before the first form.
    leading: Vec<ImportNote>,
    before_first: Vec<ImportNote>,
    trailing: Option<(usize, String)>,
    skipped: Vec<usize>,
}

/// One piece read into forms, numbered from 1 within it.
struct PieceRead {
    start: Start,
    /// Where the next piece starts (none: the piece ends the input).
    next: Option<Start>,
    /// The line and cell of its first cell (a title, for every piece but the first).
    first: Option<(usize, usize)>,
    parsed: Parsed,
    trailing: Option<(usize, String)>,
    skipped: Vec<usize>,
}

impl Stream {
    /// The forms of `source`'s text (which [`streams`]), to be handed on as read; `encoding`
    /// is the note on how the input was decoded, if it needed one.
    pub(crate) fn new(
        source: Source,
        source_name: &str,
        rules: Option<&str>,
        encoding: Option<Message>,
    ) -> Stream {
        Stream::sized(source, source_name, rules, encoding, STREAM_PIECE_BYTES)
    }

    /// [`Stream::new`], cut into pieces of about `size` bytes.
    fn sized(
        source: Source,
        source_name: &str,
        rules: Option<&str>,
        encoding: Option<Message>,
        size: usize,
    ) -> Stream {
        let mut cuts = Cuts::new(size);
        let next = cuts.next(&source.text);
        Stream {
            source,
            source_name: source_name.to_owned(),
            rules: rules.map(str::to_owned),
            encoding,
            cuts,
            next,
            held: None,
            ahead: std::collections::VecDeque::new(),
            ready: std::collections::VecDeque::new(),
            count: 0,
            notes: Vec::new(),
            leading: Vec::new(),
            before_first: Vec::new(),
            trailing: None,
            skipped: Vec::new(),
        }
    }

    /// The next `n` forms (fewer at the end, none after it), in input order, each numbered
    /// as [`read`] numbers it; pieces are read on every core as needed.
    pub fn next_forms(&mut self, n: usize) -> Vec<PendingForm> {
        while self.ready.len() < n && !self.read_on() {}
        let n = n.min(self.ready.len());
        self.ready.drain(..n).collect()
    }

    /// The rule set the forms name.
    pub fn rules(&self) -> Option<&str> {
        self.rules.as_deref()
    }

    /// True once every form was handed on: [`Stream::finish`] then gives the notes.
    pub fn ended(&self) -> bool {
        self.next.is_none() && self.ahead.is_empty() && self.held.is_none() && self.ready.is_empty()
    }

    /// Reads the next batch of pieces on every core; true when the input was all read.
    ///
    /// The batches after it, up to [`STREAM_AHEAD`] of them, are started on the thread pool
    /// before this one's forms are handed on, so that they are read while those forms are
    /// validated and scored: neither core waits for the other at the end of a batch or of a
    /// chunk of forms (#15 item 6).
    fn read_on(&mut self) -> bool {
        let source = self.source.clone();
        let text = source.text.as_str();
        let read = match self.ahead.pop_front() {
            Some(ahead) => ahead.take(&source),
            None => {
                let batch = self.batch();
                if batch.is_empty() {
                    if let Some(last) = self.held.take() {
                        self.hand_on(last);
                    }
                    return true;
                }
                read_batch(text, batch)
            }
        };
        // Only a thread outside the pool waits for a batch read ahead: a worker waiting for
        // work queued behind it could wait for ever on a pool of one thread.
        if rayon::current_thread_index().is_none() {
            while self.ahead.len() < STREAM_AHEAD {
                let batch = self.batch();
                if batch.is_empty() {
                    break;
                }
                self.ahead.push_back(Ahead::start(source.clone(), batch));
            }
        }
        for piece in read {
            self.held = Some(match self.held.take() {
                None => piece,
                Some(before) if piece.first_form_kept() => {
                    self.hand_on(before);
                    piece
                }
                // Its first title is bare: read with the piece before it, as one.
                Some(before) => read_piece_forms(text, before.start, piece.next),
            });
        }
        false
    }

    /// The next [`STREAM_BATCH`] pieces (fewer at the end, none after it): where each starts
    /// and where the next starts.
    fn batch(&mut self) -> Vec<(Start, Option<Start>)> {
        let mut batch = Vec::with_capacity(STREAM_BATCH);
        while batch.len() < STREAM_BATCH
            && let Some(start) = self.next
        {
            self.next = self.cuts.next(&self.source.text);
            batch.push((start, self.next));
        }
        batch
    }

    /// Numbers a piece's forms on from those handed on before and makes them ready; keeps
    /// its notes.
    fn hand_on(&mut self, piece: PieceRead) {
        let PieceRead {
            parsed,
            trailing,
            skipped,
            ..
        } = piece;
        let Parsed {
            forms,
            mut problems,
            leading,
            ..
        } = parsed;
        let rest = problems.split_off(leading.min(problems.len()));
        self.leading.extend(problems);
        self.before_first.extend(rest);
        self.trailing = trailing;
        self.skipped.extend(skipped);
        let mut forms = forms;
        for form in &mut forms {
            self.count = self.count.saturating_add(1);
            if form.index != self.count {
                form.renumber(self.count);
            }
        }
        let (name, rules) = (self.source_name.as_str(), self.rules.as_deref());
        let mut pending = Pending::new(forms, Vec::new(), name, rules);
        if let Some(message) = &self.encoding {
            pending.note_encoding(message.clone());
        }
        for form in pending.forms {
            self.notes.extend(form.notes().iter().cloned());
            self.ready.push_back(form);
        }
    }

    /// Once every form was handed on ([`Stream::ended`]): the notes the import report shows,
    /// in [`read`]'s order — the input's own, then each form's but those repeating the
    /// input's — and how many forms there were.
    pub fn finish(mut self) -> (Vec<ImportNote>, usize) {
        let mut notes = self.problems();
        let forms = std::mem::take(&mut self.notes).into_iter();
        let kept: Vec<ImportNote> = forms
            .filter(|n| !grid::repeats_input_note(&notes, n))
            .collect();
        notes.extend(kept);
        (notes, self.count as usize)
    }

    /// Every form read at once, as [`read`] gives them.
    pub fn into_pending(mut self) -> Pending {
        let forms = self.next_forms(usize::MAX);
        let problems = self.problems();
        let mut pending = Pending::new(
            Vec::new(),
            problems,
            &self.source_name,
            self.rules.as_deref(),
        );
        pending.forms = forms;
        pending
    }

    /// The input's own notes once every form was read, in [`parse`]'s order, the encoding's
    /// first.
    fn problems(&mut self) -> Vec<ImportNote> {
        let mut problems = std::mem::take(&mut self.leading);
        problems.append(&mut self.before_first);
        let skipped = std::mem::take(&mut self.skipped);
        note_outside(
            &mut problems,
            self.trailing.take(),
            skipped,
            self.count == 0,
        );
        if let Some(message) = &self.encoding {
            problems.insert(0, grid::input_note(0, message.clone()));
        }
        problems
    }
}

/// A batch of pieces being read on the thread pool ([`Stream::read_on`]).
struct Ahead {
    batch: Vec<(Start, Option<Start>)>,
    read: std::sync::mpsc::Receiver<Vec<PieceRead>>,
}

impl Ahead {
    /// Starts reading `batch` of `source`'s text on the thread pool.
    fn start(source: Source, batch: Vec<(Start, Option<Start>)>) -> Ahead {
        let (send, read) = std::sync::mpsc::sync_channel(1);
        let pieces = batch.clone();
        rayon::spawn(move || {
            // The stream may have been dropped meanwhile: then nobody waits for the pieces.
            let _ = send.send(read_batch(&source.text, pieces));
        });
        Ahead { batch, read }
    }

    /// The batch's pieces once read (read here should the pool not have read them).
    fn take(self, source: &Source) -> Vec<PieceRead> {
        self.read
            .recv()
            .unwrap_or_else(|_| read_batch(&source.text, self.batch))
    }
}

/// Reads a batch of pieces into forms, on every core.
fn read_batch(text: &str, batch: Vec<(Start, Option<Start>)>) -> Vec<PieceRead> {
    batch
        .into_par_iter()
        .map(|(start, next)| read_piece_forms(text, start, next))
        .collect()
}

impl PieceRead {
    /// True when the piece's first form is no bare title (its first cell starts a form kept).
    fn first_form_kept(&self) -> bool {
        self.parsed.forms.first().map(|f| f.start()) == self.first
    }
}

/// Reads the piece of `text` from `start` to `next` (the end of the input when none) into
/// forms, as [`parse`] reads the whole input: the last form cut by the next piece's title.
fn read_piece_forms(text: &str, start: Start, next: Option<Start>) -> PieceRead {
    let end = next.map_or(text.len(), |n| n.at);
    let goes_on = next.is_some_and(|n| line_goes_on(text, n.at));
    let piece = text.get(start.at..end).unwrap_or("");
    let (mut cells, trailing, skipped) = cells_from(piece, start, goes_on);
    let first = cells.first().map(|c| (c.cell.line, c.cell.number));
    // Only a cell whose bytes hold a full-width number sign can be rewritten (#15).
    let wide = cells.iter_mut().filter(|c| c.full_width);
    let rewritten = grid::half_width(wide.map(|c| &mut c.cell));
    let next_title = next.map(|n| title_row(text, n));
    let mut parsed = grid::read_half_width_before(rows(cells), next_title.as_ref());
    grid::note_half_width(&mut parsed, rewritten, None);
    PieceRead {
        start,
        next,
        first,
        parsed,
        trailing,
        skipped,
    }
}

/// The row of the title cell a piece starts with (only its place is asked).
fn title_row(text: &str, start: Start) -> Row<'_> {
    let rest = text.get(start.at..).unwrap_or("");
    let upto = memchr::memchr(b'|', rest.as_bytes()).map_or(rest.len(), |i| i + 1);
    let goes_on = line_goes_on(text, start.at + upto);
    let (cells, _, _) = cells_from(rest.get(..upto).unwrap_or(""), start, goes_on);
    Row {
        cells: cells.into_iter().take(1).map(|c| c.cell).collect(),
    }
}

/// The forms of `text`, and whether their rows were rebuilt from the content (no padding runs).
fn parse(text: &str) -> (Parsed, bool) {
    let Read {
        rows,
        rewritten,
        trailing,
        skipped,
    } = read_pieces(text, PIECE_BYTES);
    // Without padding runs the row boundaries are lost (a web page's table rendered one cell
    // a line, `text |`): rows are rebuilt from the content as for paragraph text.
    let padded = rows.is_ok();
    let mut joined = Vec::new();
    let rows = match rows {
        Ok(rows) => rows,
        Err(plain) => {
            let (plain, notes) = super::paragraphs::join_broken(plain);
            joined = notes;
            // The rows' own notes (page markers left out, a reason's paragraphs joined, a
            // broken cell rejoined) are said as for paragraph text (#15).
            let (rows, notes) = super::paragraphs::rows(&plain, false);
            joined.extend(notes);
            rows
        }
    };
    // Its cells are in half width already: the grid reader need not ask each again.
    let mut parsed = grid::read_half_width(rows);
    grid::attach_notes(&mut parsed, joined);
    grid::note_half_width(&mut parsed, rewritten, None);
    let none = parsed.forms.is_empty();
    note_outside(&mut parsed.problems, trailing, skipped, none);
    (parsed, !padded)
}

/// The input's notes on text outside the forms' cells, after the others: the text after the
/// last `|`, each title that had text before it in its cell, and no form at all (`none`).
fn note_outside(
    problems: &mut Vec<ImportNote>,
    trailing: Option<(usize, String)>,
    skipped: Vec<usize>,
    none: bool,
) {
    let outside = |line, message| ImportNote {
        form: 0,
        cell: 0,
        line,
        sheet: None,
        kind: NoteKind::Recognised,
        message,
        piece: None,
    };
    if let Some((line, _)) = trailing {
        problems.push(outside(
            line,
            crate::i18n::msg!("import-skipped-after-last-cell"),
        ));
    }
    for line in skipped {
        problems.push(outside(
            line,
            crate::i18n::msg!("import-skipped-before-title"),
        ));
    }
    if none {
        problems.push(grid::no_form_note());
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::load::raw_case::{RawCase, RawCell};
    use proptest::prelude::*;

    const SEED: &str = include_str!("../../tests/data/seed-2023-huainan.txt");
    const SEED_NAME: &str = "tests/data/seed-2023-huainan.txt";

    const PROJECTS: [&str; 14] = [
        "窗口人员月度考核奖",
        "政务服务中心行政及“一费制”经费",
        "标准化建设经费",
        "免费复印、邮政快递费用",
        "网上政务服务平台项目",
        "淮南智慧城市民生领域建设(智慧医疗)PPP项目",
        "省级大数据企业奖补资金",
        "电子政务外网安全监测平台建设项目",
        "淮南市政务服务大厅综合窗口咨询、接件、办件服务项目",
        "政务中心网络运行维护外包费及电子政务运行维护费",
        "淮南市电子政务外网租赁服务项目",
        "淮南市电子政务云计算中心租赁服务及政府协同办公系统租用服务项目",
        "淮南市党政专网线路租赁服务项目",
        "淮南市政务中心办公楼互联网租用项目",
    ];

    fn seed() -> Import {
        import(SEED_NAME, SEED, Some("anhui-2023"))
    }

    fn case(form: &ImportedForm) -> RawCase {
        toml::from_str::<RawCase>(&form.toml)
            .unwrap_or_else(|e| panic!("form {} does not parse: {e}\n{}", form.index, form.toml))
    }

    fn text(cell: &RawCell) -> &str {
        &cell.get_ref().0
    }

    fn opt(cell: Option<&RawCell>) -> Option<&str> {
        cell.map(text)
    }

    /// Every text the importer read comes back unchanged from the case file.
    fn assert_round_trip(form: &Form, raw: &RawCase) {
        let header = raw.header.get_ref();
        assert_eq!(opt(header.title.as_ref()), form.title.as_deref());
        assert_eq!(opt(header.year.as_ref()), form.year.as_deref());
        assert_eq!(text(&header.project), form.project.as_deref().unwrap_or(""));
        assert_eq!(opt(header.department.as_ref()), form.department.as_deref());
        assert_eq!(opt(header.unit.as_ref()), form.unit.as_deref());
        assert_eq!(raw.form.index, Some(form.index));
        assert_eq!(raw.form.incomplete, !form.complete);
        assert_eq!(raw.form.import_notes.len(), form.notes.len());

        assert_eq!(raw.funds.len(), form.funds.len());
        for (r, f) in raw.funds.iter().zip(&form.funds) {
            let r = r.get_ref();
            assert_eq!(text(&r.label), f.label);
            let got: Vec<&str> = r
                .cells()
                .into_iter()
                .filter_map(|c| c.as_ref().map(text))
                .collect();
            assert_eq!(got, f.values);
        }

        assert_eq!(raw.goals.len(), form.goals.len());
        for (r, g) in raw.goals.iter().zip(&form.goals) {
            let r = r.get_ref();
            assert_eq!(opt(r.expected.as_ref()), g.expected.as_deref());
            assert_eq!(opt(r.actual.as_ref()), g.actual.as_deref());
        }

        assert_eq!(raw.indicators.len(), form.indicators.len());
        for (r, i) in raw.indicators.iter().zip(&form.indicators) {
            let r = r.get_ref();
            assert_eq!(text(&r.level1), i.level1);
            assert_eq!(text(&r.level2), i.level2);
            assert_eq!(text(&r.level3), i.level3);
            assert_eq!(opt(r.target.as_ref()), i.target.as_deref());
            assert_eq!(opt(r.actual.as_ref()), i.actual.as_deref());
            assert_eq!(opt(r.points.as_ref()), i.points.as_deref());
            assert_eq!(opt(r.score.as_ref()), i.score.as_deref());
            assert_eq!(opt(r.deviation.as_ref()), i.deviation.as_deref());
            assert_eq!(r.shares_points, i.shares_points);
            assert!(r.nature.is_none() && r.deduction.is_none());
        }

        match (&raw.total, &form.total) {
            (Some(r), Some(t)) => {
                let r = r.get_ref();
                assert_eq!(opt(r.points.as_ref()), t.points.as_deref());
                assert_eq!(opt(r.score.as_ref()), t.score.as_deref());
            }
            (None, None) => {}
            _ => panic!("total differs in form {}", form.index),
        }
        assert_eq!(raw.notes, form.form_notes);
    }

    fn indicator<'a>(
        raw: &'a RawCase,
        level3_prefix: &str,
    ) -> &'a crate::load::raw_case::RawIndicator {
        raw.indicators
            .iter()
            .map(|i| i.get_ref())
            .find(|i| text(&i.level3).starts_with(level3_prefix))
            .unwrap_or_else(|| panic!("no indicator {level3_prefix}"))
    }

    fn funds_total(raw: &RawCase) -> Vec<&str> {
        raw.funds
            .first()
            .unwrap()
            .get_ref()
            .cells()
            .into_iter()
            .map(|c| c.as_ref().map_or("<none>", text))
            .collect()
    }

    fn total(raw: &RawCase) -> (Option<&str>, Option<&str>) {
        let t = raw.total.as_ref().unwrap().get_ref();
        (opt(t.points.as_ref()), opt(t.score.as_ref()))
    }

    #[test]
    fn seed_yields_fourteen_forms_with_their_projects() {
        let imported = seed();
        let names: Vec<String> = imported
            .forms
            .iter()
            .map(|f| text(&case(f).header.get_ref().project).to_owned())
            .collect();
        assert_eq!(names, PROJECTS);
        let indexes: Vec<u32> = imported.forms.iter().map(|f| f.index).collect();
        assert_eq!(indexes, (1..=14).collect::<Vec<_>>());
        assert_eq!(
            imported.forms.first().unwrap().file_name,
            "2023-01-窗口人员月度考核奖.toml"
        );
        assert_eq!(
            imported.forms.get(11).unwrap().file_name,
            "2023-12-淮南市电子政务云计算中心租赁服务及政府协同办公系统租用服务项目.toml"
        );
        for form in &imported.forms {
            assert!(!form.incomplete, "form {} incomplete", form.index);
            // Form 12's three-cell rows are the only guesses (see form_12_shares_points_and_funds).
            assert!(
                form.index == 12 || form.notes.iter().all(|n| n.kind == NoteKind::Recognised),
                "form {}: {:?}",
                form.index,
                form.notes
            );
        }
        // The heading list before the first form and the narrative after the last cell.
        assert_eq!(imported.problems.len(), 2);
        assert!(
            imported
                .problems
                .iter()
                .all(|p| p.kind == NoteKind::Recognised && p.form == 0)
        );
    }

    /// A page table as a search excerpt renders it (tester s18h P2, P8): rows opening with
    /// `| `, a cell broken onto the next line, the project named like a title.
    #[test]
    fn rows_opening_with_a_pipe_read_as_rows() {
        let text = "| 2021年度项目支出绩效自评表 | ||||\n| 项目名称 |\n\
                    2021年某补助经费支出绩效自评表 |\n||||\n\
                    | 主管部门 | 甲局 | 实施单位 | 乙站 | ||||\n|\n项目资金 (万元) |\n\
                    年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | ||||\n\
                    | 年度资金总额 | 5 | 5 | 5 | 10 | 100% | 10 | ||||\n";
        assert!(opens_rows_with_pipe(text.as_bytes()));
        let (parsed, _) = parse(text);
        assert_eq!(parsed.forms.len(), 1, "{:?}", parsed.problems);
        let form = parsed.forms.first().unwrap();
        assert_eq!(
            form.project.as_deref(),
            Some("2021年某补助经费支出绩效自评表")
        );
        assert_eq!(form.department.as_deref(), Some("甲局"));
        assert_eq!(form.unit.as_deref(), Some("乙站"));
        assert_eq!(form.funds.len(), 1);
        // The seed's own layout opens no line with `| ` and text.
        assert!(!opens_rows_with_pipe(SEED.as_bytes()));
    }

    /// The title on a plain line above the table, a line between it and `项目名称 |`.
    #[test]
    fn a_title_line_above_the_table_opens_the_form() {
        let above = title_above_label(
            "某页\n2022年度项目支出绩效自评表\n单位名称:乙站 填报日期:2023年3月1日\n项目名称",
            5,
        )
        .unwrap();
        assert_eq!(above.title, "2022年度项目支出绩效自评表");
        assert_eq!((above.title_line, above.label_line), (6, 8));
        assert_eq!(above.label, "项目名称");
        // Too far above, or no label after it: none.
        assert!(title_above_label("项目支出绩效自评表\na\nb\nc\n项目名称", 1).is_none());
        assert!(title_above_label("项目支出绩效自评表\n某段文字", 1).is_none());
    }

    #[test]
    fn seed_forms_round_trip() {
        let imported = seed();
        let (parsed, _) = parse(SEED);
        assert_eq!(parsed.forms.len(), 14);
        for (form, data) in imported.forms.iter().zip(&parsed.forms) {
            let raw = case(form);
            assert_round_trip(data, &raw);
            assert_eq!(raw.form.source, SEED_NAME);
            assert_eq!(raw.form.rules.as_ref().unwrap().get_ref(), "anhui-2023");
            assert!(!raw.form.constructed);
            assert_eq!(raw.funds.len(), 4);
            assert_eq!(raw.goals.len(), 1);
            assert_eq!(raw.notes.len(), 3);
            assert!(raw.notes.first().unwrap().starts_with("注:1."));
            assert_eq!(opt(raw.header.get_ref().year.as_ref()), Some("(2023年度)"));
            for ind in &raw.indicators {
                let ind = ind.get_ref();
                assert!(!text(&ind.level1).is_empty() && !text(&ind.level2).is_empty());
            }
        }
    }

    #[test]
    fn form_1_reads_well() {
        let imported = seed();
        let raw = case(imported.forms.first().unwrap());
        assert_eq!(raw.indicators.len(), 9);
        let first = raw.indicators.first().unwrap().get_ref();
        assert_eq!(text(&first.level1), "产");
        assert_eq!(text(&first.level2), "数量指标");
        assert_eq!(opt(first.target.as_ref()), Some(""));
        assert_eq!(opt(first.actual.as_ref()), Some("达成预期指标"));
        assert_eq!(opt(first.points.as_ref()), Some("15"));
        let sustain = indicator(&raw, "指标1:按照日考勤");
        assert_eq!(text(&sustain.level1), "效");
        assert_eq!(text(&sustain.level2), "可持续影");
        let satisfied = raw.indicators.last().unwrap().get_ref();
        assert_eq!(text(&satisfied.level1), "满意度指标");
        assert_eq!(text(&satisfied.level2), "服务对象");
        assert_eq!(opt(satisfied.target.as_ref()), Some("≧90%"));
        assert_eq!(total(&raw), (Some("100"), Some("100")));
        let carried = raw.funds.get(1).unwrap().get_ref();
        assert_eq!(text(&carried.label), "其中:本年财政拨款");
        assert_eq!(opt(carried.spent.as_ref()), Some(""));
        assert_eq!(opt(carried.points.as_ref()), Some("-"));
    }

    #[test]
    fn form_12_shares_points_and_funds() {
        let imported = seed();
        let form = imported.forms.get(11).unwrap();
        let raw = case(form);
        assert_eq!(
            text(&raw.header.get_ref().project),
            "淮南市电子政务云计算中心租赁服务及政府协同办公系统租用服务项目"
        );
        assert_eq!(
            funds_total(&raw),
            ["430.5", "430.5", "305.5", "10", "70.96%", "7"]
        );
        assert_eq!(total(&raw), (Some("93"), Some("93")));
        let shared: Vec<_> = raw
            .indicators
            .iter()
            .map(|i| i.get_ref())
            .filter(|i| i.shares_points)
            .collect();
        assert_eq!(shared.len(), 4);
        for ind in &shared {
            assert!(text(&ind.level3).starts_with("指标2"));
            assert!(ind.points.is_none() && ind.score.is_none());
        }
        let coverage = indicator(&raw, "指标2:推进协同办公系统");
        assert_eq!(text(&coverage.level1), "产");
        assert_eq!(text(&coverage.level2), "数量指标");
        assert_eq!(opt(coverage.target.as_ref()), Some("90个"));
        // The merged 实际完成值 of the row above is copied (and the copy reported).
        assert_eq!(opt(coverage.actual.as_ref()), Some("达成预期指标"));
        assert_eq!(opt(coverage.deviation.as_ref()), Some(""));
        let paper = indicator(&raw, "指标2:有效解决传统办公纸张浪费");
        assert_eq!(text(&paper.level1), "效");
        assert_eq!(text(&paper.level2), "经济效益");
        let eco = indicator(&raw, "指标1:本项目不涉及");
        assert_eq!(opt(eco.points.as_ref()), Some("0"));
        assert_eq!(opt(eco.score.as_ref()), Some(""));
        assert!(!eco.shares_points);
        // Four rows of three cells: 实际完成值 merged too (a guess, reported).
        assert_eq!(form.notes.len(), 4);
        for note in &form.notes {
            assert_eq!(note.kind, NoteKind::Guessed);
            assert!(note.message.to_string().contains("3 cells"), "{note}");
        }
        assert_eq!(raw.form.import_notes.len(), 4);
        assert!(
            raw.form
                .import_notes
                .first()
                .unwrap()
                .starts_with("guessed at line 1849: 3 cells")
        );
    }

    #[test]
    fn form_10_quantities() {
        let imported = seed();
        let raw = case(imported.forms.get(9).unwrap());
        let staff = indicator(&raw, "指标1:4名技术人员驻点维护");
        assert_eq!(opt(staff.target.as_ref()), Some("4人"));
        assert_eq!(opt(staff.actual.as_ref()), Some("4人"));
        let cost = indicator(&raw, "指标1:控制在年度预算金额范围内");
        assert_eq!(text(&cost.level2), "成本指标");
        assert_eq!(opt(cost.target.as_ref()), Some("125万"));
        assert_eq!(opt(cost.actual.as_ref()), Some("124.94万"));
        assert_eq!(
            funds_total(&raw),
            ["125", "125", "124.94", "10", "100%", "10"]
        );
        let shared = raw.indicators.iter().filter(|i| i.get_ref().shares_points);
        assert_eq!(shared.count(), 2);
    }

    #[test]
    fn form_11_nothing_spent() {
        let imported = seed();
        let raw = case(imported.forms.get(10).unwrap());
        assert_eq!(funds_total(&raw), ["125", "125", "0", "0", "0%", "0"]);
        assert_eq!(total(&raw), (Some("90"), Some("90")));
    }

    #[test]
    fn form_13_total_score_blank() {
        let imported = seed();
        let raw = case(imported.forms.get(12).unwrap());
        assert_eq!(total(&raw), (Some("100"), Some("")));
        let eco = indicator(&raw, "指标1:本项目不涉及");
        assert_eq!(opt(eco.points.as_ref()), Some(""));
    }

    #[test]
    fn form_14_text_contradicts_target() {
        let imported = seed();
        let raw = case(imported.forms.get(13).unwrap());
        let satisfied = indicator(&raw, "指标1:满意度≥85%");
        assert_eq!(text(&satisfied.level1), "满意度指标");
        assert_eq!(opt(satisfied.target.as_ref()), Some("≧90%"));
        assert_eq!(opt(satisfied.actual.as_ref()), Some("95%"));
        assert_eq!(raw.notes.len(), 3);
    }

    #[test]
    fn importing_twice_is_byte_identical() {
        let a = seed();
        let b = seed();
        assert_eq!(a, b);
        for (x, y) in a.forms.iter().zip(&b.forms) {
            assert_eq!(x.toml.as_bytes(), y.toml.as_bytes());
        }
    }

    #[test]
    fn truncated_input_gives_an_incomplete_form() {
        // Cut the seed after form 12's funds rows (at a line start, in the middle of the form).
        let start = SEED
            .find("淮南市电子政务云计算中心租赁服务及政府协同办公系统租用服务项目 |\n||")
            .unwrap();
        let cut = start + SEED[start..].find("年度总体目标完成情况").unwrap();
        let imported = import("cut.txt", &SEED[..cut], None);
        assert_eq!(imported.forms.len(), 12);
        let last = imported.forms.last().unwrap();
        assert!(last.incomplete);
        assert!(
            last.notes
                .iter()
                .any(|n| n.kind == NoteKind::Unreadable
                    && n.message.to_string().contains("cut short"))
        );
        let raw = case(last);
        assert!(raw.form.incomplete);
        assert!(raw.form.rules.is_none());
        assert!(
            raw.form
                .import_notes
                .iter()
                .any(|n| n.contains("cut short"))
        );
        assert_eq!(raw.funds.len(), 4);
        assert!(raw.indicators.is_empty() && raw.total.is_none());
        assert!(imported.forms.iter().take(11).all(|f| !f.incomplete));
        assert!(!last.toml.contains("\nnotes ="));
    }

    #[test]
    fn a_new_form_before_the_total_cuts_the_previous_one() {
        let text = "项目支出绩效自评表 |\n|||||||||||\n项目名称 |\nA |\n||||||||||\n项目支出绩效自评表 |\n|||||||||||\n项目名称 |\nB |\n||||||||||\n总分 |\n|\n|\n100 |\n100 |\n|\n||||||\n";
        let imported = import("two.txt", text, None);
        assert_eq!(imported.forms.len(), 2);
        let first = imported.forms.first().unwrap();
        assert!(first.incomplete);
        let note = first.notes.last().unwrap();
        assert_eq!(
            (note.kind, note.line, note.cell),
            (NoteKind::Unreadable, 6, 0)
        );
        assert!(!imported.forms.get(1).unwrap().incomplete);
        assert_eq!(first.file_name, "unknown-01-A.toml");
    }

    #[test]
    fn unreadable_and_guessed_rows_are_reported() {
        let input = concat!(
            "项目支出绩效自评表 |\n|||||||||||\n",
            "(2023年度) |\n|||||||||||\n",
            "项目名称 |\na/b \"c\" \\ d |\n||||||||||\n",
            "年度绩效指标完成情况 |\n||||||||||||\n",
            "产 |\n数量指标 |\n指标1:x |\n≥1 |\n1 |\n10 |\n10 |\n|\n||||\n",
            "a |\nb |\nc |\nd |\ne |\nf |\ng |\nh |\ni |\n|||\n",
            "指标2:y |\n1 |\n2 |\n3 |\n4 |\n|||||||\n",
            "总分 |\n|\n|\n10 |\n10 |\n|\n||||||\n",
            "注:1.x |\n|||||||||||\n",
        );
        let imported = import("inline.txt", input, Some("anhui-2023"));
        let form = imported.forms.first().unwrap();
        assert!(!form.incomplete);
        let unreadable: Vec<_> = form
            .notes
            .iter()
            .filter(|n| n.kind == NoteKind::Unreadable)
            .collect();
        assert_eq!(unreadable.len(), 1);
        assert_eq!(unreadable.first().unwrap().line, 19);
        // `a |` alone on its line: said by the line (tester s12), not as the 62nd cell.
        assert_eq!(unreadable.first().unwrap().cell, 0);
        let guessed: Vec<_> = form
            .notes
            .iter()
            .filter(|n| n.kind == NoteKind::Guessed)
            .collect();
        assert_eq!(guessed.len(), 1, "{guessed:?}");
        assert!(
            guessed
                .first()
                .unwrap()
                .message
                .to_string()
                .contains("indicators header")
        );
        // 5 cells with 分值 and 得分 plain numbers in place: the 偏差原因 left out moves no
        // number, so the reading is said as recognised, not guessed (tester s6 F13).
        assert!(
            form.notes.iter().any(
                |n| n.kind == NoteKind::Recognised && n.message.to_string().contains("5 cells")
            )
        );
        let raw = case(form);
        assert_eq!(text(&raw.header.get_ref().project), "a/b \"c\" \\ d");
        assert_eq!(raw.indicators.len(), 2);
        let second = raw.indicators.get(1).unwrap().get_ref();
        assert_eq!(text(&second.level1), "产");
        assert_eq!(opt(second.score.as_ref()), Some("4"));
        assert!(second.deviation.is_none());
        assert_eq!(raw.form.import_notes.len(), 3);
        assert_eq!(form.file_name, "2023-01-a_b__c____d.toml");
        assert_eq!(raw.notes, ["注:1.x"]);
    }

    #[test]
    fn escaping_round_trips() {
        let nasty = "q\"b\\s\tt\u{1}\u{7f}\u{8}\u{c}é≧";
        assert_eq!(quote("a\nb"), "\"a\\nb\"");
        let doc = format!("x = {}\n", quote(nasty));
        let value: toml::Table = toml::from_str(&doc).unwrap();
        assert_eq!(value.get("x").and_then(|v| v.as_str()), Some(nasty));
        // A cell spanning lines keeps its inner line break.
        let input =
            "项目支出绩效自评表 |\n|||||||||||\n项目名称 |\n第一行\n第二行 \n|\n||||||||||\n";
        let imported = import("multi\nline.txt", input, None);
        let form = imported.forms.first().unwrap();
        assert!(
            form.toml
                .starts_with("# jixiao case file — imported from multi line.txt, form 1\n")
        );
        let raw = case(form);
        assert_eq!(text(&raw.header.get_ref().project), "第一行\n第二行");
        assert_eq!(raw.form.source, "multi\nline.txt");
        assert!(form.incomplete);
    }

    #[test]
    fn garbage_does_not_panic() {
        let inputs = [
            "",
            "|",
            "||||||||||||||||||||||||",
            "\n\n\n",
            "no pipes at all",
            "项目支出绩效自评表",
            "项目支出绩效自评表 |",
            "项目支出绩效自评表 ||||总分|||",
            "项目支出绩效自评表 |\n产 |\n效 |\n|\n",
            "项目支出绩效自评表|年度绩效指标完成情况|\n产|\n|||\n指标2|\n||||\n总分|\n",
            "\u{0}|\u{1}|\r\n|\u{feff}|",
            "项目支出绩效自评表 |\n(9999年度) |\n项目名称 |\n",
        ];
        for input in inputs {
            let imported = import("garbage", input, Some("x"));
            for form in &imported.forms {
                case(form);
            }
        }
        let none = import("garbage", "just text | and | pipes |", None);
        assert!(none.forms.is_empty());
        assert!(none.problems.iter().any(|p| p.kind == NoteKind::Unreadable));
    }

    /// Cells of the seed, for the property test.
    fn seed_cells() -> Vec<String> {
        let mut cells: Vec<String> = SEED
            .split('|')
            .map(|c| c.trim().to_owned())
            .filter(|c| c.chars().count() < 40)
            .collect();
        cells.sort();
        cells.dedup();
        cells
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn import_never_panics_and_always_writes_valid_toml(
            parts in prop::collection::vec(
                prop_oneof![
                    3 => Just("|".to_owned()),
                    2 => Just("\n".to_owned()),
                    1 => Just(" ".to_owned()),
                    4 => prop::sample::select(seed_cells()),
                ],
                0..300,
            )
        ) {
            let text: String = parts.concat();
            let imported = import("prop", &text, Some("anhui-2023"));
            for form in &imported.forms {
                prop_assert!(toml::from_str::<RawCase>(&form.toml).is_ok(), "{}", form.toml);
            }
        }

        #[test]
        fn import_never_panics_on_any_string(text in "\\PC*|[|\n ]{0,40}") {
            let imported = import("any", &text, None);
            for form in &imported.forms {
                prop_assert!(toml::from_str::<RawCase>(&form.toml).is_ok(), "{}", form.toml);
            }
        }
    }

    /// `cells` as it was before it trimmed each cell once and searched the whole input for
    /// `|`, line breaks, `表` and full-width number signs (#15), to hold the two equal. A cell's
    /// flags are what its own text holds.
    fn cells_before(text: &str) -> (Vec<TextCell<'_>>, Option<(usize, String)>, Vec<usize>) {
        struct RawCell<'a> {
            raw: Cow<'a, str>,
            number: usize,
            line: usize,
            table: bool,
            full_width: bool,
        }
        let number_sign = |c: char| {
            matches!(
                c,
                '０'..='９' | '％' | '．' | '＞' | '＜' | '＝' | '－' | '＋' | '﹣'
            )
        };
        let mut raws: Vec<RawCell<'_>> = Vec::new();
        let mut line = 1usize;
        let mut rest = text;
        while let Some(at) = rest.find('|') {
            let raw = rest.get(..at).unwrap_or("");
            raws.push(RawCell {
                raw: Cow::Borrowed(raw),
                number: raws.len() + 1,
                line: start_line(raw, line),
                table: raw.contains('表'),
                full_width: raw.chars().any(number_sign),
            });
            line += newlines(raw);
            rest = rest.get(at + 1..).unwrap_or("");
        }
        let trailing = rest.trim();
        let trailing =
            (!trailing.is_empty()).then(|| (start_line(rest, line), trailing.to_owned()));
        let mut skipped = Vec::new();
        for c in &mut raws {
            if let Some((title, title_line)) = title_after_text(&c.raw, c.line) {
                skipped.push(c.line);
                c.raw = Cow::Owned(title);
                c.line = title_line;
            }
        }
        // Each cell numbered in its line: the `|`s before the line its text starts on are
        // counted from the text, and a cell alone on its line is 0.
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let pipes_before_line = |line: usize| {
            let at = line_starts.get(line - 1).copied().unwrap_or(text.len());
            text.get(..at).unwrap_or("").matches('|').count()
        };
        let on_line = |line: usize| raws.iter().filter(|c| c.line == line).count();
        let numbers: Vec<usize> = raws
            .iter()
            .map(|c| match c.number - pipes_before_line(c.line) {
                1 if on_line(c.line) == 1 => 0,
                k => k,
            })
            .collect();
        for (c, n) in raws.iter_mut().zip(numbers) {
            c.number = n;
        }
        let tight: Vec<bool> = raws
            .iter()
            .enumerate()
            .map(|(i, c)| i > 0 && c.raw.trim().is_empty() && !c.raw.contains('\n'))
            .collect();
        let empty = |i: usize| raws.get(i).is_some_and(|c| c.raw.trim().is_empty());
        // A run of padding is kept as its first cell: a tight cell after an empty one is not.
        let kept = |i: usize| !(tight.get(i).copied().unwrap_or(false) && empty(i - 1));
        let cells = raws
            .iter()
            .enumerate()
            .filter(|&(i, _)| kept(i))
            .map(|(i, c)| {
                let empty = c.raw.trim().is_empty();
                let is_tight = tight.get(i).copied().unwrap_or(false);
                let next_tight = tight.get(i + 1).copied().unwrap_or(false);
                TextCell {
                    cell: Cell {
                        text: c.raw.trim().to_owned().into(),
                        number: c.number,
                        line: c.line,
                        numeric: false,
                        across: 0,
                    },
                    padding: empty && (is_tight || next_tight),
                    table: c.table,
                    full_width: c.full_width,
                }
            })
            .collect();
        (cells, trailing, skipped)
    }

    /// True for a text [`cells`] splits otherwise than [`cells_before`] since tester s18h P2:
    /// rows opening with a pipe, or a cell ending in a label under a title line.
    fn read_apart_since_s18(text: &str) -> bool {
        opens_rows_with_pipe(text.as_bytes())
            || text.split('|').any(|raw| {
                raw.contains('表')
                    && title_after_text(raw, 1).is_none()
                    && title_above_label(raw.trim(), 1).is_some()
            })
            // Since s20, page text above a name label with no title: a row of its own (T3).
            || text
                .split('|')
                .any(|raw| text_above_name(raw.trim(), 1).is_some())
    }

    /// Page text above the table's first name label, with no title, is a row of its own
    /// before it, first in the input or after a title (tester s20 T3, T7); elsewhere, and
    /// under a title line in the same cell, the cell is as before.
    #[test]
    fn page_text_above_a_name_label_is_a_row_of_its_own() {
        let text = "单位名称:某镇 填报日期:2021.5.18\n单位名称 |\n某镇人民政府 |\n||||\n";
        let (first, _, _) = cells(text);
        let got: Vec<(&str, usize, bool)> = first
            .iter()
            .map(|c| (&*c.cell.text, c.cell.line, c.padding))
            .collect();
        assert_eq!(
            got[..4],
            [
                ("单位名称:某镇 填报日期:2021.5.18", 1, false),
                ("", 1, true),
                ("单位名称", 2, false),
                ("某镇人民政府", 3, false),
            ]
        );
        let titled = format!("部门整体支出绩效自评表 |\n||||\n{text}");
        let (under, _, _) = cells(&titled);
        assert!(
            under
                .iter()
                .any(|c| c.cell.text == "单位名称" && c.cell.line == 4)
        );
        // Inside a form, after other cells: kept as it was.
        let inside = format!("主管部门 |\n某局 |\n{text}");
        let (kept, _, _) = cells(&inside);
        assert!(!kept.iter().any(|c| c.cell.text == "单位名称"));
    }

    type Seen = (
        Vec<(String, usize, usize, bool, bool, bool)>,
        Option<(usize, String)>,
        Vec<usize>,
    );

    fn seen(cells: (Vec<TextCell<'_>>, Option<(usize, String)>, Vec<usize>)) -> Seen {
        let (cells, trailing, skipped) = cells;
        let cells = cells
            .into_iter()
            .map(|c| {
                let cell = c.cell;
                let flags = (c.padding, c.table, c.full_width);
                (
                    cell.text.into_owned(),
                    cell.number,
                    cell.line,
                    flags.0,
                    flags.1,
                    flags.2,
                )
            })
            .collect();
        (cells, trailing, skipped)
    }

    #[test]
    fn cells_are_split_as_before_on_the_seed() {
        assert_eq!(seen(cells(SEED)), seen(cells_before(SEED)));
    }

    /// A title on a plain line above the 项目名称 label makes that cell the label alone, and
    /// the cell after it the project's name whatever it ends in: no cut before it (CI, the
    /// pieces-vs-whole proptest's case).
    #[test]
    fn a_label_under_a_title_line_is_not_cut_after() {
        let text = "项目支出绩效自评表\n项目名称|项目支出绩效自评表说明文字\n项目支出绩效自评表|";
        let whole = read_at_once(text);
        for size in 1..text.len() {
            assert_eq!(read_seen(read_pieces(text, size)), whole, "{size}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn cells_are_split_as_before(
            parts in prop::collection::vec(
                prop_oneof![
                    3 => Just("|".to_owned()),
                    2 => Just("\n".to_owned()),
                    1 => prop::sample::select(vec![" ", "\u{3000}", "\r\n", "\t", "||||"])
                        .prop_map(str::to_owned),
                    // White space outside ASCII and characters that share its lead bytes.
                    1 => prop::sample::select(vec![
                        "\u{a0}", "\u{85}", "\u{b7}", "\u{1680}", "\u{2003}", "\u{2028}",
                        "\u{202f}", "\u{205f}", "\u{b}", "\u{c}", "。", "、", "—", "\u{1f600}",
                    ]).prop_map(str::to_owned),
                    1 => prop::sample::select(vec![
                        "项目支出绩效自评表", "说明文字", "表", "2023年度项目支出绩效自评表",
                        "１５", "８６％", "（２０２３年度）", "，", "﹣", "＞",
                    ]).prop_map(str::to_owned),
                    4 => prop::sample::select(seed_cells()),
                ],
                0..120,
            )
        ) {
            let text: String = parts.concat();
            // Rows opening with a pipe and a title line above a label are read apart since
            // s18 (their own tests above); every other text is split as before.
            prop_assume!(!read_apart_since_s18(&text));
            prop_assert_eq!(seen(cells(&text)), seen(cells_before(&text)));
        }
    }

    /// What reading `text` gives, as comparable values: its rows' (or, with no padding run,
    /// its cells') text, number and line; the cells rewritten in half width; the text after
    /// the last `|`; the lines skipped before titles.
    type ReadSeen = (
        Result<Vec<Vec<(String, usize, usize)>>, Vec<(String, usize, usize)>>,
        String,
        Option<(usize, String)>,
        Vec<usize>,
    );

    fn cell_seen(c: &Cell<'_>) -> (String, usize, usize) {
        (c.text.to_string(), c.number, c.line)
    }

    fn read_seen(read: Read<'_>) -> ReadSeen {
        let rows = match read.rows {
            Ok(rows) => Ok(rows
                .iter()
                .map(|r| r.cells.iter().map(cell_seen).collect())
                .collect()),
            Err(cells) => Err(cells.iter().map(cell_seen).collect()),
        };
        let rewritten = format!("{:?}", read.rewritten);
        (rows, rewritten, read.trailing, read.skipped)
    }

    /// The whole input read at once, as before it was read in pieces.
    fn read_at_once(text: &str) -> ReadSeen {
        let (mut cells, trailing, skipped) = cells(text);
        let wide = cells.iter_mut().filter(|c| c.full_width);
        let rewritten = grid::half_width(wide.map(|c| &mut c.cell));
        let rows = match cells.iter().any(|c| c.padding) {
            true => Ok(rows(cells)),
            false => Err(cells.into_iter().map(|c| c.cell).collect()),
        };
        read_seen(Read {
            rows,
            rewritten,
            trailing,
            skipped,
        })
    }

    /// The seed three times over, cut at every title and at a few: the same rows, numbered
    /// and placed on the same lines, as reading it at once (#15).
    #[test]
    fn the_seed_read_in_pieces_is_read_as_at_once() {
        let text = format!("说明\n{SEED}{SEED}前文\n{SEED}尾");
        let whole = read_at_once(&text);
        for size in [1, 100, 5_000, 60_000, PIECE_BYTES] {
            let cuts = pieces(&text, size);
            if size <= 5_000 {
                assert!(cuts.len() > 14, "{size}: {} pieces", cuts.len());
            }
            assert_eq!(read_seen(read_pieces(&text, size)), whole, "{size}");
        }
        // The input's start, and each of the 42 titles.
        assert_eq!(pieces(&text, 1).len(), 43, "every title is cut at");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Any text read in pieces, of any size, is read as at once: cells, rows, half-width
        /// notes, skipped lines and trailing text.
        #[test]
        fn any_text_read_in_pieces_is_read_as_at_once(
            parts in prop::collection::vec(
                prop_oneof![
                    3 => Just("|".to_owned()),
                    2 => Just("\n".to_owned()),
                    1 => prop::sample::select(vec![" ", "\u{3000}", "\r\n", "||||", "|\n|"])
                        .prop_map(str::to_owned),
                    2 => prop::sample::select(vec![
                        "项目支出绩效自评表", "说明文字\n项目支出绩效自评表", "表",
                        "2023年度项目支出绩效自评表", "（２０２３年度）项目支出绩效自评表",
                        "项目支出绩效自评表|", " 项目支出绩效自评表 |\n", "１５", "８６％",
                        "见项目支出绩效自评表附件", "项目支出绩效自评表的说明",
                    ]).prop_map(str::to_owned),
                    4 => prop::sample::select(seed_cells()),
                ],
                0..120,
            ),
            size in 1usize..80,
        ) {
            let text: String = parts.concat();
            prop_assert_eq!(read_seen(read_pieces(&text, size)), read_at_once(&text));
        }
    }

    /// The forms of `text` handed on `n` at a time by a [`Stream`] cut every `size` bytes,
    /// written, and the notes it reports.
    fn streamed(
        text: &str,
        size: usize,
        n: usize,
        encoding: Option<Message>,
    ) -> (Vec<ImportedForm>, Vec<ImportNote>) {
        let source = crate::source::SourceFile::new("in.txt", text);
        let rules = Some("anhui-2023");
        let mut stream = Stream::sized(source, "in.txt", rules, encoding, size);
        let mut forms = Vec::new();
        loop {
            let got = stream.next_forms(n);
            assert!(got.len() <= n);
            if got.is_empty() {
                break;
            }
            assert!(!stream.ended() || stream.next_forms(n).is_empty());
            forms.extend(got.into_iter().map(|f| f.write("in.txt", rules)));
        }
        assert!(stream.ended());
        let (notes, count) = stream.finish();
        assert_eq!(count, forms.len());
        (forms, notes)
    }

    /// The forms of `text` read at once, written, and the notes the report shows.
    fn read_whole(text: &str, encoding: Option<Message>) -> (Vec<ImportedForm>, Vec<ImportNote>) {
        let mut pending = read("in.txt", text, Some("anhui-2023"));
        if let Some(message) = encoding {
            pending.note_encoding(message);
        }
        let forms = pending.forms.iter().flat_map(|f| pending.reported_notes(f));
        let notes = pending.problems.iter().chain(forms).cloned().collect();
        (pending.write().forms, notes)
    }

    /// A proptest case (s23): padding, a 总分 row with two indicator names run into one cell
    /// before a title closing its own cell, then another 总分 row.
    #[test]
    fn a_total_row_before_a_title_cell_is_read_alike_streamed() {
        let text = "|||||总分|指标1:优化投资发展环境,为广大企业和群众提供优质、规范、廉洁、高效的政务服务指标1:探测网络安全状态,平台24小时稳定运行,及时报警处置|项目支出绩效自评表||总分|";
        let (a, an) = streamed(text, 1, 1, None);
        let (b, bn) = read_whole(text, None);
        let show = |f: &[ImportedForm]| f.iter().map(|f| f.toml.clone()).collect::<Vec<_>>();
        assert_eq!(show(&a), show(&b));
        let words = |n: &[ImportNote]| n.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        assert_eq!(words(&an), words(&bn));
    }

    /// A proptest case (s24): a title and 项目名称 glued before padding, then a bare title, a
    /// goals label and a year in parentheses in cells of their own.
    #[test]
    fn a_glued_title_before_padding_is_read_alike_streamed() {
        // The second found by sheets: a page mark and text before the glued title and label.
        let texts = [
            "2023年度项目支出绩效自评表项目名称||||项目支出绩效自评表||年度总体目标完成情况||(2023年度)|",
            "指标1:严格执行定性、定量要求,逐级审核||||第 1 页,共 2 页说明文字\n项目支出绩效自评表项目名称||说明文字\n项目支出绩效自评表|项目名称||||",
        ];
        for text in texts {
            let (a, an) = streamed(text, 1, 1, None);
            let (b, bn) = read_whole(text, None);
            let show = |f: &[ImportedForm]| f.iter().map(|f| f.toml.clone()).collect::<Vec<_>>();
            assert_eq!(show(&a), show(&b), "{text}");
            let words = |n: &[ImportNote]| n.iter().map(|n| n.to_string()).collect::<Vec<_>>();
            assert_eq!(words(&an), words(&bn), "{text}");
        }
    }

    /// The seed with what pieces can hold at their edges: text before the first form and
    /// after the last cell, bare titles (a contents line, a title alone before a form), page
    /// markers, full-width cells, a title after text in its cell.
    fn awkward_seed() -> String {
        let bare = "二、项目支出绩效自评表 |\n||||||||||||\n";
        let marker = "第 3 页,共 9 页 |\n";
        let wide = SEED.replacen("100% |", "１００％ |", 3);
        format!(
            "说明\n{bare}{SEED}{bare}{marker}{bare}{SEED}前文\n{wide}{marker}{bare}{bare}{SEED}{marker}尾"
        )
    }

    /// The seed's text handed on a few pieces at a time gives the forms, numbers, case files
    /// and notes, in the same order, as read at once (#15), however it is cut and asked for.
    #[test]
    fn the_seed_handed_on_as_read_is_read_as_at_once() {
        let text = awkward_seed();
        assert!(streams(&text));
        let whole = read_whole(&text, None);
        assert_eq!(whole.0.len(), 56);
        assert!(whole.1.len() > 20, "{}", whole.1.len());
        for size in [1, 100, 5_000, 60_000, STREAM_PIECE_BYTES] {
            for n in [1, 13, 256] {
                assert!(
                    streamed(&text, size, n, None) == whole,
                    "{size} bytes, {n} forms"
                );
            }
        }
        let message = crate::i18n::msg!("import-note-rows-rebuilt");
        let encoded = read_whole(&text, Some(message.clone()));
        assert!(streamed(&text, 1, 5, Some(message)) == encoded);
        // No form at all.
        let none = "说明 |\n||||\n二、项目支出绩效自评表 |\n||||";
        assert!(streamed(none, 1, 3, None) == read_whole(none, None));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// Any text with padding runs handed on as read is read as at once.
        #[test]
        fn any_padded_text_handed_on_as_read_is_read_as_at_once(
            parts in prop::collection::vec(
                prop_oneof![
                    3 => Just("|".to_owned()),
                    2 => Just("\n".to_owned()),
                    2 => prop::sample::select(vec![" ", "\u{3000}", "\r\n", "||||", "|\n|"])
                        .prop_map(str::to_owned),
                    2 => prop::sample::select(vec![
                        "项目支出绩效自评表", "说明文字\n项目支出绩效自评表", "表",
                        "2023年度项目支出绩效自评表", "（２０２３年度）项目支出绩效自评表",
                        "项目支出绩效自评表|", " 项目支出绩效自评表 |\n", "１５", "８６％",
                        "见项目支出绩效自评表附件", "第 1 页,共 2 页", "- 3 -",
                    ]).prop_map(str::to_owned),
                    4 => prop::sample::select(seed_cells()),
                ],
                0..160,
            ),
            size in 1usize..200,
            n in 1usize..9,
        ) {
            let text: String = parts.concat();
            prop_assume!(streams(&text));
            prop_assert!(streamed(&text, size, n, None) == read_whole(&text, None));
        }
    }

    proptest! {
        #[test]
        fn separators_are_every_pipe_and_line_break(
            bytes in prop::collection::vec(
                prop_oneof![
                    3 => Just(b'|'),
                    2 => Just(b'\n'),
                    1 => Just(0u8),
                    1 => Just(0x7Cu8 | 0x80),
                    1 => Just(0x0Au8 | 0x80),
                    1 => Just(0xFFu8),
                    3 => any::<u8>(),
                ],
                0..80,
            )
        ) {
            let found: Vec<usize> = Separators::new(&bytes).collect();
            let plain: Vec<usize> = bytes
                .iter()
                .enumerate()
                .filter(|&(_, b)| *b == b'|' || *b == b'\n')
                .map(|(i, _)| i)
                .collect();
            prop_assert_eq!(found, plain);
        }

        #[test]
        fn separators_skipped_to_a_place_are_those_after_it(
            bytes in prop::collection::vec(
                prop_oneof![3 => Just(b'|'), 2 => Just(b'\n'), 3 => any::<u8>()],
                0..80,
            ),
            taken in 0usize..10,
            skip in 0usize..40,
        ) {
            let mut separators = Separators::new(&bytes);
            let taken: Vec<usize> = separators.by_ref().take(taken).collect();
            let at = taken.last().map_or(0, |&t| t + 1) + skip;
            separators.skip_to(at);
            let found: Vec<usize> = separators.collect();
            let plain: Vec<usize> = bytes
                .iter()
                .enumerate()
                .filter(|&(i, b)| i >= at && (*b == b'|' || *b == b'\n'))
                .map(|(i, _)| i)
                .collect();
            prop_assert_eq!(found, plain);
        }
    }

    fn looks_like_before(text: &str) -> bool {
        let (mut lines, mut piped) = (0usize, 0usize);
        for line in text.lines() {
            let line = line.trim_end();
            if !line.trim_start().is_empty() {
                lines += 1;
                piped += usize::from(line.ends_with('|'));
            }
        }
        piped >= 5 && piped * 4 >= lines
    }

    proptest! {
        #[test]
        fn looks_like_as_before(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "|", "\n", "\r\n", " ", "\u{3000}", "a", "表", "||||", "\n\n", "| \n",
                    "a\n", "|\n", "x |\n", "文字\n",
                ]),
                0..200,
            )
        ) {
            let text: String = parts.concat();
            prop_assert_eq!(looks_like(&text), looks_like_before(&text));
        }
    }
}
