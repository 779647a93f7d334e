//! Page tables as a search excerpt renders them (tester s18h P2, P4, P6, P8): rows opening
//! and ending with `|` and cells broken onto the next line, the title on a plain line above
//! the table, a project named `…支出绩效自评表`, the 20分×执行率 funds block declaring its
//! points, and the header labels of other templates. Fixtures in `tests/data/import/s18/`
//! (see `SOURCES.md`), built after the pattern of the real pages with made-up names and
//! figures.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::test::Test;
use serde_json::Value;

const DIR: &str = "tests/data/import/s18";

/// The one case `score FILE --format json` gives for `file` under `rules`.
fn scored(file: &str, rules: &str) -> Value {
    let path = format!("{DIR}/{file}");
    let json = Test::new()
        .args(["--lang", "zh", "score", &path, "--rules", rules])
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

/// (level3, points, score, reported score) of each line.
fn lines(case: &Value) -> Vec<(String, Value, Value, Value)> {
    case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["level3"].as_str().unwrap().to_owned(),
                i["points"].clone(),
                i["score"].clone(),
                i["reported_score"].clone(),
            )
        })
        .collect()
}

/// By hand (P8, P2): one form, named `2021年县级林草防火补助经费支出绩效自评表` (the value
/// of 项目名称, not a second form's title); funds 12.5 / 12.5 = 100% → 10; the two-row
/// header read: 520 ≥ 500公里 15, 100% ﹦ 100% 15, 95% of ≥100% → 20 × 0.95 = 19, 0.5‰ ≤
/// 0.9‰ 30, 92% ≥ 90% 10; total 10 + 89 = 99, the form's 99.
#[test]
fn a_project_named_like_a_title_is_its_value_and_the_page_table_reads() {
    let case = scored("page-pipes-name-title.txt", "central-2016");
    assert_eq!(case["project"], "2021年县级林草防火补助经费支出绩效自评表");
    assert_eq!(case["department"], "示例市林业和草原局");
    assert_eq!(case["unit"], "示例县林业和草原局");
    assert_eq!(case["execution"]["rate"], 100);
    assert_eq!(case["execution"]["score"], 10);
    let expected = [
        ("防火巡护里程", 15, 15, 15),
        ("火情处置率", 15, 15, 15),
        ("巡护按时完成率", 20, 19, 19),
        ("森林火灾受害率", 30, 30, 30),
        ("群众满意度", 10, 10, 10),
    ];
    let got = lines(&case);
    assert_eq!(got.len(), expected.len(), "{got:?}");
    for ((name, p, s, r), (n, points, score, reported)) in expected.iter().zip(&got) {
        assert_eq!(n, name);
        assert_eq!(points, p, "{name}");
        assert_eq!(score, s, "{name}");
        assert_eq!(reported, r, "{name}");
    }
    assert_eq!(case["total"], 99);
    assert_eq!(case["reported_total"], 99);
    assert_ne!(case["partial"], true);
    let codes = codes(&case);
    for never in ["score-mismatch", "total-mismatch", "total-not-sum"] {
        assert!(!codes.iter().any(|c| c == never), "{codes:?}");
    }
}

/// The same page cut in its last row: the 满意度 row keeps its 10 points (no 得分), the 效益
/// row its 30 — a short row under new labels is cut, not a row sharing the points above
/// (before: 30 was halved between them). By hand: 20 + 30 + 10 = 60 of the lines, + 10.
#[test]
fn a_cut_last_row_under_new_labels_keeps_its_points() {
    let case = scored("page-pipes-cut.txt", "central-2016");
    let got = lines(&case);
    let points: Vec<&Value> = got.iter().map(|l| &l.1).collect();
    assert_eq!(
        points,
        [&Value::from(20), &Value::from(30), &Value::from(10)]
    );
    assert_eq!(got[1].3, 28);
    assert_eq!(got[2].3, Value::Null);
    assert_eq!(case["partial"], true);
    assert_eq!(case["grade"], Value::Null);
    assert_eq!(case["project"], "2021年县级林草防火补助经费支出绩效自评表");
}

/// By hand (P4, P2): the title a plain line above the table, `单位名称 … 填报日期` between;
/// the funds block declares 20 points: 36.3 / 150 = 24.2% → 20 × 0.242 = 4.84, the form
/// prints 4.85 — a finding of the form (`score-mismatch`), no `score-above-points … 0`. The
/// short row `秸秆还田 | ≧2000亩 | 2000亩 | 10.0` continues 产出指标 / 数量指标. Lines
/// 10 + 10 + 20 + 10 + 20 + 10 = 80, 总分 84.85 = 80 + 4.85.
#[test]
fn the_20_points_block_declares_its_points_and_the_title_line_opens_the_form() {
    let case = scored("page-20fen-title-line.txt", "hb-module");
    assert_eq!(case["project"], "示例区2023年耕地质量提升项目补助资金");
    assert_eq!(case["unit"], "示例区耕地保护站");
    assert_eq!(case["execution"]["points"], 20);
    assert_eq!(case["execution"]["score"], 4.84);
    assert_eq!(case["execution"]["reported_score"], 4.85);
    let got = lines(&case);
    assert_eq!(got.len(), 6, "{got:?}");
    assert_eq!(got[1].0, "秸秆还田");
    let second = &case["indicators"][1];
    assert_eq!(second["level1"], "产出指标");
    assert_eq!(second["level2"], "数量指标");
    let codes = codes(&case);
    assert!(codes.iter().any(|c| c == "score-mismatch"), "{codes:?}");
    for never in ["score-above-points", "total-not-sum"] {
        assert!(!codes.iter().any(|c| c == never), "{codes:?}");
    }
    assert_eq!(case["reported_total"], 84.85);
}

/// The 20 points under a rule set of 10 (central-2016): the form's points are used (said),
/// not the rule's (the rule set rounds 20 × 24.2% = 4.84 to 0 places: 5).
#[test]
fn the_declared_points_stand_under_a_rule_set_of_other_points() {
    let case = scored("page-20fen-title-line.txt", "central-2016");
    assert_eq!(case["execution"]["points"], 20);
    let codes = codes(&case);
    assert!(
        !codes.iter().any(|c| c == "score-above-points"),
        "{codes:?}"
    );
    let out = tempfile::tempdir().unwrap();
    let path = format!("{DIR}/page-20fen-title-line.txt");
    let run = Test::new()
        .args(["--lang", "zh", "import", &path, "--rules", "central-2016"])
        .arg("--out")
        .arg(out.path())
        .run();
    let said = format!("{}{}", run.stdout, run.stderr);
    assert!(
        said.contains("资金表头写明预算执行为 20 分：按此读作年度资金总额行的分值"),
        "{said}"
    );
}

/// P6: Sichuan's `政策(项目)名称`, `项目主管部门`, `资金使用单位`; a PDF's `项目主管单 位` and
/// `项目实施单位/项目负责人` with `单位/姓名` as its value.
#[test]
fn other_templates_header_labels_name_project_department_and_unit() {
    let case = scored("page-labels-sichuan.txt", "central-2016");
    assert_eq!(case["project"], "示例站建设");
    assert_eq!(case["department"], "示例县人大常委会办公室");
    assert_eq!(case["unit"], "示例县人大常委会办公室");
    let case = scored("page-labels-combined.txt", "central-2016");
    assert_eq!(case["project"], "示例马铃薯繁育推广项目");
    assert_eq!(case["department"], "示例县农业农村局");
    assert_eq!(case["unit"], "示例县农技中心");
    assert_eq!(case["total"], 100);
}
