//! `jixiao check`: rule sets and case files validated, every problem reported; each case
//! cross-checked against the rule set it names, each rule set's scripts dry-run over the
//! cases, and with `against`, how many cases a rule set would move.

use crate::diagnostic::codes::{CaseCode, RulesCode};
use crate::diagnostic::{Diagnostic, Reporter, did_you_mean};
use crate::evaluate::dry_run;
use crate::i18n::msg;
use crate::load::{self, RULES_FILE};
use crate::model::{Case, RuleSet};
use crate::pipeline::Catalog;
use std::path::PathBuf;

/// What `check` is asked to check.
#[derive(Debug, Clone)]
pub struct Request {
    /// Rule set directories, rule files, case files or directories of case files (empty:
    /// `rules` and `cases`).
    pub paths: Vec<PathBuf>,
    /// Where the rule sets that cases name by id are found.
    pub rules_root: PathBuf,
    /// The cases a rule set's scripts are dry-run over (default: `cases`, when it exists).
    pub cases: Option<PathBuf>,
    /// Also compare each rule set checked with this one (an id or a directory) on those cases.
    pub against: Option<String>,
}

/// How much was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checked {
    /// Rule sets.
    pub rule_sets: usize,
    /// Case files.
    pub cases: usize,
    /// Cases the rule sets' scripts were dry-run over or `--against` compared on (tester s24
    /// D4: `0 个案卷文件` after a dry run over 14).
    pub tried: usize,
}

/// Checks the rule sets and case files `args.paths` name (default: every rule set under
/// `rules/` and every case under `cases/`), reporting every problem; returns how many of each
/// were checked.
pub fn run(args: &Request, out: &mut dyn Reporter) -> Checked {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("rules"), PathBuf::from("cases")]
    } else {
        args.paths.clone()
    };
    let (mut rule_sets, mut cases) = (0, 0);
    // The case paths named beside the rule sets are the cases `--against` compares on and
    // scripts are dry-run over, unless `--cases` names others (tester s7 F5).
    let named: Vec<PathBuf> = paths
        .iter()
        .filter(|p| rule_dirs(p).is_empty())
        .cloned()
        .collect();
    let mut shipped = Shipped { named, cases: None };
    let mut catalog = Catalog::new(&args.rules_root);
    for p in &paths {
        let rule_dirs = rule_dirs(p);
        if !rule_dirs.is_empty() {
            for d in rule_dirs {
                rule_sets += 1;
                match crate::pipeline::rule_sets::load_named(&d) {
                    Ok(v) => {
                        out.diagnostics(&v.diagnostics);
                        if let Some(set) = &v.value {
                            run_against(set, &d, args, &mut shipped, out);
                        }
                    }
                    Err(e) => out.fail(&e),
                }
            }
            continue;
        }
        let files = match load::case_files(std::slice::from_ref(p)) {
            Ok(f) => f,
            Err(e) => {
                out.fail(&e);
                continue;
            }
        };
        for f in files {
            cases += 1;
            match crate::pipeline::load_case(&f) {
                Ok(v) => {
                    out.diagnostics(&v.diagnostics);
                    if let Some(case) = &v.value {
                        cross_check(case, &mut catalog, &args.rules_root, out);
                    }
                }
                Err(e) => out.fail(&e),
            }
        }
    }
    let tried = shipped.cases.as_ref().map_or(0, Vec::len);
    Checked {
        rule_sets,
        cases,
        tried,
    }
}

/// The rule sets a path names: a directory holding rules.toml, a rules.toml, or a directory of
/// rule sets (walked); none for case files and directories of them.
fn rule_dirs(p: &std::path::Path) -> Vec<PathBuf> {
    if p.join(RULES_FILE).is_file() {
        vec![p.to_path_buf()]
    } else if p.file_name().is_some_and(|n| n == RULES_FILE) {
        vec![p.parent().map(PathBuf::from).unwrap_or_default()]
    } else if p.is_dir() {
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(p)
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|d| d.join(RULES_FILE).is_file())
                    .collect()
            })
            .unwrap_or_default();
        dirs.sort();
        dirs
    } else {
        Vec::new()
    }
}

/// Checks a case against the rule set it names (warnings; an unknown id is an error).
fn cross_check(
    case: &crate::model::Case,
    catalog: &mut Catalog,
    root: &std::path::Path,
    out: &mut dyn Reporter,
) {
    let Some((id, span)) = &case.rules else {
        return;
    };
    let lookup = catalog.get(id);
    // The rule set's own problems are reported when it is checked itself.
    match lookup.rules {
        Some(rules) => out.diagnostics(&crate::evaluate::cross_check::cross_check(&rules, case)),
        None if !lookup.found => {
            let ids = catalog.ids();
            let help = match did_you_mean(id, ids.iter().map(String::as_str)) {
                Some(m) => msg!("did-you-mean", name = m),
                None => msg!(
                    "case-rule-sets-under",
                    root = root.display().to_string(),
                    ids = ids.join(", ")
                ),
            };
            out.diagnostic(
                &Diagnostic::error(
                    CaseCode::UnknownRules,
                    msg!(
                        "case-unknown-rules",
                        id = id,
                        root = root.display().to_string()
                    ),
                )
                .at(&case.source, span.clone())
                .help(help),
            );
        }
        None => {}
    }
}

/// How many cases scripts are dry-run over and `--against` compares on: enough to reach every
/// branch real forms take, few enough that `check` stays quick on a corpus of 100,000.
const MAX_CASES: usize = 2_000;

