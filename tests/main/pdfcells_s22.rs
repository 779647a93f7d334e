//! Tester s22 B2, C1, A1, C3 (pdfcells). A PDF preview copied one cell a line broke a worded
//! target and actual over two lines each: the first pieces were read as a false indicator
//! taking the points, and the case file written had `shares_points = true` on the first
//! indicator, which `score` then refused. A rate written `0.958` (27.8 / 29 cut to three
//! decimals) was read as 0.958% from text. A form on one line listed the rows of a failed sum
//! as `第 1 行` a dozen times. Fixtures: `tests/data/import/s22/` (README.md).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use crate::test::Test;

const DATA: &str = "tests/data/import/s22";

fn notes(case: &serde_json::Value) -> Vec<String> {
    case["import_notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["message"].as_str().unwrap().to_owned())
        .collect()
}

fn level3s(case: &serde_json::Value) -> Vec<String> {
    case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["level3"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_target_and_actual_broken_over_two_lines_make_one_indicator() {
    let (json, stderr) =
        common::score_json(&format!("{DATA}/wrapped-cells.txt"), "anhui-2022", false);
    let case = &json["cases"][0];
    let names = level3s(case);
    assert_eq!(names.len(), 10, "{names:?}\n{stderr}");
    assert!(
        !names.iter().any(|n| n.starts_with("完成甲氏")),
        "{names:?}"
    );
    let first = &case["indicators"][0];
    assert_eq!(first["level3"], "指标1:维护建筑数量");
    assert_eq!(first["points"], 7);
    assert_eq!(first["score"], 7);
    let joined = notes(case)
        .into_iter()
        .filter(|n| {
            n.contains("一格的文字被折成两行")
                && n.contains("“完成甲氏宗祠、乙氏宗祠、丙氏古墓日常维护等”")
        })
        .count();
    assert_eq!(joined, 2, "{stderr}");
    assert!(
        common::json_errors(case)
            .iter()
            .all(|c| c != "case::shared-points-first")
    );
}

/// A1: `0.958` in a text cell is 95.8% when B / A cut to three decimals is 0.958, said as such;
/// and 95.8% against B / A = 95.862% is no `rate-mismatch`.
#[test]
fn a_rate_written_as_a_cut_fraction_is_read_as_a_percentage() {
    let (json, stderr) =
        common::score_json(&format!("{DATA}/wrapped-cells.txt"), "anhui-2022", false);
    let case = &json["cases"][0];
    let cut = notes(case)
        .into_iter()
        .filter(|n| {
            n.contains("执行率写作 0.958") && n.contains("截去") && n.contains("按 95.8% 读取")
        })
        .count();
    assert_eq!(cut, 2, "both funds rows\n{stderr}");
    let codes = common::json_codes(case);
    assert!(!codes.iter().any(|c| c == "rate-mismatch"), "{codes:?}");
    assert!(!stderr.contains("0.958%"), "{stderr}");
}

/// B2 + C1: pieces that read alike in no join stay apart, but the first indicator, read as a
/// row cut short, is never written as sharing the points of a row above it: the case file
/// `import` writes is scored again without a `case::` error, and the note says why.
#[test]
fn import_never_writes_a_first_indicator_sharing_points() {
    for file in ["wrapped-cells.txt", "wrapped-cells-apart.txt"] {
        let out = tempfile::tempdir().unwrap();
        let imported = Test::new()
            .args(["--lang", "zh", "import", "--rules", "anhui-2022", "--out"])
            .arg(out.path())
            .arg(format!("{DATA}/{file}"))
            .output();
        let written: Vec<_> = std::fs::read_dir(out.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(written.len(), 1, "{file}: {}", imported.stderr);
        let text = std::fs::read_to_string(&written[0]).unwrap();
        let first = text.split("[[indicators]]").nth(1).unwrap();
        assert!(!first.contains("shares_points"), "{file}: {first}");
        let scored = Test::new()
            .args(["--lang", "zh", "score", "--rules", "rules/anhui-2022"])
            .arg(&written[0])
            .output();
        assert!(
            !scored.stderr.contains("case::"),
            "{file}: {}",
            scored.stderr
        );
        if file == "wrapped-cells-apart.txt" {
            assert!(
                imported
                    .stderr
                    .contains("第一个指标“指标1:维护建筑数量”没有分值、得分")
                    && imported.stderr.contains("按分值为空读取"),
                "{}",
                imported.stderr
            );
        }
    }
}

/// C3: on a form flattened onto one line, a failed sum names the rows read by guess instead
/// of listing `第 1 行` once for each.
#[test]
fn a_one_line_form_s_failed_sum_names_its_guessed_rows() {
    let (json, stderr) =
        common::score_json(&format!("{DATA}/one-line-glued.txt"), "sichuan-2023", false);
    let case = &json["cases"][0];
    let message = |code: &str| {
        case["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["code"] == code)
            .map(|f| f["message"].as_str().unwrap().to_owned())
            .unwrap_or_else(|| panic!("{code}\n{stderr}"))
    };
    for code in ["total-not-sum", "total-points-not-sum"] {
        let said = message(code);
        assert!(!said.contains("第 1 行、第 1 行"), "{said}");
        assert!(
            said.contains("安装山塘水位标尺、标尺刻度长度") && said.contains("受益农户满意度"),
            "{said}"
        );
        assert!(said.contains("行号分不出各行"), "{said}");
    }
}
