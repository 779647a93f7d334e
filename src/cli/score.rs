//! `jixiao score`.

use super::{Exit, Output};
use crate::evaluate::Options;
use crate::outcome::Outcome;
use crate::pipeline::{Corpus, Kept, ScoredCase, Scoring, forms, input_files};
use crate::render::{self, Format};
use std::path::{Path, PathBuf};

/// Arguments of `score`.
#[derive(Debug, clap::Args)]
pub struct ScoreArgs {
    /// Case files or directories of them (default: `cases`); or files of forms as `import`
    /// reads them (text, `.xlsx`, `.xls`, `.docx`, `.html`), or folders of such files,
    /// imported in memory and scored without writing case files (needs `--rules DIR`).
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
    /// Show each case's indicators and the trace of every number (table and JSON); `--trace`
    /// is the same.
    #[arg(long, alias = "trace")]
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
    /// The import notes of a file of forms printed: `summary` (every note of a file with at
    /// most 50; of a larger one, the first 3 of each kind and how many more) or `all` (the
    /// reports list every note either way).
    #[arg(long, value_enum, default_value = "summary")]
    pub notes: NotesArg,
}

/// `--notes` of `score` (#15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum NotesArg {
    /// Every note of a file with at most 50; of a larger one, the first 3 of each kind, then how many more and on which forms
    Summary,
    /// Every note, however many
    All,
}

