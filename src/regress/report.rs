//! Renders a regression run: per corpus the changed cases with their diffs and a summary
//! line, then coverage; as a table for people, JSON for tools, or JUnit XML for CI.

use super::compare::{CaseComparison, Status};
use super::coverage::Coverage;
use crate::compare::placed::{
    PlaceChange, SharedFindings, kind_change, kind_text, texts, why_without, why_without_kind,
};
use crate::compare::shared::{Shared, alike, shared};
use crate::i18n::msg;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeSet;
use std::fmt::Write;

/// The result of comparing one corpus.
#[derive(Debug, Clone, Serialize)]
pub struct CorpusReport {
    /// Corpus name (its directory's name).
    pub name: String,
    /// The accepted-results file.
    pub accepted_file: String,
    /// Every case, accepted or present, in id order.
    pub cases: Vec<CaseComparison>,
    /// Ids whose new results were accepted in this run, in id order (as `cases`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub accepted: Vec<String>,
    /// This run's accept re-stamped cases whose results did not move under an edited rule
    /// set: the hash change is done, not to do (tester s15c F9).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub restamped: bool,
    /// With `--history`: the cases accepted more than once (as read before this run's
    /// accept).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<CaseHistory>,
    /// For a rule set edited since acceptance: the files of its `extends` chain whose
    /// content changed (a parent's among them: tester s15r, the child was named when only
    /// its parent was edited), by rule set id and accepted hash; each file with the id of the
    /// rule set whose folder holds it. Empty when the copy kept at acceptance is missing.
    #[serde(skip)]
    pub edited: Vec<EditedFiles>,
}

/// The files of a rule set's chain edited since its results were accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditedFiles {
    /// The rule set.
    pub id: String,
    /// Its hash at acceptance.
    pub hash: String,
    /// Each edited file and the id of the rule set it belongs to (the folder holding it).
    pub files: Vec<(String, String)>,
}

/// A case's acceptances: the earlier ones, oldest first, and the last (tester s15c F3).
#[derive(Debug, Clone, Serialize)]
pub struct CaseHistory {
    /// Case id inside its corpus.
    pub id: String,
    /// 项目名称.
    pub project: String,
    /// Earlier acceptances, oldest first.
    pub earlier: Vec<super::accepted::Record>,
    /// The last acceptance.
    pub current: Option<super::accepted::Record>,
}

/// Case counts of a corpus.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Cases.
    pub cases: usize,
    /// Changed.
    pub changed: usize,
    /// Added.
    pub added: usize,
    /// Removed.
    pub removed: usize,
    /// Unchanged.
    pub unchanged: usize,
}

impl Counts {
    /// Whether anything changed.
    pub fn moved(&self) -> bool {
        self.changed + self.added + self.removed > 0
    }
}

impl CorpusReport {
    /// Counts by status.
    pub fn counts(&self) -> Counts {
        let mut c = Counts {
            cases: self.cases.len(),
            ..Counts::default()
        };
        for case in &self.cases {
            match case.status {
                Status::Unchanged => c.unchanged += 1,
                Status::Changed => c.changed += 1,
                Status::Added => c.added += 1,
                Status::Removed => c.removed += 1,
            }
        }
        c
    }

    /// Whether the case's new result was accepted in this run (a binary search: `accepted` is
    /// in id order, and a corpus can accept 100,000 cases at once).
    pub fn is_accepted(&self, id: &str) -> bool {
        self.accepted
            .binary_search_by(|a| a.as_str().cmp(id))
            .is_ok()
    }

    /// The distinct rule set changes seen: the rule set and hash of the accepted results,
    /// and those of this run.
    pub fn hash_changes(&self) -> BTreeSet<RuleSetChange> {
        self.cases
            .iter()
            .filter_map(|c| {
                let (old_hash, new_hash) = c.rules_hash.clone()?;
                let (old, new) = c.rule_sets.clone().unwrap_or_default();
                Some(RuleSetChange {
                    old,
                    old_hash,
                    new,
                    new_hash,
                })
            })
            .collect()
    }

    /// The summary line: `huainan-2023: 14 cases, 1 changed, 0 added, 0 removed, 13 unchanged`.
    pub fn summary(&self) -> String {
        let c = self.counts();
        let accepted = (!self.accepted.is_empty()).then(|| {
            msg!(
                "report-regress-summary-accepted",
                count = self.accepted.len().to_string()
            )
        });
        msg!(
            "report-regress-summary",
            corpus = &self.name,
            cases = c.cases,
            changed = c.changed.to_string(),
            added = c.added.to_string(),
            removed = c.removed.to_string(),
            unchanged = c.unchanged.to_string(),
            accepted = accepted
        )
        .to_string()
    }
}

