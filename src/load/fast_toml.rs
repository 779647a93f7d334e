//! The line reader behind the fast readers of files jixiao writes itself (case files:
//! [`super::fast_case`]; accepted results: [`super::accepted`]). It reads the TOML those
//! writers produce — blank and comment lines, `[a."b".c]` and `[[a]]` headers, and one
//! `key = value` a line whose value is a string (basic or literal), an integer, a boolean or
//! an array of strings — and returns `None` for anything else, so that the caller hands the
//! file to the `toml` parser, which accepts every valid file and reports every error.

use std::borrow::Cow;
use std::ops::Range;

/// A value as written, with its span.
pub(super) enum Value<'a> {
    Str(Cow<'a, str>, Range<usize>),
    Int(i64, Range<usize>),
    Bool(bool),
    Array(Vec<String>, Range<usize>),
    /// A one-line inline table of strings (`cells = { actual = "表1!F13" }`), keys in order.
    Table(Pairs, Range<usize>),
}

/// The key/value pairs of an inline table, in order.
pub(super) type Pairs = Vec<(String, String)>;

impl Value<'_> {
    /// The text of a string value.
    pub(super) fn string(self) -> Option<String> {
        match self {
            Value::Str(s, _) => Some(s.into_owned()),
            _ => None,
        }
    }

    /// The items of an array of strings.
    pub(super) fn strings(self) -> Option<Vec<String>> {
        match self {
            Value::Array(v, _) => Some(v),
            _ => None,
        }
    }
}

/// One meaningful line.
pub(super) enum Line<'a> {
    /// `[a.b]` (or `[[a]]` when `array`): the key path and the span of the whole header.
    Table {
        path: Vec<Cow<'a, str>>,
        array: bool,
        span: Range<usize>,
    },
    /// `key = value`.
    Pair { key: Cow<'a, str>, value: Value<'a> },
}

/// A cursor over the text.
pub(super) struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

/// Sets `slot` once: a repeated key is an error the TOML parser reports, so the fast readers
/// decline it.
pub(super) fn once<T>(slot: &mut Option<T>, value: Option<T>) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value?);
    Some(())
}

/// For the fast readers' tests: the fast reader declined (`None`), or read what the TOML
/// parser reads (compared by `Debug`, spans included); it never accepts a file the TOML parser
/// refuses.
#[cfg(test)]
pub(super) fn assert_agrees<T: std::fmt::Debug, E: std::fmt::Debug>(
    name: &str,
    fast: Option<T>,
    full: Result<T, E>,
) {
    let Some(fast) = fast else { return };
    assert!(
        full.is_ok(),
        "{name}: the fast reader accepted a file TOML refuses: {full:?}"
    );
    if let Ok(full) = full {
        assert_eq!(
            format!("{fast:?}"),
            format!("{full:?}"),
            "{name}: readers differ"
        );
    }
}

