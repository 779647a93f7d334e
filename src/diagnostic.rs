//! Problems in user input (rule files, case files, scripts, imports) as [`Diagnostic`]s: a
//! stable code, a severity, a span in a source file, a message and help. Loaders and
//! validators collect every diagnostic they find and hand the list on; only the CLI renders
//! them (as human text with the source line underlined, as plain `file:line:col` lines, or as
//! JSON).

pub mod codes;
pub mod key_words;
mod toml_error;
pub use toml_error::{joins_words, split_words, word_list_line};

pub use codes::DiagnosticCode;

use crate::i18n::{Message, msg};
use crate::source::{LineCol, Source, SourceFile};
use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::{self as cs_files, Files};
use codespan_reporting::term;
use serde::Serialize;
use std::ops::Range;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Informational.
    Info,
    /// Suspicious but usable.
    Warning,
    /// Stops the rule set or case from being used.
    Error,
}

impl Severity {
    /// The severity in the users' words, as the tag before a code (`错误[total-not-sum]`):
    /// `错误`/`警告`/`提示` in Chinese, `error`/`warning`/`info` in English (#16). The code
    /// after it stays the stable identifier; JSON keeps the English `severity`.
    pub fn word(self) -> Message {
        match self {
            Severity::Error => msg!("label-error"),
            Severity::Warning => msg!("label-warning"),
            Severity::Info => msg!("label-info"),
        }
    }
}

/// One problem in user input.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Stable code, e.g. `rules::unknown-key`; listed in docs/diagnostics.md.
    pub code: DiagnosticCode,
    /// Severity.
    pub severity: Severity,
    /// What is wrong, rendered at the edge in the user's language (the catalogs
    /// `i18n/<lang>/diagnostics.ftl`); English: lowercase, no trailing period, input in
    /// backticks.
    pub message: Message,
    /// The file and the byte span the problem is about (none for whole-file problems).
    pub source: Option<(Source, Range<usize>)>,
    /// What to do about it.
    pub help: Option<Message>,
    /// The case's field (cell) it is about, when it is about one: a finding on the same
    /// field may say it instead (one message per cell). Boxed: most diagnostics have none,
    /// and a `Result<_, Diagnostic>` stays small.
    pub field: Option<Box<crate::source::Field>>,
}

impl Diagnostic {
    /// An error at a span.
    pub fn error(code: impl Into<DiagnosticCode>, message: impl Into<Message>) -> Diagnostic {
        Diagnostic {
            code: code.into(),
            severity: Severity::Error,
            message: message.into(),
            source: None,
            help: None,
            field: None,
        }
    }

