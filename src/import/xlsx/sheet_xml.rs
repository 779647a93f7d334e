//! What the workbook reader needs of a worksheet's XML besides its values — its merged
//! regions, the cells whose style shows the number otherwise than stored (a percentage, fixed
//! places) and the rows and columns hidden on screen (which calamine does not read, tafia/calamine#237)
//! — found in one pass over the XML as it unpacks, where calamine parsed the whole sheet once for the merged regions and once more for
//! the styles before reading the values (#15: on a workbook of 100 sheets, those two passes
//! were 28% and, with a percent style, another 29% of the instructions of `score`).
//!
//! The scan is no XML parser: it answers only worksheets written as Excel, WPS and
//! rust_xlsxwriter write them, and says `None` for anything else (a comment or CDATA
//! section, a cell with no `r` reference, a reference it cannot read), and the reader then asks
//! calamine as before. So an unusual sheet costs the old passes, never a different reading.

use super::number_format::Shown;
use crate::import::sheet::Region;
use memchr::memmem;
use quick_xml::events::Event;
use std::collections::HashMap;
use std::io::{Cursor, Read};

/// The merged regions of a sheet, in the order of its `<mergeCell>` elements, the cells
/// (row, column, 0-based) whose style shows the number otherwise than stored, with how, and
/// the hidden rows and column ranges (0-based).
#[derive(Debug, Default, PartialEq)]
pub(super) struct Layout {
    pub(super) merges: Vec<Region>,
    pub(super) shown: HashMap<(u32, u32), Shown>,
    /// Rows written `<row r="14" hidden="1">`.
    pub(super) hidden_rows: Vec<u32>,
    /// Columns written `<col min="11" max="11" hidden="1"/>`: (first, last), inclusive.
    pub(super) hidden_columns: Vec<(u32, u32)>,
    /// The text of the sheet's printed page header (`<oddHeader>`, Excel's 页眉), its codes
    /// left out ([`page_header`]): where a department puts the form's title (tester s9 F25).
    pub(super) header: Option<String>,
}

/// The zip entry of each sheet named in `names` (in that order), found as calamine finds them:
/// the package's office document, its relationships, the `<sheet>` elements of the workbook.
/// None when any of them cannot be told: the reader then asks calamine for every sheet.
pub(super) fn entries(bytes: &[u8], names: &[&str]) -> Option<Vec<String>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let cache: HashMap<String, String> = zip
        .file_names()
        .filter_map(Result::ok)
        .map(|n| (n.replace('\\', "/").to_ascii_lowercase(), n.into_owned()))
        .collect();
    let mut read = |path: &str| -> Option<Vec<u8>> {
        let name = cache.get(&path.to_ascii_lowercase())?;
        let mut out = Vec::new();
        let entry = zip.by_name(name).ok()?;
        entry
            .take(super::super::limits::MAX_ZIP_ENTRY_BYTES)
            .read_to_end(&mut out)
            .ok()?;
        Some(out)
    };
    let document = relationships(&read("_rels/.rels")?)?
        .into_iter()
        .find(|(_, (_, kind))| kind.ends_with("/relationships/officeDocument"))
        .map(|(_, (target, _))| target)?;
    let (dir, workbook) = document.split_at(document.rfind('/').map_or(0, |i| i + 1));
    let dir = dir.strip_prefix('/').unwrap_or(dir);
    if workbook.is_empty() {
        return None;
    }
    let rels = relationships(&read(&format!("{dir}_rels/{workbook}.rels"))?)?;
    let sheets = sheet_ids(&read(&format!("{dir}{workbook}"))?)?;
    if sheets.len() != names.len() {
        return None;
    }
    let mut paths = Vec::with_capacity(names.len());
    for ((name, id), want) in sheets.iter().zip(names) {
        let (target, _) = rels.get(id)?;
        let path = match target.strip_prefix('/') {
            Some(absolute) => absolute.to_owned(),
            None => format!("{dir}{target}"),
        };
        if name != want {
            return None;
        }
        paths.push(cache.get(&path.to_ascii_lowercase())?.clone());
    }
    Some(paths)
}

