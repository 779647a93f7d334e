//! `jixiao import`: forms → case files, choosing the importer by the file's content (xlsx
//! workbook, the seed's `|` text, or one cell per paragraph).

use super::{Exit, Output};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::codes::ImportCode;
use crate::i18n::msg;
use crate::import::{self, Import, InputFormat};
use crate::load;
use crate::pipeline::forms::{no_forms, note_diagnostic, refused, refused_not_read};
use crate::source::Source;
use std::path::{Path, PathBuf};

/// Arguments of `import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The file holding the forms: an `.xlsx` or `.xls` workbook, Excel's XML spreadsheet
    /// (`.xml`, 2003), a `.docx` or `.doc` (Word 97–2003) document, an
    /// `.html` page, a single-file web page Word or Excel saved (`.mht`), a saved e-mail
    /// (`.eml`: its attachment or body), a `.csv` file, or text — a table copied with tabs, a
    /// table written as `| a | b |` or `a | b` rows (Markdown, or a copied table whose tabs
    /// became `|`; the full-width `｜` too), the seed's format (every `|` closes a cell), a
    /// form flattened onto one line, a form glued together without separators, or one table
    /// cell per paragraph.
    /// Chosen by content, not by the file's name. A PDF is not read: convert it to .docx or
    /// .xlsx with WPS or Word first (text copied out of a PDF does not read right). Or a
    /// folder of such files: each is imported in turn.
    pub file: PathBuf,
    /// Directory to write one case file per form into.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Rule set written into each case file (`[form] rules`): its id under `--rules-root`,
    /// or its directory, whose name (the rule set's id) is written.
    #[arg(long, value_name = "ID|DIR")]
    pub rules: Option<String>,
    /// Where rule sets named by id are found: the rule set `--rules` names must be there, or
    /// be given as a directory.
    #[arg(long, value_name = "DIR", default_value = "rules")]
    pub rules_root: PathBuf,
    /// Overwrite case files that already exist.
    #[arg(long)]
    pub force: bool,
}

/// The file's name, its text as decoded (for notes on its lines), its format and its forms.
type Read = (String, Option<Source>, InputFormat, Import);

/// Reads the file and imports its forms; none (after saying why) when it cannot be read.
fn read(file: &Path, rules: Option<&str>, out: &mut Output) -> Option<Read> {
    // Refuse an oversized file before reading it into memory.
    if let Ok(meta) = std::fs::metadata(file)
        && meta.len() > import::limits::MAX_INPUT_BYTES
    {
        let reason = import::too_large(meta.len());
        out.diagnostic(&refused(file, reason.clone()));
        out.not_read(refused_not_read(file, reason));
        return None;
    }
    let bytes = match load::read_bytes(file) {
        Ok(b) => b,
        Err(e) => {
            out.fail(&e);
            return None;
        }
    };
    let name = file.display().to_string();
    match import::import_with_text(&name, &bytes, rules) {
        Ok((format, import, source)) => Some((name, source, format, import)),
        Err(e) => {
            out.diagnostic(&refused(file, e.clone()));
            out.not_read(refused_not_read(file, e));
            None
        }
    }
}

/// Runs `import`: of one file, or of each file of forms in a folder (#16 s9 F21).
pub fn run(args: ImportArgs, out: &mut Output) -> Exit {
    let rules = match &args.rules {
        None => None,
        Some(rules) => match crate::pipeline::rule_set_to_write(rules, &args.rules_root) {
            Ok(written) => {
                if let Some(note) = written.note {
                    out.note(&note.to_string());
                }
                Some(written.id)
            }
            Err(d) => {
                out.diagnostic(&d);
                return Exit::Invalid;
            }
        },
    };
    let set = args
        .rules
        .as_deref()
        .and_then(|arg| rule_set_of(arg, &args.rules_root));
    // Every rule set, to tell whether the one named fits (loaded once, not per file).
    let sets = match set {
        Some(_) => crate::pipeline::rule_sets::Catalog::new(&args.rules_root).every(),
        None => Vec::new(),
    };
    let named = Named {
        id: rules.as_deref(),
        set: set.as_ref(),
        sets: &sets,
    };
    let exit = import_all(&args, named, out);
    if let Some(d) = mixed_rules(&args.out) {
        out.diagnostic(&d);
    }
    exit
}

/// The rule set `--rules` names, loaded to test the forms against (its problems are not said
/// here: `score` and `check` say them); none when it does not load.
fn rule_set_of(arg: &str, root: &Path) -> Option<crate::model::Rules> {
    let dir = match Path::new(arg).join(crate::load::RULES_FILE).is_file() {
        true => PathBuf::from(arg),
        false => root.join(arg),
    };
    crate::pipeline::load_rule_set(&dir)
        .ok()?
        .value
        .map(std::sync::Arc::new)
}