    /// A warning.
    pub fn warning(code: impl Into<DiagnosticCode>, message: impl Into<Message>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    /// Attaches the place the diagnostic is about.
    pub fn at(mut self, source: &Source, span: Range<usize>) -> Diagnostic {
        self.source = Some((source.clone(), span));
        self
    }

    /// Names the case's field (cell) it is about.
    pub fn on_field(mut self, field: crate::source::Field) -> Diagnostic {
        self.field = Some(Box::new(field));
        self
    }

    /// Attaches help text.
    pub fn help(mut self, help: impl Into<Message>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// The file name, line and column, when the diagnostic has a place.
    pub fn position(&self) -> Option<(String, LineCol)> {
        self.source
            .as_ref()
            .map(|(s, span)| (s.name.clone(), s.line_col(span.start)))
    }

    /// Renders for a terminal: header, the source line with the span underlined, help.
    pub fn render_human(&self, color: bool) -> String {
        // Colour is left to the terminal theme: the layout (and the underline under Chinese
        // text) is what matters, and plain text is what snapshots and pipes want.
        let _ = color;
        let Some((source, span)) = &self.source else {
            return self.render_plain() + "\n";
        };
        let message = self.message.to_string();
        let notes: Vec<String> = self.help.iter().map(help_line).collect();
        match OneLine::of(source, span) {
            // What codespan writes for a span within one line, written directly (#15:
            // codespan took 60,000 instructions a note, and a file of 10,000 forms has
            // 5,000 notes); `tests::one_line_snippets_are_codespans` holds the two equal.
            Some(snippet) => {
                let out = snippet.render(self.severity, &self.code, &message, &notes);
                self.localise_header(out)
            }
            None => self.render_codespan(source, span, message, notes),
        }
    }

    /// [`Diagnostic::render_human`] by codespan, for any span.
    fn render_codespan(
        &self,
        source: &SourceFile,
        span: &Range<usize>,
        message: String,
        notes: Vec<String>,
    ) -> String {
        let severity = match self.severity {
            Severity::Error => cs::Severity::Error,
            Severity::Warning => cs::Severity::Warning,
            Severity::Info => cs::Severity::Note,
        };
        let d = cs::Diagnostic::new(severity)
            .with_code(self.code.as_str())
            .with_message(message)
            .with_notes(notes)
            .with_labels(vec![cs::Label::primary((), span.clone())]);
        // The source's own line index: building one per diagnostic (codespan's `SimpleFile`)
        // made an import with a note per form quadratic in the input (#15).
        let file = Indexed(source);
        let config = term::Config::default();
        match term::emit_into_string(&config, &file, &d) {
            Ok(out) => self.localise_header(out),
            Err(_) => self.render_plain() + "\n",
        }
    }

    /// codespan writes its header's severity in English (`error[code]: …`, `note` for
    /// info); outside English it is the users' word (`错误[code]: …`), as in every other
    /// output.
    fn localise_header(&self, out: String) -> String {
        if crate::i18n::lang() == crate::i18n::Lang::En {
            return out;
        }
        let english = match self.severity {
            Severity::Error => "error[",
            Severity::Warning => "warning[",
            Severity::Info => "note[",
        };
        match out.strip_prefix(english) {
            Some(rest) => format!("{}[{rest}", self.severity.word()),
            None => out,
        }
    }

    /// One line: `file:line:col: severity[code]: message (help: …)`, the severity in the
    /// users' words (`错误[…]`).
    pub fn render_plain(&self) -> String {
        let sev = self.severity.word();
        let mut s = match self.position() {
            Some((file, lc)) => format!("{file}:{}:{}: ", lc.line, lc.column),
            None => String::new(),
        };
        s.push_str(&format!("{sev}[{}]: {}", self.code, self.message));
        if let Some(help) = &self.help {
            s.push_str(&format!(" ({})", one_line(&help_line(help))));
        }
        s
    }

    /// A JSON object with code, severity, message, help, file, line, column.
    pub fn to_json(&self) -> serde_json::Value {
        let (file, lc) = self
            .position()
            .map_or((None, None), |(f, lc)| (Some(f), Some(lc)));
        serde_json::json!({
            "code": self.code.as_str(),
            "severity": self.severity,
            "message": self.message,
            "help": self.help,
            "file": file,
            "line": lc.map(|l| l.line),
            "column": lc.map(|l| l.column),
        })
    }
}

/// `help: …` in the current language.
/// `text` on one line, for the one-line-per-diagnostic renderings: each line break and the
/// indentation after it is one space (a help listing lines to write, `levels = [` …, reads
/// `levels = [ { name = "优", min = "90" }, … ]`, still TOML).
fn one_line(text: &str) -> String {
    text.lines().map(str::trim).collect::<Vec<_>>().join(" ")
}

fn help_line(help: &Message) -> String {
    msg!("diagnostic-help", help = help.clone()).to_string()
}

/// A diagnostic's span that lies within one line of its source: everything codespan's
/// layout needs to underline it, which [`OneLine::render`] writes as codespan does.
struct OneLine<'a> {
    /// The file's name.
    name: &'a str,
    /// 1-based line and column (in characters) of the span's start.
    line: usize,
    column: usize,
    /// The line's text without its line break (codespan trims `\n`, `\r` and `\0` at its end).
    text: &'a str,
    /// The span within `text`, at least one byte long (codespan underlines an empty span by one
    /// caret).
    span: Range<usize>,
}

impl<'a> OneLine<'a> {
    /// The span's line when the span starts and ends on it (its line break not included);
    /// none otherwise, for codespan to lay out.
    fn of(source: &'a SourceFile, span: &Range<usize>) -> Option<OneLine<'a>> {
        let text = source.text.as_str();
        if span.start > span.end
            || span.end > text.len()
            || !text.is_char_boundary(span.start)
            || !text.is_char_boundary(span.end)
        {
            return None;
        }
        let at = source.line_col(span.start);
        let line_range = source.line_range(at.line - 1)?;
        // The span's end on the same line, as codespan tells it (after a line's `\n` is the
        // next line).
        if source.line_col(span.end).line != at.line {
            return None;
        }
        let line = text.get(line_range.clone())?;
        let start = span.start - line_range.start;
        let end = usize::max(span.end - line_range.start, start + 1);
        Some(OneLine {
            name: source.name.as_str(),
            line: at.line,
            column: at.column,
            text: line.trim_end_matches(['\n', '\r', '\0']),
            span: start..end,
        })
    }

    /// Header, `┌─ file:line:column`, the line with the span underlined by carets, each
    /// note after `=`, and the closing empty line, as codespan's `term::emit` lays out a
    /// single primary label without a message (default configuration, no colour).
    fn render(
        &self,
        severity: Severity,
        code: &DiagnosticCode,
        message: &str,
        notes: &[String],
    ) -> String {
        use std::fmt::Write;
        let word = match severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "note",
        };
        let pad = self.line.to_string().len();
        let gutter = " ".repeat(pad + 1);
        let mut out = String::with_capacity(256 + 2 * self.text.len());
        out.push_str(word);
        let code = code.as_str();
        if !code.is_empty() {
            let _ = write!(out, "[{code}]");
        }
        let _ = writeln!(out, ": {message}");
        let _ = writeln!(
            out,
            "{gutter}┌─ {}:{}:{}",
            self.name, self.line, self.column
        );
        let _ = writeln!(out, "{gutter}│");
        let _ = write!(out, "{:>pad$} │ ", self.line);
        let mut carets = String::with_capacity(self.text.len() + 4);
        let mut column = 0;
        // Each character with its width as codespan counts it (a tab to the next stop of 4),
        // then a placeholder of width 1 after the line, where an empty span at its end stands.
        let chars = self
            .text
            .char_indices()
            .chain(std::iter::once((self.text.len(), '\0')));
        for (at, c) in chars {
            let width = match c {
                '\t' => 4 - column % 4,
                _ if at == self.text.len() => 1,
                c => unicode_width::UnicodeWidthChar::width(c).unwrap_or(0),
            };
            column += width;
            if at < self.text.len() {
                match c {
                    '\t' => out.extend(std::iter::repeat_n(' ', width)),
                    c => out.push(c),
                }
            }
            let overlaps =
                usize::max(self.span.start, at) < usize::min(self.span.end, at + c.len_utf8());
            let mark = match () {
                () if overlaps => '^',
                () if at < self.span.end => ' ',
                () => continue,
            };
            carets.extend(std::iter::repeat_n(mark, width));
        }
        out.push('\n');
        let _ = writeln!(out, "{gutter}│ {carets}");
        if !notes.is_empty() {
            let _ = writeln!(out, "{gutter}│");
        }
        for note in notes {
            for (i, line) in note.lines().enumerate() {
                let bullet = if i == 0 { '=' } else { ' ' };
                let _ = writeln!(out, "{gutter}{bullet} {line}");
            }
        }
        out.push('\n');
        out
    }
}

/// A [`SourceFile`] as codespan's file database, answering from the line index the source
/// already holds.
struct Indexed<'a>(&'a SourceFile);

