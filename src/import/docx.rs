//! Importer for Word `.docx` documents: the standard template is most often a Word table. The
//! document body (`word/document.xml`, read with quick-xml after the zip passed
//! [`zipped::check`]) is laid out as one sparse [`Sheet`] called `document`: each paragraph
//! outside a table is a row of one cell (the title and year usually stand above the table),
//! each table row a row, cells placed by the grid columns they span (`w:gridSpan`), vertical
//! merges (`w:vMerge` restart / continue) as merged regions. A form split over two tables by a
//! page break therefore reads on as one, and several forms are cut at their titles by the grid
//! reader. The paragraphs inside a cell are joined. Each outermost table's rows are recorded
//! (`Sheet::table`), so that a place is said by table and row (`document#2!C7`, said
//! `Word 文档第 2 个表格第 7 行第 3 列`), not by rows counted from the top (#16). A table under
//! a form that holds none of a form's cells (a 联系人/签字 or 填报说明 table) is left out and
//! said, as on a web page ([`Sheet::skip_tables_without_form`]).
//!
//! A table that holds another table is a **layout table** (tester s9 F22: a form pasted from a
//! web page, or framed by an office, sits in the one cell of an outer table), as on a web page:
//! its own paragraphs are page text, a row each, and the tables inside it are read as grids —
//! unless three of its own cells are the form's labels: then it is the form, and a small table
//! in one of its cells is that cell's text. A first pass over the body finds which tables are
//! layout tables.

use super::grid::Import;
use super::sheet::{self, Region, Sheet};
use super::zipped;
use quick_xml::events::{BytesStart, Event};
use std::collections::BTreeMap;

/// The sheet name notes use for a document.
const SHEET: &str = "document";

/// Imports every form in a `.docx`. `Err` when it is not a readable document or over the
/// limits.
pub fn import(source_name: &str, bytes: &[u8], rules: Option<&str>) -> Result<Import, String> {
    read(source_name, bytes, rules).map(super::Pending::write)
}

/// Like [`import`], the forms not yet written as case files: `score FILE` writes and
/// validates them a chunk at a time (#15).
pub fn read(
    source_name: &str,
    bytes: &[u8],
    rules: Option<&str>,
) -> Result<super::Pending, String> {
    zipped::check(bytes)?;
    let xml = zipped::read_entry(bytes, "word/document.xml")?;
    let (mut sheet, tables) = read_body(&xml).map_err(|e| {
        crate::i18n::msg!("import-refused-not-docx", file = source_name, error = e).to_string()
    })?;
    // A table under a form that holds none of a form's cells (联系人, 签字, 填报说明) is no part
    // of it: left out as a web page's footer table is (one mechanism with `html`).
    let mut skipped = sheet.skip_tables_without_form(&tables, |tables, cells| {
        crate::i18n::msg!(
            "import-skipped-document-tables",
            tables = tables,
            cells = cells
        )
    });
    if let Some(note) = &mut skipped {
        sheet.relocate_note(note);
    }
    let body = sheet::read(sheet);
    let mut sheets = vec![body];
    let mut problems = Vec::new();
    for entry in embedded_workbooks(bytes) {
        match read_embedded(bytes, &entry) {
            Ok(embedded) => {
                for mut forms in embedded {
                    forms.embedded_in(&entry, &sheets);
                    sheets.push(forms);
                }
            }
            Err(error) => problems.push(sheet::input_note(
                &entry,
                crate::i18n::msg!("import-embedded-unreadable", entry = &entry, error = error),
            )),
        }
    }
    let mut pending = sheet::collect(sheets, problems, source_name, rules);
    pending.problems.extend(skipped);
    Ok(pending)
}

/// The workbooks a document embeds, by zip entry, in name order: a form pasted into Word as an
/// Excel object is kept as `word/embeddings/Microsoft_Excel_Worksheet*.xlsx` (an `.xls`, or an
/// `oleObject*.bin` holding one, from older Word), the body showing only its picture.
fn embedded_workbooks(bytes: &[u8]) -> Vec<String> {
    let Ok(zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Vec::new();
    };
    let mut names: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| {
            let lower = n.to_ascii_lowercase();
            lower.starts_with("word/embeddings/")
                && [".xlsx", ".xlsm", ".xls", ".bin"]
                    .iter()
                    .any(|ext| lower.ends_with(ext))
        })
        .map(|n| n.to_string())
        .collect();
    names.sort();
    names
}

/// The forms of an embedded workbook, each sheet's apart; none for an embedding that holds no
/// workbook (an OLE object of another program); `Err` when a workbook cannot be read.
fn read_embedded(bytes: &[u8], entry: &str) -> Result<Vec<sheet::SheetForms>, String> {
    let inner = zipped::read_entry(bytes, entry)?;
    if inner.starts_with(b"PK\x03\x04") {
        if zipped::kind(&inner) != zipped::ZipKind::Workbook {
            return Ok(Vec::new());
        }
        return super::xlsx::sheet_forms(entry, &inner);
    }
    if inner.starts_with(super::OLE_MAGIC)
        && (super::has_stream_name(&inner, "Workbook") || super::has_stream_name(&inner, "Book"))
    {
        return super::xlsx::xls_sheet_forms(entry, &inner);
    }
    Ok(Vec::new())
}

