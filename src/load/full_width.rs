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
use crate::i18n::{Message, msg};
use crate::source::Source;
use std::ops::Range;
use toml::de::DeTable;

/// The ASCII a full-width or look-alike character stands for where TOML needs ASCII, if it is
/// one: full-width ASCII (`：` is TOML's `=` when it separates a key from its value, and is
/// read so), curly quotes, `【】`, `、`, the ideographic space.
fn ascii_for(c: char) -> Option<char> {
    match c {
        '：' => Some('='),
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0),
        '“' | '”' => Some('"'),
        '‘' | '’' => Some('\''),
        '【' => Some('['),
        '】' => Some(']'),
        '、' => Some(','),
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
    /// The line as it should read.
    fixed: String,
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
    for line in text.split_inclusive('\n') {
        let mut found: Vec<(usize, char)> = Vec::new();
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let rest = line.get(i..).unwrap_or("");
            match state {
                State::Normal => match c {
                    '#' => break,
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
        if let (Some(&(first, _)), Some(&(last, c))) = (found.first(), found.last()) {
            let mut distinct: Vec<char> = Vec::new();
            for (_, c) in &found {
                if !distinct.contains(c) {
                    distinct.push(*c);
                }
            }
            out.push(Slip {
                span: first..last + c.len_utf8(),
                chars: distinct,
                fixed: fix_line(line.trim_end_matches(['\n', '\r']), &found, start),
            });
        }
        start += line.len();
    }
    out
}

/// The line with its slips replaced, `key = value` spaced, and the value quoted when it only
/// reads as TOML in quotes (`from = 85%` → `from = "85%"`).
fn fix_line(line: &str, found: &[(usize, char)], start: usize) -> String {
    let mut fixed = String::with_capacity(line.len());
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !found.iter().any(|(at, _)| *at == start + i) {
            fixed.push(c);
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

/// The message and help for one line's slips (kept together for the message catalogs).
fn message(chars: &[char], fixed: &str) -> (Message, Message) {
    let quote = |cs: &mut dyn Iterator<Item = char>| {
        cs.map(|c| match c {
            '\u{3000}' => msg!("full-width-space").to_string(),
            c => format!("`{c}`"),
        })
        .collect::<Vec<_>>()
        .join(" ")
    };
    let mut wanted: Vec<char> = Vec::new();
    for a in chars.iter().filter_map(|c| ascii_for(*c)) {
        if !wanted.contains(&a) {
            wanted.push(a);
        }
    }
    let wanted = quote(&mut wanted.into_iter().map(|c| if c == ' ' { '␣' } else { c }));
    (
        msg!(
            "full-width-marks",
            found = quote(&mut chars.iter().copied()),
            wanted = wanted
        ),
        msg!("full-width-marks-help", fixed = fixed.trim()),
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

/// `code` errors for the lines of `source` with full-width characters where TOML needs ASCII
/// (none when there are none: then the TOML error stands).
pub fn diagnostics(
    code: impl Into<crate::diagnostic::DiagnosticCode> + Copy,
    source: &Source,
) -> Vec<Diagnostic> {
    slips(&source.text)
        .into_iter()
        .map(|s| {
            let (message, help) = message(&s.chars, &s.fixed);
            Diagnostic::error(code, message)
                .at(source, s.span)
                .help(help)
        })
        .collect()
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
        assert_eq!(fixed("［weights］\n"), ["[weights]"]);
        assert_eq!(fixed("  total = 100\u{3000}\n"), ["  total = 100"]);
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
    fn the_message_names_the_characters_in_words() {
        use crate::i18n::Lang;
        let (m, h) = message(&['：'], "points = 15");
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
