//! The last good state of a watch session and how one batch of changes updates it.
//!
//! Every file keeps its last good version: a rule set or case file whose edit does not parse
//! or validate reports its diagnostics and keeps scoring with the version before, so the next
//! good save is compared with the last good evaluation. Only what changed is re-read (files
//! whose content hash differs), and only cases whose case or rule set changed are re-scored.

use super::events::{Changes, Scope};
use crate::compare::round::{Added, Round};
use crate::compare::{self, Scored};
use crate::diagnostic::codes::CaseCode;
use crate::diagnostic::{Diagnostic, Severity};
use crate::evaluate::{self, Options};
use crate::i18n::msg;
use crate::load::{self, RULES_FILE};
use crate::model::{Case, Rules};
use crate::outcome::{Outcome, RulesId};
use crate::pipeline::rule_sets;
use rayon::prelude::*;
use rust_decimal::Decimal;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

/// What a session watches and scores.
#[derive(Debug, Clone)]
pub struct Config {
    /// Score every case under this rule set directory (else each under its own).
    pub rules: Option<PathBuf>,
    /// Where rule sets named by id are found.
    pub rules_root: PathBuf,
    /// Case files and directories, as given.
    pub cases: Vec<PathBuf>,
    /// Compare each evaluation with this rule set too.
    pub baseline: Option<Rules>,
}

type Hash = [u8; 32];

#[derive(Debug, Default)]
struct RuleEntry {
    /// The last version that validated.
    good: Option<Rules>,
    /// Absolute paths it is read from (rule files of the chain, script candidates).
    files: BTreeSet<PathBuf>,
    /// Hash of what the rule set means: the resolved rules (comments and layout gone) and its
    /// scripts. A save that leaves it unchanged (a comment, a reformat) re-scores nothing.
    meaning: Option<Hash>,
}

#[derive(Debug)]
struct CaseEntry {
    /// The last version that validated.
    case: Option<Case>,
    /// The file exists.
    present: bool,
    /// Its last outcome and the rule set that produced it (kept when the file goes away, so
    /// a file deleted and recreated is compared with what it was).
    outcome: Option<(Rules, Outcome)>,
    /// Its outcome under the baseline rule set.
    baseline: Option<Outcome>,
    /// The directory of the rule set it is scored under (none: it names none that exists).
    key: Option<PathBuf>,
}

/// The state of a watch session.
#[derive(Debug)]
pub struct State {
    config: Config,
    cwd: PathBuf,
    roots: Vec<PathBuf>,
    explicit: BTreeSet<PathBuf>,
    hashes: HashMap<PathBuf, Option<Hash>>,
    rules: BTreeMap<PathBuf, RuleEntry>,
    cases: BTreeMap<PathBuf, CaseEntry>,
    round: usize,
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_owned())
}

fn hash(bytes: &[u8]) -> Hash {
    Sha256::digest(bytes).into()
}

/// Findings too (#16): the round counts the forms with errors and warnings, as `score` reports
/// them, and `watch --once` exits 1 on an error as `score` does.
const OPTIONS: Options = Options {
    trace: false,
    scores_only: false,
};

impl State {
    /// A session over `config`; nothing is read until [`State::start`].
    pub fn new(config: Config) -> State {
        let cwd = std::env::current_dir().unwrap_or_default();
        let given = if config.cases.is_empty() {
            vec![PathBuf::from("cases")]
        } else {
            config.cases.clone()
        };
        let (files, roots): (Vec<PathBuf>, Vec<PathBuf>) =
            given.iter().map(|p| absolute(p)).partition(|p| p.is_file());
        State {
            config,
            cwd,
            roots,
            explicit: files.into_iter().collect(),
            hashes: HashMap::new(),
            rules: BTreeMap::new(),
            cases: BTreeMap::new(),
            round: 0,
        }
    }

    /// The first evaluation: reads every case and the rule sets they need.
    pub fn start(&mut self) -> Round {
        self.update(&Changes {
            rescan: true,
            ..Changes::default()
        })
    }

