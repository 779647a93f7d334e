//! Importer for workbooks — `.xlsx` (read as a stream of cells, never as a dense range) and
//! `.xls` — in the standard self-evaluation layout as departments fill it: one form per sheet
//! or several stacked on one sheet, found by their labels, not by fixed addresses. Every
//! sheet becomes a sparse [`Sheet`]; a hidden sheet's forms are named, not scored. A merged
//! region's value stands in its top-left cell and the cells it covers are left out, so the
//! rows go to the one grid reader ([`grid::read_aligned`](super::grid)), which reads them by
//! the columns their headers name.
//!
//! Numbers: calamine carries them as f64. A numeric cell is written back through its shortest
//! decimal text and rounded to 6 decimal places (the forms carry at most 2), so `124.94` stays
//! `124.94`; a number in a cell formatted as a percentage is the percentage it shows (`0.95`
//! → `95%`; for `.xls`, whose cell formats calamine does not give, the formats are read from
//! the workbook's XF records by [`biff`]); an execution rate stored as a bare fraction in a cell of another format
//! (`0.7096`) is read back as a percent, and that is reported. A formula is read by its cached value; one with no
//! cached value (never recalculated) is read as empty, with a note naming the cell. A date
//! (a serial number with a date format) is read as the date it shows, `2023年11月20日`, with a
//! note; a serial number without a date format stays a number.

mod biff;
mod number_format;
mod sheet_xml;
pub(crate) mod spreadsheet_ml;

use super::grid::{Import, NoteKind};
use super::sheet::{self, Sheet};
use super::zipped;
use crate::i18n::{Message, msg};
use calamine::{Data, DataRef, Reader, SheetVisible, Xls, Xlsx};
use number_format::Shown;
use rayon::prelude::*;
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::io::Cursor;

/// Imports every form of every visible sheet of an `.xlsx`. `Err` when the bytes are not a
/// readable workbook or a zip entry is over the limits.
pub fn import(source_name: &str, bytes: &[u8], rules: Option<&str>) -> Result<Import, String> {
    read(source_name, bytes, rules).map(super::Pending::write)
}

/// Like [`import`], the forms not yet written as case files: `score WORKBOOK` writes and
/// validates them a chunk at a time, as it does a text file's (#15). The sheets are read on
/// every core, each core with its own reader of the workbook, a run of sheets each, and the
/// forms numbered across the workbook after.
pub fn read(
    source_name: &str,
    bytes: &[u8],
    rules: Option<&str>,
) -> Result<super::Pending, String> {
    let sheets = sheet_forms(source_name, bytes)?;
    Ok(sheet::collect(sheets, Vec::new(), source_name, rules))
}

/// The forms of every sheet of an `.xlsx`, each sheet's numbered within it: what [`read`]
/// numbers across the workbook, and a Word document across itself and the workbooks it
/// embeds (`docx`).
pub(crate) fn sheet_forms(
    source_name: &str,
    bytes: &[u8],
) -> Result<Vec<sheet::SheetForms>, String> {
    zipped::check(bytes)?;
    let book = open(source_name, bytes)?;
    let metadata = book.sheets_metadata().to_vec();
    let names: Vec<&str> = metadata.iter().map(|m| m.name.as_str()).collect();
    let entries = sheet_xml::entries(bytes, &names);
    let mut first = Some(book);
    let runs: Vec<_> = runs(metadata.len())
        .into_iter()
        .map(|run| (run, first.take()))
        .collect();
    let read: Vec<Vec<sheet::SheetForms>> = runs
        .into_par_iter()
        .map(|(run, book)| {
            let book = book.map_or_else(|| open(source_name, bytes), Ok);
            let mut reader = SheetReader {
                book,
                bytes,
                entries: entries.as_deref(),
                zip: None,
                shown_styles: None,
            };
            run.map(|i| sheet::read(one_sheet(&metadata[i], |sheet| reader.read(sheet, i))))
                .collect()
        })
        .collect();
    Ok(read.into_iter().flatten().collect())
}

/// The runs of sheets read apart: one per core for a workbook of many sheets, one for a few
/// (a second reader of the workbook costs more than it saves).
fn runs(sheets: usize) -> Vec<std::ops::Range<usize>> {
    const MIN_SHEETS_PER_RUN: usize = 4;
    let count = rayon::current_num_threads()
        .min(sheets / MIN_SHEETS_PER_RUN)
        .max(1);
    let per = sheets.div_ceil(count).max(1);
    (0..count)
        .map(|k| (k * per).min(sheets)..((k + 1) * per).min(sheets))
        .collect()
}