/// A table cell being read.
#[derive(Default)]
struct OpenCell {
    text: String,
    span: u32,
    /// `Some(true)` restarts a vertical merge, `Some(false)` continues one.
    vmerge: Option<bool>,
}

/// Where the reader is in the body.
#[derive(Default)]
struct Body {
    sheet: Sheet,
    /// The next sheet row.
    row: u32,
    /// Grid table nesting depth (cells of tables nested in a grid table are read into its
    /// cell); a layout table does not count.
    depth: u32,
    /// Which tables, in the order they start, are layout tables ([`layout_tables`]).
    layout: Vec<bool>,
    /// How many tables have started.
    tables_seen: usize,
    /// For each open table, outermost first: whether it is a layout table.
    open_tables: Vec<bool>,
    /// The next grid column in the current table row.
    column: u32,
    cell: Option<OpenCell>,
    /// Text of the paragraph outside any table.
    paragraph: String,
    /// The first row of the outermost table being read: places in a table are said by its
    /// rows (`Sheet::table`, #16).
    table_start: Option<u32>,
    /// Open vertical merges of the current table by column: (first row, last row, span).
    vmerges: BTreeMap<u32, (u32, u32, u32)>,
    /// Inside `w:t`: the only element whose text is the document's (whitespace between
    /// elements is layout, `w:instrText` a field code, `w:delText` deleted text).
    in_t: bool,
    full: bool,
    /// The rows (first, last) of each outermost table read, so that a table holding no part
    /// of a form can be left out.
    tables: Vec<(u32, u32)>,
}

impl Body {
    fn push_text(&mut self, text: &str) {
        match (&mut self.cell, self.depth) {
            (Some(cell), _) => cell.text.push_str(text),
            (None, 0) => self.paragraph.push_str(text),
            (None, _) => {}
        }
    }

    fn start(&mut self, e: &BytesStart<'_>) {
        match e.local_name().as_ref() {
            "t" => self.in_t = true,
            "tbl" => {
                let layout = self.layout.get(self.tables_seen).copied().unwrap_or(false);
                self.tables_seen = self.tables_seen.saturating_add(1);
                self.open_tables.push(layout);
                if layout && self.depth == 0 {
                    return;
                }
                self.depth += 1;
                if self.depth == 1 {
                    self.vmerges.clear();
                    self.table_start = Some(self.row);
                }
            }
            "tr" if self.depth == 1 => self.column = 0,
            "tc" if self.depth == 1 => {
                self.cell = Some(OpenCell {
                    span: 1,
                    ..OpenCell::default()
                });
            }
            _ => self.property(e),
        }
    }

    /// `w:gridSpan`, `w:vMerge`, `w:br`, `w:tab` (start or empty elements).
    fn property(&mut self, e: &BytesStart<'_>) {
        let val = || {
            e.attributes()
                .flatten()
                .find(|a| a.key.local_name().as_ref() == "val")
                .map(|a| a.value.into_owned())
        };
        match e.local_name().as_ref() {
            "gridSpan" if self.depth == 1 => {
                let span = val()
                    .and_then(|v| v.trim().parse::<u32>().ok())
                    .unwrap_or(1)
                    .clamp(1, 1000);
                if let Some(cell) = &mut self.cell {
                    cell.span = span;
                }
            }
            "vMerge" if self.depth == 1 => {
                let restart = val().is_some_and(|v| v == "restart");
                if let Some(cell) = &mut self.cell {
                    cell.vmerge = Some(restart);
                }
            }
            "tab" => self.push_text(" "),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "t" => self.in_t = false,
            "tbl" => {
                let layout = self.open_tables.pop().unwrap_or(false);
                if layout && self.depth == 0 {
                    return;
                }
                if self.depth == 1 {
                    self.close_vmerges();
                    if let Some(start) = self.table_start.take()
                        && self.row > start
                    {
                        self.sheet.table(start, self.row - 1);
                        self.tables.push((start, self.row - 1));
                    }
                }
                self.depth = self.depth.saturating_sub(1);
            }
            "tr" if self.depth == 1 => self.row = self.row.saturating_add(1),
            "tc" if self.depth == 1 => self.end_cell(),
            "p" if self.depth == 0 => {
                let text = std::mem::take(&mut self.paragraph);
                let text = text.trim();
                if !text.is_empty() {
                    let (row, text) = (self.row, text.to_owned());
                    self.full |= !self.sheet.put(row, 0, text, false);
                    self.row = self.row.saturating_add(1);
                }
            }
            _ => {}
        }
    }