/// A sheet's XML, unpacked from its zip entry (after [`zipped::check`](super::super::zipped)).
pub(super) fn unpack(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, entry: &str) -> Option<Vec<u8>> {
    let file = zip.by_name(entry).ok()?;
    let mut out = Vec::with_capacity(usize::try_from(file.size()).unwrap_or(0));
    file.take(super::super::limits::MAX_ZIP_ENTRY_BYTES)
        .read_to_end(&mut out)
        .ok()?;
    Some(out)
}

/// A relationships part: each `Id` with its target and type. None when it does not parse.
fn relationships(xml: &[u8]) -> Option<HashMap<String, (String, String)>> {
    let mut reader = reader(xml);
    let mut out = HashMap::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == "Relationship" => {
                let (mut id, mut target, mut kind) = (None, String::new(), String::new());
                for a in e.attributes() {
                    let a = a.ok()?;
                    let value = a.value.into_owned();
                    match a.key.as_ref() {
                        "Id" => id = Some(value),
                        "Target" => target = value,
                        "Type" => kind = value,
                        _ => {}
                    }
                }
                // An escaped target would be read differently by calamine's two readers.
                if target.contains('&') {
                    return None;
                }
                if let Some(id) = id {
                    out.insert(id, (target, kind));
                }
            }
            Event::Eof => return Some(out),
            _ => {}
        }
    }
}

/// The workbook's `<sheet>` elements: each name and relationship id, in order.
fn sheet_ids(xml: &[u8]) -> Option<Vec<(String, String)>> {
    let mut reader = reader(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == "sheet" => {
                let (mut name, mut id) = (String::new(), String::new());
                for a in e.attributes() {
                    let a = a.ok()?;
                    let key = a.key.as_ref();
                    if key == "name" {
                        name = a
                            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .ok()?
                            .into_owned();
                    } else if key.rsplit(':').next() == Some("id") {
                        id = a.value.into_owned();
                    }
                }
                out.push((name, id));
            }
            Event::Eof => return Some(out),
            _ => {}
        }
    }
}

/// An XML reader configured as calamine configures its own.
fn reader(xml: &[u8]) -> quick_xml::Reader<&[u8]> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    reader
}

/// One pass over a worksheet's XML: its merged regions, its hidden rows and columns, and —
/// when some style of the workbook shows a number otherwise than stored (`styles[id]`) — the
/// cells in such a style. None when the sheet is not written the way the scan reads (see the
/// module's note).
pub(super) fn scan(xml: &[u8], styles: &[Option<Shown>]) -> Option<Layout> {
    // Comments, CDATA and processing instructions (but the declaration) can hold markup.
    if memmem::find(xml, b"<!").is_some() || memmem::find_iter(xml, b"<?").any(|i| i > 3) {
        return None;
    }
    let (cells, tail) = match memmem::find(xml, b"sheetData") {
        Some(first) => sheet_data(xml, first)?,
        // No sheet data: calamine's reader of the values says what the sheet is.
        None => (&xml[..0], xml),
    };
    // Merged regions stand after the sheet data; calamine would take them from anywhere.
    let head = xml.get(..xml.len().checked_sub(tail.len())?)?;
    if memmem::find(head, b"mergeCell").is_some() {
        return None;
    }
    let (shown, hidden_rows) = scan_cells(cells, styles)?;
    Some(Layout {
        merges: merges(tail)?,
        shown,
        hidden_rows,
        hidden_columns: hidden_columns(head)?,
        header: page_header(tail),
    })
}

