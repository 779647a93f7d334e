//! Importer for web pages that publish forms as `<table>`s (government sites do). The page is
//! decoded (UTF-8, else the `charset` it declares, else GB18030, with a note), tokenised by
//! html5gum (a WHATWG tokenizer: entities such as `&nbsp;`, unclosed tags and attributes
//! without quotes as a browser reads them) and laid out as one sparse [`Sheet`] called `page`:
//! each block of text outside a table (a heading, a paragraph) is a row of one cell, each table
//! row a row, cells placed past the ones that `rowspan`s from above still cover, `colspan` and
//! `rowspan` as merged regions. `<br>` inside a cell joins its lines. A `<td>` or `<tr>` left
//! open is closed by the next one, as browsers do. Several forms on one page are cut at their
//! titles by the grid reader; text around them is skipped and said. The `<head>` (its
//! `<title>`), scripts and styles are not page text.
//!
//! A table that holds another table is a **layout table** (old county sites and Word's or
//! WPS's "save as web page" wrap the whole page, the article or the attachment in one): its
//! own cells are page text, a block each, and the innermost tables — the ones that hold the
//! form's cells — are read as grids. A first pass over the tokens finds which tables those are.

use super::encoding;
use super::grid::{self, Import, NoteKind};
use super::sheet::{self, Sheet};
use crate::i18n::{msg, quoted};
use html5gum::{DefaultEmitter, Token, Tokenizer};
use std::borrow::Cow;
use std::collections::BTreeMap;

mod nested;
use nested::Nested;

/// The sheet name notes use for a page.
const SHEET: &str = "page";

/// Largest `colspan` / `rowspan` honoured (the HTML standard's caps are 1000 and 65534).
const MAX_SPAN: u32 = 1000;

/// True when `bytes` look like an HTML page: a tag that only HTML has near the start (the test
/// a folder walk tells a file with no extension by, [`crate::load::looks_like_page`]).
pub fn looks_like(bytes: &[u8]) -> bool {
    crate::load::looks_like_page(bytes)
}

/// Imports every form in an HTML page.
pub fn import(source_name: &str, bytes: &[u8], rules: Option<&str>) -> Import {
    read(source_name, bytes, rules).write()
}

/// Like [`import`], the forms not yet written as case files: `score FILE` writes and
/// validates them a chunk at a time (#15).
pub fn read(source_name: &str, bytes: &[u8], rules: Option<&str>) -> super::Pending {
    let (text, note) = decode(bytes);
    let mut page = Page {
        sheet: Sheet::new(SHEET),
        layout: layout_tables(&text),
        hidden_classes: hidden_classes(&text),
        ..Page::default()
    };
    for token in tokens(&text) {
        page.token(token);
        if page.full {
            break;
        }
    }
    page.end_block();
    page.close_table();
    let mut skipped = page
        .sheet
        .skip_tables_without_form(&page.tables, |tables, cells| {
            crate::i18n::msg!("import-skipped-page-tables", tables = tables, cells = cells)
        });
    for &(first, last) in &page.tables {
        page.sheet.table(first, last);
    }
    if let Some(note) = &mut skipped {
        page.sheet.relocate_note(note);
    }
    let mut pending = sheet::read_sheets(vec![page.sheet], Vec::new(), source_name, rules);
    pending.problems.extend(skipped);
    if let Some(message) = note {
        // Written with each form: its mirror is kept (#15).
        pending.note_encoding(message);
    }
    pending
}

/// The page's tokens. Script and style contents are raw text, not tags.
fn tokens(text: &str) -> impl Iterator<Item = Token> + '_ {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    Tokenizer::new_with_emitter(text, emitter).flatten()
}

