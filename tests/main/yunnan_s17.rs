//! The indicators header in two rows (tester s17x G2, s17w F7 d; Yunnan and others):
//! `绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因…` over `一级指标 | 二级指标 | 三级指标 |
//! 指标性质 | 指标值 | 度量单位`. Every indicator was read three cells off (`points = "735"`,
//! `score = "人次"`) and a consistent form got an error-level `total-not-sum 96 ≠ 305`. Inputs
//! under `tests/data/import/s17/` (see `SOURCES.md`), made after the pattern with our own names
//! and numbers.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, json_errors};
use serde_json::Value;

const DATA: &str = "tests/data/import/s17";

/// By hand: 50 / 50 = 100% → 10; 数量 ≧12台 → 12台 15, 质量 ﹦100% → 100% 15, 时效 ＝100% →
/// 100% 10, 成本 ≦4万元 → 3.9万元 10, 社会效益 定性 有效 → 有效 15, 可持续 ═5年 → 5年 15 (self
/// 11), 满意度 ≧90% → 92% 10: computed 100, the form's own 10 + 15 + 15 + 10 + 10 + 15 + 11 + 10
/// = 96 / 优.
fn read_right(json: &Value, stderr: &str, what: &str) {
    let case = &json["cases"][0];
    assert_eq!(case["total"], 100, "{what}: {stderr}");
    assert_eq!(case["reported_total"], 96, "{what}");
    assert_eq!(case["grade"], "优", "{what}");
    let names: Vec<&str> = case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["level3"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 7, "{what}: {names:?}");
    assert_eq!(names[0], "改造饮水设备数量", "{what}");
    assert!(json_errors(case).is_empty(), "{what}: {case}");
    assert!(stderr.contains("绩效指标表头分两行"), "{what}: {stderr}");
}

#[test]
fn a_two_row_header_is_read_as_its_columns_in_a_workbook_and_in_pipe_rows() {
    for file in [
        "yunnan-nature-value-unit.xlsx",
        "yunnan-nature-value-unit-pipes.txt",
    ] {
        let (json, stderr) = common::score_json(&format!("{DATA}/{file}"), "central-2020", false);
        read_right(&json, &stderr, file);
    }
}

/// The same form copied one cell a line, and both header rows flattened into one run of cells
/// (`绩效指标 年度指标值 … 偏差原因 一级指标 … 度量单位`, as the 永德 page gives them).
#[test]
fn a_two_row_header_flattened_into_paragraphs_is_read_too() {
    let text =
        std::fs::read_to_string(format!("{DATA}/yunnan-nature-value-unit-pipes.txt")).unwrap();
    let cells: Vec<&str> = text
        .lines()
        .flat_map(|l| l.trim().trim_matches('|').split('|'))
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("自评表.txt");
    std::fs::write(&path, cells.join("\n")).unwrap();
    let (json, stderr) = common::score_json(path.to_str().unwrap(), "central-2020", false);
    read_right(&json, &stderr, "paragraphs");
}

/// The second header row broken over lines as a web page's copy gives it (tester s17w F7: a
/// lone `|`, then `一级 指标 |`, then the rest of the row): still the header's second row.
#[test]
fn a_second_header_row_broken_over_lines_is_still_read() {
    let text =
        std::fs::read_to_string(format!("{DATA}/yunnan-nature-value-unit-pipes.txt")).unwrap();
    let broken = text.replace(
        "| 一级指标 | 二级指标 |",
        "|  |\n| 一级 指标 |\n| 二级指标 |",
    );
    assert_ne!(broken, text);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("自评表.txt");
    std::fs::write(&path, broken).unwrap();
    let (json, stderr) = common::score_json(path.to_str().unwrap(), "central-2020", false);
    read_right(&json, &stderr, "broken");
}

/// The 指标性质 decides the direction, read by the value parser whichever sign is written: the
/// cost row's `≦` made `≧` scores 3.9 of 4 万元 as 10 × 3.9 / 4 = 9.75 (99.75).
#[test]
fn the_nature_sign_decides_the_direction() {
    let text =
        std::fs::read_to_string(format!("{DATA}/yunnan-nature-value-unit-pipes.txt")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (sign, total) in [("≧", "99.75"), ("≦", "100"), ("<=", "100")] {
        let path = dir.path().join("自评表.txt");
        let changed = text.replace("| ≦ | 4 | 万元 |", &format!("| {sign} | 4 | 万元 |"));
        std::fs::write(&path, changed).unwrap();
        let (json, _) = common::score_json(path.to_str().unwrap(), "central-2020", false);
        assert_eq!(json["cases"][0]["total"].to_string(), total, "{sign}");
    }
}
