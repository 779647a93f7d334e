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
            Some((
                span.clone(),
                diagnostic(code, key, parent, valid, locate(span)),
            ))
        })
        .collect();
    found.sort_by_key(|(span, _)| span.start);
    found.into_iter().map(|(_, d)| d).collect()
}

/// The message and help of an unknown key (kept together for the message catalogs).
fn diagnostic(
    code: crate::diagnostic::DiagnosticCode,
    key: &str,
    parent: &[Segment],
    valid: &[&str],
    (src, span): (Source, Range<usize>),
) -> Diagnostic {
    let help = match did_you_mean(key, valid.iter().copied()) {
        Some(m) => msg!("did-you-mean", name = m),
        None => msg!("valid-keys-here", keys = valid.join(", ")),
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
            "{}\n[qualitive]\nx = 1\n",
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
                (
                    "unknown key `qualitive` at the top level",
                    Some("did you mean `qualitative`?")
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