/// The `<col min max hidden="1">` ranges before the sheet data, 0-based. None when the XML
/// there does not parse or a range cannot be read.
fn hidden_columns(head: &[u8]) -> Option<Vec<(u32, u32)>> {
    if memmem::find(head, b"hidden").is_none() {
        return Some(Vec::new());
    }
    let mut reader = reader(head);
    let mut out = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "col" => {
                let (mut min, mut max, mut hidden) = (None, None, false);
                for a in e.attributes() {
                    let a = a.ok()?;
                    let value = a.value;
                    match a.key.as_ref() {
                        "min" => min = value.parse::<u32>().ok(),
                        "max" => max = value.parse::<u32>().ok(),
                        "hidden" => hidden = is_true(value.as_bytes()),
                        _ => {}
                    }
                }
                if hidden {
                    let (min, max) = (min?.checked_sub(1)?, max?.checked_sub(1)?);
                    out.push((min, max.max(min)));
                }
            }
            // The head is cut before `<sheetData`: its end is no error.
            Ok(Event::Eof) | Err(_) => return Some(out),
            _ => {}
        }
    }
}

fn is_true(value: &[u8]) -> bool {
    matches!(value, b"1" | b"true")
}

/// The bytes inside `<sheetData>` and the bytes after it, the first `sheetData` at `first`.
fn sheet_data(xml: &[u8], first: usize) -> Option<(&[u8], &[u8])> {
    let open_end = first + memchr::memchr(b'>', xml.get(first..)?)?;
    if xml.get(open_end.checked_sub(1)?) == Some(&b'/') {
        // `<sheetData/>`: no cells.
        return Some((&xml[..0], xml.get(open_end + 1..)?));
    }
    let last = memmem::rfind(xml, b"sheetData")?;
    let lt = memchr::memrchr(b'<', xml.get(..last)?)?;
    // The closing tag: `</sheetData>` or `</x:sheetData>`, nothing else.
    let name = xml.get(lt + 1..last)?;
    if name.first() != Some(&b'/') || name.iter().skip(1).any(|&b| !is_name_byte(b) && b != b':') {
        return None;
    }
    let close_end = last + memchr::memchr(b'>', xml.get(last..)?)?;
    if last <= open_end
        || xml
            .get(last + 9..close_end)?
            .iter()
            .any(|b| !b.is_ascii_whitespace())
    {
        return None;
    }
    Some((xml.get(open_end + 1..lt)?, xml.get(close_end + 1..)?))
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
}

/// The cells of `<sheetData>` whose `s` style id shows its number otherwise than stored, by
/// their `r` reference, as calamine's `next_style_id` gives them (style 0 never), and the rows
/// written hidden. None for a cell without `r`, or a hidden row without it.
#[allow(clippy::type_complexity)]
fn scan_cells(
    data: &[u8],
    styles: &[Option<Shown>],
) -> Option<(HashMap<(u32, u32), Shown>, Vec<u32>)> {
    let mut cells = HashMap::new();
    let mut hidden = Vec::new();
    let any_style = styles.iter().any(Option::is_some);
    let any_hidden = memmem::find(data, b"hidden").is_some();
    if !any_style && !any_hidden {
        return Some((cells, hidden));
    }
    for lt in memchr::memchr_iter(b'<', data) {
        let rest = data.get(lt + 1..)?;
        let name_len = rest
            .iter()
            .position(|&b| b.is_ascii_whitespace() || b == b'>' || b == b'/')
            .unwrap_or(rest.len());
        let name = rest[..name_len].rsplit(|&b| b == b':').next();
        if name == Some(b"row") && any_hidden {
            let tag = attributes(rest.get(name_len..)?)?;
            if tag.hidden.is_some_and(is_true) {
                let row = tag.r?;
                let row = std::str::from_utf8(row).ok()?.parse::<u32>().ok()?;
                hidden.push(row.checked_sub(1)?);
            }
            continue;
        }
        if name != Some(b"c") || !any_style {
            continue;
        }
        let tag = attributes(rest.get(name_len..)?)?;
        let style = tag
            .s
            .filter(|s| !s.is_empty() && s.iter().all(u8::is_ascii_digit))
            .and_then(|s| std::str::from_utf8(s).ok()?.parse::<usize>().ok())
            .unwrap_or(0);
        match styles.get(style) {
            Some(Some(shown)) if style > 0 => {
                cells.insert(cell_ref(tag.r?)?, shown.clone());
            }
            // Every cell needs its reference, as the values reader places it by that.
            _ => {
                tag.r?;
            }
        }
    }
    Some((cells, hidden))
}