/// An `.xlsx` opened by calamine, or the message saying why it cannot be.
fn open<'a>(source_name: &str, bytes: &'a [u8]) -> Result<Xlsx<Cursor<&'a [u8]>>, String> {
    Xlsx::new(Cursor::new(bytes)).map_err(|e| {
        msg!(
            "import-refused-not-xlsx",
            file = source_name,
            error = e.to_string()
        )
        .to_string()
    })
}

/// Imports every form of every visible sheet of an `.xls` (Excel 97–2003).
pub fn import_xls(source_name: &str, bytes: &[u8], rules: Option<&str>) -> Result<Import, String> {
    read_xls(source_name, bytes, rules).map(super::Pending::write)
}

/// Like [`import_xls`], the forms not yet written as case files (see [`read`]).
pub fn read_xls(
    source_name: &str,
    bytes: &[u8],
    rules: Option<&str>,
) -> Result<super::Pending, String> {
    let sheets = xls_sheet_forms(source_name, bytes)?;
    Ok(sheet::collect(sheets, Vec::new(), source_name, rules))
}

/// The forms of every sheet of an `.xls`, as [`sheet_forms`].
pub(crate) fn xls_sheet_forms(
    source_name: &str,
    bytes: &[u8],
) -> Result<Vec<sheet::SheetForms>, String> {
    let mut book: Xls<_> = Xls::new(Cursor::new(bytes)).map_err(|e| {
        msg!(
            "import-refused-not-xls",
            file = source_name,
            error = e.to_string()
        )
        .to_string()
    })?;
    let metadata = book.sheets_metadata().to_vec();
    // calamine gives no cell formats nor hidden rows for .xls: they come from its records
    // (#15, tester s11 F3 F8).
    let formats = biff::sheet_formats(bytes);
    let none = biff::SheetFormats::default();
    let sheets = metadata.iter().map(|meta| {
        sheet::read(one_sheet(meta, |sheet| {
            let range = book
                .worksheet_range(&sheet.name)
                .map_err(|e| e.to_string())?;
            let formats = metadata
                .iter()
                .position(|m| m.name == sheet.name)
                .and_then(|i| formats.get(i))
                .unwrap_or(&none);
            sheet.hide(&formats.hidden_rows, &formats.hidden_columns);
            for d in book
                .merge_cells_by_sheet_name(&sheet.name)
                .unwrap_or_default()
            {
                if !sheet.merge((d.start, d.end)) {
                    break;
                }
            }
            let (r0, c0) = range.start().unwrap_or((0, 0));
            for (r, c, value) in range.used_cells() {
                let r = r0.saturating_add(u32::try_from(r).unwrap_or(u32::MAX));
                let c = c0.saturating_add(u32::try_from(c).unwrap_or(u32::MAX));
                if !put_cell(sheet, r, c, &data_ref(value), formats.shown.get(&(r, c))) {
                    break;
                }
            }
            Ok(())
        }))
    });
    Ok(sheets.collect())
}

/// Reads every form of every visible sheet of an XML spreadsheet (Excel 2003 XML,
/// [`spreadsheet_ml`]), the forms not yet written as case files. `Err` when its XML is broken.
pub fn read_xml(
    source_name: &str,
    bytes: &[u8],
    rules: Option<&str>,
) -> Result<super::Pending, String> {
    let text = super::encoding::decode(bytes).text;
    let sheets = spreadsheet_ml::sheets(&text).map_err(|e| {
        msg!(
            "import-refused-not-spreadsheet-ml",
            file = source_name,
            error = e
        )
        .to_string()
    })?;
    Ok(sheet::read_sheets(sheets, Vec::new(), source_name, rules))
}

