//! Stage: load. Full-width characters where TOML needs ASCII — the commonest slip of a Chinese
//! input method: `points：15`, `points = “15”`, `range = ［85%，100%］`, `＝`, an ideographic
//! space. TOML's own error for them (`invalid key`, `expected '='`) never says what happened,
//! so when a file does not parse, [`diagnostics`] looks for them outside strings and comments
//! and reports each line in words with the line as it should read; the caller reports TOML's
//! error only when there are none.
//!
//! Inside strings full-width characters are text (`"影响程度（较高）"`); a value the validator
//! reads as a number or a range (`"１５"`, `"［85%，100%］"`) is checked there with
//! [`half_width`].

use crate::diagnostic::Diagnostic;
use crate::i18n::{Message, list, msg};
use crate::source::Source;
use std::ops::Range;
use toml::de::DeTable;

/// The ASCII a full-width or look-alike character stands for where TOML needs ASCII, if it is
/// one: full-width ASCII (`：` is TOML's `=` when it separates a key from its value, and is
/// read so), curly quotes, `【】`, `、`, `。`, the ideographic space.
fn ascii_for(c: char) -> Option<char> {
    match c {
        '：' => Some('='),
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0),
        '“' | '”' => Some('"'),
        '‘' | '’' => Some('\''),
        '【' => Some('['),
        '】' => Some(']'),
        '、' => Some(','),
        '。' => Some('.'),
        '\u{3000}' => Some(' '),
        _ => None,
    }
}

/// `text` with full-width ASCII, `％`, `【】` and the ideographic space as ASCII (`：` stays a
/// colon): how a value written in full-width reads.
pub fn half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '：' => ':',
            c => ascii_for(c).unwrap_or(c),
        })
        .collect()
}

/// True when `text` holds a character [`half_width`] changes.
pub fn has_full_width(text: &str) -> bool {
    !text.is_ascii() && text.chars().any(|c| ascii_for(c).is_some())
}

/// The full-width characters of one line, outside strings and comments.
#[derive(Debug, PartialEq, Eq)]
struct Slip {
    /// From the first such character to the end of the last (bytes of the whole text).
    span: Range<usize>,
    /// The characters, each once, in order.
    chars: Vec<char>,
    /// Of `chars`, those that end the line outside any array or inline table (`method =
    /// "bands"，`): punctuation TOML has no place for, dropped from the fixed line rather than
    /// made half-width (tester s11 F10: `"bands",` is as wrong as `"bands"，`).
    trailing: Vec<char>,
    /// Of `chars`' kind, those that separate two keys on one line (`score = "8"；score_at =
    /// "upper"`): the line as it should read is two lines.
    splits: Vec<char>,
    /// The line as it should read (more than one when keys were written on one line).
    fixed: String,
}

impl Slip {
    /// The slip of `line` (starting at byte `start` of the text) whose full-width characters
    /// stand at `found`, those at `dropped` ending the line, and the line as it should read;
    /// none when nothing was found.
    fn on_line(
        found: &[(usize, char)],
        dropped: &[usize],
        splits: &[usize],
        fixed: String,
    ) -> Option<Slip> {
        let (&(first, _), &(last, c)) = (found.first()?, found.last()?);
        let mut chars: Vec<char> = Vec::new();
        let mut trailing: Vec<char> = Vec::new();
        let mut split: Vec<char> = Vec::new();
        for (at, c) in found {
            let into = match (dropped.contains(at), splits.contains(at)) {
                (true, _) => &mut trailing,
                (_, true) => &mut split,
                _ => &mut chars,
            };
            if !into.contains(c) {
                into.push(*c);
            }
        }
        Some(Slip {
            span: first..last + c.len_utf8(),
            chars,
            trailing,
            splits: split,
            fixed,
        })
    }
}

/// Marks a Chinese input method types at the end of a sentence or list item; at the end of a
/// line outside any array or inline table TOML has no place for them.
const TRAILING_MARKS: [char; 4] = ['，', '、', '；', '。'];

/// Of the slips `found` on `line` (bytes of the text from `start`), those at `depth_zero`
/// (outside any bracket) that end the line: nothing after them but spaces, other such marks
/// and a comment.
fn trailing(line: &str, found: &[(usize, char)], start: usize, depth_zero: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    let body = line.trim_end_matches(['\n', '\r']);
    for &(at, c) in found.iter().rev() {
        if !TRAILING_MARKS.contains(&c) || !depth_zero.contains(&at) {
            break;
        }
        let after = body.get(at - start + c.len_utf8()..).unwrap_or("");
        let rest_is_end = after
            .chars()
            .filter(|c| !TRAILING_MARKS.contains(c))
            .collect::<String>()
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| c == '#');
        if !rest_is_end {
            break;
        }
        out.push(at);
    }
    out
}

