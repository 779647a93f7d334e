//! Files the commands write (`score --out`, `diff --out`, `export --out`, `gen`, `import`):
//! checked before anything is computed, so a report never replaces one of its own inputs
//! nor a file the user did not ask to replace (issue #18 item 9). The writing itself goes
//! through a temporary file renamed into place ([`crate::load::write_bytes`]).

use crate::diagnostic::Diagnostic;
use crate::diagnostic::codes::OutputCode;
use crate::i18n::msg;
use std::path::{Path, PathBuf};

/// Why an output path is refused: `output::is-input` when the path is a file the command
/// reads (a case file, or anything under a rule set directory), `output::exists` when it
/// exists and `--force` was not given.
pub(crate) fn check(
    path: &Path,
    input_files: &[PathBuf],
    input_dirs: &[&Path],
    force: bool,
) -> Result<(), Diagnostic> {
    let Ok(canonical) = path.canonicalize() else {
        // Nothing there yet: it cannot be an input, and nothing is overwritten.
        return Ok(());
    };
    let is_input = input_files
        .iter()
        .any(|f| f.canonicalize().is_ok_and(|f| f == canonical))
        || input_dirs
            .iter()
            .any(|d| d.canonicalize().is_ok_and(|d| canonical.starts_with(d)));
    if is_input {
        return Err(is_input_diagnostic(path));
    }
    if canonical.is_dir() {
        return Err(Diagnostic::error(
            OutputCode::Exists,
            msg!("output-is-directory", path = path.display().to_string()),
        )
        .help(msg!("output-is-directory-help")));
    }
    if !force {
        return Err(exists_diagnostic(path));
    }
    Ok(())
}

fn is_input_diagnostic(path: &Path) -> Diagnostic {
    Diagnostic::error(
        OutputCode::IsInput,
        msg!("output-is-input", path = path.display().to_string()),
    )
    .help(msg!("output-is-input-help"))
}

/// The diagnostic for an output file that exists (shared with `gen`).
pub(crate) fn exists_diagnostic(path: &Path) -> Diagnostic {
    Diagnostic::error(
        OutputCode::Exists,
        msg!("output-exists", path = path.display().to_string()),
    )
    .help(msg!("output-exists-help"))
}
