//! Unknown keys of a rule or case file as diagnostics: EVERY unknown key at once, each at its
//! own line and column with "did you mean". The keys are found while deserialising
//! ([`crate::load::unknown`], `serde_ignored` as cargo does) and the valid keys come from the
//! same serde types: the format is defined once, on the `Raw*` types.

use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::i18n::msg;
use crate::load::unknown::{KeyPath, Segment, fields_at};
use crate::source::Source;
use serde::de::DeserializeOwned;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The unknown keys of `text` (found while deserialising it as `T`) as `code` diagnostics, in
/// file order. `locate` maps spans back to the files they came from.
pub fn unknown_keys<T: DeserializeOwned>(
    code: impl Into<crate::diagnostic::DiagnosticCode>,
    text: &str,
    unknown: &[KeyPath],
    locate: &dyn Fn(Range<usize>) -> (Source, Range<usize>),
) -> Vec<Diagnostic> {
    // Nearly every file has none: parsing it again for nothing was a fifth of `score`'s work.
    if unknown.is_empty() {
        return Vec::new();
    }
    let code = code.into();
    let Ok(root) = DeTable::parse(text) else {
        return Vec::new();
    };
    let file = match code.as_str().starts_with("rules::") {
        true => "rules",
        false => "case",
    };
    let mut found: Vec<(Range<usize>, Diagnostic)> = unknown
        .iter()
        .filter_map(|path| {
            let (Segment::Key(key), parent) = path.split_last()? else {
                return None;
            };
            // Every key serde met is in the parsed file; were one not found, the whole file
            // is named rather than the key dropped.
            let span = key_span(root.get_ref(), path).unwrap_or(0..0);
            let valid = fields_at::<T>(parent).unwrap_or_default();
            let line = line_of(text, span.start);
            let (src, at) = locate(span.clone());
            let d = if let Some(header) =
                header(line, text, &span).filter(|_| written_as_header(&src, text, &at))
            {
                table_diagnostic(code, file, &header, key, valid, text, (src, at))
            } else if let Some(at) = (header(line, text, &span).is_some())
                .then(|| key_written_at(&src, text, &at, key))
                .flatten()
            {
                // A child's `band = [ { … } ]` reads `[[execution.band]]` in the resolved text
                // its chain is merged into; the officer wrote a key, and is told of the key
                // (tester s14r F5: the hint said to write a table header).
                diagnostic(code, key, parent, valid, (src, at))
            } else if let Some(home) = line_starts_with(line, &span)
                .then(|| home_of::<T>(root.get_ref(), key, parent))
                .flatten()
            {
                moved_diagnostic(code, key, parent, &home, locate(span.clone()))
            } else {
                diagnostic(code, key, parent, valid, locate(span.clone()))
            };
            Some((span.clone(), d))
        })
        .collect();
    found.sort_by_key(|(span, _)| span.start);
    found.into_iter().map(|(_, d)| d).collect()
}

/// The line of `text` holding byte `at`, as `(start, line)` (without its line break).
fn line_of(text: &str, at: usize) -> (usize, &str) {
    let start = text
        .get(..at)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |i| i + 1);
    let line = text.get(start..).unwrap_or("");
    (start, line.split(['\n', '\r']).next().unwrap_or(""))
}

/// A key read from a table header (`[exection]`, `[[execution.bandz]]`): the header as
/// written, and where in it the key stands (bytes of the header); none for a `key = value`
/// line.
struct Header {
    text: String,
    key: Range<usize>,
}

/// The header the key at `span` is written in, when its line is one.
fn header((start, line): (usize, &str), text: &str, span: &Range<usize>) -> Option<Header> {
    let indent = line.len() - line.trim_start().len();
    let line = line.trim_start();
    if !line.starts_with('[') || text.get(span.clone()).is_none() {
        return None;
    }
    let end = line.rfind(']')? + 1;
    let from = span.start.checked_sub(start + indent)?;
    let to = span.end.checked_sub(start + indent)?;
    (to <= end).then(|| Header {
        text: line.get(..end).unwrap_or(line).to_owned(),
        key: from..to,
    })
}

/// The text of the file a located span points into (the resolved text when it has none).
fn own_text<'a>(src: &'a Source, resolved: &'a str) -> &'a str {
    match src.text.is_empty() {
        true => resolved,
        false => src.text.as_str(),
    }
}

