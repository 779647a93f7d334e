//! `jixiao export CASES... --out FILE.xlsx`: case files back to form sheets in the standard
//! layout, one sheet per form, for staff who work in spreadsheets and for round trips
//! (`jixiao import FILE.xlsx` reads them back to the same cases).

use super::{Exit, Output};
use crate::i18n::msg;
use crate::import::export;
use crate::load;
use crate::load::raw_case::RawCase;
use std::path::PathBuf;

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Case files or directories of them (default: `cases`).
    pub paths: Vec<PathBuf>,
    /// The workbook to write.
    #[arg(long, value_name = "FILE.xlsx")]
    pub out: PathBuf,
    /// Replace the `--out` file when it exists.
    #[arg(long)]
    pub force: bool,
}

/// Runs `export`.
pub fn run(args: ExportArgs, out: &mut Output) -> Exit {
    let files = crate::pipeline::case_files(&args.paths, out);
    if let Err(d) = super::output_file::check(&args.out, &files, &[], args.force) {
        out.diagnostic(&d);
        return Exit::Invalid;
    }
    let mut drafts = Vec::new();
    for f in &files {
        let source = match load::read_source(f) {
            Ok(s) => s,
            Err(e) => {
                out.fail(&e);
                continue;
            }
        };
        match toml::from_str::<RawCase>(&source.text) {
            Ok(raw) => drafts.push(export::draft_of(&raw)),
            Err(e) => out.fail(&msg!(
                "export-not-a-case",
                path = f.display().to_string(),
                error = e.to_string()
            )),
        }
    }
    let bytes = match export::workbook(&drafts) {
        Ok(b) => b,
        Err(e) => {
            out.fail(&msg!("export-cannot-build", error = e.to_string()));
            return Exit::Invalid;
        }
    };
    if let Err(e) = load::write_bytes(&args.out, &bytes) {
        out.fail(&e);
        return Exit::Invalid;
    }
    out.note(
        &msg!(
            "export-done",
            forms = drafts.len(),
            path = args.out.display().to_string()
        )
        .to_string(),
    );
    Exit::Ok
}
