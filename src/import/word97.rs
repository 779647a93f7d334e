//! Importer for Word 97–2003 `.doc` documents ([MS-DOC]; WPS saves them too): government sites
//! published forms as `.doc` attachments for years. The document's text is read through its
//! piece table (the `Clx` in the table stream) up to the end of the main text, and laid out as
//! [`super::docx`] lays out a `.docx`: one sparse [`Sheet`] called `document`, each paragraph
//! outside a table a row of one cell, each table row a row, so that the same grid reader reads
//! it. Table marks are told by the paragraph properties (the `PapxFkp` pages): a `0x07` is a
//! cell's end, or a row's end when its paragraph is a table-terminating paragraph
//! (`sprmPFTtp`); that row-end paragraph's `sprmTDefTable` gives the cell edges, and cells are
//! placed by the columns those edges take across the table (a wide cell spans several, as a
//! `.docx` cell's `gridSpan`), its vertical merges (`fVertMerge`/`fVertRestart`) becoming merged
//! regions. A row with no edges is placed left to right, and said. Of a field only its result
//! is kept. A table inside a table is read into its outer cell's text.
//!
//! Every read of file data is bounds-checked: sizes and offsets from the file are never
//! trusted, a stream is read no further than the file's size, and a document cut short or
//! garbled is refused naming the file. A password-protected document is refused so.

use super::sheet::{self, Region, Sheet};
use crate::i18n::{Message, msg};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read};

/// The sheet name notes use for a document.
const SHEET: &str = "document";

/// Most paragraph runs read from the paragraph property pages (a run is a paragraph; a
/// million-paragraph form does not exist).
const MAX_RUNS: usize = 4_000_000;

/// Why a `.doc` was not read.
#[derive(Debug, PartialEq, Eq)]
enum Refusal {
    /// Opening it needs a password.
    Encrypted,
    /// Cut short or garbled: what was wrong, for the detail.
    Damaged(String),
    /// Its main text is empty.
    Empty,
}

impl Refusal {
    /// What is said; the caller names the file.
    fn message(self) -> Message {
        match self {
            Refusal::Encrypted => msg!("import-refused-doc-encrypted"),
            Refusal::Damaged(error) => msg!("import-refused-doc-damaged", error = error),
            Refusal::Empty => msg!("import-refused-doc"),
        }
    }
}

fn damaged(what: &str) -> Refusal {
    Refusal::Damaged(what.to_owned())
}

/// Imports every form in a `.doc`, the forms not yet written as case files. `Err` when it is
/// not a readable Word 97–2003 document, needs a password or holds no text.
pub fn read(
    source_name: &str,
    bytes: &[u8],
    rules: Option<&str>,
) -> Result<super::Pending, String> {
    let streams = open(bytes).map_err(|r| r.message().to_string())?;
    let units = streams.text().map_err(|r| r.message().to_string())?;
    if !units
        .iter()
        .any(|&(u, _)| u > 0x20 && u != 0xA0 && u != 0x3000)
    {
        return Err(Refusal::Empty.message().to_string());
    }
    let paragraphs = Paragraphs::new(&streams);
    let mut layout = Layout {
        sheet: Sheet::new(SHEET),
        ..Layout::default()
    };
    for (unit, fc) in units {
        layout.unit(unit, fc, &paragraphs);
        if layout.full {
            break;
        }
    }
    layout.end_paragraph();
    layout.flush_table();
    let Layout {
        mut sheet,
        tables,
        left_to_right,
        ..
    } = layout;
    let mut skipped = sheet.skip_tables_without_form(&tables, |tables, cells| {
        msg!(
            "import-skipped-document-tables",
            tables = tables,
            cells = cells
        )
    });
    if let Some(note) = &mut skipped {
        sheet.relocate_note(note);
    }
    if let Some(&(row, column)) = left_to_right.first() {
        sheet.note(
            row,
            column,
            super::NoteKind::Guessed,
            msg!("import-doc-cells-left-to-right", rows = left_to_right.len()),
        );
    }
    let mut pending = sheet::read_sheets(vec![sheet], Vec::new(), source_name, rules);
    pending.problems.extend(skipped);
    Ok(pending)
}

/// The streams of a `.doc`: `WordDocument`, its table stream, and `Data` when there is one.
struct Streams {
    word: Vec<u8>,
    table: Vec<u8>,
    data: Vec<u8>,
}