impl From<NotesArg> for forms::NotesShown {
    fn from(n: NotesArg) -> Self {
        match n {
            NotesArg::Summary => Self::Summary,
            NotesArg::All => Self::All,
        }
    }
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

/// The name of a format as `--format` takes it.
pub(crate) fn format_name(format: Format) -> String {
    use clap::ValueEnum;
    format
        .to_possible_value()
        .map(|v| v.get_name().to_owned())
        .unwrap_or_default()
}

/// Says which folders held nothing to score: an empty table alone read as if every form had
/// passed (#16). A path that could not be read was reported already.
fn say_no_cases(paths: &[PathBuf], out: &mut Output) {
    let default = [PathBuf::from("cases")];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    for dir in paths.iter().filter(|p| p.is_dir()) {
        out.note(
            &crate::i18n::msg!("score-no-cases", path = dir.display().to_string()).to_string(),
        );
    }
}

/// The note that `path` was written.
pub(crate) fn wrote(path: &Path) -> String {
    crate::i18n::msg!("output-wrote", path = path.display().to_string()).to_string()
}

/// Runs `score`.
pub fn run(args: ScoreArgs, out: &mut Output) -> Exit {
    if args.format.is_file() && args.out.is_none() {
        out.fail(&crate::i18n::msg!(
            "output-needs-out",
            format = format_name(args.format)
        ));
        return Exit::Invalid;
    }
    if let Some(problem) = layout_problem(&args) {
        out.fail(&problem);
        return Exit::Invalid;
    }
    let files = input_files(&args.paths, out);
    if files.is_empty() {
        say_no_cases(&args.paths, out);
    }
    if args.rules.is_none()
        && let Some(forms) = files.iter().find(|f| forms::holds_forms(f))
    {
        out.diagnostic(&forms::need_rules(forms, &args.rules_root));
        return Exit::Invalid;
    }
    if let Some(path) = &args.out {
        let rule_dirs: Vec<&Path> = args.rules.iter().map(PathBuf::as_path).collect();
        let dirs = [rule_dirs.as_slice(), &[args.rules_root.as_path()]].concat();
        if let Err(d) = super::output_file::check(path, &files, &dirs, args.force) {
            out.diagnostic(&d);
            return Exit::Invalid;
        }
    }
    let forms = files.len();
    let Some(mut corpus) = Corpus::open(files, args.rules.as_deref(), &args.rules_root, out) else {
        return Exit::Invalid;
    };
    corpus.show_notes(args.notes.into());
    let how = Scoring {
        options: Options {
            trace: args.explain || args.format.is_file(),
            scores_only: false,
        },
        points: args.points.into(),
        check_expect: args.check_expect,
        format: args.format,
        by: args.by,
    };
    let sink = match Sink::open(args.out.as_deref()) {
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
    let writer = render::Writer::new(format, layout).given(&args.paths);
    let progress = super::progress::bar(forms);
    let (done, tally) = score_and_write(&mut corpus, &how, writer, sink, &progress, out);
    progress.finish_and_clear();
    corpus.finish(out);
    // The table on stdout ends with it; any other output has it said last (tester s17s F6).
    if !(format.ends_with_not_read() && args.out.is_none()) {
        out.say_not_read(&args.paths);
    }
    if format == Format::Xlsx
        && args.sheets == render::Sheets::Auto
        && !args.sheets.per_form(tally.scored)
    {
        out.note(&sheets_left_out(tally.scored));
    }
    match (done, &args.out) {
        (Ok(()), Some(path)) => out.note(&wrote(path)),
        (Ok(()), None) => {}
        // A closed pipe (`| head`) is not an error worth a message.
        (Err(e), None) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        (Err(e), path) => {
            if let Some(p) = path {
                let _ = std::fs::remove_file(temp_path(p));
            }
            let target = path.as_ref().map_or_else(
                || crate::i18n::msg!("output-the-output"),
                |p| crate::i18n::msg!("output-path", path = p.display().to_string()),
            );
            out.fail(&crate::i18n::msg!(
                "output-cannot-write",
                target = target,
                reason = crate::load::io_reason(&e)
            ));
            return Exit::Invalid;
        }
    }
    match (args.check_expect, tally.unmet, tally.errors) {
        (true, 0, _) => Exit::Ok,
        (true, _, _) | (false, _, true) => Exit::Findings,
        (false, _, false) => Exit::Ok,
    }
}

/// Why `--by` or `--sheets` cannot be used with the chosen format, if so.
fn layout_problem(args: &ScoreArgs) -> Option<crate::i18n::Message> {
    let format = format_name(args.format);
    let rows_only = matches!(
        args.format,
        Format::Csv | Format::CsvFindings | Format::Jsonl
    );
    if args.by.is_some() && rows_only {
        return Some(crate::i18n::msg!("score-by-needs-summary", format = format));
    }
    if args.sheets != render::Sheets::Auto && args.format != Format::Xlsx {
        return Some(crate::i18n::msg!(
            "score-sheets-needs-xlsx",
            format = format
        ));
    }
    None
}

/// The note when `--sheets auto` leaves the per-form sheets out.
fn sheets_left_out(forms: usize) -> String {
    crate::i18n::msg!(
        "score-sheets-left-out",
        forms = forms,
        limit = render::DEFAULT_SHEETS_UP_TO.to_string()
    )
    .to_string()
}

/// What [`score_and_write`] counted.
#[derive(Default)]
struct Tally {
    /// Some case has findings of error severity.
    errors: bool,
    /// Expectations not met (`--check-expect`).
    unmet: usize,
    /// Cases scored (what the xlsx report decides its per-form sheets by).
    scored: usize,
}

/// Scores the corpus a chunk at a time and writes each chunk's output to `sink`. A writer
/// thread takes each chunk's output while the next chunk is read and scored; it hangs up on
/// the first write error (a closed pipe), which ends the run early.
fn score_and_write(
    corpus: &mut Corpus,
    how: &Scoring,
    mut writer: render::Writer,
    mut sink: Sink,
    progress: &indicatif::ProgressBar,
    out: &mut Output,
) -> (std::io::Result<()>, Tally) {
    let mut tally = Tally::default();
    let done = std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(1);
        let writing = scope.spawn(move || {
            for batch in rx {
                let written = match batch {
                    Batch::Parts(parts) => writer.push_parts(&parts, sink.writer()),
                    Batch::Outcomes(outcomes) => writer.push(outcomes, sink.writer()),
                    Batch::NotRead(files) => {
                        writer.not_read(files);
                        Ok(())
                    }
                };
                written?;
            }
            writer.finish(sink.writer())?;
            sink.commit()
        });
        while let Some(scored) = corpus.next_scored(how, out) {
            progress.inc(u64::try_from(scored.len()).unwrap_or(0));
            if tx.send(batch(scored, how.format, &mut tally, out)).is_err() {
                break;
            }
        }
        // Every file was read (or not) by now: the output ends with those that were not.
        let _ = tx.send(Batch::NotRead(out.files_not_read().to_vec()));
        drop(tx);
        writing.join().unwrap_or_else(|_| {
            Err(crate::load::worded_io_error(
                std::io::ErrorKind::Other,
                crate::i18n::msg!("output-writer-failed"),
            ))
        })
    });
    (done, tally)
}

