//! Funds figures that cannot be right (tester s24 A3): the safety net under every reader.
//!
//! A PDF preview's copy that wraps a number inside its cell (`1234.5` / `6`) left the
//! 年度资金总额 row read shifted — 全年预算数 6, an execution rate of 20575 % — and the form was
//! scored 完整 and graded 优 on it, while its own 分值 and 总分 were called wrong. Whatever the
//! reader did, two signs tell figures read out of place: an execution rate above 1000 % (the
//! `absurd-value` bound: spending ten times the budget is no year's execution), and funds rows
//! named by a lone number (`10`, `95%`): a cell of a row left on a line of its own, so the
//! figures of the rows around it are out of place. Either way the execution score is not
//! given (unknown, as for figures that cannot be read: the total is a partial sum and the form
//! gets no grade), the funds row's 分值 and 得分 are not held against the department, its
//! budget changes and parts are not said, and one finding names the cells to check.
//! Legitimate over-execution (105 %) is no doubt: it scores, with its `overspent` warning.

use super::Context;
use super::funds::{Column, Figures};
use crate::i18n::{Message, msg};
use crate::model::{Case, Cell, FundsKind};
use rust_decimal::Decimal;

/// Why the funds figures execution reads cannot be trusted.
#[derive(Debug, Clone)]
pub(crate) struct Doubt {
    /// The execution rate in percent the figures give, when above the absurd bound.
    rate: Option<Decimal>,
    /// The funds rows (by index) named by a lone number.
    lone: Vec<usize>,
}

impl Doubt {
    /// The doubt about `case`'s funds given the execution rate (a fraction) its figures
    /// give, if any: none when the rate is within `absurd` and no row is a lone number.
    pub(super) fn of(case: &Case, rate: Option<Decimal>, absurd: Decimal) -> Option<Doubt> {
        let rate = rate
            .filter(|r| *r > absurd)
            .map(|r| r.saturating_mul(Decimal::ONE_HUNDRED).round_dp(2));
        let lone = lone_numbers(case);
        (rate.is_some() || !lone.is_empty()).then_some(Doubt { rate, lone })
    }

    /// The message of the doubt, and the cell it is placed on (the budget cell execution read,
    /// or the project name): `finding-no-grade-funds-doubtful` for the form's `no-grade`
    /// (`no_grade`), which the cell's `finding-funds-doubtful`, said at scoring, is folded into.
    pub(super) fn message<'c>(&self, cx: &Context<'c>, no_grade: bool) -> (Message, &'c Cell) {
        let case = cx.case;
        let rule = &cx.rules.execution;
        let figures = Figures::of_rule(case, rule);
        let cells = figures.as_ref().map(|f| {
            let budget = f.amount(Column::budget(rule.denominator)).cell();
            let label = f.total.label.text.trim().trim_end_matches([':', '：']);
            (label.to_owned(), budget, f.amount(Column::Spent).cell())
        });
        let text = |cell: Option<&Cell>| cell.map_or(String::new(), |c| c.text.trim().to_owned());
        let (label, budget, spent) = match &cells {
            Some((label, budget, spent)) => (label.as_str(), Some(*budget), Some(*spent)),
            None => ("", None, None),
        };
        let (why, row) = (self.why(case), crate::i18n::quoted(label));
        let (budget_text, spent_text) = (text(budget), text(spent));
        let message = match no_grade {
            true => msg!(
                "finding-no-grade-funds-doubtful",
                why = why,
                row = row,
                budget = budget_text,
                spent = spent_text
            ),
            false => msg!(
                "finding-funds-doubtful",
                why = why,
                row = row,
                budget = budget_text,
                spent = spent_text
            ),
        };
        (message, budget.unwrap_or(&case.project))
    }

    /// The reasons, each in a clause: the rate, the lone numbers and where they stand.
    fn why(&self, case: &Case) -> Message {
        let rate = self
            .rate
            .map(|rate| msg!("finding-funds-doubt-rate", rate = super::fmt(rate)));
        let numbers = self
            .lone
            .iter()
            .filter_map(|i| case.funds.get(*i))
            .map(|r| {
                let number = crate::i18n::quoted(r.label.text.trim());
                match case.form_map.place(r.label.field) {
                    Some((place, _)) => msg!(
                        "finding-funds-doubt-number",
                        number = number,
                        place = crate::outcome::import_notes::place_message(&place)
                    ),
                    None => msg!("finding-funds-doubt-number-bare", number = number),
                }
            });
        let lone = (!self.lone.is_empty()).then(|| {
            msg!(
                "finding-funds-doubt-lone",
                count = self.lone.len(),
                numbers = crate::i18n::list(numbers)
            )
        });
        match (rate, lone) {
            (Some(rate), Some(lone)) => msg!("finding-funds-doubt-both", rate = rate, lone = lone),
            (Some(one), None) | (None, Some(one)) => one,
            // `Doubt::of` makes none without a reason.
            (None, None) => msg!("finding-funds-doubt-rate", rate = "?"),
        }
    }
}

