//! Compares a case's accepted result with its result now: which fields changed, and the same
//! as a readable line diff with the changed words marked (`{-97-}` / `{+96.5+}`).

use super::accepted::AcceptedCase;
use crate::compare::placed::{PlaceChange, Placed, place_changes};
use serde::Serialize;

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

/// Why a changed case moved, when neither rule changes (`moved_by`) nor `--rules` say it
/// all (tester s15c F2): told from the hashes of its case file and rule set as accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cause {
    /// The case file differs from the one accepted (a re-submitted form).
    CaseFile,
    /// Neither the case file nor the rule set changed: jixiao scores it differently.
    Scoring,
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
    /// Finding codes the case has now and did not have when accepted (whole codes, each as
    /// often as it was added).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings_added: Vec<String>,
    /// Finding codes the case had when accepted and no longer has.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings_removed: Vec<String>,
    /// The findings that came, went or moved from one line of the form to another since
    /// acceptance, each with its place (tester s12b N5); places are empty when the accepted
    /// result kept none (`by_code`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub finding_changes: Vec<PlaceChange>,
    /// The findings on the same line as accepted (text output: a case without a change most
    /// cases share may have had that finding all along).
    #[serde(skip)]
    pub kept: Vec<Placed>,
    /// The accepted result kept no places: findings compared by code only (re-accepting
    /// records them).
    #[serde(skip)]
    pub by_code: bool,
    /// Which rule changes since acceptance moved the case, in words
    /// (`-3 from: 达成预期指标 band scores at: 100% → 80%`): `diff`'s attribution against the
    /// rule set as accepted, when its snapshot is kept (`accepted/rules/<hash>/`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub moved_by: Vec<String>,
    /// The case file changed since acceptance, or nothing but jixiao did; none when the
    /// accepted result kept no case hash, or only the rules changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<Cause>,
    /// Rule set hash when accepted and now, when they differ (the rules were edited, or
    /// another rule set was chosen: `rule_sets` tells which).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules_hash: Option<(String, String)>,
    /// The rule set the accepted result was made with and the one used now, when the hashes
    /// differ (JSON has them as the `rules` change).
    #[serde(skip)]
    pub rule_sets: Option<(String, String)>,
    /// The messages of the findings that came, for a change most cases share to be said once
    /// with its wording (text output only).
    #[serde(skip)]
    pub wording: crate::compare::shared::Wording,
}

/// Compares the accepted result (`old`) with the result now (`new`).
pub fn compare(id: &str, old: Option<&AcceptedCase>, new: Option<&AcceptedCase>) -> CaseComparison {
    // An accepted result that kept no places is compared by code only (tester s12b N5).
    let by_code = old.is_some_and(|o| o.places.is_none());
    let unplaced;
    let new = match new {
        Some(n) if by_code && n.places.is_some() => {
            unplaced = AcceptedCase {
                places: None,
                ..n.clone()
            };
            Some(&unplaced)
        }
        other => other,
    };
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
    let (rules_hash, rule_sets) = match (old, new) {
        (Some(o), Some(n)) if o.rules_hash != n.rules_hash => (
            Some((o.rules_hash.clone(), n.rules_hash.clone())),
            Some((o.rules.clone(), n.rules.clone())),
        ),
        _ => (None, None),
    };
    let cause = match (old, new) {
        (Some(o), Some(n)) if status == Status::Changed => cause(o, n),
        _ => None,
    };
    let codes = |c: Option<&AcceptedCase>| c.map(|c| c.findings.clone()).unwrap_or_default();
    let (findings_added, findings_removed) = code_changes(&codes(old), &codes(new));
    let placed = |c: Option<&AcceptedCase>| c.map(AcceptedCase::placed).unwrap_or_default();
    let (before, after) = (placed(old), placed(new));
    let finding_changes = place_changes(&before, &after);
    let kept = crate::compare::kept(&before, &after);
    let diff = if status == Status::Unchanged {
        String::new()
    } else {
        // Finding codes are compared as whole codes: a word diff would split
        // `score-mismatch` at its hyphen.
        let (of, nf) = (without_findings(&of), without_findings(&nf));
        let mut d = line_diff(&lines(&of), &lines(&nf));
        let entries = |c: Option<&AcceptedCase>| c.map(AcceptedCase::finding_entries);
        let (oe, ne) = (entries(old), entries(new));
        let (added, removed) = code_changes(
            oe.as_deref().unwrap_or_default(),
            ne.as_deref().unwrap_or_default(),
        );
        d.push_str(&findings_diff(
            oe.as_deref(),
            ne.as_deref(),
            &added,
            &removed,
        ));
        d
    };
    CaseComparison {
        id: id.to_owned(),
        project: new.or(old).map(|c| c.project.clone()).unwrap_or_default(),
        status,
        changes,
        diff,
        findings_added,
        findings_removed,
        finding_changes,
        kept,
        by_code,
        moved_by: Vec::new(),
        cause,
        rules_hash,
        rule_sets,
        wording: crate::compare::shared::Wording::default(),
    }
}

