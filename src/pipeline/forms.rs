//! Files of forms scored without writing case files (#15): `jixiao score FILE` where FILE is
//! text, a workbook, a document or a page as `import` reads it. Each form is imported in
//! memory and validated from the mirror of exactly the case text `import` would write
//! ([`cases`]; the mirror is built as the text is written, so the text is not parsed again),
//! so its scores and findings are those of the written case file. Also the diagnostics `import` and
//! `score` give for what the importer noticed.

use crate::diagnostic::codes::{CaseCode, ImportCode};
use crate::diagnostic::{Diagnostic, NotRead, Reporter, Severity};
use crate::i18n::msg;
use crate::import::{self, HiddenForms, ImportNote, InputFormat, NoteKind};
use crate::load;
use crate::model::Case;
use crate::source::{Source, SourceFile};
use crate::validate::{self, Validated};
use rayon::prelude::*;
use std::path::Path;

/// Forms read from a file and validated into cases, without writing a case file: what
/// `jixiao score FILE` scores when FILE holds forms (text, a workbook, a document, a page)
/// rather than a case.
pub struct ImportedCases {
    /// The format the input was read as.
    pub format: InputFormat,
    /// The import: its notes, and each form's case text.
    pub import: import::Import,
    /// One validated case per form of the import, in the same order.
    pub cases: Vec<Validated<Case>>,
    /// The input's text, decoded once, that the notes point into (text inputs whose notes
    /// name a line; see [`import::import_with_text`]).
    pub text: Option<Source>,
}

/// Imports `bytes` as [`import::import`] does and validates every form's case text into the
/// model, on every core. Each case is validated from the mirror of exactly the text `jixiao
/// import` would write, so its findings and scores are those of the written case file; its source is named
/// `SOURCE#FILE_NAME` (the case file `import --out` would write). `Err` as for
/// [`import::import`].
pub fn cases(
    source_name: &str,
    bytes: &[u8],
    rules: Option<&str>,
) -> Result<ImportedCases, String> {
    let (format, mut import, text) = import::import_with_text(source_name, bytes, rules)?;
    let cases = import
        .forms
        .par_iter_mut()
        .map(|form| {
            let toml = form.toml.clone();
            let mirror = form.mirror.0.take();
            validate_form(source_name, &form.file_name, toml, mirror)
        })
        .collect();
    Ok(ImportedCases {
        format,
        import,
        cases,
        text,
    })
}

/// One imported form's case text validated into the model, named `SOURCE#FILE_NAME` (the
/// case file `import --out` would write).
fn validate_form(
    source_name: &str,
    file_name: &str,
    toml: String,
    mirror: Option<std::sync::Arc<crate::load::raw_case::RawCase>>,
) -> Validated<Case> {
    let source = SourceFile::new(format!("{source_name}#{file_name}"), toml);
    // The mirror built as the text was written is what parsing the text gives: validated as
    // it stands, through the case file's own validation.
    match mirror {
        Some(raw) => validate::case::from_raw(&raw, &source),
        None => validate::case::validate(&source),
    }
}

/// One form read, validated as its tables are handed on ([`validate::case::Builder`]) by the
/// walk that writes a case file, without writing its text (#15): no case text, no mirror; a
/// form its reader wrote already is validated from its mirror.
/// Named as [`validate_form`] names it, the case has no case file: its places and diagnostics
/// are on the form (#16 F5), a diagnostic framing the line of `input` (the input's text)
/// its cell was read from.
///
/// `listed` false: no output lists the form's import notes, and the case is handed on with
/// none ([`import::PendingForm::feed`]) but for how many are doubtful.
fn validate_pending(
    source_name: &str,
    rules: Option<&str>,
    input: Option<&Source>,
    form: import::PendingForm,
    listed: bool,
) -> Validated<Case> {
    let start = form.start();
    let on_form = |file_name: &str, index: u32| validate::case::OnForm {
        name: format!("{source_name}#{file_name}"),
        input,
        start,
        of: crate::model::FormOf {
            input: source_name.to_owned(),
            index,
        },
    };
    let mut builder = validate::case::Builder::default();
    // No case text is written: the form has no case file (#15, #16 F5).
    match form.feed(source_name, rules, &mut builder, listed) {
        import::Writing::Fed(fed) => {
            if let Some(count) = fed.doubtful_notes {
                builder.doubtful_notes(count, fed.guessed_at);
            }
            builder.finish_on_form(on_form(&fed.file_name, fed.index))
        }
        import::Writing::Written(f) => match f.mirror.0 {
            Some(raw) => validate::case::fed(&raw).finish_on_form(on_form(&f.file_name, f.index)),
            None => validate_form(source_name, &f.file_name, f.toml, None),
        },
    }
}

