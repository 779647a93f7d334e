//! The 14 real 2023 forms of the seed scored under anhui-2023: every contradiction the forms
//! contain is found, and every number can be defended from the notes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use common::*;
use jixiao::outcome::{Method, Severity};

#[test]
fn every_seed_form_scores_and_excludes_ecology_as_not_applicable() {
    for n in 1..=14 {
        let o = score_seed(n);
        let eco: Vec<_> = o
            .indicators
            .iter()
            .filter(|i| &*i.level2 == "生态效益")
            .collect();
        assert_eq!(eco.len(), 1, "form {n}");
        assert_eq!(eco[0].method, Method::NotApplicable, "form {n}");
        assert!(codes(&o).contains(&"not-applicable"), "form {n}");
        assert_eq!(o.rules.id, "anhui-2023");
        assert_eq!(o.rules.hash.len(), 16);
    }
}

#[test]
fn clean_forms_score_100_with_only_informational_findings() {
    for n in [1, 2, 3, 4, 5, 7, 10] {
        let o = score_seed(n);
        assert_eq!(o.total, Some(d("100")), "form {n}");
        assert_eq!(o.grade.as_deref(), Some("优"));
        assert!(
            o.findings.iter().all(|f| f.severity == Severity::Info),
            "form {n}: {:?}",
            o.findings
        );
    }
}

/// Form 12: execution 305.5 / 430.5 = 70.96% → 7.096 → 7 whole points (half up); the form's
/// own line scores add up to 97 but it reports 93 — points 93 as well, though its declared
/// points add up to 100.
#[test]
fn form_12_total_is_not_the_sum_of_its_lines() {
    let o = score_seed(12);
    let rate = o.execution.rate.unwrap();
    assert_eq!(rate.round_dp(2), d("70.96"));
    assert_eq!(o.execution.score, d("7"));
    assert_eq!(o.total, Some(d("97")));
    assert_eq!(o.reported_total, Some(d("93")));
    let c = codes(&o);
    for code in ["total-not-sum", "total-points-not-sum", "total-mismatch"] {
        assert!(c.contains(&code), "{code} missing in {c:?}");
    }
    let f = o
        .findings
        .iter()
        .find(|f| f.code == "total-not-sum")
        .unwrap();
    assert!(
        f.message.contains("93") && f.message.contains("97"),
        "{}",
        f.message
    );
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(f.location.field().to_string(), "total.score");
    assert!(o.has_errors());
}

/// Form 12's 指标2 rows share the points cell of 指标1: 15 points split 7.5 + 7.5, both met.
#[test]
fn form_12_shared_points_cells_split_equally() {
    let o = score_seed(12);
    let quantity: Vec<_> = o
        .indicators
        .iter()
        .filter(|i| &*i.level2 == "数量指标")
        .collect();
    assert_eq!(quantity.len(), 2);
    for i in &quantity {
        assert_eq!(i.points, Some(d("7.5")));
        assert_eq!(i.score, d("7.5"));
    }
    assert_eq!(quantity[0].reported_score, Some(d("15")));
    assert_eq!(quantity[1].reported_score, None);
}

/// Form 11: nothing spent (0 / 125 → 0%), execution points written as 0, so the declared points
/// add up to 90; the cost indicator (125万 ceiling, 0万 spent) still gets full points.
#[test]
fn form_11_zero_execution_and_points_adding_to_90() {
    let o = score_seed(11);
    assert_eq!(o.execution.rate, Some(d("0")));
    assert_eq!(o.execution.score, d("0"));
    assert_eq!(o.total, Some(d("90")));
    assert_eq!(o.reported_total, Some(d("90")));
    let c = codes(&o);
    assert!(c.contains(&"points-total-mismatch"), "{c:?}");
    assert!(c.contains(&"weights-adjusted"), "{c:?}");
    assert!(!c.contains(&"total-not-sum"), "{c:?}");
    let cost = o
        .indicators
        .iter()
        .find(|i| &*i.level2 == "成本指标")
        .unwrap();
    assert_eq!(cost.method, Method::Ratio);
    assert_eq!(cost.score, d("10"));
}