    fn end_cell(&mut self) {
        let Some(cell) = self.cell.take() else {
            return;
        };
        let (row, column) = (self.row, self.column);
        let last_column = column.saturating_add(cell.span - 1);
        match cell.vmerge {
            Some(false) => {
                // Continues the merge that starts above in this column.
                if let Some(open) = self.vmerges.get_mut(&column) {
                    open.1 = row;
                }
            }
            restart => {
                self.close_vmerges_in(column, last_column);
                let text = cell.text.trim().to_owned();
                self.full |= !self.sheet.put(row, column, text, false);
                if restart == Some(true) {
                    self.vmerges.insert(column, (row, row, cell.span));
                } else if cell.span > 1 {
                    self.full |= !self.sheet.merge(((row, column), (row, last_column)));
                }
            }
        }
        self.column = last_column.saturating_add(1);
    }

    fn close_vmerges_in(&mut self, first: u32, last: u32) {
        let closing: Vec<u32> = self.vmerges.range(first..=last).map(|(&c, _)| c).collect();
        for c in closing {
            if let Some((top, bottom, span)) = self.vmerges.remove(&c) {
                self.merge(top, bottom, c, span);
            }
        }
    }

    fn close_vmerges(&mut self) {
        let all = std::mem::take(&mut self.vmerges);
        for (c, (top, bottom, span)) in all {
            self.merge(top, bottom, c, span);
        }
    }

    fn merge(&mut self, top: u32, bottom: u32, column: u32, span: u32) {
        let region: Region = ((top, column), (bottom, column.saturating_add(span - 1)));
        if region.0 != region.1 {
            self.full |= !self.sheet.merge(region);
        }
    }
}

/// The elements the first pass over a body looks at.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tag {
    /// `w:tbl`
    Table,
    /// `w:tr` or `w:tc`: a cell's text ends.
    Cell,
    /// `w:t`
    Text,
}

impl Tag {
    fn of(name: &str) -> Option<Tag> {
        match name {
            "tbl" => Some(Tag::Table),
            "tr" | "tc" => Some(Tag::Cell),
            "t" => Some(Tag::Text),
            _ => None,
        }
    }
}

/// For each table of the body (`w:tbl`), in the order they start: whether it is a layout
/// table — it holds another table, and fewer than three of its own cells are the form's
/// labels ([`sheet::is_grid_label`]), as on a web page.
fn layout_tables(xml: &[u8]) -> Result<Vec<bool>, String> {
    /// A table being read: its index, whether it holds a table, its own labels, its cell's
    /// text so far.
    struct Open {
        index: usize,
        holds_table: bool,
        labels: usize,
        cell: String,
    }
    fn end_cell(open: Option<&mut Open>) {
        if let Some(t) = open {
            let cell: String = t.cell.chars().filter(|c| !c.is_whitespace()).collect();
            t.cell.clear();
            t.labels += usize::from(sheet::is_grid_label(&cell));
        }
    }
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut layout = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let mut in_t = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("{e} (at byte {})", reader.buffer_position()))?;
        let (start, name) = match &event {
            Event::Start(e) => (true, Tag::of(e.local_name().as_ref())),
            Event::End(e) => (false, Tag::of(e.local_name().as_ref())),
            Event::Text(t) if in_t => {
                if let Some(table) = open.last_mut() {
                    table.cell.push_str(&t.xml10_content());
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        match (start, name) {
            (true, Some(Tag::Table)) => {
                if let Some(outer) = open.last_mut() {
                    outer.holds_table = true;
                }
                open.push(Open {
                    index: layout.len(),
                    holds_table: false,
                    labels: 0,
                    cell: String::new(),
                });
                layout.push(false);
            }
            (false, Some(Tag::Table)) => {
                end_cell(open.last_mut());
                if let Some(t) = open.pop()
                    && let Some(is_layout) = layout.get_mut(t.index)
                {
                    *is_layout = t.holds_table && t.labels < 3;
                }
            }
            (_, Some(Tag::Cell)) => end_cell(open.last_mut()),
            (_, Some(Tag::Text)) => in_t = start,
            _ => {}
        }
    }
    Ok(layout)
}

/// Reads the body of `word/document.xml` into a sheet, with the rows (first, last) of each
/// outermost table.
fn read_body(xml: &[u8]) -> Result<(Sheet, Vec<(u32, u32)>), String> {
    let layout = layout_tables(xml)?;
    // Events borrowed from the bytes, not copied into a buffer each (#15).
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut body = Body {
        sheet: Sheet::new(SHEET),
        layout,
        ..Body::default()
    };
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("{e} (at byte {})", reader.buffer_position()))?;
        match event {
            Event::Start(e) => body.start(&e),
            Event::Empty(e) => body.property(&e),
            Event::End(e) => body.end(e.local_name().as_ref()),
            Event::Text(t) if body.in_t => body.push_text(&t.xml10_content()),
            Event::GeneralRef(r) if body.in_t => {
                if let Some(c) = super::xml_text::ref_char(&r) {
                    body.push_text(c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
        if body.full {
            break;
        }
    }
    Ok((body.sheet, body.tables))
}
