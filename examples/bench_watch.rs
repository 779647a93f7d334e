//! Bench: `jixiao watch` latency from a save to a finished comparison.
//!
//! Generates N cases (default 10,000) with `jixiao::generate::case` into a temporary directory
//! beside a copy of `rules/anhui-2023` (with its scripts), starts a watch session on them, then
//! times the evaluation after (1) a rule edit that moves scores (every case re-scored and
//! compared, with the rule changes attributed), (2) the edit undone, (3) a case edit (one file
//! re-read and re-scored), (4) a save that changes nothing (content hash equal: no evaluation),
//! and (5) a script edit. Rendering the block is included; the debounce delay (default 50 ms)
//! is not.
//!
//! Run: `cargo run --release --example bench_watch [-- N]`. Figures are recorded in
//! docs/performance.md under "Watch".

mod common;
use common::copy_dir;
use jixiao::watch::{Changes, Config, State};

// The allocator of the `jixiao` binary, so the figures are the binary's.
#[global_allocator]
static GLOBAL: jixiao::allocator::Allocator = jixiao::allocator::Allocator;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The binary's allocator settings, so the figures are the binary's.
    jixiao::allocator::keep_freed_memory();
    let n: u64 = std::env::args().nth(1).map_or(Ok(10_000), |s| s.parse())?;
    // `--no-scripts`: the same rule set without its `[[scripts]]` (the engine alone).
    let no_scripts = std::env::args().any(|a| a == "--no-scripts");
    let tmp = std::env::temp_dir().join(format!("jixiao-bench-watch-{}", std::process::id()));
    let rules = tmp.join("rules/anhui-2023");
    copy_dir(Path::new("rules/anhui-2023"), &rules)?;
    let cases = tmp.join("cases");
    std::fs::create_dir_all(&cases)?;
    for i in 0..n {
        let (name, text) = jixiao::generate::case(2026, i, "anhui-2023");
        std::fs::write(cases.join(name), text)?;
    }
    let rule_file0 = rules.join("rules.toml");
    if no_scripts {
        let text = std::fs::read_to_string(&rule_file0)?;
        let cut = text.find("[[scripts]]").unwrap_or(text.len());
        std::fs::write(&rule_file0, &text[..cut])?;
    }
    let mut state = State::new(Config {
        rules: Some(rules.clone()),
        rules_root: tmp.join("rules"),
        cases: vec![cases.clone()],
        baseline: None,
    });
    let t = Instant::now();
    let first = state.start();
    println!(
        "{} cases, first evaluation (read, validate, score): {:.0} ms",
        first.cases,
        t.elapsed().as_secs_f64() * 1000.0
    );

    let rule_file = rule_file0;
    let script = rules.join("scripts/zero_target.rhai");
    let original = std::fs::read_to_string(&rule_file)?;
    let lowered = original
        .replacen("score_at = \"upper\"", "score_at = \"lower\"", 1)
        .replacen(
            "accept_reported_in_band = true",
            "accept_reported_in_band = false",
            1,
        );
    let one_case = std::fs::read_dir(&cases)?.next().ok_or("no case")??.path();
    let case_text = std::fs::read_to_string(&one_case)?;
    let script_text = std::fs::read_to_string(&script)?;

    // Each timed round writes the edit and evaluates; the untimed undo restores the original.
    let time = |label: &str, path: &PathBuf, original: &str, edit: &str, state: &mut State| {
        let update = |state: &mut State| {
            state.update(&Changes {
                files: [path.clone()].into_iter().collect(),
                ..Changes::default()
            })
        };
        let mut best = f64::MAX;
        let (mut moved, mut rescored) = (0, 0);
        for _ in 0..3 {
            let _ = std::fs::write(path, edit);
            let t = Instant::now();
            let round = update(state);
            let out = jixiao::render::watch_body(&round, false);
            best = best.min(t.elapsed().as_secs_f64() * 1000.0);
            std::hint::black_box(out);
            moved = round.moved.iter().map(|r| r.moved).sum();
            rescored = round.rescored;
            let _ = std::fs::write(path, original);
            update(state);
        }
        println!("{label:<26} {best:>7.1} ms  ({rescored} re-scored, {moved} moved)");
    };
    time(
        "rule edit (scores move)",
        &rule_file,
        &original,
        &lowered,
        &mut state,
    );
    let comment = format!("{original}\n# x\n");
    time(
        "rule edit (comment only)",
        &rule_file,
        &original,
        &comment,
        &mut state,
    );
    let case_edit = case_text.replacen("100", "90", 1);
    time("case edit", &one_case, &case_text, &case_edit, &mut state);
    time(
        "same content",
        &one_case,
        &case_text,
        &case_text,
        &mut state,
    );
    let script_edit = format!("{script_text}\n// x\n");
    time(
        "script edit",
        &script,
        &script_text,
        &script_edit,
        &mut state,
    );
    let _ = std::fs::remove_dir_all(&tmp);
    Ok(())
}
