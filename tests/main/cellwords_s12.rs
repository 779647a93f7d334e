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
    crate::common::score_json(&format!("{DATA}/{file}"), rules, true).0
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

/// The trace lines of a form's indicator whose 三级指标 contains `name`, as text.
fn trace_of(case: &Value, name: &str) -> String {
    line(case, name)["trace"].to_string()
}

/// S1, h8 (a 2023 web form): `12月底前` / `2023年11月` → 10, `2023年10月底前` / `9月` → 10,
/// `12月31日前` / `2023年12月20日` → 5, `2023年6月前` / `2023年5月完成` → 5; the other lines
/// full (20 + 30 + 10) and 190 / 200 = 95% → 10. By hand 20 + 10 + 10 + 5 + 5 + 30 + 10 + 10 =
/// 100 = self (was 80, 良, with "not the same kind of date" twice and `12月31日前` unreadable).
/// Each date read in the form's year is said (`unit-assumed`) on its cell.
#[test]
fn a_deadline_without_its_year_takes_the_forms_year() {
    let json = scored("h8-deadlines.html", "rules/anhui-2023");
    let form = &json["cases"][0];
    for (name, score) in [
        ("完成时间", "10"),
        ("资金拨付时间", "10"),
        ("验收时间", "5"),
    ] {
        let l = line(form, name);
        assert_eq!(num(&l["score"]), score, "{name}");
        assert_eq!(l["method"], "all_or_nothing", "{name}");
        assert!(
            trace_of(form, name).contains("按本表年度 2023 年"),
            "{name}"
        );
    }
    assert_eq!(num(&form["total"]), "100");
    assert_eq!(form["grade"], "优");
    let codes = codes(form);
    for wrong in [
        "unit-mismatch",
        "unreadable-value",
        "score-mismatch",
        "total-mismatch",
    ] {
        assert!(!codes.contains(&wrong), "{codes:?}");
    }
    let assumed = codes.iter().filter(|c| **c == "unit-assumed").count();
    assert_eq!(assumed, 3, "{codes:?}");
}

/// S1, h7: `12月底前` against `2024年1月` on a 2023 form is late (逾期) → 0, not "not the
/// same kind of date".
#[test]
fn a_deadline_without_its_year_answered_next_january_is_late() {
    let json = scored("h7-inflated.html", "rules/anhui-2023");
    let form = &json["cases"][0];
    let l = line(form, "补贴兑付时间");
    assert_eq!(num(&l["score"]), "0");
    let trace = trace_of(form, "补贴兑付时间");
    assert!(trace.contains("逾期"), "{trace}");
    assert!(!codes(form).contains(&"unit-mismatch"));
}

/// S1 on the no-points Hunan form (2020): `12月底前` / `2020年11月` is met (was 202011
/// compared with 12: 未达成 and a `target-not-met`).
#[test]
fn a_form_without_points_judges_the_deadline_in_the_forms_year() {
    let json = scored("h10-target-form-nopoints.html", "rules/hunan-2020-target");
    let form = &json["cases"][0];
    assert_eq!(line(form, "轮换完成时间")["method"], "met");
    let trace = trace_of(form, "轮换完成时间");
    assert!(trace.contains("按本表年度 2020 年"), "{trace}");
    assert!(!trace.contains("202011"), "{trace}");
}

/// S1, the form with no year: a one-sided pair is kept unreviewed (the self-score, said),
/// never 0 and never 逾期; with the year row and title taken out of h8 nothing tells the year.
#[test]
fn without_a_year_on_the_form_a_one_sided_deadline_is_not_judged() {
    let tmp = tempfile::tempdir().unwrap();
    let page = std::fs::read_to_string(format!("{DATA}/h8-deadlines.html"))
        .unwrap()
        .replace("2023年度", "")
        .replace("（2023年度）", "");
    assert!(page.contains("12月底前"));
    let file = tmp.path().join("no-year.html");
    std::fs::write(&file, page).unwrap();
    let json = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/anhui-2023", "--explain"])
        .args(["--format", "json"])
        .arg(&file)
        .output()
        .json();
    let form = &json["cases"][0];
    let l = line(form, "完成时间");
    assert_eq!(
        (num(&l["score"]), &l["method"]),
        ("10".into(), &Value::from("reported_kept"))
    );
    let said = form["findings"].to_string();
    assert!(said.contains("看不出是否按时完成"), "{said}");
    assert!(!trace_of(form, "完成时间").contains("逾期"));
    // A pair with the year on both sides is still judged.
    assert_eq!(line(form, "开工时间")["method"], "all_or_nothing");
}

/// S2 and S3 on h7 (a form scoring itself 100): `否` against `是` (10, self 10) is not met —
/// the lowest band, 未达成, self 10 outside it → 0; `有效提升` against `显著提升` (15, self 15)
/// is 部分达成 → 60% of 15 = 9. Both were `unknown-band` with the self-score kept. The
/// computed total moves from 83 to 83 − 10 − 6 = 67.
#[test]
fn yes_no_and_weaker_wording_are_decided() {
    let json = scored("h7-inflated.html", "rules/anhui-2023");
    let form = &json["cases"][0];
    let yes_no = line(form, "是否建立补贴公示制度");
    assert_eq!(
        (num(&yes_no["score"]), &yes_no["method"]),
        ("0".into(), &Value::from("band"))
    );
    assert!(trace_of(form, "是否建立补贴公示制度").contains("相反"));
    let weaker = line(form, "农业机械化水平");
    assert_eq!(num(&weaker["score"]), "9");
    assert!(trace_of(form, "农业机械化水平").contains("部分达成预期指标并具有一定效果"));
    assert!(!codes(form).contains(&"unknown-band"), "{:?}", codes(form));
    assert_eq!(num(&form["total"]), "67");
}

/// S2 on the no-points Hunan form: `否` against `是` is 未达成 (was 无法判断), with the
/// `target-not-met` hint.
#[test]
fn a_form_without_points_says_a_no_is_not_met() {
    let json = scored("h10-target-form-nopoints.html", "rules/hunan-2020-target");
    let form = &json["cases"][0];
    assert_eq!(line(form, "是否建立应急保障机制")["method"], "not_met");
    let said = form["findings"].to_string();
    assert!(said.contains("是否建立应急保障机制"), "{said}");
}

/// S6, h6: `９２％（注：抽样调查300人）` against `≥90％` (10, self 10) reads 92% → 10 with a
/// `case::remark-read` note (was unreadable, the self-score kept unreviewed).
#[test]
fn a_bracketed_remark_after_the_value_is_not_a_second_number() {
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/anhui-2023", "--format", "json"])
        .arg(format!("{DATA}/h6-wording.html"))
        .output();
    let json = out.json();
    let form = &json["cases"][0];
    let l = line(form, "参训农民满意度");
    assert_eq!(
        (num(&l["score"]), &l["method"]),
        ("10".into(), &Value::from("ratio"))
    );
    // (The form's other `unreadable-value`s are its `满分` score cells, tester S4.)
    let said = form["findings"].to_string();
    assert!(!said.contains("抽样调查"), "{said}");
    let stderr = &out.stderr;
    assert!(stderr.contains("case::remark-read"), "{stderr}");
    assert!(stderr.contains("按“92%”读取"), "{stderr}");
}
