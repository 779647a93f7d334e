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

/// Tester s14b E: under a rule set whose only change is 优 from 90 to 95, #11 淮南市电子政务外网
/// (total 90 under both) falls 优 → 良 and its block said nothing under its head line. It
/// names the grades change that moved it, as a score move names its changes.
#[test]
fn diff_names_the_grades_change_behind_a_grade_only_move() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("rules");
    crate::common::copy_dir(
        &crate::common::root().join("rules/anhui-2023"),
        &root.join("anhui-2023"),
    );
    std::fs::create_dir_all(root.join("grade95")).unwrap();
    std::fs::write(
        root.join("grade95/rules.toml"),
        "[rule_set]\nid = \"grade95\"\nextends = \"anhui-2023\"\ntitle = \"优 ≥ 95\"\ndescription = \"优秀改为95分及以上\"\n\n\
         [policy.g]\nsource = \"虚构\"\ntext = \"优秀为95分及以上。\"\n\n\
         [grades]\nref = \"g\"\nsource = \"quoted\"\nlevels = [\n  { name = \"优\", min = \"95\" },\n  \
         { name = \"良\", min = \"80\" },\n  { name = \"中\", min = \"60\" },\n  { name = \"差\", min = \"0\" },\n]\n",
    )
    .unwrap();
    let Output { stdout, .. } = Test::new()
        .args([
            "diff",
            "--from",
            "anhui-2023",
            "--to",
            "grade95",
            "--rules-root",
        ])
        .arg(&root)
        .args(["cases/huainan-2023", "--lang", "zh"])
        .expect_status(1)
        .run();
    let block = stdout
        .split("\n\n")
        .find(|b| b.contains("#11 淮南市电子政务外网租赁服务项目: 90 → 90 (0), 优 → 良"))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(
        block.contains("等级 优 → 良 来自变化 1：等级：") && block.contains("优 ≥ 95"),
        "{block}\n---\n{stdout}"
    );
}
