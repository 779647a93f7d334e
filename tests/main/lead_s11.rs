//! The s11 user test, fixed by the lead: characters copied from web pages that do not show on
//! screen (F4), and a project named like a fixed sheet of the xlsx report (F5).

use crate::test::Test;

/// F4: a government page's editor leaves zero-width spaces (`2&#8203;85`) and byte-order marks
/// (`99&#65279;%`) inside cells. On screen they are 285 and 99%, and so they are read: the two
/// forms score as the same page without them (`e1-web-two-forms.html`), 94.67 / 优 and 87.2 /
/// 良 — execution 285 / 300 = 95% → 10; 20 × 1180 / 1200 = 19.67; 99 / 98 → 10; 24 / 30 × 10
/// = 8; 10; 20; 7; 91 / 90 → 10 — with one note naming the character.
#[test]
fn invisible_characters_from_a_web_page_are_read_as_absent() {
    let out = Test::new()
        .args(["--lang", "zh", "score", "--rules", "rules/anhui-2023"])
        .arg("tests/data/import/s11/e2-web-zwsp.html")
        .args(["--format", "csv"])
        .output();
    let rows: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(rows.len(), 3, "{}", out.stdout);
    assert!(
        rows[1].contains(",94.67,完整,100,优,94.67,95,10,"),
        "{}",
        rows[1]
    );
    assert!(
        rows[2].contains(",87.2,完整,100,良,92.2,80,8,"),
        "{}",
        rows[2]
    );
    assert!(
        out.stderr
            .contains("“285”中夹有屏幕上看不见的字符（零宽空格 U+200B）"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("不是数字"), "{}", out.stderr);
    // In English too, naming the character.
    let en = Test::new()
        .args(["--lang", "en", "score", "--rules", "rules/anhui-2023"])
        .arg("tests/data/import/s11/e2-web-zwsp.html")
        .output();
    assert!(
        en.stderr.contains("zero-width space U+200B"),
        "{}",
        en.stderr
    );
}

/// F4 in a case file typed or pasted by hand: `spent = "9​0"`, `actual = "180​人"`, `"≥​95%"`,
/// `"96﻿%"` read as 90, 180人, ≥95% and 96%: 9 + 18 + 10 + 10 + 10 + 30 + 10 = 97, as the
/// department wrote, with one note.
#[test]
fn invisible_characters_in_a_case_file_are_read_as_absent() {
    let case = "tests/data/import/s11/g3-invisible-chars.toml";
    let json = Test::new()
        .args(["--lang", "zh", "score", "--format", "json"])
        .arg(case)
        .output()
        .json();
    let o = &json["cases"][0];
    assert_eq!(o["total"].to_string(), "97", "{o:#}");
    assert_eq!(o["execution"]["rate"].to_string(), "90", "{o:#}");
    let out = Test::new()
        .args(["--lang", "zh", "score"])
        .arg(case)
        .output();
    assert!(
        out.stderr.contains("提示[case::invisible-read]"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("零宽空格 U+200B"), "{}", out.stderr);
}

/// F5: a project called 发现明细 (or 汇总, 部门汇总) gets a sheet named `发现明细 (2)`; the
/// workbook is written, not refused for the whole batch with the writer's English error.
#[test]
fn a_project_named_like_a_fixed_sheet_does_not_stop_the_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.xlsx");
    Test::new()
        .args(["--lang", "zh", "score", "--format", "xlsx", "--out"])
        .arg(&out)
        .arg("tests/data/import/s11/project-named-findings-sheet.toml")
        .run();
    let book: calamine::Xlsx<_> = calamine::open_workbook(&out).unwrap();
    let names = calamine::Reader::sheet_names(&book);
    assert_eq!(names[..3], ["汇总", "部门汇总", "发现明细"], "{names:?}");
    assert!(names.contains(&"发现明细 (2)".to_owned()), "{names:?}");
}

/// F13: a deadline's step cites its rule, as every other step does: the second form's
/// `2023年10月底前` answered `2023年11月10日` is late → 0, under `[policy.deadline]`.
#[test]
fn a_deadline_step_cites_its_rule() {
    let out = Test::new()
        .args([
            "--lang",
            "zh",
            "score",
            "--explain",
            "--rules",
            "rules/anhui-2023",
        ])
        .arg("tests/data/import/s11/e2-web-zwsp.html")
        .output();
    let step = out
        .stdout
        .lines()
        .find(|l| l.contains("完成时限“2023年10月底前”"))
        .unwrap_or_else(|| panic!("{}", out.stdout));
    assert!(step.contains("逾期 → 0"), "{step}");
    assert!(
        step.contains("[policy.deadline]") && step.contains("rules/anhui-2023/rules.toml:143"),
        "{step}"
    );
}