/// The forms of a file, written as case files and validated a chunk at a time as they are
/// asked for ([`Forms::next_chunk`]), so that scoring a file of 10,000 forms never holds all
/// their case texts, mirrors or validated cases at once (#15). Each form's case text goes as
/// it is validated.
pub struct Forms {
    source_name: String,
    /// The rule set the forms name (none: `score` gives `--rules`).
    rules: Option<String>,
    forms: std::vec::IntoIter<import::PendingForm>,
    /// The reader still handing its forms on as it reads (the seed's text), with the text
    /// its notes are placed on: the notes are reported once it has read the whole input
    /// ([`Forms::report_read`]), as they are before the first form's diagnostics (#15).
    reading: Option<(Box<import::seed_text::Stream>, Option<Source>)>,
    /// The input's text, decoded once, whose lines the forms' diagnostics frame (#16 F5).
    text: Option<Source>,
    /// Which of the input's notes are printed.
    shown: NotesShown,
    /// Some output lists each form's import notes (false: CSV, the table; see
    /// [`Forms::notes_listed`]).
    listed: bool,
}

impl Forms {
    /// Whether the cases handed on carry their `import_notes` (by default they do): false
    /// when no output lists them, which spares wording each note of each form (#15).
    pub fn notes_listed(&mut self, listed: bool) {
        self.listed = listed;
    }

    /// The next `n` forms (fewer at the end, none after it) written and validated on every
    /// core, in form order. The whole input is read first, and its notes reported
    /// ([`Forms::settle`]).
    pub fn next_chunk(&mut self, n: usize, report: &mut dyn Reporter) -> Vec<Validated<Case>> {
        self.settle(report);
        self.next_done(n, |v| v)
    }

    /// True while the input is still being read: its notes are not reported yet, and
    /// diagnostics of its forms are to be held until they are ([`Forms::report_read`]).
    pub fn still_reading(&self) -> bool {
        self.reading.as_ref().is_some_and(|(s, _)| !s.ended())
    }

    /// Once the input was read ([`Forms::still_reading`] false): reports its notes and how
    /// many forms it holds (or that it holds none), as [`Read::report`] does for an input
    /// read at once; then nothing more.
    pub fn report_read(&mut self, report: &mut dyn Reporter) {
        if self.still_reading() {
            return;
        }
        let Some((stream, text)) = self.reading.take() else {
            return;
        };
        let (notes, count) = stream.finish();
        let notes: Vec<&ImportNote> = notes.iter().collect();
        report_notes(text.as_ref(), &notes, self.shown, report);
        report_count(&self.source_name, count, report);
    }

    /// Reads the rest of the input at once and reports its notes, if it is still being read
    /// (for the callers that take the forms without scoring them on: `diff`, `regress`).
    pub fn settle(&mut self, report: &mut dyn Reporter) {
        if let Some((stream, _)) = &mut self.reading {
            let mut forms: Vec<import::PendingForm> = self.forms.by_ref().collect();
            forms.extend(stream.next_forms(usize::MAX));
            self.forms = forms.into_iter();
        }
        self.report_read(report);
    }

    /// The next `n` forms (fewer at the end, none after it) written, validated and each
    /// case that validated handed to `then` on every core, in form order: each form's
    /// diagnostics with what `then` made of its case (#15: one pass over a chunk, a form
    /// going from its pending text to its result on one core, so its case is dropped where it
    /// was built, and a chunk waits for no second pass).
    pub fn next_done<T: Send>(
        &mut self,
        n: usize,
        then: impl Fn(Validated<Case>) -> T + Sync,
    ) -> Vec<T> {
        let mut chunk: Vec<import::PendingForm> = self.forms.by_ref().take(n).collect();
        if let Some((stream, _)) = &mut self.reading {
            chunk.extend(stream.next_forms(n - chunk.len()));
        }
        let (name, rules) = (self.source_name.as_str(), self.rules.as_deref());
        let (text, listed) = (self.text.as_ref(), self.listed);
        chunk
            .into_par_iter()
            .map(|f| then(validate_pending(name, rules, text, f, listed)))
            .collect()
    }
}