    /// What is watched, for [`super::events::classify`].
    pub fn scope(&self) -> Scope {
        Scope {
            rule_files: self
                .rules
                .values()
                .flat_map(|e| e.files.iter().cloned())
                .collect(),
            case_roots: self.roots.clone(),
            case_files: self.explicit.clone(),
        }
    }

    /// The directories to watch (and whether recursively): case roots, the directories of
    /// case files named one by one and of every rule file and script. Directories, never
    /// files: an editor's rename-into-place would silence a watch on the file.
    pub fn watch_dirs(&self) -> BTreeMap<PathBuf, bool> {
        let mut dirs = BTreeMap::new();
        let scope = self.scope();
        for f in scope.rule_files.iter().chain(&scope.case_files) {
            if let Some(d) = f.parent().filter(|d| d.is_dir()) {
                dirs.entry(d.to_owned()).or_insert(false);
            }
        }
        for r in &self.roots {
            if r.is_dir() {
                dirs.insert(r.clone(), true);
            }
        }
        dirs
    }

    fn display(&self, abs: &Path) -> PathBuf {
        abs.strip_prefix(&self.cwd)
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| abs.to_owned())
    }

    /// Applies a batch of changes: re-reads the candidate files whose content changed,
    /// re-resolves the rule sets they belong to, re-scores what they affect and compares with
    /// the previous good evaluation.
    pub fn update(&mut self, changes: &Changes) -> Round {
        let start = Instant::now();
        self.round += 1;
        let mut round = Round {
            number: self.round,
            ..Round::default()
        };
        let scope = self.scope();
        let candidates = self.candidates(changes, &scope);

        // Read and compare content hashes: only what really changed goes on.
        let mut rule_files = BTreeSet::new();
        let mut case_files = Vec::new();
        for p in candidates {
            // Capped like every rule and case file (a larger one reads as absent).
            let bytes = load::read_capped(&p, load::MAX_SOURCE_BYTES).ok();
            let h = bytes.as_deref().map(hash);
            if self.hashes.get(&p) == Some(&h) {
                continue;
            }
            self.hashes.insert(p.clone(), h);
            let is_case = scope.is_case(&p);
            if h.is_some() || self.cases.get(&p).is_some_and(|c| c.present) || !is_case {
                round.changed.push(self.display(&p).display().to_string());
            }
            if scope.rule_files.contains(&p) {
                rule_files.insert(p.clone());
            }
            if is_case {
                case_files.push((p, bytes));
            }
        }
        let (changed_cases, back) = self.read_cases(case_files, &mut round);

        // Rule sets: those whose files changed, and those newly needed by a case.
        let mut dirty: BTreeSet<PathBuf> = self
            .rules
            .iter()
            .filter(|(_, e)| !e.files.is_disjoint(&rule_files))
            .map(|(k, _)| k.clone())
            .collect();
        // Only a case just read can name another rule set.
        let mut keys = Vec::new();
        for p in &changed_cases {
            if let Some(case) = self.cases.get(p).and_then(|c| c.case.as_ref()) {
                let key = self.key(case, true, &mut round);
                if let Some(k) = &key
                    && !self.rules.contains_key(k)
                {
                    dirty.insert(k.clone());
                }
                keys.push((p, key));
            }
        }
        for (p, key) in keys {
            if let Some(c) = self.cases.get_mut(p) {
                c.key = key;
            }
        }
        // The rule sets that case files still to be fixed name: read now, so the screen
        // names them and says what is wrong in them (a case never good has no `case`).
        for e in self
            .cases
            .values()
            .filter(|e| e.present && e.case.is_none())
        {
            if let Some(k) = e.key.as_ref().filter(|k| !self.rules.contains_key(*k)) {
                dirty.insert(k.clone());
            }
        }
        for key in dirty {
            self.reload_rules(&key, &mut round);
        }

        self.score(&changed_cases, &back, &mut round);
        round.elapsed = start.elapsed();
        round
    }

    /// The candidate files of a batch: its files, the case files in directories that came or
    /// went, everything on a rescan.
    fn candidates(&self, changes: &Changes, scope: &Scope) -> BTreeSet<PathBuf> {
        let mut out: BTreeSet<PathBuf> = changes.files.clone();
        let walk = |dir: &Path, out: &mut BTreeSet<PathBuf>| {
            if dir.is_dir()
                && let Ok(files) = load::case_files(&[dir.to_owned()])
            {
                out.extend(files.into_iter().filter(|f| scope.relevant(f)));
            }
        };
        for d in &changes.dirs {
            walk(d, &mut out);
            out.extend(self.cases.keys().filter(|k| k.starts_with(d)).cloned());
        }
        if changes.rescan {
            for r in &self.roots {
                walk(r, &mut out);
            }
            out.extend(self.explicit.iter().cloned());
            out.extend(self.cases.keys().cloned());
            out.extend(scope.rule_files.iter().cloned());
        }
        out
    }

    /// Validates changed case files in parallel; returns the ones with a new good version.
    fn read_cases(
        &mut self,
        files: Vec<(PathBuf, Option<Vec<u8>>)>,
        round: &mut Round,
    ) -> (BTreeSet<PathBuf>, BTreeSet<PathBuf>) {
        let cwd = &self.cwd;
        let parsed: Vec<_> = files
            .into_par_iter()
            .map(|(p, bytes)| {
                let name = p.strip_prefix(cwd).unwrap_or(&p).display().to_string();
                let v = bytes.map(|b| {
                    rule_sets::case_from_bytes(Path::new(&name), b).unwrap_or_else(|e| {
                        crate::validate::Validated {
                            value: None,
                            diagnostics: vec![Diagnostic::error(
                                crate::diagnostic::DiagnosticCode::Io,
                                e.to_string(),
                            )],
                        }
                    })
                });
                (p, name, v)
            })
            .collect();
        let mut changed = BTreeSet::new();
        let mut back = BTreeSet::new();
        for (p, name, v) in parsed {
            let Some(mut v) = v else {
                if let Some(e) = self.cases.get_mut(&p)
                    && e.present
                {
                    e.present = false;
                    round.removed.push(name);
                }
                continue;
            };
            // A case file that does not validate still names its rule set (tester s8 F7):
            // the rule set is read, so the screen names it, and the case waits for its fix.
            let named = match &v.value {
                Some(_) => None,
                None => self.config.rules.clone().or_else(|| {
                    v.diagnostics.iter().find_map(|d| {
                        let (source, _) = d.source.as_ref()?;
                        self.named_key(named_rule_set(&source.text)?)
                    })
                }),
            };
            round.diagnostics.append(&mut v.diagnostics);
            let entry = self.cases.entry(p.clone()).or_insert(CaseEntry {
                case: None,
                present: true,
                outcome: None,
                baseline: None,
                key: None,
            });
            if !entry.present && entry.outcome.is_some() {
                back.insert(p.clone());
            }
            entry.present = true;
            match v.value {
                Some(case) => {
                    entry.case = Some(case);
                    changed.insert(p);
                }
                None => {
                    if entry.case.is_none() {
                        entry.key = named;
                    }
                    round.failed_case(name, entry.case.is_some());
                }
            }
        }
        (changed, back)
    }

    /// The rule set directory a case file that does not validate would be scored under, by
    /// the id its `[form]` names (none when that rule set does not exist).
    fn named_key(&self, id: &str) -> Option<PathBuf> {
        let dir = self.config.rules_root.join(id);
        (dir.join(RULES_FILE).is_file() || self.rules.contains_key(&dir)).then_some(dir)
    }

    /// The rule set directory a case is scored under; reports why there is none when the
    /// case was just read.
    fn key(&self, case: &Case, fresh: bool, round: &mut Round) -> Option<PathBuf> {
        if let Some(dir) = &self.config.rules {
            return Some(dir.clone());
        }
        let Some((id, span)) = &case.rules else {
            if fresh {
                let sets =
                    crate::pipeline::rule_sets::Catalog::new(&self.config.rules_root).every();
                round
                    .diagnostics
                    .push(crate::pipeline::rule_sets::no_rules(case, &sets));
            }
            return None;
        };
        let dir = self.config.rules_root.join(id);
        if !dir.join(RULES_FILE).is_file() && !self.rules.contains_key(&dir) {
            if fresh {
                round.diagnostics.push(
                    Diagnostic::error(
                        CaseCode::UnknownRules,
                        msg!(
                            "case-unknown-rules",
                            id = id,
                            root = self.config.rules_root.display().to_string()
                        ),
                    )
                    .at(&case.source, span.clone()),
                );
            }
            return None;
        }
        Some(dir)
    }

    /// Re-resolves and re-validates a rule set; keeps the last good version when it fails.
    fn reload_rules(&mut self, key: &Path, round: &mut Round) {
        let own = absolute(&key.join(RULES_FILE));
        let entry = self.rules.entry(key.to_owned()).or_default();
        entry.files.insert(own.clone());
        let read = match rule_sets::read_rule_set(key) {
            Ok(r) => r,
            Err(e) => {
                self.hashes.entry(own).or_insert(None);
                round.diagnostics.push(Diagnostic::error(
                    crate::diagnostic::DiagnosticCode::Io,
                    e.to_string(),
                ));
                let had_good = entry.good.is_some();
                round.failed(key.join(RULES_FILE).display().to_string(), had_good);
                return;
            }
        };
        let (resolved, scripts, v) = (read.resolved, read.scripts, read.validated);
        // Record what was read, so the events this read answers are recognised as no change.
        let mut files = BTreeSet::new();
        for f in &resolved.files {
            let p = absolute(Path::new(&f.name));
            self.hashes.insert(p.clone(), Some(hash(f.text.as_bytes())));
            files.insert(p);
        }
        // Every place a script the rule set names may be saved.
        let mut meaning = vec![hash(resolved.text().as_bytes())];
        for dir in resolved
            .files
            .iter()
            .filter_map(|f| Path::new(&f.name).parent())
        {
            for name in &scripts.names {
                let p = absolute(&dir.join(name));
                let h = std::fs::read(&p).ok().map(|b| hash(&b));
                meaning.push(h.unwrap_or_default());
                self.hashes.insert(p.clone(), h);
                files.insert(p);
            }
        }
        files.insert(own);
        round.diagnostics.extend(v.diagnostics);
        let entry = self.rules.entry(key.to_owned()).or_default();
        entry.files = files;
        match v.value {
            Some(set) => {
                let meaning = Some(hash(format!("{meaning:?}").as_bytes()));
                // Same meaning as the last good version: keep it, so no case goes stale.
                if entry.good.is_none() || entry.meaning != meaning {
                    entry.good = Some(Arc::new(set));
                    entry.meaning = meaning;
                }
            }
            None => {
                let had_good = entry.good.is_some();
                round.failed(key.join(RULES_FILE).display().to_string(), had_good);
            }
        }
    }

    /// Re-scores the cases whose case or rule set changed and compares with before.
    fn score(&mut self, changed: &BTreeSet<PathBuf>, back: &BTreeSet<PathBuf>, round: &mut Round) {
        let baseline = self.config.baseline.clone();
        // The cases to score, with their position in `self.cases` (iteration order): looking
        // entries up again by path cost a tenth of a 10,000-case re-score in path comparisons.
        let mut work: Vec<(usize, &PathBuf, &CaseEntry, &Case, Rules, bool)> = Vec::new();
        for (i, (p, entry)) in self.cases.iter().enumerate() {
            let (true, Some(case), Some(key)) = (entry.present, &entry.case, &entry.key) else {
                continue;
            };
            let Some(rules) = self.rules.get(key).and_then(|e| e.good.clone()) else {
                continue;
            };
            let fresh = changed.contains(p);
            let stale = entry
                .outcome
                .as_ref()
                .is_none_or(|(r, _)| !Arc::ptr_eq(r, &rules));
            if fresh || stale {
                work.push((i, p, entry, case, rules, fresh));
            }
        }
        let results: Vec<(Outcome, Option<Outcome>)> = work
            .par_iter()
            .map(|(_, _, _, case, rules, fresh)| {
                let o = evaluate::evaluate(rules, case, OPTIONS);
                let b = match &baseline {
                    Some(b) if *fresh => Some(evaluate::evaluate(b, case, OPTIONS)),
                    _ => None,
                };
                (o, b)
            })
            .collect();
        round.rescored = results.len();

        let attribute = biggest_movers(&work, &results);

        // Group by (rule set before, rule set after) and compare.
        let mut groups: Vec<(Rules, Rules, Vec<Scored>)> = Vec::new();
        for ((i, p, entry, case, rules, fresh), (o, _)) in work.iter().zip(&results) {
            if back.contains(*p) {
                round.added.push(Added {
                    file: o.file.clone(),
                    total: o.total,
                    grade: o.grade.clone(),
                });
            }
            let Some((before, old)) = &entry.outcome else {
                round.added.push(Added {
                    file: o.file.clone(),
                    total: o.total,
                    grade: o.grade.clone(),
                });
                continue;
            };
            let scored = Scored {
                case,
                before: old,
                after: o,
                attribute: !fresh && attribute.contains(i),
            };
            match groups
                .iter_mut()
                .find(|(a, b, _)| Arc::ptr_eq(a, before) && Arc::ptr_eq(b, rules))
            {
                Some(g) => g.2.push(scored),
                None => groups.push((before.clone(), rules.clone(), vec![scored])),
            }
        }
        round.moved = groups
            .iter()
            .map(|(a, b, s)| compare::diff_scored(a, b, s))
            .filter(|r| r.moved > 0 || !r.changes.is_empty() || r.findings_changed())
            .collect();
        drop(groups);

        let stored: Vec<(usize, Rules)> =
            work.iter().map(|(i, .., r, _)| (*i, r.clone())).collect();
        let mut stored = stored.into_iter().zip(results).peekable();
        for (i, e) in self.cases.values_mut().enumerate() {
            let Some(((_, rules), (o, b))) = stored.next_if(|((at, _), _)| *at == i) else {
                continue;
            };
            e.outcome = Some((rules, o));
            if b.is_some() {
                e.baseline = b;
            }
        }
        self.summarise(round);
    }

    /// Counts, grades and the comparison with the baseline.
    fn summarise(&self, round: &mut Round) {
        let mut in_use: Vec<Rules> = Vec::new();
        let mut grades: BTreeMap<Option<String>, usize> = BTreeMap::new();
        let mut against: Vec<(Rules, Vec<Scored>)> = Vec::new();
        for e in self.cases.values() {
            if e.present && e.case.is_none() {
                // A case file to fix still names the rule set in use (tester s8 F7).
                let named = e.key.as_ref().and_then(|k| self.rules.get(k));
                if let Some(r) = named.and_then(|r| r.good.as_ref())
                    && !in_use.iter().any(|x| Arc::ptr_eq(x, r))
                {
                    in_use.push(r.clone());
                }
            }
            if !e.present || e.case.is_none() {
                continue;
            }
            round.cases += 1;
            let current = e
                .key
                .as_ref()
                .and_then(|k| self.rules.get(k))
                .and_then(|r| r.good.as_ref());
            let (Some(current), Some((r, o)), Some(case)) = (current, &e.outcome, &e.case) else {
                round.unscored += 1;
                continue;
            };
            if !Arc::ptr_eq(current, r) {
                round.unscored += 1;
                continue;
            }
            *grades.entry(o.grade.clone()).or_default() += 1;
            // What `score` would report: the forms with errors, then those with warnings.
            let worst = o.findings.iter().map(|f| f.severity).max();
            match worst {
                Some(Severity::Error) => round.with_errors += 1,
                Some(Severity::Warning) => round.with_warnings += 1,
                _ => {}
            }
            if !in_use.iter().any(|x| Arc::ptr_eq(x, r)) {
                in_use.push(r.clone());
            }
            if let Some(b) = &e.baseline {
                let scored = Scored {
                    case,
                    before: b,
                    after: o,
                    attribute: false,
                };
                match against.iter_mut().find(|(x, _)| Arc::ptr_eq(x, r)) {
                    Some(g) => g.1.push(scored),
                    None => against.push((r.clone(), vec![scored])),
                }
            }
        }
        round.rule_sets = in_use
            .iter()
            .map(|r| RulesId {
                id: r.id.clone(),
                hash: r.hash.clone(),
            })
            .collect();
        let order: Vec<String> = in_use
            .iter()
            .flat_map(|r| r.grades.iter().map(|g| g.name.clone()))
            .collect();
        let mut list: Vec<(String, usize)> = grades
            .into_iter()
            .map(|(g, n)| (g.unwrap_or_else(|| "—".into()), n))
            .collect();
        list.sort_by_key(|(g, _)| order.iter().position(|x| x == g).unwrap_or(usize::MAX));
        round.grades = list;
        if let Some(b) = &self.config.baseline {
            round.baseline = against
                .iter_mut()
                .map(|(r, s)| {
                    attribute_biggest(s);
                    compare::diff_scored(b, r, s)
                })
                .collect();
        }
    }

    /// Whether any rule set has a good version (the session has something to score with).
    pub fn has_good_rules(&self) -> bool {
        self.rules.values().any(|e| e.good.is_some())
    }

    /// Whether the round reported errors.
    pub fn errors(round: &Round) -> bool {
        round
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// The rule set id a case file's `[form]` names (`rules = "anhui-2023"`), read line by line
/// from a file that does not parse: a full-width `＝` or quote on that line is read too.
fn named_rule_set(text: &str) -> Option<&str> {
    let mut in_form = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            in_form = line == "[form]";
            continue;
        }
        let Some(rest) = line.strip_prefix("rules").filter(|_| in_form) else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(value) = rest.strip_prefix(['=', '＝']) else {
            continue;
        };
        let quotes: &[char] = &['"', '“', '”', '\''];
        let id = value.trim().trim_matches(quotes).trim();
        return load::is_rule_set_id(id).then_some(id);
    }
    None
}