/// For each `<table>` of the page, in the order they start: whether it holds another table
/// (a layout table, whose own cells are page text) — unless its own cells hold the form's
/// labels (项目名称, 一级指标, 年度指标值 …, three or more): then it is the form, and a small
/// table inside one of its cells (a 偏差原因 written as a 2×2 table) is that cell's text (#15:
/// it was taken for a layout table and the page had no form).
fn layout_tables(text: &str) -> Vec<bool> {
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
            let cell = squeeze(&std::mem::take(&mut t.cell));
            t.labels += usize::from(sheet::is_grid_label(&cell));
        }
    }
    let mut layout = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    for token in tokens(text) {
        match token {
            Token::StartTag(tag) if tag.name.as_slice() == b"table" => {
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
            Token::EndTag(tag) if tag.name.as_slice() == b"table" => {
                end_cell(open.last_mut());
                if let Some(t) = open.pop()
                    && let Some(is_layout) = layout.get_mut(t.index)
                {
                    *is_layout = t.holds_table && t.labels < 3;
                }
            }
            Token::StartTag(tag) if matches!(tag.name.as_slice(), b"td" | b"th" | b"tr") => {
                end_cell(open.last_mut());
            }
            Token::EndTag(tag) if matches!(tag.name.as_slice(), b"td" | b"th" | b"tr") => {
                end_cell(open.last_mut());
            }
            Token::String(s) => {
                if let Some(t) = open.last_mut() {
                    t.cell.push_str(&String::from_utf8_lossy(&s));
                }
            }
            _ => {}
        }
    }
    layout
}

/// The page's text: UTF-8 when it is valid UTF-8, else the `charset` the page declares, else
/// GB18030; with a note when not UTF-8.
fn decode(bytes: &[u8]) -> (Cow<'_, str>, Option<crate::i18n::Message>) {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (Cow::Borrowed(text), None);
    }
    if let Some(declared) = declared_charset(bytes)
        && let Some(enc) = encoding_rs::Encoding::for_label(declared.as_bytes())
        && enc != encoding_rs::UTF_8
    {
        // GBK and GB2312 pages are decoded as GB18030, their superset (as browsers do).
        let enc = if enc == encoding_rs::GBK {
            encoding_rs::GB18030
        } else {
            enc
        };
        let (text, _, replaced) = enc.decode(bytes);
        let read = crate::i18n::msg!(
            "import-page-charset",
            declared = declared,
            encoding = enc.name()
        );
        let message = if replaced {
            crate::i18n::msg!("import-encoding-replaced", read = read)
        } else {
            read
        };
        return (text, Some(message));
    }
    let decoded = encoding::decode(bytes);
    let message = decoded.message();
    (decoded.text, message)
}

/// The `charset=…` a page declares in its first 1024 bytes.
fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = bytes.get(..bytes.len().min(1024)).unwrap_or(bytes);
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = lower.get(at..)?;
    let name: Vec<u8> = rest
        .iter()
        .copied()
        .skip_while(|&b| b == b'"' || b == b'\'' || b == b' ')
        .take_while(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        .collect();
    String::from_utf8(name).ok().filter(|n| !n.is_empty())
}

/// A table cell being read.
#[derive(Default)]
struct OpenCell {
    text: String,
    colspan: u32,
    rowspan: u32,
    /// The table inside this cell, as rows of cells (one only: with a second, none).
    nested: Option<Nested>,
    /// How many tables have opened inside this cell.
    inner_tables: u32,
    /// True for a cell the browser does not show (`display:none`): it takes no column.
    hidden: bool,
}

