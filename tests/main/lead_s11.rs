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
            .contains("“285”中夹有屏幕上看不见的字符（零宽空格 U+200B、字节顺序标记 U+FEFF）"),
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

/// The csv row of the one form in `file`, scored under anhui-2023, and stderr.
fn one_row(file: &str) -> (String, String) {
    let out = Test::new()
        .args(["--lang", "zh", "score", "--rules", "rules/anhui-2023"])
        .args(["--format", "csv"])
        .arg(file)
        .output();
    let row = out.stdout.lines().nth(1).unwrap_or_default().to_owned();
    (row, out.stderr)
}

/// s11b G1: the 年度资金总额 row filled but for its 全年执行数, which both 其中 rows give:
/// B = 290 + 166 = 456, 456 / 480 = 95% → 9.5 → 10, and the form scores 97.97 / 优 as its
/// control (it was execution 0, 87.97 / 良), the sum said on the blank cell.
#[test]
fn a_total_row_cell_left_blank_is_the_sum_of_its_rows() {
    let (row, err) = one_row("tests/data/import/s11/s11b-v2-funds-total-partial.xlsx");
    assert!(row.contains(",97.97,完整,100,优,97.97,95,10,"), "{row}");
    let json = Test::new()
        .args([
            "--lang",
            "zh",
            "score",
            "--format",
            "json",
            "--rules",
            "rules/anhui-2023",
        ])
        .arg("tests/data/import/s11/s11b-v2-funds-total-partial.xlsx")
        .output()
        .json();
    let said = json.to_string();
    assert!(
        said.contains("全年执行数为空，而其中各行都填有：按其中各行之和 290 + 166 = 456 计算"),
        "{said}"
    );
    assert!(!said.contains("missing-reported"), "{err}");
}

/// s11b G3, G4: 得分 formulas shown with `0.0` (18.3 for 18.333…, 9.6 for 9.6386…) and a 总分
/// typed by hand as Excel showed the sum (97.5 for the stored 97.47): no `total-not-sum` error
/// and no mismatch on the two lines that equal the rule as shown; the execution 得分 9.5
/// against the rule's 10 is still a mismatch, and so the total (97.5 against 97.97).
#[test]
fn scores_shown_at_one_decimal_agree_as_shown() {
    for (file, total) in [
        (
            "tests/data/import/s11/s11b-x1-formula-0.0-handtotal.xlsx",
            "97.4",
        ),
        (
            "tests/data/import/s11/s11b-x2-formula-0.0-handtotal975.xlsx",
            "97.5",
        ),
    ] {
        let out = Test::new()
            .args(["--lang", "zh", "score", "--rules", "rules/anhui-2023"])
            .arg(file)
            .output();
        assert!(!out.stdout.contains("total-not-sum"), "{}", out.stdout);
        assert!(
            !out.stdout.contains("自评得分 18.3 与计算得分")
                && !out.stdout.contains("自评得分 9.6 与计算得分"),
            "{}",
            out.stdout
        );
        assert!(
            out.stdout
                .contains("预算执行率自评得分 9.5 与计算得分 10 不一致"),
            "{}",
            out.stdout
        );
        assert!(
            out.stdout
                .contains(&format!("自评总分 {total} 与计算总分 97.97 不一致")),
            "{}",
            out.stdout
        );
    }
}

/// s11b G7: the note names every kind of invisible character its cells held.
#[test]
fn the_invisible_note_names_every_kind() {
    let (_, err) = one_row("tests/data/import/s11/s11b-w2-other-invisible.html");
    for name in [
        "软连字符 U+00AD",
        "零宽空格 U+200B",
        "零宽非连接符 U+200C",
        "词连接符 U+2060",
    ] {
        assert!(err.contains(name), "{name}: {err}");
    }
}

/// s11b G5: a child rule set whose `[execution]` is misspelt `[exection]` is told to rename
/// it, not to move its lines into the `[execution]` only its parent has.
#[test]
fn a_misspelt_table_of_a_child_is_told_to_rename_it() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    crate::common::copy_dir(&crate::common::root().join("rules"), &rules);
    let child = rules.join("my-2024");
    std::fs::create_dir_all(&child).unwrap();
    let text = std::fs::read_to_string(
        crate::common::root().join("tests/data/rules-s11/my-2024/rules.toml"),
    )
    .unwrap();
    assert!(text.contains("\n[execution]\n"));
    std::fs::write(
        child.join("rules.toml"),
        text.replace("\n[execution]\n", "\n[exection]\n"),
    )
    .unwrap();
    let out = Test::new()
        .args(["--lang", "zh", "check", "--rules-root"])
        .arg(&rules)
        .arg(&child)
        .output();
    assert!(
        out.stderr.contains("是不是要写 `[execution]`？"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("已经有"), "{}", out.stderr);
}

/// s11b G2: a PDF copy whose page footer and the indicators' header printed again fall
/// inside a wrapped funds header (`全年执行数` / … / `（B）`), a wrapped level-1 label
/// (`满意度指` / … / `标`), a level-2 label, or between a row's target and actual (`≤40万元` /
/// … / `41.5万元`): the page text is left out wherever it falls, so each reads as the control,
/// 97.97 / 优 with no warning (they were 87.97 with `total-not-sum`, phantom rows with points
/// split 5 / 5, 88.33 / 良 with two errors).
#[test]
fn a_page_break_inside_a_row_is_left_out() {
    for name in [
        "s11b-p3-footer-in-funds-hdr",
        "s11b-p1-footer-in-l1",
        "s11b-p4-footer-in-l2",
        "s11b-p6-footer-in-values",
    ] {
        let file = format!("tests/data/import/s11/{name}.txt");
        let (row, err) = one_row(&file);
        assert!(
            row.contains(",97.97,完整,100,优,97.97,95,10,0,0,"),
            "{name}: {row}"
        );
        assert!(err.contains("第 1 页"), "{name}: the footer is said: {err}");
    }
}