impl<'a> Files<'a> for Indexed<'a> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, cs_files::Error> {
        Ok(self.0.name.as_str())
    }

    fn source(&'a self, (): ()) -> Result<&'a str, cs_files::Error> {
        Ok(self.0.text.as_str())
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, cs_files::Error> {
        Ok(self.0.line_col(byte_index).line - 1)
    }

    fn line_range(&'a self, (): (), line_index: usize) -> Result<Range<usize>, cs_files::Error> {
        self.0
            .line_range(line_index)
            .ok_or(cs_files::Error::LineTooLarge {
                given: line_index,
                max: self.0.line_count().saturating_sub(1),
            })
    }
}

/// Where library code that runs over many files (a corpus, a regression run) sends what it
/// has to say as it goes, in the order it finds it: diagnostics about user input, operational
/// failures, and notes. The library never prints; the CLI implements this by printing
/// (`cli::Output`), tests and the watch loop by collecting ([`Collected`]).
pub trait Reporter {
    /// A problem in user input.
    fn diagnostic(&mut self, d: &Diagnostic);
    /// An operational failure (I/O), reported once.
    fn fail(&mut self, e: &dyn std::fmt::Display);
    /// A message for the user that is neither (what was written, what was skipped).
    fn note(&mut self, text: &str);
    /// Every diagnostic, in order.
    fn diagnostics(&mut self, ds: &[Diagnostic]) {
        for d in ds {
            self.diagnostic(d);
        }
    }
    /// `files` files of forms, `bytes` in all, are about to be read: a terminal may say so
    /// until the next thing reported (#16: reading one big workbook showed nothing).
    fn reading(&mut self, files: usize, bytes: u64) {
        let _ = (files, bytes);
    }
    /// A file given or found in a folder was not read as forms: skipped, refused, or read with
    /// no form in it (said by a diagnostic too). The CLI lists these at the end of the run and
    /// hands them to the reports (tester s17s F6: a department's missing file looked like
    /// nothing); others need not keep them.
    fn not_read(&mut self, file: NotRead) {
        let _ = file;
    }
}

/// A file that was not read as forms ([`Reporter::not_read`]): where it is, the code of the
/// diagnostic that said so, and why in a few words.
#[derive(Debug, Clone, PartialEq)]
pub struct NotRead {
    /// The file as the walk found it.
    pub file: String,
    /// `import::skipped`, `import::refused`, `import::no-forms` or `io`.
    pub code: &'static str,
    /// Why, without the file's name.
    pub reason: Message,
}

impl NotRead {
    /// The line that ends a run which left files unread: how many, and the first three by
    /// name (none when every file was read), each relative to the folder given (`given`, the
    /// paths on the command line) that holds it: `sub/说明.md`, not the folder's whole path
    /// again (reviewer s18).
    pub fn summary(files: &[NotRead], given: &[std::path::PathBuf]) -> Option<Message> {
        if files.is_empty() {
            return None;
        }
        // A file is counted once, however many of its sheets are listed (one line each); a
        // file whose only entries are hidden sheets' forms was read, its other forms scored
        // (tester s24 A2): the line says how many of those there are.
        let mut distinct: Vec<(&str, bool)> = Vec::new();
        for f in files {
            let hidden = f.code == "import::hidden-sheet";
            match distinct.iter_mut().find(|(name, _)| *name == f.file) {
                Some((_, only_hidden)) => *only_hidden &= hidden,
                None => distinct.push((&f.file, hidden)),
            }
        }
        let partly = distinct.iter().filter(|(_, hidden)| *hidden).count();
        let names = crate::i18n::list(
            (distinct.iter().take(NOT_READ_NAMED))
                .map(|(name, _)| Message::verbatim(shown_in(name, given))),
        );
        let id = match distinct.len() > NOT_READ_NAMED {
            true => "not-read-summary-more",
            false => "not-read-summary",
        };
        Some(
            Message::new(id)
                .arg("count", distinct.len())
                .arg("partly", partly)
                .arg("files", names),
        )
    }
}

impl NotRead {
    /// The file's path relative to the first of the folders `given` that holds it; as the
    /// walk found it when none does (a file given by name).
    pub fn shown_in(&self, given: &[std::path::PathBuf]) -> String {
        shown_in(&self.file, given)
    }
}

/// `file` relative to the first of the folders `given` that holds it, as
/// [`NotRead::shown_in`].
fn shown_in(file: &str, given: &[std::path::PathBuf]) -> String {
    let path = std::path::Path::new(file);
    given
        .iter()
        .filter_map(|folder| path.strip_prefix(folder).ok())
        .find(|rest| !rest.as_os_str().is_empty())
        .map_or_else(|| file.to_owned(), |rest| rest.display().to_string())
}

/// How many files not read the end line names ([`NotRead::summary`]).
const NOT_READ_NAMED: usize = 3;

/// One thing reported through a [`Reporter`], kept as data.
#[derive(Debug, Clone)]
pub enum Reported {
    /// [`Reporter::diagnostic`].
    Diagnostic(Diagnostic),
    /// [`Reporter::fail`], as text.
    Fail(String),
    /// [`Reporter::note`].
    Note(String),
}

/// A [`Reporter`] that keeps everything, in order.
#[derive(Debug, Clone, Default)]
pub struct Collected(pub Vec<Reported>);

impl Reporter for Collected {
    fn diagnostic(&mut self, d: &Diagnostic) {
        self.0.push(Reported::Diagnostic(d.clone()));
    }
    fn fail(&mut self, e: &dyn std::fmt::Display) {
        self.0.push(Reported::Fail(e.to_string()));
    }
    fn note(&mut self, text: &str) {
        self.0.push(Reported::Note(text.to_owned()));
    }
}

/// Counts the errors (error diagnostics and failures) passed on to another [`Reporter`]: for
/// library code that must not act after an error was reported (`regress --accept`).
pub struct Counting<'a> {
    inner: &'a mut dyn Reporter,
    /// Errors reported so far.
    pub errors: usize,
}