/// A file's forms read, with what they are read as and the text their notes point into.
pub struct Imported {
    /// The format the input was read as.
    pub format: InputFormat,
    /// The import: its notes, and each form read, to be written as a case file when it is
    /// validated; or the reader handing the forms on as it reads them.
    pub import: import::Reading,
    /// The input's text, decoded once (see [`import::read_with_text`]).
    pub text: Option<Source>,
}

/// True for a file that holds forms to import rather than a case: any existing file but `*.toml`
/// (directories yield only case files).
pub fn holds_forms(path: &Path) -> bool {
    // A path that is not there (a mistyped name, a pattern the shell left unexpanded) is not a
    // file of forms: it goes the case files' way and is reported as not found.
    path.is_file()
        && !path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
}

/// The error for files of forms given without a fixed rule set (`--rules DIR`): an imported
/// form names no rule set, so each of them would fail alone. Its help names the rule sets under
/// `root` that suit the file's forms by their year and title (tester s15: an officer does not
/// know the ids). A file that would be refused, or holds no form, gets that refusal instead
/// (tester s20 P2: "these are forms, name a rule set" for text refused as a PDF's once named).
pub fn need_rules(path: &Path, root: &Path) -> Diagnostic {
    let kinds = match form_kinds(path) {
        Some(Ok(None)) => return no_forms(&path.display().to_string()),
        Some(Ok(Some(kinds))) => kinds,
        Some(Err(reason)) => return refused(path, reason),
        None => Vec::new(),
    };
    let sets = super::rule_sets::Catalog::new(root).every();
    Diagnostic::error(
        CaseCode::NoRules,
        msg!("import-forms-need-rules", path = path.display().to_string()),
    )
    .help(super::rule_sets::choose_rules_help(
        &sets,
        &kinds,
        super::rule_sets::NamedIn::CommandLine,
    ))
}

/// What a file of forms holds as `score` would read it: the title and year of each kind of
/// its forms, `Ok(None)` when it holds no form, `Err` with the refusal `score` would give. None
/// for a file that cannot be read at all (`score` says why when it reads it).
type Kinds = Result<Option<Vec<(String, Option<i64>)>>, String>;

fn form_kinds(path: &Path) -> Option<Kinds> {
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    if size > import::limits::MAX_INPUT_BYTES {
        return Some(Err(import::too_large(size)));
    }
    let bytes = load::read_bytes(path).ok()?;
    let name = path.display().to_string();
    let read = import::import_with_text(&name, &bytes, None);
    Some(read.map(|(_, import, _)| (!import.forms.is_empty()).then(|| kinds_of(&import.forms))))
}

/// The title and year of each kind of form among `forms`, in their order.
pub fn kinds_of(forms: &[import::ImportedForm]) -> Vec<(String, Option<i64>)> {
    let mut kinds: Vec<(String, Option<i64>)> = Vec::new();
    for form in forms {
        let parsed;
        let raw = match &form.mirror.0 {
            Some(raw) => raw.as_ref(),
            None => match load::raw_case::parse_toml(&form.toml) {
                Ok(raw) => {
                    parsed = raw;
                    &parsed
                }
                Err(_) => continue,
            },
        };
        let header = raw.header.get_ref();
        let text = |cell: &Option<load::raw_case::RawCell>| {
            cell.as_ref()
                .map_or(String::new(), |c| c.get_ref().0.to_string())
        };
        let title = text(&header.title);
        let year = crate::evaluate::year_written(&text(&header.year), &title);
        // A 绩效目标自评表 with 分值 is offered the rules of the standard form (s17w F3).
        let scored = raw.indicators.iter().any(|i| {
            let points = text(&i.get_ref().points);
            let points = points.trim().trim_end_matches('分');
            points.parse::<rust_decimal::Decimal>().is_ok()
        });
        let title = crate::evaluate::kind_title(&title, scored);
        if !kinds.iter().any(|(t, y)| *t == title && *y == year) {
            kinds.push((title, year));
        }
    }
    kinds
}

/// A file of forms read, imported and validated, or why not.
pub enum Read {
    /// The forms: the file's name and its import, not yet validated.
    Forms(String, Box<Imported>),
    /// The file could not be read.
    Failed(load::LoadError),
    /// The file was refused (too large, not a readable workbook): the diagnostic, and the
    /// file as listed among those not read.
    Refused(Diagnostic, NotRead),
}