/// Of the slips `found` on `line`, the separators typed twice (`}，,`, `,，`, `}，，`): made
/// half-width the line would hold two commas (tester s14r F6, s14b D), so the full-width one
/// that doubles another is dropped.
fn doubled(line: &str, found: &[(usize, char)], start: usize) -> Vec<usize> {
    found
        .iter()
        .filter(|(at, c)| {
            let Some(ascii) = ascii_for(*c).filter(|a| matches!(a, ',' | ';')) else {
                return false;
            };
            let Some(i) = at.checked_sub(start) else {
                return false;
            };
            // The one after another of the same separator, in either width, goes (`}，，`
            // keeps one comma), as does one before its half-width self (`}，,`).
            let before = line.get(..i).unwrap_or("").trim_end().chars().next_back();
            let after = line
                .get(i + c.len_utf8()..)
                .unwrap_or("")
                .trim_start()
                .chars()
                .next();
            before.is_some_and(|b| b == ascii || ascii_for(b) == Some(ascii))
                || after == Some(ascii)
        })
        .map(|(at, _)| *at)
        .collect()
}

/// Where the scanner is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Normal,
    Basic,
    Literal,
    MultiBasic,
    MultiLiteral,
    /// Between a curly opening quote and its closing one: text, whatever it holds.
    Curly,
}

/// Every line of `text` with a full-width character outside strings and comments.
fn slips(text: &str) -> Vec<Slip> {
    let mut out = Vec::new();
    let mut state = State::Normal;
    let mut start = 0;
    // How many arrays and inline tables are open (a table header's brackets close on its line).
    let mut depth: usize = 0;
    for line in text.split_inclusive('\n') {
        let mut found: Vec<(usize, char)> = Vec::new();
        // The slips met outside any bracket.
        let mut depth_zero: Vec<usize> = Vec::new();
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let rest = line.get(i..).unwrap_or("");
            if state == State::Normal {
                match c {
                    '[' | '{' | '［' | '【' | '｛' => depth += 1,
                    ']' | '}' | '］' | '】' | '｝' => depth = depth.saturating_sub(1),
                    _ if depth == 0 && TRAILING_MARKS.contains(&c) => depth_zero.push(start + i),
                    _ => {}
                }
            }
            match state {
                State::Normal => match c {
                    '#' => break,
                    // A comment typed with a full-width `＃`: the mark is the slip, the rest of
                    // the line is the writer's text (tester s12 S13: its `（）` were "fixed").
                    '＃' => {
                        found.push((start + i, c));
                        break;
                    }
                    '"' if rest.starts_with("\"\"\"") => {
                        chars.next();
                        chars.next();
                        state = State::MultiBasic;
                    }
                    '"' => state = State::Basic,
                    '\'' if rest.starts_with("'''") => {
                        chars.next();
                        chars.next();
                        state = State::MultiLiteral;
                    }
                    '\'' => state = State::Literal,
                    '“' | '”' | '‘' | '’' | '＂' | '＇' => {
                        found.push((start + i, c));
                        state = State::Curly;
                    }
                    c if ascii_for(c).is_some() => found.push((start + i, c)),
                    _ => {}
                },
                State::Basic | State::MultiBasic if c == '\\' => {
                    chars.next();
                }
                State::Basic if c == '"' => state = State::Normal,
                State::Literal if c == '\'' => state = State::Normal,
                State::MultiBasic if rest.starts_with("\"\"\"") => {
                    chars.next();
                    chars.next();
                    state = State::Normal;
                }
                State::MultiLiteral if rest.starts_with("'''") => {
                    chars.next();
                    chars.next();
                    state = State::Normal;
                }
                State::Curly if matches!(c, '“' | '”' | '‘' | '’' | '＂' | '＇' | '"' | '\'') =>
                {
                    if c != '"' && c != '\'' {
                        found.push((start + i, c));
                    }
                    state = State::Normal;
                }
                _ => {}
            }
        }
        // Single-line strings end with their line (an unclosed one is TOML's to report).
        if matches!(state, State::Basic | State::Literal | State::Curly) {
            state = State::Normal;
        }
        let mut dropped = trailing(line, &found, start, &depth_zero);
        let body = line.trim_end_matches(['\n', '\r']);
        dropped.extend(doubled(body, &found, start));
        let splits: Vec<usize> = depth_zero
            .iter()
            .copied()
            .filter(|at| !dropped.contains(at))
            .filter(|at| {
                let c = body[at - start..].chars().next();
                let after = &body[at - start + c.map_or(0, char::len_utf8)..];
                matches!(c, Some('；' | '，')) && starts_key(after)
            })
            .collect();
        let fixed = match splits.is_empty() {
            true => fix_line(body, &found, start, &dropped),
            false => split_line(body, &found, start, &dropped, &splits),
        };
        out.extend(Slip::on_line(&found, &dropped, &splits, fixed));
        start += line.len();
    }
    out
}

/// True when `text` starts (after spaces) with a bare key and its `=` (or the `：`, `＝` a
/// Chinese input method types for it): what follows a `；` that separates two keys written on
/// one line (`score = "8"；score_at = "upper"`).
fn starts_key(text: &str) -> bool {
    let text = text.trim_start_matches([' ', '\t', '\u{3000}']);
    let key_len: usize = text
        .chars()
        .take_while(|c| {
            c.is_ascii_alphanumeric()
                || matches!(c, '_' | '-' | '.')
                || ('\u{FF10}'..='\u{FF5A}').contains(c)
        })
        .map(char::len_utf8)
        .sum();
    key_len > 0
        && text[key_len..]
            .trim_start_matches([' ', '\t', '\u{3000}'])
            .starts_with(['=', '：', '＝'])
}

