//! The command line: parses arguments into `*Args`, runs the pipeline, prints results to
//! stdout and diagnostics to stderr, and maps the outcome to an exit code. The only module
//! that prints.

mod check;
mod diff;
mod export;
mod generate;
mod help;
mod import;
mod output_file;
mod progress;
mod regress;
mod rules;
mod score;
mod watch;
mod wrap;

use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::{self, Lang, msg};
use clap::{FromArgMatches, Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::process::ExitCode;

/// Exit codes (docs/cli.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exit {
    /// Everything scored; no error findings.
    Ok = 0,
    /// Scored, but some form has findings of error severity (or, for `diff`/`regress`, scores
    /// moved).
    Findings = 1,
    /// Invalid input or usage: a rule set, case file or argument could not be used.
    Invalid = 2,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(e as u8)
    }
}

/// How diagnostics are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ErrorFormat {
    /// The source line with the problem underlined, and help.
    Human,
    /// One line each: `file:line:col: severity[code]: message (help: …)`.
    Plain,
    /// One JSON object per line.
    Json,
}

/// jixiao (绩效): score project performance self-evaluation forms (项目支出绩效自评表) against
/// declarative rule sets.
#[derive(Debug, Parser)]
#[command(name = "jixiao", version, about, long_about = None)]
pub struct Args {
    /// How to print diagnostics about rule and case files.
    #[arg(long, global = true, value_enum, default_value = "human")]
    pub error_format: ErrorFormat,
    /// Language of messages and reports: zh (Chinese, the default) or en. Also set by the
    /// JIXIAO_LANG environment variable.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score case files (default: every case under `cases/`, each under its own rule set).
    Score(score::ScoreArgs),
    /// Turn forms (workbooks `.xlsx`/`.xls`, Word `.docx`/`.doc`, web pages `.html`, and text: one
    /// cell per paragraph, a form on one line, glued text, tab-separated or the seed's `|`
    /// text) into case files.
    Import(import::ImportArgs),
    /// Write case files as form sheets of an xlsx workbook (the layout `import` reads).
    Export(export::ExportArgs),
    /// Validate rule sets and case files and report every problem.
    Check(check::CheckArgs),
    /// Generate a deterministic corpus of realistic case files (for benchmarks and tests).
    Gen(generate::GenArgs),
    /// Re-score every corpus of past years and compare with its accepted results; accept new
    /// ones after review (`--accept --note`); report rule coverage (`--coverage`).
    Regress(regress::RegressArgs),
    /// Score the same cases under two rule sets: what moved, and which rule change moved it.
    Diff(diff::DiffArgs),
    /// Show a resolved rule set, or the changes between two.
    Rules(rules::RulesArgs),
    /// Re-validate and re-score on every save of a rule set, script or case file, and show
    /// what moved since the previous good evaluation (and against `--baseline`).
    Watch(watch::WatchArgs),
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    // The language is needed before the arguments are parsed: clap's own errors and `--help`
    // are printed in it.
    let lang = i18n::resolve(lang_flag(std::env::args_os()));
    i18n::set_lang(lang);
    let args = match help::command(lang)
        .try_get_matches()
        .and_then(|mut m| Args::from_arg_matches_mut(&mut m))
    {
        Ok(a) => a,
        Err(e) => {
            let e = help::without_risky_tips(e, lang);
            help::print_error(&e, lang);
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => Exit::Invalid.into(),
            };
        }
    };
    match crate::script::run_on_script_threads(|| run(args)) {
        Ok(exit) => exit.into(),
        Err(e) => {
            let line = msg!("output-no-thread", error = e.to_string()).render(lang);
            let _ = writeln!(std::io::stderr(), "{line}");
            Exit::Invalid.into()
        }
    }
}

