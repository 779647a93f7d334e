//! Compares a case's accepted result with its result now: which fields changed, and the same
//! as a readable line diff with the changed words marked (`[-97-]` / `{+96.5+}`).

use super::accepted::AcceptedCase;
use serde::Serialize;
use similar::{ChangeTag, TextDiff};

/// How a case's result relates to its accepted one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Same results.
    Unchanged,
    /// Some field differs.
    Changed,
    /// A case with no accepted result.
    Added,
    /// An accepted result whose case file is gone.
    Removed,
}

impl Status {
    /// Marker in table output.
    pub fn marker(self) -> char {
        match self {
            Status::Unchanged => '=',
            Status::Changed => '~',
            Status::Added => '+',
            Status::Removed => '-',
        }
    }
}

/// One field that differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// `total`, `grade`, `execution`, `findings`, `rules` or `indicator <key>`.
    pub field: String,
    /// Accepted value (none: the field is new).
    pub old: Option<String>,
    /// Value now (none: the field is gone).
    pub new: Option<String>,
}

/// The comparison of one case.
#[derive(Debug, Clone, Serialize)]
pub struct CaseComparison {
    /// Case id inside its corpus.
    pub id: String,
    /// 项目名称.
    pub project: String,
    /// Status.
    pub status: Status,
    /// Fields that differ, in field order.
    pub changes: Vec<FieldChange>,
    /// The changed lines as a diff (`-`/`+` lines, changed words marked); empty when
    /// unchanged.
    pub diff: String,
    /// Rule set hash when accepted and now, when they differ (the rules were edited).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules_hash: Option<(String, String)>,
}

/// Compares the accepted result (`old`) with the result now (`new`).
pub fn compare(id: &str, old: Option<&AcceptedCase>, new: Option<&AcceptedCase>) -> CaseComparison {
    let fields = |c: Option<&AcceptedCase>| c.map(AcceptedCase::fields).unwrap_or_default();
    let (of, nf) = (fields(old), fields(new));
    let mut changes = Vec::new();
    for (k, v) in &of {
        match nf.iter().find(|(nk, _)| nk == k) {
            Some((_, nv)) if nv == v => {}
            other => changes.push(FieldChange {
                field: k.clone(),
                old: Some(v.clone()),
                new: other.map(|(_, nv)| nv.clone()),
            }),
        }
    }
    for (k, v) in &nf {
        if !of.iter().any(|(ok, _)| ok == k) {
            changes.push(FieldChange {
                field: k.clone(),
                old: None,
                new: Some(v.clone()),
            });
        }
    }
    let status = match (old, new) {
        (None, _) => Status::Added,
        (_, None) => Status::Removed,
        _ if changes.is_empty() => Status::Unchanged,
        _ => Status::Changed,
    };
    let rules_hash = match (old, new) {
        (Some(o), Some(n)) if o.rules_hash != n.rules_hash => {
            Some((o.rules_hash.clone(), n.rules_hash.clone()))
        }
        _ => None,
    };
    let diff = if status == Status::Unchanged {
        String::new()
    } else {
        line_diff(&lines(&of), &lines(&nf))
    };
    CaseComparison {
        id: id.to_owned(),
        project: new.or(old).map(|c| c.project.clone()).unwrap_or_default(),
        status,
        changes,
        diff,
        rules_hash,
    }
}

fn lines(fields: &[(String, String)]) -> String {
    fields.iter().map(|(k, v)| format!("{k} = {v}\n")).collect()
}

/// The changed lines of two texts: `- old` and `+ new`, with the changed words of a replaced
/// line marked `[-…-]` and `{+…+}` (Chinese text is split into words, not whole clauses).
pub fn line_diff(old: &str, new: &str) -> String {
    let diff = TextDiff::from_lines(old, new);
    let mut out = String::new();
    for op in diff.ops() {
        for change in diff.iter_inline_changes_deadline(op, None) {
            let (sign, open, close) = match change.tag() {
                ChangeTag::Equal => continue,
                ChangeTag::Delete => ('-', "[-", "-]"),
                ChangeTag::Insert => ('+', "{+", "+}"),
            };
            out.push(sign);
            out.push(' ');
            let marked = change.iter_strings_lossy().any(|(e, _)| e);
            let whole = change.iter_strings_lossy().all(|(e, _)| e);
            for (emphasized, text) in change.iter_strings_lossy() {
                let text = text.trim_end_matches('\n');
                if emphasized && marked && !whole && !text.is_empty() {
                    out.push_str(open);
                    out.push_str(text);
                    out.push_str(close);
                } else {
                    out.push_str(text);
                }
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn case(total: &str, ind: &str) -> AcceptedCase {
        AcceptedCase {
            project: "p".into(),
            rules: "anhui-2023".into(),
            rules_hash: "h1".into(),
            total: total.into(),
            grade: Some("优".into()),
            execution: "10".into(),
            indicators: BTreeMap::from([("01 数量指标 指标1:覆盖".into(), ind.into())]),
            findings: vec![],
            acceptance: None,
        }
    }

    #[test]
    fn unchanged_when_only_the_hash_differs() {
        let mut b = case("97", "15");
        b.rules_hash = "h2".into();
        let c = compare("a", Some(&case("97", "15")), Some(&b));
        assert_eq!(c.status, Status::Unchanged);
        assert_eq!(c.rules_hash, Some(("h1".into(), "h2".into())));
        assert!(c.diff.is_empty());
    }

    #[test]
    fn changed_fields_and_marked_words() {
        let c = compare("a", Some(&case("97", "15")), Some(&case("96.5", "14.5")));
        assert_eq!(c.status, Status::Changed);
        let fields: Vec<&str> = c.changes.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["total", "indicator 01 数量指标 指标1:覆盖"]);
        assert_eq!(
            c.diff,
            "- total = [-97-]\n\
             + total = {+96.5+}\n\
             - indicator 01 数量指标 指标1:覆盖 = [-15-]\n\
             + indicator 01 数量指标 指标1:覆盖 = {+14.5+}\n"
        );
    }

    #[test]
    fn added_and_removed() {
        assert_eq!(
            compare("a", None, Some(&case("97", "15"))).status,
            Status::Added
        );
        assert_eq!(
            compare("a", Some(&case("97", "15")), None).status,
            Status::Removed
        );
    }
}
