//! Rule sets loaded for use: read (pure I/O, [`crate::load`]), then validated as their own
//! stage ([`crate::validate`]), found by id in a [`Catalog`] over a rules root on disk or in
//! memory. `score`, `diff`, `regress`, `check`, `rules` and the watch loop all load rule sets
//! here.

use crate::diagnostic::codes::RulesCode;
use crate::diagnostic::{Diagnostic, Reporter, did_you_mean};
use crate::i18n::msg;
use crate::load::files::{Disk, Files};
use crate::load::{self, LoadError, RULES_FILE, ScriptsRead, inherit, is_rule_set_id};
use crate::model::{Case, RuleSet, Rules};
use crate::validate::{self, Validated};
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Loads and validates the rule set in `dir` (`dir/rules.toml`), with the parents it
/// `extends` merged in (see [`inherit`]) and the script files its `[[scripts]]` name (each
/// relative to the rule file that declares it). The hash covers every file of the
/// chain and every script, so any edit changes it.
pub fn load_rule_set(dir: &Path) -> Result<Validated<RuleSet>, LoadError> {
    load_rule_set_in(&Disk, dir)
}

/// [`load_rule_set`], reading through `fs` (the disk, or memory).
pub fn load_rule_set_in(fs: &dyn Files, dir: &Path) -> Result<Validated<RuleSet>, LoadError> {
    let resolved = inherit::resolve_in(fs, dir)?;
    Ok(validate_resolved_in(fs, &resolved))
}

/// [`load_rule_set`] for a rule set a person names by its directory (`check DIR`, `score
/// --rules DIR`, `diff`, `watch`, a case's `rules = "<id>"`): its `[rule_set] id` must be the
/// directory's name ([`check_id`]). Only jixiao's own copies (`accepted/rules/<hash>/`) are
/// loaded without it.
pub fn load_named(dir: &Path) -> Result<Validated<RuleSet>, LoadError> {
    load_named_in(&Disk, dir)
}

/// [`load_named`], reading through `fs`.
fn load_named_in(fs: &dyn Files, dir: &Path) -> Result<Validated<RuleSet>, LoadError> {
    let resolved = inherit::resolve_in(fs, dir)?;
    let mut v = validate_resolved_in(fs, &resolved);
    check_id(fs, dir, &resolved, &mut v);
    Ok(v)
}

/// A rule set loaded with what was read for it: the watch loop watches those files.
#[derive(Debug)]
pub struct ReadRuleSet {
    /// The rule files of the `extends` chain, merged.
    pub resolved: inherit::Resolved,
    /// The scripts its `[[scripts]]` name, as read.
    pub scripts: ScriptsRead,
    /// The rule set, validated as [`load_rule_set`] validates it.
    pub validated: Validated<RuleSet>,
}

/// [`load_rule_set`], keeping the files it read (the watch loop's reload).
pub fn read_rule_set(dir: &Path) -> Result<ReadRuleSet, LoadError> {
    let resolved = inherit::resolve(dir)?;
    // Read even when the chain is broken: the watch loop watches the scripts named so far.
    let scripts = load::read_scripts(&resolved);
    let mut validated = validate_read(&resolved, &scripts);
    check_id(&Disk, dir, &resolved, &mut validated);
    Ok(ReadRuleSet {
        resolved,
        scripts,
        validated,
    })
}

/// Validates a resolved rule set, reading the scripts it names; diagnostics and rule
/// references point into the files the values came from.
pub fn validate_resolved(resolved: &inherit::Resolved) -> Validated<RuleSet> {
    validate_resolved_in(&Disk, resolved)
}

fn validate_resolved_in(fs: &dyn Files, resolved: &inherit::Resolved) -> Validated<RuleSet> {
    if !resolved.ok() {
        return Validated {
            value: None,
            diagnostics: with_value_help(fs, resolved),
        };
    }
    validate_read(resolved, &load::read_scripts_in(fs, resolved))
}