/// Reads and imports a file of forms; its forms are validated as they are scored
/// ([`Read::report`], then [`Forms::next_chunk`]).
pub fn read(path: &Path) -> Read {
    if let Ok(meta) = std::fs::metadata(path)
        && meta.len() > import::limits::MAX_INPUT_BYTES
    {
        let reason = import::too_large(meta.len());
        return Read::Refused(
            refused(path, reason.clone()),
            refused_not_read(path, reason),
        );
    }
    let bytes = match load::read_bytes(path) {
        Ok(b) => b,
        Err(e) => return Read::Failed(e),
    };
    let name = path.display().to_string();
    match import::read_streamed(&name, &bytes, None) {
        Ok((format, import, text)) => Read::Forms(
            name,
            Box::new(Imported {
                format,
                import,
                text,
            }),
        ),
        Err(e) => Read::Refused(refused(path, e.clone()), refused_not_read(path, e)),
    }
}

impl Read {
    /// Reports how the file was read and its notes as `import` says them (all of them, or
    /// the first few of each kind: `shown`), and how many forms it holds; returns the forms,
    /// to be validated a chunk at a time (none when the file could not be read or holds no
    /// form).
    pub fn report(self, report: &mut dyn Reporter, shown: NotesShown) -> Option<Forms> {
        let (name, imported) = match self {
            Read::Forms(name, imported) => (name, imported),
            Read::Failed(e) => {
                report.fail(&e);
                let (load::LoadError::Read { path, source }
                | load::LoadError::Write { path, source }) = &e;
                report.not_read(NotRead {
                    file: path.display().to_string(),
                    code: "io",
                    reason: load::io_reason(source),
                });
                return None;
            }
            Read::Refused(d, file) => {
                report.diagnostic(&d);
                report.not_read(file);
                return None;
            }
        };
        report.note(
            &msg!(
                "import-read-as",
                name = &name,
                format = imported.format.name()
            )
            .to_string(),
        );
        let Imported { import, text, .. } = *imported;
        let import = match import {
            import::Reading::Read(import) => import,
            import::Reading::Streamed(stream) => {
                let rules = stream.rules().map(str::to_owned);
                return Some(Forms {
                    source_name: name,
                    rules,
                    forms: Vec::new().into_iter(),
                    reading: Some((stream, text.clone())),
                    text,
                    shown,
                    listed: true,
                });
            }
        };
        let notes = import.forms.iter().flat_map(|f| import.reported_notes(f));
        let notes: Vec<&ImportNote> = import.problems.iter().chain(notes).collect();
        report_notes(text.as_ref(), &notes, shown, report);
        report_hidden(&name, &import.hidden, report);
        let rules = import.rules().map(str::to_owned);
        let forms = import.forms;
        if !report_count(&name, forms.len(), report) {
            return None;
        }
        Some(Forms {
            source_name: name,
            rules,
            forms: forms.into_iter(),
            reading: None,
            text,
            shown,
            listed: true,
        })
    }
}

/// Which of a file's import notes `score` prints (#15): a file of 10,000 forms has about
/// 5,000, tens of thousands of lines no one reads, and rendering them was a tenth of the run.
/// Every note still reaches the reports and the case files `import --out` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NotesShown {
    /// Every note, in full.
    All,
    /// Every note of a file with at most [`NOTES_IN_FULL`]; of a larger one, the first
    /// [`NOTES_OF_A_KIND`] of each kind in full, each kind's followed by one line saying how
    /// many more there were and on which forms.
    #[default]
    Summary,
}

/// A file with at most this many notes has every one printed: a form or a few forms (the
/// real single forms in the test data have up to 38 notes, each worth reading), not a
/// department's whole year.
pub const NOTES_IN_FULL: usize = 50;

/// How many notes of each kind a larger file has printed in full: enough to see what the
/// kind is and where it starts, few enough that every kind fits on one screen.
pub const NOTES_OF_A_KIND: usize = 3;

/// One thing printed of a file's notes ([`shown_notes`]).
#[derive(Debug, PartialEq, Eq)]
enum Shown<'a> {
    /// A note in full.
    Note(&'a ImportNote),
    /// How many more notes of the kind just printed were left out, and the first and last
    /// form they are on (none: on no form).
    More(usize, Option<(u32, u32)>),
}

