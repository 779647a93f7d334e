//! The funds block of the s11 user test (notes s11-tester, engineer `funds`), each worked by
//! hand: a 年度资金总额 row left blank or at 0 is the sum of the 其中 rows that carry figures,
//! not 本年财政拨款 alone (F1); a filled total row that is not the sum of its filled 其中 rows
//! is said (F6). The inputs are the tester's, copied unchanged to `tests/data/funds-s11/`.

use crate::test::Test;
use serde_json::Value;

const DATA: &str = "tests/data/funds-s11";

/// `jixiao score FILE --rules rules/anhui-2023 --explain --format json` in Chinese.
fn scored(file: &str) -> Value {
    Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/anhui-2023", "--explain"])
        .args(["--format", "json"])
        .arg(format!("{DATA}/{file}"))
        .output()
        .json()
}

fn codes(case: &Value) -> Vec<&str> {
    case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect()
}

fn num(v: &Value) -> String {
    v.to_string()
}

/// F1, `c1-word-merged.docx` form 2 (农村校舍改造项目): 年度资金总额 0/0/0, 本年财政拨款
/// 60/60/42, 上年结转资金 40/40/40, 其他资金 blank, self-score 8. By hand A = 60 + 40 = 100,
/// B = 42 + 40 = 82, 82% × 10 = 8.2 → 8 (half up, 0 places); total 50 + 30 + 10 + 8 = 98 =
/// the form's 98, no score-mismatch or total-mismatch (was 42 / 60 = 70% → 7, total 97).
#[test]
fn a_total_row_left_at_zero_adds_the_carryover_to_the_appropriation() {
    let json = scored("c1-word-merged.docx");
    let form = &json["cases"][1];
    assert_eq!(form["project"], "农村校舍改造项目");
    let e = &form["execution"];
    assert_eq!(
        (num(&e["rate"]), num(&e["score"])),
        ("82".into(), "8".into())
    );
    assert_eq!(
        (num(&e["budget"]), num(&e["spent"])),
        ("100".into(), "82".into())
    );
    assert_eq!(num(&form["total"]), "98");
    assert_eq!(num(&form["reported_total"]), "98");
    let codes = codes(form);
    assert!(codes.contains(&"funds-total-blank"), "{codes:?}");
    for wrong in ["score-mismatch", "total-mismatch", "division-by-zero"] {
        assert!(!codes.contains(&wrong), "{codes:?}");
    }
    // The finding names the rows added; the trace shows the sums, each term on its form cell.
    let blank = &form["findings"][0];
    assert_eq!(blank["code"], "funds-total-blank");
    let said = blank["message"].as_str().unwrap();
    assert!(
        said.contains("“其中：本年财政拨款”、“上年结转资金”共 2 行"),
        "{said}"
    );
    let a = &e["trace"][0];
    assert_eq!(a["text"], "全年预算数 = 其中各行之和 = 60 + 40 = 100");
    let places: Vec<&str> = a["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["location"]["form_place"].as_str().unwrap())
        .collect();
    assert_eq!(
        places,
        [
            "Word 文档第 2 个表格第 5 行第 5 列",
            "Word 文档第 2 个表格第 6 行第 5 列"
        ]
    );
    assert_eq!(
        e["trace"][1]["text"],
        "全年执行数 = 其中各行之和 = 42 + 40 = 82"
    );
    // Form 1 has its figures on the total row (150 / 200 = 75%): read as before.
    assert_eq!(num(&json["cases"][0]["execution"]["rate"]), "75");
}

/// F1, `g4-only-jiezhuan.toml`: 年度资金总额 0/0/0, 本年财政拨款 blank, 上年结转资金
/// 40/40/40, self-score 10. By hand 40 / 40 = 100% → 10; total 50 + 30 + 10 + 10 = 100 (was
/// division-by-zero, execution 0, total 90).
#[test]
fn a_total_row_left_at_zero_with_only_carryover_money_reads_the_carryover() {
    let form = &scored("g4-only-jiezhuan.toml")["cases"][0];
    assert_eq!(num(&form["execution"]["rate"]), "100");
    assert_eq!(num(&form["execution"]["score"]), "10");
    assert_eq!(num(&form["total"]), "100");
    assert_eq!(codes(form), ["funds-total-blank"]);
    let said = form["findings"][0]["message"].as_str().unwrap();
    assert!(said.contains("“上年结转资金”一行"), "{said}");
}

/// F1, `g5-other-funds.toml`: 年度资金总额 blank, 本年财政拨款 50/50/50, 其他资金 50/50/40,
/// self-score 9. By hand A = 100, B = 90 → 90% → 9; total 99 = the form's 99 (was 50 / 50 =
/// 100% → 10, total 100, and the department's correct 9 called a mismatch).
#[test]
fn a_blank_total_row_adds_other_funds() {
    let form = &scored("g5-other-funds.toml")["cases"][0];
    assert_eq!(num(&form["execution"]["rate"]), "90");
    assert_eq!(num(&form["execution"]["score"]), "9");
    assert_eq!(num(&form["total"]), "99");
    assert_eq!(codes(form), ["funds-total-blank"]);
}

/// F6, `d1-funds-sum-mismatch.toml`: 年度资金总额 100/100/90 (90%, self 9), 本年财政拨款
/// 60/60/42, 上年结转资金 40/40/40. 全年预算数 100 = 60 + 40 agrees; 全年执行数 90 ≠ 42 + 40 =
/// 82: one warning on the total row's 全年执行数 cell. Execution keeps the form's own row:
/// 90 / 100 = 90% → 9, total 99 = reported, unchanged.
#[test]
fn a_total_row_that_is_not_the_sum_of_its_parts_is_a_warning() {
    let form = &scored("d1-funds-sum-mismatch.toml")["cases"][0];
    assert_eq!(num(&form["execution"]["score"]), "9");
    assert_eq!(num(&form["total"]), "99");
    let f: Vec<&Value> = form["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "funds-parts-mismatch")
        .collect();
    assert_eq!(f.len(), 1, "{form:#}");
    assert_eq!(f[0]["severity"], "warning");
    assert_eq!(f[0]["location"]["field"], "funds[0].spent");
    assert_eq!(f[0]["location"]["form_field"], "年度资金总额 · 全年执行数");
    let said = f[0]["message"].as_str().unwrap();
    assert!(
        said.starts_with("年度资金总额的全年执行数 90 不等于“其中：本年财政拨款”、“上年结转资金”共 2 行之和 42 + 40 = 82（相差 8）"),
        "{said}"
    );
    assert!(said.contains("请核对"), "{said}");
}

/// The department summary adds the same A and B execution is computed from (one source):
/// 某县教育局 = c1 form 1 (200 / 150) + d1 (its total row, 100 / 90) = 300 / 240 — d1 is c1
/// form 2 (60 + 40 / 42 + 40) with other figures, the same project, unit and year: a version
/// of it, counted once as the later read (s24; it was 400 / 322, the project counted twice);
/// 某县测试局 = g4 (40 / 40) + g5 (50 + 50 / 50 + 40) = 140 / 130.
#[test]
fn department_sums_use_the_execution_figures() {
    let json = Test::new()
        .args(["score", "--rules", "rules/anhui-2023", "--by", "department"])
        .args(["--format", "json", DATA])
        .output()
        .json();
    let rows = json["summary"]["departments"].as_array().unwrap();
    let row = |name: &str| {
        rows.iter()
            .find(|r| r["department"] == name)
            .unwrap_or_else(|| panic!("{name}: {rows:#?}"))
    };
    let education = row("某县教育局");
    assert_eq!(
        (num(&education["budget"]), num(&education["spent"])),
        ("300".into(), "240".into())
    );
    assert_eq!(education["forms"], 2);
    assert_eq!(education["copies"][0]["revised"], true);
    let test = row("某县测试局");
    assert_eq!(
        (num(&test["budget"]), num(&test["spent"])),
        ("140".into(), "130".into())
    );
    // 130 / 140 = 92.857…% → 92.86
    assert_eq!(num(&test["execution_rate"]), "92.86");
}
