//! s24 (formdoubts): the doubts left at the end of session 23 on units, titles and the Sichuan
//! template. `单位：元` inside the title's own cell is read as beside it; `单位：万元` beside the
//! title against a `项目资金（元）` label is weighed by the form's figures, in a warning naming
//! both cells; the Sichuan 部门预算 form copied from a page as space-separated text reads as its
//! `|` copy; `(万元)` broken onto the first funds line is the funds label's. Fixtures:
//! `tests/data/import/s24f/` (README.md there; `make_units.py`, `make_sichuan_spaced.py`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{json_codes, score_json};
use crate::test::Test;

const DATA: &str = "tests/data/import/s24f";

/// The execution's budget and spent (万元) of the first form.
fn amounts(json: &serde_json::Value) -> (f64, f64) {
    let execution = &json["cases"][0]["execution"];
    (
        execution["budget"].as_f64().unwrap(),
        execution["spent"].as_f64().unwrap(),
    )
}

/// Item 1: `2023年度项目支出绩效自评表 单位：元` in one merged cell (A1:I1). Before, the cell was
/// no title (`没有标题格`) and 1,500,000 元 was read as 1,500,000 万元. Now the remark is read
/// as one beside the title; against the unedited `项目资金（万元）` the cost target ≤150万元
/// decides: 元, 150 万元, said in a warning naming both cells.
#[test]
fn a_unit_in_the_title_cell_is_read() {
    let (json, stderr) = score_json(
        &format!("{DATA}/yuan-in-title-cell.xlsx"),
        "anhui-2023",
        false,
    );
    assert_eq!(amounts(&json), (150.0, 135.0));
    let case = &json["cases"][0];
    assert_eq!(case["total"], 99);
    assert!(!stderr.contains("没有标题格"), "{stderr}");
    assert!(
        stderr.contains(
            "表头旁的“单位：元”（Sheet1!A1）说金额以元为单位，资金栏的标签“项目资金（万元）”\
             （Sheet1!A4）却写万元，两处矛盾：按元读取、换算为万元——资金数 1,500,000.00 若按万元读，\
             是本表指标中所写金额 ≤150万元（“养护成本”）的一百倍以上；请与原表核对"
        ),
        "{stderr}"
    );
    assert!(json_codes(case).contains(&"import-guessed".to_owned()));
}

/// Item 1 in text (an Excel copy, tab-separated): the title line holds the remark, the funds
/// label no unit — read as 元, with the remark's own note at the title's cell.
#[test]
fn a_unit_on_the_title_line_of_text_is_read() {
    let (json, stderr) = score_json(
        &format!("{DATA}/yuan-in-title-line.tsv.txt"),
        "anhui-2023",
        false,
    );
    assert_eq!(amounts(&json), (150.0, 135.0));
    assert_eq!(json["cases"][0]["project"], "某县农村公路养护补助");
    assert!(
        stderr.contains("本表金额以元为单位（“单位：元”）：按元读取，换算为万元"),
        "{stderr}"
    );
    assert!(stderr.contains("（文字!A1）"), "{stderr}");
}

/// Item 2: `单位：万元` beside the title (Sheet1!I1) against `项目资金（元）` (Sheet1!A4). Before,
/// the label won silently: 150 万元 written as 150 was read as 150 元 = 0.015 万元. Now the
/// figures decide — 150 fits the cost target ≤150万元: 万元 — and the warning names both cells.
#[test]
fn a_wan_remark_against_a_yuan_label_is_decided_by_the_figures() {
    let (json, stderr) = score_json(
        &format!("{DATA}/wan-beside-title-yuan-label.xlsx"),
        "anhui-2023",
        false,
    );
    assert_eq!(amounts(&json), (150.0, 135.0));
    assert!(
        stderr.contains(
            "警告[import::guessed]: 第 1 张表：表头旁的“单位：万元”（Sheet1!I1）说金额以万元为单位，\
             资金栏的标签“项目资金（元）”（Sheet1!A4）却写元，两处矛盾：按万元读取（依表头旁的说明）\
             ——资金数 150 与本表指标中所写金额 ≤150万元（“养护成本”）相称；请与原表核对（Sheet1!A4）"
        ),
        "{stderr}"
    );
    // The label's own note (read as 元) is not given beside the conflict's.
    assert!(!stderr.contains("本表金额以元为单位"), "{stderr}");
}

/// Item 2, the figures in 元 (1,500,000 against ≤150万元): the label is followed, said.
#[test]
fn a_wan_remark_against_a_yuan_label_gives_way_to_yuan_figures() {
    let (json, stderr) = score_json(
        &format!("{DATA}/wan-beside-title-yuan-label-yuan-figures.xlsx"),
        "anhui-2023",
        false,
    );
    assert_eq!(amounts(&json), (150.0, 135.0));
    assert!(
        stderr.contains(
            "说金额以万元为单位，资金栏的标签“项目资金（元）”（Sheet1!A4）却写元，两处矛盾：\
             按元读取、换算为万元——资金数 1,500,000.00 若按万元读，是本表指标中所写金额 ≤150万元\
             （“养护成本”）的一百倍以上"
        ),
        "{stderr}"
    );
}

/// The reverse conflict in English.
#[test]
fn the_reverse_unit_conflict_is_said_in_english() {
    let out = Test::new()
        .args(["score", "--rules", "rules/anhui-2023"])
        .arg(format!("{DATA}/wan-beside-title-yuan-label.xlsx"))
        .run();
    assert!(
        out.stderr.contains(
            "the remark \"单位：万元\" beside the title (Sheet1!I1) gives the amounts in 万元, \
             but the funds label \"项目资金（元）\" (Sheet1!A4) says 元: read as 万元, as the \
             remark beside the title says, because the amount 150 fits the amount ≤150万元"
        ),
        "{}",
        out.stderr
    );
}