/// Validates a resolved rule set whose scripts were read (by [`load::read_scripts`]).
pub fn validate_read(resolved: &inherit::Resolved, scripts: &ScriptsRead) -> Validated<RuleSet> {
    if !resolved.ok() {
        return Validated {
            value: None,
            diagnostics: with_value_help(&Disk, resolved),
        };
    }
    let mut v = validate::rules::validate_full(
        &resolved.source,
        &scripts.hash,
        &|span| resolved.map(span),
        &scripts.sources,
    );
    let mut diagnostics = resolved.diagnostics.clone();
    diagnostics.extend(stale_description(resolved));
    diagnostics.extend(stale_title(resolved));
    let vocabulary = validate::vocabulary::check(resolved);
    if !vocabulary.is_empty() {
        // A band no form's word reaches: the rule set is not usable as written.
        v.value = None;
    }
    diagnostics.extend(vocabulary);
    diagnostics.append(&mut v.diagnostics);
    v.diagnostics = diagnostics;
    v
}

/// The problems that stopped a rule file from being read, an unquoted word given what the
/// rule file's checks say of it once quoted (`mode = 截尾`: `截尾` is written `truncate`, #16).
fn with_value_help(fs: &dyn Files, resolved: &inherit::Resolved) -> Vec<Diagnostic> {
    resolved
        .diagnostics
        .iter()
        .map(|d| {
            let syntax = d.code == crate::diagnostic::DiagnosticCode::from(RulesCode::Syntax);
            let help = match (&d.source, syntax) {
                (Some((source, span)), true) => value_help(fs, resolved, source, span.clone()),
                _ => None,
            };
            match help {
                Some(help) => d.clone().help(help),
                None => d.clone(),
            }
        })
        .collect()
}

/// What the checks say of the bare word at `span` of `source` (a file of the rule set's chain)
/// once quoted, asked of the whole chain: the file is read again with the word quoted in place
/// of the one on disk ([`load::files::Overlay`]), and the chain resolved and validated as any
/// rule set is. A county's file that `extends` a shipped rule set is incomplete on its own —
/// its weights and bands come from the parent — so checked alone it said nothing of the word
/// (#16). Nothing when the chain does not resolve with the word quoted either.
fn value_help(
    fs: &dyn Files,
    resolved: &inherit::Resolved,
    source: &crate::source::Source,
    span: std::ops::Range<usize>,
) -> Option<crate::i18n::Message> {
    let quoted = validate::rules::with_word_quoted(source, span.clone())?;
    let own = resolved.files.first()?;
    let dir = Path::new(&own.name).parent()?;
    let overlay = load::files::Overlay::new(fs, Path::new(&source.name), quoted);
    let again = inherit::resolve_in(&overlay, dir).ok()?;
    if !again.ok() {
        return None;
    }
    let checked = validate_read(&again, &load::read_scripts_in(&overlay, &again));
    validate::rules::quoted_word_help(&checked.diagnostics, &source.name, span.start)
}

/// A rule set found in directory `dir_id` whose `[rule_set] id` is `id`: rule sets are named
/// by their directory, so it is not used.
pub fn id_mismatch(dir_id: &str, id: &str) -> Diagnostic {
    Diagnostic::error(
        RulesCode::IdMismatch,
        msg!("rules-id-mismatch", dir = dir_id, id = id),
    )
    .help(msg!("rules-id-mismatch-help", dir = dir_id))
}

/// A rule set whose `[rule_set] id` is not its directory's name (tester s8 F3: a rule set
/// copied to a new folder keeps the old id, and every report then names the old rule set)
/// is an error at its own `id` line, said with its other problems, and the rule set is not
/// used. A directory with no name (a path the disk cannot resolve) is not checked.
fn check_id(fs: &dyn Files, dir: &Path, resolved: &inherit::Resolved, v: &mut Validated<RuleSet>) {
    let own = own_id(resolved);
    let id = match (&own, &v.value) {
        (Some((_, _, id)), _) => id.clone(),
        (None, Some(set)) => set.id.clone(),
        (None, None) => return,
    };
    let named = |p: &Path| p.file_name().and_then(|n| n.to_str()).map(str::to_owned);
    let Some(dir_name) = named(dir).or_else(|| fs.canonical(dir).as_deref().and_then(named)) else {
        return;
    };
    if id == dir_name {
        return;
    }
    let mut d = id_mismatch(&dir_name, &id);
    if let Some((file, span, _)) = own {
        d = d.at(&file, span);
    }
    v.value = None;
    // `rules::unsourced` is held back while a rule set has any other problem.
    let unsourced = crate::diagnostic::DiagnosticCode::from(RulesCode::Unsourced);
    v.diagnostics.retain(|d| d.code != unsourced);
    v.diagnostics.insert(0, d);
}