/// Whether the line `at` points at in its own file is a table header (`[exection]`), as the
/// resolved text says it is: a child's inline tables and arrays of them are written as headers
/// in the text its chain is merged into.
fn written_as_header(src: &Source, resolved: &str, at: &Range<usize>) -> bool {
    let own = own_text(src, resolved);
    line_of(own, at.start.min(own.len()))
        .1
        .trim_start()
        .starts_with('[')
}

/// Where `key = …` is written in its own file, at or above the line `at` points at (the value
/// of an inline table or array of them is located at its items, below the key).
fn key_written_at(
    src: &Source,
    resolved: &str,
    at: &Range<usize>,
    key: &str,
) -> Option<Range<usize>> {
    let own = own_text(src, resolved);
    let pos = at.start.min(own.len());
    let mut end = own.get(pos..)?.find('\n').map_or(own.len(), |i| pos + i);
    loop {
        let start = own.get(..end)?.rfind('\n').map_or(0, |i| i + 1);
        let line = own.get(start..end)?;
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix(key)
            && rest.trim_start().starts_with('=')
        {
            let from = start + (line.len() - trimmed.len());
            return Some(from..from + key.len());
        }
        if start == 0 || trimmed.starts_with('[') {
            return None;
        }
        end = start - 1;
    }
}

/// True when the key at `span` starts its line (`explain_below = "90%"`, not a key inside an
/// inline table).
fn line_starts_with((start, line): (usize, &str), span: &Range<usize>) -> bool {
    let indent = line.len() - line.trim_start().len();
    span.start == start + indent
}

/// An unknown table (tester s11 F12: `[exection]` was "a key before any table"): the header
/// as written, and the header with the nearest table name when there is one.
fn table_diagnostic(
    code: crate::diagnostic::DiagnosticCode,
    file: &str,
    header: &Header,
    key: &str,
    valid: &[&str],
    text: &str,
    (src, span): (Source, Range<usize>),
) -> Diagnostic {
    let help = match did_you_mean(key, valid.iter().copied()) {
        Some(m) => {
            let mut fixed = header.text.clone();
            fixed.replace_range(header.key.clone(), m);
            // Renamed, a `[table]` the file already has would be written twice. Its own
            // file's lines, not the chain's: a child may write the `[execution]` its parent
            // has (tester s11b G5: the hint said to move the lines into a table the file lacked).
            let own = if src.text.is_empty() {
                text
            } else {
                src.text.as_str()
            };
            let twice = !fixed.starts_with("[[") && own.lines().any(|l| l.trim() == fixed);
            match twice {
                true => msg!("did-you-mean-table-twice", name = fixed),
                false => msg!("did-you-mean", name = fixed),
            }
        }
        None => msg!("valid-tables-here", keys = valid.join(", ")),
    };
    Diagnostic::error(
        code,
        msg!("unknown-table", header = header.text.clone(), file = file),
    )
    .at(&src, span)
    .help(help)
}

/// The table, other than `parent`, where `key` is a key of the format: the nearest table
/// holding `parent` first (`[execution]` for a key written under `[[execution.bands]]`), then
/// the tables of the file in order, then the top-level tables it does not have. None for a
/// key no table has (a typo, told "did you mean").
/// Also says whether the file has that table.
fn home_of<T: DeserializeOwned>(
    root: &DeTable,
    key: &str,
    parent: &[Segment],
) -> Option<(KeyPath, bool)> {
    let has = |path: &[Segment]| fields_at::<T>(path).is_some_and(|f| f.contains(&key));
    let mut tables = Vec::new();
    tables_of(root, &mut Vec::new(), &mut tables);
    if let Some(n) = (1..parent.len()).rev().find(|n| has(&parent[..*n])) {
        let home = parent[..n].to_vec();
        let present = tables.contains(&home);
        return Some((home, present));
    }
    if let Some(t) = tables.iter().find(|t| t.as_slice() != parent && has(t)) {
        return Some((t.clone(), true));
    }
    fields_at::<T>(&[])
        .unwrap_or_default()
        .iter()
        .map(|name| vec![Segment::Key((*name).to_owned())])
        .find(|t| has(t))
        .map(|t| (t, false))
}

