//! Issue #18: hostile and broken inputs against the real binary — nothing overwritten,
//! nothing read outside its place, no hang, no crash.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use assert_cmd::cargo::cargo_bin_cmd;
use common::*;
use std::path::Path;

fn jixiao() -> assert_cmd::Command {
    let mut c = cargo_bin_cmd!("jixiao");
    c.current_dir(root());
    c
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A copy of one shipped case in a fresh directory.
fn one_case(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("case.toml");
    std::fs::copy(seed_file(1), &path).unwrap();
    path
}

/// Item 9: `score x.toml --format json --out x.toml` replaced the case with JSON.
#[test]
fn score_refuses_to_write_over_its_own_input_even_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let case = one_case(dir.path());
    let before = std::fs::read(&case).unwrap();
    for force in [false, true] {
        let mut c = jixiao();
        c.arg("score")
            .arg(&case)
            .args(["--format", "json", "--out"]);
        c.arg(&case);
        if force {
            c.arg("--force");
        }
        let out = c.output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("output::is-input"),
            "{}",
            stderr(&out)
        );
        assert_eq!(
            std::fs::read(&case).unwrap(),
            before,
            "the case was overwritten"
        );
    }
}

/// Item 9: `export x.toml --out x.toml` replaced the case with a workbook.
#[test]
fn export_refuses_to_write_over_its_own_input() {
    let dir = tempfile::tempdir().unwrap();
    let case = one_case(dir.path());
    let before = std::fs::read(&case).unwrap();
    let out = jixiao()
        .arg("export")
        .arg(&case)
        .arg("--out")
        .arg(&case)
        .arg("--force")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("output::is-input"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&case).unwrap(), before);
}

/// Item 9: any existing file was overwritten silently; now only with `--force`, and then
/// through a temporary file (none is left behind).
#[test]
fn an_existing_output_is_replaced_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let case = one_case(dir.path());
    let report = dir.path().join("notes.json");
    std::fs::write(&report, "hand-written notes").unwrap();
    let run = |force: bool| {
        let mut c = jixiao();
        c.arg("score")
            .arg(&case)
            .args(["--format", "json", "--out"]);
        c.arg(&report);
        if force {
            c.arg("--force");
        }
        c.output().unwrap()
    };
    let out = run(false);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("output::exists"), "{}", stderr(&out));
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(&report).unwrap(),
        "hand-written notes"
    );
    let out = run(true);
    assert!(out.status.code() != Some(2), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&report).unwrap().starts_with('{'));
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// Item 9: `gen` overwrote hand-written files of the same name.
#[test]
fn gen_leaves_hand_written_files_alone_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let gen_into = |force: bool| {
        let mut c = jixiao();
        c.args(["gen", "--count", "2", "--out"]).arg(dir.path());
        if force {
            c.arg("--force");
        }
        c.output().unwrap()
    };
    assert_eq!(gen_into(false).status.code(), Some(0));
    // Generating the same again is idempotent.
    assert_eq!(gen_into(false).status.code(), Some(0));
    let first = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "toml"))
        .unwrap();
    std::fs::write(&first, "# my own case\n").unwrap();
    let out = gen_into(false);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("output::exists"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&first).unwrap(), "# my own case\n");
    assert_eq!(gen_into(true).status.code(), Some(0));
    assert_ne!(std::fs::read_to_string(&first).unwrap(), "# my own case\n");
}