/// One sheet of the workbook, filled by `read`; one that cannot be read keeps a note saying
/// why. A hidden sheet is read too, and marked: its forms are named, not scored, and one
/// holding none is said by its note alone ([`sheet::read`], tester s24 A2).
fn one_sheet(meta: &calamine::Sheet, read: impl FnOnce(&mut Sheet) -> Result<(), String>) -> Sheet {
    let mut sheet = Sheet::new(&meta.name);
    if meta.visible != SheetVisible::Visible {
        let very = meta.visible == SheetVisible::VeryHidden;
        sheet.hidden_sheet = Some((very, hidden_message(meta.visible)));
        // A hidden sheet that cannot be read is said as hidden: its cells were never shown.
        let _ = read(&mut sheet);
    } else if let Err(e) = read(&mut sheet) {
        sheet.note(
            0,
            0,
            NoteKind::Unreadable,
            msg!("import-sheet-unreadable", error = e),
        );
    }
    sheet
}

fn hidden_message(visible: SheetVisible) -> Message {
    if visible == SheetVisible::VeryHidden {
        msg!("import-sheet-very-hidden")
    } else {
        msg!("import-sheet-hidden")
    }
}

/// What one core reads a run of a workbook's sheets with: its own calamine reader (or why the
/// workbook could not be opened again) and its own view of the zip for [`sheet_xml`].
struct SheetReader<'a> {
    book: Result<Xlsx<Cursor<&'a [u8]>>, String>,
    bytes: &'a [u8],
    /// Each sheet's zip entry, in workbook order (none: every sheet is left to calamine).
    entries: Option<&'a [String]>,
    zip: Option<zip::ZipArchive<Cursor<&'a [u8]>>>,
    /// How each of the workbook's styles shows a number, once a sheet has told them.
    shown_styles: Option<Vec<Option<Shown>>>,
}

impl SheetReader<'_> {
    /// Streams the cells of sheet `index` into `sheet`, with its merged regions.
    fn read(&mut self, sheet: &mut Sheet, index: usize) -> Result<(), String> {
        let layout = self.layout(sheet, index);
        let book = self.book.as_mut().map_err(|e| e.clone())?;
        read_xlsx_sheet(book, sheet, layout).map_err(|e| e.to_string())
    }

    /// The merged regions, hidden rows and columns and formatted cells of sheet `index` from
    /// one pass over its XML ([`sheet_xml::scan`]); none when calamine is to be asked, as
    /// before.
    fn layout(&mut self, sheet: &Sheet, index: usize) -> Option<sheet_xml::Layout> {
        let entry = self.entries?.get(index)?;
        if self.shown_styles.is_none() {
            let book = self.book.as_mut().ok()?;
            let reader = book.worksheet_cells_reader(&sheet.name).ok()?;
            self.shown_styles = Some(shown_styles(reader.styles()));
        }
        if self.zip.is_none() {
            self.zip = zip::ZipArchive::new(Cursor::new(self.bytes)).ok();
        }
        let xml = sheet_xml::unpack(self.zip.as_mut()?, entry)?;
        sheet_xml::scan(&xml, self.shown_styles.as_deref()?)
    }
}

/// How each style of a workbook shows its number: a percentage, a fixed number of places, or
/// as stored (none).
fn shown_styles(styles: &[calamine::Style]) -> Vec<Option<Shown>> {
    styles
        .iter()
        .map(|s| {
            s.number_format
                .as_ref()
                .and_then(|f| Shown::of(&f.format_code))
        })
        .collect()
}

/// Streams the cells of one sheet into `sheet`, with its merged regions: those of `layout`
/// when the sheet's XML was scanned, else calamine's (a pass over the sheet for them, and one
/// more for the formatted cells; hidden rows and columns are then not known).
fn read_xlsx_sheet(
    book: &mut Xlsx<Cursor<&[u8]>>,
    sheet: &mut Sheet,
    layout: Option<sheet_xml::Layout>,
) -> Result<(), calamine::XlsxError> {
    let name = sheet.name.clone();
    let shown = match layout {
        Some(layout) => {
            sheet.page_header = layout.header;
            sheet.hide(&layout.hidden_rows, &layout.hidden_columns);
            for region in layout.merges {
                if !sheet.merge(region) {
                    break;
                }
            }
            layout.shown
        }
        None => {
            for d in book.merge_cells_by_sheet_name(&name)? {
                if !sheet.merge((d.start, d.end)) {
                    break;
                }
            }
            shown_cells(book, &name)?
        }
    };
    let mut reader = book.worksheet_cells_reader(&name)?;
    while let Some(cell) = reader.next_cell_with_formula()? {
        let (row, column) = cell.pos;
        if cell.value == DataRef::Empty {
            if let Some(formula) = cell.formula.filter(|f| !f.is_empty())
                && !sheet.is_hidden(row, column)
            {
                sheet.note(
                    row,
                    column,
                    NoteKind::Unreadable,
                    msg!("import-formula-no-value", formula = formula),
                );
            }
            continue;
        }
        if !put_cell(sheet, row, column, &cell.value, shown.get(&(row, column))) {
            break;
        }
    }
    Ok(())
}