/// TOML allows no control characters in comments and single-line strings but tab.
fn is_control(b: u8) -> bool {
    (b < 0x20 && b != b'\t') || b == 0x7f
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`; `None` for a text starting with a byte-order mark.
    pub(super) fn new(text: &'a str) -> Option<Reader<'a>> {
        (!text.starts_with('\u{feff}')).then_some(Reader {
            text,
            bytes: text.as_bytes(),
            pos: 0,
        })
    }

    /// The next table header or key/value line: `Some(None)` at the end of the text, `None`
    /// when the text holds anything this reader does not read.
    pub(super) fn next(&mut self) -> Option<Option<Line<'a>>> {
        loop {
            self.skip_ws();
            match self.peek() {
                None => return Some(None),
                Some(b'\n') => self.pos += 1,
                Some(b'#') => self.end_of_line()?,
                Some(b'[') => {
                    let line = self.header()?;
                    self.end_of_line()?;
                    return Some(Some(line));
                }
                Some(_) => {
                    let key = self.key()?;
                    self.skip_ws();
                    if self.peek() != Some(b'=') {
                        return None;
                    }
                    self.pos += 1;
                    self.skip_ws();
                    let value = self.value()?;
                    self.end_of_line()?;
                    return Some(Some(Line::Pair { key, value }));
                }
            }
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }

    /// Whitespace, an optional comment, then a newline or the end of the text.
    fn end_of_line(&mut self) -> Option<()> {
        self.skip_ws();
        if self.peek() == Some(b'#') {
            self.pos += 1;
            while let Some(b) = self.peek() {
                if b == b'\n' {
                    break;
                }
                if is_control(b) {
                    return None;
                }
                self.pos += 1;
            }
        }
        match self.peek() {
            None => Some(()),
            Some(b'\n') => {
                self.pos += 1;
                Some(())
            }
            Some(_) => None,
        }
    }

    /// A key: bare (`A-Za-z0-9_-`), or a quoted string.
    fn key(&mut self) -> Option<Cow<'a, str>> {
        match self.peek()? {
            b'"' => self.basic_string(),
            b'\'' => self.literal_string(),
            _ => {
                let start = self.pos;
                while matches!(
                    self.peek(),
                    Some(b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'_' | b'-')
                ) {
                    self.pos += 1;
                }
                (self.pos > start).then(|| Cow::Borrowed(&self.text[start..self.pos]))
            }
        }
    }

    /// `[a.b]` or `[[a.b]]`, without whitespace inside.
    fn header(&mut self) -> Option<Line<'a>> {
        let start = self.pos;
        let array = self.text[start..].starts_with("[[");
        self.pos += if array { 2 } else { 1 };
        let mut path = vec![self.key()?];
        while self.peek() == Some(b'.') {
            self.pos += 1;
            path.push(self.key()?);
        }
        let close: &[u8] = if array { b"]]" } else { b"]" };
        if !self.bytes[self.pos..].starts_with(close) {
            return None;
        }
        self.pos += close.len();
        Some(Line::Table {
            path,
            array,
            span: start..self.pos,
        })
    }

    /// `{ key = "text", … }` on one line, no trailing comma, no repeated key (anything else
    /// declines to the TOML parser).
    fn inline_table(&mut self) -> Option<Value<'a>> {
        let start = self.pos;
        self.pos += 1;
        let mut pairs: Vec<(String, String)> = Vec::new();
        self.skip_ws();
        if self.peek()? == b'}' {
            self.pos += 1;
            return Some(Value::Table(pairs, start..self.pos));
        }
        loop {
            self.skip_ws();
            let key = self.key()?.into_owned();
            self.skip_ws();
            if self.peek()? != b'=' {
                return None;
            }
            self.pos += 1;
            self.skip_ws();
            if !matches!(self.peek()?, b'"' | b'\'') {
                return None;
            }
            let value = self.string()?.into_owned();
            if pairs.iter().any(|(k, _)| *k == key) {
                return None;
            }
            pairs.push((key, value));
            self.skip_ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => {
                    self.pos += 1;
                    return Some(Value::Table(pairs, start..self.pos));
                }
                _ => return None,
            }
        }
    }

    /// A string (basic or literal), an integer, a boolean, an array of strings, or a one-line
    /// inline table of strings.
    fn value(&mut self) -> Option<Value<'a>> {
        let start = self.pos;
        match self.peek()? {
            b'{' => self.inline_table(),
            b'"' | b'\'' => {
                let s = self.string()?;
                Some(Value::Str(s, start..self.pos))
            }
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_array_space()?;
                    match self.peek()? {
                        b']' => break,
                        b'"' | b'\'' => items.push(self.string()?.into_owned()),
                        _ => return None,
                    }
                    self.skip_array_space()?;
                    match self.peek()? {
                        b',' => self.pos += 1,
                        b']' => break,
                        _ => return None,
                    }
                }
                self.pos += 1;
                Some(Value::Array(items, start..self.pos))
            }
            b't' if self.text[start..].starts_with("true") => {
                self.pos += 4;
                self.no_word_follows()?;
                Some(Value::Bool(true))
            }
            b'f' if self.text[start..].starts_with("false") => {
                self.pos += 5;
                self.no_word_follows()?;
                Some(Value::Bool(false))
            }
            b'+' | b'-' | b'0'..=b'9' => {
                if matches!(self.peek(), Some(b'+' | b'-')) {
                    self.pos += 1;
                }
                let digits = self.pos;
                while matches!(self.peek(), Some(b'0'..=b'9')) {
                    self.pos += 1;
                }
                let n = self.pos - digits;
                // TOML integers have no leading zeros; anything after the digits (`.`, `e`,
                // `_`, the `-` or `:` of a date, a letter) makes another kind of value.
                if n == 0 || (n > 1 && self.bytes[digits] == b'0') {
                    return None;
                }
                self.no_word_follows()?;
                let i: i64 = self.text[start..self.pos].parse().ok()?;
                Some(Value::Int(i, start..self.pos))
            }
            _ => None,
        }
    }

    /// After a bare value only whitespace, a comment, a newline or the end may follow.
    fn no_word_follows(&self) -> Option<()> {
        match self.peek() {
            None | Some(b' ' | b'\t' | b'\n' | b'#') => Some(()),
            _ => None,
        }
    }

    /// Whitespace, newlines and comments between array items.
    fn skip_array_space(&mut self) -> Option<()> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n') => self.pos += 1,
                // Up to and over the newline.
                Some(b'#') => self.end_of_line()?,
                _ => return Some(()),
            }
        }
    }

    fn string(&mut self) -> Option<Cow<'a, str>> {
        match self.peek()? {
            b'"' => self.basic_string(),
            _ => self.literal_string(),
        }
    }

    /// `'…'`: no escapes. A `'''` multi-line string is left to the TOML parser.
    fn literal_string(&mut self) -> Option<Cow<'a, str>> {
        if self.text[self.pos..].starts_with("'''") {
            return None;
        }
        self.pos += 1;
        let start = self.pos;
        loop {
            match self.peek()? {
                b'\'' => {
                    let s = &self.text[start..self.pos];
                    self.pos += 1;
                    return Some(Cow::Borrowed(s));
                }
                b if is_control(b) => return None,
                _ => self.pos += 1,
            }
        }
    }

    /// `"…"` with its escapes decoded; borrowed when it has none. A `"""` multi-line string
    /// is left to the TOML parser.
    fn basic_string(&mut self) -> Option<Cow<'a, str>> {
        if self.text[self.pos..].starts_with("\"\"\"") {
            return None;
        }
        self.pos += 1;
        let start = self.pos;
        loop {
            match self.peek()? {
                b'"' => {
                    let s = &self.text[start..self.pos];
                    self.pos += 1;
                    return Some(Cow::Borrowed(s));
                }
                b'\\' => break,
                b if is_control(b) => return None,
                _ => self.pos += 1,
            }
        }
        let mut s = self.text[start..self.pos].to_owned();
        loop {
            match self.peek()? {
                b'"' => {
                    self.pos += 1;
                    return Some(Cow::Owned(s));
                }
                b'\\' => {
                    self.pos += 1;
                    let c = match self.peek()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'n' => '\n',
                        b't' => '\t',
                        b'r' => '\r',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'u' => self.unicode(4)?,
                        b'U' => self.unicode(8)?,
                        _ => return None,
                    };
                    self.pos += 1;
                    s.push(c);
                }
                b if is_control(b) => return None,
                _ => {
                    // Up to the next quote, backslash or control character in one go.
                    let from = self.pos;
                    while let Some(b) = self.peek() {
                        if b == b'"' || b == b'\\' || is_control(b) {
                            break;
                        }
                        self.pos += 1;
                    }
                    s.push_str(&self.text[from..self.pos]);
                }
            }
        }
    }

    /// The character of `\uXXXX` / `\UXXXXXXXX`, with the cursor on the `u`; leaves the cursor
    /// on the last digit (the caller steps over it).
    fn unicode(&mut self, digits: usize) -> Option<char> {
        let from = self.pos + 1;
        let hex = self.text.get(from..from + digits)?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
        self.pos = from + digits - 1;
        Some(c)
    }
}