/// The value of `--lang` (`--lang en`, `--lang=en`) among raw arguments, when it names a
/// language; clap checks it properly afterwards.
fn lang_flag(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<Lang> {
    let mut args = args.into_iter().skip(1);
    let mut found = None;
    while let Some(a) = args.next() {
        let a = a.to_string_lossy().into_owned();
        if a == "--" {
            break;
        }
        if a == "--lang" {
            found = args
                .next()
                .and_then(|v| Lang::from_tag(&v.to_string_lossy()));
        } else if let Some(v) = a.strip_prefix("--lang=") {
            found = Lang::from_tag(v);
        }
    }
    found
}

/// Runs a parsed command.
pub fn run(args: Args) -> Exit {
    let mut out = Output::new(args.error_format);
    let exit = match args.command {
        Command::Score(a) => score::run(a, &mut out),
        Command::Import(a) => import::run(a, &mut out),
        Command::Export(a) => export::run(a, &mut out),
        Command::Check(a) => check::run(a, &mut out),
        Command::Gen(a) => generate::run(a, &mut out),
        Command::Regress(a) => regress::run(a, &mut out),
        Command::Diff(a) => diff::run(a, &mut out),
        Command::Rules(a) => rules::run(a, &mut out),
        Command::Watch(a) => watch::run(a, &mut out),
    };
    exit.max(out.exit_floor())
}

impl crate::diagnostic::Reporter for Output {
    fn diagnostic(&mut self, d: &Diagnostic) {
        Output::diagnostic(self, d);
    }
    fn fail(&mut self, e: &dyn std::fmt::Display) {
        Output::fail(self, e);
    }
    fn note(&mut self, text: &str) {
        Output::note(self, text);
    }
    fn diagnostics(&mut self, ds: &[Diagnostic]) {
        Output::diagnostics(self, ds);
    }
    fn reading(&mut self, files: usize, bytes: u64) {
        self.stop_reading();
        self.reading = progress::reading(files, bytes);
    }
    fn not_read(&mut self, file: crate::diagnostic::NotRead) {
        Output::not_read(self, file);
    }
}

/// Where commands send results and diagnostics; remembers whether an error was reported.
pub struct Output {
    format: ErrorFormat,
    errors: usize,
    /// The line saying files of forms are being read, on a terminal (#16), cleared before
    /// anything else is printed.
    reading: Option<indicatif::ProgressBar>,
    /// The files not read as forms so far, for the end of the run and the reports.
    not_read: Vec<crate::diagnostic::NotRead>,
}

impl Drop for Output {
    fn drop(&mut self) {
        self.stop_reading();
    }
}

impl Output {
    fn new(format: ErrorFormat) -> Output {
        Output {
            format,
            errors: 0,
            reading: None,
            not_read: Vec::new(),
        }
    }

    /// Clears the reading line, if one is shown.
    fn stop_reading(&mut self) {
        if let Some(bar) = self.reading.take() {
            bar.finish_and_clear();
        }
    }

    /// Prints a diagnostic to stderr.
    pub fn diagnostic(&mut self, d: &Diagnostic) {
        self.stop_reading();
        if d.severity == Severity::Error {
            self.errors += 1;
        }
        let _ = std::io::stderr().write_all(self.render(d).as_bytes());
    }

    /// A diagnostic as printed.
    fn render(&self, d: &Diagnostic) -> String {
        match self.format {
            ErrorFormat::Human => d.render_human(false),
            ErrorFormat::Plain => d.render_plain() + "\n",
            ErrorFormat::Json => d.to_json().to_string() + "\n",
        }
    }

    /// Prints every diagnostic, in order: rendered on every core and written at once (a file
    /// of 10,000 forms has thousands of import notes, #15).
    pub fn diagnostics(&mut self, ds: &[Diagnostic]) {
        self.stop_reading();
        use rayon::prelude::*;
        self.errors += ds.iter().filter(|d| d.severity == Severity::Error).count();
        let this = &*self;
        let texts: Vec<String> = ds.par_iter().map(|d| this.render(d)).collect();
        let _ = std::io::stderr()
            .lock()
            .write_all(texts.concat().as_bytes());
    }

    /// Prints a result to stdout.
    pub fn stdout(&mut self, text: &str) {
        self.stop_reading();
        let mut lock = std::io::stdout().lock();
        let _ = lock.write_all(text.as_bytes());
        let _ = lock.flush();
    }

    /// Prints a message to stderr (with `--error-format json`, as a JSON object with code
    /// `note`, so that every line of stderr is JSON).
    pub fn note(&mut self, text: &str) {
        self.stop_reading();
        let line = match self.format {
            ErrorFormat::Json => serde_json::json!({
                "code": "note",
                "severity": "info",
                "message": text,
            })
            .to_string(),
            ErrorFormat::Human | ErrorFormat::Plain => text.to_owned(),
        };
        let _ = writeln!(std::io::stderr(), "{line}");
    }

    /// An operational failure (I/O): reported once as an error (code `io`).
    pub fn fail(&mut self, e: &dyn std::fmt::Display) {
        self.stop_reading();
        self.errors += 1;
        let line = match self.format {
            ErrorFormat::Json => {
                Diagnostic::error(crate::diagnostic::DiagnosticCode::Io, e.to_string())
                    .to_json()
                    .to_string()
            }
            // The tag in the users' words, as on diagnostics (`错误: …`).
            ErrorFormat::Human | ErrorFormat::Plain => {
                format!("{}: {e}", crate::diagnostic::Severity::Error.word())
            }
        };
        let _ = writeln!(std::io::stderr(), "{line}");
    }

    /// Keeps a file not read as forms (said already by a diagnostic) for the end of the run.
    pub fn not_read(&mut self, file: crate::diagnostic::NotRead) {
        // In the order of the folder, whatever stage found them.
        let at = self.not_read.partition_point(|f| f.file <= file.file);
        self.not_read.insert(at, file);
    }

    /// The files not read as forms so far.
    pub fn files_not_read(&self) -> &[crate::diagnostic::NotRead] {
        &self.not_read
    }

    /// Ends the run with how many files were not read and which (tester s17s F6: said only
    /// at the top of a long output, they were missed), named relative to the folders `given`.
    pub fn say_not_read(&mut self, given: &[std::path::PathBuf]) {
        if let Some(line) = crate::diagnostic::NotRead::summary(&self.not_read, given) {
            self.note(&line.to_string());
        }
    }

    fn exit_floor(&self) -> Exit {
        if self.errors > 0 {
            Exit::Invalid
        } else {
            Exit::Ok
        }
    }
}
