//! Session 14, engineer `wordspan`: a value cell merged across two columns — a Word
//! `gridSpan`, an HTML `colspan`, a workbook's merged range — is one value written for both,
//! never a merge with the row above (tester s13 T7); a finding on a value with no cell of
//! its own names its line's place; the form's execution 得分 on a 年度资金总额 row left at 0
//! is compared with the computed one (tester s13 T8).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, json_codes as codes};
use crate::test::Test;

const DATA: &str = "tests/data/import/s14";
const HUNAN: &str = "hunan-2020-target";

/// A JSON number as written (`75`, `9`).
fn num(v: &serde_json::Value) -> String {
    v.to_string()
}

/// The lines a no-points form says were not met (`target-not-met`), by 三级指标.
fn not_met(case: &serde_json::Value) -> Vec<String> {
    case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "target-not-met")
        .map(|f| {
            f["location"]["indicator"]["level3"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

/// The import notes' messages of one case.
fn notes(case: &serde_json::Value) -> Vec<String> {
    case["import_notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| format!("{} @ {}", n["message"].as_str().unwrap(), n["form_cell"]))
        .collect()
}

/// Tester s13 T7, the tester's document: `100%` merged across 年度指标值 and 实际完成值 is
/// met, said by a note at the merged cell; no line copies `96场` or `1.15万人` from above.
#[test]
fn a_target_merged_across_the_actual_column_in_word_is_met() {
    let file = format!("{DATA}/h3x-hunan-two-hmerged-values.docx");
    let (json, stderr) = common::score_json(&file, HUNAN, false);
    assert!(!stderr.contains("与上一行合并"), "{stderr}");
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 2);
    assert_eq!(
        not_met(&cases[0]),
        [
            "新增受益人口",
            "维修完成时间",
            "维修资金核算率",
            "工程长效运行机制"
        ]
    );
    assert_eq!(not_met(&cases[1]), ["送戏下乡演出场次", "群众文化生活"]);
    let across = "年度指标值单元格“100%”跨年度指标值、实际完成值两列合并：视为一个值写给两列，实际完成值也按“100%”读取";
    for (case, cell) in [(&cases[0], "document#1!D12"), (&cases[1], "document#2!D11")] {
        let notes = notes(case);
        assert!(
            notes.iter().any(|n| n.contains(across) && n.contains(cell)),
            "{notes:#?}"
        );
        assert!(codes(case).contains(&"import-guessed".to_owned()));
    }
    // Form 1's 中央、省、市补助 row: `80` across 全年预算数 and 全年执行数 (rate 100%).
    let funds = "全年预算数单元格“80”跨全年预算数、全年执行数两列合并";
    assert!(notes(&cases[0]).iter().any(|n| n.contains(funds)));
}

/// The case file a form imports to, as TOML.
fn imported(file: &str) -> toml::Value {
    let dir = tempfile::tempdir().unwrap();
    Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["import", "--rules", HUNAN, "--out"])
        .arg(dir.path())
        .arg(file)
        .run();
    let mut written: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    toml::from_str(&std::fs::read_to_string(written.pop().unwrap()).unwrap()).unwrap()
}

/// Tester s13 T7 in the three readers: the same form as a Word table (`gridSpan`), a workbook
/// (merged range) and a web page (`colspan`) reads the same — `100%` is 实际完成值 too, at the
/// merged cell; `40` is 全年执行数 too; the 实际完成值 merged *down* (the control) is still
/// the row above's, at the row above's cell — and scores the same.
#[test]
fn a_value_merged_across_two_columns_reads_the_same_in_word_workbook_and_web_page() {
    for (file, sheet, first_row) in [
        ("spans.docx", "document#1", 1),
        ("spans.xlsx", "表1", 2),
        ("spans.html", "page#1", 1),
    ] {
        let path = format!("{DATA}/{file}");
        let case = imported(&path);
        let line = |i: usize| &case["indicators"][i];
        let at = |row: usize, column: &str| format!("{sheet}!{column}{}", row + first_row - 1);
        assert_eq!(line(1)["level3"].as_str(), Some("演出节目合格率"), "{file}");
        assert_eq!(line(1)["actual"].as_str(), Some("100%"), "{file}");
        assert_eq!(
            line(1)["cells"]["actual"].as_str(),
            Some(at(11, "D").as_str()),
            "{file}"
        );
        assert_eq!(
            line(3)["level3"].as_str(),
            Some("演出资料归档时间"),
            "{file}"
        );
        assert_eq!(line(3)["actual"].as_str(), Some("2021年12月20日"), "{file}");
        assert_eq!(
            line(3)["cells"]["actual"].as_str(),
            Some(at(12, "E").as_str()),
            "{file}"
        );
        let funds = &case["funds"][1];
        assert_eq!(
            (funds["full_year_budget"].as_str(), funds["spent"].as_str()),
            (Some("40"), Some("40")),
            "{file}"
        );
        assert_eq!(
            funds["cells"]["spent"].as_str(),
            Some(at(5, "C").as_str()),
            "{file}"
        );
        let notes = case["form"]["import_notes"].to_string();
        assert!(
            notes.contains("跨年度指标值、实际完成值两列合并"),
            "{file}: {notes}"
        );
        assert!(
            notes.contains("跨全年预算数、全年执行数两列合并"),
            "{file}: {notes}"
        );
        assert!(
            notes.contains("实际完成值与上一行合并；合并的实际完成值“2021年12月20日”"),
            "{file}: {notes}"
        );
        assert!(!notes.contains("“96场”复制到本行"), "{file}: {notes}");

        let (json, _) = common::score_json(&path, HUNAN, false);
        let scored = &json["cases"][0];
        assert_eq!(
            not_met(scored),
            ["送戏下乡演出场次", "群众文化生活"],
            "{file}"
        );
        assert_eq!(num(&scored["execution"]["rate"]), "75", "{file}");
    }
}

/// Task 3: every finding about a line names its place on the form — the 演出节目合格率 line
/// judged on a value copied into a cell merged over names the merged cell.
#[test]
fn a_finding_on_a_merged_value_names_its_cell() {
    let file = format!("{DATA}/spans.xlsx");
    let page = std::fs::read_to_string(format!("{DATA}/spans.html"))
        .unwrap()
        .replace("2021年12月20日", "2022年1月5日");
    assert!(page.contains("2022年1月5日"));
    let dir = tempfile::tempdir().unwrap();
    let late = dir.path().join("late.html");
    std::fs::write(&late, page).unwrap();
    for path in [file, late.to_str().unwrap().to_owned()] {
        let (json, _) = common::score_json(&path, HUNAN, false);
        for case in json["cases"].as_array().unwrap() {
            for f in case["findings"].as_array().unwrap() {
                let at = &f["location"];
                if at["indicator"].is_object() {
                    assert!(at["form_cell"].is_string(), "{path}: {f}");
                }
            }
        }
    }
    // Both late lines are said, the second at the merged cell above it.
    let (json, _) = common::score_json(late.to_str().unwrap(), HUNAN, false);
    let case = &json["cases"][0];
    assert_eq!(
        not_met(case),
        [
            "送戏下乡演出场次",
            "演出完成时间",
            "演出资料归档时间",
            "群众文化生活"
        ]
    );
    let cells: Vec<&str> = case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "target-not-met")
        .map(|f| f["location"]["form_cell"].as_str().unwrap())
        .collect();
    assert_eq!(cells[1], "page#1!E12");
    assert_eq!(cells[2], "page#1!E12");
}

/// Tester s13 T8, decided as tester F14 did: the 年度资金总额 row left at `0 0 0 10 0 0` under
/// 本年财政拨款 100 / 95 and 其他资金 50 / 40 (execution 135 / 150 = 90% → 9) is the template's
/// blank row, its 0 得分 included: a form whose total 99 counts the 9 gets `funds-total-blank`
/// only, not a second finding about the same blank cells. A form whose total counted the 0
/// (90, its lines' sum without any execution score) scored execution 0 itself: since tester s21
/// A1 the 0 is compared with the computed 9 (`score-mismatch`) and the totals disagree
/// (`total-mismatch`), but the 90 is the sum of the form's own lines (no `total-not-sum`).
#[test]
fn the_zero_score_on_a_total_row_left_at_zero_is_said_by_the_total() {
    let file = "tests/data/import/s13/a4-flat-total0-other.txt";
    let (json, _) = common::score_json(file, "anhui-2022", false);
    let case = &json["cases"][0];
    assert_eq!(num(&case["total"]), "99");
    assert_eq!(num(&case["execution"]["score"]), "9");
    assert_eq!(codes(case), ["funds-total-blank"]);
    let text = std::fs::read_to_string(file)
        .unwrap()
        .replace("总分 100 99", "总分 100 90");
    let dir = tempfile::tempdir().unwrap();
    let ninety = dir.path().join("ninety.txt");
    std::fs::write(&ninety, text).unwrap();
    let (json, _) = common::score_json(ninety.to_str().unwrap(), "anhui-2022", false);
    let case = &json["cases"][0];
    assert_eq!(
        codes(case),
        ["funds-total-blank", "score-mismatch", "total-mismatch"]
    );
    let said = case["findings"][1]["message"].as_str().unwrap();
    assert!(said.contains("自评得分 0 与计算得分 9"), "{said}");
}
