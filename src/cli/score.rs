//! `jixiao score`.

use super::{Exit, Output};
use crate::diagnostic::Diagnostic;
use crate::evaluate::{self, Options};
use crate::load::{self, Catalog};
use crate::model::{Case, Rules};
use crate::outcome::Outcome;
use crate::render::{self, Format};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Arguments of `score`.
#[derive(Debug, clap::Args)]
pub struct ScoreArgs {
    /// Case files or directories of them (default: `cases`).
    pub paths: Vec<PathBuf>,
    /// Score every case under this rule set directory instead of the one each case names.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// Where rule sets named by id are found.
    #[arg(long, value_name = "DIR", default_value = "rules")]
    pub rules_root: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// Show each case's indicators and the trace of every number (table and JSON).
    #[arg(long)]
    pub explain: bool,
    /// Fail (exit 1) when a case's result differs from its `[expect]` table.
    #[arg(long)]
    pub check_expect: bool,
    /// Write the result to this file instead of stdout (required for `xlsx` and `html`).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Whose points cases are scored with: `form`, the form's own 分值 cells (re-checking a
    /// form), or `rules`, the rule set's level-1 weights and execution points, spread over each
    /// level's indicators in proportion to what the form declared (a what-if on weights).
    #[arg(long, value_enum, default_value = "form")]
    pub points: PointsArg,
    /// Replace the `--out` file when it exists.
    #[arg(long)]
    pub force: bool,
    /// Add a summary grouped by 主管部门 (table, md, json, html; the xlsx report always has
    /// one): forms, Σ budget A and spent B, execution rate, budget-weighted average, grades.
    #[arg(long, value_enum, value_name = "GROUP")]
    pub by: Option<render::By>,
    /// The xlsx report's per-form sheets: `auto` (one per form up to 300 forms, none above),
    /// `all` or `none`.
    #[arg(long, value_enum, default_value = "auto")]
    pub sheets: render::Sheets,
}

/// `--points` of `score`, `diff` and `regress` (#19).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PointsArg {
    /// The form's own 分值 cells.
    Form,
    /// The rule set's weights, scaled over the form's indicators.
    Rules,
}

impl From<PointsArg> for crate::evaluate::points::PointsFrom {
    fn from(p: PointsArg) -> Self {
        match p {
            PointsArg::Form => Self::Form,
            PointsArg::Rules => Self::Rules,
        }
    }
}

/// Where the rule set of each case comes from.
pub(crate) struct RuleSource {
    fixed: Option<Rules>,
    catalog: Catalog,
    root: PathBuf,
    /// Cases naming a rule set that does not exist, by id: the first is reported in full, the
    /// rest counted (a corpus of 100,000 forms would otherwise print 100,000 copies).
    unknown: std::collections::BTreeMap<String, usize>,
}

impl RuleSource {
    /// `--rules DIR` when given, else each case's own rule set under `rules_root`. `None` when
    /// the fixed rule set cannot be used (its diagnostics are reported).
    pub(crate) fn new(
        rules: Option<&PathBuf>,
        rules_root: &Path,
        out: &mut Output,
    ) -> Option<RuleSource> {
        let fixed = match rules {
            Some(dir) => Some(load_rules(dir, out)?),
            None => None,
        };
        Some(RuleSource {
            fixed,
            catalog: Catalog::new(rules_root),
            root: rules_root.to_owned(),
            unknown: std::collections::BTreeMap::new(),
        })
    }

    /// The rule set for a case, reporting why there is none.
    fn resolve(&mut self, case: &Case, out: &mut Output) -> Option<Rules> {
        if let Some(r) = &self.fixed {
            return Some(r.clone());
        }
        let Some((id, span)) = &case.rules else {
            out.diagnostic(
                &Diagnostic::error("case::no-rules", "the case names no rule set")
                    .at(&case.source, 0..0)
                    .help("add `rules = \"<id>\"` under `[form]`, or pass `--rules DIR`"),
            );
            return None;
        };
        let lookup = self.catalog.get(id);
        out.diagnostics(&lookup.diagnostics);
        if lookup.rules.is_none() && !lookup.found {
            let seen = self.unknown.entry(id.clone()).or_default();
            *seen += 1;
            if *seen > 1 {
                return None;
            }
            let ids = self.catalog.ids();
            let help = match crate::diagnostic::did_you_mean(id, ids.iter().map(String::as_str)) {
                Some(m) => format!("did you mean `{m}`?"),
                None if ids.is_empty() => format!(
                    "there are no rule sets under `{}`: run jixiao from the project directory, or pass `--rules-root DIR` (rule sets by id) or `--rules DIR` (one rule set for every case)",
                    self.root.display()
                ),
                None => format!(
                    "rule sets under `{}`: {}",
                    self.root.display(),
                    ids.join(", ")
                ),
            };
            out.diagnostic(
                &Diagnostic::error(
                    "case::unknown-rules",
                    format!("no rule set `{id}` under `{}`", self.root.display()),
                )
                .at(&case.source, span.clone())
                .help(help),
            );
        }
        lookup.rules
    }