/// A line holding two or more keys separated by `；` or `，` (TOML has one key a line): each
/// part fixed as a line of its own ([`fix_line`]), with the line's indent, joined by line
/// breaks. The marks at `splits` are left out.
fn split_line(
    line: &str,
    found: &[(usize, char)],
    start: usize,
    dropped: &[usize],
    splits: &[usize],
) -> String {
    let indent: String = line.chars().take_while(|c| *c == ' ').collect();
    let mut parts = Vec::new();
    let mut from = 0;
    for &at in splits.iter().chain(std::iter::once(&(start + line.len()))) {
        let to = at - start;
        let part = &line[from..to];
        let found: Vec<(usize, char)> = found
            .iter()
            .copied()
            .filter(|(i, _)| (start + from..start + to).contains(i))
            .collect();
        let fixed = fix_line(part, &found, start + from, dropped);
        parts.push(format!("{indent}{}", fixed.trim()));
        from = to + line[to..].chars().next().map_or(0, char::len_utf8);
    }
    parts.join("\n")
}

/// The line with its slips replaced (those at `dropped` left out), `key = value` spaced, and
/// the value quoted when it only reads as TOML in quotes (`from = 85%` → `from = "85%"`).
fn fix_line(line: &str, found: &[(usize, char)], start: usize, dropped: &[usize]) -> String {
    let mut fixed = String::with_capacity(line.len());
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !found.iter().any(|(at, _)| *at == start + i) {
            fixed.push(c);
            continue;
        }
        if dropped.contains(&(start + i)) {
            continue;
        }
        let ascii = ascii_for(c).unwrap_or(c);
        fixed.push(ascii);
        // `［85%，100%］` reads `[85%, 100%]`, as the rule files write ranges.
        if ascii == ',' && chars.peek().is_some_and(|(_, n)| !n.is_whitespace()) {
            fixed.push(' ');
        }
    }
    let Some((key, value)) = fixed.split_once('=') else {
        return fixed;
    };
    let (key, value) = (key.trim(), value.trim());
    if key.is_empty() || key.starts_with('[') || value.is_empty() {
        return fixed;
    }
    // A number or range quoted in full-width (`“３５”`) is fixed at once: the line as it
    // should read has no slip left for the next `check` to find (tester s8 F4).
    let value = number_half_width(value).unwrap_or_else(|| value.to_owned());
    let value = value.as_str();
    let indent: String = fixed.chars().take_while(|c| *c == ' ').collect();
    let plain = format!("{indent}{key} = {value}");
    if DeTable::parse(&plain).is_ok() || value.starts_with(['"', '\'']) {
        return plain;
    }
    let quoted = format!("{indent}{key} = \"{value}\"");
    match DeTable::parse(&quoted) {
        Ok(_) => quoted,
        Err(_) => plain,
    }
}

/// A quoted value that reads as a number, a percentage or a range once its full-width digits
/// and marks are half-width (`"３５"` → `"35"`, `"［85%，100%］"` → `"[85%, 100%]"`); none for
/// text (`"产出（50分）"` stays as written) and for a value already half-width.
fn number_half_width(value: &str) -> Option<String> {
    let inner = value.strip_prefix('"')?.strip_suffix('"')?;
    if !has_full_width(inner) {
        return None;
    }
    let chars: Vec<char> = half_width(inner).chars().collect();
    let mut half = String::with_capacity(inner.len());
    for (i, c) in chars.iter().enumerate() {
        half.push(*c);
        if *c == ',' && chars.get(i + 1).is_some_and(|n| !n.is_whitespace()) {
            half.push(' ');
        }
    }
    let numeric = half.chars().any(|c| c.is_ascii_digit())
        && half
            .chars()
            .all(|c| c.is_ascii_digit() || ".%[](),-+ ".contains(c));
    numeric.then(|| format!("\"{half}\""))
}

/// The message and help for one line's slips (kept together for the message catalogs): the
/// characters to make half-width (`chars`), those to drop from the end of the line
/// (`trailing`), those that separate two keys on one line (`splits`), and the line as it
/// should read (lines, when split).
fn message(chars: &[char], trailing: &[char], splits: &[char], fixed: &str) -> (Message, Message) {
    let quote = |cs: &mut dyn Iterator<Item = char>| {
        cs.map(|c| match c {
            '\u{3000}' => msg!("full-width-space").to_string(),
            c => format!("`{c}`"),
        })
        .collect::<Vec<_>>()
        .join(" ")
    };
    let split_help = || {
        let lines = fixed
            .lines()
            .map(|l| Message::verbatim(format!("`{}`", l.trim())));
        msg!(
            "full-width-split-help",
            found = quote(&mut splits.iter().copied()),
            lines = list(lines)
        )
    };
    if chars.is_empty() && trailing.is_empty() {
        return (
            msg!(
                "full-width-split",
                found = quote(&mut splits.iter().copied())
            ),
            split_help(),
        );
    }
    if chars.is_empty() {
        let found = quote(&mut trailing.iter().copied());
        let help = match splits.is_empty() {
            true => msg!(
                "full-width-trailing-help",
                found = found.clone(),
                fixed = fixed.trim()
            ),
            false => split_help(),
        };
        return (msg!("full-width-trailing", found = found), help);
    }
    let mut wanted: Vec<char> = Vec::new();
    for a in chars.iter().filter_map(|c| ascii_for(*c)) {
        if !wanted.contains(&a) {
            wanted.push(a);
        }
    }
    let wanted = quote(&mut wanted.into_iter().map(|c| if c == ' ' { '␣' } else { c }));
    let help = match splits.is_empty() {
        true => msg!("full-width-marks-help", fixed = fixed.trim()),
        false => split_help(),
    };
    (
        msg!(
            "full-width-marks",
            found = quote(&mut chars.iter().copied()),
            wanted = wanted
        ),
        help,
    )
}

