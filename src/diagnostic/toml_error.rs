//! The TOML library's errors worded for a rule writer (tester s6 F10, #16): the kinds of
//! mistake a person editing a rule or case file in a plain editor makes — a word without
//! quotes, `是` where `true` is wanted, a key written twice, a string left open, a `\` in a
//! Windows path — said in the catalogs' words with what to do; the library's own text stays
//! beside it as a detail (`toml-worded`). A message the table below does not know keeps the
//! library's text alone (`toml-error`).

use crate::i18n::{Message, msg};

/// What the TOML library's `message` says went wrong, the text of the file at its span
/// (`written`) and the key of the line when the span is its value (`aliases` in `aliases =
/// "完成、达成"`), worded: `(what is wrong, what to do)`; none for a kind not known here.
pub(super) fn worded(
    library: &str,
    written: &str,
    key: Option<&str>,
) -> Option<(Message, Message)> {
    let list = (library.ends_with(", expected a sequence") && !written.is_empty())
        .then(|| list_line(key, written));
    let written = shown(written);
    let (head, expected) = match library.split_once(", expected ") {
        Some((h, e)) => (h, e),
        None => (library, ""),
    };
    if head.starts_with("invalid type: ") || head.starts_with("invalid value: ") {
        if let Some(line) = list {
            return Some((
                msg!("toml-expected-list", written = written),
                msg!("toml-expected-list-help", line = line),
            ));
        }
        return wrong_type(expected, &written);
    }
    if let Some(key) = head
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        let key = key.to_owned();
        return Some((
            msg!("toml-missing-key", key = key.clone()),
            msg!("toml-missing-key-help", key = key),
        ));
    }
    let pair = |what: Message, help: Message| Some((what, help));
    match head {
        "string values must be quoted" if written.is_empty() => {
            pair(msg!("toml-no-value"), msg!("toml-no-value-help"))
        }
        "string values must be quoted" | "invalid unquoted key" => {
            let yes_no = ["是", "否", "对", "错", "真", "假", "有", "无", "yes", "no"];
            let help = match yes_no.contains(&written.as_str()) {
                true => msg!("toml-unquoted-yes-no-help", written = written.clone()),
                false => msg!("toml-unquoted-help", written = written.clone()),
            };
            pair(msg!("toml-unquoted", written = written), help)
        }
        // A bare word read as the start of `true`/`false`/`inf`/`nan` (`mode = trunc`).
        "invalid boolean" | "invalid float"
            if written.chars().next().is_some_and(char::is_alphabetic)
                && written.chars().all(|c| c.is_alphanumeric() || c == '_') =>
        {
            pair(
                msg!("toml-unquoted", written = written.clone()),
                msg!("toml-unquoted-help", written = written),
            )
        }
        "missing value" | "missing value for key" => {
            pair(msg!("toml-no-value"), msg!("toml-no-value-help"))
        }
        _ if head.starts_with("duplicate key") || head.starts_with("duplicate field") => {
            pair(msg!("toml-duplicate-key"), msg!("toml-duplicate-key-help"))
        }
        "invalid basic string" | "invalid multi-line basic string" => pair(
            msg!("toml-unterminated", quote = "\""),
            msg!("toml-unterminated-help", quote = "\""),
        ),
        "invalid literal string" | "invalid multi-line literal string" => pair(
            msg!("toml-unterminated", quote = "'"),
            msg!("toml-unterminated-help", quote = "'"),
        ),
        "missing escaped value" | "invalid escape sequence" | "invalid escape value" => {
            pair(msg!("toml-bad-escape"), msg!("toml-bad-escape-help"))
        }
        "key with no value" => pair(msg!("toml-no-equals"), msg!("toml-no-equals-help")),
        "unclosed table" | "unclosed array table" => pair(
            msg!("toml-unclosed-table"),
            msg!("toml-unclosed-table-help"),
        ),
        "unclosed array" => pair(
            msg!("toml-unclosed-array"),
            msg!("toml-unclosed-array-help"),
        ),
        "missing comma between array elements" => {
            pair(msg!("toml-missing-comma"), msg!("toml-missing-comma-help"))
        }
        "unexpected key or value" | "unexpected content" => {
            pair(msg!("toml-two-values"), msg!("toml-two-values-help"))
        }
        "unexpected leading zero"
        | "`_` may only go between digits"
        | "redundant numeric sign"
        | "unexpected sign" => pair(msg!("toml-bad-number"), msg!("toml-bad-number-help")),
        _ => None,
    }
}