    /// Reports how many more cases named each missing rule set (after the first, reported in
    /// full).
    pub(crate) fn finish(&self, out: &mut Output) {
        for rules in self.fixed.iter().chain(self.catalog.loaded()) {
            for name in rules.scripts.iter().flat_map(|s| s.disabled()) {
                out.diagnostic(&script_disabled(&rules.id, name));
            }
        }
        for (id, n) in &self.unknown {
            if *n > 1 {
                out.diagnostic(&Diagnostic::error(
                    "case::unknown-rules",
                    format!(
                        "{} more case(s) name the missing rule set `{id}` and were not scored",
                        n - 1
                    ),
                ));
            }
        }
    }
}

/// The case files under `paths` (default `cases`).
pub(crate) fn files(paths: &[PathBuf], out: &mut Output) -> Vec<PathBuf> {
    let paths = if paths.is_empty() {
        vec![PathBuf::from("cases")]
    } else {
        paths.to_vec()
    };
    match load::walk_case_files(&paths) {
        Ok(walked) => {
            for link in &walked.skipped_links {
                out.diagnostic(&skipped_link(link));
            }
            walked.files
        }
        Err(e) => {
            out.fail(&e);
            Vec::new()
        }
    }
}

/// A script disabled for the rest of the run after running out of time again and again
/// (issue #18 item 11).
fn script_disabled(rules: &str, script: &str) -> Diagnostic {
    Diagnostic::warning(
        "rules::script-disabled",
        format!(
            "script `{script}` of rule set `{rules}` ran out of time {} times and was disabled for the rest of this run: the cases after that were scored without it",
            crate::script::MAX_TIMEOUTS
        ),
    )
    .help("make the script faster, or raise `[script_limits] timeout_ms`; each case it skipped has a script-failed finding")
}

/// A link to a directory that was not followed (issue #18 item 3).
fn skipped_link(link: &Path) -> Diagnostic {
    Diagnostic::warning(
        "case::link-skipped",
        format!(
            "`{}` links to a directory that contains it or was already read: not followed",
            link.display()
        ),
    )
    .help("each case is read once; remove the link if it is a mistake")
}

/// Loads case files in parallel (reading and parsing dominate), then, in file order, reports
/// each file's diagnostics and hands its case, if it validated, to `each`.
fn load_each(files: &[PathBuf], out: &mut Output, mut each: impl FnMut(Case, &mut Output)) {
    let loaded: Vec<_> = files.par_iter().map(|f| load::load_case(f)).collect();
    for v in loaded {
        match v {
            Ok(v) => {
                out.diagnostics(&v.diagnostics);
                if let Some(case) = v.value {
                    each(case, out);
                }
            }
            Err(e) => out.fail(&e),
        }
    }
}

/// Loads case files and pairs each case with its rule set, in file order.
pub(crate) fn load_chunk(
    files: &[PathBuf],
    rules: &mut RuleSource,
    out: &mut Output,
) -> Vec<(Rules, Case)> {
    let mut pairs = Vec::with_capacity(files.len());
    load_each(files, out, |case, out| {
        if let Some(r) = rules.resolve(&case, out) {
            pairs.push((r, case));
        }
    });
    pairs
}

/// Loads case files, reporting diagnostics in file order; returns the cases that validated.
/// Callers pass a chunk of [`files`] at a time ([`CHUNK`]), so a corpus is never in memory at
/// once.
pub(crate) fn load_cases(files: &[PathBuf], out: &mut Output) -> Vec<Case> {
    let mut cases = Vec::with_capacity(files.len());
    load_each(files, out, |case, _| cases.push(case));
    cases
}

