//! Excel's XML spreadsheet of 2003 (SpreadsheetML, "XML 电子表格 2003": `<?mso-application
//! progid="Excel.Sheet"?>` and a `<Workbook>` of the namespace
//! `urn:schemas-microsoft-com:office:spreadsheet`), as systems export it and name it `.xls` or
//! `.xml`. Read in one pass of quick-xml into the same sparse [`Sheet`]s as an `.xlsx`, each
//! cell through the `.xlsx` reader's own [`put_cell`] (percent formats, rounding, dates and
//! error values said alike), so the forms go through the one grid reader.
//!
//! The file says where each cell stands, not how big the sheet is (`ss:ExpandedRowCount` is not
//! trusted): a `<Cell>` stands after the cell before it and the columns that cell merges across
//! (`ss:MergeAcross`), or at its `ss:Index`; a `<Row>` after the row before, or at its
//! `ss:Index`. A merged region's text is its top-left cell's. Rows, columns (`ss:Hidden`) and
//! worksheets (`<Visible>SheetHidden</Visible>`) hidden on screen are left out and said, as in
//! an `.xlsx`. The text of `<Data>` includes its rich-text children (`<html:B>`, `<Font>`),
//! entities resolved; a cell's comment (`<Comment>`) is no part of it.
//!
//! LibreOffice writes a cell under a region merged down from a row above without an
//! `ss:Index` and counts the `ss:Index` it writes without the columns such regions cover
//! (Excel counts every column). A cell is never put on a column merged over from above: a sheet
//! that shows this (or a file LibreOffice wrote) is read by LibreOffice's count, said once.

use super::number_format::Shown;
use super::{DataRef, put_cell};
use crate::i18n::msg;
use crate::import::grid::NoteKind;
use crate::import::limits;
use crate::import::sheet::Sheet;
use quick_xml::events::{BytesStart, Event};
use std::collections::{BTreeMap, HashMap};

/// True when `bytes` are an XML spreadsheet ([`crate::load::looks_like_spreadsheet_ml`]).
pub(crate) fn looks_like(bytes: &[u8]) -> bool {
    crate::load::looks_like_spreadsheet_ml(bytes)
}

/// The sheets of an XML spreadsheet, in order (a hidden one holds only its note), or why the
/// XML cannot be read.
pub(super) fn sheets(text: &str) -> Result<Vec<Sheet>, String> {
    let lo_writer = text.get(..text.len().min(4096)).is_some_and(|head| {
        head.contains("urn:schemas-microsoft-com:office:component:spreadsheet")
            && !head.contains("<DocumentProperties")
    });
    let mut reader = quick_xml::Reader::from_str(text);
    let mut book = Book {
        lo_writer,
        ..Book::default()
    };
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("{e} (at byte {})", reader.buffer_position()))?;
        match event {
            Event::Start(e) => book.start(&e),
            Event::Empty(e) => {
                book.start(&e);
                book.end(e.local_name().as_ref());
            }
            Event::End(e) => book.end(e.local_name().as_ref()),
            Event::Text(t) => book.text(&t.xml10_content()),
            Event::CData(t) => book.text(&t.into_inner()),
            Event::GeneralRef(r) => {
                if let Some(c) = crate::import::xml_text::ref_char(&r) {
                    book.text(c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    book.end_sheet();
    Ok(book.sheets)
}

/// Where the reader is in the workbook.
#[derive(Default)]
struct Book {
    sheets: Vec<Sheet>,
    /// The styles' number formats by `ss:ID` (its own, or none: its parent's).
    styles: HashMap<String, (Option<Shown>, Option<String>)>,
    /// The style being read.
    style: Option<String>,
    lo_writer: bool,
    sheet: Option<Worksheet>,
}

/// A worksheet being read.
#[derive(Default)]
struct Worksheet {
    sheet: Sheet,
    /// The next column of `<Column>` (0-based).
    next_column: u32,
    /// The current row (0-based) and the next.
    row: u32,
    next_row: u32,
    /// The next cell's column (0-based) in the current row.
    column: u32,
    /// The open cell: its column, style and whether it is the form's (not a comment's).
    cell: Option<OpenCell>,
    in_comment: bool,
    in_visible: bool,
    visible: String,
    /// Regions merged down: first column → (last column, first row, last row).
    down: BTreeMap<u32, (u32, u32, u32)>,
    /// Set once a cell shows LibreOffice's count of `ss:Index` (or the file is LibreOffice's).
    lo_count: bool,
    /// Set once a cell was placed by LibreOffice's count where Excel's gives another column.
    lo_said: bool,
    /// Set when the last cell placed stands elsewhere than Excel's count puts it.
    moved: bool,
    /// Set when the file is LibreOffice's (by its namespaces): its count is then no guess.
    lo_writer: bool,
    /// Steps spent skipping regions merged over from above (bounded).
    work: usize,
    full: bool,
}

#[derive(Default)]
struct OpenCell {
    column: u32,
    /// Placed by LibreOffice's count where Excel's gives another column.
    moved: bool,
    style: Option<String>,
    kind: Option<String>,
    text: String,
    in_data: bool,
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == name).then(|| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_default()
        })
    })
}