/// The rule set an import writes into its case files: its id, and the rule set when it loads
/// with every rule set of the rules root beside it.
#[derive(Clone, Copy)]
struct Named<'a> {
    id: Option<&'a str>,
    set: Option<&'a crate::model::Rules>,
    sets: &'a [(String, Option<crate::model::Rules>)],
}

/// Imports the file, or each file of forms in the folder.
fn import_all(args: &ImportArgs, named: Named, out: &mut Output) -> Exit {
    if !args.file.is_dir() {
        return import_file(&args.file, named, args, out);
    }
    let files: Vec<PathBuf> = crate::pipeline::input_files(std::slice::from_ref(&args.file), out)
        .into_iter()
        .filter(|f| crate::pipeline::forms::holds_forms(f))
        .collect();
    if files.is_empty() {
        out.fail(&msg!(
            "import-folder-no-forms",
            path = args.file.display().to_string()
        ));
        return Exit::Invalid;
    }
    let mut exit = Exit::Ok;
    for file in &files {
        exit = exit.max(import_file(file, named, args, out));
    }
    out.note(
        &msg!(
            "import-folder-summary",
            files = files.len(),
            path = args.file.display().to_string()
        )
        .to_string(),
    );
    out.say_not_read(std::slice::from_ref(&args.file));
    exit
}

/// Says that the file holds no form, and keeps it among the files not read.
fn say_no_forms(name: String, out: &mut Output) {
    out.diagnostic(&no_forms(&name));
    out.not_read(crate::diagnostic::NotRead {
        file: name,
        code: "import::no-forms",
        reason: msg!("not-read-no-forms"),
    });
}

/// Imports the forms of one file into `args.out`.
fn import_file(file: &Path, named: Named, args: &ImportArgs, out: &mut Output) -> Exit {
    let rules = named.id;
    let Some((name, source, format, import)) = read(file, rules, out) else {
        return Exit::Invalid;
    };
    out.note(&msg!("import-read-as", name = &name, format = format.name()).to_string());
    for p in &import.problems {
        out.diagnostic(&note_diagnostic(source.as_ref(), p));
    }
    crate::pipeline::forms::report_hidden(&name, &import.hidden, out);
    if import.forms.is_empty() {
        say_no_forms(name, out);
        return Exit::Invalid;
    }
    if let Err(e) = std::fs::create_dir_all(&args.out) {
        out.fail(&load::LoadError::Write {
            path: args.out.clone(),
            source: e,
        });
        return Exit::Invalid;
    }
    // Decide every form first, write the new ones together (their syncs overlap), then
    // report form by form in input order as before.
    let plans = plans(&import.forms, &args.out, args.force);
    let to_write: Vec<(PathBuf, &[u8])> = plans
        .iter()
        .zip(&import.forms)
        .filter(|((_, plan), _)| matches!(plan, Plan::Write | Plan::Renamed(_) | Plan::Rerules(_)))
        .map(|((path, _), form)| (path.clone(), form.toml.as_bytes()))
        .collect();
    let mut results = load::write_all(&to_write).into_iter();
    let mut exit = Exit::Ok;
    let (mut written, mut kept, mut without_rules) = (0, 0, 0);
    for (form, (path, plan)) in import.forms.iter().zip(&plans) {
        for n in import.reported_notes(form) {
            out.diagnostic(&note_diagnostic(source.as_ref(), n));
        }
        match plan {
            Plan::Kept => {
                kept += 1;
                without_rules += usize::from(rules.is_none());
                continue;
            }
            Plan::KeptWithRules => {
                kept += 1;
                continue;
            }
            Plan::Exists => {
                out.diagnostic(
                    &Diagnostic::error(
                        ImportCode::Exists,
                        msg!("import-exists", path = path.display().to_string()),
                    )
                    .help(msg!("import-exists-help")),
                );
                exit = Exit::Invalid;
                continue;
            }
            Plan::Renamed(own) => out.note(
                &msg!(
                    "import-renamed",
                    own = own.display().to_string(),
                    path = path.display().to_string()
                )
                .to_string(),
            ),
            Plan::Rerules(was) => out.note(&rules_line_note(path, was.as_deref(), rules)),
            Plan::Write => {}
        }
        if let Some(Err(e)) = results.next() {
            out.fail(&e);
            continue;
        }
        written += 1;
        without_rules += usize::from(rules.is_none());
        if form.incomplete {
            out.note(
                &msg!(
                    "import-form-cut-short",
                    form = form.index.to_string(),
                    path = path.display().to_string()
                )
                .to_string(),
            );
        }
    }
    out.note(&summary(import.forms.len(), &name, written, kept));
    if without_rules > 0 {
        out.note(&no_rules_note(&import.forms, &args.rules_root));
    }
    if let Some(set) = named.set
        && let Some(d) = unsuited(set, named.sets, &import.forms)
    {
        out.diagnostic(&d);
    }
    exit
}

