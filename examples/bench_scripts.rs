//! Scores the 14 seed cases, replicated to 10,000 evaluations, under `rules/anhui-2023` with
//! and without its scripts (and under `rules/anhui-2023-local`, which has three more), and
//! prints the time per evaluation. Run from the repository root:
//!
//! ```text
//! cargo run --release --example bench_scripts [EVALUATIONS]
//! ```

use jixiao::evaluate::{Options, evaluate};
use jixiao::load;
use jixiao::model::{Case, RuleSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn rules(dir: &str) -> Result<RuleSet, String> {
    jixiao::pipeline::load_rule_set(Path::new(dir))
        .map_err(|e| e.to_string())?
        .value
        .ok_or_else(|| format!("`{dir}` does not validate"))
}

fn run(label: &str, rules: &RuleSet, cases: &[Case], n: usize) {
    let start = Instant::now();
    let mut sum = rust_decimal::Decimal::ZERO;
    for i in 0..n {
        if let Some(c) = cases.get(i % cases.len()) {
            sum += evaluate(
                rules,
                c,
                Options {
                    trace: false,
                    ..Options::default()
                },
            )
            .total_or_zero();
        }
    }
    let took = start.elapsed();
    println!(
        "{label:<40} {n} evaluations in {:>8.1} ms = {:>6.2} µs each (Σ totals {sum})",
        took.as_secs_f64() * 1e3,
        took.as_secs_f64() * 1e6 / n as f64
    );
}

fn main() -> Result<(), String> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let files =
        load::case_files(&[PathBuf::from("cases/huainan-2023")]).map_err(|e| e.to_string())?;
    let cases: Vec<Case> = files
        .iter()
        .filter_map(|f| jixiao::pipeline::load_case(f).ok().and_then(|v| v.value))
        .collect();
    let with = rules("rules/anhui-2023")?;
    let without = RuleSet {
        scripts: None,
        ..with.clone()
    };
    let local = rules("rules/anhui-2023-local")?;
    println!("{} seed cases", cases.len());
    // The bare cost of calling hooks: one that returns at once.
    let text = std::fs::read_to_string("rules/anhui-2023/rules.toml").map_err(|e| e.to_string())?;
    let cut = text.find("[[scripts]]").unwrap_or(text.len());
    let toml = format!(
        "{}[[scripts]]\nfile = \"noop.rhai\"\nhooks = [\"indicator\"]\n",
        &text[..cut]
    );
    let mut sources = load::ScriptSources::new();
    sources.insert(
        "noop.rhai".into(),
        Ok(jixiao::source::SourceFile::new(
            "noop.rhai",
            "fn indicator(form, rules, ind, result) { () }",
        )),
    );
    let noop = jixiao::validate::rules::validate_with_scripts(
        &jixiao::source::SourceFile::new("rules.toml", toml),
        "bench",
        &sources,
    )
    .value
    .ok_or("noop rule set does not validate")?;
    run("anhui-2023 + a no-op indicator hook", &noop, &cases, n);
    for _ in 0..2 {
        run("anhui-2023 without scripts", &without, &cases, n);
        run("anhui-2023 with its 2 scripts", &with, &cases, n);
        run("anhui-2023-local (3 scripts)", &local, &cases, n);
    }
    let start = Instant::now();
    let _ = rules("rules/anhui-2023-local")?;
    println!(
        "loading + compiling anhui-2023-local: {:.2} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    Ok(())
}