/// The rule set's own `id` in the first file of its chain: where it stands and what it says;
/// none when the id is inherited or the file does not parse.
fn own_id(resolved: &inherit::Resolved) -> Option<(crate::source::Source, Range<usize>, String)> {
    #[derive(serde::Deserialize)]
    struct Top {
        rule_set: Head,
    }
    #[derive(serde::Deserialize)]
    struct Head {
        id: Option<toml::Spanned<String>>,
    }
    let own = resolved.files.first()?;
    let head: Top = toml::from_str(&own.text).ok()?;
    let id = head.rule_set.id?;
    Some((own.clone(), id.span(), id.into_inner()))
}

/// The directory of a rule set given as a directory or as an id under `root`; reports a
/// diagnostic and returns none when there is none.
pub fn rule_dir(arg: &str, root: &Path, report: &mut dyn Reporter) -> Option<PathBuf> {
    let as_path = PathBuf::from(arg);
    if as_path.join(RULES_FILE).is_file() {
        return Some(as_path);
    }
    let dir = root.join(arg);
    if dir.join(RULES_FILE).is_file() {
        return Some(dir);
    }
    let ids = Catalog::new(root).ids();
    let help = match did_you_mean(arg, ids.iter().map(String::as_str)) {
        Some(m) => msg!("did-you-mean", name = m),
        None => msg!(
            "case-rule-sets-under",
            root = root.display().to_string(),
            ids = ids.join(", ")
        ),
    };
    report.diagnostic(
        &Diagnostic::error(
            RulesCode::UnknownRules,
            msg!(
                "rules-unknown-rule-set",
                arg = arg,
                file = RULES_FILE,
                root = root.display().to_string()
            ),
        )
        .help(help),
    );
    None
}

/// Loads a rule set by id or directory.
pub fn load_arg(arg: &str, root: &Path, report: &mut dyn Reporter) -> Option<Rules> {
    let dir = rule_dir(arg, root, report)?;
    super::corpus::load_rules(&dir, report)
}

/// Loads and validates a case file.
pub fn load_case(path: &Path) -> Result<Validated<Case>, LoadError> {
    let source = load::read_source(path)?;
    Ok(validate::case::validate(&source))
}

/// [`load_case`] for a file already read (the watch loop reads the bytes itself, to hash
/// them); `path` names it in diagnostics.
pub fn case_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Validated<Case>, LoadError> {
    let source = load::source_from_bytes(path, bytes)?;
    Ok(validate::case::validate(&source))
}

/// A child rule set that changes rules but keeps its parent's `description` (#19): the
/// description then says what the parent does, not what the child does.
fn stale_description(resolved: &inherit::Resolved) -> Option<Diagnostic> {
    #[derive(serde::Deserialize)]
    struct Top {
        rule_set: Head,
    }
    #[derive(serde::Deserialize)]
    struct Head {
        description: Option<toml::Spanned<String>>,
        extends: Option<toml::Spanned<String>>,
    }
    let own = resolved.files.first()?;
    let parent = resolved.files.get(1)?;
    let merged: Top = toml::from_str(&resolved.source.text).ok()?;
    let (from, _) = resolved.map(merged.rule_set.description?.span());
    if from.name == own.name {
        return None;
    }
    let child: toml::Table = toml::from_str(&own.text).ok()?;
    let changes_rules = child.keys().any(|k| k != "rule_set" && k != "policy");
    if !changes_rules {
        return None;
    }
    let head: Top = toml::from_str(&own.text).ok()?;
    let at = head.rule_set.extends?.span();
    Some(
        Diagnostic::warning(
            RulesCode::StaleDescription,
            msg!("rules-stale-description", parent = &parent.name),
        )
        .at(own, at)
        .help(msg!("rules-stale-description-help")),
    )
}

