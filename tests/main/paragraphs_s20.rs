//! Session 20 (`paragraphs`): two real-form patterns the readers still read wrong. The 20分×执行率
//! 项目自评表 of 昌宁 (Yunnan) copied from a document preview one cell a line, its score header's
//! formula and its row labels in paragraphs of their own; and forms published in Traditional
//! characters with the ruby's pinyin left in. The fixtures are built after the patterns
//! (`tests/data/import/s20/`, see `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::json_codes as codes;
use crate::test::Test;
use serde_json::Value;

/// The one case `score FILE --format json` gives for `file` under `rules`.
fn scored(file: &str, rules: &str) -> Value {
    let json = Test::new()
        .args(["--lang", "zh", "score", file, "--rules", rules])
        .args(["--format", "json"])
        .run()
        .json();
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1, "{json}");
    cases[0].clone()
}

const CHANGNING: &str = "tests/data/import/s20/changning-20fen-paragraphs.txt";

/// By hand: 135 of 150 spent = 90% → 20 × 0.9 = 18, the form's 18; the six lines are met in
/// full, 15 + 15 + 10 + 15 + 15 + 10 = 80; total 18 + 80 = 98, the form's 98; points 20 + 80 =
/// 100, the form's 总分 100. Under central-2016 (10 points for execution) the form's declared
/// 20 are read from `得分（20分*执行率）`, so the points still add up to the form's total —
/// read apart, the formula was a second 执行率 column, the 20 were lost and the form scored
/// 89 of 90 with `points-total-mismatch`.
#[test]
fn the_20_points_funds_block_one_cell_a_line_scores_as_the_form_does() {
    for rules in ["hb-module", "central-2016"] {
        let case = scored(CHANGNING, rules);
        assert_eq!(case["project"], "昌宁县示例村组道路养护项目", "{rules}");
        assert_eq!(case["execution"]["rate"], 90, "{rules}");
        assert_eq!(case["execution"]["points"], 20, "{rules}");
        assert_eq!(case["execution"]["score"], 18, "{rules}");
        assert_eq!(case["execution"]["reported_score"], 18, "{rules}");
        assert_eq!(case["total"], 98, "{rules}");
        assert_eq!(case["total_points"], 100, "{rules}");
        assert_eq!(case["reported_total"], 98, "{rules}");
        assert_eq!(case["indicators"].as_array().unwrap().len(), 6, "{rules}");
        let codes = codes(&case);
        for never in [
            "import-guessed",
            "points-total-mismatch",
            "total-points-not-sum",
            "total-mismatch",
            "score-mismatch",
            "score-above-points",
        ] {
            assert!(!codes.iter().any(|c| c == never), "{rules}: {codes:?}");
        }
    }
    assert_eq!(scored(CHANGNING, "hb-module")["grade"], "优");
}

/// The import says which broken headers it joined and where the 20 points come from.
#[test]
fn the_joined_headers_and_the_declared_points_are_said() {
    Test::new()
        .args(["--lang", "zh", "score", CHANGNING, "--rules", "hb-module"])
        .expect_stderr_contains("“得分”与“（20分*执行率）”按一个单元格“得分（20分*执行率）”读取")
        .expect_stderr_contains("资金表头写明预算执行为 20 分")
        .run();
}

const LIJIANG_PIPES: &str = "tests/data/import/s20/lijiang-traditional-pinyin-pipes.txt";
const LIJIANG_CELLS: &str = "tests/data/import/s20/lijiang-traditional-pinyin-cells.txt";
const GLUED: &str = "tests/data/import/s20/beijing-2016-traditional-pinyin-glued.txt";