impl<'a> Counting<'a> {
    /// Counts what goes to `inner`.
    pub fn new(inner: &'a mut dyn Reporter) -> Counting<'a> {
        Counting { inner, errors: 0 }
    }
}

impl Reporter for Counting<'_> {
    fn diagnostic(&mut self, d: &Diagnostic) {
        if d.severity == Severity::Error {
            self.errors += 1;
        }
        self.inner.diagnostic(d);
    }
    fn fail(&mut self, e: &dyn std::fmt::Display) {
        self.errors += 1;
        self.inner.fail(e);
    }
    fn note(&mut self, text: &str) {
        self.inner.note(text);
    }
    fn not_read(&mut self, file: NotRead) {
        self.inner.not_read(file);
    }
}

/// The closest candidate to `word` by edit distance, for "did you mean" help.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let mut best: Option<(usize, &str)> = None;
    // A suggestion that reads like the word itself (they differ only in a line break or
    // another invisible character) tells the reader nothing: never offered (#15, F12).
    let visible = |t: &str| -> String { t.chars().filter(|c| !c.is_control()).collect() };
    let shown = visible(word);
    for c in candidates {
        if visible(c) == shown {
            continue;
        }
        let d = edit_distance(word, c);
        let limit = (c.chars().count().max(word.chars().count()) / 3).max(1);
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// The `n` candidates nearest to `word` by edit distance, nearest first (ties in the
/// candidates' order): for help texts that cannot list every candidate.
pub fn nearest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    n: usize,
) -> Vec<&'a str> {
    let mut scored: Vec<(usize, usize, &str)> = candidates
        .into_iter()
        .enumerate()
        .map(|(i, c)| (edit_distance(word, c), i, c))
        .collect();
    scored.sort_unstable();
    scored.into_iter().take(n).map(|(_, _, c)| c).collect()
}

