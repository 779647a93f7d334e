//! Page junk that text copied out of a PDF viewer, a printed document or a web page carries
//! between a form's cells: the page markers (`第 1 页,共 2 页`, `第3页`, `- 3 -`, `— 1 —`,
//! `Page 2 of 3`). One definition for every reader: the readers of a stream of cells
//! (paragraphs, one-line text, `|` text rebuilt by content) drop them from the stream
//! ([`without_markers`]), the grid reader drops a row holding nothing else ([`is_marker_row`]);
//! each is said as a recognised note, never read as a cell of the form (#15).

use super::grid::{self, Cell, ImportNote, NoteKind, Row};
use crate::i18n::{msg, quoted};
use std::borrow::Cow;

mod cut_row;
mod split_dashes;

/// The most characters, white space aside, of a piece after a marker's first: the footer's
/// second half on a line of its own, `共1234页`.
const MAX_HALF: usize = 6;

/// The most pieces one marker is split into when a line was split at its spaces
/// (`第 1 页 共 2 页` → `第`, `1`, `页`, `共`, `2`, `页`).
const MAX_PIECES: usize = 6;

/// True for a page marker: `第N页`, `第N页,共M页` (any comma or none), `共M页第N页`, a page
/// number between dashes (`- 3 -`, `—1—`, `－3－`), `Page N` / `Page N of M`; spaces and
/// full-width digits allowed.
pub(crate) fn is_marker(text: &str) -> bool {
    // The grid reader asks every cell of a file of 10,000 forms, on one thread (#15). A marker
    // starts with white space or one of `is_marker_start`'s characters, whose encodings start
    // with these bytes (`—` `–` `‒` `―` E2, `－` EF, `第` E7, `共` E5; white space outside
    // ASCII C2, E1, E2 or E3); and it holds a page number, in ASCII or full-width digits
    // (`０`–`９` are `EF BC 90`–`EF BC 99`). Most cells are told by their first byte, a dash or
    // `第一级` without a digit without a copy.
    // `E5` and `E7` lead no white space: such a cell starts with `共` or `第` itself, which its
    // first three bytes tell (most Chinese text starts with one of the two lead bytes).
    let bytes = text.as_bytes();
    let starts = match bytes.first() {
        Some(0xE5) => bytes.starts_with("共".as_bytes()),
        Some(0xE7) => bytes.starts_with("第".as_bytes()),
        Some(b) => matches!(
            b,
            b'-' | b'P' | b'p' | b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1..=0xE3 | 0xEF
        ),
        None => false,
    };
    starts
        && text.trim_start().starts_with(is_marker_start)
        && text.bytes().any(|b| b.is_ascii_digit() || b == 0xEF)
        && is_marker_plainly(text)
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
/// [`MAX_PIECES`] short pieces by a line split at its spaces — and a note for each. At each
/// page break the page's header printed again ([`is_page_header`]) is left out too, and a cell
/// the break cut in two ([`continues_at`]) is joined back, each said (tester s7 F11: they were
/// a 0-point indicator with two warnings, and the reason was cut short).
pub(crate) fn without_markers<'c, 'a>(
    cells: &'c [Cell<'a>],
) -> (Cow<'c, [Cell<'a>]>, Vec<ImportNote>) {
    let starts = |c: &Cell| c.text.starts_with(is_marker_start);
    // A page heading printed again is looked for at a page marker, or — where the copy lost
    // its markers — wherever a form's title stands a second time.
    let unmarked = !cells
        .iter()
        .any(|c| starts(c) || is_continued_heading(&c.text));
    if unmarked
        && cells
            .iter()
            .filter(|c| grid::is_title(&c.text))
            .nth(1)
            .is_none()
    {
        return (Cow::Borrowed(cells), Vec::new());
    }
    let header = page_header(cells);
    let mut kept: Vec<Cell<'a>> = Vec::with_capacity(cells.len());
    let mut notes = Vec::new();
    let mut joined = None;
    let mut i = 0;
    while let Some(cell) = cells.get(i) {
        if joined == Some(i) {
            i += 1;
            continue;
        }
        if is_continued_heading(&cell.text) {
            notes.push(cell.note(NoteKind::Recognised, marker_message(&cell.text)));
            i += 1;
            continue;
        }
        let Some(n) = starts(cell).then(|| marker_pieces(cells, i)).flatten() else {
            match heading_unmarked(&kept, cells, i, &header) {
                Some((next, said)) => {
                    notes.extend(said);
                    i = next;
                }
                None => {
                    kept.push(cell.clone());
                    i += 1;
                }
            }
            continue;
        };
        let text: Vec<&str> = cells.iter().skip(i).take(n).map(|c| &*c.text).collect();
        notes.push(cell.note(NoteKind::Recognised, marker_message(&text.join(" "))));
        i = past_page_heading(&kept, cells, i + n, &header, &mut notes);
        if let Some(n) = cut_row::mend(&mut kept, cells, i, &mut notes) {
            i += n;
            continue;
        }
        if let Some(at) = continues_at(&kept, cells, i)
            && let (Some(last), Some(rest)) = (kept.last_mut(), cells.get(at))
        {
            let whole = format!("{}{}", last.text, rest.text);
            notes.push(last.note(
                NoteKind::Recognised,
                msg!(
                    "import-note-page-cut-joined",
                    first = quoted(&*last.text),
                    second = quoted(&*rest.text),
                    joined = quoted(whole.as_str())
                ),
            ));
            last.text = whole.into();
            joined = Some(at);
        }
    }
    (Cow::Owned(kept), notes)
}

