//! The 20分×执行率 项目自评表 (notes s17w F5, F2; s17x G1): Hubei's template, also used in
//! Yunnan — title `…项目自评表`, `项目实施单位`, funds `预算数(A) | 执行数(B) | 执行率(B/A) |
//! 得分(20分*执行率)`, indicators `年初目标值(A) | 实际完成值(B) | 得分` with no 分值 column. The
//! fixtures are built after the pattern (`tests/data/import/s17/`, see `SOURCES.md`) and scored
//! under `hb-module`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::test::Test;
use serde_json::Value;

/// The one case `score FILE --format json` gives for `file` under hb-module.
fn scored(file: &str) -> Value {
    let json = Test::new()
        .args(["--lang", "zh", "score", file, "--rules", "hb-module"])
        .args(["--format", "json"])
        .run()
        .json();
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1, "{json}");
    cases[0].clone()
}

fn codes(case: &Value) -> Vec<String> {
    case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect()
}

/// By hand (tab text): 20 of 80 spent = 25% → 20 × 0.25 = 5, the form's 5; six lines
/// self-scored 15 + 15 + 10 + 15 + 15 + 10 = 80, 总分 85 = 80 + 5. No line has points, but
/// each level-1 label carries its own (`产出指标(40分)` …): since tester s21 T7 the lines'
/// self-scores are counted within them, unverified (`reported-kept`), so the computed total is
/// 5 + 80 = 85 of 20 + 80 = 100 (before: the execution's 5, partial); no `score-above-points`.
/// (xlsx, merged cells): 12 of 60 = 20% → 4, the form's 4; 15 + 15 + 10 + 30 + 10 = 80, 总分
/// 84. No grade either way: 80 of the 100 points are self-scores taken unverified (tester s21
/// T6's rule).
#[test]
fn the_20_points_execution_template_is_read_and_scored_by_what_it_holds() {
    for (file, project, rate, score, reported, lines) in [
        (
            "tests/data/import/s17/hb-20fen-tabs.txt",
            "高标准农田示范片建设",
            25,
            5,
            85,
            6,
        ),
        (
            "tests/data/import/s17/hb-20fen-merged.xlsx",
            "社区文化活动中心设备购置",
            20,
            4,
            84,
            5,
        ),
    ] {
        let case = scored(file);
        assert_eq!(case["project"], project, "{file}");
        assert!(!case["unit"].as_str().unwrap().is_empty(), "{file}");
        assert_eq!(case["execution"]["rate"], rate, "{file}");
        assert_eq!(case["execution"]["points"], 20, "{file}");
        assert_eq!(case["execution"]["score"], score, "{file}");
        assert_eq!(case["execution"]["reported_score"], score, "{file}");
        assert_eq!(case["total"], reported, "{file}");
        assert_eq!(case["total_points"], 100, "{file}");
        assert_ne!(case["partial"], true, "{file}");
        assert!(case["grade"].is_null(), "{file}");
        assert_eq!(case["reported_total"], reported, "{file}");
        let indicators = case["indicators"].as_array().unwrap();
        assert_eq!(indicators.len(), lines, "{file}");
        let self_scores: i64 = indicators
            .iter()
            .map(|i| i["reported_score"].as_i64().unwrap())
            .sum();
        assert_eq!(self_scores, 80, "{file}");
        assert!(indicators.iter().all(|i| i["method"] == "reported_kept"));
        let codes = codes(&case);
        for never in [
            "score-above-points",
            "score-mismatch",
            "label-points-mismatch",
            "points-total-mismatch",
            "points-weight-mismatch",
            "total-not-sum",
        ] {
            assert!(!codes.iter().any(|c| c == never), "{file}: {codes:?}");
        }
        assert!(
            codes.iter().any(|c| c == "execution-low-targets-met"),
            "{file}: {codes:?}"
        );
        let words = case["findings"].to_string();
        assert!(
            words.contains("表上没有分值列，只有一级指标“产出指标(40分)”标明 40 分"),
            "{file}: {words}"
        );
    }
}

/// The two text rows after 总分 are the form's notes, not lost; the low-execution finding
/// gives the figures.
#[test]
fn the_closing_rows_are_kept_and_low_execution_names_its_figures() {
    let out = tempfile::tempdir().unwrap();
    Test::new()
        .args([
            "--lang",
            "zh",
            "import",
            "tests/data/import/s17/hb-20fen-tabs.txt",
        ])
        .arg("--out")
        .arg(out.path())
        .run();
    let written = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .find(|t| t.contains("[header]"))
        .unwrap();
    assert!(
        written.contains("偏差大或目标未完成原因分析：资金拨付滞后"),
        "{written}"
    );
    assert!(
        written.contains("改进措施及结果应用方案：加快拨付进度"),
        "{written}"
    );
    assert!(
        written.contains("unit = \"示例县农业技术推广中心\""),
        "{written}"
    );
    Test::new()
        .args([
            "--lang",
            "zh",
            "score",
            "tests/data/import/s17/hb-20fen-tabs.txt",
        ])
        .args(["--rules", "hb-module"])
        .expect_stdout_contains(
            "预算执行率只有 25%（全年执行数 20 / 全年预算数 80），而 6 项指标都报告已完成",
        )
        .run();
}
