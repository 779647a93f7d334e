//! `jixiao gen`: write a deterministic corpus of generated case files (benchmarks, tests).

use super::{Exit, Output};
use crate::diagnostic::Diagnostic;
use crate::generate;
use crate::i18n::msg;
use crate::load::LoadError;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Arguments of `gen`.
#[derive(Debug, clap::Args)]
pub struct GenArgs {
    /// How many forms.
    #[arg(long, default_value_t = 1000)]
    pub count: u64,
    /// Seed: the same seed gives the same files.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Rule set id written into each case.
    #[arg(long, default_value = "anhui-2023")]
    pub rules: String,
    /// Directory to write into (created if missing). A file that exists with other content
    /// is left alone and reported unless `--force` is given.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Replace files that exist with other content.
    #[arg(long)]
    pub force: bool,
}

/// Runs `gen`.
pub fn run(args: GenArgs, out: &mut Output) -> Exit {
    if let Err(e) = std::fs::create_dir_all(&args.out) {
        out.fail(&LoadError::Write {
            path: args.out.clone(),
            source: e,
        });
        return Exit::Invalid;
    }
    let failures: Vec<Failure> = (0..args.count)
        .into_par_iter()
        .filter_map(|i| {
            let (name, text) = generate::case(args.seed, i, &args.rules);
            write_one(&args.out.join(name), &text, args.force)
        })
        .collect();
    for f in failures.iter().take(10) {
        match f {
            Failure::Exists(d) => out.diagnostic(d),
            Failure::Write(e) => out.fail(e),
        }
    }
    if failures.len() > 10 {
        out.note(
            &msg!(
                "generate-more-not-written",
                count = (failures.len() - 10).to_string()
            )
            .to_string(),
        );
    }
    out.note(
        &msg!(
            "generate-done",
            forms = args.count,
            seed = args.seed.to_string(),
            path = args.out.display().to_string()
        )
        .to_string(),
    );
    if failures.is_empty() {
        Exit::Ok
    } else {
        Exit::Invalid
    }
}

/// A generated file that was not written.
enum Failure {
    /// It exists with other content (a hand-written file, another seed) and `--force` was not given.
    Exists(Diagnostic),
    Write(LoadError),
}

/// Writes one generated file: identical content is left as is (re-running is idempotent),
/// other content only with `--force`.
fn write_one(path: &Path, text: &str, force: bool) -> Option<Failure> {
    if !force && path.exists() {
        if std::fs::read_to_string(path).is_ok_and(|t| t == text) {
            return None;
        }
        return Some(Failure::Exists(super::output_file::exists_diagnostic(path)));
    }
    crate::load::write_bytes(path, text.as_bytes())
        .err()
        .map(Failure::Write)
}