/// Where the rows go on after the page's heading printed again at the top of a page (from
/// `i`, right after a page marker): its header text ([`is_page_header`]) and the form's own
/// title and year ([`repeated_title`]), in any order, each left out with a note.
fn past_page_heading(
    kept: &[Cell],
    cells: &[Cell],
    mut i: usize,
    header: &[&str],
    notes: &mut Vec<ImportNote>,
) -> usize {
    loop {
        if let Some(repeated) = cells.get(i).filter(|c| is_page_header(&c.text, header)) {
            let text = quoted(&*repeated.text);
            notes.push(repeated.note(
                NoteKind::Recognised,
                msg!("import-note-page-header", text = text),
            ));
            i += 1;
        } else if let Some((n, columns)) = repeated_indicators_header(kept, cells, i)
            .map(|n| (n, true))
            .or_else(|| repeated_title(kept, cells, i).map(|n| (n, false)))
            && let Some(first) = cells.get(i)
        {
            // The indicators' header row printed again on the new page, wherever the break
            // fell — inside a row too (`≤40万元` / footer / header / `41.5万元`, tester s11b
            // G2) — or the form's own title: page text, left out so the form goes on.
            let text: Vec<&str> = cells
                .iter()
                .skip(i)
                .take(n)
                .map(|c| c.text.trim())
                .collect();
            let text = quoted(text.join(" "));
            let message = match columns {
                true => msg!("import-note-page-columns", text = text),
                false => msg!("import-note-page-title", text = text),
            };
            notes.push(first.note(NoteKind::Recognised, message));
            i += n;
        } else {
            return i;
        }
    }
}

/// Where the rows go on after a page heading at `i` whose page marker the copy lost (tester
/// s9 F9: a PDF copy without its page footers), with its notes: the same test as after a
/// marker ([`past_page_heading`]), taken only where the heading holds the form's own title
/// printed again ([`repeated_title`]) — the page's header text alone (`报表编号:…`) is no
/// page break without a marker or a title, nor is anything before the form's first title.
fn heading_unmarked(
    kept: &[Cell],
    cells: &[Cell],
    i: usize,
    header: &[&str],
) -> Option<(usize, Vec<ImportNote>)> {
    let here = cells.get(i)?;
    let starts_heading = grid::is_title(&here.text) || is_page_header(&here.text, header);
    if !starts_heading || !kept.iter().any(|c| grid::is_title(&c.text)) {
        return None;
    }
    let mut said = Vec::new();
    let next = past_page_heading(kept, cells, i, header, &mut said);
    let titled = cells
        .get(i..next)
        .is_some_and(|heading| heading.iter().any(|c| grid::is_title(&c.text)));
    titled.then_some((next, said))
}

/// How many cells the indicators' header row printed again at `i` takes (an optional section
/// label, then at least four cells each naming a column, `一级指标 二级指标 三级指标 年度指标值
/// …`), when the form read so far (`kept`, since its last title) has its indicators header
/// already: the same form's table goes on.
fn repeated_indicators_header(kept: &[Cell], cells: &[Cell], i: usize) -> Option<usize> {
    let form_from = kept
        .iter()
        .rposition(|c| grid::is_title(&c.text))
        .unwrap_or(0);
    let has_header = kept
        .get(form_from..)
        .is_some_and(|form| form.iter().any(|c| grid::is_indicators_header(&c.text)));
    if !has_header {
        return None;
    }
    let mut n = 0;
    let mut named = Vec::new();
    while let Some(c) = cells.get(i + n) {
        match grid::indicator_column(&c.text) {
            Some(column) => {
                if !named.contains(&column) {
                    named.push(column);
                }
            }
            None if n == 0 && grid::is_indicators_header(&c.text) => {}
            None => break,
        }
        n += 1;
    }
    // The break fell inside the header row itself (`一级指标 二级指标` / `第 1 页 共 2 页` /
    // `三级指标 年度指标值 …`, session 24): the cells after it are the rest of that row, unless
    // they name again a column it named before the break. Left out as printed again, the row
    // lost its columns and every indicator row was read one cell a row.
    let before: Vec<grid::Column> = kept
        .iter()
        .rev()
        .map_while(|c| grid::indicator_column(&c.text))
        .collect();
    if !before.is_empty() && !named.iter().any(|c| before.contains(c)) {
        return None;
    }
    (named.len() >= 4).then_some(n)
}

