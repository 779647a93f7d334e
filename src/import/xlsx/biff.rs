//! The cells of an `.xls` (Excel 97–2003, BIFF5/BIFF8) whose number format shows the number
//! otherwise than stored (a percentage, fixed places), and the rows and columns hidden on
//! screen.
//!
//! calamine reads an `.xls`'s XF and FORMAT records only to tell dates and gives no cell
//! formats for it (its `worksheet_style` is read for `.xlsx` alone), so a rate stored as 0.862
//! under `0.00%` — what Excel shows as 86.2% — would be read as the bare fraction and guessed
//! back as a percent. This module reads the same records again from the workbook stream of the
//! compound file: each XF's number format (a FORMAT record's code, or the built-in `0%` /
//! `0.00%`, `0`, `0.00` …), then each sheet's number cells (NUMBER, RK, MULRK, FORMULA)
//! with the XF they name, its ROW records' hidden flag and its COLINFO records' (calamine
//! reads neither). The `.xlsx` reader's [`Shown`] decides what a format shows, so both
//! workbook kinds read a cell by one rule (#15, tester s11 F3 F8).
//!
//! Never fails: a file whose records cannot be walked gives no formatted cells and no hidden
//! rows, and its numbers are read as stored (a rate guessed back as a percent, and said).

use super::number_format::Shown;
use std::collections::HashMap;
use std::io::{Cursor, Read};

/// What the records say of one sheet beyond calamine's values.
#[derive(Debug, Default)]
pub(super) struct SheetFormats {
    /// The number cells `(row, column)` whose format shows them otherwise than stored.
    pub(super) shown: HashMap<(u32, u32), Shown>,
    /// Rows hidden on screen (0-based).
    pub(super) hidden_rows: Vec<u32>,
    /// Column ranges hidden on screen (first, last, 0-based, inclusive).
    pub(super) hidden_columns: Vec<(u32, u32)>,
}

/// Each sheet's [`SheetFormats`], in the workbook's sheet order (the order of its BOUNDSHEET
/// records, which is calamine's `sheets_metadata` order). Empty when the records cannot be
/// read.
pub(super) fn sheet_formats(bytes: &[u8]) -> Vec<SheetFormats> {
    workbook_stream(bytes).map_or_else(Vec::new, |stream| sheet_formats_of(&stream))
}

/// The workbook stream (`Workbook` in BIFF8, `Book` in BIFF5), read up to the file's own size.
fn workbook_stream(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).ok()?;
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| file.is_stream(n))?;
    let stream = file.open_stream(name).ok()?;
    let limit = u64::try_from(bytes.len()).ok()?;
    let mut out = Vec::new();
    stream.take(limit).read_to_end(&mut out).ok()?;
    Some(out)
}

/// One BIFF record: its type and its data.
struct Record<'a> {
    kind: u16,
    data: &'a [u8],
}

/// The records of `stream` from byte `at`, up to the end or a record cut short.
fn records(stream: &[u8], at: usize) -> impl Iterator<Item = Record<'_>> {
    let mut at = at;
    std::iter::from_fn(move || {
        let kind = u16_at(stream, at)?;
        let len = usize::from(u16_at(stream, at.checked_add(2)?)?);
        let start = at.checked_add(4)?;
        let data = stream.get(start..start.checked_add(len)?)?;
        at = start + len;
        Some(Record { kind, data })
    })
}

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    let b = data.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([*b.first()?, *b.get(1)?]))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    let b = data.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([
        *b.first()?,
        *b.get(1)?,
        *b.get(2)?,
        *b.get(3)?,
    ]))
}

const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const FILEPASS: u16 = 0x002F;
const FORMAT: u16 = 0x041E;
const XF: u16 = 0x00E0;
const BOUNDSHEET: u16 = 0x0085;
const NUMBER: u16 = 0x0203;
const RK: u16 = 0x027E;
const MULRK: u16 = 0x00BD;
const FORMULA: u16 = 0x0006;
const ROW: u16 = 0x0208;
const COLINFO: u16 = 0x007D;