/// What a scored form comes to: its line scores, execution score, total and grade.
fn scores(file: &str) -> (Vec<String>, String, String, String) {
    let (json, stderr) = score_json(file, "sichuan-2023", false);
    assert!(!stderr.contains("import::refused"), "{file}: {stderr}");
    let case = &json["cases"][0];
    let lines = case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["score"].to_string())
        .collect();
    let s = |v: &serde_json::Value| v.to_string();
    (
        lines,
        s(&case["execution"]["score"]),
        s(&case["total"]),
        s(&case["grade"]),
    )
}

/// Item 3: the Sichuan 部门预算 form copied from a page as space-separated text (was refused as
/// PDF text) scores as its `|` copy: 27, 25.71, 30 (≥500 人次 vs 450; ≤30 天 vs 35, reverse;
/// = 100%), 72 / 80 = 90% → 9, 91.71 / 优.
#[test]
fn the_sichuan_template_spaced_scores_as_its_pipe_copy() {
    let spaced = scores(&format!("{DATA}/sichuan-template-spaced.txt"));
    assert_eq!(spaced, scores("tests/data/import/sichuan-template.txt"));
    assert_eq!(
        spaced,
        (
            vec!["27".to_owned(), "25.71".to_owned(), "30".to_owned()],
            "9".to_owned(),
            "91.71".to_owned(),
            "\"优\"".to_owned()
        )
    );
}

/// Item 3: the 农村公路 page's table (the s8 tester's) as a crawler's text — the section titles
/// on lines of their own, the template's instruction line in the funds block, eight indicators
/// under merged labels — scores as the page and the browser's tab copy: 96.65 / 优.
#[test]
fn a_sichuan_page_copied_as_spaced_text_scores_as_the_page() {
    let spaced = scores(&format!("{DATA}/sichuan-gonglu-spaced.txt"));
    assert_eq!(
        spaced,
        scores("tests/data/import/arrived/sichuan-gonglu-browser.txt")
    );
    assert_eq!(spaced.2, "96.65");
}

/// Item 3: the real 青神 form (完成值 and 得分 left blank) copied so: 10 of the execution only,
/// no grade, as its `|` copy; the indicator lines' lost blanks are a guess, said.
#[test]
fn the_real_sichuan_form_spaced_is_read_as_its_pipe_copy() {
    let file = format!("{DATA}/sichuan-qingshen-spaced.txt");
    let (json, stderr) = score_json(&file, "sichuan-2023", false);
    let pipe = "tests/data/import/real/sichuan-qingshen-fgj-2023-gongzi.txt";
    let (original, _) = score_json(pipe, "sichuan-2023", false);
    for key in [
        "total",
        "total_points",
        "partial_reason",
        "grade",
        "project",
        "unit",
    ] {
        assert_eq!(json["cases"][0][key], original["cases"][0][key], "{key}");
    }
    assert_eq!(json["cases"][0]["total"], 10);
    assert!(
        stderr.contains(
            "已按各单元格的内容放入各列：\"发放(缴纳)覆盖率\", \"=\", \"100\", \"%\", _, \"60\""
        ),
        "{stderr}"
    );
}

/// A spaced copy of a template whose columns are neither the standard nor the Sichuan ones is
/// still refused with the web advice, never guessed: the Sichuan copy without its 度量单位.
#[test]
fn another_template_spaced_is_still_refused() {
    let text =
        std::fs::read_to_string("tests/data/import/s23/webtext/sichuan-2023-webcopy.txt").unwrap();
    let cut = text
        .replace(" 度量单位 ", " ")
        .replace(" 100 % 100 ", " 100% 100 ");
    assert_ne!(cut, text);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("no-unit-column.txt");
    std::fs::write(&file, cut).unwrap();
    Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/sichuan-2023"])
        .arg(&file)
        .expect_status(2)
        .expect_stderr_contains("表格来自网页时")
        .run();
}

/// Item 4: `(万元)` broken onto the first funds line is the funds label's (`项目资金(万元)`),
/// said so; it was joined onto the header's last cell (`得分(万元)`).
#[test]
fn a_unit_broken_onto_the_first_funds_line_is_the_labels() {
    let file = "tests/data/import/s23/webtext/two-forms-page.txt";
    let (json, stderr) = score_json(file, "anhui-2022", false);
    assert!(!stderr.contains("得分(万元)"), "{stderr}");
    assert!(
        stderr.contains(
            "第 1 张表：单元格“项目资金”与“(万元)”按一个单元格“项目资金(万元)”读取（第 8 行第 1 格）"
        ),
        "{stderr}"
    );
    assert_eq!(json["cases"][0]["execution"]["budget"], 100);
}

/// Item 4 with `(元)`: the label says 元, so 1,500,000 is 150 万元 (it was 1,500,000 万元).
#[test]
fn a_yuan_unit_broken_onto_the_first_funds_line_is_read() {
    let (json, stderr) = score_json(
        &format!("{DATA}/yuan-below-label-spaced.txt"),
        "anhui-2023",
        false,
    );
    assert_eq!(amounts(&json), (150.0, 135.0));
    assert!(
        stderr.contains("单元格“项目资金”与“(元)”按一个单元格“项目资金(元)”读取"),
        "{stderr}"
    );
    assert!(
        stderr.contains("本表金额以元为单位（“项目资金(元)”）"),
        "{stderr}"
    );
}
