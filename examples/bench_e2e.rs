//! Bench: the `jixiao` binary end to end over case files on disk — `score` to JSON and CSV,
//! `diff` between two rule sets, and `regress` against accepted results — with wall time,
//! CPU time and peak memory of each run (best of 3 by wall time).
//!
//! Run from the repository root, after building the binary:
//!
//! ```text
//! cargo build --release
//! cargo run --release --example bench_e2e                # 10,000 and 100,000 files
//! cargo run --release --example bench_e2e -- 1000000     # any list of sizes
//! cargo run --release --example bench_e2e -- --only score 100000
//! ```
//!
//! Corpora are generated once with `jixiao gen` into `$TMPDIR/jixiao-e2e-<N>` and kept for
//! the next run (delete them to regenerate). Peak memory comes from `/usr/bin/time` (Debian
//! package `time`); without it only times are shown. Figures are recorded in
//! docs/performance.md.

mod common;
use common::copy_dir;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// One timed run of the binary.
struct Run {
    wall: f64,
    cpu: Option<f64>,
    peak_kb: Option<u64>,
}

fn binary() -> Result<PathBuf, String> {
    let bin = Path::new("target/release/jixiao");
    if bin.is_file() {
        Ok(bin.to_owned())
    } else {
        Err("target/release/jixiao not found: run `cargo build --release` first, from the repository root".into())
    }
}

/// Runs `jixiao args…` with stdout to `out` (a file, or nowhere); the best of three by wall
/// time.
fn time(bin: &Path, args: &[&str], out: Option<&Path>) -> Result<Run, String> {
    let gnu_time = Path::new("/usr/bin/time").is_file();
    let mut best: Option<Run> = None;
    for _ in 0..3 {
        let report = std::env::temp_dir().join(format!("jixiao-e2e-time-{}", std::process::id()));
        let mut cmd = if gnu_time {
            let mut c = Command::new("/usr/bin/time");
            c.arg("-f")
                .arg("%e %U %S %M")
                .arg("-o")
                .arg(&report)
                .arg(bin);
            c
        } else {
            Command::new(bin)
        };
        cmd.args(args).stderr(Stdio::null());
        match out {
            Some(p) => {
                let f = std::fs::File::create(p).map_err(|e| format!("{}: {e}", p.display()))?;
                cmd.stdout(f);
            }
            None => {
                cmd.stdout(Stdio::null());
            }
        }
        let t = Instant::now();
        let status = cmd
            .status()
            .map_err(|e| format!("cannot run {}: {e}", bin.display()))?;
        let wall = t.elapsed().as_secs_f64();
        // Exit 1 means findings of error severity, which generated corpora have.
        if !matches!(status.code(), Some(0 | 1)) {
            return Err(format!("`jixiao {}` failed: {status}", args.join(" ")));
        }
        let (cpu, peak_kb) = match std::fs::read_to_string(&report) {
            Ok(text) => {
                // GNU time puts "Command exited with non-zero status 1" first.
                let f: Vec<f64> = text
                    .lines()
                    .last()
                    .unwrap_or_default()
                    .split_whitespace()
                    .filter_map(|x| x.parse().ok())
                    .collect();
                match f.as_slice() {
                    [_, user, sys, kb] => (Some(user + sys), Some(*kb as u64)),
                    _ => (None, None),
                }
            }
            Err(_) => (None, None),
        };
        let _ = std::fs::remove_file(&report);
        let run = Run { wall, cpu, peak_kb };
        if best.as_ref().is_none_or(|b| run.wall < b.wall) {
            best = Some(run);
        }
    }
    best.ok_or_else(|| "no run".into())
}

fn corpus(bin: &Path, n: u64) -> Result<PathBuf, String> {
    let dir = std::env::temp_dir().join(format!("jixiao-e2e-{n}"));
    let have = std::fs::read_dir(&dir).map_or(0, |d| d.count() as u64);
    if have != n {
        let _ = std::fs::remove_dir_all(&dir);
        eprintln!("generating {n} case files into {} …", dir.display());
        let status = Command::new(bin)
            .args(["gen", "--count", &n.to_string(), "--out"])
            .arg(&dir)
            .stdout(Stdio::null())
            .status()
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("jixiao gen failed: {status}"));
        }
    }
    Ok(dir)
}

fn print(what: &str, n: u64, r: &Run) {
    let cpu = r.cpu.map_or("—".to_owned(), |c| format!("{c:.2} s"));
    let peak = r.peak_kb.map_or("—".to_owned(), |kb| {
        format!("{:.0} MB", kb as f64 / 1024.0)
    });
    println!(
        "{what:<28} {n:>9} files  wall {:>7.2} s  cpu {cpu:>9}  peak {peak:>8}  ({:.1} µs/file wall)",
        r.wall,
        r.wall * 1e6 / n as f64
    );
}

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let sizes: Vec<u64> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() {
        vec![10_000, 100_000]
    } else {
        sizes
    };
    let runs = |what: &str| only.as_deref().is_none_or(|o| o == what);
    let bin = binary()?;
    let json_out = std::env::temp_dir().join(format!("jixiao-e2e-{}.json", std::process::id()));
    for n in sizes {
        let dir = corpus(&bin, n)?;
        let d = dir.to_string_lossy().into_owned();
        if runs("score") {
            for format in ["json", "jsonl"] {
                let r = time(&bin, &["score", &d, "--format", format], Some(&json_out))?;
                let size = std::fs::metadata(&json_out).map_or(0, |m| m.len());
                print(&format!("score --format {format}"), n, &r);
                println!("{:>28} {format} written: {:.0} MB", "", size as f64 / 1e6);
                let _ = std::fs::remove_file(&json_out);
            }
            let r = time(&bin, &["score", &d, "--format", "csv"], None)?;
            print("score --format csv", n, &r);
        }
        if runs("diff") {
            let r = time(
                &bin,
                &["diff", "--from", "anhui-2023", "--to", "hb-module", &d],
                None,
            )?;
            print("diff anhui-2023 → hb-module", n, &r);
        }
        if runs("regress") {
            // Accepted results for the corpus, in a copy of the rules so the shipped ones stay
            // untouched; then a plain regression run against them.
            let root = std::env::temp_dir().join(format!("jixiao-e2e-regress-{n}"));
            let _ = std::fs::remove_dir_all(&root);
            let rules = root.join("rules");
            let cases = root.join("cases");
            copy_dir(Path::new("rules"), &rules).map_err(|e| e.to_string())?;
            std::fs::create_dir_all(&cases).map_err(|e| e.to_string())?;
            std::fs::rename(&dir, cases.join("gen")).map_err(|e| e.to_string())?;
            let (r, c) = (
                rules.to_string_lossy().into_owned(),
                cases.to_string_lossy().into_owned(),
            );
            let common = ["--cases", &c, "--rules-root", &r];
            let accept = [
                &["regress"][..],
                &common,
                &["--accept", "--note", "bench", "--by", "bench", "gen"],
            ]
            .concat();
            let result = time(&bin, &accept, None).and_then(|_| {
                let plain = [&["regress"][..], &common, &["gen"]].concat();
                time(&bin, &plain, None)
            });
            // Put the corpus back for the next run whatever happened.
            let _ = std::fs::rename(cases.join("gen"), &dir);
            let _ = std::fs::remove_dir_all(&root);
            print("regress (accepted results)", n, &result?);
        }
    }
    Ok(())
}