/// A child rule set of another `year` that keeps its parent's `title`, when that title names
/// the parent's year (`…评分规则(2023年度)` over `year = 2024`, tester s12b N4): every list of
/// rule sets and every report would show the old year.
fn stale_title(resolved: &inherit::Resolved) -> Option<Diagnostic> {
    #[derive(serde::Deserialize)]
    struct Top {
        rule_set: Head,
    }
    #[derive(serde::Deserialize)]
    struct Head {
        title: Option<toml::Spanned<String>>,
        year: Option<toml::Spanned<i64>>,
    }
    let own = resolved.files.first()?;
    let merged: Top = toml::from_str(&resolved.source.text).ok()?;
    let title = merged.rule_set.title?;
    let (from, _) = resolved.map(title.span());
    if from.name == own.name {
        return None;
    }
    let head: Top = toml::from_str(&own.text).ok()?;
    let year = head.rule_set.year?;
    let parent: Top = toml::from_str(&from.text).ok()?;
    let parent_year = parent.rule_set.year?.into_inner();
    if parent_year == *year.get_ref() || !title.get_ref().contains(&parent_year.to_string()) {
        return None;
    }
    Some(
        Diagnostic::warning(
            RulesCode::StaleDescription,
            msg!(
                "rules-stale-title",
                title = title.get_ref().as_str(),
                year = year.get_ref().to_string()
            ),
        )
        .at(own, year.span())
        .help(msg!(
            "rules-stale-title-help",
            title = title
                .get_ref()
                .replace(&parent_year.to_string(), &year.get_ref().to_string())
        )),
    )
}

/// The rule set `import --rules` writes into each case file ([`rule_set_to_write`]).
#[derive(Debug)]
pub struct Written {
    /// The id written (`[form] rules`).
    pub id: String,
    /// What to say: the rule set is not under the rules root, so `score` and `watch` need
    /// `--rules-root` to find it.
    pub note: Option<crate::i18n::Message>,
}

/// What `import --rules` writes into each case file (#16 s9 F10): a case file names its rule
/// set by id only (a path there is refused: nothing outside the rules root is read), so a
/// rule set given as a directory is written as its id — the directory's name, which its
/// `[rule_set] id` must be — with a note naming the `--rules-root` to score with when the
/// directory is not under `root`; an id that is not under `root` is refused now, not at
/// `score`.
pub fn rule_set_to_write(rules: &str, root: &Path) -> Result<Written, Diagnostic> {
    let by_id = is_rule_set_id(rules) && root.join(rules).join(RULES_FILE).is_file();
    if by_id {
        return Ok(Written {
            id: rules.to_owned(),
            note: None,
        });
    }
    let dir = Path::new(rules);
    if !dir.join(RULES_FILE).is_file() {
        return Err(match is_rule_set_id(rules) {
            true => super::corpus::unknown_rules(rules, &Catalog::new(root).ids(), root),
            false => Diagnostic::error(
                crate::diagnostic::codes::CaseCode::UnknownRules,
                msg!("import-rules-not-a-rule-set", dir = rules),
            )
            .help(msg!("import-rules-not-a-rule-set-help")),
        });
    }
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_owned());
    let id = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let under_root = root
        .join(&id)
        .canonicalize()
        .is_ok_and(|there| there == dir);
    let note = (!under_root).then(|| {
        let parent = dir.parent().unwrap_or(&dir).display().to_string();
        msg!(
            "import-rules-outside-root",
            id = id.as_str(),
            dir = rules,
            root = root.display().to_string(),
            parent = parent
        )
    });
    Ok(Written { id, note })
}

/// Rule sets found by id under a root directory (`rules/<id>/rules.toml`), loaded on first use.
pub struct Catalog {
    root: PathBuf,
    files: Box<dyn Files>,
    loaded: BTreeMap<String, Option<Rules>>,
    /// The diagnostics of rule sets loaded by [`Catalog::every`], handed out by their first
    /// [`Catalog::get`].
    unsaid: BTreeMap<String, Vec<Diagnostic>>,
}

impl Catalog {
    /// A catalog over `root` on disk.
    pub fn new(root: impl Into<PathBuf>) -> Catalog {
        Catalog::over(Disk, root)
    }

    /// A catalog over `root`, read through `files` (the disk, or [`crate::load::files::Memory`]).
    pub fn over(files: impl Files + 'static, root: impl Into<PathBuf>) -> Catalog {
        Catalog {
            root: root.into(),
            files: Box::new(files),
            loaded: BTreeMap::new(),
            unsaid: BTreeMap::new(),
        }
    }

