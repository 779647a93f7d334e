//! `jixiao import`: forms → case files.

use super::{Exit, Output};
use crate::diagnostic::{Diagnostic, Severity};
use crate::import::seed_text::{self, ImportNote, NoteKind};
use crate::load;
use crate::source::Source;
use std::path::PathBuf;

/// Arguments of `import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The file holding the forms (the seed's text format: every `|` closes a cell).
    pub file: PathBuf,
    /// Directory to write one case file per form into.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Rule set id written into each case file (`[form] rules`).
    #[arg(long, value_name = "ID")]
    pub rules: Option<String>,
    /// Overwrite case files that already exist.
    #[arg(long)]
    pub force: bool,
}

/// Runs `import`.
pub fn run(args: ImportArgs, out: &mut Output) -> Exit {
    let source = match load::read_source(&args.file) {
        Ok(s) => s,
        Err(e) => {
            out.fail(&e);
            return Exit::Invalid;
        }
    };
    let import = seed_text::import(&source.name, &source.text, args.rules.as_deref());
    for p in &import.problems {
        out.diagnostic(&note_diagnostic(&source, p));
    }
    if import.forms.is_empty() {
        out.diagnostic(
            &Diagnostic::error(
                "import::no-forms",
                format!("no form found in `{}`", source.name),
            )
            .help("each form starts with the title cell `项目支出绩效自评表 |`"),
        );
        return Exit::Invalid;
    }
    if let Err(e) = std::fs::create_dir_all(&args.out) {
        out.fail(&load::LoadError::Write {
            path: args.out.clone(),
            source: e,
        });
        return Exit::Invalid;
    }
    let mut exit = Exit::Ok;
    let (mut written, mut kept) = (0, 0);
    for form in &import.forms {
        for n in &form.notes {
            out.diagnostic(&note_diagnostic(&source, n));
        }
        let path = args.out.join(&form.file_name);
        if path.exists() && !args.force {
            // Identical content is not a conflict: re-importing is idempotent.
            if std::fs::read_to_string(&path).is_ok_and(|t| t == form.toml) {
                kept += 1;
                continue;
            }
            out.diagnostic(
                &Diagnostic::error(
                    "import::exists",
                    format!("`{}` exists and differs", path.display()),
                )
                .help("pass --force to overwrite it"),
            );
            exit = Exit::Invalid;
            continue;
        }
        if let Err(e) = std::fs::write(&path, &form.toml) {
            out.fail(&load::LoadError::Write { path, source: e });
            continue;
        }
        written += 1;
        if form.incomplete {
            out.note(&format!(
                "warning: form {} (`{}`) was cut short: imported as far as it goes and marked incomplete",
                form.index,
                path.display()
            ));
        }
    }
    out.note(&format!(
        "imported {} forms from `{}`: {written} written, {kept} unchanged",
        import.forms.len(),
        source.name
    ));
    exit
}

/// An importer's note as a diagnostic on its line of the input (every `--error-format`).
fn note_diagnostic(source: &Source, n: &ImportNote) -> Diagnostic {
    let (code, severity) = match n.kind {
        NoteKind::Recognised => ("import::recognised", Severity::Info),
        NoteKind::Guessed => ("import::guessed", Severity::Warning),
        NoteKind::Unreadable => ("import::unreadable", Severity::Warning),
    };
    let start = source.offset(n.line, 1);
    let end = source
        .text
        .get(start..)
        .and_then(|rest| rest.find('\n'))
        .map_or(source.text.len(), |i| start + i);
    let form = match (n.form, n.cell) {
        (0, 0) => String::new(),
        (0, cell) => format!("cell {cell}: "),
        (form, cell) => format!("form {form}, cell {cell}: "),
    };
    Diagnostic {
        severity,
        ..Diagnostic::error(code, format!("{form}{}", n.message)).at(source, start..end)
    }
}
