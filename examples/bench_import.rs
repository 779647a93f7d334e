//! Import benchmark for docs/performance.md (#15). Run with
//! `cargo run --release --example bench_import -- [N] [text] [binary] [workbook]
//! [workbook-percent] [profile]` (default 10,000 forms, `text binary workbook
//! workbook-percent`).
//!
//! - `text`: one seed-layout text file holding N forms (the seed's 14 forms repeated), imported
//!   in memory and every case scored under anhui-2023 (scripts included); in the same run the
//!   plain Python reading of the same file (`scripts/reference_reader.py`), and the ratio;
//! - `binary`: the same file through the release binary: `jixiao score FILE --format csv`
//!   (import and score in one step), and `jixiao import --out DIR` then `jixiao score DIR`;
//! - `workbook`: one workbook of N/10 sheets with 10 generated forms stacked on each (written
//!   with `jixiao gen`'s generator and `export::write_form`), imported and scored in memory;
//! - `workbook-percent`: the same with each form's 执行率 a fraction under `0.00%`, so that the
//!   xlsx reader's percent-format pass runs on every sheet;
//! - `save`: the `workbook` and `workbook-percent` workbooks written to
//!   `$TMPDIR/jixiao-workbook-N.xlsx` and `…-percent-N.xlsx` instead of timed, for timing and
//!   profiling the release binary on them (`jixiao score FILE`);
//! - `profile`: the text import and validation alone (as `score FILE` does them), once, for `perf record` and for counting instructions
//!   with `valgrind --tool=cachegrind --cache-sim=no`.
//!
//! Best of 3 passes; the phases are timed apart so that a regression shows where it is.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use jixiao::evaluate::{Options, evaluate};
use jixiao::import::export;
use jixiao::load::raw_case::RawCase;
use jixiao::model::RuleSet;
use rayon::prelude::*;
use std::path::Path;
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: jixiao::allocator::Allocator = jixiao::allocator::Allocator;

/// The seed's forms repeated until the text holds `n` forms.
fn seed_text(n: usize) -> String {
    let seed = std::fs::read_to_string("tests/data/seed-2023-huainan.txt").unwrap();
    let start = seed.find("项目支出绩效自评表 |").unwrap();
    let body = &seed[start..];
    let per = body.matches("项目支出绩效自评表 |").count();
    let mut text = seed[..start].to_owned();
    for _ in 0..n.div_ceil(per) {
        text.push_str(body);
    }
    text
}