    /// The rule sets loaded so far.
    pub fn loaded(&self) -> impl Iterator<Item = &Rules> {
        self.loaded.values().flatten()
    }

    /// The ids of the rule sets under the root (directory names holding a rules.toml).
    pub fn ids(&self) -> Vec<String> {
        self.files.rule_set_ids(&self.root)
    }

    /// Every rule set under the root, by id, each with its rules when it validates (`jixiao
    /// rules list`, and the sets offered to a file of forms given without `--rules`).
    pub fn every(&mut self) -> Vec<(String, Option<Rules>)> {
        self.ids()
            .into_iter()
            .map(|id| {
                let first = !self.loaded.contains_key(&id);
                let lookup = self.get(&id);
                if first {
                    self.unsaid.insert(id.clone(), lookup.diagnostics);
                }
                (id, lookup.rules)
            })
            .collect()
    }

    /// The rule set with this id. The first lookup of an id also returns its diagnostics
    /// (warnings of a usable set, errors of a broken one); later lookups return none.
    pub fn get(&mut self, id: &str) -> Lookup {
        if let Some(r) = self.loaded.get(id) {
            return Lookup {
                found: true,
                rules: r.clone(),
                diagnostics: self.unsaid.remove(id).unwrap_or_default(),
            };
        }
        let dir = self.root.join(id);
        if !is_rule_set_id(id) || !self.files.is_file(&dir.join(RULES_FILE)) {
            return Lookup {
                found: false,
                rules: None,
                diagnostics: Vec::new(),
            };
        }
        let (rules, diagnostics) = match load_named_in(self.files.as_ref(), &dir) {
            Ok(v) => match v.value {
                Some(set) => (Some(Arc::new(set)), v.diagnostics),
                None => (None, v.diagnostics),
            },
            Err(e) => (
                None,
                vec![Diagnostic::error(
                    crate::diagnostic::DiagnosticCode::Io,
                    e.to_string(),
                )],
            ),
        };
        self.loaded.insert(id.to_owned(), rules.clone());
        Lookup {
            found: true,
            rules,
            diagnostics,
        }
    }
}

/// The rule sets that suit forms of these titles and years ([`crate::evaluate::suits`]: the
/// template the title names, a rule year not after the form's), for each kind of form the latest
/// of them in each jurisdiction (rules stay in force until replaced; the form does not say its
/// province, so a Guangdong form of 2022 is offered the central rules beside Anhui's, tester
/// s15r N6), in id order. A constructed example (`example = true`) is never offered: it is no
/// jurisdiction's rules.
pub fn suited<'a>(
    sets: &'a [(String, Option<Rules>)],
    forms: &[(String, Option<i64>)],
) -> Vec<&'a Rules> {
    let mut chosen: Vec<&Rules> = Vec::new();
    for (title, year) in forms {
        let fit: Vec<&Rules> = sets
            .iter()
            .filter_map(|(_, r)| r.as_ref())
            .filter(|r| !r.example && crate::evaluate::suits(r, title, *year))
            .collect();
        let latest = |j: &str| {
            fit.iter()
                .filter(|r| r.jurisdiction == j)
                .map(|r| r.year)
                .max()
        };
        for r in fit
            .iter()
            .filter(|r| Some(r.year) == latest(&r.jurisdiction))
        {
            if !chosen.iter().any(|c| c.id == r.id) {
                chosen.push(r);
            }
        }
    }
    chosen.sort_by(|a, b| a.id.cmp(&b.id));
    chosen
}

/// Why a rule set does not fit a form as the advice ([`suited`]) would have it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Misfit {
    /// Its year is after the form's.
    Later,
    /// It is written for another template than the form's title names.
    Template,
    /// A rule set of its jurisdiction that suits the form is of a later year (this id).
    Newer(String),
}

