//! Bench: `jixiao diff` over a large corpus against one scoring run.
//!
//! Replicates the seed's 14 cases in memory to N cases (default 100,000) and times
//! (1) one scoring run: every case evaluated under rule set A, as `jixiao score` does, and
//! (2) `compare::diff(A, B, cases)`: both rule sets plus attribution for the cases that moved.
//!
//! Run: `cargo run --release --example bench_diff [-- N FROM TO]` (default: 100000 anhui-2023
//! hb-module). Figures are recorded in docs/performance.md under "Diff".

use jixiao::evaluate::{self, Options};
use jixiao::{compare, load};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().map_or(Ok(100_000), |s| s.parse())?;
    let from = args.next().unwrap_or_else(|| "anhui-2023".into());
    let to = args.next().unwrap_or_else(|| "hb-module".into());
    let rules = |id: &str| -> Result<_, Box<dyn std::error::Error>> {
        jixiao::pipeline::load_rule_set(&Path::new("rules").join(id))?
            .value
            .ok_or_else(|| format!("rule set {id} does not validate").into())
    };
    let (a, b) = (rules(&from)?, rules(&to)?);
    let files = load::case_files(&[PathBuf::from("cases/huainan-2023")])?;
    let mut seed = Vec::new();
    for f in files {
        seed.extend(jixiao::pipeline::load_case(&f)?.value);
    }
    let cases: Vec<_> = seed.iter().cycle().take(n).cloned().collect();
    println!(
        "{} cases ({} seed forms replicated), {from} → {to}",
        cases.len(),
        seed.len()
    );

    let mut best_score = f64::MAX;
    let mut best_diff = f64::MAX;
    let mut moved = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let total: rust_decimal::Decimal = cases
            .iter()
            .map(|c| evaluate::evaluate(&a, c, Options::default()).total_or_zero())
            .sum();
        best_score = best_score.min(t.elapsed().as_secs_f64());
        std::hint::black_box(total);

        let t = Instant::now();
        let report = compare::diff(&a, &b, &cases);
        best_diff = best_diff.min(t.elapsed().as_secs_f64());
        moved = report.moved;
        std::hint::black_box(&report);
    }
    println!("one scoring run (A):     {:.3} s", best_score);
    println!(
        "diff A → B (attributed): {:.3} s ({moved} cases moved)",
        best_diff
    );
    println!("ratio diff / scoring run: {:.2}", best_diff / best_score);
    Ok(())
}