/// Opens the compound file and reads its streams, refusing a document with a password.
fn open(bytes: &[u8]) -> Result<Streams, Refusal> {
    let mut file =
        cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| Refusal::Damaged(e.to_string()))?;
    // A stream is read no further than the file is long, whatever its directory entry says.
    let limit = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    let mut stream = |name: &str| -> Result<Vec<u8>, Refusal> {
        let mut out = Vec::new();
        file.open_stream(name)
            .and_then(|s| s.take(limit).read_to_end(&mut out))
            .map_err(|e| Refusal::Damaged(format!("{name}: {e}")))?;
        Ok(out)
    };
    let word = stream("/WordDocument")?;
    if u16_at(&word, 0) != Some(0xA5EC) {
        return Err(damaged("WordDocument: FIB"));
    }
    let flags = u16_at(&word, 0x0A).ok_or_else(|| damaged("WordDocument: FIB"))?;
    if flags & 0x0100 != 0 {
        return Err(Refusal::Encrypted);
    }
    let table_name = match flags & 0x0200 {
        0 => "/0Table",
        _ => "/1Table",
    };
    let table = stream(table_name)?;
    let data = stream("/Data").unwrap_or_default();
    Ok(Streams { word, table, data })
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([*b.first()?, *b.get(1)?]))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([
        *b.first()?,
        *b.get(1)?,
        *b.get(2)?,
        *b.get(3)?,
    ]))
}

fn to_usize(n: u32) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// A slice of `fc..fc+lcb`, `None` when it is not all there.
fn slice(bytes: &[u8], fc: u32, lcb: u32) -> Option<&[u8]> {
    let start = to_usize(fc);
    bytes.get(start..start.checked_add(to_usize(lcb))?)
}

/// What the FIB says: the main text's length in characters and two places in the table
/// stream (`fc`, `lcb`): the piece table and the paragraph property pages.
struct Fib {
    ccp_text: u32,
    clx: (u32, u32),
    papx: (u32, u32),
}

fn fib(word: &[u8]) -> Option<Fib> {
    let csw = usize::from(u16_at(word, 32)?);
    let lw_count_at = 34usize.checked_add(csw.checked_mul(2)?)?;
    let cslw = usize::from(u16_at(word, lw_count_at)?);
    let lw = lw_count_at.checked_add(2)?;
    let ccp_text = if cslw > 3 { u32_at(word, lw + 12)? } else { 0 };
    let fc_count_at = lw.checked_add(cslw.checked_mul(4)?)?;
    let pairs = usize::from(u16_at(word, fc_count_at)?);
    let rgfc = fc_count_at.checked_add(2)?;
    let pair = |i: usize| -> Option<(u32, u32)> {
        if i >= pairs {
            return None;
        }
        let at = rgfc.checked_add(i * 8)?;
        Some((u32_at(word, at)?, u32_at(word, at + 4)?))
    };
    Some(Fib {
        ccp_text,
        clx: pair(33)?,
        papx: pair(13).unwrap_or((0, 0)),
    })
}

/// A piece of the text: characters `cp..cp_end` stored at `fc`, one byte a character when
/// `compressed` (cp1252), else two (UTF-16LE).
struct Piece {
    cp: u32,
    cp_end: u32,
    fc: u32,
    compressed: bool,
}

/// The piece table of the `Clx` at `clx` in the table stream.
fn pieces(table: &[u8], (fc, lcb): (u32, u32)) -> Option<Vec<Piece>> {
    let clx = slice(table, fc, lcb)?;
    let mut at = 0usize;
    // `Prc`s (property modifiers) come first: skipped.
    while *clx.get(at)? == 1 {
        at = at.checked_add(3 + usize::from(u16_at(clx, at + 1)?))?;
    }
    if *clx.get(at)? != 2 {
        return None;
    }
    let plc_len = u32_at(clx, at + 1)?;
    let plc = slice(clx, u32::try_from(at + 5).ok()?, plc_len)?;
    let n = plc.len().checked_sub(4)? / 12;
    let cps = (0..=n)
        .map(|i| u32_at(plc, i * 4))
        .collect::<Option<Vec<u32>>>()?;
    let pcds = (n + 1) * 4;
    (0..n)
        .map(|i| {
            let raw = u32_at(plc, pcds + i * 8 + 2)?;
            Some(Piece {
                cp: *cps.get(i)?,
                cp_end: *cps.get(i + 1)?,
                fc: raw & 0x3FFF_FFFF,
                compressed: raw & 0x4000_0000 != 0,
            })
        })
        .collect()
}