/// The warning when the rule set `--rules` names does not fit the forms' year or title (the
/// test the rule-set advice uses, [`crate::pipeline::rule_sets::misfit`]), with the rule sets
/// that do (tester s15r N10: re-importing 2023 forms with `--rules anhui-2022` said nothing).
fn unsuited(
    set: &crate::model::Rules,
    sets: &[(String, Option<crate::model::Rules>)],
    forms: &[import::ImportedForm],
) -> Option<Diagnostic> {
    use crate::pipeline::rule_sets::{Misfit, misfit};
    let mut why = None;
    let kinds: Vec<(String, Option<i64>)> = crate::pipeline::forms::kinds_of(forms)
        .into_iter()
        .filter(|(title, year)| {
            let m = misfit(set, sets, title, *year);
            let out = m.is_some();
            why = why.take().or(m);
            out
        })
        .collect();
    let why = why?;
    let mut years: Vec<String> = kinds
        .iter()
        .map(|(_, y)| y.map_or_else(|| "—".to_owned(), |y| y.to_string()))
        .collect();
    years.sort();
    years.dedup();
    let years = crate::i18n::list(years.into_iter().map(crate::i18n::Message::verbatim));
    let help = crate::pipeline::rule_sets::choose_rules_help(
        sets,
        &kinds,
        crate::pipeline::rule_sets::NamedIn::CaseFile,
    );
    Some(
        Diagnostic::warning(
            ImportCode::RulesMismatch,
            msg!(
                "import-rules-unsuited",
                id = set.id.as_str(),
                year = set.year.to_string(),
                years = years,
                why = match &why {
                    Misfit::Later => "later",
                    Misfit::Template => "template",
                    Misfit::Newer(_) => "newer",
                },
                newer = match &why {
                    Misfit::Newer(id) => id.as_str(),
                    _ => "",
                }
            ),
        )
        .help(help),
    )
}

/// How many case files of a rule set the warning names before counting the rest.
const MIXED_LISTED: usize = 5;

/// After an import, the warning when the case files of `dir` name more than one rule set (or
/// some none): listed per rule set, and how to bring them under one (tester s15r N10: a file
/// edited since is refused while the others are rewritten to the new rule set, and the
/// folder was left half-switched without a word; `regress` refuses such a corpus).
fn mixed_rules(dir: &Path) -> Option<Diagnostic> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut by_rules: std::collections::BTreeMap<Option<String>, Vec<String>> =
        std::collections::BTreeMap::new();
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        if !text.lines().any(|l| l.trim() == "[form]") {
            continue;
        }
        let (id, _) = without_rules_line(&text);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        by_rules.entry(id).or_default().push(name);
    }
    if by_rules.len() < 2 {
        return None;
    }
    let groups = by_rules.iter().map(|(id, names)| {
        let shown: Vec<&str> = names
            .iter()
            .take(MIXED_LISTED)
            .map(String::as_str)
            .collect();
        let more = names.len().saturating_sub(MIXED_LISTED);
        let files = msg!(
            "import-mixed-files",
            files = shown.join("、"),
            more = more,
            count = names.len()
        );
        match id {
            Some(id) => msg!("import-mixed-group", id = id.as_str(), files = files),
            None => msg!("import-mixed-group-none", files = files),
        }
    });
    // Groups joined by `；` (their files are joined by `、`), in the message's language.
    let groups = groups
        .rev()
        .reduce(|rest, first| msg!("import-mixed-then", first = first, rest = rest))?;
    Some(
        Diagnostic::warning(
            ImportCode::RulesMismatch,
            msg!(
                "import-mixed-rules",
                dir = dir.display().to_string(),
                count = by_rules.len(),
                groups = groups
            ),
        )
        .help(msg!("import-mixed-rules-help")),
    )
}

/// The note on case files written without a rule set, which cannot be scored or accepted alone
/// (tester s15c F8), with the rule sets under `root` that suit the forms.
fn no_rules_note(forms: &[import::ImportedForm], root: &Path) -> String {
    let sets = crate::pipeline::rule_sets::Catalog::new(root).every();
    let help = crate::pipeline::rule_sets::choose_rules_help(
        &sets,
        &crate::pipeline::forms::kinds_of(forms),
        crate::pipeline::rule_sets::NamedIn::CaseFile,
    );
    msg!("import-no-rules", help = help).to_string()
}

/// The note on a case file whose rule set line alone was rewritten (`was` → `now`).
fn rules_line_note(path: &Path, was: Option<&str>, now: Option<&str>) -> String {
    msg!(
        "import-rules-line",
        path = path.display().to_string(),
        was = match was {
            Some(id) => crate::i18n::Message::verbatim(format!("`{id}`")),
            None => msg!("import-rules-line-none"),
        },
        now = now.unwrap_or_default()
    )
    .to_string()
}