/// The rule set the accepted results were made with, and the one this run used, when their
/// hashes differ: the same rule set edited since, or another chosen (`regress --rules`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct RuleSetChange {
    /// The accepted results' rule set.
    pub old: String,
    /// Its hash then.
    pub old_hash: String,
    /// This run's rule set.
    pub new: String,
    /// Its hash now.
    pub new_hash: String,
}

/// A whole run.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Corpora in the order given.
    pub corpora: Vec<CorpusReport>,
    /// Coverage per rule set, when asked for.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub coverage: Vec<Coverage>,
    /// Coverage below which the run fails (percent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_coverage: Option<Decimal>,
}

impl Report {
    /// Whether any case changed (and was not accepted in this run).
    pub fn moved(&self) -> bool {
        self.corpora.iter().any(|c| c.counts().moved())
    }

    /// Rule sets whose coverage is below the minimum.
    pub fn below_min_coverage(&self) -> Vec<&Coverage> {
        match self.min_coverage {
            Some(min) => self.coverage.iter().filter(|c| c.percent() < min).collect(),
            None => Vec::new(),
        }
    }
}

/// A changed case's fields in words, as `diff` says them (tester s7 F6: `regress` listed
/// key names and finding codes, `- findings = score-mismatch`): `计算总分 88 → 91`, `等级 良 →
/// 优`, `指标 02 质量指标 指标2:系统可用率 18 → 21`, `规则 anhui-2022 → anhui-2024`, then which
/// rule change moved it. The findings that came, went and moved are said apart, by line.
fn lines(case: &CaseComparison) -> Vec<String> {
    let mut out = Vec::new();
    // An execution score that could not be worked out, or a line that could not be scored,
    // is said as unknown, not as the token the accepted file keeps it as.
    let side = |field: &str, v: &Option<String>| match v.as_deref() {
        None => "—".to_owned(),
        Some(super::accepted::UNKNOWN)
            if field == "execution" || field.starts_with("indicator ") =>
        {
            msg!("report-score-unknown").to_string()
        }
        Some(v) => v.to_owned(),
    };
    for c in case.changes.iter().filter(|c| c.field != "findings") {
        let line = msg!(
            "report-regress-change",
            field = field_name(&c.field),
            old = side(&c.field, &c.old),
            new = side(&c.field, &c.new)
        );
        out.push(line.to_string());
    }
    for line in &case.moved_by {
        let line = msg!("report-regress-moved-by", change = line);
        out.push(line.to_string());
    }
    out.extend(cause_line(case));
    out
}

/// Why the case moved when its case file changed since acceptance, or neither it nor the
/// rule set did (tester s15c F2).
fn cause_line(case: &CaseComparison) -> Option<String> {
    let line = match case.cause? {
        super::compare::Cause::CaseFile => msg!("report-regress-cause-case-file"),
        super::compare::Cause::Scoring => msg!("report-regress-cause-scoring"),
    };
    Some(line.to_string())
}

/// A corpus's changed cases' lines, and the lines most of its cases share: said once above
/// the cases and left out of their blocks (s11c H4). Cases added or removed are not among
/// those compared.
struct Lines<'a> {
    /// The cases present before and now, with their lines.
    compared: Vec<(&'a CaseComparison, Vec<String>)>,
    shared: Vec<Shared<String>>,
    findings: SharedFindings,
}