/// The message and help for a value written in full-width characters (`"１５"`), with the value
/// as it should read.
pub fn value_message(text: &str) -> (Message, Message) {
    (
        msg!("full-width-value", value = text),
        msg!("full-width-value-help", fixed = half_width(text)),
    )
}

/// The ASCII a full-width mark stands for in a script's code (outside strings and comments):
/// the same table as TOML's, except that `：` is a colon there and full-width letters are
/// left alone (Rhai reads them as a name). Digits are handled by [`script_slips`].
fn script_ascii_for(c: char) -> Option<char> {
    match c {
        '：' => Some(':'),
        '、' => None,
        c => ascii_for(c).filter(|a| !a.is_ascii_alphabetic()),
    }
}

/// Where the script scanner is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ScriptState {
    Code,
    /// `"…"`, which may go on to the next line after a `\`.
    Str,
    /// `` `…` ``, over lines.
    Backtick,
    /// `/* … */`, over lines.
    Block,
    /// Between a curly opening quote and its closing one.
    Curly,
}

/// Every line of a Rhai script with a full-width mark in its code (strings, characters and
/// comments are text: `"目标值不为零（含）"` is fine): a Chinese input method's `；`, `（）`, `，`,
/// `“”`, `：`, `＝`, and full-width digits that do not end a name.
///
/// Each slip comes with the ASCII marks it wants, each once: a `；` between the items of a map
/// `#{ … }`, a call's arguments or an array wants `,`, not `;` (tester s24 C2: `#{ score: 0；
/// reason: … }` was fixed to `score: 0; reason`, which Rhai refuses too).
fn script_slips(text: &str) -> Vec<(Slip, Vec<char>)> {
    let mut out = Vec::new();
    let mut state = ScriptState::Code;
    let mut open = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let found: Vec<(usize, char, char)> = script_line(line, &mut state, &mut open)
            .into_iter()
            .map(|(i, c, want)| (start + i, c, want))
            .collect();
        let fixed = fix_script_line(line.trim_end_matches(['\n', '\r']), &found, start);
        let mut wanted: Vec<char> = Vec::new();
        for (_, _, want) in &found {
            if !wanted.contains(want) {
                wanted.push(*want);
            }
        }
        let marks: Vec<(usize, char)> = found.iter().map(|(i, c, _)| (*i, *c)).collect();
        out.extend(Slip::on_line(&marks, &[], &[], fixed).map(|s| (s, wanted)));
        start += line.len();
    }
    out
}

/// What a bracket opens in a script: a map `#{`, a block `{`, a call's or a group's `(`, an
/// array `[` — where a `；` stands for `,` ([`script_slips`]) or for `;`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Map,
    Block,
    Paren,
    Array,
}

/// Follows the brackets of a script's code: `c` (its ASCII, for a full-width one) opens or
/// closes one. True for a map's `#{`, whose `{` (`next`) the caller skips.
fn bracket(c: char, next: Option<char>, open: &mut Vec<Open>) -> bool {
    match c {
        '#' if next == Some('{') => {
            open.push(Open::Map);
            return true;
        }
        '{' => open.push(Open::Block),
        '(' => open.push(Open::Paren),
        '[' => open.push(Open::Array),
        '}' | ')' | ']' => {
            open.pop();
        }
        _ => {}
    }
    false
}

/// The ASCII a full-width mark in a script's code stands for, inside `open`.
fn script_wanted(c: char, open: &[Open]) -> char {
    match c {
        '：' => ':',
        '；' if open.last().is_some_and(|o| *o != Open::Block) => ',',
        c => ascii_for(c).unwrap_or(c),
    }
}