/// How many cells (the title, and its year when that follows) the form's own title printed
/// again at the top of a page takes at `i`: a title of the same name as the last one read
/// (`kept`), in a form that has not reached its 总分, with no header label within the next few
/// cells — a new form opens with its header (项目名称, 填报单位 …), a page of the same form goes
/// on with its rows (tester s9 F9: page 2 of a Sichuan PDF copy was read as a second form with
/// no name, 0 / 差, and the first cut short).
fn repeated_title(kept: &[Cell], cells: &[Cell], i: usize) -> Option<usize> {
    let title = cells.get(i)?.text.trim();
    if !grid::is_title(title) {
        return None;
    }
    let at = kept.iter().rposition(|c| grid::is_title(&c.text))?;
    let name = |t: &str| grid::split_title_year(&grid::squeeze(t)).0.to_owned();
    let form = kept.get(at..).unwrap_or_default();
    if form
        .first()
        .is_none_or(|own| name(&own.text) != name(title))
        || form.iter().any(|c| grid::is_total_label(&c.text))
    {
        return None;
    }
    let n = 1 + usize::from(
        cells
            .get(i + 1)
            .is_some_and(|c| grid::is_year(c.text.trim())),
    );
    let opens_form = cells.iter().skip(i + n).take(6).any(|c| {
        let t = c.text.trim();
        grid::header_key(t).is_some()
            || t.starts_with("填报单位")
            || grid::is_funds_header(t)
            || grid::is_goals_header(t)
    });
    (!opens_form).then_some(n)
}

/// The text a page prints above the form, before its title (`报表编号:510000_0013zp`, a
/// document's heading): the cells before the first title that are text, not a number or a
/// short word that a form's cell could repeat.
fn page_header<'c>(cells: &'c [Cell]) -> Vec<&'c str> {
    // A title broken over lines (`项目支出绩效自评表（` / `2018 年度 ）`, tester s13 T2) is a
    // title: the form's cells after it are no page header, which would be left out after
    // every page break.
    let title_at = |i: usize| {
        cells.get(i).is_some_and(|c| grid::is_title(&c.text))
            || (cells
                .get(i)
                .is_some_and(|c| grid::opens_title(&grid::squeeze(&c.text)))
                && (2..=grid::TITLE_PIECES).any(|k| {
                    cells.get(i..i + k).is_some_and(|p| {
                        let texts: Vec<_> = p.iter().map(|c| grid::squeeze(&c.text)).collect();
                        grid::broken_title(&texts)
                    })
                }))
    };
    let before = (0..cells.len())
        .find(|&i| title_at(i))
        .unwrap_or(cells.len());
    cells
        .get(..before)
        .unwrap_or_default()
        .iter()
        .map(|c| c.text.trim())
        .filter(|t| t.chars().count() >= 4 && t.parse::<rust_decimal::Decimal>().is_err())
        .collect()
}

/// True for the page's header printed again after a page break: a repeat of the text above the
/// form's title (`header`), or the report number the Sichuan system prints on every page
/// (`报表编号:…`) — page text, never a cell of the form.
fn is_page_header(text: &str, header: &[&str]) -> bool {
    let t = text.trim();
    header.contains(&t)
        || t.strip_prefix("报表编号")
            .is_some_and(|r| r.starts_with([':', '：']) && r.chars().count() > 1)
}

/// Where the rest of a cell cut by a page break stands, if one was: the cell kept last before
/// the break is text that does not end a sentence (no `。`, `；`, `！`, `？`) and opens no row, and
/// the first cell after it (past an indicators header the break repeated) is text that opens no
/// row either and either ends a sentence or stands alone before the next row's opening cell (a
/// label, 合计/总分, a title, the end) — a 三级指标 never ends in `。` and is followed by its
/// values (`秋季学期部分资金` / `第 1 页,共 2 页` / `发放延迟。`).
fn continues_at(kept: &[Cell], cells: &[Cell], i: usize) -> Option<usize> {
    let before = kept.last()?.text.trim();
    if before.ends_with(SENTENCE_ENDS) || !is_text(before) {
        return None;
    }
    // The indicators header a page break repeats stands between the two halves.
    let mut at = i;
    if cells
        .get(at)
        .is_some_and(|c| grid::is_indicators_header(&c.text))
    {
        at += 1;
        while cells
            .get(at)
            .is_some_and(|c| grid::indicator_column(&c.text).is_some())
        {
            at += 1;
        }
    }
    let rest = cells.get(at)?.text.trim();
    let alone = cells.get(at + 1).is_none_or(|c| opens_row(c.text.trim()));
    let reason = rest.ends_with(SENTENCE_ENDS) || alone;
    (is_text(rest) && (reason || cut_name(kept, rest, cells.get(at + 1)))).then_some(at)
}