/// What the workbook globals say: how each XF shows a number, where each sheet starts.
struct Globals {
    shown_xf: Vec<Option<Shown>>,
    sheets: Vec<usize>,
}

/// Reads the globals substream (up to its EOF): FORMAT codes, XFs, sheet positions. None for
/// an encrypted workbook (calamine refuses it before this is asked).
fn globals(stream: &[u8]) -> Option<Globals> {
    let mut codes: Vec<(u16, String)> = Vec::new();
    let mut xf_formats: Vec<u16> = Vec::new();
    let mut sheets = Vec::new();
    let mut biff8 = true;
    for r in records(stream, 0) {
        match r.kind {
            BOF => biff8 = u16_at(r.data, 0) == Some(0x0600),
            FILEPASS => return None,
            FORMAT => {
                if let Some(format) = format_record(r.data, biff8) {
                    codes.push(format);
                }
            }
            XF => xf_formats.push(u16_at(r.data, 2)?),
            BOUNDSHEET => sheets.push(usize::try_from(u32_at(r.data, 0)?).ok()?),
            EOF => break,
            _ => {}
        }
    }
    let shown = |ifmt: u16| match codes.iter().find(|(i, _)| *i == ifmt) {
        Some((_, code)) => Shown::of(code),
        // The built-in number formats have no FORMAT record.
        None => Shown::of(built_in(ifmt)?),
    };
    Some(Globals {
        shown_xf: xf_formats.into_iter().map(shown).collect(),
        sheets,
    })
}

/// The code of a built-in number format that fixes what is shown (ECMA-376 18.8.30).
fn built_in(ifmt: u16) -> Option<&'static str> {
    Some(match ifmt {
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        37 => "#,##0 ;(#,##0)",
        38 => "#,##0 ;[Red](#,##0)",
        39 => "#,##0.00;(#,##0.00)",
        40 => "#,##0.00;[Red](#,##0.00)",
        _ => return None,
    })
}

/// A FORMAT record: its index and its code (BIFF8: a 16-bit length and Latin-1 or UTF-16
/// characters; BIFF5: an 8-bit length and bytes, of which only ASCII matters here).
fn format_record(data: &[u8], biff8: bool) -> Option<(u16, String)> {
    let index = u16_at(data, 0)?;
    let code = if biff8 {
        let count = usize::from(u16_at(data, 2)?);
        let wide = data.get(4)? & 1 == 1;
        let chars = data.get(5..)?;
        if wide {
            let units: Vec<u16> = chars
                .chunks_exact(2)
                .take(count)
                .map(|b| u16::from_le_bytes([b[0], b[1]]))
                .collect();
            String::from_utf16_lossy(&units)
        } else {
            chars.iter().take(count).map(|&b| char::from(b)).collect()
        }
    } else {
        let count = usize::from(*data.get(2)?);
        let chars = data.get(3..)?;
        chars
            .iter()
            .take(count)
            .map(|&b| if b.is_ascii() { char::from(b) } else { '?' })
            .collect()
    };
    Some((index, code))
}

/// [`sheet_formats`] on the workbook stream.
fn sheet_formats_of(stream: &[u8]) -> Vec<SheetFormats> {
    let Some(globals) = globals(stream) else {
        return Vec::new();
    };
    globals
        .sheets
        .iter()
        .map(|&at| sheet_cells(stream, at, &globals.shown_xf))
        .collect()
}

