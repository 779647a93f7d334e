//! `jixiao import`: forms → case files, choosing the importer by the file's content (xlsx
//! workbook, the seed's `|` text, or one cell per paragraph).

use super::{Exit, Output};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::codes::ImportCode;
use crate::i18n::msg;
use crate::import::{self, Import, InputFormat};
use crate::load;
use crate::pipeline::forms::{no_forms, note_diagnostic, refused};
use crate::source::Source;
use std::path::{Path, PathBuf};

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

/// The file's name, its text as decoded (for notes on its lines), its format and its forms.
type Read = (String, Option<Source>, InputFormat, Import);

/// Reads the file and imports its forms; none (after saying why) when it cannot be read.
fn read(args: &ImportArgs, out: &mut Output) -> Option<Read> {
    // Refuse an oversized file before reading it into memory.
    if let Ok(meta) = std::fs::metadata(&args.file)
        && meta.len() > import::limits::MAX_INPUT_BYTES
    {
        out.diagnostic(&refused(&args.file, import::too_large(meta.len())));
        return None;
    }
    let bytes = match load::read_bytes(&args.file) {
        Ok(b) => b,
        Err(e) => {
            out.fail(&e);
            return None;
        }
    };
    let name = args.file.display().to_string();
    match import::import_with_text(&name, &bytes, args.rules.as_deref()) {
        Ok((format, import, source)) => Some((name, source, format, import)),
        Err(e) => {
            out.diagnostic(&refused(&args.file, e));
            None
        }
    }
}

/// Runs `import`.
pub fn run(args: ImportArgs, out: &mut Output) -> Exit {
    let Some((name, source, format, import)) = read(&args, out) else {
        return Exit::Invalid;
    };
    out.note(&msg!("import-read-as", name = &name, format = format.name()).to_string());
    for p in &import.problems {
        out.diagnostic(&note_diagnostic(source.as_ref(), p));
    }
    if import.forms.is_empty() {
        out.diagnostic(&no_forms(&name));
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
        .filter(|((_, plan), _)| *plan == Plan::Write)
        .map(|((path, _), form)| (path.clone(), form.toml.as_bytes()))
        .collect();
    let mut results = load::write_all(&to_write).into_iter();
    let mut exit = Exit::Ok;
    let (mut written, mut kept) = (0, 0);
    for (form, (path, plan)) in import.forms.iter().zip(&plans) {
        for n in import.reported_notes(form) {
            out.diagnostic(&note_diagnostic(source.as_ref(), n));
        }
        match plan {
            Plan::Kept => {
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
            Plan::Write => {}
        }
        if let Some(Err(e)) = results.next() {
            out.fail(&e);
            continue;
        }
        written += 1;
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
    exit
}

/// The last line of an import: how many forms, written and unchanged.
fn summary(forms: usize, name: &str, written: usize, kept: usize) -> String {
    msg!(
        "import-summary",
        forms = forms.to_string(),
        name = name,
        written = written.to_string(),
        kept = kept.to_string()
    )
    .to_string()
}

/// What to do with each form's case file under `out_dir`, decided before any is written.
fn plans(forms: &[import::ImportedForm], out_dir: &Path, force: bool) -> Vec<(PathBuf, Plan)> {
    forms
        .iter()
        .map(|form| {
            let path = out_dir.join(&form.file_name);
            let plan = match path.exists() && !force {
                // Identical content is not a conflict: re-importing is idempotent.
                true if std::fs::read_to_string(&path).is_ok_and(|t| t == form.toml) => Plan::Kept,
                true => Plan::Exists,
                false => Plan::Write,
            };
            (path, plan)
        })
        .collect()
}

/// What `import` does with one form's case file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plan {
    /// Write it (new, or `--force`).
    Write,
    /// The same text is there already.
    Kept,
    /// A different file is there and `--force` was not given.
    Exists,
}