/// 丽江 (P7): the same Traditional form with pinyin left in its title and beside a level-1
/// label, as a `|` table and as the seed's one cell a line `text |`. By hand under central-2016:
/// 36 / 40 = 90% → 9 (form 9); 20 + 20 + 10 + 28 (定性: its band word `達成預期指標` read as
/// `达成预期指标` since s21, the self-score inside its band) + 10 = 88; total 97, the form's
/// 97. The labels are read in Simplified characters without their pinyin; the names keep
/// theirs as written.
#[test]
fn a_traditional_form_with_pinyin_reads_its_labels_in_pipes_and_in_cells() {
    for file in [LIJIANG_PIPES, LIJIANG_CELLS] {
        let (json, stderr) = crate::common::score_json(file, "central-2016", false);
        let case = &json["cases"][0];
        assert_eq!(case["project"], "古城區示例街巷路燈維護經費", "{file}");
        assert_eq!(case["unit"], "麗江市古城區示例市政設施管理所", "{file}");
        assert_eq!(case["execution"]["rate"], 90, "{file}");
        assert_eq!(case["execution"]["score"], 9, "{file}");
        assert_eq!(case["total"], 97, "{file}: {stderr}");
        assert_eq!(case["reported_total"], 97, "{file}");
        let indicators = case["indicators"].as_array().unwrap();
        assert_eq!(indicators.len(), 5, "{file}");
        assert_eq!(indicators[0]["level1"], "产出指标", "{file}");
        assert_eq!(indicators[0]["level3"], "維護路燈數量", "{file}");
        assert_eq!(indicators[3]["method"], "band", "{file}");
        let codes = codes(case);
        for never in [
            "unknown-level1",
            "unknown-funds-row",
            "points-total-mismatch",
            "unknown-band",
        ] {
            assert!(!codes.iter().any(|c| c == never), "{file}: {codes:?}");
        }
        assert!(stderr.contains("这张表用繁体字写成"), "{file}: {stderr}");
        assert!(
            stderr.contains(
                "个表头和栏目名称旁带有拼音注音（如 “2023年度項(xiàng)目支出績(jì)效自評表”"
            ),
            "{file}: {stderr}"
        );
    }
}

/// The glued reader: the Beijing 2016 glued preview of session 18 with its characters as the
/// site's 繁 switch gives them and pinyin left in its title and after `產出指標`, scores as its
/// Simplified twin does (95.21, session 18's hand count) — it was no form at all — and keeps
/// the project's name as written.
#[test]
fn a_glued_traditional_form_with_pinyin_scores_as_its_simplified_twin() {
    let (twin, _) = crate::common::score_json(
        "tests/data/import/s18/beijing-2016-glued.txt",
        "central-2016",
        false,
    );
    let (json, stderr) = crate::common::score_json(GLUED, "central-2016", false);
    let case = &json["cases"][0];
    assert_eq!(case["total"], 95.21, "{stderr}");
    assert_eq!(case["total"], twin["cases"][0]["total"]);
    assert_eq!(case["execution"], twin["cases"][0]["execution"]);
    assert_eq!(case["project"], "街道社区公共设施维护經費", "{case}");
    assert_eq!(case["indicators"].as_array().unwrap().len(), 5);
    assert!(stderr.contains("按连写的文本"), "{stderr}");
    assert!(stderr.contains("这张表用繁体字写成"), "{stderr}");
    assert!(stderr.contains("拼音注音"), "{stderr}");
}

/// The Hubei layout of the same template one cell a line, its funds header broken as
/// `预算执行` / `情况(万元)` / `(20分)` and its score header as `得分` / `(20分*执行率)`: the funds
/// block was not found at all (no execution); now 20 / 80 = 25% → 5, as the tab copy of
/// session 17 reads it (`hbtemplate_s17.rs`). The lines' self-scores (80) count within their
/// level-1 labels' points since tester s21 T7: 5 + 80 = 85.
#[test]
fn the_hubei_funds_header_broken_over_lines_opens_the_funds_block() {
    let case = scored("tests/data/import/s20/hb-20fen-paragraphs.txt", "hb-module");
    assert_eq!(case["project"], "高标准农田示范片建设");
    assert_eq!(case["execution"]["rate"], 25);
    assert_eq!(case["execution"]["points"], 20);
    assert_eq!(case["execution"]["score"], 5);
    assert_eq!(case["execution"]["reported_score"], 5);
    assert_eq!(case["total"], 85);
    assert_eq!(case["reported_total"], 85);
    assert_eq!(case["indicators"].as_array().unwrap().len(), 6);
    assert!(
        codes(&case)
            .iter()
            .any(|c| c == "execution-low-targets-met")
    );
}