/// A workbook of `n` generated forms, 10 stacked on each sheet. `percent`: each form's
/// execution rate typed as Excel stores a typed percentage (the fraction under `0.00%`), so
/// the workbook has a percent style and the reader's percent-format pass runs on every sheet
/// (`workbook-percent`, #15: that pass reads a sheet a second time).
fn workbook(n: usize, percent: bool) -> Vec<u8> {
    let pct = rust_xlsxwriter::Format::new().set_num_format("0.00%");
    let mut book = rust_xlsxwriter::Workbook::new();
    for sheet in 0..n.div_ceil(10) {
        let ws = book.add_worksheet();
        ws.set_name(format!("表{}", sheet + 1)).unwrap();
        let mut row = 0;
        for k in 0..10 {
            let (_, toml) = jixiao::generate::case(1, (sheet * 10 + k) as u64, "anhui-2023");
            let raw: RawCase = toml::from_str(&toml).unwrap();
            let draft = export::draft_of(&raw);
            let start = row;
            row = export::write_form(ws, &draft, row).unwrap() + 1;
            // The funds total row is the form's sixth, its 执行率 in column I.
            let rate = draft
                .funds
                .first()
                .and_then(|f| f.values.get(4))
                .map(String::as_str);
            if let Some(rate) = rate.filter(|_| percent)
                && let Ok(value) = rate.trim_end_matches('%').parse::<f64>()
            {
                ws.write_number_with_format(start + 5, 8, value / 100.0, &pct)
                    .unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

/// Imports `bytes` and validates every form as `jixiao score FILE` does, then scores them;
/// returns (import + validate time, score time, forms, total).
fn run(name: &str, bytes: &[u8], rules: &RuleSet) -> (Duration, Duration, usize, String) {
    let t = Instant::now();
    let imported = jixiao::pipeline::forms::cases(name, bytes, Some("anhui-2023")).unwrap();
    let cases: Vec<_> = imported
        .cases
        .into_iter()
        .map(|v| v.value.unwrap())
        .collect();
    let import_time = t.elapsed();
    let t = Instant::now();
    let totals: Vec<rust_decimal::Decimal> = cases
        .par_iter()
        .map(|case| evaluate(rules, case, Options::default()).total_or_zero())
        .collect();
    let score_time = t.elapsed();
    let sum: rust_decimal::Decimal = totals.iter().sum();
    (import_time, score_time, totals.len(), sum.to_string())
}

/// Best of 3 runs of [`run`], printed; returns its import + score time.
fn best(label: &str, name: &str, bytes: &[u8], rules: &RuleSet) -> Duration {
    let mut best: Option<(Duration, Duration, usize, String)> = None;
    for _ in 0..3 {
        let r = run(name, bytes, rules);
        if best.as_ref().is_none_or(|b| r.0 + r.1 < b.0 + b.1) {
            best = Some(r);
        }
    }
    let (i, s, forms, sum) = best.unwrap();
    println!(
        "{label:<10} {forms:>6} forms {:>6.1} MB  import+validate {:>7.3} s  score {:>6.3} s  total {:>6.3} s  (sum of totals {sum})",
        bytes.len() as f64 / 1e6,
        i.as_secs_f64(),
        s.as_secs_f64(),
        (i + s).as_secs_f64()
    );
    i + s
}

/// The same text file through the release binary, as a user runs it.
fn binary(text: &str) {
    let bin = Path::new("target/release/jixiao");
    if !bin.exists() {
        println!("(build with `cargo build --release` to time the binary)");
        return;
    }
    let dir = std::env::temp_dir().join("jixiao-bench-import");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("forms.txt");
    std::fs::write(&file, text).unwrap();
    // Import and score in one step, nothing written (best of 3).
    let mut direct = Duration::MAX;
    let mut lines = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let scored = std::process::Command::new(bin)
            .args([
                "score",
                file.to_str().unwrap(),
                "--rules",
                "rules/anhui-2023",
            ])
            .args(["--format", "csv", "--error-format", "plain"])
            .stderr(std::process::Stdio::null())
            .output()
            .unwrap();
        direct = direct.min(t.elapsed());
        lines = scored.stdout.iter().filter(|&&b| b == b'\n').count();
    }
    println!(
        "binary     score FILE --format csv {:.3} s ({lines} lines)",
        direct.as_secs_f64()
    );
    let out = dir.join("cases");
    let t = Instant::now();
    let status = std::process::Command::new(bin)
        .args([
            "import",
            file.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
        .args(["--rules", "anhui-2023", "--error-format", "plain"])
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    let import = t.elapsed();
    let t = Instant::now();
    let scored = std::process::Command::new(bin)
        .args(["score", out.to_str().unwrap(), "--format", "csv"])
        .output()
        .unwrap();
    let score = t.elapsed();
    println!(
        "binary     import {:.3} s ({status})  score --format csv {:.3} s ({} lines)  total {:.3} s",
        import.as_secs_f64(),
        score.as_secs_f64(),
        scored.stdout.iter().filter(|&&b| b == b'\n').count(),
        (import + score).as_secs_f64()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The plain Python reading of the same text (`scripts/reference_reader.py`), best of 3:
/// its time, and jixiao's in-memory time over it.
fn python(text: &str, jixiao: Duration) {
    let dir = std::env::temp_dir().join("jixiao-bench-python");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("forms.txt");
    std::fs::write(&file, text).unwrap();
    let mut best: Option<(Duration, String)> = None;
    for _ in 0..3 {
        let t = Instant::now();
        let out = std::process::Command::new("python3")
            .args(["scripts/reference_reader.py", file.to_str().unwrap()])
            .output();
        let elapsed = t.elapsed();
        let Ok(out) = out.map_err(|e| println!("python    (python3 not run: {e})")) else {
            break;
        };
        let said = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        if best.as_ref().is_none_or(|b| elapsed < b.0) {
            best = Some((elapsed, said));
        }
    }
    if let Some((elapsed, said)) = best {
        println!(
            "python     {said} (process {:.3} s); jixiao in memory is {:.1}x faster",
            elapsed.as_secs_f64(),
            elapsed.as_secs_f64() / jixiao.as_secs_f64()
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(10_000);
    let parts: Vec<&str> = args
        .iter()
        .filter(|a| a.parse::<usize>().is_err())
        .map(String::as_str)
        .collect();
    let wants = |part: &str| parts.contains(&part) || (parts.is_empty() && part != "profile");
    let rules = jixiao::pipeline::load_rule_set(Path::new("rules/anhui-2023"))
        .unwrap()
        .value
        .unwrap();
    let text = seed_text(n);
    if wants("profile") {
        let imported = jixiao::pipeline::forms::cases("forms.txt", text.as_bytes(), None).unwrap();
        println!("{} forms", imported.cases.len());
    }
    if wants("text") {
        let time = best("text", "forms.txt", text.as_bytes(), &rules);
        python(&text, time);
    }
    if wants("binary") {
        binary(&text);
    }
    if parts.contains(&"save") {
        for (percent, name) in [(false, "workbook"), (true, "workbook-percent")] {
            let path = std::env::temp_dir().join(format!("jixiao-{name}-{n}.xlsx"));
            std::fs::write(&path, workbook(n, percent)).unwrap();
            println!("{}", path.display());
        }
        return;
    }
    if wants("workbook") {
        let book = workbook(n, false);
        best("workbook", "forms.xlsx", &book, &rules);
    }
    if wants("workbook-percent") {
        let book = workbook(n, true);
        best("wb-pct", "forms.xlsx", &book, &rules);
    }
}