/// Edit distance counting a swap of two neighbouring characters as one edit (`scroe` →
/// `score`), the commonest typo.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            let mut d = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            if i > 0
                && j > 0
                && a.get(i - 1) == Some(cb)
                && b.get(j - 1) == Some(ca)
                && let Some(p) = prev2.get(j - 1)
            {
                d = d.min(p + 1);
            }
            cur[j + 1] = d;
        }
        prev2 = std::mem::replace(&mut prev, cur);
    }
    prev.last().copied().unwrap_or(0)
}

/// The key of the `key = value` line whose value starts at byte `at` of `text` (`aliases` for
/// `aliases = "完成、达成"`); none when the text before `at` on its line is not a key and `=`.
fn key_before(text: &str, at: usize) -> Option<&str> {
    let before = text.get(..at)?;
    let line = before.rsplit('\n').next()?;
    let key = line.trim_end().strip_suffix('=')?.trim();
    let bare = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.';
    (!key.is_empty() && key.chars().all(bare)).then_some(key)
}

/// `分值 = "40"` in a rule file: a key written in Chinese is the English key it means, not a
/// word to quote (tester s24 C1: quoting it gave "unknown key `分值`" next).
fn chinese_key(
    code: DiagnosticCode,
    source: &Source,
    err: &toml::de::Error,
    written: &str,
) -> Option<Diagnostic> {
    let message = err.message().trim();
    if !message.starts_with("invalid unquoted key") || !code.as_str().starts_with("rules::") {
        return None;
    }
    let span = err.span()?;
    let english = key_words::english(written, key_words::table_at(&source.text, span.start))?;
    let line = key_words::line_with(&source.text, span.clone(), english);
    Some(
        Diagnostic::error(
            code,
            msg!(
                "toml-worded",
                what = msg!("toml-chinese-key", written = written),
                error = message
            ),
        )
        .help(msg!(
            "chinese-key-help",
            written = written,
            key = english,
            line = line
        ))
        .at(source, span),
    )
}