/// The opening quote of the first one-line string left open on a line up to the one holding
/// byte `until` (`min = "60 },`, `{ from = "80%, score = "6" }`), as a byte span; none when
/// every string on those lines is closed. Comments, escapes, literal strings and multi-line
/// strings are followed as TOML reads them.
pub(super) fn open_quote_before(text: &str, until: usize) -> Option<OpenQuote> {
    let end = text
        .get(until..)
        .and_then(|r| r.find('\n'))
        .map_or(text.len(), |i| until + i);
    let mut multi: Option<&str> = None;
    let mut line_start = 0;
    for line in text.get(..end)?.split_inclusive('\n') {
        let mut at = 0;
        let mut open: Option<(usize, char)> = None;
        let mut closed: Option<(usize, usize)> = None;
        while at < line.len() {
            let rest = &line[at..];
            let c = rest.chars().next()?;
            if let Some(close) = multi {
                if rest.starts_with(close) {
                    multi = None;
                    at += 3;
                } else {
                    at += if c == '\\' && close == "\"\"\"" {
                        1 + rest[1..].chars().next().map_or(0, char::len_utf8)
                    } else {
                        c.len_utf8()
                    };
                }
                continue;
            }
            match open {
                Some((from, q)) if c == q => {
                    closed = Some((from, at));
                    open = None;
                }
                Some((_, '"')) if c == '\\' => {
                    at += 1 + rest[1..].chars().next().map_or(0, char::len_utf8);
                    continue;
                }
                Some(_) => {}
                None if c == '#' => break,
                None if rest.starts_with("\"\"\"") || rest.starts_with("'''") => {
                    multi = Some(&rest[..3]);
                    at += 3;
                    continue;
                }
                None if c == '"' || c == '\'' => open = Some((at, c)),
                None => {}
            }
            at += c.len_utf8();
        }
        if let Some((i, q)) = open {
            // `"80%, score = "6"`: the quote missing after `80%` made the next key text, and
            // the quote that should open its value is left open.
            if let Some((from, to)) = closed
                && let Some((comma, key)) = swallowed_key(&line[from + 1..to])
            {
                let insert = from + 1 + comma;
                let fixed = format!("{}{q}{}", &line[..insert], &line[insert..]);
                return Some(OpenQuote::Swallowed {
                    at: line_start + from..line_start + insert,
                    written: line[from..insert].to_owned(),
                    key: key.to_owned(),
                    line: fixed.trim().to_owned(),
                });
            }
            let from = line_start + i;
            // `min = "60 },`: in an inline table or list, the text ends before the bracket.
            let body = &line[i + q.len_utf8()..];
            let line = body
                .find(['}', ']'])
                .map(|end| i + q.len_utf8() + body[..end].trim_end().len())
                .filter(|insert| *insert > i + q.len_utf8())
                .map(|insert| {
                    format!("{}{q}{}", &line[..insert], &line[insert..])
                        .trim()
                        .to_owned()
                });
            return Some(OpenQuote::Open {
                at: from..from + q.len_utf8(),
                line,
            });
        }
        line_start += line.len();
    }
    None
}

/// A string left open, as [`open_quote_before`] finds it.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum OpenQuote {
    /// The quote at this span opens a string the line never closes; inside `{ … }` or
    /// `[ … ]`, the line with the quote put before the bracket.
    Open {
        at: std::ops::Range<usize>,
        line: Option<String>,
    },
    /// A string whose closing quote is missing, so that it ran on over the next key
    /// (`"80%, score = "`): the string as far as the missing quote, the key it swallowed,
    /// and the line with the quote put back.
    Swallowed {
        at: std::ops::Range<usize>,
        written: String,
        key: String,
        line: String,
    },
}

/// Where in a string's text a missing quote left `, key = ` inside it: the byte offset of the
/// comma and the key; none for a string that ends otherwise.
fn swallowed_key(content: &str) -> Option<(usize, &str)> {
    let t = content.trim_end().strip_suffix('=')?.trim_end();
    let start = t
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let key = &t[start..];
    let before = t[..start].trim_end();
    (!key.is_empty() && before.ends_with(',')).then(|| (before.len() - 1, key))
}