fn number(e: &BytesStart<'_>, name: &str) -> Option<u32> {
    attr(e, name)?.trim().parse().ok()
}

impl Book {
    fn start(&mut self, e: &BytesStart<'_>) {
        let name = e.local_name();
        match name.as_ref() {
            "Style" => {
                let id = attr(e, "ID").unwrap_or_default();
                self.styles.insert(id.clone(), (None, attr(e, "Parent")));
                self.style = Some(id);
            }
            "NumberFormat" => {
                if let Some(id) = &self.style
                    && let Some(entry) = self.styles.get_mut(id)
                {
                    entry.0 = attr(e, "Format").and_then(|f| Shown::of(named_format(&f)));
                }
            }
            "Worksheet" => {
                self.end_sheet();
                let name =
                    attr(e, "Name").unwrap_or_else(|| format!("Sheet{}", self.sheets.len() + 1));
                self.sheet = Some(Worksheet {
                    sheet: Sheet::new(&name),
                    lo_count: self.lo_writer,
                    lo_writer: self.lo_writer,
                    ..Worksheet::default()
                });
            }
            _ => {
                if let Some(sheet) = &mut self.sheet {
                    sheet.start(name.as_ref(), e);
                }
            }
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "Style" => self.style = None,
            "Worksheet" => self.end_sheet(),
            _ => {
                if let Some(sheet) = &mut self.sheet {
                    sheet.end(name, &self.styles);
                }
            }
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(sheet) = &mut self.sheet {
            if sheet.in_visible {
                sheet.visible.push_str(text);
            } else if let Some(cell) = &mut sheet.cell
                && cell.in_data
                && !sheet.in_comment
            {
                cell.text.push_str(text);
            }
        }
    }

    /// Ends the worksheet being read: a hidden one is marked so ([`super::sheet::read`]).
    fn end_sheet(&mut self) {
        let Some(read) = self.sheet.take() else {
            return;
        };
        let mut sheet = read.sheet;
        sheet.hidden_sheet = match read.visible.trim() {
            "SheetHidden" => Some((false, msg!("import-sheet-hidden"))),
            "SheetVeryHidden" => Some((true, msg!("import-sheet-very-hidden"))),
            _ => None,
        };
        self.sheets.push(sheet);
    }
}

/// Excel's named number formats as format codes.
fn named_format(format: &str) -> &str {
    match format {
        "Percent" => "0.00%",
        "Fixed" => "0.00",
        "Standard" => "#,##0.00",
        "General Number" | "General" => "General",
        other => other,
    }
}

/// How a style shows its number, its parents' format when it has none (a chain of at most 8).
fn shown_of<'a>(
    styles: &'a HashMap<String, (Option<Shown>, Option<String>)>,
    id: Option<&str>,
) -> Option<&'a Shown> {
    let mut id = id?;
    for _ in 0..8 {
        let (shown, parent) = styles.get(id)?;
        if shown.is_some() {
            return shown.as_ref();
        }
        id = parent.as_deref()?;
    }
    None
}

