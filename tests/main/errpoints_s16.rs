//! Session 16, engineer `errpoints` (tester s16r N-G, N-H): a 分值 or 得分 cell that cannot be
//! read — Excel's error value (`#REF!`, `#DIV/0!`, `#VALUE!`) or words — is an unknown number,
//! never a 0 the department is then told it contradicts. A line whose points cannot be read is
//! not scored (the total partial, no grade, no errors that follow only from the cell); a
//! reported total that an unreadable line score may explain cannot be checked, which is a
//! warning, not an error. Blank cells keep what the form wrote. Inputs under
//! `tests/data/errpoints-s16/` (see SOURCES.md); every total by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{json_codes, json_errors, score_json};
use serde_json::Value;

const DATA: &str = "tests/data/errpoints-s16";

fn scored(file: &str) -> Value {
    let (json, _) = score_json(&format!("{DATA}/{file}"), "anhui-2023", false);
    json["cases"][0].clone()
}

/// The messages of the findings coded `code`.
fn said(case: &Value, code: &str) -> String {
    let findings = case["findings"].as_array().unwrap();
    let of = |f: &&Value| f["code"] == code;
    let messages: Vec<String> = findings
        .iter()
        .filter(of)
        .map(|f| f["message"].to_string())
        .collect();
    messages.join("\n")
}

/// Form 1 of the template: lines 19 (7600/8000 × 20) + 10 + 10 + 10 + 19.8 + 7 + 10 = 85.8,
/// execution 95% → 10: 95.8 / 优. The 数量 line's 分值 `#REF!` (G13, workbook and its pasted
/// twin) was counted as 0 points: 76.8 / 中 with `score-above-points` (19 > 0) and
/// `total-points-not-sum` (100 ≠ 80) against the department, under a message saying the cell
/// is not 0. Its points are unknown: the line is not scored, 76.8 is partial with no grade,
/// and the one message says the sums cannot be checked.
#[test]
fn an_error_value_in_points_leaves_the_line_unscored() {
    for file in ["e6-points-ref.xlsx", "t2-points-ref.txt"] {
        let case = scored(file);
        assert_eq!(case["total"].to_string(), "76.8", "{file}");
        assert_eq!(case["partial"], true, "{file}");
        assert_eq!(case["grade"], Value::Null, "{file}");
        assert!(json_errors(&case).is_empty(), "{file}: {case}");
        let codes = json_codes(&case);
        for gone in [
            "score-above-points",
            "score-mismatch",
            "total-points-not-sum",
            "points-total-mismatch",
            "weights-adjusted",
            "total-mismatch",
        ] {
            assert!(!codes.iter().any(|c| c == gone), "{file}: {codes:?}");
        }
        let unread = said(&case, "unreadable-value");
        assert!(
            unread.contains("分值是 Excel 的错误值 `#REF!`")
                && unread.contains("本行分值未知，不计分")
                && unread.contains("都无法核对")
                && !unread.contains("按 0 分值计"),
            "{file}: {unread}"
        );
        assert!(
            said(&case, "no-grade").contains("1 项指标的分值无法识别"),
            "{file}: {case}"
        );
        let line = &case["indicators"][0];
        assert_eq!(line["method"], "unscored", "{file}");
        assert_eq!(line["points"], Value::Null, "{file}");
    }
}

/// Points written in words (`二十`) are as unknown as an error value: the line is unscored,
/// said in the cell's own words.
#[test]
fn points_in_words_leave_the_line_unscored() {
    let case = scored("t2b-points-words.txt");
    assert_eq!(case["total"].to_string(), "76.8");
    assert_eq!(case["grade"], Value::Null);
    assert!(json_errors(&case).is_empty(), "{case}");
    let unread = said(&case, "unreadable-value");
    assert!(
        unread.contains("分值“二十”无法识别：本行分值未知，不计分"),
        "{unread}"
    );
}

/// The control: a blank 分值 is what the department wrote — the line carries 0 points (said),
/// and its 19 above them and the points summing to 80 are the form's own contradictions.
#[test]
fn a_blank_points_cell_still_carries_0_points() {
    let case = scored("e6c-points-blank-control.xlsx");
    assert_eq!(case["total"].to_string(), "76.8");
    assert_eq!(case["grade"], "中");
    assert!(said(&case, "missing-reported").contains("分值为空：该指标按 0 分值计"));
    let errors = json_errors(&case);
    assert!(
        errors.contains(&"score-above-points".to_owned())
            && errors.contains(&"total-points-not-sum".to_owned()),
        "{errors:?}"
    );
}

/// A line's 得分 `#DIV/0!` (H13) or the execution 得分 `#VALUE!` (I6): 95.8 / 优 is right, and
/// the reported 95.8 is 76.8 + 19 (the line's computed score, its points 20) or 85.8 + 10 (the
/// execution points 10): the department's sum may hold the unread cell, so it cannot be
/// checked — a warning naming the line, not a `total-not-sum` error.
#[test]
fn an_unreadable_score_leaves_the_total_unchecked_not_wrong() {
    for (file, named, lines) in [
        (
            "e1-score-div0.xlsx",
            "“指标1:资助参保人数”的得分无法识别",
            "76.8",
        ),
        (
            "t1-score-div0.txt",
            "“指标1:资助参保人数”的得分无法识别",
            "76.8",
        ),
        (
            "e8-exec-score-value.xlsx",
            "“年度资金总额:”一行的得分无法识别",
            "85.8",
        ),
    ] {
        let case = scored(file);
        assert_eq!(case["total"].to_string(), "95.8", "{file}");
        assert_eq!(case["grade"], "优", "{file}");
        assert!(json_errors(&case).is_empty(), "{file}: {case}");
        let unchecked = said(&case, "total-unchecked");
        assert!(
            unchecked.contains("自评总分 95.8 无法与各项得分之和核对")
                && unchecked.contains(named)
                && unchecked.contains(&format!("其余各项得分之和为 {lines}")),
            "{file}: {unchecked}"
        );
    }
}

/// A reported total beyond what the unread line could hold (120 − 76.8 = 43.2 > its 20
/// points) is still the department's arithmetic: `total-not-sum`, an error.
#[test]
fn a_total_beyond_the_unread_points_is_still_an_error() {
    let case = scored("t1b-total-beyond.txt");
    assert_eq!(case["total"].to_string(), "95.8");
    assert!(said(&case, "total-unchecked").is_empty(), "{case}");
    assert!(said(&case, "total-not-sum").contains("（76.8）"), "{case}");
}

/// The control: a blank 得分 is what the department wrote, and its total 95.8 counts a score
/// the form does not hold: `total-not-sum` stays an error.
#[test]
fn a_blank_score_under_a_total_that_counts_it_is_an_error() {
    let case = scored("t1c-score-blank.txt");
    assert_eq!(case["total"].to_string(), "95.8");
    assert!(said(&case, "total-unchecked").is_empty(), "{case}");
    assert!(
        json_errors(&case).contains(&"total-not-sum".to_owned()),
        "{case}"
    );
}