/// The funds rows whose name is a lone number (`10`, `95%`, `1172.8`): no template names a
/// row so; it is a figure of a row the import left on a line of its own.
fn lone_numbers(case: &Case) -> Vec<usize> {
    case.funds
        .iter()
        .enumerate()
        .filter(|(_, r)| r.kind == FundsKind::Unknown && is_lone_number(&r.label.text))
        .map(|(i, _)| i)
        .collect()
}

/// True for a text that is a number and nothing else (digits, a point, a sign, `%`).
fn is_lone_number(text: &str) -> bool {
    let t = text.trim();
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    t.chars().any(digit)
        && t.chars()
            .all(|c| digit(c) || matches!(c, '.' | '．' | ',' | '-' | '%' | '％' | ' '))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::is_lone_number;
    use crate::evaluate::{Options, evaluate};
    use crate::model::RuleSet;
    use crate::outcome::Outcome;
    use crate::source::SourceFile;

    const RULES: &str = include_str!("../../rules/anhui-2023/rules.toml");

    fn rules_with(edit: impl Fn(String) -> String) -> RuleSet {
        let text = crate::validate::rules::without_scripts(&edit(RULES.to_owned()));
        let v = crate::validate::rules::validate(&SourceFile::new("rules.toml", text), "test");
        v.value.unwrap_or_else(|| panic!("{:?}", v.diagnostics))
    }

    /// A form whose indicators score 89.4 of 90, its 年度资金总额 row `total` (the keys of the
    /// table) followed by `more` (`[[funds]]` tables), self-scored `reported` in all.
    fn scored(rules: &RuleSet, total: &str, more: &str, reported: &str) -> Outcome {
        let ind = |l1: &str, l2: &str, t: &str, a: &str, p: &str, s: &str| {
            format!(
                "[[indicators]]\nlevel1 = \"{l1}\"\nlevel2 = \"{l2}\"\nlevel3 = \"指标1:{l2}\"\ntarget = \"{t}\"\nactual = \"{a}\"\npoints = \"{p}\"\nscore = \"{s}\"\n"
            )
        };
        let text = format!(
            "[form]\nrules = \"anhui-2023\"\n[header]\nproject = \"测试项目\"\n\
             [[funds]]\nlabel = \"年度资金总额\"\n{total}\n{more}{}{}{}\
             [total]\npoints = \"100\"\nscore = \"{reported}\"\n",
            ind("产出指标", "数量指标", "≥100个", "100个", "50", "50"),
            ind("效益指标", "社会效益指标", "100%", "98%", "30", "29.4"),
            ind(
                "满意度指标",
                "服务对象满意度指标",
                "≥85%",
                "87%",
                "10",
                "10"
            ),
        );
        let v = crate::validate::case::validate(&SourceFile::new("case.toml", text));
        let case = v.value.unwrap_or_else(|| panic!("{:?}", v.diagnostics));
        evaluate(rules, &case, Options::default())
    }

    fn codes(o: &Outcome) -> Vec<&'static str> {
        o.findings.iter().map(|f| f.code.as_str()).collect()
    }

    fn ids(o: &Outcome) -> Vec<&'static str> {
        o.findings.iter().filter_map(|f| f.message.id()).collect()
    }

    /// The tester's funds row (s24 A3): `1234.56` wrapped as `1234.5` / `6`, so the row reads
    /// 1234.5 | 6 | 1234.5 | 6 | 1172.8 | 3, and `10`, `95%`, `10` are left as rows of their own.
    const SHIFTED: &str = "initial_budget = \"1234.5\"\nfull_year_budget = \"6\"\nspent = \"1234.5\"\npoints = \"6\"\nrate = \"1172.8\"\nscore = \"3\"";
    const LONE: &str = "[[funds]]\nlabel = \"10\"\n[[funds]]\nlabel = \"95%\"\n[[funds]]\nlabel = \"10\"\n[[funds]]\nlabel = \"其中：本年财政拨款\"\ninitial_budget = \"1234.56\"\nfull_year_budget = \"1234.56\"\nspent = \"1172.83\"\n";

    #[test]
    fn a_shifted_funds_row_gives_no_execution_score_and_no_grade() {
        let o = scored(&rules_with(|s| s), SHIFTED, LONE, "99.4");
        assert!(o.execution.unknown, "{:?}", o.execution);
        assert_eq!((o.execution.rate, o.execution.budget), (None, None));
        // The rule's execution points, not the row's shifted 分值 6: full marks 100.
        assert_eq!(o.total_points, rust_decimal::Decimal::ONE_HUNDRED);
        assert_eq!(o.total, Some(rust_decimal::Decimal::new(894, 1)));
        assert!(o.partial && o.grade.is_none());
        // Nothing charged to the department: no sums, no rate or score mismatch, no budget
        // cut from 1234.5 to 6, no parts; one finding names the cells.
        assert_eq!(codes(&o), ["no-grade"], "{:?}", o.findings);
        let message = o.findings[0].message.render(crate::i18n::Lang::Zh);
        for said in [
            "20575%",
            "3 个数字单独成行",
            "“95%”",
            "“年度资金总额”一行",
            "读作 6",
            "读作 1234.5",
            "未评级",
        ] {
            assert!(message.contains(said), "{said}: {message}");
        }
        let en = o.findings[0].message.render(crate::i18n::Lang::En);
        assert!(en.contains("3 numbers stand"), "{en}");
    }

    /// Either sign alone is enough: lone numbers with a rate that looks right, or a rate above
    /// 1000% with no lone number.
    #[test]
    fn either_sign_alone_withholds_the_execution_score() {
        let rules = rules_with(|s| s);
        let sane = "full_year_budget = \"100\"\nspent = \"95\"\npoints = \"10\"\nrate = \"95%\"\nscore = \"10\"";
        let o = scored(&rules, sane, "[[funds]]\nlabel = \"10\"\n", "99.4");
        assert!(o.execution.unknown && o.grade.is_none(), "{:?}", o.findings);
        let message = o
            .findings
            .iter()
            .find(|f| f.code.as_str() == "no-grade")
            .unwrap();
        let message = message.message.render(crate::i18n::Lang::Zh);
        assert!(
            message.contains("1 个数字单独成行") && !message.contains("1000%"),
            "{message}"
        );
        let o = scored(&rules, SHIFTED, "", "99.4");
        assert!(o.execution.unknown && o.grade.is_none(), "{:?}", o.findings);
        assert!(
            !ids(&o).contains(&"finding-rate-absurd"),
            "{:?}",
            o.findings
        );
    }

    /// Spending over the budget is no misreading: 105% scores, with its `overspent` warning.
    #[test]
    fn over_execution_still_scores() {
        let over = "full_year_budget = \"100\"\nspent = \"105\"\npoints = \"10\"\nrate = \"105%\"\nscore = \"10\"";
        let o = scored(&rules_with(|s| s), over, "", "99.4");
        assert!(!o.execution.unknown);
        assert_eq!(o.execution.score, rust_decimal::Decimal::TEN);
        assert_eq!(o.grade.as_deref(), Some("优"));
        assert_eq!(codes(&o), ["overspent"], "{:?}", o.findings);
    }

    /// Under rules without grades there is no `no-grade` to fold the doubt into: it is said on
    /// the budget cell as an `absurd-value`, once (not beside the rate's own).
    #[test]
    fn without_grades_the_doubt_is_said_on_the_cell() {
        let rules = rules_with(|s| {
            let start = s.find("[grades]").unwrap();
            let end = start + s[start..].find("]\n\n").unwrap() + 3;
            format!("{}{}", &s[..start], &s[end..])
        });
        assert!(rules.grades.is_empty());
        let o = scored(&rules, SHIFTED, LONE, "99.4");
        assert!(o.execution.unknown && o.partial);
        assert_eq!(ids(&o), ["finding-funds-doubtful"], "{:?}", o.findings);
    }

    #[test]
    fn a_lone_number_is_a_number_and_nothing_else() {
        for t in ["10", "95%", " 1172.8 ", "6", "１０", "1,234.5"] {
            assert!(is_lone_number(t), "{t}");
        }
        for t in [
            "",
            "其中：本年财政拨款",
            "2023年结转",
            "其他资金10",
            "%",
            "-",
        ] {
            assert!(!is_lone_number(t), "{t}");
        }
    }
}