/// Turns a TOML parse/deserialize error into a diagnostic at its span.
pub fn from_toml_error(
    code: impl Into<DiagnosticCode>,
    source: &Source,
    err: &toml::de::Error,
) -> Diagnostic {
    let message = err.message().trim().to_owned();
    let written = err
        .span()
        .and_then(|s| source.text.get(s))
        .unwrap_or_default();
    let key = err.span().and_then(|s| key_before(&source.text, s.start));
    // A string left open inside `{ … }` or `[ … ]` runs on into the next item, and TOML
    // reports what it stumbles on there, on a later line, in its own words (tester s14r F4:
    // `min = "60 },` was told as "missing key for inline table element" on the next line).
    // The open quote is the mistake to name, where it is.
    if let Some(open) = err
        .span()
        .and_then(|s| toml_error::open_quote_before(&source.text, s.start))
        && !message.starts_with("invalid basic string")
        && !message.starts_with("invalid literal string")
    {
        let (what, help, at) = match open {
            toml_error::OpenQuote::Open { at, line } => {
                let quote = source.text.get(at.clone()).unwrap_or("\"").to_owned();
                let help = match line {
                    Some(line) => msg!(
                        "toml-unterminated-bracket-help",
                        quote = quote.clone(),
                        line = line
                    ),
                    None => msg!("toml-unterminated-help", quote = quote.clone()),
                };
                (msg!("toml-unterminated", quote = quote), help, at)
            }
            toml_error::OpenQuote::Swallowed {
                at,
                written,
                key,
                line,
            } => (
                msg!("toml-quote-swallowed", written = written, key = key),
                msg!("toml-quote-swallowed-help", line = line),
                at,
            ),
        };
        return Diagnostic::error(code, msg!("toml-worded", what = what, error = &message))
            .help(help)
            .at(source, at);
    }
    let code = code.into();
    if let Some(d) = chinese_key(code, source, err, written) {
        return d;
    }
    let mut d = match toml_error::worded(&message, written, key) {
        Some((what, help)) => {
            Diagnostic::error(code, msg!("toml-worded", what = what, error = &message)).help(help)
        }
        None => Diagnostic::error(code, msg!("toml-error", error = &message)),
    };
    if let Some(span) = err.span() {
        d = d.at(source, span);
    }
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some((field, expected)) = rest.split_once("`, expected ")
    {
        {
            let names: Vec<&str> = expected
                .split(['`', ',', ' '])
                .filter(|s| !s.is_empty() && *s != "one" && *s != "of" && *s != "or")
                .collect();
            let help = match did_you_mean(field, names.iter().copied()) {
                Some(m) => msg!("did-you-mean", name = m),
                None => msg!("valid-keys-here", keys = names.join(", ")),
            };
            d = d.help(help);
        }
    }
    d
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    /// A file listed once a hidden sheet is counted once, and one whose only entries are
    /// hidden sheets' forms is said to be read but for them (tester s24 A2).
    #[test]
    fn the_not_read_line_counts_each_file_once() {
        let entry = |file: &str, code| NotRead {
            file: file.to_owned(),
            code,
            reason: Message::verbatim(String::new()),
        };
        let files = [
            entry("a.xlsx", "import::hidden-sheet"),
            entry("a.xlsx", "import::hidden-sheet"),
            entry("b.md", "import::skipped"),
        ];
        let plain = |m: Message| m.to_string().replace(['\u{2068}', '\u{2069}'], "");
        let line = plain(NotRead::summary(&files, &[]).unwrap());
        assert!(
            line.starts_with("2 more files were not read or not scored in full (a.xlsx, b.md)"),
            "{line}"
        );
        assert!(
            line.contains("in one of them only the forms in hidden sheets"),
            "{line}"
        );
        let line = plain(NotRead::summary(&files[2..], &[]).unwrap());
        assert!(
            line.starts_with("one more file was not read (b.md): see why"),
            "{line}"
        );
    }

    #[test]
    fn suggests_the_nearest_key() {
        assert_eq!(did_you_mean("wieght", ["weight", "name"]), Some("weight"));
        assert_eq!(did_you_mean("zzz", ["weight", "name"]), None);
        assert_eq!(did_you_mean("scroe", ["score", "level3"]), Some("score"));
        assert_eq!(
            did_you_mean("达成预期", ["达成预期指标", "未达成"]),
            Some("达成预期指标")
        );
        assert_eq!(did_you_mean("良好", ["达成预期指标", "未达成"]), None);
        // #15 F12: never a suggestion that reads like what is written.
        assert_eq!(did_you_mean("达成预期\n指标", ["达成预期指标"]), None);
        assert_eq!(did_you_mean("score", ["score", "scores"]), Some("scores"));
        assert_eq!(
            did_you_mean("达成预期指", ["达成预期指标", "未达成"]),
            Some("达成预期指标")
        );
    }

    /// Renders `d` both ways: written directly where the span is within one line, and by
    /// codespan.
    fn both_ways(d: &Diagnostic) -> (String, String) {
        let (source, span) = d.source.as_ref().unwrap();
        let notes: Vec<String> = d.help.iter().map(help_line).collect();
        let codespan = d.render_codespan(source, span, d.message.to_string(), notes);
        (d.render_human(false), codespan)
    }

    proptest::proptest! {
        /// Every span within a line of any text — Chinese, wide and zero-width characters,
        /// tabs, control characters, `\r\n`, empty lines, a last line with or without its
        /// break — renders as codespan renders it, with and without help (of one or two
        /// lines), at every severity (the language changes the header's word alike in both).
        #[test]
        fn one_line_snippets_are_codespans(
            text in "([a-z 表格第行\t\r\u{0}\u{300}\u{200b}😀|:]{0,12}\n){0,4}[a-z表格\t\r]{0,8}",
            start in 0usize..80,
            len in 0usize..20,
            help in proptest::option::of("[a-z帮助]{0,6}(\n[a-z]{0,4})?"),
            severity in 0usize..3,
        ) {
            let src = SourceFile::new("forms.txt", text.clone());
            let start = start.min(text.len());
            let end = (start + len).min(text.len());
            proptest::prop_assume!(text.is_char_boundary(start) && text.is_char_boundary(end));
            let mut d = Diagnostic::error(codes::ImportCode::Recognised, "读取 a note")
                .at(&src, start..end);
            d.severity = [Severity::Info, Severity::Warning, Severity::Error][severity];
            if let Some(help) = help {
                d = d.help(crate::i18n::Message::verbatim(help));
            }
            let (direct, codespan) = both_ways(&d);
            proptest::prop_assert_eq!(direct, codespan);
        }
    }

    /// The fast path is taken for a span within a line and left for one across lines.
    #[test]
    fn a_span_across_lines_is_left_to_codespan() {
        let src = SourceFile::new("a.txt", "第一行\n第二行\n");
        assert!(OneLine::of(&src, &(0..3)).is_some());
        assert!(OneLine::of(&src, &(3..9)).is_some());
        assert!(OneLine::of(&src, &(3..10)).is_none());
        assert!(OneLine::of(&src, &(0..src.text.len())).is_none());
        let d = Diagnostic::warning(codes::ImportCode::Guessed, "x").at(&src, 3..12);
        let (direct, codespan) = both_ways(&d);
        assert_eq!(direct, codespan);
    }

    #[test]
    fn human_render_underlines_chinese_text() {
        let src = SourceFile::new("r.toml", "[a]\nname = \"产出指标\"\n");
        let start = src.text.find('"').unwrap_or(0);
        let d = Diagnostic::error(codes::CaseCode::Syntax, "bad name").at(&src, start..start + 14);
        let out = d.render_human(false);
        assert!(out.contains("r.toml:2:8"), "{out}");
        assert!(
            d.render_plain()
                .starts_with("r.toml:2:8: error[case::syntax]")
        );
    }
}