/// Where the reader is in the page.
#[derive(Default)]
struct Page {
    sheet: Sheet,
    /// The classes the page's `<style>` hides (`.xlhid{display:none}`): an element of one of
    /// them is hidden as an inline `display:none` hides it.
    hidden_classes: Vec<String>,
    /// The next sheet row.
    row: u32,
    /// Grid tables open: 0 or 1, as a grid table holds no other table (anything past 1 is a
    /// table opened by a `<table>` the first pass did not count, and its text joins the cell).
    depth: u32,
    /// Which tables, in the order they start, are layout tables (`layout_tables`).
    layout: Vec<bool>,
    /// How many `<table>`s have started.
    tables_seen: usize,
    /// For each open table, outermost first: whether it is a layout table.
    open_tables: Vec<bool>,
    /// A table row is open.
    in_row: bool,
    /// The next column in the open table row.
    column: u32,
    cell: Option<OpenCell>,
    /// Columns still covered by a `rowspan` from above: column → last row covered.
    spans: BTreeMap<u32, u32>,
    /// Text outside tables, until the block ends.
    block: String,
    /// Inside `<head>`, `<script>`, `<style>`, `<template>`: not page text.
    hidden: u32,
    full: bool,
    /// The first row of the outermost table being read.
    table_start: Option<u32>,
    /// The rows (first, last) of each outermost table read, so that a table holding no part
    /// of a form (the site's footer) can be left out.
    tables: Vec<(u32, u32)>,
    /// The text of the open row's first cell placed (`项目资金(万元)`).
    row_head: Option<String>,
    /// The cells of the open row placed so far: (first column, last column).
    row_placed: Vec<(u32, u32)>,
    /// A funds block read from a table inside a cell of the open row, laid out when the row
    /// ends: its rows and the (row, column) of the cell it stands in.
    funds_block: Option<(Vec<Vec<OpenCell>>, u32, u32)>,
}

/// Elements whose start or end ends a block of text outside grid tables (a layout table's
/// cells are blocks).
const BLOCKS: [&[u8]; 20] = [
    b"p", b"div", b"br", b"h1", b"h2", b"h3", b"h4", b"h5", b"h6", b"li", b"tr", b"td", b"th",
    b"table", b"section", b"article", b"header", b"footer", b"center", b"hr",
];