impl<'a> Lines<'a> {
    fn of(c: &'a CorpusReport) -> Lines<'a> {
        let compared: Vec<(&CaseComparison, Vec<String>)> = c
            .cases
            .iter()
            .filter(|k| matches!(k.status, Status::Changed | Status::Unchanged))
            .map(|k| (k, lines(k)))
            .collect();
        let all: Vec<Vec<String>> = compared.iter().map(|(_, l)| l.clone()).collect();
        let findings: Vec<Vec<PlaceChange>> = compared
            .iter()
            .map(|(k, _)| k.finding_changes.clone())
            .collect();
        Lines {
            shared: shared(&all),
            findings: SharedFindings::of(&findings),
            compared,
        }
    }

    /// The lines a case shows: those most cases do not share, its findings after its fields
    /// and before the rule change that moved it.
    fn own(&self, case: &CaseComparison) -> Vec<String> {
        let mine = match self.compared.iter().find(|(k, _)| std::ptr::eq(*k, case)) {
            Some((_, l)) => l.clone(),
            None => lines(case),
        };
        let mut out: Vec<String> = mine
            .into_iter()
            .filter(|l| !self.shared.iter().any(|s| s.item == *l))
            .collect();
        let moved_by: Vec<String> = case
            .moved_by
            .iter()
            .map(|m| msg!("report-regress-moved-by", change = m).to_string())
            .collect();
        let at = out
            .iter()
            .position(|l| moved_by.contains(l))
            .unwrap_or(out.len());
        let findings = texts(&self.findings.own(&case.finding_changes));
        out.splice(at..at, findings);
        out
    }

    /// The shared lines, each with its wording when every case words it alike.
    fn said_once(&self, out: &mut String) {
        let cases = self.compared.len();
        let name = |i: usize| {
            self.compared
                .get(i)
                .map_or_else(String::new, |(k, _)| k.id.clone())
        };
        for s in &self.shared {
            let line = s.line(&s.item, cases, name, |_, _| None);
            let _ = writeln!(out, "  {line}");
        }
        for s in &self.findings.placed {
            let why = |i: usize, shown: &str| {
                let (k, _) = self.compared.get(i)?;
                why_without(&s.item, shown, &k.finding_changes, &k.kept)
            };
            let line = s.line(&s.item.text(), cases, name, why);
            let _ = writeln!(out, "  {line}");
            let having = self
                .compared
                .iter()
                .filter(|(k, _)| k.finding_changes.contains(&s.item));
            if let Some(m) = alike(having.map(|(k, _)| k.wording.get(&s.item))) {
                let _ = writeln!(out, "      {m}");
            }
        }
        for s in &self.findings.kinds {
            let why = |i: usize, shown: &str| {
                let (k, _) = self.compared.get(i)?;
                why_without_kind(&s.item, shown, &k.finding_changes)
            };
            let line = s.line(&kind_text(&s.item), cases, name, why);
            let _ = writeln!(out, "  {line}");
            let change = kind_change(&s.item);
            let having = self.compared.iter().filter(|(k, _)| {
                k.finding_changes.iter().any(|c| {
                    std::mem::discriminant(c) == std::mem::discriminant(&change)
                        && c.code() == s.item.1
                })
            });
            if let Some(m) = alike(having.map(|(k, _)| k.wording.get(&change))) {
                let _ = writeln!(out, "      {m}");
            }
        }
    }
}

/// A compared field by the name the reports give it (`total` → 计算总分, `indicator 02 …` →
/// 指标 02 …).
fn field_name(field: &str) -> String {
    let label = match field {
        "total" => msg!("label-total"),
        "grade" => msg!("label-grade"),
        "execution" => msg!("label-execution-score"),
        "rules" => msg!("label-rules"),
        other => match other.strip_prefix("indicator ") {
            Some(key) => msg!("report-regress-indicator", key = key),
            None => return other.to_owned(),
        },
    };
    label.to_string()
}

/// Table output: changed cases with their diffs, a summary line per corpus, then coverage.
pub fn table(r: &Report) -> String {
    let mut s = String::new();
    for c in &r.corpora {
        // A corpus where nothing happened is its summary line alone (#19).
        let quiet = !c.counts().moved() && c.hash_changes().is_empty();
        if quiet {
            s.push_str(&by_code_note(c));
            let _ = writeln!(s, "{}", c.summary());
            s.push_str(&history_lines(c));
            continue;
        }
        let head = msg!(
            "report-regress-corpus",
            corpus = &c.name,
            file = &c.accepted_file
        );
        let _ = writeln!(s, "{head}");
        let lines = Lines::of(c);
        lines.said_once(&mut s);
        let mut only_shared: usize = 0;
        for case in c.cases.iter().filter(|k| k.status != Status::Unchanged) {
            let own = lines.own(case);
            if own.is_empty() && case.status == Status::Changed {
                only_shared += 1;
                continue;
            }
            let _ = writeln!(
                s,
                "{} {} ({}){}",
                case.status.marker(),
                case.id,
                case.project,
                if c.is_accepted(&case.id) {
                    msg!("report-regress-accepted-mark").to_string()
                } else {
                    String::new()
                }
            );
            for line in own {
                let _ = writeln!(s, "    {line}");
            }
        }
        if only_shared > 0 {
            let more = msg!("report-regress-only-shared", count = only_shared);
            let _ = writeln!(s, "  {more}");
        }
        for change in c.hash_changes() {
            s.push_str(&restamp_note(c, &change));
        }
        s.push_str(&by_code_note(c));
        let _ = writeln!(s, "{}", c.summary());
        s.push_str(&history_lines(c));
        s.push('\n');
    }
    for cov in &r.coverage {
        s.push_str(&coverage_table(cov, r.min_coverage));
    }
    s
}

/// `：改动的文件：`rules/anhui-2023/rules.toml`（上级规则集 anhui-2023）`: the files of rule set
/// `id`'s chain edited since it was accepted at `hash`, a parent's said as such; none when
/// they are not known.
fn edited_text(c: &CorpusReport, id: &str, hash: &str) -> Option<crate::i18n::Message> {
    let edited = c.edited.iter().find(|e| e.id == id && e.hash == hash)?;
    if edited.files.is_empty() {
        return None;
    }
    let files = crate::i18n::list(edited.files.iter().map(|(path, owner)| match owner == id {
        true => crate::i18n::Message::verbatim(format!("`{path}`")),
        false => msg!(
            "report-regress-parent-file",
            path = path.as_str(),
            parent = owner.as_str()
        ),
    }));
    Some(msg!("report-regress-edited-files", files = files))
}

/// The one line about the rule set: edited since acceptance — when no result moved, with the
/// command that records the new hash — or another rule set than the accepted results' (tester
/// s12: `--rules OTHER` read as if the accepted rule set had been edited).
fn restamp_note(c: &CorpusReport, change: &RuleSetChange) -> String {
    let (corpus, moved) = (c.name.as_str(), c.counts().moved());
    let RuleSetChange {
        old,
        old_hash,
        new,
        new_hash,
    } = change;
    let files = edited_text(c, old, old_hash);
    let note = match (old == new, moved) {
        // Written by this run's accept: say what was done, not what to do (tester s15c F9).
        (true, false) if c.restamped => msg!(
            "report-regress-hash-restamped",
            rules = old,
            old = old_hash,
            new = new_hash,
            files = files
        ),
        (true, true) => msg!(
            "report-regress-hash-changed",
            rules = old,
            old = old_hash,
            new = new_hash,
            files = files
        ),
        (true, false) => msg!(
            "report-regress-hash-restamp",
            rules = old,
            old = old_hash,
            new = new_hash,
            corpus = corpus,
            files = files
        ),
        (false, true) => msg!(
            "report-regress-other-rules",
            accepted = old,
            old = old_hash,
            rules = new,
            new = new_hash
        ),
        (false, false) => msg!(
            "report-regress-other-rules-unmoved",
            accepted = old,
            old = old_hash,
            rules = new,
            new = new_hash
        ),
    };
    format!("  {note}\n")
}

/// With `--history`: each case accepted more than once, its acceptances oldest first, the
/// last marked (tester s15c F3).
fn history_lines(c: &CorpusReport) -> String {
    let mut s = String::new();
    for h in &c.history {
        let head = msg!(
            "report-regress-history",
            id = h.id.as_str(),
            project = h.project.as_str()
        );
        let _ = writeln!(s, "  {head}");
        let last = h.current.iter().map(|r| (r, true));
        for (r, current) in h.earlier.iter().map(|r| (r, false)).chain(last) {
            let line = msg!(
                "report-regress-history-entry",
                date = r.acceptance.date.as_str(),
                by = r.acceptance.by.as_str(),
                total = r.total.as_str(),
                grade = r.grade.clone().unwrap_or_else(|| "-".into()),
                rules = r.rules.as_str(),
                hash = r.rules_hash.as_str(),
                note = r.acceptance.note.as_str(),
                current = if current { "yes" } else { "no" }
            );
            let _ = writeln!(s, "      {line}");
        }
    }
    s
}

/// The one line about accepted results that kept no places (accepted before findings were
/// compared by place, tester s12b N5): compared by code, and re-accepting records the places.
fn by_code_note(c: &CorpusReport) -> String {
    let count = c.cases.iter().filter(|k| k.by_code).count();
    if count == 0 {
        return String::new();
    }
    let note = msg!(
        "report-regress-by-code",
        count = count,
        corpus = c.name.as_str()
    );
    format!("  {note}\n")
}

fn coverage_table(cov: &Coverage, min: Option<Decimal>) -> String {
    let mut s = String::new();
    let head = msg!(
        "report-coverage-head",
        id = &cov.rules.id,
        hash = &cov.rules.hash,
        cases = cov.cases,
        exercised = cov.exercised().to_string(),
        rules = cov.items.len(),
        percent = cov.percent().to_string(),
        below = match min {
            Some(m) if cov.percent() < m => {
                Some(msg!(
                    "report-coverage-below",
                    min = m.normalize().to_string()
                ))
            }
            _ => None,
        }
    );
    let _ = writeln!(s, "{head}");
    let mut kind = None;
    for i in &cov.items {
        if kind != Some(i.kind) {
            kind = Some(i.kind);
            let _ = writeln!(s, "  {}", crate::outcome::words::rule_kind(i.kind));
        }
        let seen = if i.hits > 0 {
            msg!("report-coverage-seen", count = i.cases).to_string()
        } else {
            msg!("report-coverage-never").to_string()
        };
        // Padded by display width: Chinese takes two columns.
        let pad = 12usize.saturating_sub(unicode_width::UnicodeWidthStr::width(seen.as_str()));
        let item = msg!(
            "report-coverage-item",
            key = &i.key,
            label = &i.label,
            line = i.line.to_string()
        );
        let _ = writeln!(s, "    {seen}{} {item}", " ".repeat(pad));
    }
    s.push('\n');
    s
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    #[serde(flatten)]
    report: &'a Report,
    summary: Vec<JsonSummary<'a>>,
}

#[derive(Serialize)]
struct JsonSummary<'a> {
    corpus: &'a str,
    #[serde(flatten)]
    counts: Counts,
}