/// A kind of note (its kind and its message's catalog id) in a file: how many notes, and the
/// first and last form of those left out.
struct KindSeen {
    key: (NoteKind, Option<&'static str>),
    count: usize,
    forms: Option<(u32, u32)>,
}

/// What is printed of `notes` (in input order), as `shown` says: each kind (the note's kind
/// and message) summed up after its first [`NOTES_OF_A_KIND`] notes.
fn shown_notes<'a>(notes: &[&'a ImportNote], shown: NotesShown) -> Vec<Shown<'a>> {
    if shown == NotesShown::All || notes.len() <= NOTES_IN_FULL {
        return notes.iter().map(|n| Shown::Note(n)).collect();
    }
    // Each kind once, in the order it first appears.
    let mut kinds: Vec<KindSeen> = Vec::new();
    let mut ordinals = Vec::with_capacity(notes.len());
    for n in notes {
        let key = (n.kind, n.message.id());
        let at = match kinds.iter().position(|k| k.key == key) {
            Some(at) => at,
            None => {
                kinds.push(KindSeen {
                    key,
                    count: 0,
                    forms: None,
                });
                kinds.len() - 1
            }
        };
        let Some(kind) = kinds.get_mut(at) else {
            continue;
        };
        kind.count += 1;
        if kind.count > NOTES_OF_A_KIND && n.form > 0 {
            let (a, b) = kind.forms.unwrap_or((n.form, n.form));
            kind.forms = Some((a.min(n.form), b.max(n.form)));
        }
        ordinals.push((at, kind.count));
    }
    let mut out = Vec::new();
    for (n, (at, ordinal)) in notes.iter().zip(ordinals) {
        if ordinal > NOTES_OF_A_KIND {
            continue;
        }
        out.push(Shown::Note(n));
        if let Some(kind) = kinds.get(at)
            && ordinal == NOTES_OF_A_KIND
            && kind.count > NOTES_OF_A_KIND
        {
            out.push(Shown::More(kind.count - NOTES_OF_A_KIND, kind.forms));
        }
    }
    out
}

/// Reports a file's notes as `shown` says ([`shown_notes`]): each printed note placed on
/// its line on every core and rendered only then (the notes left out are never rendered).
fn report_notes(
    source: Option<&Source>,
    notes: &[&ImportNote],
    shown: NotesShown,
    report: &mut dyn Reporter,
) {
    let shown = shown_notes(notes, shown);
    for run in shown.split_inclusive(|s| matches!(s, Shown::More(..))) {
        let diagnostics: Vec<Diagnostic> = run
            .par_iter()
            .filter_map(|s| match s {
                Shown::Note(n) => Some(note_diagnostic(source, n)),
                Shown::More(..) => None,
            })
            .collect();
        report.diagnostics(&diagnostics);
        if let Some(Shown::More(count, forms)) = run.last() {
            report.note(&more_notes(*count, *forms).to_string());
        }
    }
}

/// The line standing for the notes of a kind left out: how many, on which forms, and where
/// to find them all.
fn more_notes(count: usize, forms: Option<(u32, u32)>) -> crate::i18n::Message {
    let forms = match forms {
        Some((a, b)) if a == b => msg!("import-notes-more-form", form = a.to_string()),
        Some((a, b)) => msg!(
            "import-notes-more-forms",
            first = a.to_string(),
            last = b.to_string()
        ),
        None => crate::i18n::Message::verbatim(""),
    };
    msg!("import-notes-more", count = count, forms = forms)
}

/// Reports how many forms of the file `name` are scored, or that it holds none (false).
fn report_count(name: &str, forms: usize, report: &mut dyn Reporter) -> bool {
    if forms == 0 {
        report.diagnostic(&no_forms(name));
        report.not_read(NotRead {
            file: name.to_owned(),
            code: "import::no-forms",
            reason: msg!("not-read-no-forms"),
        });
        return false;
    }
    report.note(&msg!("import-scoring-forms", forms = forms, name = name).to_string());
    true
}

/// Says each hidden sheet of the file `name` holding forms, which are not scored, as an
/// error, and keeps it among the files not read (tester s24 A2: said only as a passing note,
/// a whole department was missing from the reports and the run exited 0).
pub fn report_hidden(name: &str, hidden: &[HiddenForms], report: &mut dyn Reporter) {
    for h in hidden {
        let projects = crate::i18n::list(h.projects.iter().map(|p| match p.is_empty() {
            true => msg!("import-hidden-sheet-no-project"),
            false => msg!("import-quoted-text", text = crate::i18n::quoted(p)),
        }));
        let id = match h.very {
            true => "import-very-hidden-sheet-forms",
            false => "import-hidden-sheet-forms",
        };
        let sheet = crate::i18n::quoted(&h.sheet);
        let message = crate::i18n::Message::new(id)
            .arg("file", name)
            .arg("sheet", sheet.clone())
            .arg("count", h.projects.len())
            .arg("projects", projects.clone());
        report.diagnostic(&Diagnostic::error(ImportCode::HiddenSheet, message));
        report.not_read(NotRead {
            file: name.to_owned(),
            code: "import::hidden-sheet",
            reason: msg!(
                "not-read-hidden-sheet",
                sheet = sheet,
                count = h.projects.len(),
                projects = projects
            ),
        });
    }
}