impl Page {
    fn token(&mut self, token: Token) {
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.as_slice();
                let attr = |key: &[u8]| {
                    tag.attributes
                        .get(key)
                        .and_then(|v| std::str::from_utf8(v).ok())
                        .and_then(|v| v.trim().parse::<u32>().ok())
                        .unwrap_or(1)
                        .clamp(1, MAX_SPAN)
                };
                let (colspan, rowspan) = (attr(b"colspan"), attr(b"rowspan"));
                let shown = !tag.attributes.get(&b"style"[..]).is_some_and(|v| hides(v))
                    && !tag.attributes.get(&b"class"[..]).is_some_and(|v| {
                        v.split(|b| b.is_ascii_whitespace()).any(|c| {
                            self.hidden_classes
                                .iter()
                                .any(|h| h.as_bytes().eq_ignore_ascii_case(c))
                        })
                    });
                self.start(name, (colspan, rowspan, shown), tag.self_closing);
            }
            Token::EndTag(tag) => self.end(tag.name.as_slice()),
            Token::String(text) if self.hidden == 0 => {
                let text = String::from_utf8_lossy(&text);
                self.text(&text);
            }
            _ => {}
        }
    }

    /// Starts element `name` with its spans and whether its style shows it.
    fn start(&mut self, name: &[u8], span: (u32, u32, bool), self_closing: bool) {
        let (colspan, rowspan, shown) = span;
        if matches!(
            name,
            b"head" | b"script" | b"style" | b"template" | b"title"
        ) && !self_closing
        {
            self.hidden += 1;
            return;
        }
        if self.depth == 0 && BLOCKS.contains(&name) {
            self.end_block();
        }
        match name {
            b"table" => {
                let layout = self.layout.get(self.tables_seen).copied().unwrap_or(false);
                self.tables_seen = self.tables_seen.saturating_add(1);
                self.open_tables.push(layout);
                if layout && self.depth == 0 {
                    return;
                }
                self.depth += 1;
                if self.depth == 1 {
                    self.spans.clear();
                    self.table_start = Some(self.row);
                }
                if self.depth == 2
                    && let Some(cell) = &mut self.cell
                {
                    cell.inner_tables = cell.inner_tables.saturating_add(1);
                    cell.nested = (cell.inner_tables == 1).then(Nested::default);
                }
            }
            b"tr" if self.depth == 1 => {
                self.end_row();
                self.in_row = true;
                self.column = 0;
                if !shown {
                    // A row the browser does not show (`display:none`, as Excel's "save as web
                    // page" writes a hidden row): left out and said, as a workbook's hidden row
                    // is (tester s14 F2).
                    self.sheet.hide(&[self.row], &[]);
                }
            }
            b"td" | b"th" if self.depth == 1 => {
                self.end_cell();
                if !self.in_row {
                    self.in_row = true;
                    self.column = 0;
                }
                self.cell = Some(OpenCell {
                    colspan,
                    rowspan,
                    hidden: !shown,
                    ..OpenCell::default()
                });
            }
            // A grid table's `<caption>` is its title (Word's "save as web page" and CMS editors
            // put it there): a row of one cell above the table's rows (tester s9 F8: both forms
            // of a county page were refused, their titles lost).
            b"caption" if self.depth == 1 => {
                self.end_row();
                self.in_row = true;
                self.column = 0;
                self.cell = Some(OpenCell {
                    colspan: 1,
                    rowspan: 1,
                    ..OpenCell::default()
                });
            }
            b"br" => self.text("\n"),
            // A table inside a grid table's cell: its cells' texts apart in the cell's text,
            // and its rows kept in case they are the funds block (`nested`).
            b"td" | b"th" | b"tr" if self.depth > 1 => {
                self.text(" ");
                if self.depth == 2
                    && let Some(nested) = self.cell.as_mut().and_then(|c| c.nested.as_mut())
                {
                    match name {
                        b"tr" => nested.row(),
                        _ => nested.cell(colspan, rowspan),
                    }
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8]) {
        if matches!(
            name,
            b"head" | b"script" | b"style" | b"template" | b"title"
        ) {
            self.hidden = self.hidden.saturating_sub(1);
            return;
        }
        match name {
            b"table" => {
                let layout = self.open_tables.pop().unwrap_or(false);
                if layout && self.depth == 0 {
                    self.end_block();
                    return;
                }
                if self.depth == 1 {
                    self.close_table();
                }
                self.depth = self.depth.saturating_sub(1);
            }
            b"tr" | b"caption" if self.depth == 1 => self.end_row(),
            b"td" | b"th" if self.depth == 1 => self.end_cell(),
            _ if self.depth == 0 && BLOCKS.contains(&name) => self.end_block(),
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        match (&mut self.cell, self.depth) {
            (Some(cell), depth) => {
                cell.text.push_str(text);
                if let Some(nested) = cell.nested.as_mut().filter(|_| depth > 1) {
                    nested.text(text);
                }
            }
            (None, 0) => self.block.push_str(text),
            (None, _) => {}
        }
    }

    /// Ends a block of text outside tables: a row of one cell.
    fn end_block(&mut self) {
        let text = squeeze(&std::mem::take(&mut self.block));
        if !text.is_empty() {
            self.full |= !self.sheet.put(self.row, 0, text, false);
            self.row = self.row.saturating_add(1);
        }
    }

    fn end_cell(&mut self) {
        let Some(mut cell) = self.cell.take() else {
            return;
        };
        if cell.hidden {
            // Not laid out by a browser: the cells after it take its place (tester s14 F2).
            let text = squeeze(&cell.text);
            if !text.is_empty() {
                let text: String = text.chars().take(40).collect();
                let message = msg!("import-cell-hidden-page", text = text);
                self.sheet
                    .note(self.row, self.column, NoteKind::Recognised, message);
            }
            return;
        }
        if self.column == 0 {
            self.end_overrun_spans(&cell.text);
        }
        // Skip the columns a rowspan from above still covers.
        while self
            .spans
            .get(&self.column)
            .is_some_and(|&last| last >= self.row)
        {
            self.column = self.column.saturating_add(1);
        }
        let (row, column) = (self.row, self.column);
        let last_row = row.saturating_add(cell.rowspan - 1);
        let last_column = column.saturating_add(cell.colspan - 1);
        let head = self.row_head.as_deref().unwrap_or("");
        let funds_row = grid::is_funds_header(head);
        if let Some(rows) = cell.nested.take().and_then(|n| n.funds_rows(head)) {
            self.funds_block = Some((rows, row, column));
            self.column = last_column.saturating_add(1);
            return;
        }
        // Tables inside the funds header's cell that are no funds block (two of them, or one
        // naming no funds columns): their text joined would be read as the header's columns.
        // They are left out and said, never read as figures they are not.
        if funds_row && cell.inner_tables > 0 {
            let message = msg!("import-note-html-nested-funds-unread", label = quoted(head));
            self.sheet.note(row, column, NoteKind::Unreadable, message);
            self.column = last_column.saturating_add(1);
            return;
        }
        let text = squeeze(&cell.text);
        if self.row_head.is_none() && !text.is_empty() {
            self.row_head = Some(text.clone());
        }
        self.row_placed.push((column, last_column));
        // The region first: a label merged down from a hidden row stands in the first row
        // shown (`Sheet::put`).
        if (last_row, last_column) != (row, column) {
            self.full |= !self.sheet.merge(((row, column), (last_row, last_column)));
        }
        self.full |= !self.sheet.put(row, column, text, false);
        if last_row > row {
            for c in column..=last_column {
                self.spans.insert(c, last_row);
            }
        }
        self.column = last_column.saturating_add(1);
    }

    /// Ends the rowspans from above that run one row too far into a row opening with `text`
    /// (tester s9 F26, a CMS editor's slip): a 总分/合计 row or a title row ends every span
    /// over it, a level-1 label (`效益指标(30分)`) the level-1 label's span over it. Read
    /// under the span, the row's cells were pushed a column right: the 总分 row's 分值 was read
    /// as its 自评总分, a 二级 label as a 一级 one. Each span ended is noted at its row. The
    /// 项目资金 or 年度总体目标 label's span is never ended: a funds block may have a 合计 row.
    fn end_overrun_spans(&mut self, text: &str) {
        let label = squeeze(text);
        let opens = grid::is_total_label(&label) || grid::is_title(&label);
        let level1 = matches!(
            grid::split_points(&label).0,
            "产出指标" | "效益指标" | "满意度指标"
        );
        if !(opens || level1) {
            return;
        }
        let row = self.row;
        let mut column = 0;
        while let Some(&last) = self.spans.get(&column).filter(|&&last| last >= row) {
            let Some((over, first, end)) = self.sheet.merge_over(row, column) else {
                break;
            };
            let over = squeeze(&over);
            let over_level1 = matches!(
                grid::split_points(&over).0,
                "产出指标" | "效益指标" | "满意度指标"
            );
            // A 合计 row inside the funds or goals block stays under their label's span.
            let over_block = grid::is_funds_header(&over) || grid::is_goals_header(&over);
            if (opens && !over_block) || over_level1 {
                self.sheet.end_merge_above(row, column);
                for c in first..=end {
                    self.spans.insert(c, row.saturating_sub(1));
                }
                let message = msg!(
                    "import-note-rowspan-ended",
                    cell = quoted(over.as_str()),
                    rows = last - row + 1,
                    row = quoted(label.as_str())
                );
                self.sheet.note(row, column, NoteKind::Recognised, message);
            }
            column = end.saturating_add(1);
        }
    }

    fn end_row(&mut self) {
        self.end_cell();
        let below = self.lay_out_funds_block();
        if self.in_row {
            self.in_row = false;
            self.row = self.row.saturating_add(1 + below);
        }
        self.row_head = None;
        self.row_placed.clear();
    }

    /// Lays out the funds block read from a table inside a cell of the row ending
    /// ([`nested`]): its rows from this row down, from the cell's column on; the row's other
    /// cells and the rowspans over it stretched down over them. Returns the rows added below.
    fn lay_out_funds_block(&mut self) -> u32 {
        let Some((rows, row, column)) = self.funds_block.take() else {
            return 0;
        };
        let below = u32::try_from(rows.len().saturating_sub(1)).unwrap_or(u32::MAX);
        if below > 0 {
            self.full |= !self.sheet.stretch_down(row, below, &self.row_placed);
            for last in self.spans.values_mut() {
                if *last >= row {
                    *last = last.saturating_add(below);
                }
            }
        }
        // Columns a rowspan inside the block still covers: column → last row covered.
        let mut spans: BTreeMap<u32, u32> = BTreeMap::new();
        for (r, cells) in (row..).zip(rows) {
            let mut c = column;
            for cell in cells {
                while spans.get(&c).is_some_and(|&last| last >= r) {
                    c = c.saturating_add(1);
                }
                let last_row = r.saturating_add(cell.rowspan - 1);
                let last_column = c.saturating_add(cell.colspan - 1);
                self.full |= !self.sheet.put(r, c, squeeze(&cell.text), false);
                if (last_row, last_column) != (r, c) {
                    self.full |= !self.sheet.merge(((r, c), (last_row, last_column)));
                }
                for x in c..=last_column {
                    spans.insert(x, last_row);
                }
                c = last_column.saturating_add(1);
            }
        }
        let message = msg!(
            "import-note-html-nested-funds",
            label = quoted(self.row_head.as_deref().unwrap_or("")),
            rows = below + 1
        );
        self.sheet.note(row, column, NoteKind::Recognised, message);
        below
    }

    fn close_table(&mut self) {
        self.end_row();
        // Rows a rowspan reaches past the table's end are not rows of the table.
        self.spans.clear();
        if let Some(start) = self.table_start.take()
            && self.row > start
        {
            self.tables.push((start, self.row - 1));
        }
    }
}

/// The class names a page's `<style>` blocks hide with `display:none` (tester s14b A: a row
/// of class `xlhid` under `.xlhid{display:none}` was read as a visible indicator). Simple
/// selectors only: `.name`, `tr.name`, `td.name`, each of a comma-separated list.
fn hidden_classes(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let lower = text.to_ascii_lowercase();
    let mut rest = lower.as_str();
    while let Some(open) = rest.find("<style") {
        let body = &rest[open..];
        let Some(start) = body.find('>') else { break };
        let end = body.find("</style").unwrap_or(body.len());
        let css = body.get(start + 1..end).unwrap_or("");
        for rule in css.split('}') {
            let Some((selectors, declarations)) = rule.split_once('{') else {
                continue;
            };
            if !hides(declarations.as_bytes()) {
                continue;
            }
            for selector in selectors.split(',') {
                let selector = selector.trim();
                let Some((element, class)) = selector.rsplit_once('.') else {
                    continue;
                };
                let simple = |t: &str| {
                    t.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                };
                if matches!(element, "" | "tr" | "td" | "th")
                    && !class.is_empty()
                    && simple(class)
                    && !out.iter().any(|c| c == class)
                {
                    out.push(class.to_owned());
                }
            }
        }
        rest = &body[end.max(start + 1)..];
    }
    out
}

/// True for a `style` attribute that hides its element from a browser (`display:none`,
/// `display: none !important`), as Excel's "save as web page" writes a hidden row.
fn hides(style: &[u8]) -> bool {
    let squeezed: Vec<u8> = style
        .iter()
        .filter(|b| !b.is_ascii_whitespace())
        .map(u8::to_ascii_lowercase)
        .collect();
    squeezed
        .windows(b"display:none".len())
        .any(|w| w == b"display:none")
}

/// A cell's text as a browser shows it: lines joined (`<br>` inside a cell breaks a label such
/// as `项目资金<br>(万元)`), runs of white space (including `&nbsp;`) as one space, trimmed.
fn squeeze(text: &str) -> String {
    // Most cells hold no white space at all: nothing to join or squeeze (#15).
    if !text.chars().any(char::is_whitespace) {
        return text.to_owned();
    }
    // The lines, trimmed, joined with nothing between them, read as they are joined.
    let joined = text
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .flat_map(str::chars);
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in joined {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// The page's grid rows: each row's (column, text) of its cells holding text.
    fn grid(html: &str) -> Vec<Vec<(usize, String)>> {
        let mut page = Page {
            sheet: Sheet::new(SHEET),
            layout: layout_tables(html),
            ..Page::default()
        };
        for token in tokens(html) {
            page.token(token);
        }
        page.end_block();
        page.close_table();
        let rows = page.sheet.rows().unwrap();
        rows.iter()
            .map(|r| {
                let cells = r.cells.iter().filter(|c| !c.text.is_empty());
                cells.map(|c| (c.number, c.text.to_string())).collect()
            })
            .collect()
    }

    /// Tester s9 F26: a rowspan running into the 总分 row ends above it, and the 总分 row's
    /// cells stand in their own columns; a funds label's span over a 合计 row of the funds is
    /// kept (that 合计 is a funds row).
    #[test]
    fn a_rowspan_into_the_total_row_ends_above_it_but_not_the_funds_label_s() {
        let total = grid(
            "<table><tr><th rowspan=\"3\">绩效指标</th><td>产出指标</td><td>10</td></tr>\
             <tr><td>质量指标</td><td>9</td></tr><tr><td>总分</td><td>100</td></tr></table>",
        );
        assert_eq!(
            total.last().unwrap(),
            &[(1, "总分".to_owned()), (2, "100".to_owned())]
        );
        let funds = grid(
            "<table><tr><td rowspan=\"3\">项目资金(万元)</td><td>年度资金总额</td><td>5</td></tr>\
             <tr><td>其他资金</td><td>0</td></tr><tr><td>合计</td><td>5</td></tr></table>",
        );
        assert_eq!(
            funds.last().unwrap(),
            &[(2, "合计".to_owned()), (3, "5".to_owned())]
        );
    }

    /// Tester s12 S14: a funds block as a table inside the cell beside `项目资金` is laid out
    /// as rows in place of the cell, the label stretched over them and the rows below moved
    /// down; a small table in another cell (a 偏差原因 as a 2×2 table) stays that cell's text.
    #[test]
    fn a_funds_table_inside_a_cell_is_laid_out_as_rows_and_other_small_tables_stay_text() {
        let rows = grid(
            "<table><tr><td>项目名称</td><td>一级指标</td><td>二级指标</td></tr>\
             <tr><td>项目资金</td><td><table><tr><td></td><td>年初预算数</td>\
             <td>全年执行数</td></tr><tr><td>年度资金总额</td><td>5</td><td>4</td></tr>\
             </table></td></tr><tr><td>总分</td><td><table><tr><td>a</td><td>b</td></tr>\
             </table></td></tr></table>",
        );
        let row = |cells: &[(usize, &str)]| -> Vec<(usize, String)> {
            cells.iter().map(|&(c, t)| (c, t.to_owned())).collect()
        };
        assert_eq!(
            rows,
            [
                row(&[(1, "项目名称"), (2, "一级指标"), (3, "二级指标")]),
                row(&[(1, "项目资金"), (3, "年初预算数"), (4, "全年执行数")]),
                row(&[(2, "年度资金总额"), (3, "5"), (4, "4")]),
                row(&[(1, "总分"), (2, "a b")]),
            ]
        );
    }
}