/// JSON output: `{ "corpora": [...], "coverage": [...], "summary": [...] }`.
pub fn json(r: &Report) -> String {
    let doc = JsonDocument {
        report: r,
        summary: r
            .corpora
            .iter()
            .map(|c| JsonSummary {
                corpus: &c.name,
                counts: c.counts(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}")) + "\n"
}

fn xml(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\'' => s.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => {}
            c => s.push(c),
        }
    }
    s
}

/// JUnit XML: a test suite per corpus, a test case per case (failing when its result moved),
/// and a `coverage` suite when coverage was asked for.
pub fn junit(r: &Report) -> String {
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let tests: usize = r.corpora.iter().map(|c| c.cases.len()).sum::<usize>() + r.coverage.len();
    let failures: usize = r
        .corpora
        .iter()
        .map(|c| c.counts().cases - c.counts().unchanged)
        .sum::<usize>()
        + r.below_min_coverage().len();
    let _ = writeln!(
        s,
        "<testsuites name=\"jixiao regress\" tests=\"{tests}\" failures=\"{failures}\">"
    );
    for c in &r.corpora {
        let counts = c.counts();
        let _ = writeln!(
            s,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\">",
            xml(&c.name),
            counts.cases,
            counts.cases - counts.unchanged
        );
        for case in &c.cases {
            let head = format!(
                "    <testcase classname=\"{}\" name=\"{}\"",
                xml(&c.name),
                xml(&case.id)
            );
            if case.status == Status::Unchanged {
                let _ = writeln!(s, "{head}/>");
                continue;
            }
            let message = match case.status {
                Status::Added => "new case: no accepted result".to_owned(),
                Status::Removed => "accepted case no longer exists".to_owned(),
                _ => format!("{} fields changed", case.changes.len()),
            };
            let _ = writeln!(
                s,
                "{head}>\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>",
                match case.status {
                    Status::Added => "added",
                    Status::Removed => "removed",
                    _ => "changed",
                },
                xml(&message),
                xml(&case.diff)
            );
        }
        let _ = writeln!(s, "  </testsuite>");
    }
    if !r.coverage.is_empty() {
        let below = r.below_min_coverage();
        let _ = writeln!(
            s,
            "  <testsuite name=\"coverage\" tests=\"{}\" failures=\"{}\">",
            r.coverage.len(),
            below.len()
        );
        for cov in &r.coverage {
            let head = format!(
                "    <testcase classname=\"coverage\" name=\"{}\"",
                xml(&cov.rules.id)
            );
            if below.iter().any(|b| b.rules == cov.rules) {
                let _ = writeln!(
                    s,
                    "{head}>\n      <failure type=\"coverage\" message=\"{}% of rules exercised\">{}</failure>\n    </testcase>",
                    cov.percent(),
                    xml(&coverage_table(cov, r.min_coverage))
                );
            } else {
                let _ = writeln!(s, "{head}/>");
            }
        }
        let _ = writeln!(s, "  </testsuite>");
    }
    s.push_str("</testsuites>\n");
    s
}
