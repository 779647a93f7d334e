//! Every shipped file is checked, as casey/just parses every file under `examples/`: the test
//! walks `rules/` and `cases/` itself and asserts that the commands read exactly what is
//! there, so a file a command skipped silently (a new corpus, a script nobody names) fails
//! here rather than going unchecked.

use crate::common::root;
use crate::test::Test;
use std::path::{Path, PathBuf};

/// Files under `dir` (recursively; none if it does not exist) whose name ends with `suffix`,
/// sorted.
fn files(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack: Vec<PathBuf> = dir
        .is_dir()
        .then(|| dir.to_path_buf())
        .into_iter()
        .collect();
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.to_string_lossy().ends_with(suffix) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Rule set directories: those under `rules/` holding a `rules.toml`.
fn rule_sets() -> Vec<PathBuf> {
    let mut sets: Vec<PathBuf> = std::fs::read_dir(root().join("rules"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("rules.toml").is_file())
        .collect();
    sets.sort();
    sets
}

#[test]
fn every_shipped_rule_set_and_case_file_is_checked_and_meets_its_expectations() {
    let sets = rule_sets().len();
    let cases = files(&root().join("cases"), ".toml").len();
    assert!(sets >= 11 && cases >= 30, "{sets} rule sets, {cases} cases");
    // A warning (the seed's own inconsistencies) is not a failure; an error is.
    let out = Test::new()
        .args(["check", "--error-format", "plain"])
        .expect_stderr_contains(format!("checked {sets} rule sets and {cases} case files"))
        .run();
    assert!(!out.stderr.contains("error"), "{}", out.stderr);
    Test::new()
        .args(["score", "--check-expect"])
        .expect_stdout_contains(format!("{cases} cases scored"))
        .run();
}

/// A case without hand-worked `[expect]` is held to the results accepted for its corpus
/// (`jixiao regress`, tests/main/regress.rs): no shipped case is checked against nothing.
#[test]
fn every_shipped_case_has_expectations_or_accepted_results() {
    let accepted: Vec<String> = rule_sets()
        .iter()
        .flat_map(|set| files(&set.join("accepted"), ".toml"))
        .filter(|p| p.parent().is_some_and(|d| d.ends_with("accepted")))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    let mut unchecked = Vec::new();
    for case in files(&root().join("cases"), ".toml") {
        let text = std::fs::read_to_string(&case).unwrap();
        let corpus = case
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy();
        if !text.lines().any(|l| l.trim() == "[expect]") && !accepted.contains(&corpus.into()) {
            unchecked.push(case.display().to_string());
        }
    }
    assert!(unchecked.is_empty(), "{unchecked:#?}");
}

/// Each script under a rule set is named by that rule set's `rules.toml`, so `check`
/// compiles it; a stray script would be shipped unchecked.
#[test]
fn every_shipped_script_is_named_by_its_rule_set() {
    let mut scripts = 0;
    for set in rule_sets() {
        let rules = std::fs::read_to_string(set.join("rules.toml")).unwrap();
        // Not `accepted/rules/<hash>/`: copies kept as the rule set was when results were
        // accepted, read by `regress` only.
        for script in files(&set.join("scripts"), ".rhai") {
            let name = script.strip_prefix(&set).unwrap().to_string_lossy();
            assert!(
                rules.contains(&format!("\"{name}\"")),
                "{} names no `{name}`",
                set.join("rules.toml").display()
            );
            scripts += 1;
        }
    }
    assert!(scripts >= 5, "{scripts} scripts");
}