/// The raw `r`, `s` and `hidden` attributes of a `<c …>` or `<row …>` tag.
#[derive(Default)]
struct Attributes<'a> {
    r: Option<&'a [u8]>,
    s: Option<&'a [u8]>,
    hidden: Option<&'a [u8]>,
}

/// The attributes of a tag (`tag` starts after its name). None when the tag does not end or
/// an attribute is not `name="value"` or `name='value'`.
fn attributes(tag: &[u8]) -> Option<Attributes<'_>> {
    let mut out = Attributes::default();
    let mut i = 0;
    loop {
        while tag.get(i)?.is_ascii_whitespace() {
            i += 1;
        }
        if matches!(tag.get(i)?, b'>' | b'/') {
            return Some(out);
        }
        let eq = i + memchr::memchr(b'=', tag.get(i..)?)?;
        let key = tag.get(i..eq)?.trim_ascii();
        let quote = *tag.get(eq + 1)?;
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        let start = eq + 2;
        let end = start + memchr::memchr(quote, tag.get(start..)?)?;
        let value = tag.get(start..end)?;
        match key {
            b"r" => out.r = Some(value),
            b"s" => out.s = Some(value),
            b"hidden" => out.hidden = Some(value),
            _ => {}
        }
        i = end + 1;
    }
}

/// An `A1` reference as (row, column), 0-based, for what calamine reads the same way
/// (letters, then digits, both present); None for anything else.
fn cell_ref(text: &[u8]) -> Option<(u32, u32)> {
    let letters = text.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let (column, row) = text.split_at(letters);
    if column.is_empty() || row.is_empty() || !row.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let column = column.iter().try_fold(0u32, |n, &b| {
        n.checked_mul(26)?
            .checked_add(u32::from(b.to_ascii_uppercase() - b'A') + 1)
    })?;
    let row = row.iter().try_fold(0u32, |n, &b| {
        n.checked_mul(10)?.checked_add(u32::from(b - b'0'))
    })?;
    Some((row.checked_sub(1)?, column.checked_sub(1)?))
}

/// The text of the first `<oddHeader>` in `tail` (the XML after the sheet data): its centre
/// section (`&C…`) when it has one with text, else every section, the formatting and field
/// codes left out (`&"宋体,加粗"`, `&14`, `&P`, `&D` …; `&&` is `&`). None when there is none
/// or it holds no text.
fn page_header(tail: &[u8]) -> Option<String> {
    let at = memmem::find(tail, b"oddHeader")?;
    let open_end = at + memchr::memchr(b'>', tail.get(at..)?)?;
    if tail.get(open_end.checked_sub(1)?) == Some(&b'/') {
        return None;
    }
    let rest = tail.get(open_end + 1..)?;
    let raw = rest.get(..memmem::find(rest, b"</")?)?;
    let raw = std::str::from_utf8(raw).ok()?;
    let text = quick_xml::escape::unescape(raw).ok()?;
    header_sections(&text)
}

/// The text of a page header's codes (see [`page_header`]).
fn header_sections(text: &str) -> Option<String> {
    // (section, text): 'L', 'C', 'R'; text before any section code is centred, as Excel shows.
    let mut sections: Vec<(char, String)> = vec![('C', String::new())];
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '&' {
            if let Some((_, text)) = sections.last_mut() {
                text.push(c);
            }
            continue;
        }
        match chars.next() {
            Some('&') => {
                if let Some((_, text)) = sections.last_mut() {
                    text.push('&');
                }
            }
            Some(section @ ('L' | 'C' | 'R')) => sections.push((section, String::new())),
            // A font name and style: `&"宋体,加粗"`.
            Some('"') => while chars.next().is_some_and(|c| c != '"') {},
            // A font size: `&14`.
            Some(d) if d.is_ascii_digit() => while chars.next_if(char::is_ascii_digit).is_some() {},
            // A field (page number, date, file name …) or a style switch: no text.
            _ => {}
        }
    }
    let texts = |centre: bool| {
        let parts = sections
            .iter()
            .filter(|(s, _)| !centre || *s == 'C')
            .map(|(_, t)| t.trim())
            .filter(|t| !t.is_empty());
        parts.collect::<Vec<_>>().join(" ")
    };
    let centre = texts(true);
    let text = if centre.is_empty() {
        texts(false)
    } else {
        centre
    };
    (!text.is_empty()).then_some(text)
}