/// A 三级指标 cut by a page break (`资金发放` / `第 1 页,共 2 页` / `及时率` / `≥`): the half before
/// the break stands where a 三级指标 stands — right after its level-1 or level-2 label, so no
/// other row's 偏差原因 can be there — and the half after it, no sentence, is followed by the
/// row's first value (an operator, or a number: the 指标值). Read as two cells, the first half
/// was an indicator with no values and the second the name of the row.
fn cut_name(kept: &[Cell], rest: &str, after: Option<&Cell>) -> bool {
    let label_before = kept
        .len()
        .checked_sub(2)
        .and_then(|j| kept.get(j))
        .is_some_and(|c| {
            let t = c.text.trim();
            grid::is_level1(t) || grid::is_level2(t)
        });
    let value_after = after.is_some_and(|c| {
        let t = c.text.trim();
        t.starts_with(|c: char| c.is_ascii_digit() || "≥≤≧≦=<>＞＜".contains(c))
    });
    label_before && value_after && !rest.ends_with(SENTENCE_ENDS)
}

/// The marks that end a sentence (and so a cell of text).
pub(crate) const SENTENCE_ENDS: [char; 8] = ['。', '；', ';', '！', '!', '？', '?', '.'];

/// Text that can be part of a cell cut by a page break: no number, no digit-led value, no
/// operator, nothing that opens a row or names a column.
pub(crate) fn is_text(text: &str) -> bool {
    let first = text.chars().next();
    !text.is_empty()
        && !first.is_some_and(|c| c.is_ascii_digit() || "≥≤≧≦=<>＞＜/-—".contains(c))
        && !opens_row(text)
        && grid::indicator_column(text).is_none()
        && !is_marker(text)
}

/// A cell that opens a row of the form: a title, a header label, a section header, a level-1
/// or level-2 label, 合计/总分, the notes.
fn opens_row(text: &str) -> bool {
    grid::is_title(text)
        || grid::header_key(text).is_some()
        || grid::is_funds_header(text)
        || grid::is_goals_header(text)
        || grid::is_indicators_header(text)
        || grid::is_funds_label(text)
        || grid::is_level1(text)
        || grid::is_level2(text)
        || grid::is_notes_label(text)
        || grid::is_total_label(text)
}

/// How many cells from `i` make a page marker, if they do: the most that do, so that
/// `第 1 页 共 2 页` is one marker, not `第 1 页` and three cells `共`, `2`, `页` (a `共` read as
/// an indicator, s8). A `第…页` marker is looked for over several pieces — pieces of a line split
/// at its spaces, or the footer's two halves on lines of their own (`第 1 页` / `共 2 页`, a PDF
/// viewer's copy: the second half was joined to the cell before the break as the rest of a cut
/// cell, or read as a row's value, session 24) —; `—`, `10`, `—` are three cells of a form far
/// more often than a page number split at its spaces, so a dashed page number in three cells is
/// one only when the marks count up ([`split_dashes`]).
fn marker_pieces(cells: &[Cell], i: usize) -> Option<usize> {
    let first = cells.get(i)?;
    if let Some(n) = split_dashes::pieces(cells, i) {
        return Some(n);
    }
    let pieces = match first.text.starts_with(['第', '共', 'P', 'p']) {
        true => MAX_PIECES,
        false => 1,
    };
    let mut joined = String::new();
    let mut longest = None;
    for (k, cell) in cells.iter().skip(i).take(pieces).enumerate() {
        // A piece is short: `页,`, `2`, or a half of the footer written with its spaces
        // (`共 12 页`); a longer cell is a cell of the form.
        let written = cell.text.chars().filter(|c| !c.is_whitespace()).count();
        if k > 0 && written > MAX_HALF {
            break;
        }
        joined.push_str(&cell.text);
        if is_marker(&joined) {
            longest = Some(k + 1);
        }
    }
    longest
}

/// True for a row whose only text is a page marker (a line of its own in `|` or tab text), a
/// continuation heading ([`is_continued_heading`]) or a web page's own controls
/// ([`is_site_chrome`]).
pub(crate) fn is_marker_row(row: &Row) -> bool {
    let mut filled = row.cells.iter().filter(|c| !c.text.is_empty());
    filled.next().is_some_and(|c| {
        is_marker(&c.text) || is_continued_heading(&c.text) || is_site_chrome(&c.text)
    }) && filled.next().is_none()
}