/// Loads a rule set directory, reporting diagnostics; none when it cannot be used.
pub(crate) fn load_rules(dir: &Path, out: &mut Output) -> Option<Rules> {
    match load::load_rule_set(dir) {
        Ok(v) => {
            out.diagnostics(&v.diagnostics);
            v.value.map(std::sync::Arc::new)
        }
        Err(e) => {
            out.fail(&e);
            None
        }
    }
}

/// Cases are loaded, scored and written this many at a time, so memory stays flat however
/// large the corpus (about 75 MB peak for 100,000 files; 4,096 at a time took twice that
/// for no gain in speed). `diff` and `regress` read their cases in chunks of the same size.
pub(crate) const CHUNK: usize = 1024;

/// The name of a format as `--format` takes it.
pub(crate) fn format_name(format: Format) -> String {
    use clap::ValueEnum;
    format
        .to_possible_value()
        .map(|v| v.get_name().to_owned())
        .unwrap_or_default()
}

/// Runs `score`.
pub fn run(args: ScoreArgs, out: &mut Output) -> Exit {
    if args.format.is_file() && args.out.is_none() {
        out.fail(&format!(
            "`--format {}` writes a file: pass `--out FILE`",
            format_name(args.format)
        ));
        return Exit::Invalid;
    }
    if let Some(problem) = layout_problem(&args) {
        out.fail(&problem);
        return Exit::Invalid;
    }
    let files = files(&args.paths, out);
    if let Some(path) = &args.out {
        let rule_dirs: Vec<&Path> = args.rules.iter().map(PathBuf::as_path).collect();
        let dirs = [rule_dirs.as_slice(), &[args.rules_root.as_path()]].concat();
        if let Err(d) = super::output_file::check(path, &files, &dirs, args.force) {
            out.diagnostic(&d);
            return Exit::Invalid;
        }
    }
    let Some(mut rules) = RuleSource::new(args.rules.as_ref(), &args.rules_root, out) else {
        return Exit::Invalid;
    };
    let options = Options {
        trace: args.explain || args.format.is_file(),
        scores_only: false,
    };
    let mut sink = match Sink::open(args.out.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            out.fail(&e);
            return Exit::Invalid;
        }
    };
    let format = args.format;
    let layout = render::Layout {
        explain: args.explain,
        by: args.by,
        sheets: args.sheets,
    };
    let by = args.by;
    let mut writer = render::Writer::new(format, layout);
    let progress = super::progress::bar(files.len());
    let mut errors = false;
    let mut unmet = 0;
    // A writer thread takes each chunk's output while the next chunk is read and scored; it
    // hangs up on the first write error (a closed pipe), which ends the run early.
    let done = std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(1);
        let writing = scope.spawn(move || {
            for batch in rx {
                let written = match batch {
                    Batch::Parts(parts) => writer.push_parts(&parts, sink.writer()),
                    Batch::Outcomes(outcomes) => writer.push(outcomes, sink.writer()),
                };
                written?;
            }
            writer.finish(sink.writer())?;
            sink.commit()
        });
        for chunk in files.chunks(CHUNK) {
            let pairs = load_chunk(chunk, &mut rules, out);
            let check = args.check_expect;
            let points = args.points.into();
            // Each case is scored and checked on one worker, and for the streamed formats
            // (JSON, CSV) rendered there too and dropped; the others keep the outcomes.
            let scored: Vec<(Scored, Vec<String>)> = pairs
                .into_par_iter()
                .map(|(r, c)| {
                    let o = evaluate::points::evaluate_points(&r, &c, options, points);
                    progress.inc(1);
                    let problems = match check {
                        true => evaluate::expect::check(&c, &o),
                        false => Vec::new(),
                    };
                    let scored = match format.streams() {
                        true => Scored::Part(render::part(format, &o, by)),
                        false => {
                            // Kept until the end: let go of the case file's text.
                            let mut o = o;
                            o.settle();
                            Scored::Outcome(Box::new(o))
                        }
                    };
                    (scored, problems)
                })
                .collect();
            let mut parts = Vec::new();
            let mut outcomes = Vec::new();
            for (scored, problems) in scored {
                for p in problems {
                    unmet += 1;
                    out.note(&format!("expectation not met: {p}"));
                }
                match scored {
                    Scored::Part(part) => {
                        errors |= part.errors;
                        parts.push(part);
                    }
                    Scored::Outcome(o) => {
                        errors |= o.has_errors();
                        outcomes.push(*o);
                    }
                }
            }
            let batch = match format.streams() {
                true => Batch::Parts(parts),
                false => Batch::Outcomes(outcomes),
            };
            if tx.send(batch).is_err() {
                break;
            }
        }
        drop(tx);
        writing
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("the writer thread failed")))
    });
    progress.finish_and_clear();
    rules.finish(out);
    if format == Format::Xlsx
        && args.sheets == render::Sheets::Auto
        && !args.sheets.per_form(files.len())
    {
        out.note(&sheets_left_out(files.len()));
    }
    match (done, &args.out) {
        (Ok(()), Some(path)) => out.note(&format!("wrote `{}`", path.display())),
        (Ok(()), None) => {}
        // A closed pipe (`| head`) is not an error worth a message.
        (Err(e), None) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        (Err(e), path) => {
            if let Some(p) = path {
                let _ = std::fs::remove_file(temp_path(p));
            }
            out.fail(&format!(
                "cannot write {}: {e}",
                path.as_ref()
                    .map_or("the output".to_owned(), |p| format!("`{}`", p.display()))
            ));
            return Exit::Invalid;
        }
    }
    match (args.check_expect, unmet, errors) {
        (true, 0, _) => Exit::Ok,
        (true, _, _) | (false, _, true) => Exit::Findings,
        (false, _, false) => Exit::Ok,
    }
}