/// The full-width marks in the code of one script line (bytes of the line), the scanner
/// starting in `state` and left in the state the next line starts in.
fn script_line(
    line: &str,
    state: &mut ScriptState,
    open: &mut Vec<Open>,
) -> Vec<(usize, char, char)> {
    let mut found: Vec<(usize, char, char)> = Vec::new();
    // Inside a name (`x５` is one): digits carry it on, a letter starts it.
    let mut in_name = false;
    // Where the string open at the end of the line started (after its `"`).
    let mut string_from = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|(_, n)| *n);
        match *state {
            ScriptState::Code => match c {
                '/' if next == Some('/') => break,
                '/' if next == Some('*') => {
                    chars.next();
                    *state = ScriptState::Block;
                }
                '"' => {
                    *state = ScriptState::Str;
                    string_from = i + 1;
                }
                '`' => *state = ScriptState::Backtick,
                // A character literal: `'x'`, `'\n'`.
                '\'' => {
                    if chars.next().is_some_and(|(_, c)| c == '\\') {
                        chars.next();
                    }
                    chars.next();
                }
                '“' | '”' | '＂' => {
                    found.push((i, c, '"'));
                    *state = ScriptState::Curly;
                }
                '０'..='９' if in_name => {}
                c if script_ascii_for(c).is_some() => {
                    found.push((i, c, script_wanted(c, open)));
                    bracket(script_wanted(c, open), next, open);
                }
                c => {
                    if bracket(c, next, open) {
                        chars.next();
                    }
                }
            },
            ScriptState::Str if c == '\\' => {
                chars.next();
            }
            ScriptState::Str if c == '"' => *state = ScriptState::Code,
            ScriptState::Backtick if c == '`' => *state = ScriptState::Code,
            ScriptState::Block if c == '*' && next == Some('/') => {
                chars.next();
                *state = ScriptState::Code;
            }
            ScriptState::Curly if matches!(c, '“' | '”' | '＂' | '"') => {
                if c != '"' {
                    found.push((i, c, '"'));
                }
                *state = ScriptState::Code;
            }
            _ => {}
        }
        in_name = match c {
            '0'..='9' | '０'..='９' => in_name,
            c => c.is_alphanumeric() || c == '_',
        };
    }
    let continued = line.trim_end().ends_with('\\');
    // A string opened with `"` and closed with a Chinese input method's `”` (tester s9 F11:
    // `contains("带动就业”)`) is open to the end of the line: its last curly quote is the
    // closing one, and the rest of the line is code, scanned for more slips.
    if *state == ScriptState::Str && !continued {
        let text = line.get(string_from..).unwrap_or("");
        if let Some((q, c)) = text
            .char_indices()
            .rfind(|(_, c)| matches!(c, '”' | '＂' | '“'))
        {
            let after = string_from + q + c.len_utf8();
            found.push((string_from + q, c, '"'));
            *state = ScriptState::Code;
            let rest = line.get(after..).unwrap_or("");
            found.extend(
                script_line(rest, state, open)
                    .into_iter()
                    .map(|(i, c, want)| (after + i, c, want)),
            );
        }
    }
    // A string or curly quote left open ends with its line (a `\` before the line break
    // carries a string on: its escape was skipped with the break).
    if *state == ScriptState::Curly || (*state == ScriptState::Str && !continued) {
        *state = ScriptState::Code;
    }
    found
}

/// A script line with its slips replaced (`，` followed by a space, as code is written).
fn fix_script_line(line: &str, found: &[(usize, char, char)], start: usize) -> String {
    let mut fixed = String::with_capacity(line.len());
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let Some(&(_, _, ascii)) = found.iter().find(|(at, ..)| *at == start + i) else {
            fixed.push(c);
            continue;
        };
        fixed.push(ascii);
        if ascii == ',' && chars.peek().is_some_and(|(_, n)| !n.is_whitespace()) {
            fixed.push(' ');
        }
    }
    fixed
}