/// Form 13 leaves its total score blank.
#[test]
fn form_13_total_score_is_blank() {
    let o = score_seed(13);
    assert_eq!(o.reported_total, None);
    assert_eq!(o.total, Some(d("100")));
    let f = o
        .findings
        .iter()
        .find(|f| f.code == "missing-reported")
        .unwrap();
    assert_eq!(f.location.field().to_string(), "total.score");
}

/// Form 14: the indicator says 满意度≥85% but its target column says ≧90%.
#[test]
fn form_14_text_contradicts_target() {
    let o = score_seed(14);
    let f = o
        .findings
        .iter()
        .find(|f| f.code == "text-contradicts-target")
        .unwrap();
    assert!(
        f.message.contains("85") && f.message.contains("≧90%"),
        "{}",
        f.message
    );
    assert_eq!(f.location.field().to_string(), "indicators[8].target");
}

/// Form 10: 124.94 / 125 = 99.952%, written as 100% (rounded to whole percent: consistent);
/// the cost indicator 125万 (a bare amount under 成本指标 is a ceiling) vs 124.94万 is met.
#[test]
fn form_10_rates_and_ceilings() {
    let o = score_seed(10);
    assert_eq!(o.execution.rate.unwrap().round_dp(3), d("99.952"));
    assert_eq!(o.execution.score, d("10"));
    assert!(!codes(&o).contains(&"rate-mismatch"));
    let cost = o
        .indicators
        .iter()
        .find(|i| &*i.level2 == "成本指标")
        .unwrap();
    assert_eq!(cost.method, Method::Ratio);
    assert_eq!(cost.score, d("10"));
    let trace = cost
        .trace
        .iter()
        .map(|s| s.text.clone())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        trace.contains("reverse") && trace.contains("成本指标"),
        "{trace}"
    );
    let staff = &o.indicators[0];
    assert_eq!(staff.points, Some(d("7.5")));
    assert_eq!(staff.method, Method::Ratio);
}

/// Every number has a trace naming a rule line and the form fields it read.
#[test]
fn traces_point_at_rule_lines_and_form_fields() {
    let o = score_seed(1);
    let q = &o.indicators[0];
    let step = &q.trace[0];
    let rule = step.rule.as_ref().unwrap();
    assert_eq!(rule.key, "qualitative.bands[0]");
    assert!(rule.file.ends_with("rules/anhui-2023/rules.toml"));
    assert!(rule.line > 1);
    assert_eq!(rule.policy.as_deref(), Some("note2"));
    assert!(
        step.inputs
            .iter()
            .any(|i| i.location.field().to_string() == "indicators[0].actual")
    );
    assert!(!o.execution.trace.is_empty());
    assert!(!o.total_trace.is_empty());
}

/// Forms 6, 8 and 9 report their overall goal as 基本完成 (only partly met) while every
/// indicator claims its full points.
#[test]
fn forms_6_8_9_goal_partly_met_but_all_indicators_full() {
    for n in [6, 8, 9] {
        let o = score_seed(n);
        assert_eq!(o.total, Some(d("100")), "form {n}");
        let f = o
            .findings
            .iter()
            .find(|f| f.code == "goal-contradicts-indicators")
            .unwrap_or_else(|| panic!("form {n}: {:?}", codes(&o)));
        assert!(f.message.contains("基本完成"));
        assert_eq!(f.location.field().to_string(), "goals[0].actual");
        assert_eq!(f.severity, Severity::Warning);
    }
    for n in [1, 2, 3, 4, 5, 7, 10, 11, 12, 13, 14] {
        assert!(
            !codes(&score_seed(n)).contains(&"goal-contradicts-indicators"),
            "form {n}"
        );
    }
}