/// Every table of the file (an array's tables with their index), in file order.
fn tables_of(table: &DeTable, path: &mut KeyPath, out: &mut Vec<KeyPath>) {
    for (k, v) in table.iter() {
        path.push(Segment::Key(k.get_ref().to_string()));
        match v.get_ref() {
            DeValue::Table(t) => {
                out.push(path.clone());
                tables_of(t, path, out);
            }
            DeValue::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if let DeValue::Table(t) = item.get_ref() {
                        path.push(Segment::Index(i));
                        out.push(path.clone());
                        tables_of(t, path, out);
                        path.pop();
                    }
                }
            }
            _ => {}
        }
        path.pop();
    }
}

/// A table as its header reads: `[execution]`, `[[execution.bands]]` for a table of an array.
fn header_of(path: &[Segment]) -> String {
    let names: Vec<&str> = path
        .iter()
        .filter_map(|s| match s {
            Segment::Key(k) => Some(k.as_str()),
            Segment::Index(_) => None,
        })
        .collect();
    match path.last() {
        Some(Segment::Index(_)) => format!("[[{}]]", names.join(".")),
        _ => format!("[{}]", names.join(".")),
    }
}

/// A key of another table written under this one (tester s11 F12: `explain_below` after the
/// last `[[execution.bands]]`): which table it belongs to, and that a key belongs to the
/// table header above it, so the line moves.
fn moved_diagnostic(
    code: crate::diagnostic::DiagnosticCode,
    key: &str,
    parent: &[Segment],
    (home, present): &(KeyPath, bool),
    (src, span): (Source, Range<usize>),
) -> Diagnostic {
    let (table, home) = (header_of(parent), header_of(home));
    let help = match present {
        true => msg!("unknown-key-elsewhere-help", home = home.clone()),
        false => msg!("unknown-key-elsewhere-add-help", home = home.clone()),
    };
    let message = match parent.is_empty() {
        true => msg!(
            "unknown-key-top-level-elsewhere",
            key = key,
            home = home.clone()
        ),
        false => msg!(
            "unknown-key-elsewhere",
            key = key,
            table = table,
            home = home.clone()
        ),
    };
    Diagnostic::error(code, message).at(&src, span).help(help)
}

/// The message and help of an unknown key (kept together for the message catalogs).
fn diagnostic(
    code: crate::diagnostic::DiagnosticCode,
    key: &str,
    parent: &[Segment],
    valid: &[&str],
    (src, span): (Source, Range<usize>),
) -> Diagnostic {
    let english = crate::diagnostic::key_words::english_among(key, valid);
    let help = match (english, did_you_mean(key, valid.iter().copied())) {
        // `"分值" = "40"` (tester s24 C1): the English key it means, and the line with it.
        (Some(english), _) => msg!(
            "chinese-key-help",
            written = key,
            key = english,
            line = crate::diagnostic::key_words::line_with(&src.text, span.clone(), english)
        ),
        (None, Some(m)) => msg!("did-you-mean", name = m),
        (None, None) => msg!("valid-keys-here", keys = valid.join(", ")),
    };
    let table: Vec<&str> = parent
        .iter()
        .filter_map(|s| match s {
            Segment::Key(k) => Some(k.as_str()),
            Segment::Index(_) => None,
        })
        .collect();
    let message = if table.is_empty() {
        msg!("unknown-key-top-level", key = key)
    } else {
        msg!("unknown-key-in-table", key = key, table = table.join("."))
    };
    Diagnostic::error(code, message).at(&src, span).help(help)
}