impl Streams {
    /// The main text as UTF-16 code units, each with the place (`fc`) it is stored at in
    /// `WordDocument` (which its paragraph's properties are found by).
    fn text(&self) -> Result<Vec<(u16, u32)>, Refusal> {
        let fib = fib(&self.word).ok_or_else(|| damaged("WordDocument: FIB"))?;
        let pieces = pieces(&self.table, fib.clx).ok_or_else(|| damaged("Clx"))?;
        let mut units = Vec::new();
        for piece in pieces {
            let end = piece.cp_end.min(fib.ccp_text);
            if end <= piece.cp {
                continue;
            }
            let count = end - piece.cp;
            if piece.compressed {
                let start = piece.fc / 2;
                let bytes = slice(&self.word, start, count).ok_or_else(|| damaged("text"))?;
                let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
                // Each byte is one character in cp1252, none outside the BMP.
                for (c, fc) in text.chars().zip(start..) {
                    units.push((u16::try_from(u32::from(c)).unwrap_or(0xFFFD), fc));
                }
            } else {
                let bytes = count
                    .checked_mul(2)
                    .and_then(|len| slice(&self.word, piece.fc, len))
                    .ok_or_else(|| damaged("text"))?;
                for (i, pair) in bytes.chunks_exact(2).enumerate() {
                    let unit = u16_at(pair, 0).unwrap_or(0);
                    let offset = u32::try_from(i * 2).unwrap_or(u32::MAX);
                    units.push((unit, piece.fc.saturating_add(offset)));
                }
            }
        }
        Ok(units)
    }
}

/// What a paragraph's direct properties say about tables.
#[derive(Debug, Default, Clone, PartialEq)]
struct Para {
    /// In a table (`sprmPFInTable`, or a table depth `sprmPItap` ≥ 1).
    in_table: bool,
    /// The paragraph that ends an outermost table row (`sprmPFTtp`).
    row_end: bool,
    /// The row's cell edges and cell flags (`sprmTDefTable`), on a row end.
    def: Option<TableDef>,
}

/// A table row's definition: the cells' edges in twips (one more than cells) and each
/// cell's `TC80` flags.
#[derive(Debug, Default, Clone, PartialEq)]
struct TableDef {
    edges: Vec<i16>,
    flags: Vec<u16>,
}

/// The paragraph property pages: for each paragraph, the `fc` range it spans and where its
/// `PapxInFkp` is in `WordDocument` (none for a paragraph without direct properties).
struct Paragraphs<'a> {
    streams: &'a Streams,
    runs: Vec<(u32, u32, Option<usize>)>,
}

