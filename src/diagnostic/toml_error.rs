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