/// The span of the last key of `path` in the parsed file.
fn key_span(root: &DeTable, path: &[Segment]) -> Option<Range<usize>> {
    let (Segment::Key(last), parents) = path.split_last()? else {
        return None;
    };
    let mut table = root;
    let mut at = parents.iter().peekable();
    while let Some(seg) = at.next() {
        let Segment::Key(k) = seg else { return None };
        let value: &Spanned<DeValue> = table.get(k.as_str())?;
        table = match value.get_ref() {
            DeValue::Table(t) => t,
            DeValue::Array(items) => {
                let Some(Segment::Index(i)) = at.next() else {
                    return None;
                };
                match items.get(*i)?.get_ref() {
                    DeValue::Table(t) => t,
                    _ => return None,
                }
            }
            _ => return None,
        };
    }
    table
        .iter()
        .find(|(k, _)| k.get_ref() == last.as_str())
        .map(|(k, _)| k.span())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::load::raw_case::RawCase;
    use crate::load::raw_rules::RawRuleSet;
    use crate::source::SourceFile;

    fn case_keys(src: &Source) -> Vec<Diagnostic> {
        let (_, unknown) = crate::load::raw_case::parse_reporting(&src.text);
        unknown_keys::<RawCase>(
            crate::diagnostic::codes::CaseCode::UnknownKey,
            &src.text,
            &unknown,
            &|s| (src.clone(), s),
        )
    }

    #[test]
    fn reports_every_unknown_key_with_its_position() {
        let src = SourceFile::new(
            "c.toml",
            "[header]\nprojet = \"x\"\nproject = \"p\"\n\n[[indicators]]\nlevel1 = \"产出\"\nlevel2 = \"a\"\nlevel3 = \"b\"\npionts = \"10\"\n\n[[indicators]]\nlevel1 = \"产出\"\nlevel2 = \"a\"\nlevel3 = \"b\"\nscroe = \"1\"\n",
        );
        let got: Vec<(String, String, usize, usize)> = case_keys(&src)
            .iter()
            .map(|d| {
                let (_, lc) = d.position().unwrap();
                (
                    d.message.to_string(),
                    d.help.as_ref().unwrap().to_string(),
                    lc.line,
                    lc.column,
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "unknown key `projet` in `[header]`".to_owned(),
                    "did you mean `project`?".to_owned(),
                    2,
                    1
                ),
                (
                    "unknown key `pionts` in `[indicators]`".to_owned(),
                    "did you mean `points`?".to_owned(),
                    9,
                    1
                ),
                (
                    "unknown key `scroe` in `[indicators]`".to_owned(),
                    "did you mean `score`?".to_owned(),
                    15,
                    1
                ),
            ]
        );
    }

    #[test]
    fn unknown_tables_and_nested_keys_of_rule_files() {
        let base = std::fs::read_to_string("rules/anhui-2023/rules.toml").unwrap();
        let text = format!(
            "{}\n[qualitive]\nx = 1\n[[execution.bandz]]\n[[execution.bands]]\nfrom = \"0%\"\nscore = \"0\"\nexplain_below = \"90%\"\n",
            base.replacen("[rule_set]\n", "[rule_set]\ntitel = \"t\"\n", 1)
                .replacen(
                    "[[weights.level1]]\n",
                    "[[weights.level1]]\nalias = []\n",
                    1
                )
        );
        let src = SourceFile::new("r.toml", text);
        let (_, unknown) = crate::load::raw_rules::parse_reporting(&src.text);
        let ds = unknown_keys::<RawRuleSet>(
            crate::diagnostic::codes::RulesCode::UnknownKey,
            &src.text,
            &unknown,
            &|s| (src.clone(), s),
        );
        let got: Vec<(String, Option<String>)> = ds
            .iter()
            .map(|d| {
                (
                    d.message.to_string(),
                    d.help.as_ref().map(|h| h.to_string()),
                )
            })
            .collect();
        let got: Vec<(&str, Option<&str>)> = got
            .iter()
            .map(|(m, h)| (m.as_str(), h.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "unknown key `titel` in `[rule_set]`",
                    Some("did you mean `title`?")
                ),
                (
                    "unknown key `alias` in `[weights.level1]`",
                    Some("did you mean `aliases`?")
                ),
                // Tester s11 F12: a table name is said to be one, with the header to write.
                (
                    "`[qualitive]` is not a table name rule files know",
                    Some(
                        "did you mean `[qualitative]`? The file has a `[qualitative]` already: \
                         move the lines of this table into it (each key once) and delete this \
                         table name"
                    )
                ),
                (
                    "`[[execution.bandz]]` is not a table name rule files know",
                    Some("did you mean `[[execution.bands]]`?")
                ),
                // A key of `[execution]` written under its last band: where it belongs.
                (
                    "`explain_below` is not a key of `[[execution.bands]]` but of `[execution]`",
                    Some(
                        "a key belongs to the nearest table name (a `[…]` or `[[…]]` line) \
                         above it: move this line below the `[execution]` line, before the \
                         next line starting with `[`"
                    )
                ),
            ]
        );
    }

    #[test]
    fn shipped_rule_files_have_no_unknown_keys() {
        for id in crate::pipeline::Catalog::new("rules").ids() {
            let text = std::fs::read_to_string(format!("rules/{id}/rules.toml")).unwrap();
            // A child rule set is a partial file: its unknown keys are those met before the
            // first missing table, and there must be none.
            let (_, unknown) = crate::load::raw_rules::parse_reporting(&text);
            assert!(unknown.is_empty(), "{id}: {unknown:?}");
        }
    }
}