/// A scored chunk as the writer takes it, noting unmet expectations as they come.
fn batch(scored: Vec<ScoredCase>, format: Format, tally: &mut Tally, out: &mut Output) -> Batch {
    let mut parts = Vec::new();
    let mut outcomes = Vec::new();
    tally.scored += scored.len();
    for case in scored {
        for p in case.unmet {
            tally.unmet += 1;
            out.note(
                &crate::i18n::msg!("output-expectation-not-met", problem = p.to_string())
                    .to_string(),
            );
        }
        match case.kept {
            Kept::Part(part) => {
                tally.errors |= part.errors;
                parts.push(part);
            }
            Kept::Outcome(o) => {
                tally.errors |= o.has_errors();
                outcomes.push(*o);
            }
        }
    }
    match format.streams() {
        true => Batch::Parts(parts),
        false => Batch::Outcomes(outcomes),
    }
}

/// What the scoring loop hands the writer thread: rendered cases of a streamed format, or
/// outcomes for a format written at the end.
enum Batch {
    Parts(Vec<render::Part>),
    Outcomes(Vec<Outcome>),
    /// The files not read as forms, sent last.
    NotRead(Vec<crate::diagnostic::NotRead>),
}

/// Where results go: stdout, or a file written beside its final path and renamed into place
/// when complete, so an interrupted run never leaves a half-written report.
enum Sink {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    /// Stdout when it is the terminal stderr shows on: the rows are held and written when the
    /// run ends, after the import notes and diagnostics printed while the inputs were read, so
    /// that the two do not interleave on the screen (#16). A pipe or a file gets the rows as
    /// they come.
    Held(Vec<u8>),
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
            if super::progress::same_terminal() {
                return Ok(Sink::Held(Vec::new()));
            }
            return Ok(Sink::Stdout(std::io::BufWriter::with_capacity(
                1 << 20,
                std::io::stdout(),
            )));
        };
        let temp = temp_path(path);
        let file = std::fs::File::create(&temp).map_err(|source| {
            crate::load::LoadError::Write {
                path: path.to_owned(),
                source,
            }
            .to_string()
        })?;
        Ok(Sink::File {
            writer: std::io::BufWriter::with_capacity(1 << 20, file),
            temp,
            path: path.to_owned(),
        })
    }

    fn writer(&mut self) -> &mut dyn std::io::Write {
        match self {
            Sink::Stdout(w) => w,
            Sink::Held(rows) => rows,
            Sink::File { writer, .. } => writer,
        }
    }

    fn commit(self) -> std::io::Result<()> {
        match self {
            Sink::Stdout(mut w) => std::io::Write::flush(&mut w),
            Sink::Held(rows) => {
                let mut stdout = std::io::stdout().lock();
                std::io::Write::write_all(&mut stdout, &rows)?;
                std::io::Write::flush(&mut stdout)
            }
            Sink::File { writer, temp, path } => {
                let file = writer.into_inner().map_err(|e| e.into_error())?;
                file.sync_all()?;
                std::fs::rename(&temp, &path)
            }
        }
    }
}
