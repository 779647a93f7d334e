//! #15, flattened text on several lines (lead s21): a form copied from a document preview with
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
