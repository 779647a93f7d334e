//! The broken corpus (issue #7): `tests/broken/rules/<name>/rules.toml` and
//! `tests/broken/cases/<name>.toml`, one mistake each. Each file starts with
//! `# mistake: <what is wrong>` and `# expect: <line>:<column> <code>` (or
//! `# expect: <file beside it>:<line>:<column> <code>`, for a script). For every file this
//! test runs `jixiao check` on it and asserts that
//! - a diagnostic with that code names that line and column (`--error-format json`), and the
//!   exit code is 2 for an error, 0 for a warning;
//! - the human rendering (source line, underline, help) matches its insta snapshot
//!   (`tests/main/snapshots/main__broken__<kind>-<name>.snap`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::root;
use crate::test::{Output, Test};
use std::path::{Path, PathBuf};

/// `(kind, name, path relative to the root, path of the file holding the headers)`.
fn corpus() -> Vec<(&'static str, String, PathBuf, PathBuf)> {
    let mut out = Vec::new();
    let sorted = |dir: &Path| {
        let mut v: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        v.sort();
        v
    };
    for d in sorted(Path::new("tests/broken/rules")) {
        let name = d.file_name().unwrap().to_string_lossy().into_owned();
        let rel = PathBuf::from("tests/broken/rules").join(&name);
        out.push(("rules", name, rel.clone(), rel.join("rules.toml")));
    }
    for f in sorted(Path::new("tests/broken/cases")) {
        let name = f.file_stem().unwrap().to_string_lossy().into_owned();
        let rel = PathBuf::from("tests/broken/cases").join(f.file_name().unwrap());
        out.push(("cases", name, rel.clone(), rel));
    }
    out
}

/// `jixiao check` on one broken file; the exit status is checked by the caller, which knows
/// the severity only from the diagnostic.
fn check(path: &Path, format: &str) -> Output {
    Test::new()
        .args(["--error-format", format, "check"])
        .arg(path)
        .output()
}

#[test]
fn broken_corpus_is_diagnosed_at_the_right_place() {
    let corpus = corpus();
    assert!(corpus.len() >= 30, "only {} broken files", corpus.len());
    let mut failures = Vec::new();
    for (kind, name, path, file) in &corpus {
        let text = std::fs::read_to_string(root().join(file)).unwrap();
        let mut lines = text.lines();
        let mistake = lines.next().unwrap_or_default();
        assert!(
            mistake.starts_with("# mistake: "),
            "{}: first line must say the mistake",
            file.display()
        );
        let expect = lines
            .next()
            .and_then(|l| l.strip_prefix("# expect: "))
            .unwrap_or_else(|| {
                panic!(
                    "{}: second line must be `# expect: L:C code`",
                    file.display()
                )
            });
        let (pos, code) = expect.split_once(' ').unwrap();
        // `L:C`, or `path:L:C` for a file beside the rule file (a script, #19).
        let mut parts: Vec<&str> = pos.rsplitn(3, ':').collect();
        parts.reverse();
        let (at_file, line, column) = match parts.as_slice() {
            [f, l, c] => (file.parent().unwrap().join(f), *l, *c),
            [l, c] => (file.clone(), *l, *c),
            _ => panic!("{}: bad `# expect: {pos}`", file.display()),
        };
        let file = &at_file;
        let (line, column): (u64, u64) = (line.parse().unwrap(), column.parse().unwrap());

        let Output {
            status,
            stderr: json,
            ..
        } = check(path, "json");
        let diagnostics: Vec<serde_json::Value> = json
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
            .collect();
        let hit = diagnostics.iter().find(|d| {
            d["code"] == code
                && d["line"] == line
                && d["column"] == column
                && d["file"]
                    .as_str()
                    .is_some_and(|f| Path::new(f).ends_with(file))
        });
        match hit {
            None => failures.push(format!(
                "{}: expected {code} at {line}:{column}, got:\n{json}",
                file.display()
            )),
            Some(d) => {
                let want = if d["severity"] == "error" { 2 } else { 0 };
                if status != want {
                    failures.push(format!(
                        "{}: exit {status}, expected {want}",
                        file.display()
                    ));
                }
            }
        }

        let human = check(path, "human").stderr;
        insta::assert_snapshot!(format!("{kind}-{name}"), human, mistake);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