/// Separators a person lists words with in one string: the Chinese enumeration comma `、`
/// (and its half-width form), commas and semicolons in either width.
const WORD_SEPARATORS: [char; 6] = ['、', '､', '，', ',', '；', ';'];

/// The words of one string that lists several (`完成、达成` → `完成`, `达成`), each trimmed,
/// blanks left out; the string itself when it has no separator.
pub fn split_words(text: &str) -> Vec<String> {
    text.split(WORD_SEPARATORS)
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// True when `text` holds a separator [`split_words`] splits at.
pub fn joins_words(text: &str) -> bool {
    text.contains(WORD_SEPARATORS)
}

/// `words` as a TOML list of strings, after `key = ` when the key is known:
/// `aliases = ["完成", "达成"]`.
pub fn word_list_line(key: Option<&str>, words: &[String]) -> String {
    let items: Vec<String> = words
        .iter()
        .map(|w| toml::Value::String(w.clone()).to_string())
        .collect();
    let list = format!("[{}]", items.join(", "));
    match key {
        Some(k) => format!("{k} = {list}"),
        None => list,
    }
}

/// The line to write where a list is wanted and one value is written: a string listing words
/// (`"完成、达成"`, tester s11 F9) split into them, anything else put in brackets.
fn list_line(key: Option<&str>, written: &str) -> String {
    let w = written.lines().next().unwrap_or_default().trim();
    let inner = w
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .or_else(|| w.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')));
    match inner {
        Some(text) => word_list_line(key, &split_words(text)),
        None => match key {
            Some(k) => format!("{k} = [{w}]"),
            None => format!("[{w}]"),
        },
    }
}

/// The file's text at the error, as shown: one line, at most 40 characters.
fn shown(written: &str) -> String {
    let line = written.lines().next().unwrap_or_default().trim();
    line.chars().take(40).collect()
}

/// `invalid type: string "是", expected a boolean`: what the key takes, in words, and what
/// is written (the file's own text, not serde's rewording of it).
fn wrong_type(expected: &str, written: &str) -> Option<(Message, Message)> {
    if written.is_empty() {
        return None;
    }
    let bare = written.trim_matches(['"', '\'']).to_owned();
    let w = written.to_owned();
    let pair = match expected {
        "a boolean" => (
            msg!("toml-expected-boolean", written = w),
            msg!("toml-expected-boolean-help"),
        ),
        "a string" | "a borrowed string" | "string" => (
            msg!("toml-expected-string", written = w),
            msg!("toml-expected-string-help", bare = bare),
        ),
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "an integer" => (
            msg!("toml-expected-integer", written = w),
            msg!("toml-expected-integer-help"),
        ),
        "f32" | "f64" | "a number" | "a decimal" => (
            msg!("toml-expected-number", written = w),
            msg!("toml-expected-number-help"),
        ),
        e if e.starts_with("struct ") || e == "a map" || e == "map" => (
            msg!("toml-expected-table", written = w),
            msg!("toml-expected-table-help"),
        ),
        _ => return None,
    };
    Some(pair)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    /// Tester s14r F4: the string left open is found where it opens, whatever TOML then
    /// stumbles on; closed strings, comments, escapes and multi-line strings are not it.
    #[test]
    fn the_open_quote_is_found_on_its_own_line() {
        let find = |text: &str| open_quote_before(text, text.len().saturating_sub(1));
        assert_eq!(find("a = \"x # y\"\nb = 'c\"'\n"), None);
        assert_eq!(find("a = \"say \\\"hi\\\"\"\n"), None);
        assert_eq!(find("a = \"\"\"one\ntwo \" three\n\"\"\"\nb = 1\n"), None);
        assert_eq!(find("# a \"quote\nb = 1\n"), None);
        let text =
            "levels = [\n  { name = \"中\", min = \"60 },\n  { name = \"差\", min = \"0\" },\n]\n";
        let from = text.find("\"60").unwrap();
        assert_eq!(
            find(text),
            Some(OpenQuote::Open {
                at: from..from + 1,
                line: Some("{ name = \"中\", min = \"60\" },".to_owned()),
            })
        );
        let text = "bands = [\n  { from = \"80%, score = \"6\" },\n]\n";
        let from = text.find("\"80%").unwrap();
        assert_eq!(
            find(text),
            Some(OpenQuote::Swallowed {
                at: from..from + 4,
                written: "\"80%".to_owned(),
                key: "score".to_owned(),
                line: "{ from = \"80%\", score = \"6\" },".to_owned(),
            })
        );
        // Words before the key's letters (a key in Chinese, half-typed): no panic.
        let text = "a = [\n  { x = \"年度资金总额nitial_budget = \"6\" },\n]\n";
        assert!(find(text).is_some());
        // A line left open with no bracket after it: no line to offer.
        let text = "title = \"凤台县\nyear = 2024\n";
        assert_eq!(
            find(text),
            Some(OpenQuote::Open {
                at: 8..9,
                line: None
            })
        );
    }
    use crate::i18n::Lang;

    /// The library's message for `text` parsed into a small struct, and the file's text at
    /// its span.
    fn library(text: &str) -> (String, String) {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Inner {
            x: String,
        }
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            a: Option<bool>,
            n: Option<i64>,
            s: Option<String>,
            t: Option<Inner>,
            v: Option<Vec<String>>,
        }
        let e = toml::from_str::<T>(text).unwrap_err();
        let written = e.span().and_then(|s| text.get(s)).unwrap_or_default();
        (e.message().to_owned(), written.to_owned())
    }

    fn zh(text: &str) -> (String, String) {
        let (lib, written) = library(text);
        let key = text.split_once(" = ").map(|(k, _)| k);
        let (what, help) = worded(&lib, &written, key).unwrap_or_else(|| panic!("{text}: {lib}"));
        (what.render(Lang::Zh), help.render(Lang::Zh))
    }

    #[test]
    fn the_mistakes_of_a_rule_writer_are_worded() {
        let cases = [
            ("a = 是", "没有加引号", "true（是）或 false（否）"),
            ("a = \"是\"", "只能写 true 或 false", "是 → true"),
            ("a = 1", "只能写 true 或 false", "不加引号"),
            ("n = \"5\"", "要写整数", "不加引号"),
            ("s = 5", "加英文双引号的文字", "\"5\""),
            ("s = abc", "没有加引号", "\"abc\""),
            ("t = 5", "要写一个表", "docs/rules-format.md"),
            ("v = \"x\"", "要写列表", "`v = [\"x\"]`"),
            // Tester s11 F9: a string listing words is split into them, not bracketed whole.
            (
                "v = \"完成、达成\"",
                "要写列表",
                "`v = [\"完成\", \"达成\"]`",
            ),
            (
                "v = \"完成，达成; 达标\"",
                "要写列表",
                "`v = [\"完成\", \"达成\", \"达标\"]`",
            ),
            ("v = 5", "要写列表", "`v = [5]`"),
            ("t = {}", "缺少必须写的键 `x`", "x = "),
            ("a = true\na = false", "写了两次", "删去"),
            ("s = \"abc", "引号没有结束", "补上 `\"`"),
            ("s = 'abc", "引号没有结束", "补上 `'`"),
            ("s = \"C:\\dir\"", "反斜杠", "单引号"),
            ("s", "没有“=”和值", "键 = 值"),
            ("s = ", "等号后面没有写值", "加英文双引号"),
            ("[t\nx='a'", "缺少右方括号", "[节名]"),
            ("v = [\"a\",", "列表没有写完", "补上 `]`"),
            ("v = [\"a\" \"b\"]", "缺少逗号", "英文逗号"),
            ("s = \"a\" n = 1", "一行只能写一个", "下一行"),
            ("n = 01", "数字的写法不对", "阿拉伯数字"),
            // #16: a bare word TOML takes for the start of true/false/inf/nan.
            ("s = trunc", "没有加引号", "\"trunc\""),
            ("s = inferred", "没有加引号", "\"inferred\""),
        ];
        for (text, what, help) in cases {
            let (w, h) = zh(text);
            assert!(w.contains(what), "{text}: {w}");
            assert!(h.contains(help), "{text}: {h}");
            let (lib, written) = library(text);
            let (what, help) = worded(&lib, &written, None).unwrap();
            assert_ne!(what.render(Lang::En), w, "{text}");
            assert_ne!(help.render(Lang::En), h, "{text}");
        }
    }

    #[test]
    fn an_unknown_kind_keeps_the_library_text_alone() {
        assert!(worded("something new happened", "x", None).is_none());
        assert!(
            worded(
                "invalid type: string \"x\", expected a thing",
                "\"x\"",
                None
            )
            .is_none()
        );
    }
}