impl<'a> Paragraphs<'a> {
    fn new(streams: &'a Streams) -> Paragraphs<'a> {
        let (fc, lcb) = fib(&streams.word).map(|f| f.papx).unwrap_or((0, 0));
        let runs = slice(&streams.table, fc, lcb)
            .map(|plc| fkp_runs(&streams.word, plc))
            .unwrap_or_default();
        Paragraphs { streams, runs }
    }

    /// The properties of the paragraph holding the character stored at `fc`.
    fn at(&self, fc: u32) -> Para {
        let i = self.runs.partition_point(|&(_, end, _)| end <= fc);
        match self.runs.get(i) {
            Some(&(start, _, Some(at))) if start <= fc => self.papx(at).unwrap_or_default(),
            _ => Para::default(),
        }
    }

    /// Reads the `PapxInFkp` at `at` in `WordDocument`.
    fn papx(&self, at: usize) -> Option<Para> {
        let word = &self.streams.word;
        let cb = usize::from(*word.get(at)?);
        // After the count: a u16 style index, then the properties.
        let (start, len) = match cb {
            0 => (at.checked_add(2)?, 2 * usize::from(*word.get(at + 1)?)),
            _ => (at.checked_add(1)?, 2 * cb - 1),
        };
        let grpprl = word.get(start.checked_add(2)?..start.checked_add(len)?)?;
        let mut para = Para::default();
        self.apply(grpprl, &mut para, true);
        Some(para)
    }

    /// Applies the table sprms of `grpprl` to `para`; `sprmPHugePapx` (properties too large
    /// for their page, kept in the `Data` stream) once.
    fn apply(&self, grpprl: &[u8], para: &mut Para, follow: bool) {
        for (op, operand) in sprms(grpprl) {
            match op {
                0x2416 => para.in_table |= operand.first().is_some_and(|&b| b != 0),
                0x6649 => para.in_table |= u32_at(operand, 0).is_some_and(|d| d >= 1),
                0x2417 => para.row_end |= operand.first().is_some_and(|&b| b != 0),
                0xD608 => para.def = table_def(operand),
                0x6646 | 0x6645 if follow => {
                    let data = &self.streams.data;
                    if let Some(huge) = u32_at(operand, 0)
                        .and_then(|at| Some((at, u32::from(u16_at(data, to_usize(at))?))))
                        .and_then(|(at, len)| slice(data, at.checked_add(2)?, len))
                    {
                        self.apply(huge, para, false);
                    }
                }
                _ => {}
            }
        }
    }
}

/// The paragraph runs of the property pages listed by the `PlcBtePapx` `plc`.
fn fkp_runs(word: &[u8], plc: &[u8]) -> Vec<(u32, u32, Option<usize>)> {
    let n = plc.len().saturating_sub(4) / 8;
    let mut runs = Vec::new();
    let mut seen = BTreeSet::new();
    for i in 0..n {
        let Some(pn) = u32_at(plc, (n + 1) * 4 + i * 4).map(|p| to_usize(p & 0x3F_FFFF)) else {
            break;
        };
        // A page listed twice is read once (a hostile file could list one page a million
        // times).
        if !seen.insert(pn) {
            continue;
        }
        let Some(base) = pn.checked_mul(512) else {
            continue;
        };
        let Some(page) = base.checked_add(512).and_then(|end| word.get(base..end)) else {
            continue;
        };
        let crun = usize::from(page.get(511).copied().unwrap_or(0));
        for j in 0..crun {
            let (Some(start), Some(end), Some(&offset)) = (
                u32_at(page, j * 4),
                u32_at(page, j * 4 + 4),
                page.get((crun + 1) * 4 + j * 13),
            ) else {
                break;
            };
            let at = (offset != 0).then(|| base + 2 * usize::from(offset));
            runs.push((start, end, at));
        }
        if runs.len() > MAX_RUNS {
            break;
        }
    }
    runs.sort_by_key(|&(start, _, _)| start);
    runs
}

/// The sprms of a `grpprl`: each opcode with its operand.
fn sprms(grpprl: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut at = 0usize;
    std::iter::from_fn(move || {
        let op = u16_at(grpprl, at)?;
        let operand_at = at.checked_add(2)?;
        let len = match op >> 13 {
            0 | 1 => 1,
            2 | 4 | 5 => 2,
            3 => 4,
            7 => 3,
            // A table definition's size is a u16 counting itself as one byte.
            _ if op == 0xD608 || op == 0xD606 => 1 + usize::from(u16_at(grpprl, operand_at)?),
            _ => 1 + usize::from(*grpprl.get(operand_at)?),
        };
        let end = operand_at.checked_add(len)?;
        let operand = grpprl.get(operand_at..end)?;
        at = end;
        Some((op, operand))
    })
}

/// A `sprmTDefTable` operand: u16 size, the cell count, the cells' edges, their `TC80`s.
fn table_def(operand: &[u8]) -> Option<TableDef> {
    let cells = usize::from(*operand.get(2)?);
    let edges = (0..=cells)
        .map(|i| u16_at(operand, 3 + i * 2).map(|e| e as i16))
        .collect::<Option<Vec<i16>>>()?;
    let tcs = 3 + (cells + 1) * 2;
    let flags = (0..cells)
        .map_while(|i| u16_at(operand, tcs + i * 20))
        .collect();
    Some(TableDef { edges, flags })
}

/// A table row read, not yet placed: its cells' text and definition.
struct TableRow {
    cells: Vec<String>,
    def: Option<TableDef>,
}

/// The text laid out as it is read.
#[derive(Default)]
struct Layout {
    sheet: Sheet,
    /// The next sheet row.
    row: u32,
    full: bool,
    /// The text of the paragraph or cell being read.
    text: Vec<u16>,
    /// The cells of the table row being read.
    cells: Vec<String>,
    /// The rows of the table being read.
    rows: Vec<TableRow>,
    /// Open fields, outermost first: whether its result (after the separator) has started.
    fields: Vec<bool>,
    /// The rows (first, last) of each table.
    tables: Vec<(u32, u32)>,
    /// The first cell of each row placed left to right, its edges not given.
    left_to_right: Vec<(u32, u32)>,
}

impl Layout {
    fn unit(&mut self, unit: u16, fc: u32, paragraphs: &Paragraphs<'_>) {
        match unit {
            0x13 => self.fields.push(false),
            0x14 => {
                if let Some(result) = self.fields.last_mut() {
                    *result = true;
                }
            }
            0x15 => {
                self.fields.pop();
            }
            0x07 => {
                let para = paragraphs.at(fc);
                let text = self.take_text();
                if para.row_end {
                    self.rows.push(TableRow {
                        cells: std::mem::take(&mut self.cells),
                        def: para.def,
                    });
                } else {
                    self.cells.push(text);
                }
            }
            0x0D | 0x0C => {
                // A paragraph in a cell is joined to the cell's next, as in a `.docx`.
                if unit == 0x0C || !paragraphs.at(fc).in_table {
                    self.end_paragraph();
                }
            }
            _ if self.fields.iter().any(|&result| !result) => {}
            0x09 => self.text.push(u16::from(b' ')),
            0x1E => self.text.push(u16::from(b'-')),
            0..=0x1F => {}
            _ => self.text.push(unit),
        }
    }

