//! `jixiao gen`: write a deterministic corpus of generated case files (benchmarks, tests).

use super::{Exit, Output};
use crate::generate;
use crate::load::LoadError;
use rayon::prelude::*;
use std::path::PathBuf;

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
    /// Directory to write into (created if missing; existing generated files are replaced).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
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
    let failures: Vec<LoadError> = (0..args.count)
        .into_par_iter()
        .filter_map(|i| {
            let (name, text) = generate::case(args.seed, i, &args.rules);
            let path = args.out.join(name);
            std::fs::write(&path, text)
                .err()
                .map(|source| LoadError::Write { path, source })
        })
        .collect();
    for f in failures.iter().take(10) {
        out.fail(f);
    }
    out.note(&format!(
        "generated {} forms (seed {}) into `{}`",
        args.count,
        args.seed,
        args.out.display()
    ));
    if failures.is_empty() {
        Exit::Ok
    } else {
        Exit::Invalid
    }
}
