//! Page junk that text copied out of a PDF viewer, a printed document or a web page carries
//! between a form's cells: the page markers (`第 1 页,共 2 页`, `第3页`, `- 3 -`, `— 1 —`,
//! `Page 2 of 3`). One definition for every reader: the readers of a stream of cells
//! (paragraphs, one-line text, `|` text rebuilt by content) drop them from the stream
//! ([`without_markers`]), the grid reader drops a row holding nothing else ([`is_marker_row`]);
//! each is said as a recognised note, never read as a cell of the form (#15).

use super::grid::{Cell, ImportNote, NoteKind, Row};
use crate::i18n::{msg, quoted};
use std::borrow::Cow;

/// The most pieces one marker is split into when a line was split at its spaces
/// (`第 1 页,共 2 页` → `第`, `1`, `页,共`, `2`, `页`).
const MAX_PIECES: usize = 5;

/// True for a page marker: `第N页`, `第N页,共M页` (any comma or none), `共M页第N页`, a page
/// number between dashes (`- 3 -`, `—1—`, `－3－`), `Page N` / `Page N of M`; spaces and
/// full-width digits allowed.
pub(crate) fn is_marker(text: &str) -> bool {
    // Every marker holds a page number, in ASCII or full-width digits (`０`–`９` are
    // `EF BC 90`–`EF BC 99`): a dash or `第一级` without one is told without a copy (#15: the
    // grid reader asks every cell of a file of 10,000 forms).
    text.bytes().any(|b| b.is_ascii_digit() || b == 0xEF) && is_marker_plainly(text)
}

/// [`is_marker`] without its test for a digit.
fn is_marker_plainly(text: &str) -> bool {
    if !text.trim_start().starts_with(is_marker_start) {
        return false;
    }
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(half_width_digit)
        .collect();
    let t = t.to_lowercase();
    let dashes: &[char] = &['-', '—', '–', '－', '‒', '―'];
    if let Some(inner) = t.strip_prefix(dashes) {
        let inner = inner.trim_start_matches(dashes);
        let digits = inner.trim_end_matches(dashes);
        return digits.len() < inner.len() && is_count(digits);
    }
    if let Some(rest) = t.strip_prefix("page") {
        return match rest.split_once("of") {
            Some((n, m)) => is_count(n) && is_count(m),
            None => is_count(rest),
        };
    }
    let page = |s: &str, lead: &str| {
        s.strip_prefix(lead)
            .and_then(|s| s.strip_suffix('页'))
            .is_some_and(is_count)
    };
    let parts: Vec<&str> = t
        .split_inclusive('页')
        .map(|p| p.trim_matches([',', '，', '、', '/', '|']))
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        [one] => page(one, "第"),
        [a, b] => (page(a, "第") && page(b, "共")) || (page(a, "共") && page(b, "第")),
        _ => false,
    }
}

fn is_marker_start(c: char) -> bool {
    matches!(
        c,
        '第' | '共' | '-' | '—' | '–' | '－' | '‒' | '―' | 'P' | 'p'
    )
}

fn half_width_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        _ => c,
    }
}

/// A page number: 1 to 4 ASCII digits.
fn is_count(text: &str) -> bool {
    (1..=4).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

/// The cells with every page marker left out — a marker in one cell, or split over up to
/// [`MAX_PIECES`] short pieces by a line split at its spaces — and a note for each.
pub(crate) fn without_markers<'c, 'a>(
    cells: &'c [Cell<'a>],
) -> (Cow<'c, [Cell<'a>]>, Vec<ImportNote>) {
    let starts = |c: &Cell| c.text.starts_with(is_marker_start);
    if !cells.iter().any(starts) {
        return (Cow::Borrowed(cells), Vec::new());
    }
    let mut kept = Vec::with_capacity(cells.len());
    let mut notes = Vec::new();
    let mut i = 0;
    while let Some(cell) = cells.get(i) {
        match starts(cell).then(|| marker_pieces(cells, i)).flatten() {
            Some(n) => {
                let text: Vec<&str> = cells.iter().skip(i).take(n).map(|c| &*c.text).collect();
                notes.push(cell.note(NoteKind::Recognised, marker_message(&text.join(" "))));
                i += n;
            }
            None => {
                kept.push(cell.clone());
                i += 1;
            }
        }
    }
    (Cow::Owned(kept), notes)
}

/// How many cells from `i` make a page marker, if they do. Only a `第…页` marker is looked for
/// over several pieces: `—`, `10`, `—` are three cells of a form far more often than a page
/// number split at its spaces.
fn marker_pieces(cells: &[Cell], i: usize) -> Option<usize> {
    let first = cells.get(i)?;
    let pieces = match first.text.starts_with(['第', '共', 'P', 'p']) {
        true => MAX_PIECES,
        false => 1,
    };
    let mut joined = String::new();
    for (k, cell) in cells.iter().skip(i).take(pieces).enumerate() {
        if k > 0 && cell.text.chars().count() > 4 {
            return None;
        }
        joined.push_str(&cell.text);
        if is_marker(&joined) {
            return Some(k + 1);
        }
    }
    None
}

/// True for a row whose only text is a page marker (a line of its own in `|` or tab text).
pub(crate) fn is_marker_row(row: &Row) -> bool {
    let mut filled = row.cells.iter().filter(|c| !c.text.is_empty());
    filled.next().is_some_and(|c| is_marker(&c.text)) && filled.next().is_none()
}

/// The note on a page marker left out.
pub(crate) fn marker_message(text: &str) -> crate::i18n::Message {
    msg!("import-note-page-marker", text = quoted(text))
}

#[cfg(test)]
mod tests {
    use super::{is_marker, is_marker_plainly};

    proptest::proptest! {
        /// The test for a digit turns no marker away: texts made of markers' pieces read the
        /// same with it and without it.
        #[test]
        fn the_digit_test_turns_no_marker_away(
            text in "[第共页,，/、 Pagpeof0-9０-９\\-—–－‒―一二三]{0,12}"
        ) {
            proptest::prop_assert_eq!(is_marker(&text), is_marker_plainly(&text));
        }
    }

    #[test]
    fn page_markers_are_told_from_cells() {
        for marker in [
            "第 1 页,共 2 页",
            "第1页，共2页",
            "第3页",
            "第 3 页 共 12 页",
            "共2页 第1页",
            "- 3 -",
            "— 1 —",
            "－３－",
            "Page 2 of 3",
            "第１页",
            "第3页/共12页",
            "第 2 页",
            "- 12 -",
        ] {
            assert!(is_marker(marker), "{marker}");
        }
        for cell in [
            "第三级",
            "第1季度",
            "-3",
            "—",
            "第1页内容",
            "共2页",
            "2023年11月底前",
            "-",
            "第十页",
            "项目名称",
            "-5",
            "15-20",
            "第1页码",
            "第1期",
            "指标1",
        ] {
            assert!(!is_marker(cell), "{cell}");
        }
    }
}