    fn take_text(&mut self) -> String {
        let text = String::from_utf16_lossy(&std::mem::take(&mut self.text));
        text.trim().to_owned()
    }

    /// Ends a paragraph outside a table: the table before it ends, the paragraph is a row.
    fn end_paragraph(&mut self) {
        self.flush_table();
        let text = self.take_text();
        if !text.is_empty() {
            self.full |= !self.sheet.put(self.row, 0, text, false);
            self.row = self.row.saturating_add(1);
        }
    }

    /// Places the rows of the table read, by the columns the edges of all its rows give.
    fn flush_table(&mut self) {
        let rows = std::mem::take(&mut self.rows);
        if rows.is_empty() {
            return;
        }
        let edges: Vec<i16> = rows
            .iter()
            .filter_map(|r| r.def.as_ref())
            .flat_map(|d| d.edges.iter().copied())
            .collect::<BTreeSet<i16>>()
            .into_iter()
            .collect();
        let start = self.row;
        let mut vmerges = BTreeMap::new();
        for row in rows {
            self.place_row(row, &edges, &mut vmerges);
            self.row = self.row.saturating_add(1);
        }
        for (column, (top, bottom, last)) in std::mem::take(&mut vmerges) {
            self.merge(((top, column), (bottom, last)));
        }
        if self.row > start {
            self.sheet.table(start, self.row - 1);
            self.tables.push((start, self.row - 1));
        }
    }

    /// Places one row's cells; `vmerges` holds the table's open vertical merges by first
    /// column: (first row, last row, last column).
    fn place_row(
        &mut self,
        row: TableRow,
        edges: &[i16],
        vmerges: &mut BTreeMap<u32, (u32, u32, u32)>,
    ) {
        let column_of = |edge: Option<&i16>| {
            edge.and_then(|e| edges.binary_search(e).ok())
                .and_then(|i| u32::try_from(i).ok())
        };
        let def = row.def.filter(|d| d.edges.len() > row.cells.len());
        if def.is_none() && !row.cells.is_empty() {
            self.left_to_right.push((self.row, 0));
        }
        let mut next = 0u32;
        // Each cell's (first column, last column, flags, text); a cell merged into the one
        // before it the old way (`horzMerge` 2 or 3: Word 97's merged cells keep their own
        // edges) widens that cell.
        let mut placed: Vec<(u32, u32, u16, String)> = Vec::new();
        for (i, text) in row.cells.into_iter().enumerate() {
            let (first, last, flags) = match &def {
                Some(d) => {
                    let first = column_of(d.edges.get(i)).unwrap_or(next);
                    let last =
                        column_of(d.edges.get(i + 1)).map_or(first, |c| c.max(first + 1) - 1);
                    (first, last, d.flags.get(i).copied().unwrap_or(0))
                }
                None => (next, next, 0),
            };
            next = last.saturating_add(1);
            match placed.last_mut() {
                Some(before) if flags & 0x03 >= 2 => before.1 = last,
                _ => placed.push((first, last, flags, text)),
            }
        }
        for (first, last, flags, text) in placed {
            let r = self.row;
            if flags & 0x60 == 0x20 {
                // Continues the merge that starts above in this column.
                if let Some(open) = vmerges.get_mut(&first) {
                    open.1 = r;
                }
                continue;
            }
            let closing: Vec<u32> = vmerges.range(first..=last).map(|(&c, _)| c).collect();
            for c in closing {
                if let Some((top, bottom, end)) = vmerges.remove(&c) {
                    self.merge(((top, c), (bottom, end)));
                }
            }
            self.full |= !self.sheet.put(r, first, text, false);
            if flags & 0x60 == 0x60 {
                vmerges.insert(first, (r, r, last));
            } else if last > first {
                self.merge(((r, first), (r, last)));
            }
        }
    }

    fn merge(&mut self, region: Region) {
        if region.0 != region.1 {
            self.full |= !self.sheet.merge(region);
        }
    }
}

#[cfg(test)]
mod tests;