impl Worksheet {
    fn start(&mut self, name: &str, e: &BytesStart<'_>) {
        if self.full {
            return;
        }
        match name {
            "Column" => {
                let first = number(e, "Index")
                    .and_then(|i| i.checked_sub(1))
                    .unwrap_or(self.next_column);
                let last = first.saturating_add(number(e, "Span").unwrap_or(0));
                if attr(e, "Hidden").as_deref() == Some("1") {
                    self.sheet.hide(&[], &[(first, last)]);
                }
                self.next_column = last.saturating_add(1);
            }
            "Row" => {
                self.row = number(e, "Index")
                    .and_then(|i| i.checked_sub(1))
                    .unwrap_or(self.next_row);
                self.next_row = self
                    .row
                    .saturating_add(number(e, "Span").unwrap_or(0))
                    .saturating_add(1);
                self.column = 0;
                if attr(e, "Hidden").as_deref() == Some("1") {
                    let rows: Vec<u32> = (self.row..self.next_row).take(1024).collect();
                    self.sheet.hide(&rows, &[]);
                }
            }
            "Cell" => self.open_cell(e),
            "Data" => {
                if let Some(cell) = &mut self.cell
                    && !self.in_comment
                {
                    cell.in_data = true;
                    cell.kind = attr(e, "Type");
                }
            }
            "Comment" => self.in_comment = true,
            "Visible" => self.in_visible = true,
            "Br" => {
                if let Some(cell) = &mut self.cell
                    && cell.in_data
                {
                    cell.text.push('\n');
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &str, styles: &HashMap<String, (Option<Shown>, Option<String>)>) {
        match name {
            "Cell" => {
                if let Some(cell) = self.cell.take() {
                    self.put(cell, styles);
                }
            }
            "Data" => {
                if let Some(cell) = &mut self.cell
                    && !self.in_comment
                {
                    cell.in_data = false;
                }
            }
            "Comment" => self.in_comment = false,
            "Visible" => self.in_visible = false,
            _ => {}
        }
    }

    /// Opens a cell: places it, and records the region it merges.
    fn open_cell(&mut self, e: &BytesStart<'_>) {
        let index = number(e, "Index").and_then(|i| i.checked_sub(1));
        let column = self.place(index);
        let moved = std::mem::take(&mut self.moved);
        let across = number(e, "MergeAcross").unwrap_or(0);
        let down = number(e, "MergeDown").unwrap_or(0);
        let last = column.saturating_add(across);
        if (across > 0 || down > 0)
            && !self
                .sheet
                .merge(((self.row, column), (self.row.saturating_add(down), last)))
        {
            self.full = true;
        }
        if down > 0 {
            (self.down).insert(column, (last, self.row, self.row.saturating_add(down)));
        }
        self.column = last.saturating_add(1);
        self.cell = Some(OpenCell {
            column,
            moved,
            style: attr(e, "StyleID"),
            ..OpenCell::default()
        });
    }

    /// The column (0-based) of a cell written with `index` (0-based) or without, in the
    /// current row: never one a region merged down from a row above covers.
    fn place(&mut self, index: Option<u32>) -> u32 {
        let excel = index.unwrap_or(self.column);
        let backwards = index.is_some_and(|i| i < self.column);
        if !self.lo_count && !backwards && self.covering(excel).is_none() {
            return excel;
        }
        // LibreOffice's count: `ss:Index` counts only the columns not merged over from above.
        let column = match index {
            Some(i) if self.lo_count || backwards || self.covering(i).is_some() => {
                self.lo_count = true;
                self.nth_uncovered(i)
            }
            _ => self.skip_covered(excel),
        };
        self.moved = index.is_some() && column != excel;
        self.lo_count = true;
        column
    }

    /// The last column of the region merged down from a row above that covers `column` in
    /// the current row.
    fn covering(&mut self, column: u32) -> Option<u32> {
        let row = self.row;
        let (&first, &(last, top, bottom)) = self.down.range(..=column).next_back()?;
        if bottom < row {
            self.down.remove(&first);
            return self.covering(column);
        }
        (top < row && column <= last).then_some(last)
    }

    /// The first column from `column` on that no region from above covers.
    fn skip_covered(&mut self, mut column: u32) -> u32 {
        while let Some(last) = self.covering(column) {
            self.work += 1;
            if self.work > limits::MAX_GRID_CELLS {
                self.full = true;
                return column;
            }
            column = last.saturating_add(1);
        }
        column
    }

    /// The `n`-th column (0-based) of the row counting only those no region from above covers:
    /// one step for each such region to its left, never one for each column.
    fn nth_uncovered(&mut self, n: u32) -> u32 {
        let row = self.row;
        let mut column = n;
        for (&first, &(last, top, bottom)) in &self.down {
            self.work += 1;
            if first > column || self.work > limits::MAX_GRID_CELLS {
                break;
            }
            if top < row && row <= bottom {
                column = column.saturating_add(last - first + 1);
            }
        }
        column
    }

    /// Puts a closed cell's value into the sheet.
    fn put(&mut self, cell: OpenCell, styles: &HashMap<String, (Option<Shown>, Option<String>)>) {
        let text = cell.text.trim();
        if text.is_empty() || self.full {
            return;
        }
        let shown = shown_of(styles, cell.style.as_deref());
        let (row, column) = (self.row, cell.column);
        if cell.moved && !self.lo_said {
            self.lo_said = true;
            let kind = match self.lo_writer {
                true => NoteKind::Recognised,
                false => NoteKind::Guessed,
            };
            (self.sheet).note(row, column, kind, msg!("import-spreadsheet-ml-index"));
        }
        let value = match cell.kind.as_deref() {
            Some("Number") => match text.parse::<f64>() {
                Ok(f) if f.is_finite() => DataRef::Float(f),
                _ => DataRef::String(text.to_owned()),
            },
            Some("Boolean") => DataRef::Bool(text == "1"),
            Some("DateTime") => match date_text(text) {
                Some(shown_date) => {
                    self.sheet.note(
                        row,
                        column,
                        NoteKind::Recognised,
                        msg!("import-date-cell-xml", stored = text, text = &shown_date),
                    );
                    self.full |= !self.sheet.put(row, column, shown_date, false);
                    return;
                }
                None => DataRef::String(text.to_owned()),
            },
            Some("Error") => {
                self.sheet.note(
                    row,
                    column,
                    NoteKind::Unreadable,
                    msg!("import-cell-error", error = text),
                );
                self.full |= !self.sheet.put(row, column, text.to_owned(), false);
                return;
            }
            _ => DataRef::String(text.to_owned()),
        };
        self.full |= !put_cell(&mut self.sheet, row, column, &value, shown);
    }
}

/// An XML date (`2023-11-20T00:00:00.000`) as the form writes one: `2023年11月20日`, with the
/// time when it has one.
fn date_text(text: &str) -> Option<String> {
    let (date, time) = text.split_once('T').unwrap_or((text, ""));
    let mut parts = date.split('-').map(|p| p.parse::<u32>().ok());
    let (year, month, day) = (parts.next()??, parts.next()??, parts.next()??);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let date = format!("{year}年{month}月{day}日");
    let mut clock = time.split(':').map(|p| p.parse::<u32>().ok());
    let (hour, minute) = (
        clock.next().flatten().unwrap_or(0),
        clock.next().flatten().unwrap_or(0),
    );
    Some(match (hour, minute) {
        (0, 0) => date,
        _ => format!("{date} {hour:02}:{minute:02}"),
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::sheets;

    /// The rows of each sheet as text, `|` between cells.
    fn rows(xml: &str) -> Vec<Vec<String>> {
        sheets(xml)
            .unwrap()
            .iter()
            .map(|s| {
                s.rows()
                    .unwrap()
                    .iter()
                    .map(|r| {
                        let cells: Vec<&str> = r.cells.iter().map(|c| &*c.text).collect();
                        cells.join("|")
                    })
                    .collect()
            })
            .collect()
    }

    const HEAD: &str = r#"<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">
<DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"/>
<Styles><Style ss:ID="p"><NumberFormat ss:Format="Percent"/></Style><Style ss:ID="q" ss:Parent="p"/></Styles>"#;

    /// Excel's layout: a cell after its predecessor and the columns it merges across, or at its
    /// absolute `ss:Index`; a merged region's cells left out; a Percent style (inherited) read
    /// as the percentage; rich text joined, entities resolved, a comment left out; hidden rows
    /// and columns left out, a hidden worksheet marked.
    #[test]
    fn cells_are_placed_as_excel_writes_them() {
        let xml = format!(
            r#"{HEAD}<Worksheet ss:Name="表1"><Table ss:ExpandedRowCount="99999999">
<Column ss:Index="5" ss:Hidden="1"/>
<Row><Cell ss:MergeAcross="1" ss:MergeDown="1"><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B>项目</B><Font>名称</Font></ss:Data><Comment><ss:Data>批注</ss:Data></Comment></Cell><Cell><Data ss:Type="String">A&amp;B</Data></Cell><Cell ss:Index="5"><Data ss:Type="String">藏</Data></Cell></Row>
<Row><Cell ss:Index="3" ss:StyleID="q"><Data ss:Type="Number">0.95</Data></Cell><Cell><Data ss:Type="Number">94.76</Data></Cell></Row>
<Row ss:Hidden="1"><Cell><Data ss:Type="String">草稿</Data></Cell></Row>
<Row ss:Index="5"><Cell ss:Index="2"><Data ss:Type="DateTime">2023-11-20T00:00:00.000</Data></Cell></Row>
</Table></Worksheet>
<Worksheet ss:Name="旧"><Table><Row><Cell><Data ss:Type="String">x</Data></Cell></Row></Table>
<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions></Worksheet></Workbook>"#
        );
        assert_eq!(
            rows(&xml),
            vec![
                // A2:B2 are merged over: left out of the second row.
                vec![
                    "项目名称|A&B|".to_owned(),
                    "95%|94.76".into(),
                    "|2023年11月20日||".into()
                ],
                // A hidden worksheet is read, and marked: its forms are named, not scored.
                vec!["x".to_owned()],
            ]
        );
        let hidden: Vec<bool> = (sheets(&xml).unwrap().iter())
            .map(|s| s.hidden_sheet.is_some())
            .collect();
        assert_eq!(hidden, [false, true]);
    }

    /// LibreOffice's layout: cells under a region merged down from above written without
    /// `ss:Index`, and the `ss:Index` it writes counting only the columns not so covered.
    #[test]
    fn libreoffice_counts_are_read_as_libreoffice_writes_them() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:c="urn:schemas-microsoft-com:office:component:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<ss:Worksheet ss:Name="表1"><Table>
<Row><Cell ss:MergeAcross="1" ss:MergeDown="1"><Data ss:Type="String">资金</Data></Cell><Cell><Data ss:Type="String">C</Data></Cell><Cell ss:Index="5"><Data ss:Type="String">E</Data></Cell></Row>
<Row><Cell><Data ss:Type="String">c</Data></Cell><Cell ss:Index="3"><Data ss:Type="String">e</Data></Cell></Row>
</Table></ss:Worksheet></Workbook>"#;
        assert_eq!(
            rows(xml),
            // Column D holds nothing; A2:B2 are merged over: c stands in C, e in E.
            vec![vec!["资金|C|E".to_owned(), "c|e".into()]]
        );
    }

    /// Sizes and places are not trusted: a cell at the last column, a region merged over
    /// billions of rows and columns, cost one cell and one region.
    #[test]
    fn declared_sizes_and_far_places_cost_nothing() {
        let xml = format!(
            r#"{HEAD}<Worksheet ss:Name="s"><Table ss:ExpandedColumnCount="4294967295">
<Row ss:Index="4294967295"><Cell ss:Index="4294967295" ss:MergeAcross="4294967295" ss:MergeDown="4294967295"><Data ss:Type="String">远</Data></Cell></Row>
<Row><Cell ss:Index="4000000000"><Data ss:Type="String">x</Data></Cell></Row>
</Table></Worksheet></Workbook>"#
        );
        let start = std::time::Instant::now();
        let read = sheets(&xml).unwrap();
        assert_eq!(read.len(), 1);
        assert!(start.elapsed().as_secs() < 2);
        assert!(
            sheets("<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Row>")
                .is_ok()
        );
        assert!(sheets("<Workbook><Worksheet></Row>").is_err());
    }
}
