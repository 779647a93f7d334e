//! Cells read as a person would (s12 user test, notes `s12-tester`, engineer `cellwords`):
//! deadlines with the year on one side only (S1), sichuan-2023's target of 0 (S9), 是/否
//! (S2), 有效提升 against 显著提升 (S3) and a bracketed 注 holding digits (S6). The inputs are
//! the tester's, copied unchanged to `tests/data/cellwords-s12/`; each expectation is worked
//! by hand in `tests/data/cellwords-s12/SOURCES.md`.

use crate::test::Test;
use serde_json::Value;

const DATA: &str = "tests/data/cellwords-s12";

/// `jixiao score FILE --rules RULES --explain --format json` in Chinese.
fn scored(file: &str, rules: &str) -> Value {
    Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", rules, "--explain"])
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

/// The indicator of the first form whose 三级指标 contains `name`.
fn line<'a>(case: &'a Value, name: &str) -> &'a Value {
    case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["level3"].as_str().unwrap_or("").contains(name))
        .unwrap_or_else(|| panic!("no line {name}"))
}

/// S9: `食品安全事故 | ≤ | 0 | 起 | 0` on the Sichuan web form is a ceiling of 0 met → 10
/// (was 0/0 → 0 and a demand to explain a deviation). By hand 19 + 10 + 10 + 10 + 20 + 20 + 9
/// = 98 = the form's 98.
#[test]
fn sichuan_scores_a_ceiling_of_zero_met_in_full() {
    let json = scored("s1-sichuan-web-gbk.html", "rules/sichuan-2023");
    let form = &json["cases"][0];
    let accident = line(form, "食品安全事故");
    assert_eq!(num(&accident["score"]), "10");
    assert_eq!(accident["method"], "all_or_nothing");
    assert_eq!(num(&form["total"]), "98");
    assert_eq!(form["grade"], "优");
    let codes = codes(form);
    for wrong in [
        "division-by-zero",
        "deviation-unexplained",
        "total-mismatch",
        "score-mismatch",
    ] {
        assert!(!codes.contains(&wrong), "{codes:?}");
    }
}

/// S9, h9 (form A with `安全责任事故 ≤0起 / 0起`): the line is 10 under sichuan-2023 as under
/// anhui-2023; sichuan-2023 does not round the execution score (190 / 200 = 95% → 9.5), so
/// its total is 84.5 + 9.5 = 94 where anhui-2023's is 94.5.
#[test]
fn sichuan_and_anhui_agree_on_a_zero_accident_line() {
    for (rules, total) in [("rules/sichuan-2023", "94"), ("rules/anhui-2023", "94.5")] {
        let json = scored("h9-zero-target.html", rules);
        let form = &json["cases"][0];
        assert_eq!(num(&line(form, "安全责任事故")["score"]), "10", "{rules}");
        assert_eq!(num(&form["total"]), total, "{rules}");
        assert!(!codes(form).contains(&"division-by-zero"), "{rules}");
    }
}
