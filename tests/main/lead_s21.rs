//! #15, lead s21. Flattened text on several lines: a form copied from a document preview with
//! its cells parted by spaces arrives on one line only when the whole table was one paragraph.
//! As often the heading stands on lines of its own above the flattened table, the document's
//! metadata and the title share the first line, or the preview gives one line a page with the
//! page markers between. Each was "no form"; each now reads as the one-line original does. The
//! fixtures under `tests/data/import/s21l/` are the real Chizhou form
//! (`tests/data/import/real/chizhou-guichi-tangxi-2022-weituo.txt`) reshaped so, cell for cell.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

const ORIGINAL: &str = "tests/data/import/real/chizhou-guichi-tangxi-2022-weituo.txt";

const RESHAPED: [&str; 3] = [
    "tests/data/import/s21l/chizhou-title-on-its-own-lines.txt",
    "tests/data/import/s21l/chizhou-metadata-line-then-body.txt",
    "tests/data/import/s21l/chizhou-one-line-a-page.txt",
];

/// What a reading gives that must not depend on the lines: the totals, the grade, the funds,
/// the findings' codes, and every indicator's names, points and score.
fn reading(file: &str) -> (serde_json::Value, Vec<String>, Vec<String>) {
    let (json, stderr) = common::score_json(file, "anhui-2022", false);
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1, "{file}: one form\n{stderr}");
    let case = &cases[0];
    let head = serde_json::json!({
        "project": case["project"],
        "total": case["total"],
        "max": case["max"],
        "grade": case["grade"],
        "execution": case["execution"],
    });
    let indicators = case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            format!(
                "{} {} {} {}",
                i["level1"], i["level3"], i["points"], i["score"]
            )
        })
        .collect();
    (head, common::json_codes(case), indicators)
}

#[test]
fn a_flattened_form_on_several_lines_reads_as_on_one() {
    let original = reading(ORIGINAL);
    assert_eq!(original.0["total"], 90.0, "{:?}", original.0);
    assert!(original.0["grade"].is_null());
    assert!(original.2.len() >= 9, "{:?}", original.2);
    for file in RESHAPED {
        assert_eq!(reading(file), original, "{file}");
    }
}

/// The input is told as flattened text, and a page marker between the pages is page text, said
/// as such, never a cell.
#[test]
fn the_pages_are_read_as_flattened_text_and_their_markers_dropped() {
    let out = crate::test::Test::new()
        .env("JIXIAO_LANG", "zh")
        .args([
            "score",
            "--rules",
            "rules/anhui-2022",
            "--notes",
            "all",
            RESHAPED[2],
        ])
        .expect_status(0)
        .run();
    assert!(out.stderr.contains("按压平的文本"), "{}", out.stderr);
    for page in ["第 1 页 共 3 页", "第 2 页 共 3 页"] {
        assert!(
            out.stderr.contains(&format!("页码“{page}”是页面上的文字")),
            "{page}: {}",
            out.stderr
        );
    }
}

/// Tester s21 A1: a 年度资金总额 row left at `0 0 0 10 0 0` under the figures of its 其中 row,
/// and a 总分 of 90 that is the form's own line scores — so its 0 得分 was the department's
/// score, not the template's blank. It is compared with the computed 10 (`score-mismatch`), and
/// no false `total-not-sum` error says the 90 is not the sum of the form's lines.
#[test]
fn a_zero_execution_score_the_total_confirms_is_the_departments_own() {
    let file = "tests/data/import/s21l/chizhou-zero-total-row-scored-0.docx";
    let (json, stderr) = common::score_json(file, "anhui-2022", false);
    let case = &json["cases"][0];
    assert_eq!(case["total"], 100.0, "{stderr}");
    assert_eq!(case["reported_total"], 90.0);
    assert_eq!(case["execution"]["score"], 10.0);
    let codes = common::json_codes(case);
    assert!(codes.contains(&"score-mismatch".to_owned()), "{codes:?}");
    assert!(codes.contains(&"total-mismatch".to_owned()), "{codes:?}");
    assert!(codes.contains(&"funds-total-blank".to_owned()), "{codes:?}");
    assert!(common::json_errors(case).is_empty(), "{codes:?}");
    let mismatch = case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "score-mismatch")
        .unwrap();
    assert!(
        mismatch["message"]
            .as_str()
            .unwrap()
            .contains("自评得分 0 与计算得分 10"),
        "{mismatch}"
    );
}