/// The last line of an import: how many forms, written and unchanged.
fn summary(forms: usize, name: &str, written: usize, kept: usize) -> String {
    msg!(
        "import-summary",
        forms = forms,
        name = name,
        written = written.to_string(),
        kept = kept.to_string()
    )
    .to_string()
}

/// What to do with each form's case file under `out_dir`, decided before any is written.
fn plans(forms: &[import::ImportedForm], out_dir: &Path, force: bool) -> Vec<(PathBuf, Plan)> {
    let mut taken = std::collections::HashSet::new();
    forms
        .iter()
        .map(|form| {
            let (path, plan) = plan(form, out_dir, force, &taken);
            taken.insert(path.clone());
            (path, plan)
        })
        .collect()
}

/// How many numbered names (`…-2.toml` to `…-99.toml`) a form may take when others of the
/// same name are in the folder.
const MAX_SAME_NAME: usize = 99;

/// Where one form goes. Its own name when free, or holding the same text (re-importing is
/// idempotent), or with `--force`. A file there imported from the same source and form number
/// is this form changed: refused without `--force`, as before. A file there from another
/// source — another department's form of the same project name, which during a re-check is
/// the usual case — is never overwritten: the form takes the first free numbered name
/// (`…-2.toml`), or the one already holding its text, so a re-run adds nothing (s5 F2).
fn plan(
    form: &import::ImportedForm,
    out_dir: &Path,
    force: bool,
    taken: &std::collections::HashSet<PathBuf>,
) -> (PathBuf, Plan) {
    let own = out_dir.join(&form.file_name);
    if force {
        return (own, Plan::Write);
    }
    let origin = origin_of(&form.toml);
    for k in 1..=MAX_SAME_NAME {
        let path = match k {
            1 => own.clone(),
            _ => out_dir.join(numbered(&form.file_name, k)),
        };
        if taken.contains(&path) {
            continue;
        }
        let Ok(existing) = std::fs::read_to_string(&path) else {
            if path.exists() {
                return (path, Plan::Exists);
            }
            return match k {
                1 => (path, Plan::Write),
                _ => (path, Plan::Renamed(own)),
            };
        };
        if existing == form.toml {
            return (path, Plan::Kept);
        }
        // The same form with only its rule set line changed (tester s15c F8: imported without
        // `--rules`, then again with it): the line is set; a line already there is kept when this
        // import names none.
        let (was, rest) = without_rules_line(&existing);
        let (now, new_rest) = without_rules_line(&form.toml);
        if rest == new_rest {
            return match now {
                Some(_) => (path, Plan::Rerules(was)),
                None => (path, Plan::KeptWithRules),
            };
        }
        // The same file's form changed since, or a file that names no source (edited by
        // hand): never moved aside, refused as before.
        let there = origin_of(&existing);
        if there.is_none() || there == origin {
            return (path, Plan::Exists);
        }
    }
    (own, Plan::Exists)
}

/// A case file's text without its `[form]` table's `rules = "…"` line, and the id that line
/// names.
fn without_rules_line(text: &str) -> (Option<String>, String) {
    let mut in_form = false;
    let mut id = None;
    let mut rest = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if t.starts_with('[') {
            in_form = t == "[form]";
        } else if in_form
            && id.is_none()
            && let Some(value) = t.strip_prefix("rules").map(str::trim_start)
            && let Some(value) = value.strip_prefix('=')
        {
            id = Some(value.trim().trim_matches('"').to_owned());
            continue;
        }
        rest.push_str(line);
    }
    (id, rest)
}

/// `2023-01-项目.toml` numbered `k`: `2023-01-项目-2.toml`.
fn numbered(file_name: &str, k: usize) -> String {
    let stem = file_name.strip_suffix(".toml").unwrap_or(file_name);
    format!("{stem}-{k}.toml")
}

/// Where a case file written by `import` came from: its `[form]` source and form number.
fn origin_of(text: &str) -> Option<(String, i64)> {
    let table: toml::Table = toml::from_str(text).ok()?;
    let form = table.get("form")?.as_table()?;
    let source = form.get("source")?.as_str()?.to_owned();
    let index = form.get("index")?.as_integer()?;
    Some((source, index))
}

/// What `import` does with one form's case file.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Plan {
    /// Write it (new, or `--force`).
    Write,
    /// Write it under a numbered name: the form's own name (this path) holds another form.
    Renamed(PathBuf),
    /// The same text is there already.
    Kept,
    /// The same form is there already with a rule set line this import does not name.
    KeptWithRules,
    /// A different file is there and `--force` was not given.
    Exists,
    /// The same form is there with another rule set line (this id, or none): written with
    /// this import's line.
    Rerules(Option<String>),
}