/// The cells of a sheet whose number format shows the number otherwise than stored — a
/// percentage (`0%`, `0.00%`: Excel shows the 0.95 such a cell stores as 95%, tester s6 F9)
/// or fixed places (`0.00`: the 18.333333333333332 a formula stores as 18.33, tester s11
/// F3) — with how it shows it. The sheet's styles are read in a second pass over its XML,
/// only when some style of the workbook is such a format.
fn shown_cells(
    book: &mut Xlsx<Cursor<&[u8]>>,
    name: &str,
) -> Result<HashMap<(u32, u32), Shown>, calamine::XlsxError> {
    let mut cells = HashMap::new();
    let mut reader = book.worksheet_cells_reader(name)?;
    let shown = shown_styles(reader.styles());
    if shown.iter().all(Option::is_none) {
        return Ok(cells);
    }
    while let Some((row, column, style)) = reader.next_style_id()? {
        if let Some(Some(s)) = shown.get(style) {
            cells.insert((row, column), s.clone());
        }
    }
    Ok(cells)
}

/// Puts a cell's text into the sheet (false: the sheet is full). A date cell is read as the
/// date it shows, with a note; a number as its format shows it (`shown`: a percentage,
/// `0.95` → `95%`; fixed places, `18.333333333333332` → `18.33`), with a note where that is
/// not the number stored.
fn put_cell(
    sheet: &mut Sheet,
    row: u32,
    column: u32,
    value: &DataRef<'_>,
    shown: Option<&Shown>,
) -> bool {
    if sheet.is_hidden(row, column) {
        // Not on the screen: left out, said once a row (Sheet::put).
        let (text, numeric) = cell_text(value);
        return sheet.put(row, column, text, numeric);
    }
    // An error value (`#DIV/0!`, `#VALUE!`, `#N/A`, `#REF!`: a formula that failed in the
    // department's workbook) is read as the text Excel shows, which the value parser reads
    // as unreadable — never as a blank that quietly scores, nor `0%` (tester s9 F23, s15
    // smallfix) — and noted with the cell; for `.xls` too, whose cells come here through
    // [`data_ref`].
    if let DataRef::Error(e) = value {
        let shown = e.to_string();
        sheet.note(
            row,
            column,
            NoteKind::Unreadable,
            msg!("import-cell-error", error = shown.as_str()),
        );
        return sheet.put(row, column, shown, false);
    }
    if let Some((text, note)) = date_cell(value) {
        sheet.note(row, column, NoteKind::Recognised, note);
        return sheet.put(row, column, text, false);
    }
    if let Some(read) = shown.and_then(|s| shown_number(value, s)) {
        if let Some(note) = read.note {
            sheet.note(row, column, NoteKind::Recognised, note);
            sheet.rounded(row, column, read.lost);
        }
        return sheet.put(row, column, read.text, true);
    }
    if let DataRef::Float(f) = value
        && let Some((note, lost)) = rounding_note(*f)
    {
        sheet.note(row, column, NoteKind::Guessed, note);
        sheet.rounded(row, column, lost);
    }
    let (text, numeric) = cell_text(value);
    sheet.put(row, column, text, numeric)
}

/// A number as its cell's format shows it ([`shown_number`]).
#[derive(Debug, PartialEq)]
struct ShownNumber {
    text: String,
    /// Said when what is shown is not what is stored.
    note: Option<Message>,
    /// How far what is read lies from what is stored (in the stored number's units).
    lost: Decimal,
}