/// Joins a page footer written over two rows of their own (`第 1 页` / `共 2 页`: a PDF
/// viewer's or converter's lines between `|` or tab rows) into the first row, the second left
/// out: one marker, said once. Read apart, `共 2 页` was no marker and stood as a row of the
/// form (a name-only indicator row skipped with a warning, session 24).
pub(crate) fn join_footer_halves(rows: &mut Vec<Row>) {
    // Told by the first byte of a lone cell before anything is joined: nearly every row holds
    // more than one cell or opens with neither `第` nor `共`.
    let lone = |row: &Row| -> Option<usize> {
        let mut filled = row
            .cells
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.text.is_empty());
        let (at, cell) = filled.next()?;
        let opens = cell.text.trim_start().starts_with(['第', '共']);
        (opens && filled.next().is_none()).then_some(at)
    };
    let mut i = 0;
    while i + 1 < rows.len() {
        let pair = (rows.get(i).and_then(lone), rows.get(i + 1).and_then(lone));
        if let (Some(a), Some(b)) = pair
            && let (Some(first), Some(second)) = (rows.get(i), rows.get(i + 1))
            && let (Some(x), Some(y)) = (first.cells.get(a), second.cells.get(b))
        {
            let joined = format!("{} {}", x.text.trim(), y.text.trim());
            // One half is a marker of its own (`第 1 页`), the other (`共 2 页`) only with it.
            if is_marker(&joined) && is_marker(&x.text) != is_marker(&y.text) {
                rows.remove(i + 1);
                if let Some(cell) = rows.get_mut(i).and_then(|r| r.cells.get_mut(a)) {
                    cell.text = joined.into();
                }
            }
        }
        i += 1;
    }
}

/// The controls a government site prints around an article, as words: its QR-code line and
/// its buttons (`【打印本页】【关闭窗口】`).
const SITE_CONTROLS: [&str; 9] = [
    "打印本页",
    "打印此页",
    "打印",
    "关闭窗口",
    "关闭本页",
    "关闭",
    "返回顶部",
    "收藏",
    "分享到",
];

/// True for a line of a web page's own (tester s12 S10): the QR-code line `扫一扫在手机打开当前页`
/// (`扫一扫 分享到手机`, `手机扫一扫`), a run of its buttons (`【打印本页】 【关闭窗口】`), or
/// its footer ([`is_site_footer`]). Page text, never a note of the form.
pub(crate) fn is_site_chrome(text: &str) -> bool {
    // Asked of many rows (#15: three scans of each cell for 扫, 打 or 关 were a tenth of a seed
    // file's reading): short ones only, told by their first character; the footer's words
    // only of a text that starts otherwise.
    let first = text
        .trim_start_matches(['【', '[', '|', '｜', '/', ' ', '\u{3000}', '\t', '\n', '\r'])
        .chars()
        .next();
    if !matches!(
        first,
        Some('扫' | '手' | '微' | '请' | '用' | '打' | '关' | '收' | '返' | '分')
    ) {
        return is_site_footer(text);
    }
    let t = text.trim();
    if t.len() > 60 {
        return false;
    }
    let t = grid::squeeze(t);
    if t.contains("扫一扫") && (t.contains("手机") || t.contains("二维码")) {
        return true;
    }
    let mut rest: &str = &t;
    rest = rest.trim_start_matches(['【', '】', '[', ']', '|', '｜', '/']);
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let Some(word) = SITE_CONTROLS.iter().find(|w| rest.starts_with(**w)) else {
            return false;
        };
        rest = rest
            .get(word.len()..)
            .unwrap_or("")
            .trim_start_matches(['【', '】', '[', ']', '|', '｜', '/']);
    }
    true
}

/// True for a web site's footer line (tester s14 F6: `主办单位：某县人民政府办公室 网站标识码：…
/// 皖ICP备…` was kept as a note printed under the last form): its ICP record, its site code
/// (网站标识码) or public-security record (公网安备), which no form carries. Asked only of a
/// row's one cell, by [`is_site_chrome`].
fn is_site_footer(text: &str) -> bool {
    // Each word holds `I` or `网`: one scan for the two rules out nearly every row (#15).
    text.len() <= 400
        && (text.as_bytes().contains(&b'I') || text.contains('网'))
        && ["ICP备", "ICP证", "网站标识码", "公网安备"]
            .iter()
            .any(|w| text.contains(w))
}

