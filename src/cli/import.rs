//! `jixiao import`: forms → case files, choosing the importer by the file's content (xlsx
//! workbook, the seed's `|` text, or one cell per paragraph).

use super::{Exit, Output};
use crate::diagnostic::codes::ImportCode;
use crate::diagnostic::{Diagnostic, Severity};
use crate::import::{self, ImportNote, InputFormat, NoteKind};
use crate::load;
use crate::source::{Source, SourceFile};
use std::path::PathBuf;

/// Arguments of `import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The file holding the forms: an `.xlsx` workbook, text in the seed's format (every `|`
    /// closes a cell), or text with one table cell per paragraph. Chosen by content.
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
    // Refuse an oversized file before reading it into memory.
    if let Ok(meta) = std::fs::metadata(&args.file)
        && meta.len() > import::limits::MAX_INPUT_BYTES
    {
        out.diagnostic(&refused(&args.file, import::too_large(meta.len())));
        return Exit::Invalid;
    }
    let bytes = match load::read_bytes(&args.file) {
        Ok(b) => b,
        Err(e) => {
            out.fail(&e);
            return Exit::Invalid;
        }
    };
    let name = args.file.display().to_string();
    let (format, import) = match import::import(&name, &bytes, args.rules.as_deref()) {
        Ok(i) => i,
        Err(e) => {
            out.diagnostic(&refused(&args.file, e));
            return Exit::Invalid;
        }
    };
    out.note(&format!("`{name}`: read as {}", format.name()));
    // Text inputs get notes with the input line underlined (GBK text decoded as it was read);
    // workbooks name `Sheet!B12`.
    let source = matches!(format, InputFormat::SeedText | InputFormat::Paragraphs)
        .then(|| SourceFile::new(name.clone(), import::encoding::decode(&bytes).text));
    for p in &import.problems {
        out.diagnostic(&note_diagnostic(source.as_ref(), p));
    }
    if import.forms.is_empty() {
        out.diagnostic(
            &Diagnostic::error(ImportCode::NoForms, format!("no form found in `{name}`")).help(
                "a form starts with the title cell 项目支出绩效自评表 (in the seed's text, `项目支出绩效自评表 |`)",
            ),
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
            out.diagnostic(&note_diagnostic(source.as_ref(), n));
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
                    ImportCode::Exists,
                    format!("`{}` exists and differs", path.display()),
                )
                .help("pass --force to overwrite it"),
            );
            exit = Exit::Invalid;
            continue;
        }
        if let Err(e) = load::write_bytes(&path, form.toml.as_bytes()) {
            out.fail(&e);
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
        name
    ));
    exit
}

/// A file `import` will not read (too large, not a readable workbook, a zip bomb).
fn refused(file: &std::path::Path, message: String) -> Diagnostic {
    Diagnostic::error(
        ImportCode::Refused,
        format!("`{}` was not imported: {message}", file.display()),
    )
    .help("import reads .xlsx and .xls workbooks and UTF-8 or GBK text; see docs/reliability.md for the size limits")
}

/// An importer's note as a diagnostic: on its line of a text input (so every `--error-format`
/// shows it with the line), or naming the sheet and cell of a workbook.
fn note_diagnostic(source: Option<&Source>, n: &ImportNote) -> Diagnostic {
    let (code, severity) = match n.kind {
        NoteKind::Recognised => (ImportCode::Recognised, Severity::Info),
        NoteKind::Guessed => (ImportCode::Guessed, Severity::Warning),
        NoteKind::Unreadable => (ImportCode::Unreadable, Severity::Warning),
    };
    let form = if n.form == 0 {
        String::new()
    } else {
        format!("form {}: ", n.form)
    };
    let d = Diagnostic::error(code, format!("{form}{} ({})", n.message, n.place()));
    let d = match (source, &n.sheet) {
        (Some(source), None) if n.line > 0 => {
            let start = source.offset(n.line, 1);
            let end = source
                .text
                .get(start..)
                .and_then(|rest| rest.find('\n'))
                .map_or(source.text.len(), |i| start + i);
            d.at(source, start..end)
        }
        _ => d,
    };
    Diagnostic { severity, ..d }
}