/// Whether `set` fits a form of this title and year as the advice ([`suited`]) would have it,
/// and if not why: it must suit the form ([`crate::evaluate::suits`]), and no rule set of
/// `sets` of its jurisdiction that suits the form may be of a later year (anhui-2022 does not
/// fit a 2023 form while anhui-2023 is there: tester s15r N10). A constructed example is
/// never the later one: it is chosen on purpose.
pub fn misfit(
    set: &RuleSet,
    sets: &[(String, Option<Rules>)],
    title: &str,
    year: Option<i64>,
) -> Option<Misfit> {
    if !crate::evaluate::suits(set, title, year) {
        let later = set.year > 0 && year.is_some_and(|y| set.year > y);
        return Some(if later {
            Misfit::Later
        } else {
            Misfit::Template
        });
    }
    sets.iter()
        .filter_map(|(_, r)| r.as_ref())
        .filter(|r| {
            !r.example
                && r.jurisdiction == set.jurisdiction
                && r.year > set.year
                && crate::evaluate::suits(r, title, year)
        })
        .max_by_key(|r| r.year)
        .map(|r| Misfit::Newer(r.id.clone()))
}

/// The error for a case that names no rule set, its help naming the rule sets of `sets` that
/// suit it ([`choose_rules_help`]).
pub fn no_rules(case: &Case, sets: &[(String, Option<Rules>)]) -> Diagnostic {
    let scored = case
        .indicators
        .iter()
        .any(|i| matches!(i.points.1, crate::model::Number::Value(_)));
    let form = (
        crate::evaluate::kind_title(&case.title.text, scored),
        crate::evaluate::form_year(case),
    );
    Diagnostic::error(
        crate::diagnostic::codes::CaseCode::NoRules,
        msg!("case-no-rules"),
    )
    .at(&case.source, 0..0)
    .help(choose_rules_help(sets, &[form], NamedIn::CaseFile))
}

/// Where the rule set a form is scored with is to be named: on the command line only (a file
/// of forms), or also in the case file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedIn {
    /// `jixiao score FILE` of forms: `--rules ID`.
    CommandLine,
    /// A case file: `rules = "ID"` under `[form]`, or `--rules ID`.
    CaseFile,
}

/// The help for forms that name no rule set (tester s15: an officer does not know the ids):
/// the rule sets whose year and template suit the forms ([`suited`]) with their titles, and how
/// to name one; or, when none suits, where to find them all.
pub fn choose_rules_help(
    sets: &[(String, Option<Rules>)],
    forms: &[(String, Option<i64>)],
    named_in: NamedIn,
) -> crate::i18n::Message {
    let suits = suited(sets, forms);
    let Some(first) = suits.first() else {
        return match named_in {
            NamedIn::CommandLine => msg!("rules-choose-forms"),
            NamedIn::CaseFile => msg!("rules-choose-case"),
        };
    };
    let mut years: Vec<i64> = forms.iter().filter_map(|(_, y)| *y).collect();
    years.sort_unstable();
    years.dedup();
    let years = match years.as_slice() {
        [] => msg!("rules-suited-no-year"),
        ys => crate::i18n::Message::verbatim(
            ys.iter().map(i64::to_string).collect::<Vec<_>>().join("、"),
        ),
    };
    // One set is named with its title; several with their jurisdiction, which the officer
    // chooses by, so the line stays short enough to read (tester s15r N6: seven titles).
    let named = crate::i18n::list(suits.iter().map(|r| {
        let words = match (suits.len(), r.jurisdiction.trim()) {
            (1, _) | (_, "") => r.title.as_str(),
            (_, jurisdiction) => jurisdiction,
        };
        msg!("rules-suited-set", id = r.id.as_str(), title = words)
    }));
    match named_in {
        NamedIn::CommandLine => msg!(
            "rules-suited-forms",
            years = years,
            sets = named,
            count = suits.len(),
            id = first.id.as_str()
        ),
        NamedIn::CaseFile => msg!(
            "rules-suited-case",
            years = years,
            sets = named,
            count = suits.len(),
            id = first.id.as_str()
        ),
    }
}

/// The answer of [`Catalog::get`].
#[derive(Debug)]
pub struct Lookup {
    /// A directory for the id exists.
    pub found: bool,
    /// The rule set, when it validated.
    pub rules: Option<Rules>,
    /// Diagnostics, on the first lookup only.
    pub diagnostics: Vec<Diagnostic>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("root", &self.root)
            .field("loaded", &self.loaded.keys().collect::<Vec<_>>())
            .finish()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::load::files::Memory;

