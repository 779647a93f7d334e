//! Session 20 (`shortrow`): a short indicator row ending in two equal numbers (tester s20 T1,
//! 云南南华 `配套电力设施…3台 | 3 | 9.3 | 9.3`) and a not-applicable placeholder row
//! `指标1:/ / /` (T6, 安徽天长). The fixtures are built after the patterns
//! (`tests/data/import/s20/`, see `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::json_codes as codes;
use crate::test::Test;
use serde_json::Value;

/// The one case `score FILE --format json` gives for `file` under `rules`, exiting `status`
/// (1 when the case has an error-level finding).
fn scored(file: &str, rules: &str, status: i32) -> Value {
    let json = Test::new()
        .args(["--lang", "zh", "score", file, "--rules", rules])
        .args(["--format", "json"])
        .expect_status(status)
        .run()
        .json();
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1, "{json}");
    cases[0].clone()
}

/// The import notes of `case` whose message holds `needle`.
fn notes_with<'a>(case: &'a Value, needle: &str) -> Vec<&'a Value> {
    case["import_notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["message"].as_str().unwrap().contains(needle))
        .collect()
}

/// By hand: 产出指标(50分) holds 15 + 12.5 + 10 = 37.5 on full rows; the short row
/// `配套变压器2台 | 2 | 12.5 | 12.5` read as 分值/得分 makes it 50, the label's figure. Read
/// as before (actual 12.5, points shared with the row above) the 12.5 points vanished.
#[test]
fn a_short_row_ending_in_a_pair_is_read_as_points_when_the_label_adds_up() {
    let case = scored(
        "tests/data/import/s20/short-row-pair-points-cut.txt",
        "central-2020",
        0,
    );
    let row = case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["level3"] == "配套变压器2台")
        .unwrap();
    assert_eq!(row["points"], 12.5, "{row}");
    assert_eq!(row["reported_score"], 12.5, "{row}");
    // The actual is missing from the form: scored 0, said.
    assert_eq!(row["method"], "missing", "{row}");
    let notes = notes_with(&case, "“配套变压器2台”这一行只有 4 格");
    assert_eq!(notes.len(), 1, "{case}");
    assert_eq!(notes[0]["severity"], "info", "{}", notes[0]);
    assert!(
        notes[0]["message"]
            .as_str()
            .unwrap()
            .contains("“产出指标(50分)”下各行分值合计 50"),
        "{}",
        notes[0]
    );
    assert!(notes_with(&case, "shares_points").is_empty(), "{case}");
    let codes = codes(&case);
    assert!(
        !codes.contains(&"label-points-mismatch".to_owned()),
        "{codes:?}"
    );
    assert!(codes.contains(&"incomplete-form".to_owned()), "{codes:?}");
}

/// By hand: 产出指标(50分) holds 20 + 20 = 40 on full rows; with `修缮涵洞 | 4 | 8 | 8` as
/// 分值/得分 it would be 48: neither is 50, so the row keeps the shared reading, as a guess
/// naming the row and both figures, and the label check says 50 against 40.
#[test]
fn a_short_row_whose_pair_fits_no_sum_is_a_warning_and_the_label_check_fires() {
    let case = scored(
        "tests/data/import/s20/short-row-pair-shared.txt",
        "central-2020",
        1,
    );
    let notes = notes_with(&case, "“修缮涵洞”这一行只有 4 格");
    assert_eq!(notes.len(), 1, "{case}");
    assert_eq!(notes[0]["severity"], "warning", "{}", notes[0]);
    let message = notes[0]["message"].as_str().unwrap();
    assert!(message.contains("合计 40，标明的是 50"), "{message}");
    assert!(message.contains("补出实际完成值"), "{message}");
    let mismatch = case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "label-points-mismatch")
        .unwrap();
    let text = mismatch["message"].as_str().unwrap();
    assert!(
        text.contains("产出指标(50分)") && text.contains("50") && text.contains("40"),
        "{text}"
    );
}

/// By hand: 产出 20 + 10 + 10 + 10 = 50, 效益 20 + 10 = 30 (生态效益 `指标1:/ / /` does not
/// apply), 满意度 10, execution 10: 100, the form's 总分. The `/` row was scored as a 0-point
/// row with `missing-actual` and `missing-reported`.
#[test]
fn a_numbered_row_of_slashes_is_skipped_as_a_placeholder() {
    let case = scored(
        "tests/data/import/s20/placeholder-slash-row-web.txt",
        "anhui-2022",
        0,
    );
    let names: Vec<&str> = case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["level3"].as_str().unwrap())
        .collect();
    assert!(!names.iter().any(|n| n.contains('/')), "{names:?}");
    assert_eq!(names.len(), 7, "{names:?}");
    assert_eq!(case["total"], 100, "{case}");
    assert_eq!(case["total_points"], 100, "{case}");
    let codes = codes(&case);
    for never in [
        "missing-actual",
        "missing-reported",
        "label-points-mismatch",
    ] {
        assert!(!codes.contains(&never.to_owned()), "{never}: {codes:?}");
    }
    assert_eq!(notes_with(&case, "占位行“指标1:/”").len(), 1, "{case}");
}

/// By hand: no level-1 label carries points; 20 + 20 + 30 + 10 = 80 on full rows, with
/// `修缮涵洞 | 4 | 10 | 10` as 分值/得分 90, and 90 + the funds row's 10 = the 总分's 100. Read
/// as shared, the form's points did not add up (`total-points-not-sum`, 90 against 100).
#[test]
fn without_label_points_the_pair_is_weighed_against_the_total_less_the_funds_points() {
    let case = scored(
        "tests/data/import/s20/short-row-pair-total.txt",
        "central-2020",
        0,
    );
    let notes = notes_with(&case, "“修缮涵洞”这一行只有 4 格");
    assert_eq!(notes.len(), 1, "{case}");
    assert_eq!(notes[0]["severity"], "info", "{}", notes[0]);
    assert!(
        notes[0]["message"]
            .as_str()
            .unwrap()
            .contains("各指标分值合计 90，加上资金行的分值正好是总分行的分值"),
        "{}",
        notes[0]
    );
    assert_eq!(case["total_points"], 100, "{case}");
    let codes = codes(&case);
    for never in [
        "total-points-not-sum",
        "total-not-sum",
        "points-total-mismatch",
    ] {
        assert!(!codes.contains(&never.to_owned()), "{never}: {codes:?}");
    }
}