/// The `<mergeCell ref="A1:B2">` regions of the first `<mergeCells>` in `tail` (the XML after
/// the sheet data), parsed as calamine parses them. None when the XML does not parse or a
/// reference is not `A1` or `A1:B2`.
fn merges(tail: &[u8]) -> Option<Vec<Region>> {
    let mut reader = reader(tail);
    let mut inside = false;
    let mut out = Vec::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == "mergeCells" && !inside => {
                inside = true;
            }
            Event::Start(e) if inside && e.local_name().as_ref() == "mergeCell" => {
                let mut reference = None;
                for a in e.attributes() {
                    let a = a.ok()?;
                    if a.key.as_ref() == "ref" {
                        reference = Some(a.value);
                    }
                }
                if let Some(reference) = reference {
                    let mut parts = reference.split(':').map(str::as_bytes);
                    let start = cell_ref(parts.next()?)?;
                    let end = parts.next().map_or(Some(start), cell_ref)?;
                    if parts.next().is_some() {
                        return None;
                    }
                    out.push((start, end));
                }
            }
            Event::End(e) if inside && e.local_name().as_ref() == "mergeCells" => {
                return Some(out);
            }
            // Calamine fails a sheet whose merged regions do not end: so does the fallback.
            Event::Eof if inside => return None,
            Event::Eof => return Some(out),
            _ => {}
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const SHEET: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/><sheetData><row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2"><v>0.95</v></c></row><row r="2"><c r="C2" s='2'><v>1</v></c><c r="AB10" s="0"><v>1</v></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C3"/></mergeCells><pageMargins left="0.7"/></worksheet>"#;

    #[test]
    fn the_page_header_s_text_is_read_without_its_codes() {
        let sheet = |header: &str| {
            SHEET.replace(
                "<pageMargins left=\"0.7\"/>",
                &format!("<pageMargins left=\"0.7\"/><headerFooter>{header}</headerFooter>"),
            )
        };
        for (header, text) in [
            (
                "<oddHeader>&amp;C&#39033;&#30446;&#25903;&#20986;&#32489;&#25928;&#33258;&#35780;&#34920; (2024&#24180;&#24230;)</oddHeader>",
                Some("项目支出绩效自评表 (2024年度)"),
            ),
            (
                "<oddHeader>&amp;L附件1&amp;C&amp;\"宋体,加粗\"&amp;16项目支出绩效自评表&amp;R第&amp;P页</oddHeader>",
                Some("项目支出绩效自评表"),
            ),
            (
                "<oddHeader>&amp;L附件1&amp;R&amp;D</oddHeader>",
                Some("附件1"),
            ),
            ("<oddHeader>A &amp;&amp; B</oddHeader>", Some("A & B")),
            ("<oddHeader/><oddFooter>&amp;P</oddFooter>", None),
            ("<oddHeader>&amp;C&amp;P</oddHeader>", None),
        ] {
            let layout = scan(sheet(header).as_bytes(), &[None]).unwrap();
            assert_eq!(layout.header.as_deref(), text, "{header}");
        }
        assert_eq!(scan(SHEET.as_bytes(), &[None]).unwrap().header, None);
    }

    /// Styles 0 and 1 as stored, style 2 a percentage.
    fn styles() -> Vec<Option<Shown>> {
        vec![None, None, Shown::of("0.00%")]
    }

    #[test]
    fn merges_and_percent_cells_in_one_pass() {
        let layout = scan(SHEET.as_bytes(), &styles()).unwrap();
        assert_eq!(layout.merges, vec![((0, 0), (0, 1)), ((2, 2), (2, 2))]);
        let mut percent: Vec<_> = layout.shown.into_keys().collect();
        percent.sort_unstable();
        assert_eq!(percent, vec![(0, 1), (1, 2)]);
        // No such style: the cells are not looked at.
        let layout = scan(SHEET.as_bytes(), &[None, None, None]).unwrap();
        assert!(layout.shown.is_empty());
        assert_eq!(layout.merges.len(), 2);
        assert!(layout.hidden_rows.is_empty() && layout.hidden_columns.is_empty());
    }

    /// Tester s11 F8: rows and columns hidden on screen, as Excel and openpyxl write them.
    #[test]
    fn hidden_rows_and_columns_are_found() {
        let xml = SHEET
            .replace("<row r=\"2\">", "<row r=\"2\" spans=\"1:3\" hidden=\"1\">")
            .replace(
                "<dimension ref=\"A1:C3\"/>",
                "<dimension ref=\"A1:C3\"/><cols><col min=\"1\" max=\"1\" width=\"9\"/><col min=\"11\" max=\"12\" width=\"0\" hidden=\"1\" customWidth=\"1\"/></cols>",
            );
        let layout = scan(xml.as_bytes(), &[None]).unwrap();
        assert_eq!(layout.hidden_rows, [1]);
        assert_eq!(layout.hidden_columns, [(10, 11)]);
        assert_eq!(layout.merges.len(), 2);
        let shown = scan(xml.as_bytes(), &styles()).unwrap();
        assert_eq!((shown.hidden_rows, shown.shown.len()), (vec![1], 2));
    }

    #[test]
    fn prefixed_and_empty_sheets_are_read() {
        let prefixed = SHEET
            .replace("<sheetData>", "<x:sheetData>")
            .replace("</sheetData>", "</x:sheetData >")
            .replace("<c ", "<x:c ")
            .replace("mergeCell", "x:mergeCell");
        let layout = scan(prefixed.as_bytes(), &styles()).unwrap();
        assert_eq!(layout.merges.len(), 2);
        assert_eq!(layout.shown.len(), 2);
        let empty = r#"<worksheet><sheetData/><mergeCells><mergeCell ref="A1:A2"/></mergeCells></worksheet>"#;
        let layout = scan(empty.as_bytes(), &[None, Shown::of("0%")]).unwrap();
        assert_eq!(layout.merges, vec![((0, 0), (1, 0))]);
        assert!(layout.shown.is_empty());
    }

    /// What the scan does not read goes to calamine, as before.
    #[test]
    fn unusual_sheets_are_left_to_calamine() {
        let unusual = [
            SHEET.replace("<row r=\"2\">", "<!-- a comment --><row r=\"2\">"),
            SHEET.replace("<c r=\"C2\" s='2'>", "<c s=\"2\">"),
            SHEET.replace("ref=\"C3\"", "ref=\"$C$3\""),
            SHEET.replace("ref=\"C3\"", "ref=\"C3:D4:E5\""),
            SHEET.replace("</mergeCells>", ""),
        ];
        for xml in unusual {
            assert_eq!(scan(xml.as_bytes(), &styles()), None, "{xml}");
        }
    }

    #[test]
    fn references_read_as_calamine_reads_them() {
        assert_eq!(cell_ref(b"A1"), Some((0, 0)));
        assert_eq!(cell_ref(b"ab10"), Some((9, 27)));
        assert_eq!(cell_ref(b"XFD1048576"), Some((1_048_575, 16_383)));
        for bad in [&b"A0"[..], b"1", b"A", b"A1B", b"$A$1", b""] {
            assert_eq!(cell_ref(bad), None, "{bad:?}");
        }
    }
}