    /// Every file under `dir`, as a [`Memory`] with the same relative paths.
    fn memory_copy(dir: &Path, mut m: Memory) -> Memory {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                m = memory_copy(&p, m);
            } else if let Ok(text) = std::fs::read_to_string(&p) {
                m = m.with(&p, text);
            }
        }
        m
    }

    fn plain(ds: &[Diagnostic]) -> Vec<String> {
        ds.iter().map(Diagnostic::render_plain).collect()
    }

    /// A rule set with a warning: `every` loads it, and its first `get` still hands the
    /// warning out (a score that looked at the list first must not lose it).
    #[test]
    fn every_keeps_diagnostics_for_the_first_get() {
        let memory = memory_copy(Path::new("rules"), Memory::new());
        let mut listed = Catalog::over(memory.clone(), "rules");
        let mut fresh = Catalog::over(memory, "rules");
        let sets = listed.every();
        assert_eq!(sets.len(), fresh.ids().len());
        for (id, rules) in &sets {
            assert!(rules.is_some(), "{id}");
            let (l, f) = (listed.get(id), fresh.get(id));
            assert_eq!(plain(&l.diagnostics), plain(&f.diagnostics), "{id}");
            assert!(listed.get(id).diagnostics.is_empty(), "{id}");
        }
    }

    /// The rule sets offered to a form: in each jurisdiction the latest year not after the
    /// form's, of the form's template; the latest of its template when the form names no year.
    #[test]
    fn the_rule_sets_suited_to_a_form_are_the_latest_of_its_kind() {
        let sets = Catalog::new("rules").every();
        let ids = |title: &str, year: Option<i64>| -> Vec<String> {
            suited(&sets, &[(title.to_owned(), year)])
                .iter()
                .map(|r| r.id.clone())
                .collect()
        };
        assert_eq!(
            ids("项目支出绩效自评表", Some(2022)),
            ["anhui-2022", "central-2020", "national-2020"]
        );
        assert_eq!(ids("项目支出绩效自评表", Some(2019)), ["central-2016"]);
        // Constructed examples (`example = true`) are never offered (tester s15r N6).
        assert_eq!(
            ids("项目支出绩效自评表", Some(2023)),
            [
                "anhui-2023",
                "central-2020",
                "hb-module",
                "national-2020",
                "sichuan-2023"
            ]
        );
        assert_eq!(ids("项目支出绩效自评表", Some(2015)), Vec::<String>::new());
        assert_eq!(
            ids("部门预算项目支出绩效自评表（2023年度）", Some(2023)),
            ["sichuan-2023"]
        );
        assert_eq!(
            ids("2020年度县级专项资金绩效目标自评表", Some(2020)),
            ["hunan-2020-target"]
        );
        assert_eq!(
            ids("部门（单位）整体支出绩效自评表", Some(2023)),
            ["department-overall"]
        );
        let any_year = ids("项目支出绩效自评表", None);
        assert!(any_year.contains(&"anhui-2023".to_owned()), "{any_year:?}");
        assert!(
            !any_year.contains(&"central-2016".to_owned()),
            "{any_year:?}"
        );
        assert!(
            !any_year.contains(&"hunan-2020-target".to_owned()),
            "{any_year:?}"
        );
    }

    /// Why a rule set named for a form does not fit it (tester s15r N10): an older set of a
    /// jurisdiction with one for the form's year, a later year, another template; a
    /// constructed example fits as its parent does.
    #[test]
    fn a_rule_set_that_does_not_fit_a_form_says_why() {
        let sets = Catalog::new("rules").every();
        let set = |id: &str| {
            sets.iter()
                .find(|(i, _)| i == id)
                .and_then(|(_, r)| r.clone())
                .unwrap()
        };
        let form = "项目支出绩效自评表";
        assert_eq!(
            misfit(&set("anhui-2022"), &sets, form, Some(2023)),
            Some(Misfit::Newer("anhui-2023".to_owned()))
        );
        assert_eq!(misfit(&set("anhui-2022"), &sets, form, Some(2022)), None);
        assert_eq!(
            misfit(&set("anhui-2023"), &sets, form, Some(2022)),
            Some(Misfit::Later)
        );
        assert_eq!(
            misfit(&set("hunan-2020-target"), &sets, form, Some(2020)),
            Some(Misfit::Template)
        );
        assert_eq!(
            misfit(&set("anhui-2023-local"), &sets, form, Some(2023)),
            None
        );
        assert_eq!(misfit(&set("central-2020"), &sets, form, Some(2023)), None);
    }

    #[test]
    fn every_shipped_rule_set_loads_the_same_from_memory_as_from_disk() {
        let memory = memory_copy(Path::new("rules"), Memory::new());
        let mut disk = Catalog::new("rules");
        let mut mem = Catalog::over(memory, "rules");
        let ids = disk.ids();
        assert!(ids.len() > 5, "{ids:?}");
        assert_eq!(mem.ids(), ids);
        for id in &ids {
            let (d, m) = (disk.get(id), mem.get(id));
            let hash = |l: &Lookup| l.rules.as_ref().map(|r| (r.id.clone(), r.hash.clone()));
            assert!(d.rules.is_some(), "{id}");
            assert_eq!(hash(&m), hash(&d), "{id}");
            assert_eq!(plain(&m.diagnostics), plain(&d.diagnostics), "{id}");
        }
    }

    /// #16 item 3: a bare `截尾` in a file that `extends` a shipped rule set is worded through
    /// the chain; the file alone, incomplete without its parent, says nothing of the word.
    #[test]
    fn an_unquoted_word_is_worded_through_extends() {
        let child = "[rule_set]\nid = \"c\"\nextends = \"anhui-2023\"\n\n[rounding]\nindicator = { places = 2, mode = 截尾 }\n";
        let files = memory_copy(Path::new("rules/anhui-2023"), Memory::new())
            .with("rules/c/rules.toml", child);
        let v = load_rule_set_in(&files, Path::new("rules/c")).unwrap();
        let syntax = v.diagnostics.first().unwrap();
        let help = syntax.help.as_ref().unwrap().render(crate::i18n::Lang::En);
        assert!(help.contains("`截尾` as `truncate`"), "{help}");
        let (source, span) = syntax.source.clone().unwrap();
        assert!(validate::rules::value_help(&source, span).is_none());
    }

    #[test]
    fn a_rule_set_in_memory_reports_its_mistakes_where_they_are() {
        let files = Memory::new()
            .with("r/a/rules.toml", "[rule_set]\nid = \"b\"\n")
            .with(
                "r/c/rules.toml",
                "[rule_set]\nid = \"c\"\nextends = \"nope\"\n",
            );
        let mut catalog = Catalog::over(files, "r");
        let a = catalog.get("a");
        assert!(a.rules.is_none());
        let c = catalog.get("c");
        let codes: Vec<&str> = c.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert!(codes.contains(&"rules::extends-missing"), "{codes:?}");
        assert!(!catalog.get("x").found);
    }

    /// Tester s8 F3: a rule set copied to a new folder, its `id` left as it was, is refused
    /// when named by directory too (not only by id), at its `id` line, with the new name.
    #[test]
    fn a_rule_set_copied_to_a_new_folder_with_the_old_id_is_an_error_at_its_id() {
        let copy = |to: &str| {
            let mut m = Memory::new();
            for e in std::fs::read_dir("rules/anhui-2023/scripts").unwrap() {
                let p = e.unwrap().path();
                let name = p.file_name().unwrap();
                let text = std::fs::read_to_string(&p).unwrap();
                m = m.with(Path::new(to).join("scripts").join(name), text);
            }
            let text = std::fs::read_to_string("rules/anhui-2023/rules.toml").unwrap();
            m.with(Path::new(to).join(RULES_FILE), text)
        };
        let v = load_named_in(&copy("r/fy-2024"), Path::new("r/fy-2024")).unwrap();
        assert!(v.value.is_none());
        let codes: Vec<&str> = v.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["rules::id-mismatch"], "unsourced is held back");
        let text = std::fs::read_to_string("rules/anhui-2023/rules.toml").unwrap();
        let line = 1 + text
            .lines()
            .position(|l| l == "id = \"anhui-2023\"")
            .unwrap();
        let said = v.diagnostics[0].render_plain();
        assert!(said.contains(&format!("rules.toml:{line}:6")), "{said}");
        assert!(said.contains("id = \"fy-2024\""), "{said}");
        // The same files under the rule set's own name load.
        let ok = load_named_in(&copy("r/anhui-2023"), Path::new("r/anhui-2023")).unwrap();
        assert!(ok.value.is_some(), "{:?}", plain(&ok.diagnostics));
    }
}