/// Why `--by` or `--sheets` cannot be used with the chosen format, if so.
fn layout_problem(args: &ScoreArgs) -> Option<String> {
    let name = format_name(args.format);
    if args.by.is_some() && matches!(args.format, Format::Csv | Format::Jsonl) {
        return Some(format!(
            "`--by department` adds a summary table, and `--format {name}` has one row per form only: use `--format table`, `json`, `html` or `xlsx`"
        ));
    }
    if args.sheets != render::Sheets::Auto && args.format != Format::Xlsx {
        return Some(format!(
            "`--sheets` chooses the per-form sheets of the xlsx report: it does nothing with `--format {name}`"
        ));
    }
    None
}

/// The note when `--sheets auto` leaves the per-form sheets out.
fn sheets_left_out(forms: usize) -> String {
    format!(
        "{forms} forms: more than {}, so the workbook has only its summary sheets (汇总, 部门汇总); pass `--sheets all` for one sheet per form",
        render::DEFAULT_SHEETS_UP_TO
    )
}

/// One case as the scoring loop keeps it: rendered (streamed formats) or its outcome.
enum Scored {
    Part(render::Part),
    Outcome(Box<Outcome>),
}

/// What the scoring loop hands the writer thread: rendered cases of a streamed format, or
/// outcomes for a format written at the end.
enum Batch {
    Parts(Vec<render::Part>),
    Outcomes(Vec<Outcome>),
}

/// Where results go: stdout, or a file written beside its final path and renamed into place
/// when complete, so an interrupted run never leaves a half-written report.
enum Sink {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    File {
        writer: std::io::BufWriter<std::fs::File>,
        temp: PathBuf,
        path: PathBuf,
    },
}

use crate::load::temp_path;

impl Sink {
    fn open(path: Option<&Path>) -> Result<Sink, String> {
        let Some(path) = path else {
            return Ok(Sink::Stdout(std::io::BufWriter::with_capacity(
                1 << 20,
                std::io::stdout(),
            )));
        };
        let temp = temp_path(path);
        let file = std::fs::File::create(&temp)
            .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
        Ok(Sink::File {
            writer: std::io::BufWriter::with_capacity(1 << 20, file),
            temp,
            path: path.to_owned(),
        })
    }

    fn writer(&mut self) -> &mut dyn std::io::Write {
        match self {
            Sink::Stdout(w) => w,
            Sink::File { writer, .. } => writer,
        }
    }

    fn commit(self) -> std::io::Result<()> {
        match self {
            Sink::Stdout(mut w) => std::io::Write::flush(&mut w),
            Sink::File { writer, temp, path } => {
                let file = writer.into_inner().map_err(|e| e.into_error())?;
                file.sync_all()?;
                std::fs::rename(&temp, &path)
            }
        }
    }
}
