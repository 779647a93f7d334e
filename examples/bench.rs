//! Benchmarks for docs/performance.md. Run with
//! `cargo run --release --example bench -- [score|load|all] [N]`.
//!
//! - `score`: in-memory scoring of N generated forms on one thread, with and without traces
//!   (forms per second per core);
//! - `load`: parsing and validating N case texts already in memory (no disk).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use jixiao::evaluate::{Options, evaluate};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use jixiao::source::SourceFile;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mode = args.get(1).map_or("all", String::as_str);
    let n: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(20_000);
    let rules = jixiao::load::load_rule_set(std::path::Path::new("rules/anhui-2023"))
        .unwrap()
        .value
        .unwrap();
    let texts: Vec<(String, String)> = (0..n)
        .map(|i| jixiao::generate::case(1, i, "anhui-2023"))
        .collect();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();

    let t = Instant::now();
    let cases: Vec<_> = texts
        .iter()
        .map(|(name, text)| {
            let src = SourceFile::new(name.clone(), text.clone());
            jixiao::validate::case::validate(&src).value.unwrap()
        })
        .collect();
    let load = t.elapsed();
    if mode == "load" || mode == "all" {
        println!(
            "load: {n} case texts ({:.1} MB) parsed and validated in {:.3} s: {:.0} forms/s on one core",
            bytes as f64 / 1e6,
            load.as_secs_f64(),
            n as f64 / load.as_secs_f64()
        );
    }
    if mode == "score" || mode == "all" {
        for trace in [false, true] {
            let t = Instant::now();
            let mut total = rust_decimal::Decimal::ZERO;
            for c in &cases {
                total += evaluate(
                    &rules,
                    c,
                    Options {
                        trace,
                        ..Options::default()
                    },
                )
                .total;
            }
            let e = t.elapsed();
            println!(
                "score (trace {trace}): {n} forms in {:.3} s: {:.0} forms/s on one core (checksum {total})",
                e.as_secs_f64(),
                n as f64 / e.as_secs_f64()
            );
        }
    }
}