/// A number cell as its format shows it: a percentage as the percentage (`0.95` → `95%`), and
/// at the places the format shows, rounded half away from zero as Excel rounds what it shows
/// (`18.333333333333332` under `0.00` → `18.33`, `9.5` under `0` → `10`; tester s11 F3: a
/// person reads, and adds up, what the sheet shows). None for a cell holding no number, or a
/// format whose places are more than the 6 a number is read to (read as before).
fn shown_number(value: &DataRef<'_>, shown: &Shown) -> Option<ShownNumber> {
    let (stored, written) = match value {
        DataRef::Float(f) => (format!("{f}").parse::<Decimal>().ok()?, format!("{f}")),
        DataRef::Int(i) => (Decimal::from(*i), i.to_string()),
        _ => return None,
    };
    let scale = if shown.percent {
        Decimal::ONE_HUNDRED
    } else {
        Decimal::ONE
    };
    let value = stored.checked_mul(scale)?;
    let places = shown
        .places_for(value.is_sign_negative())
        .filter(|&p| p <= 6);
    let read =
        match places {
            Some(p) => value
                .round_dp_with_strategy(p, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
            None if shown.percent => value
                .round_dp_with_strategy(6, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
            None => return None,
        };
    let suffix = if shown.percent { "%" } else { "" };
    let text = format!("{}{suffix}", read.normalize());
    let lost = value.checked_sub(read)?.abs().checked_div(scale)?;
    let note = (places.is_some() && !lost.is_zero()).then(|| {
        msg!(
            "import-number-shown",
            shown = &text,
            format = &*shown.code,
            stored = written
        )
    });
    Some(ShownNumber { text, note, lost })
}

/// A number with more than 6 decimal places loses digits when it is read (#15 item 4: a guess
/// that changes a number is said), with how much it lost. Float noise
/// (`0.30000000000000004`, what Excel shows as 0.3) is not a guess and is not said.
fn rounding_note(f: f64) -> Option<(Message, Decimal)> {
    let written = format!("{f}");
    let exact = written.parse::<Decimal>().ok()?;
    let read = number_text(f);
    let lost = exact.checked_sub(read.parse::<Decimal>().ok()?)?.abs();
    (lost > Decimal::new(1, 9)).then(|| {
        (
            msg!("import-number-rounded", written = written, read = read),
            lost,
        )
    })
}

/// A cell Excel shows as a date — a serial number with a date format, as a deadline typed as a
/// date is stored — as the form writes a date (`2023年11月20日`, with the time when it has
/// one), and the note saying so (#15). None for any other cell: a serial number without a
/// date format stays a number.
fn date_cell(value: &DataRef<'_>) -> Option<(String, Message)> {
    let DataRef::DateTime(d) = value else {
        return None;
    };
    let serial = d.as_f64();
    if !d.is_datetime() || !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let (year, month, day, hour, minute, _, _) = d.to_ymd_hms_milli();
    let date = format!("{year}年{month}月{day}日");
    let text = if (hour, minute) == (0, 0) {
        date
    } else {
        format!("{date} {hour:02}:{minute:02}")
    };
    let note = msg!(
        "import-date-cell",
        serial = number_text(serial),
        text = &text
    );
    Some((text, note))
}

/// An `.xls` cell as the `.xlsx` reader sees one.
fn data_ref(value: &Data) -> DataRef<'_> {
    match value {
        Data::String(s) => DataRef::SharedString(s),
        Data::Int(i) => DataRef::Int(*i),
        Data::Float(f) => DataRef::Float(*f),
        Data::Bool(b) => DataRef::Bool(*b),
        Data::DateTime(d) => DataRef::DateTime(*d),
        Data::DateTimeIso(s) => DataRef::DateTimeIso(s.clone()),
        Data::DurationIso(s) => DataRef::DurationIso(s.clone()),
        Data::Error(e) => DataRef::Error(e.clone()),
        Data::Empty => DataRef::Empty,
    }
}

/// A cell's text, and whether it was a number.
fn cell_text(value: &DataRef<'_>) -> (String, bool) {
    match value {
        DataRef::String(s) => (s.trim().to_owned(), false),
        DataRef::SharedString(s) => (s.trim().to_owned(), false),
        DataRef::Int(i) => (i.to_string(), true),
        DataRef::Float(f) => (number_text(*f), true),
        DataRef::Bool(b) => (b.to_string(), false),
        DataRef::Empty => (String::new(), false),
        other => (
            Data::from(other.clone()).to_string().trim().to_owned(),
            false,
        ),
    }
}

/// An f64 as the decimal the form meant: its shortest text, rounded to 6 places.
pub fn number_text(f: f64) -> String {
    let text = format!("{f}");
    match text.parse::<Decimal>() {
        Ok(d) => d
            .round_dp_with_strategy(6, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            .normalize()
            .to_string(),
        Err(_) => text,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::import::grid;

    /// Tester s6 F9: a cell formatted as a percentage is the percentage it shows.
    #[test]
    fn percent_formats_are_read_as_the_percentage_shown() {
        for code in ["0%", "0.00%", "#,##0.0%", "0.00%;[Red]-0.00%"] {
            assert!(Shown::of(code).is_some_and(|s| s.percent), "{code}");
        }
        for code in ["General", "0.00", "0.00\"%\"", "0.00\\%", "yyyy-mm-dd"] {
            assert!(!Shown::of(code).is_some_and(|s| s.percent), "{code}");
        }
        let pct = Shown::of("0.00%").unwrap();
        let text = |v: DataRef<'_>| shown_number(&v, &pct).map(|r| r.text);
        assert_eq!(text(DataRef::Float(0.95)).as_deref(), Some("95%"));
        assert_eq!(text(DataRef::Float(0.7096)).as_deref(), Some("70.96%"));
        assert_eq!(text(DataRef::Int(1)).as_deref(), Some("100%"));
        assert_eq!(text(DataRef::String("95%".into())), None);
    }

    /// Tester s11 F3: a number under a format fixing its places is read as shown, rounded
    /// half away from zero as Excel shows it, said where that is not what is stored, with how
    /// much it differs.
    #[test]
    fn numbers_are_read_at_the_places_their_format_shows() {
        let read = |v: DataRef<'_>, code: &str| {
            let r = shown_number(&v, &Shown::of(code).unwrap()).unwrap();
            (r.text, r.note.is_some(), r.lost.to_string())
        };
        let said = |text: &str, lost: &str| (text.to_owned(), true, lost.to_owned());
        let as_stored = |text: &str| (text.to_owned(), false, "0".to_owned());
        assert_eq!(
            read(DataRef::Float(11.0 / 12.0 * 20.0), "0.00"),
            said("18.33", "0.003333333333332")
        );
        assert_eq!(
            read(DataRef::Float(40.0 / 41.5 * 10.0), "0.00_ "),
            said("9.64", "0.001445783132531")
        );
        assert_eq!(read(DataRef::Float(9.5), "0"), said("10", "0.5"));
        assert_eq!(read(DataRef::Float(1.005), "0.00"), said("1.01", "0.005"));
        assert_eq!(read(DataRef::Float(-2.5), "0"), said("-3", "0.5"));
        assert_eq!(
            read(DataRef::Float(1234.5), "#,##0.00"),
            as_stored("1234.5")
        );
        assert_eq!(read(DataRef::Int(10), "0.00"), as_stored("10"));
        assert_eq!(read(DataRef::Float(0.9649), "0%"), said("96%", "0.0049"));
        // A second section for negatives: a negative number is read as stored.
        assert_eq!(
            shown_number(&DataRef::Float(-2.5), &Shown::of("0;-0.0").unwrap()),
            None
        );
        let note = shown_number(&DataRef::Float(9.5), &Shown::of("0").unwrap())
            .and_then(|r| r.note)
            .unwrap()
            .render(crate::i18n::Lang::Zh);
        assert!(note.contains("10") && note.contains("9.5"), "{note}");
    }

    /// A workbook with merged regions and cells in a percent style, as Excel writes one.
    fn percent_workbook() -> Vec<u8> {
        let mut book = rust_xlsxwriter::Workbook::new();
        let pct = rust_xlsxwriter::Format::new().set_num_format("0.00%");
        for name in ["表1", "A&B 表", "空表"] {
            let ws = book.add_worksheet();
            ws.set_name(name).unwrap();
            if name == "空表" {
                continue;
            }
            ws.merge_range(
                0,
                0,
                0,
                3,
                "项目支出绩效自评表",
                &rust_xlsxwriter::Format::new(),
            )
            .unwrap();
            ws.write_number_with_format(3, 2, 0.95, &pct).unwrap();
            ws.write_number(4, 2, 0.5).unwrap();
            ws.write_string(5, 1, "mergeCells sheetData <c r=\"A1\">")
                .unwrap();
        }
        book.save_to_buffer().unwrap()
    }

    /// The one-pass scan of a sheet's XML (#15) gives exactly the merged regions and percent
    /// cells calamine's two passes give, on every workbook of the test data and a generated
    /// one with percent cells; and it is taken (not left to calamine) for the standard
    /// template and the generated workbook.
    #[test]
    fn the_sheet_scan_finds_what_calamine_finds() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let mut files = vec![("generated.xlsx".to_owned(), percent_workbook())];
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "xlsx") {
                    files.push((path.display().to_string(), std::fs::read(&path).unwrap()));
                }
            }
        }
        let mut scanned = Vec::new();
        for (name, bytes) in &files {
            let Ok(mut book) = open(name, bytes) else {
                continue;
            };
            let metadata = book.sheets_metadata().to_vec();
            let names: Vec<&str> = metadata.iter().map(|m| m.name.as_str()).collect();
            let Some(entries) = sheet_xml::entries(bytes, &names) else {
                continue;
            };
            let mut zip = zip::ZipArchive::new(Cursor::new(bytes.as_slice())).unwrap();
            for (meta, entry) in metadata.iter().zip(&entries) {
                let Ok(styles) = book
                    .worksheet_cells_reader(&meta.name)
                    .map(|reader| shown_styles(reader.styles()))
                else {
                    continue;
                };
                let xml = sheet_xml::unpack(&mut zip, entry).unwrap();
                let Some(layout) = sheet_xml::scan(&xml, &styles) else {
                    continue;
                };
                let merges: Vec<sheet::Region> = book
                    .merge_cells_by_sheet_name(&meta.name)
                    .unwrap()
                    .into_iter()
                    .map(|d| (d.start, d.end))
                    .collect();
                assert_eq!(layout.merges, merges, "{name} {}", meta.name);
                let shown = shown_cells(&mut book, &meta.name).unwrap();
                assert_eq!(layout.shown, shown, "{name} {}", meta.name);
                scanned.push(format!("{name}/{}", meta.name));
            }
        }
        for want in ["standard-template-example.xlsx/", "generated.xlsx/A&B 表"] {
            assert!(
                scanned.iter().any(|s| s.contains(want)),
                "{want} not scanned: {scanned:?}"
            );
        }
        assert!(scanned.len() > 20, "{scanned:?}");
    }

    #[test]
    fn numbers_read_as_the_form_meant_them() {
        assert_eq!(number_text(124.94), "124.94");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(430.5), "430.5");
        assert_eq!(number_text(100.0), "100");
        assert_eq!(grid::column_name(1), "A");
        assert_eq!(grid::column_name(28), "AB");
    }

    /// Tester s9 F23, s15 smallfix: an error value (`#DIV/0!`) is the text Excel shows,
    /// which the value parser reads as unreadable (noted with the cell and the error) — never
    /// a blank, nor a rate of 0% — in `.xlsx` and `.xls` (whose cells come through
    /// `data_ref`).
    #[test]
    fn an_error_value_is_read_as_excel_shows_it() {
        for (value, shown) in [
            (DataRef::Error(calamine::CellErrorType::Div0), "#DIV/0!"),
            (
                data_ref(&Data::Error(calamine::CellErrorType::Value)),
                "#VALUE!",
            ),
        ] {
            let mut sheet = Sheet::new("表1");
            let pct = Shown::of("0%");
            assert!(put_cell(&mut sheet, 5, 7, &value, pct.as_ref()));
            let rows = sheet.rows().unwrap();
            let texts: Vec<&str> = rows
                .iter()
                .flat_map(|r| &r.cells)
                .map(|c| &*c.text)
                .collect();
            assert_eq!(texts, [shown]);
        }
        let said = msg!("import-cell-error", error = "#DIV/0!").render(crate::i18n::Lang::En);
        assert!(said.contains("read as unreadable, not as blank"), "{said}");
    }

    #[test]
    fn only_real_rounding_is_said() {
        assert_eq!(rounding_note(0.1 + 0.2), None);
        assert_eq!(rounding_note(124.94), None);
        assert_eq!(
            rounding_note(0.123_456_7)
                .map(|(m, _)| m.render(crate::i18n::Lang::En))
                .as_deref(),
            Some("the number 0.1234567 has more than 6 decimal places; read as 0.123457")
        );
    }
}