/// Marks the cases the baseline block lists (the biggest movers, as `compare`'s report orders
/// them) to be attributed to the rule changes since the baseline: a case's two outcomes there
/// are of the same case file, so only the rules moved it. Attribution re-scores a case once
/// per change, so the others are not.
fn attribute_biggest(scored: &mut [Scored]) {
    let mut movers: Vec<(Decimal, usize)> = scored
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                (s.after.total_or_zero() - s.before.total_or_zero()).abs(),
                i,
            )
        })
        .filter(|(d, _)| !d.is_zero())
        .collect();
    movers.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for &(_, i) in movers.iter().take(crate::compare::round::BASELINE_LISTED) {
        if let Some(s) = scored.get_mut(i) {
            s.attribute = true;
        }
    }
}

/// The cases to attribute to rule changes, by position: attribution re-scores a case once per
/// rule change, so only the cases the round lists (the biggest movers of the cases scored
/// before, as `render::watch` orders them).
fn biggest_movers(
    work: &[(usize, &PathBuf, &CaseEntry, &Case, Rules, bool)],
    results: &[(Outcome, Option<Outcome>)],
) -> BTreeSet<usize> {
    let mut movers: Vec<(Decimal, &str, usize)> = work
        .iter()
        .zip(results)
        .filter(|((.., fresh), _)| !fresh)
        .filter_map(|((i, _, entry, ..), (o, _))| {
            let (_, old) = entry.outcome.as_ref()?;
            let d = (o.total_or_zero() - old.total_or_zero()).abs();
            (!d.is_zero()).then_some((d, o.file.as_str(), *i))
        })
        .collect();
    movers.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    movers
        .iter()
        .take(crate::compare::round::LISTED)
        .map(|(_, _, i)| *i)
        .collect()
}