/// Why a changed result moved, from the case file's hash as accepted and now: the file
/// changed, or neither it nor the rule set did (so the scoring did).
pub fn cause(old: &AcceptedCase, new: &AcceptedCase) -> Option<Cause> {
    let (Some(then), Some(now)) = (&old.case_hash, &new.case_hash) else {
        return None;
    };
    if then != now {
        Some(Cause::CaseFile)
    } else if old.rules == new.rules && old.rules_hash == new.rules_hash {
        Some(Cause::Scoring)
    } else {
        None
    }
}

/// The codes only in `new` and the codes only in `old`, counted as a multiset, each list
/// sorted.
pub fn code_changes(old: &[String], new: &[String]) -> (Vec<String>, Vec<String>) {
    let minus = |a: &[String], b: &[String]| {
        let mut rest: Vec<&String> = b.iter().collect();
        let mut out = Vec::new();
        for x in a {
            match rest.iter().position(|y| *y == x) {
                Some(i) => {
                    rest.swap_remove(i);
                }
                None => out.push(x.clone()),
            }
        }
        out.sort();
        out
    };
    (minus(new, old), minus(old, new))
}

fn without_findings(fields: &[(String, String)]) -> Vec<(String, String)> {
    fields
        .iter()
        .filter(|(k, _)| k != "findings")
        .cloned()
        .collect()
}