/// True for the heading a document prints over the part of a table continued after a page
/// break: `续表`, `（续）`, `（续表）`, alone or after the form's title or a table's number
/// (`部门预算项目支出绩效自评表（续）`, `表1（续表）`, `附件1 续表`). Page text, never a cell of
/// the form (tester s9 F17: between two Word tables of one form it became the 一级指标 of the
/// rows after the break).
pub(crate) fn is_continued_heading(text: &str) -> bool {
    // Nearly every cell is told by its last character (#15: the grid reader asks every row).
    let end = text.trim_end();
    if !(end.ends_with(['续', '表', '）', ')', '】', ']'])) || !end.contains('续') {
        return false;
    }
    let t = grid::squeeze(end);
    let (t, bracketed) = match t.strip_suffix([')', '）', ']', '】']) {
        Some(inner) => (inner, true),
        None => (&*t, false),
    };
    let Some(rest) = t.strip_suffix("续表").or_else(|| t.strip_suffix('续')) else {
        return false;
    };
    let rest = match bracketed {
        true => match rest.strip_suffix(['(', '（', '[', '【']) {
            Some(rest) => rest,
            None => return false,
        },
        false => rest,
    };
    let named = |rest: &str| {
        let number = ["附件", "附表", "表"]
            .iter()
            .find_map(|lead| rest.strip_prefix(lead));
        number.is_some_and(|number| {
            let after = number.trim_start_matches(|c: char| c.is_ascii_digit());
            let after = after.trim_start_matches([':', '：', '、', '.']);
            after.len() < number.len() && (after.is_empty() || grid::is_title(after))
        })
    };
    match rest {
        "" => bracketed || t.ends_with("续表"),
        rest => grid::is_title(rest) || named(rest),
    }
}