/// `code` errors for the lines of a script (`source`) with full-width marks in its code, each
/// with the line as it should read (none when there are none: then Rhai's error stands).
pub fn script_diagnostics(
    code: impl Into<crate::diagnostic::DiagnosticCode> + Copy,
    source: &Source,
) -> Vec<Diagnostic> {
    script_slips(&source.text)
        .into_iter()
        .map(|(s, distinct)| {
            let quote = |cs: &[char]| -> String {
                cs.iter()
                    .map(|c| match c {
                        '\u{3000}' => msg!("full-width-space").to_string(),
                        ' ' => "`␣`".to_owned(),
                        c => format!("`{c}`"),
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            Diagnostic::error(
                code,
                msg!(
                    "full-width-script-marks",
                    found = quote(&s.chars),
                    wanted = quote(&distinct)
                ),
            )
            .at(source, s.span)
            .help(msg!("full-width-script-marks-help", fixed = s.fixed.trim()))
        })
        .collect()
}

/// `code` errors for the lines of `source` with full-width characters where TOML needs ASCII
/// (none when there are none: then the TOML error stands).
pub fn diagnostics(
    code: impl Into<crate::diagnostic::DiagnosticCode> + Copy,
    source: &Source,
) -> Vec<Diagnostic> {
    let slips = slips(&source.text);
    let mut out: Vec<Diagnostic> = slips
        .iter()
        .map(|s| {
            let (message, help) = message(&s.chars, &s.trailing, &s.splits, &s.fixed);
            Diagnostic::error(code, message)
                .at(source, s.span.clone())
                .help(help)
        })
        .collect();
    if out.is_empty() {
        return out;
    }
    // A number quoted in full-width on a line of its own (`points = "４５"`) is said with the
    // slips, not only once they are fixed and the file parses (tester s12 S12: four rounds of
    // `check` where two do).
    let mut start = 0;
    for line in source.text.split_inclusive('\n') {
        let end = start + line.len();
        if !slips.iter().any(|s| (start..end).contains(&s.span.start))
            && let Some((at, value)) = quoted_full_width_number(line)
        {
            let (message, help) = value_message(value);
            out.push(
                Diagnostic::error(code, message)
                    .at(source, start + at..start + at + value.len())
                    .help(help),
            );
        }
        start = end;
    }
    out.sort_by_key(|d| d.source.as_ref().map(|(_, span)| span.start));
    out
}

/// A text with every line that has slips replaced by the line as it should read, and where
/// each of its lines stands in the text as written: what the file would say once the slips
/// are fixed, so that its other problems (a misspelt key) are said in the same round (tester
/// s12b N7: one `check` round per kind of problem).
pub struct Fixed {
    /// The text with its slips fixed.
    pub text: String,
    /// Per line of `text`: its start there, the start and end of the line written, and whether
    /// the line is as written.
    lines: Vec<(usize, Range<usize>, bool)>,
}

impl Fixed {
    /// `text` with its slips fixed (unchanged when it has none).
    pub fn of(text: &str) -> Fixed {
        let slips = slips(text);
        let mut start = 0;
        let mut out = Fixed {
            text: String::with_capacity(text.len()),
            lines: Vec::new(),
        };
        for line in text.split_inclusive('\n') {
            let written = start..start + line.len();
            let slip = slips.iter().find(|s| written.contains(&s.span.start));
            match slip {
                Some(s) => {
                    for part in s.fixed.split('\n') {
                        out.lines.push((out.text.len(), written.clone(), false));
                        out.text.push_str(part);
                        out.text.push('\n');
                    }
                }
                None => {
                    out.lines.push((out.text.len(), written.clone(), true));
                    out.text.push_str(line);
                }
            }
            start = written.end;
        }
        out
    }

    /// Where a span of the fixed text is in the text as written: the same characters on a line
    /// left as written, the whole line on a line fixed.
    pub fn written(&self, span: Range<usize>) -> Range<usize> {
        let at = self
            .lines
            .partition_point(|(start, _, _)| *start <= span.start)
            .saturating_sub(1);
        match self.lines.get(at) {
            Some((start, written, true)) => {
                let from = written.start + (span.start - start);
                from..(from + span.len()).min(written.end)
            }
            Some((_, written, false)) => written.start..written.end,
            None => span,
        }
    }
}

/// The quoted value of a `key = "…"` line and where it starts (inside the quotes), when it
/// is a number, percentage or range written in full-width (`points = "４５"`).
fn quoted_full_width_number(line: &str) -> Option<(usize, &str)> {
    let (key, rest) = line.split_once('=')?;
    let key = key.trim();
    if key.is_empty()
        || !key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c))
    {
        return None;
    }
    let open = line.len() - rest.len() + rest.find('"')?;
    let inner_start = open + 1;
    let close = inner_start + line[inner_start..].find('"')?;
    let after = line[close + 1..].trim();
    if !(after.is_empty() || after.starts_with('#'))
        || !line[line.len() - rest.len()..open].trim().is_empty()
    {
        return None;
    }
    number_half_width(&line[open..=close])?;
    Some((inner_start, &line[inner_start..close]))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn fixed(text: &str) -> Vec<String> {
        slips(text).into_iter().map(|s| s.fixed).collect()
    }

    #[test]
    fn each_slip_gets_the_line_as_it_should_read() {
        assert_eq!(fixed("points：15\n"), ["points = 15"]);
        assert_eq!(fixed("points = “15”\n"), ["points = \"15\""]);
        assert_eq!(fixed("points ＝ \"15\"\n"), ["points = \"15\""]);
        assert_eq!(fixed("from = 85％\n"), ["from = \"85%\""]);
        assert_eq!(
            fixed("range = ［85%，100%］\n"),
            ["range = \"[85%, 100%]\""]
        );
        assert_eq!(fixed("points = \"１５\"\n"), Vec::<String>::new());
        // Tester s8 F4: every slip of the line at once, the digits inside the quotes too.
        assert_eq!(fixed("points = “３５”\n"), ["points = \"35\""]);
        assert_eq!(fixed("min ： \"８５％\"\n"), ["min = \"85%\""]);
        assert_eq!(
            fixed("range = “［85%，100%］”\n"),
            ["range = \"[85%, 100%]\""]
        );
        assert_eq!(
            fixed("label = “产出（50分）”\n"),
            ["label = \"产出（50分）\""]
        );
        assert_eq!(fixed("［weights］\n"), ["[weights]"]);
        assert_eq!(fixed("  total = 100\u{3000}\n"), ["  total = 100"]);
        assert_eq!(
            fixed("＃ 我县规则（用全角井号写的注释）\n"),
            ["# 我县规则（用全角井号写的注释）"]
        );
    }

    /// `text` with every line that has slips replaced by the line as it should read.
    fn with_fixes(text: &str) -> String {
        Fixed::of(text).text
    }

    #[test]
    fn a_mark_ending_the_line_is_dropped_not_made_half_width() {
        // Tester s11 F10: `method = "bands"，` was told to read `method = "bands",`.
        let cases = [
            ("method = \"bands\"，\n", "method = \"bands\""),
            ("method = \"bands\"；\n", "method = \"bands\""),
            ("method = \"bands\"。\n", "method = \"bands\""),
            ("method = \"bands\"、\n", "method = \"bands\""),
            ("method = \"bands\"，，\n", "method = \"bands\""),
            ("method = \"bands\"； # 档次\n", "method = \"bands\" # 档次"),
            ("[execution]，\n", "[execution]"),
            ("points：15，\n", "points = 15"),
            (
                "aliases = [\"完成\"、\"达成\"]。\n",
                "aliases = [\"完成\", \"达成\"]",
            ),
            ("from = 0。9\n", "from = 0.9"),
        ];
        for (line, want) in cases {
            assert_eq!(fixed(line), [want], "{line}");
        }
        let (m, h) = message(&[], &['，'], &[], "method = \"bands\"");
        use crate::i18n::Lang;
        assert!(m.render(Lang::Zh).contains("末尾多了全角的 `，`"));
        assert!(
            h.render(Lang::Zh)
                .ends_with("这一行应写成：`method = \"bands\"`")
        );
        assert!(
            h.render(Lang::En)
                .ends_with("the line reads: `method = \"bands\"`")
        );
        // Inside an array a comma ends an element: it stays, half-width.
        let levels = "levels = [\n  { name = \"优\", min = \"90\" }，\n  { name = \"差\", min = \"0\" }，\n]，\n";
        assert_eq!(
            fixed(levels),
            [
                "  { name = \"优\", min = \"90\" },",
                "  { name = \"差\", min = \"0\" },",
                "]"
            ]
        );
        let aliases = "aliases = [\n  \"完成\"，\n  \"达成\"\n]\n";
        assert_eq!(fixed(aliases), ["  \"完成\","]);
    }

    /// Every line a slip is told to read as parses: the file with the fixed lines in place of
    /// the written ones is TOML (tester s11 F10: one fix line was itself an error).
    #[test]
    fn every_fixed_line_parses_in_its_file() {
        let files = [
            "method = \"bands\"，\n",
            "method = \"bands\"；\nx = 1\n",
            "method = \"bands\"。\n",
            "method = \"bands\"，  # 档次\n",
            "[execution]，\npoints = \"10\"\n",
            "【execution】\npoints：\"10\"\n",
            "［［execution.bands］］\nfrom ＝ “90%”\n",
            "points：15\n",
            "points = “15”\n",
            "points ＝ \"15\"\n",
            "from = 85％\n",
            "range = ［85%，100%］\n",
            "range = “［85%，100%］”，\n",
            "points = “３５”；\n",
            "label = “产出（50分）”\n",
            "aliases = [\"完成\"、\"达成\"]\n",
            "aliases = [\"完成\"，\"达成\"]，\n",
            "aliases = [\n  \"完成\"，\n  \"达成\"，\n]\n",
            "levels = [\n  { name = \"优\", min = \"90\" }，\n  { name = \"差\", min = \"0\" }\n]，\n",
            "rounding = ｛ places = 0，mode = \"half_up\" ｝\n",
            "  total = 100\u{3000}\n",
            "score = \"8\"；score_at = \"upper\"\n",
        ];
        for text in files {
            assert!(!slips(text).is_empty(), "{text}: no slip found");
            let fixed = with_fixes(text);
            if let Err(e) = DeTable::parse(&fixed) {
                panic!("{text}\n→ {fixed}\n{e}");
            }
        }
    }

    /// Tester s12 S12: a full-width number in quotes is said with the other slips of a file
    /// that does not parse, not only after they are fixed.
    #[test]
    fn a_quoted_full_width_number_is_said_with_the_slips() {
        let text = "id ＝ \"wo\"\npoints = \"４５\"\nlabel = \"产出（５０分）\"\nx = \"１\" # 注\n";
        let source = crate::source::SourceFile::new("r.toml", text);
        let said: Vec<String> =
            diagnostics(crate::diagnostic::codes::RulesCode::FullWidth, &source)
                .iter()
                .map(|d| {
                    let (_, span) = d.source.clone().unwrap();
                    text[span].to_owned()
                })
                .collect();
        assert_eq!(said, ["＝", "４５", "１"]);
        // A file that parses is the validator's to check: nothing here.
        let clean = crate::source::SourceFile::new("r.toml", "points = \"４５\"\n");
        assert!(diagnostics(crate::diagnostic::codes::RulesCode::FullWidth, &clean).is_empty());
    }

    #[test]
    fn a_span_of_the_fixed_text_is_found_in_the_text_as_written() {
        let text = "a ＝ 1\nscroe = 2\nb = 3；c = 4\nd = 5\n";
        let fixed = Fixed::of(text);
        assert_eq!(fixed.text, "a = 1\nscroe = 2\nb = 3\nc = 4\nd = 5\n");
        let at = |t: &str| fixed.text.find(t).unwrap();
        // A line as written: the same characters.
        let s = at("scroe");
        assert_eq!(&text[fixed.written(s..s + 5)], "scroe");
        let d = at("d = 5");
        assert_eq!(&text[fixed.written(d..d + 1)], "d");
        // A fixed line (and each line a split gives): the whole line as written.
        let c = at("c = 4");
        assert_eq!(&text[fixed.written(c..c + 1)], "b = 3；c = 4\n");
    }

    #[test]
    fn keys_on_one_line_are_split_where_the_mark_separates_them() {
        // s11 left: a `；` between two keys got a fix line with `;`, which TOML refuses too.
        assert_eq!(
            fixed("score = \"8\"；score_at = \"upper\"\n"),
            ["score = \"8\"\nscore_at = \"upper\""]
        );
        assert_eq!(
            fixed("  name = \"t\"， year ： 2024；\n"),
            ["  name = \"t\"\n  year = 2024"]
        );
        // A `，` inside an inline table, or before text that is no key, is no separator.
        assert_eq!(
            fixed("rounding = { places = 1， ref = \"x\" }\n"),
            ["rounding = { places = 1, ref = \"x\" }"]
        );
        let s = slips("score = \"8\"；score_at = \"upper\"\n");
        assert_eq!((s[0].chars.len(), s[0].splits.clone()), (0, vec!['；']));
        let (m, h) = message(&s[0].chars, &s[0].trailing, &s[0].splits, &s[0].fixed);
        assert_eq!(
            h.render(crate::i18n::Lang::Zh),
            "在 `；` 处换行（不要改成英文标点）；应写成这几行：`score = \"8\"`、`score_at = \"upper\"`"
        );
        let m = m.render(crate::i18n::Lang::Zh);
        assert!(m.contains("一行只写一个键"), "{m}");
    }

    #[test]
    fn strings_comments_and_curly_quoted_text_are_left_alone() {
        let text = "title = \"安徽（2023）：评分\" # 注：（一）\nx = '［a］'\ns = \"\"\"\n：\n\"\"\"\nlabel = “产出（50分）”\n";
        let s = slips(text);
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].chars, ['“', '”']);
        assert_eq!(s[0].fixed, "label = \"产出（50分）\"");
        let line = text.find("label").unwrap();
        assert_eq!(&text[s[0].span.clone()], "“产出（50分）”");
        assert!(s[0].span.start > line);
    }

    #[test]
    fn script_slips_are_found_in_code_only() {
        let fixed = |t: &str| -> Vec<String> {
            script_slips(t).into_iter().map(|(s, _)| s.fixed).collect()
        };
        assert_eq!(
            fixed("    let note = \"目标（值）\"；\n"),
            ["    let note = \"目标（值）\";"]
        );
        assert_eq!(fixed("if x（1，2） {\n"), ["if x(1, 2) {"]);
        assert_eq!(fixed("let m = #{a：1};\n"), ["let m = #{a:1};"]);
        assert_eq!(fixed("let s = “文字”;\n"), ["let s = \"文字\";"]);
        assert_eq!(
            fixed("if ind.points > ５０ {}\n"),
            ["if ind.points > 50 {}"]
        );
        // A string closed with a curly quote (tester s9 F11), and a slip after it.
        assert_eq!(
            fixed("if ind.level3.contains(\"带动就业”) {\n"),
            ["if ind.level3.contains(\"带动就业\") {"]
        );
        assert_eq!(fixed("x.push(\"说“好”的”)；\n"), ["x.push(\"说“好”的\");"]);
        // A `；` between a map's items, a call's arguments or an array's is `,`; in a block
        // it ends a statement (tester s24 C2).
        assert_eq!(
            fixed("return decision(#{ score: 0； reason: \"低于 80%\" });\n"),
            ["return decision(#{ score: 0, reason: \"低于 80%\" });"]
        );
        assert_eq!(fixed("f(a；b)；\n"), ["f(a, b);"]);
        assert_eq!(
            fixed("let m = #{\n  a: [1；2]；\n  b: 2\n}；\n"),
            ["  a: [1, 2],", "};"]
        );
        assert_eq!(
            fixed("if x { let y = #{a: 1}；\n"),
            ["if x { let y = #{a: 1};"]
        );
        let wanted: Vec<Vec<char>> = script_slips("g(#{ a: 1；b: \"x\" }，1)；\n")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(wanted, [vec![',', ';']]);
        // Comments, strings over lines, names with full-width letters or digits: text.
        let clean = "// 注：（一）；\n/* ；\n（） */\nlet s = `；\n，`;\nlet ｘ５ = 'ｘ';\n";
        assert!(script_slips(clean).is_empty(), "{:?}", script_slips(clean));
    }

    #[test]
    fn the_message_names_the_characters_in_words() {
        use crate::i18n::Lang;
        let (m, h) = message(&['：'], &[], &[], "points = 15");
        assert_eq!(
            m.render(Lang::En),
            "full-width `：` where TOML needs the half-width `=`"
        );
        let h_en = h.render(Lang::En);
        assert!(h_en.ends_with("the line reads: `points = 15`"), "{h_en}");
        assert_eq!(
            m.render(Lang::Zh),
            "这一行写了全角的 `：`，TOML 这里要用半角的 `=`"
        );
        assert!(h.render(Lang::Zh).ends_with("这一行应写成：`points = 15`"));
        assert_eq!(half_width("［85%，100%］"), "[85%,100%]");
        assert_eq!(half_width("１５"), "15");
        assert!(has_full_width("８５％") && !has_full_width("85%") && !has_full_width("产出"));
    }
}