/// The findings line of a case's diff: `-findings = a, {-score-mismatch-}` and
/// `+findings = a, {+blank-actual+}`, whole codes marked as `rules changelog` marks words;
/// empty when the codes are the same.
fn findings_diff(
    old: Option<&[String]>,
    new: Option<&[String]>,
    added: &[String],
    removed: &[String],
) -> String {
    if added.is_empty() && removed.is_empty() && old.is_some() == new.is_some() {
        return String::new();
    }
    let side = |codes: &[String], changed: &[String], open: &str, close: &str, whole: bool| {
        let mut left: Vec<&String> = changed.iter().collect();
        codes
            .iter()
            .map(|c| match left.iter().position(|x| *x == c) {
                Some(i) if !whole => {
                    left.swap_remove(i);
                    format!("{open}{c}{close}")
                }
                _ => c.clone(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = String::new();
    if let Some(codes) = old {
        let text = side(codes, removed, "{-", "-}", new.is_none());
        out.push_str(&format!("-findings = {text}\n"));
    }
    if let Some(codes) = new {
        let text = side(codes, added, "{+", "+}", old.is_none());
        out.push_str(&format!("+findings = {text}\n"));
    }
    out
}

fn lines(fields: &[(String, String)]) -> String {
    fields.iter().map(|(k, v)| format!("{k} = {v}\n")).collect()
}

/// The changed lines of two texts: `-old` and `+new`, changed words marked `{-…-}` / `{+…+}`
/// by the one renderer of `rules changelog` ([`crate::compare::changed_lines`]).
pub fn line_diff(old: &str, new: &str) -> String {
    crate::compare::changed_lines(old, new)
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
            places: Some(vec![]),
            acceptance: None,
            case_hash: Some("c1".into()),
            reported_total: None,
            partial: false,
            history: Vec::new(),
        }
    }

    /// Tester s15c F2: a moved case says whether its case file changed since acceptance, or
    /// neither it nor the rule set did; nothing when the accepted result kept no case hash.
    #[test]
    fn a_moved_case_says_whether_its_file_or_the_scoring_moved_it() {
        let old = case("97", "15");
        let mut new = case("96", "14");
        assert_eq!(
            compare("a", Some(&old), Some(&new)).cause,
            Some(Cause::Scoring)
        );
        new.case_hash = Some("c2".into());
        assert_eq!(
            compare("a", Some(&old), Some(&new)).cause,
            Some(Cause::CaseFile)
        );
        new.rules_hash = "h2".into();
        assert_eq!(
            compare("a", Some(&old), Some(&new)).cause,
            Some(Cause::CaseFile)
        );
        new.case_hash = old.case_hash.clone();
        assert_eq!(compare("a", Some(&old), Some(&new)).cause, None);
        let unhashed = AcceptedCase {
            case_hash: None,
            ..old.clone()
        };
        assert_eq!(compare("a", Some(&unhashed), Some(&new)).cause, None);
        assert_eq!(compare("a", Some(&old), Some(&old)).cause, None);
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
            "-total = {-97-}\n\
             +total = {+96.5+}\n\
             -indicator 01 数量指标 指标1:覆盖 = {-15-}\n\
             +indicator 01 数量指标 指标1:覆盖 = {+14.5+}\n"
        );
    }

    #[test]
    fn finding_codes_change_as_whole_codes() {
        let mut a = case("97", "15");
        a.findings = vec!["not-applicable".into(), "score-mismatch".into()];
        a.places = None;
        let mut b = case("97", "15");
        b.findings = vec!["blank-actual".into(), "not-applicable".into()];
        b.places = None;
        let c = compare("a", Some(&a), Some(&b));
        assert_eq!(c.status, Status::Changed);
        assert_eq!(c.findings_added, ["blank-actual"]);
        assert_eq!(c.findings_removed, ["score-mismatch"]);
        assert_eq!(
            c.diff,
            "-findings = not-applicable, {-score-mismatch-}\n\
             +findings = {+blank-actual+}, not-applicable\n"
        );
        assert!(!c.diff.contains("{-score-}"));
    }

    /// Tester s12b N5: the same code on another line is a change, said as a move; an
    /// accepted result without places compares by code and says nothing moved.
    #[test]
    fn a_finding_moved_to_another_line_is_a_change() {
        let mut a = case("94", "9");
        a.findings = vec!["score-mismatch".into()];
        a.places = Some(vec!["效益指标 指标1:管护机制".into()]);
        let mut b = case("94", "9");
        b.findings = vec!["score-mismatch".into()];
        b.places = Some(vec!["年度资金总额".into()]);
        let c = compare("a", Some(&a), Some(&b));
        assert_eq!(c.status, Status::Changed);
        assert!(c.findings_added.is_empty() && c.findings_removed.is_empty());
        assert_eq!(
            c.finding_changes,
            [PlaceChange::Moved {
                code: "score-mismatch".into(),
                from: "效益指标 指标1:管护机制".into(),
                to: "年度资金总额".into()
            }]
        );
        assert!(
            c.diff
                .contains("{-score-mismatch @ 效益指标 指标1:管护机制-}"),
            "{}",
            c.diff
        );
        a.places = None;
        let c = compare("a", Some(&a), Some(&b));
        assert_eq!(c.status, Status::Unchanged);
        assert!(c.by_code && c.finding_changes.is_empty());
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