/// No form in the input (a file holding no title, or only a title: #15 F20).
pub fn no_forms(name: &str) -> Diagnostic {
    Diagnostic::error(
        ImportCode::NoForms,
        msg!("import-no-forms-in-file", file = name),
    )
    .help(msg!("import-no-forms-in-file-help"))
}

/// A file `import` will not read (a PDF, a zip of forms, a damaged `.doc`, too large, not a readable
/// workbook, a zip bomb), naming the file and what to do.
pub fn refused(file: &std::path::Path, message: String) -> Diagnostic {
    Diagnostic::error(
        ImportCode::Refused,
        msg!(
            "import-refused",
            file = file.display().to_string(),
            reason = message
        ),
    )
    .help(msg!("import-refused-help"))
}

/// A refused file as listed among the files not read: [`refused`]'s reason.
pub fn refused_not_read(file: &std::path::Path, reason: String) -> NotRead {
    NotRead {
        file: file.display().to_string(),
        code: "import::refused",
        reason: crate::i18n::Message::verbatim(reason),
    }
}

/// An importer's note as a diagnostic: on its line of a text input (so every `--error-format`
/// shows it with the line), or naming the sheet and cell of a workbook.
pub fn note_diagnostic(source: Option<&Source>, n: &ImportNote) -> Diagnostic {
    let (code, severity) = match n.kind {
        NoteKind::Recognised => (ImportCode::Recognised, Severity::Info),
        NoteKind::Guessed => (ImportCode::Guessed, Severity::Warning),
        NoteKind::Unreadable => (ImportCode::Unreadable, Severity::Warning),
    };
    let d = Diagnostic::error(
        code,
        match n.form {
            0 => msg!(
                "import-note-diagnostic",
                message = n.message.clone(),
                place = n.place()
            ),
            form => msg!(
                "import-note-diagnostic-form",
                form = form.to_string(),
                message = n.message.clone(),
                place = n.place()
            ),
        },
    );
    let d = match (source, &n.sheet) {
        (Some(source), None) if n.line > 0 => d.at(source, source.line_span(n.line)),
        _ => d,
    };
    Diagnostic { severity, ..d }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    /// What validating `text` as a case file named `name` gives: the plain path.
    fn parsed(name: &str, text: &str) -> String {
        format!(
            "{:?}",
            validate::case::validate(&SourceFile::new(name, text))
        )
    }

    /// `text` with every `span: A..B` as `span: _`.
    fn without_spans(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(at) = rest.find("span: ") {
            out.push_str(&rest[..at + 6]);
            rest = &rest[at + 6..];
            let end = rest
                .find(|c: char| !c.is_ascii_digit() && c != '.')
                .unwrap_or(rest.len());
            out.push('_');
            rest = &rest[end..];
        }
        out.push_str(rest);
        out
    }

    /// A validated case and its diagnostics as far as they do not depend on where they are
    /// placed: the case without its source, spans and places, each diagnostic's code,
    /// severity and help (its message is checked by the caller).
    fn unplaced(v: &Validated<Case>) -> (String, Vec<String>) {
        let mut case = v.value.clone().unwrap();
        case.source = SourceFile::new("", "");
        case.rules = case.rules.map(|(id, _)| (id, 0..0));
        case.case_file = true;
        case.form_of = None;
        let map = &case.form_map;
        case.form_map = std::sync::Arc::new(crate::source::FormMap {
            indicators: map.indicators.clone(),
            funds: map.funds.clone(),
            cells: map.cells.clone(),
            input: map.input.clone(),
            start: None,
        });
        let diagnostics = (v.diagnostics.iter())
            .map(|d| format!("{} {:?} {:?}", d.code, d.severity, d.help))
            .collect();
        (without_spans(&format!("{case:?}")), diagnostics)
    }

    /// A form scored straight from its input is the case file `import` writes for it, but
    /// for where things are placed (#16 F5): every place on the form, the name of the case
    /// file that would be written, each diagnostic's message that of the case file with the
    /// place on the form after it, and framing the input's line where the form was text.
    fn assert_on_form(fast: &Validated<Case>, plain: &Validated<Case>, name: &str, what: &str) {
        assert_eq!(unplaced(fast), unplaced(plain), "{what}");
        let case = fast.value.as_ref().unwrap();
        assert!(!case.case_file && case.source.text.is_empty(), "{what}");
        assert!(case.form_of.is_some(), "{what}");
        assert_eq!(case.source.name, plain.value.as_ref().unwrap().source.name);
        for (f, p) in fast.diagnostics.iter().zip(&plain.diagnostics) {
            let (f, p) = (f.message.to_string(), p.message.to_string());
            assert!(f.starts_with(&p), "{what}: {f} / {p}");
        }
        for d in &fast.diagnostics {
            if let Some((source, _)) = &d.source {
                assert_eq!(source.name, name, "{what}: {d:?}");
            }
        }
    }

    /// The fast path is fenced by the plain one (#15): every form of every shipped file of
    /// forms, validated as its case text is written, gives the case and diagnostics that
    /// parsing and validating the case file `import` writes gives, but for their places, which
    /// are on the form ([`assert_on_form`]).
    #[test]
    fn forms_validated_as_written_are_their_case_files_validated() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let mut files = vec![root.join("seed-2023-huainan.txt")];
        let mut dirs = vec![root.join("import")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                match path.extension().and_then(|e| e.to_str()) {
                    _ if path.is_dir() => dirs.push(path),
                    Some("py" | "md" | "toml") => {}
                    _ => files.push(path),
                }
            }
        }
        let (mut forms, mut doubtful) = (0, 0);
        for file in &files {
            let bytes = std::fs::read(file).unwrap();
            let name = file.display().to_string();
            let Ok((_, pending, _)) = import::read_with_text(&name, &bytes, Some("anhui-2023"))
            else {
                continue;
            };
            let (_, again, text) =
                import::read_with_text(&name, &bytes, Some("anhui-2023")).unwrap();
            let written = again.write();
            assert_eq!(pending.forms.len(), written.forms.len(), "{name}");
            let (_, third, _) = import::read_with_text(&name, &bytes, Some("anhui-2023")).unwrap();
            let forms_of = pending.forms.into_iter().zip(third.forms);
            for ((form, same), case_file) in forms_of.zip(&written.forms) {
                forms += 1;
                let fast = validate_pending(&name, Some("anhui-2023"), text.as_ref(), form, true);
                // Fed with its notes unlisted (CSV, the table): the same case and diagnostics
                // but for its `import_notes`, none, with as many counted doubtful.
                // (A form its reader wrote already keeps the notes it was written with.)
                let read_here = same.start().is_some();
                let unlisted =
                    validate_pending(&name, Some("anhui-2023"), text.as_ref(), same, false);
                let (fast_case, case) = (fast.value.as_ref(), unlisted.value.as_ref());
                let (fast_case, case) = (fast_case.unwrap(), case.unwrap());
                assert!(!read_here || case.import_notes.is_empty(), "{name}");
                assert_eq!(case.guessed_notes, fast_case.guessed_notes, "{name}");
                doubtful += case.guessed_notes;
                let with_notes = Case {
                    import_notes: fast_case.import_notes.clone(),
                    ..case.clone()
                };
                assert_eq!(
                    format!("{with_notes:?}"),
                    format!("{fast_case:?}"),
                    "{name}"
                );
                assert_eq!(
                    format!("{:?}", unlisted.diagnostics),
                    format!("{:?}", fast.diagnostics),
                    "{name}"
                );
                // Sorted by field, as a place is looked up (`FormMap::describe`).
                let cells = &fast.value.as_ref().unwrap().form_map.cells;
                assert!(
                    cells.is_sorted(),
                    "{name} form {}: {cells:?}",
                    case_file.index
                );
                let plain = validate::case::validate(&SourceFile::new(
                    format!("{name}#{}", case_file.file_name),
                    &*case_file.toml,
                ));
                let what = format!("{name} form {}", case_file.index);
                assert_on_form(&fast, &plain, &name, &what);
            }
        }
        assert!(forms > 60, "only {forms} forms");
        assert!(doubtful > 20, "only {doubtful} doubtful notes");
    }

    /// A note of `kind` with message `id` on `form`.
    fn note(kind: NoteKind, id: &'static str, form: u32) -> ImportNote {
        ImportNote {
            form,
            cell: 1,
            line: 1,
            sheet: None,
            kind,
            message: crate::i18n::Message::new(id),
            piece: None,
        }
    }

    /// Up to [`NOTES_IN_FULL`] notes are all printed; above, the first [`NOTES_OF_A_KIND`] of
    /// each kind (kind and message), each kind's followed by how many more on which forms —
    /// the forms of the notes left out only — and with `All` every one.
    #[test]
    fn many_notes_are_summed_up_by_kind_after_the_first_few() {
        let (guessed, merged) = (NoteKind::Guessed, NoteKind::Recognised);
        let mut notes = vec![note(merged, "a", 0)];
        notes.extend((1..=40).map(|f| note(guessed, "a", f)));
        notes.extend((1..=9).map(|f| note(merged, "a", 100 + f)));
        let refs: Vec<&ImportNote> = notes.iter().collect();
        assert_eq!(refs.len(), NOTES_IN_FULL);
        let all = |s: &[Shown]| s.iter().all(|s| matches!(s, Shown::Note(_)));
        assert!(all(&shown_notes(&refs, NotesShown::Summary)));
        notes.push(note(guessed, "b", 7));
        let refs: Vec<&ImportNote> = notes.iter().collect();
        let shown = shown_notes(&refs, NotesShown::Summary);
        let forms: Vec<String> = (shown.iter())
            .map(|s| match s {
                Shown::Note(n) => n.form.to_string(),
                Shown::More(count, forms) => format!("+{count} {forms:?}"),
            })
            .collect();
        assert_eq!(
            forms,
            [
                "0",
                "1",
                "2",
                "3",
                "+37 Some((4, 40))",
                "101",
                "102",
                "+7 Some((103, 109))",
                "7"
            ]
        );
        let every = shown_notes(&refs, NotesShown::All);
        assert_eq!(every.len(), notes.len());
        assert!(all(&every));
    }

    /// Generated forms of every kind the generator makes, and forms with what validation
    /// warns about (an unknown funds row, a shared points cell with points, negative and
    /// unreadable numbers, cell keys given twice, no indicators), written and validated at
    /// once, are their case files validated.
    #[test]
    fn drafts_validated_as_written_are_their_case_files_validated() {
        use crate::import::draft::{Draft, Funds, Indicator};
        let text = |line, cell| crate::source::FormPlace::Text { line, cell };
        let check = |name: &str, draft: &Draft| {
            let mut builder = validate::case::Builder::default();
            let text = draft.write_to(&mut builder);
            let fast = builder.finish(&SourceFile::new(name, text.as_str()));
            assert_eq!(format!("{fast:?}"), parsed(name, &text), "{name}\n{text}");
            // Fed without its text (a form scored straight from its input): the same but for
            // the places, which are on the form.
            let mut builder = validate::case::Builder::default();
            draft.feed(&mut builder);
            let fed = builder.finish_on_form(validate::case::OnForm {
                name: name.to_owned(),
                input: None,
                start: None,
                of: crate::model::FormOf {
                    input: name.to_owned(),
                    index: 1,
                },
            });
            assert_on_form(
                &fed,
                &validate::case::validate(&SourceFile::new(name, text)),
                name,
                name,
            );
        };
        for i in 0..600 {
            let (name, text) = crate::generate::case(5, i, "anhui-2023");
            let raw = crate::load::raw_case::parse_toml(&text).unwrap();
            check(&name, &crate::import::export::draft_of(&raw));
        }
        let odd = Draft {
            project: " ".into(),
            rules: Some("../x".into()),
            import_notes: vec!["guessed (x)".into(), "猜测 x".into()],
            funds: vec![Funds {
                label: "备注".into(),
                values: ["-1", "十五", "120人", "1e30", "7.92万元", "-3"]
                    .map(String::from)
                    .to_vec(),
                cells: vec![("spent", text(3, 4)), ("label", "表1!C7".into())],
                ..Funds::default()
            }],
            indicators: vec![
                Indicator {
                    level3: "指标1:满意度≥85%".into(),
                    target: Some("≥９０％".into()),
                    points: Some("-5".into()),
                    score: Some("7.92万元".into()),
                    deduction: Some("x".into()),
                    shares_points: true,
                    cells: vec![("score", text(2, 1)), ("actual", text(1, 9))],
                    ..Indicator::default()
                },
                Indicator {
                    level3: "指标2".into(),
                    shares_points: true,
                    ..Indicator::default()
                },
            ],
            ..Draft::default()
        };
        check("odd", &odd);
        check(
            "no indicators",
            &Draft {
                indicators: Vec::new(),
                ..odd.clone()
            },
        );
        check(
            "nothing",
            &Draft {
                total: Some(crate::import::draft::Total::default()),
                ..Draft::default()
            },
        );
    }
}