/// The cases scripts are dry-run over and `--against` compares on, loaded once per run.
struct Shipped {
    /// The case files and directories named on the command line.
    named: Vec<PathBuf>,
    cases: Option<Vec<Case>>,
}

impl Shipped {
    /// Where the cases are: `--cases DIR`, else the case paths named, else `cases` (none when
    /// it does not exist).
    fn paths(&self, args: &Request) -> Vec<PathBuf> {
        match &args.cases {
            Some(dir) => vec![dir.clone()],
            None if !self.named.is_empty() => self.named.clone(),
            None => vec![PathBuf::from("cases")],
        }
    }

    fn get(&mut self, args: &Request, out: &mut dyn Reporter) -> &[Case] {
        let paths = self.paths(args);
        self.cases.get_or_insert_with(|| {
            let paths: Vec<PathBuf> = paths.into_iter().filter(|p| p.exists()).collect();
            if paths.is_empty() {
                return Vec::new();
            }
            let files = load::case_files(&paths).unwrap_or_default();
            if files.len() > MAX_CASES {
                let path: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
                out.note(
                    &msg!(
                        "check-dry-run-first-cases",
                        first = MAX_CASES.to_string(),
                        cases = files.len(),
                        path = path.join(", ")
                    )
                    .to_string(),
                );
            }
            // Cases that do not load are `check`'s business when checked themselves.
            files
                .iter()
                .take(MAX_CASES)
                .filter_map(|f| crate::pipeline::load_case(f).ok().and_then(|v| v.value))
                .collect()
        })
    }
}

/// What runs a checked rule set: its scripts dry-run over the cases (#19), and with
/// `--against`, how many of them would move.
fn run_against(
    set: &RuleSet,
    dir: &std::path::Path,
    args: &Request,
    shipped: &mut Shipped,
    out: &mut dyn Reporter,
) {
    if set.scripts.is_some() {
        let cases = shipped.get(args, out);
        for f in dry_run::dry_run(set, cases) {
            out.diagnostic(&dry_run_diagnostic(set, &f, cases.len()));
        }
    }
    let Some(against) = &args.against else {
        return;
    };
    let Some(base) = super::rule_sets::load_arg(against, &args.rules_root, out) else {
        return;
    };
    let cases = shipped.get(args, out);
    let report = crate::compare::diff(&base, set, cases);
    let grades = report
        .cases
        .iter()
        .filter(|c| c.grade_before != c.grade_after)
        .count();
    let count = cases.len();
    let command = diff_command(against, set, dir, args, &shipped.paths(args));
    out.note(
        &msg!(
            "check-against",
            set = &set.id,
            base = &base.id,
            // The note says totals: line-only moves are not counted (tester s15r N8).
            moved = report.totals_moved(),
            cases = count,
            grades = grades,
            command = command
        )
        .to_string(),
    );
}

/// The `jixiao diff` command that shows which cases move and why, runnable as written (tester
/// s7 F5): the base as given, the rule set checked by its id when `--rules-root` holds it (else
/// its directory), `--rules-root` unless it is the default, and the cases compared on unless
/// they are diff's default `cases`.
fn diff_command(
    against: &str,
    set: &RuleSet,
    dir: &std::path::Path,
    args: &Request,
    cases: &[PathBuf],
) -> String {
    let under_root = args.rules_root.join(&set.id);
    let same = |a: &std::path::Path, b: &std::path::Path| matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b);
    let to = match same(&under_root, dir) {
        true => set.id.clone(),
        false => dir.display().to_string(),
    };
    let mut words = vec![
        "jixiao".to_owned(),
        "diff".to_owned(),
        "--from".to_owned(),
        against.to_owned(),
        "--to".to_owned(),
        to,
    ];
    if args.rules_root != std::path::Path::new("rules") {
        words.push("--rules-root".to_owned());
        words.push(args.rules_root.display().to_string());
    }
    if cases != [PathBuf::from("cases")] {
        words.extend(cases.iter().map(|p| p.display().to_string()));
    }
    words
        .iter()
        .map(|w| shell_word(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A word of a shell command as typed: quoted when it holds a space or a character the shell
/// reads itself.
fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && !word
            .chars()
            .any(|c| c.is_whitespace() || "'\"$&;|<>()*?[]{}\\`!#~".contains(c));
    match plain {
        true => word.to_owned(),
        false => format!("'{}'", word.replace('\'', "'\\''")),
    }
}

/// A script failure of the dry run, at its line in the script: an error (a limit broken is a
/// warning: it may depend on the machine's load).
fn dry_run_diagnostic(set: &RuleSet, f: &dry_run::DryRunFailure, of: usize) -> Diagnostic {
    let e = &f.error;
    let message = msg!(
        "script-dry-run-fails",
        script = &e.file,
        function = &e.function,
        failed = f.cases.to_string(),
        cases = of,
        error = e.message.clone()
    );
    let mut d = match &e.limit {
        Some(_) => Diagnostic::warning(RulesCode::ScriptDryRun, message),
        None => Diagnostic::error(RulesCode::ScriptDryRun, message),
    };
    let source = set
        .scripts
        .iter()
        .flat_map(|s| s.scripts.iter())
        .find(|s| s.source.name == e.file)
        .map(|s| s.source.clone());
    if let Some(src) = source {
        let at = src.offset(e.line.max(1), e.column.max(1));
        // The name Rhai points at (a property, a function), else one character.
        d = d.at(&src, src.word_span(at));
    }
    let hint = e.fault.hint();
    d.help(msg!(
        "script-dry-run-help",
        hint = hint,
        case = &f.first_case
    ))
}