/// The sheet substream at `at`: its number cells whose XF shows them otherwise than stored,
/// its hidden rows and columns. Charts embedded in the sheet (a BOF … EOF inside it) are
/// skipped, as calamine skips them.
fn sheet_cells(stream: &[u8], at: usize, shown_xf: &[Option<Shown>]) -> SheetFormats {
    let mut out = SheetFormats::default();
    let mut depth = 0usize;
    let mut add = |row: u16, column: u16, xf: u16| {
        if let Some(Some(shown)) = shown_xf.get(usize::from(xf))
            && out.shown.len() < super::super::limits::MAX_SHEET_CELLS
        {
            out.shown
                .insert((u32::from(row), u32::from(column)), shown.clone());
        }
    };
    let mut hidden_rows = Vec::new();
    let mut hidden_columns = Vec::new();
    for r in records(stream, at) {
        match r.kind {
            BOF => depth += 1,
            EOF => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            NUMBER | RK | FORMULA if depth == 1 => {
                if let (Some(row), Some(column), Some(xf)) =
                    (u16_at(r.data, 0), u16_at(r.data, 2), u16_at(r.data, 4))
                {
                    add(row, column, xf);
                }
            }
            MULRK if depth == 1 => {
                // row, first column, then (XF, RK value) six bytes a cell, then the last column.
                let (Some(row), Some(first)) = (u16_at(r.data, 0), u16_at(r.data, 2)) else {
                    continue;
                };
                let body = r.data.get(4..r.data.len().saturating_sub(2)).unwrap_or(&[]);
                for (k, cell) in body.chunks_exact(6).enumerate() {
                    let column = u16::try_from(k).ok().and_then(|k| first.checked_add(k));
                    if let (Some(column), Some(xf)) = (column, u16_at(cell, 0)) {
                        add(row, column, xf);
                    }
                }
            }
            // A ROW record's options (offset 12): 0x20, fDyZero, the row is hidden.
            ROW if depth == 1 => {
                if let (Some(row), Some(options)) = (u16_at(r.data, 0), u16_at(r.data, 12))
                    && options & 0x20 != 0
                {
                    hidden_rows.push(u32::from(row));
                }
            }
            // A COLINFO record: first and last column, width, XF, options (bit 0: hidden).
            COLINFO if depth == 1 => {
                if let (Some(first), Some(last), Some(options)) =
                    (u16_at(r.data, 0), u16_at(r.data, 2), u16_at(r.data, 8))
                    && options & 1 != 0
                {
                    hidden_columns.push((u32::from(first), u32::from(last.max(first))));
                }
            }
            _ => {}
        }
        if depth == 0 {
            // A sheet position that does not start with a BOF: not a substream.
            break;
        }
    }
    out.hidden_rows = hidden_rows;
    out.hidden_columns = hidden_columns;
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use super::*;

    fn record(kind: u16, data: &[u8]) -> Vec<u8> {
        let mut out = kind.to_le_bytes().to_vec();
        out.extend(u16::try_from(data.len()).unwrap().to_le_bytes());
        out.extend(data);
        out
    }

    fn cell(kind: u16, row: u16, column: u16, xf: u16) -> Vec<u8> {
        let mut data = [row, column, xf]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect::<Vec<u8>>();
        data.extend([0u8; 8]);
        record(kind, &data)
    }

    /// A workbook stream: globals with a custom `0.0%` (164), XF 0 General, XF 1 built-in
    /// `0.00%`, XF 2 the custom one, XF 3 `0.00"%"` (no scaling); one sheet of NUMBER, RK,
    /// MULRK, FORMULA cells, with an embedded chart whose cells are not the sheet's.
    fn stream() -> Vec<u8> {
        let bof = record(BOF, &[0x00, 0x06, 0x05, 0x00]);
        let format = |index: u16, code: &str| {
            let mut data = index.to_le_bytes().to_vec();
            data.extend(u16::try_from(code.len()).unwrap().to_le_bytes());
            data.push(0);
            data.extend(code.as_bytes());
            record(FORMAT, &data)
        };
        let xf = |ifmt: u16| {
            let mut data = vec![0u8, 0];
            data.extend(ifmt.to_le_bytes());
            data.extend([0u8; 16]);
            record(XF, &data)
        };
        let mut globals = bof.clone();
        globals.extend(format(164, "0.0%"));
        globals.extend(format(165, "0.00\"%\""));
        for ifmt in [0, 10, 164, 165] {
            globals.extend(xf(ifmt));
        }
        let sheet_record_len = 4 + 8;
        let mut sheet = bof.clone();
        sheet.extend(cell(NUMBER, 5, 7, 1));
        sheet.extend(cell(RK, 6, 7, 2));
        sheet.extend(cell(RK, 7, 7, 3));
        sheet.extend(cell(FORMULA, 8, 7, 1));
        sheet.extend(cell(NUMBER, 9, 7, 0));
        // Row 13 hidden (options 0x20), row 14 not; column K hidden (options bit 0), L not.
        for (row, options) in [(13u16, 0x20u16), (14, 0x100)] {
            let mut data = [row, 0, 8, 300, 0, 0, options, 15]
                .iter()
                .flat_map(|v| v.to_le_bytes())
                .collect::<Vec<u8>>();
            data.truncate(16);
            sheet.extend(record(ROW, &data));
        }
        for (column, options) in [(10u16, 1u16), (11, 0)] {
            let data = [column, column, 0, 15, options, 0]
                .iter()
                .flat_map(|v| v.to_le_bytes())
                .collect::<Vec<u8>>();
            sheet.extend(record(COLINFO, &data));
        }
        // MULRK row 10, columns 2..=4 with XFs 0, 2, 1.
        let mut mulrk = [10u16, 2]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect::<Vec<u8>>();
        for x in [0u16, 2, 1] {
            mulrk.extend(x.to_le_bytes());
            mulrk.extend([0u8; 4]);
        }
        mulrk.extend(4u16.to_le_bytes());
        sheet.extend(record(MULRK, &mulrk));
        sheet.extend(bof.clone());
        sheet.extend(cell(NUMBER, 1, 1, 1));
        sheet.extend(record(EOF, &[]));
        sheet.extend(cell(NUMBER, 11, 7, 1));
        sheet.extend(record(EOF, &[]));
        sheet.extend(cell(NUMBER, 12, 7, 1));
        let at = globals.len() + sheet_record_len + 4;
        let mut boundsheet = u32::try_from(at).unwrap().to_le_bytes().to_vec();
        boundsheet.extend([0u8, 0, 2, 0]);
        boundsheet.extend(b"S1");
        globals.extend(record(BOUNDSHEET, &boundsheet[..8]));
        globals.extend(record(EOF, &[]));
        assert_eq!(globals.len(), at);
        globals.extend(sheet);
        globals
    }

    /// #15: the cells whose XF shows a percentage, built-in or custom, and no others.
    #[test]
    fn percent_cells_are_found_by_their_xf() {
        let sheets = sheet_formats_of(&stream());
        let [sheet] = sheets.as_slice() else {
            panic!("{sheets:?}")
        };
        let mut got: Vec<_> = sheet
            .shown
            .iter()
            .filter(|(_, s)| s.percent)
            .map(|(k, _)| *k)
            .collect();
        got.sort_unstable();
        assert_eq!(got, [(5, 7), (6, 7), (8, 7), (10, 3), (10, 4), (11, 7)]);
        // XF 3 `0.00"%"` prints a percent sign: two places, no scaling.
        assert_eq!(
            sheet.shown.get(&(7, 7)).map(|s| (s.percent, s.places)),
            Some((false, Some(2)))
        );
        assert_eq!(sheet.hidden_rows, [13]);
        assert_eq!(sheet.hidden_columns, [(10, 10)]);
    }

    #[test]
    fn records_cut_short_or_foreign_bytes_give_no_cells() {
        let full = stream();
        for cut in [0, 3, 10, full.len() / 2] {
            let _ = sheet_formats_of(full.get(..cut).unwrap());
        }
        assert!(sheet_formats(b"not a compound file").is_empty());
        assert!(sheet_formats(&[]).is_empty());
    }

    #[test]
    fn format_codes_in_latin1_and_utf16() {
        let mut data = 164u16.to_le_bytes().to_vec();
        data.extend(4u16.to_le_bytes());
        data.push(1);
        for c in "0.0%".encode_utf16() {
            data.extend(c.to_le_bytes());
        }
        assert_eq!(format_record(&data, true), Some((164, "0.0%".to_owned())));
        let biff5 = [164u8, 0, 2, b'0', b'%'];
        assert_eq!(format_record(&biff5, false), Some((164, "0%".to_owned())));
    }
}
