//! A form whose template has no budget execution block (tester s19 P4): a 绩效目标自评表 whose
//! 100 points are all indicators, or a form with a funds table but no 分值 for it. The rule
//! set's execution points were added to it anyway, so its total could reach 110 (a false
//! `total-points-not-sum`) or it lost 10 points it never had (an unknown execution, no grade).
//! Such a form is scored out of the full marks it shows: no execution points, the execution
//! neither scored nor unknown, and a `no-execution-block` finding says how the total was formed.
//! A form that writes execution points (a 分值 on a funds row) or leaves room for them (its
//! indicators' points below its full marks) keeps the rule's execution as before.

use super::{Context, fmt};
use crate::i18n::msg;
use crate::model::{Case, Number, RuleSet};
use crate::outcome::codes;
use rust_decimal::Decimal;

/// The full marks of a form with no execution block — its 总分 分值, or the rules' total when
/// it writes none — when its indicators' points make all of them and they are the rules'
/// total (100); none otherwise.
pub(super) fn full_marks(rules: &RuleSet, case: &Case) -> Option<Decimal> {
    // A 分值 or 得分 on any funds row is an execution block (or is said by `funds_points`):
    // asked first, as nearly every form has one (the indicator search below reads every row).
    let written = |n: &Number| !matches!(n, Number::Blank);
    if case.incomplete
        || case
            .funds
            .iter()
            .any(|r| written(&r.points.1) || written(&r.score.1))
        || super::funds_points::execution_row(case).is_some()
    {
        return None;
    }
    let full = (case.total_points.1.value())
        .filter(|t| *t > Decimal::ZERO)
        .unwrap_or(rules.weights.total);
    let mut lines = Decimal::ZERO;
    for i in case.indicators.iter().filter(|i| !i.shares_points) {
        match &i.points.1 {
            Number::Value(p) => lines = lines.checked_add(*p)?,
            Number::Blank => {}
            _ => return None,
        }
    }
    // Only whole forms out of the rules' total: a form of other full marks (a fragment, 总分
    // 10) is graded on the rules' scale, which its own marks would not fit.
    (lines == full && full == rules.weights.total).then_some(full)
}

/// Says that the form has no execution block and how its total is formed, once, on the funds
/// block's first row or the project name when the form has none.
pub(super) fn say(cx: &mut Context, full: Decimal) {
    let case = cx.case;
    let (message, cell) = match case.funds.first() {
        Some(row) => (
            msg!(
                "finding-no-execution-points",
                full = fmt(full),
                rule = fmt(cx.rules.execution.points)
            ),
            &row.label,
        ),
        None => (
            msg!(
                "finding-no-execution-block",
                full = fmt(full),
                rule = fmt(cx.rules.execution.points)
            ),
            &case.project,
        ),
    };
    cx.finding(codes::NO_EXECUTION_BLOCK, message, cell);
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn rules() -> RuleSet {
        let text = include_str!("../../rules/anhui-2023/rules.toml");
        let src = SourceFile::new("rules.toml", crate::validate::rules::without_scripts(text));
        let v = crate::validate::rules::validate(&src, "test");
        v.value.unwrap_or_else(|| panic!("{:?}", v.diagnostics))
    }

    fn case_from(body: &str) -> Case {
        let text =
            format!("[form]\nrules = \"anhui-2023\"\n[header]\nproject = \"测试项目\"\n{body}");
        let v = crate::validate::case::validate(&SourceFile::new("case.toml", text));
        v.value.unwrap_or_else(|| panic!("{:?}", v.diagnostics))
    }

    const LINES: &str = r#"
[[indicators]]
level1 = "产出指标"
level2 = "数量指标"
level3 = "完成建设任务"
target = "≥10个"
actual = "10个"
points = "60"
score = "60"

[[indicators]]
level1 = "效益指标"
level2 = "社会效益"
level3 = "提升服务效率"
actual = "达成预期指标"
points = "30"
score = "28"

[[indicators]]
level1 = "满意度指标"
level2 = "服务对象满意度"
level3 = "群众满意度"
target = "≥90%"
actual = "92%"
points = "10"
score = "10"
"#;

    fn form(extra: &str, lines: &str) -> Case {
        case_from(&format!(
            "{extra}\n{lines}\n[total]\npoints = \"100\"\nscore = \"98\"\n"
        ))
    }

    fn full(extra: &str, lines: &str) -> Option<Decimal> {
        full_marks(&rules(), &form(extra, lines))
    }

    #[test]
    fn such_a_form_is_scored_out_of_its_own_full_marks() {
        let o = crate::evaluate::evaluate(&rules(), &form("", LINES), Default::default());
        assert_eq!(o.total, Some(Decimal::from(98)));
        assert_eq!(o.total_points, Decimal::ONE_HUNDRED);
        assert_eq!(o.execution.points, Decimal::ZERO);
        assert!(!o.execution.unknown);
        assert!(o.grade.is_some());
        let codes: Vec<&str> = o.findings.iter().map(|f| f.code.as_str()).collect();
        assert!(codes.contains(&"no-execution-block"), "{codes:?}");
        for absent in ["total-points-not-sum", "points-total-mismatch", "no-grade"] {
            assert!(!codes.contains(&absent), "{codes:?}");
        }
    }

    #[test]
    fn a_form_whose_indicators_make_its_full_marks_has_no_execution_block() {
        assert_eq!(full("", LINES), Some(Decimal::ONE_HUNDRED));
        // A funds table with no 分值 and no 得分: the rate can be worked out, not scored.
        let funds =
            "[[funds]]\nlabel = \"年度资金总额\"\nfull_year_budget = \"50\"\nspent = \"45\"\n";
        assert_eq!(full(funds, LINES), Some(Decimal::ONE_HUNDRED));
    }

    #[test]
    fn a_form_with_execution_points_or_room_for_them_keeps_them() {
        let funds =
            "[[funds]]\nlabel = \"年度资金总额\"\nfull_year_budget = \"50\"\nspent = \"45\"\n";
        // A 分值 on the funds row.
        let with_points = format!("{funds}points = \"10\"\n");
        assert_eq!(full(&with_points, LINES), None);
        // Indicators of 90 under full marks of 100: 10 left for execution.
        let ninety = LINES.replacen("points = \"60\"", "points = \"50\"", 1);
        assert_eq!(full("", &ninety), None);
        assert_eq!(full(funds, &ninety), None);
        // A fragment whose one line makes its 总分 of 10 is no whole form out of 100.
        let one = "[[indicators]]\nlevel1 = \"产出指标\"\nlevel2 = \"数量指标\"\nlevel3 = \"x\"\npoints = \"10\"\nscore = \"10\"\n";
        let case = case_from(&format!("{one}[total]\npoints = \"10\"\n"));
        assert_eq!(full_marks(&rules(), &case), None);
    }
}
