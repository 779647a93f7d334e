//! Session 15, engineer smallfix: four things an officer tripped over (tester s14b N3 and E,
//! s14 F6 left, s14 lead's "Left or doubtful").

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::test::{Output, Test};

/// The s13b tester's v8a form (an Excel tab copy; its 全年执行数 blank).
const V8A: &str = "tests/data/unknownexec-s14/v8a-excel-tab-funds-blank.txt";

/// Tester s14b N3: `regress` over a folder of cases written by `jixiao import` without
/// `--rules` said `corpus “c1” has no cases` after each file's `case::no-rules`. The corpus
/// has a case; it names no rule set. The run says which files, and the ways out; `--rules`
/// scores them, as `score` does such files.
#[test]
fn regress_over_imported_cases_without_rules_names_them_and_the_ways_out() {
    let dir = tempfile::tempdir().unwrap();
    let c1 = dir.path().join("cases/c1");
    Test::new().args(["import", V8A, "--out"]).arg(&c1).run();
    let Output { stderr, .. } = Test::new()
        .args(["regress", "c1", "--cases"])
        .arg(dir.path().join("cases"))
        .expect_status(2)
        .run();
    assert!(!stderr.contains("has no cases"), "{stderr}");
    assert!(
        stderr.contains("error[regress::no-rules]")
            && stderr.contains("1 case file(s) of corpus `c1` name no rule set")
            && stderr.contains("2023-01-")
            && stderr.contains("jixiao import --rules anhui-2023")
            && stderr.contains("under `[form]`")
            && stderr.contains("jixiao regress c1 --rules rules/<id>"),
        "{stderr}"
    );
    // The way out that needs no edit: this once, under one rule set.
    let Output { stdout, .. } = Test::new()
        .args(["regress", "c1", "--rules", "rules/anhui-2023", "--cases"])
        .arg(dir.path().join("cases"))
        .expect_status(1)
        .run();
    assert!(
        stdout.contains("c1: 1 case, 0 changed, 1 added"),
        "{stdout}"
    );
}