/// The note on a page marker left out.
pub(crate) fn marker_message(text: &str) -> crate::i18n::Message {
    if is_site_footer(text) {
        return msg!("import-note-site-footer", text = quoted(text));
    }
    if is_site_chrome(text) {
        return msg!("import-note-site-chrome", text = quoted(text));
    }
    match is_continued_heading(text) {
        true => msg!("import-note-continued-heading", text = quoted(text)),
        false => msg!("import-note-page-marker", text = quoted(text)),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::{
        Row, is_continued_heading, is_marker, is_marker_plainly, is_marker_row, is_site_chrome,
        join_footer_halves, without_markers,
    };

    /// Tester s12 S10: a site's QR-code line and its buttons are page text; a form's note
    /// that mentions printing or closing is not.
    #[test]
    fn a_sites_own_lines_are_told_from_a_forms_notes() {
        for text in [
            "扫一扫在手机打开当前页",
            "手机扫一扫 二维码",
            "【打印本页】 【关闭窗口】",
            "[打印] [关闭]",
            "微信扫一扫 分享到手机",
            "【收藏】【打印本页】",
        ] {
            assert!(is_site_chrome(text), "{text}");
        }
        // Its footer (tester s14 F6).
        for text in [
            "主办单位：某县人民政府办公室　网站标识码：3415000001　皖ICP备05001234号",
            "版权所有：某县人民政府 皖公网安备 34150002000123号",
        ] {
            assert!(is_site_chrome(text), "{text}");
        }
        for text in [
            "扫一扫",
            "打印机购置",
            "主办单位：某县人民政府办公室",
            "网站运维费",
            "注：关闭窗口前请保存",
            "评价结论：项目自评得分98分",
            "",
        ] {
            assert!(!is_site_chrome(text), "{text}");
        }
    }

    fn texts(cells: &[&'static str]) -> Vec<String> {
        let cells = crate::import::grid::test_cells(cells);
        let (kept, _) = without_markers(&cells);
        kept.iter().map(|c| c.text.to_string()).collect()
    }

    /// Tester s9 F9: the form's own title and year printed again at the top of page 2 (after
    /// the report number) are page text inside the form; the same title after the form's 总分,
    /// or followed by a header (项目名称), starts the next form.
    #[test]
    fn a_page_break_s_repeated_title_is_page_text_inside_its_form() {
        let title = "部门预算项目支出绩效自评表";
        let page1 = [
            "报表编号:510000_0013zp",
            title,
            "(2024年度)",
            "项目名称",
            "农村公路养护",
            "质量指标",
            "- 1 -",
        ];
        let page2 = ["报表编号:510000_0013zp", title, "(2024年度)", "时效指标"];
        let kept = texts(&[page1.as_slice(), page2.as_slice()].concat());
        assert_eq!(kept.iter().filter(|t| *t == title).count(), 1, "{kept:?}");
        assert_eq!(kept.last().map(String::as_str), Some("时效指标"));
        assert!(!kept.iter().skip(3).any(|t| t == "(2024年度)"), "{kept:?}");
        // Full-width year, no report number: the same.
        let other = [title, "（2024年度）", "时效指标"];
        let kept = texts(&[page1.as_slice(), other.as_slice()].concat());
        assert_eq!(kept.iter().filter(|t| *t == title).count(), 1, "{kept:?}");
        // After 总分, or with the next form's header after it: a new form.
        let done = [title, "(2024年度)", "项目名称", "另一个项目"];
        let kept = texts(&[page1.as_slice(), &["总分", "100", "95"], done.as_slice()].concat());
        assert_eq!(kept.iter().filter(|t| *t == title).count(), 2, "{kept:?}");
        let kept = texts(&[page1.as_slice(), done.as_slice()].concat());
        assert_eq!(kept.iter().filter(|t| *t == title).count(), 2, "{kept:?}");
        // Another title: a new form.
        let hunan = ["县级专项资金绩效目标自评表", "时效指标"];
        let kept = texts(&[page1.as_slice(), hunan.as_slice()].concat());
        assert!(
            kept.iter().any(|t| t == "县级专项资金绩效目标自评表"),
            "{kept:?}"
        );
    }

    /// Tester s9 F9 with the page marker lost: the form's own title printed again mid-form is
    /// still page text (with the report number before it); the report number alone, a title
    /// after the 总分 or followed by a header is not.
    #[test]
    fn a_repeated_heading_without_its_page_marker_is_page_text() {
        let title = "部门预算项目支出绩效自评表";
        let page1 = [
            "报表编号:510000_0013zp",
            title,
            "(2024年度)",
            "项目名称",
            "农村公路养护",
            "质量指标",
        ];
        let page2 = ["报表编号:510000_0013zp", title, "(2024年度)", "时效指标"];
        let kept = texts(&[page1.as_slice(), page2.as_slice()].concat());
        assert_eq!(kept.iter().filter(|t| *t == title).count(), 1, "{kept:?}");
        assert_eq!(kept.len(), page1.len() + 1, "{kept:?}");
        let alone = ["报表编号:510000_0013zp", "时效指标"];
        let kept = texts(&[page1.as_slice(), alone.as_slice()].concat());
        assert_eq!(kept.len(), page1.len() + 2, "{kept:?}");
        let done = [title, "(2024年度)", "项目名称", "另一个项目"];
        let kept = texts(&[page1.as_slice(), &["总分", "100", "95"], done.as_slice()].concat());
        assert_eq!(kept.iter().filter(|t| *t == title).count(), 2, "{kept:?}");
        let kept = texts(&[page1.as_slice(), done.as_slice()].concat());
        assert_eq!(kept.iter().filter(|t| *t == title).count(), 2, "{kept:?}");
    }

    /// Tester s7 F11: the page header printed again after a break is left out, a cell the break
    /// cut is joined back; a row's 三级指标 after a break, or a number, is never joined.
    #[test]
    fn a_page_break_s_header_and_cut_cell_are_page_text() {
        let title = "部门预算项目支出绩效自评表";
        let kept = texts(&[
            "报表编号:510000_0013zp",
            title,
            "秋季学期部分资金",
            "第 1 页,共 2 页",
            "报表编号:510000_0013zp",
            "发放延迟。",
            "成本指标",
        ]);
        assert_eq!(
            kept,
            [
                "报表编号:510000_0013zp",
                title,
                "秋季学期部分资金发放延迟。",
                "成本指标"
            ]
        );
        // Past the indicators header the break repeated, alone before the next label.
        let kept = texts(&[
            title,
            "部分资金",
            "第1页",
            "一级指标",
            "二级指标",
            "三级指标",
            "权重",
            "发放延迟",
            "成本指标",
        ]);
        assert_eq!(
            kept,
            [
                title,
                "部分资金发放延迟",
                "一级指标",
                "二级指标",
                "三级指标",
                "权重",
                "成本指标"
            ]
        );
        // A marker split at its spaces, its `共 2 页` after `第 1 页` included (s8: `共` was an
        // indicator), with or without a comma; `共…页` first.
        for marker in [
            &["第", "1", "页", "共", "2", "页"][..],
            &["第", "1", "页,", "共", "2", "页"],
            &["第1页", "共2页"],
            &["共", "2", "页", "第", "1", "页"],
            // The footer's halves on lines of their own, with their spaces (session 24).
            &["第 1 页", "共 2 页"],
            &["共 12 页", "第 3 页"],
        ] {
            let cells: Vec<&'static str> = [title, "发放延迟。"]
                .into_iter()
                .chain(marker.iter().copied())
                .chain(["成本指标"])
                .collect();
            assert_eq!(
                texts(&cells),
                [title, "发放延迟。", "成本指标"],
                "{marker:?}"
            );
        }
        // The next row's 三级指标 (followed by its values), a number: not joined.
        let kept = texts(&[title, "部分延迟", "第1页", "生均资助标准", "≤", "3000"]);
        assert_eq!(kept, [title, "部分延迟", "生均资助标准", "≤", "3000"]);
        let kept = texts(&[title, "9.47", "第1页", "发放延迟。", "成本指标"]);
        assert_eq!(kept, [title, "9.47", "发放延迟。", "成本指标"]);
    }

    /// Session 24: a page break inside the indicators' header row leaves the row whole, its
    /// marker out; the header printed whole again after a break is still page text.
    #[test]
    fn a_page_break_inside_the_header_row_keeps_the_row() {
        let title = "项目支出绩效自评表";
        let first = ["绩效指标", "一级指标", "二级指标"];
        let rest = ["三级指标", "年度指标值", "实际完成值", "分值", "得分"];
        for marker in ["第 1 页 共 2 页", "— 1 —"] {
            let cells: Vec<&'static str> = [title]
                .into_iter()
                .chain(first)
                .chain([marker])
                .chain(rest)
                .chain(["产出指标"])
                .collect();
            let whole: Vec<&str> = [title]
                .into_iter()
                .chain(first)
                .chain(rest)
                .chain(["产出指标"])
                .collect();
            assert_eq!(texts(&cells), whole, "{marker}");
        }
        // The whole header at a page's foot and printed again at the next page's head.
        let header = [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
        ];
        let cells: Vec<&'static str> = [title, "绩效指标"]
            .into_iter()
            .chain(header)
            .chain(["第1页"])
            .chain(header)
            .chain(["产出指标"])
            .collect();
        let once: Vec<&str> = [title, "绩效指标"]
            .into_iter()
            .chain(header)
            .chain(["产出指标"])
            .collect();
        assert_eq!(texts(&cells), once);
    }

    /// Session 24: the footer's halves on rows of their own between `|` rows are one marker
    /// row; two markers, or a half beside a row of the form, are left as they are.
    #[test]
    fn a_footer_over_two_rows_is_one_marker_row() {
        use crate::import::grid::test_row;
        let texts = |rows: &[Row]| -> Vec<Vec<String>> {
            let cells = |r: &Row| r.cells.iter().map(|c| c.text.to_string()).collect();
            rows.iter().map(cells).collect()
        };
        for (a, b, joined) in [
            ("第 1 页", "共 2 页", "第 1 页 共 2 页"),
            ("共2页", "第1页", "共2页 第1页"),
        ] {
            let mut rows = vec![
                test_row(&["", "指标1：改造户数", "≥6户", "6户"], 1),
                test_row(&[a, "", ""], 2),
                test_row(&["", b], 3),
                test_row(&["", "指标2：验收合格率"], 4),
            ];
            join_footer_halves(&mut rows);
            assert_eq!(rows.len(), 3, "{a} / {b}");
            assert!(is_marker_row(&rows[1]), "{:?}", texts(&rows));
            assert_eq!(texts(&rows)[1], [joined, "", ""]);
        }
        for (a, b) in [("第1页", "第2页"), ("第1页", "共2个"), ("共2页", "指标1")] {
            let mut rows = vec![test_row(&[a], 1), test_row(&[b], 2)];
            join_footer_halves(&mut rows);
            assert_eq!(rows.len(), 2, "{a} / {b}");
        }
    }

    proptest::proptest! {
        /// The tests of the first byte and for a digit turn no marker away: texts made of
        /// markers' pieces and white space read the same with them and without them (`年`
        /// and `社` share `共`'s and `第`'s first byte).
        #[test]
        fn the_quick_tests_turn_no_marker_away(
            text in "[第共页,，/、 \u{3000}\u{a0}\u{2003}\t\nPagpeof0-9０-９\\-—–－‒―一二三年社]{0,12}"
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

    /// Tester s9 F17: a continuation heading between two tables of one form is page text, in
    /// every reader; a cell of a form that merely ends in 续 or 表 is not.
    #[test]
    fn continuation_headings_are_page_text() {
        for heading in [
            "部门预算项目支出绩效自评表（续）",
            "项目支出绩效自评表(续表)",
            "项目支出绩效自评表 （续）",
            "（续）",
            "(续表)",
            "续表",
            "表1（续）",
            "附件1 续表",
            "附件2：项目支出绩效自评表（续表）",
            "【续表】",
        ] {
            assert!(is_continued_heading(heading), "{heading}");
        }
        for cell in [
            "续",
            "持续",
            "继续",
            "项目资金(万元)",
            "手续(续)",
            "续建项目",
            "报表",
            "指标1:道路养护（续建）",
            "自评表",
            "（续建）",
        ] {
            assert!(!is_continued_heading(cell), "{cell}");
        }
        let kept = texts(&[
            "指标1",
            "10",
            "部门预算项目支出绩效自评表（续）",
            "时效指标",
        ]);
        assert_eq!(kept, ["指标1", "10", "时效指标"]);
    }
}
