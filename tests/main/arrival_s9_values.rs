//! #15 item 3 "cells read as a person would": values and numbers of the s9 user test
//! (notes s9-tester: F15/F16/F24 actuals worded as offices word them, F3 a 分值 cell formatted
//! as a percentage, F23 Excel error values, F2 budgets in 元 summed with 万元), each on a
//! fixture under `tests/data/import/arrived/` (sources in `tests/data/import/SOURCES.md`) with
//! its scores worked by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, d, score_arrived as score};
use jixiao::outcome::{FindingCode, Method, Outcome};
use jixiao::render::Departments;

fn has(o: &Outcome, code: FindingCode) -> bool {
    o.findings.iter().any(|f| f.code == code)
}

/// The one form of a one-line fixture, with the import's report for failure messages.
fn one(name: &str) -> (Outcome, String) {
    let (_, imported, outcomes) = score(name, "anhui-2023");
    let said = common::import_summary(&imported);
    let [o] = outcomes.as_slice() else {
        panic!("{name}: one form expected\n{said}")
    };
    (o.clone(), said)
}

/// F15: `安全生产事故 无 / 无 5 5` (none wanted, none happened) was "not applicable" and its 5
/// points dropped: 93.62. Hand-worked: 9 + (10 + 5 + 5 + 5 + 5 + 5 + 4.84 + 10) + 15 + 15 +
/// 9.78 = 98.62 / 优, the department's own total.
#[test]
fn none_wanted_none_happened_is_met() {
    let name = "anhui-flat-2024-words.txt";
    let (o, said) = one(name);
    assert_eq!(o.total, Some(d("98.62")), "{said}");
    assert_eq!(o.grade.as_deref(), Some("优"));
    let row = common::indicator(&o, "安全生产事故");
    assert_eq!((row.score, row.method), (d("5"), Method::AllOrNothing));
    for code in [FindingCode::NotApplicable, FindingCode::TotalMismatch] {
        assert!(!has(&o, code), "{:?}", common::codes(&o));
    }
}

/// F16 and F24: `0起` / `无`, `无重大安全事故` / `无`, `无` / `0起` (none happened), `2024年12月底前`
/// / `按时完成`, `按期完成` / `已按期完成`, `2024年底前` / `2024年11月完成` (deadlines kept) scored 0
/// or were dropped: 84 / 良 and 74 / 中. Hand-worked 99 / 优 each, except `提高` / `有所提高`,
/// which anhui-2023's bands call 部分达成 (60–80%, scored at 60%: 3 of 5) — 97 / 优.
#[test]
fn actuals_worded_as_offices_word_them_are_met() {
    let (o, said) = one("anhui-flat-2024-units.txt");
    assert_eq!(o.total, Some(d("99")), "{said}");
    assert_eq!(o.grade.as_deref(), Some("优"));
    for level3 in ["安全生产事故", "环境污染事件", "运维任务完成时间"] {
        let row = common::indicator(&o, level3);
        assert_eq!(row.score, d("5"), "{level3}");
    }
    assert!(!has(&o, FindingCode::NotApplicable));
    assert!(!has(&o, FindingCode::UnknownBand));
    let (o, said) = one("anhui-flat-2024-qual.txt");
    assert_eq!(o.total, Some(d("97")), "{said}");
    assert_eq!(o.grade.as_deref(), Some("优"));
    for (level3, score) in [
        ("运维任务", "5"),
        ("设备更新", "5"),
        ("安全生产事故", "10"),
        ("群众环保意识", "3"),
    ] {
        assert_eq!(common::indicator(&o, level3).score, d(score), "{level3}");
    }
    for code in [
        FindingCode::NotApplicable,
        FindingCode::UnknownBand,
        FindingCode::UnitMismatch,
    ] {
        assert!(!has(&o, code), "{:?}", common::codes(&o));
    }
}

/// The sheet called `sheet` among a workbook's forms (the project name ends `（sheet）`).
fn sheet<'a>(outcomes: &'a [Outcome], sheet: &str) -> &'a Outcome {
    let project = format!("农村公路提质改造（{sheet}）");
    outcomes
        .iter()
        .find(|o| *o.project == *project)
        .unwrap_or_else(|| panic!("no form {project}"))
}

/// F3: the funds 分值 cell formatted `0.00%` (10 shows `1000%`) gave 1000 points, 计算总分
/// 987.37 / 优. The cell holds 10: read so, with a note naming the cell. Hand-worked 96.37 / 优.
/// In `.xlsx` and `.xls` alike.
#[test]
fn a_points_cell_formatted_as_a_percentage_is_its_number() {
    for name in ["habits.xlsx", "habits.xls"] {
        let (_, imported, outcomes) = score(name, "anhui-2023");
        let said = common::import_summary(&imported);
        let o = sheet(&outcomes, "百分号分值");
        assert_eq!(o.total, Some(d("96.37")), "{name}\n{said}");
        assert_eq!(o.execution.points, d("10"), "{name}");
        assert_eq!(o.execution.score, d("9"), "{name}");
        assert!(!has(o, FindingCode::WeightsAdjusted), "{name}");
        assert!(
            said.contains("shows 1000%") && said.contains("百分号分值!G6"),
            "{name}\n{said}"
        );
    }
}

/// F23: `#DIV/0!` cached in the rate cell was "the written rate 0%" (`rate-mismatch`) and a
/// `#VALUE!` 得分 `得分“#VALUE!”不是数字` with a frame of generated TOML. Session 16 (`cells`):
/// an error value is read as the text Excel shows and said as Excel's error — its formula
/// failed — with the cell and what to do: the rate is worked out from B/A (90% → 9), the
/// 得分 is unreadable, not blank; the reported total 96.37 is the others' 82.87 plus 13.5,
/// within the unread line's points: it cannot be checked, a warning (`total-unchecked`,
/// tester s16r N-H), no longer a `total-not-sum` error. Hand-worked 96.37 / 优.
#[test]
fn excel_error_values_are_said_as_excels_errors() {
    let (_, imported, outcomes) = score("xlsx-err.xlsx", "anhui-2023");
    let said = common::import_summary(&imported);
    let [o] = outcomes.as_slice() else {
        panic!("{said}")
    };
    assert_eq!(o.total, Some(d("96.37")), "{said}");
    assert_eq!(o.execution.rate, Some(d("90")));
    for code in [FindingCode::RateMismatch, FindingCode::MissingReported] {
        assert!(!has(o, code), "{:?}", common::codes(o));
    }
    let unread = o
        .findings
        .iter()
        .find(|f| f.code == FindingCode::UnreadableValue)
        .map(|f| f.message.render(jixiao::i18n::Lang::En));
    assert!(
        unread
            .as_deref()
            .is_some_and(|t| t.contains("score holds Excel's error value `#VALUE!`")),
        "{unread:?}"
    );
    let total = o
        .findings
        .iter()
        .find(|f| f.code == FindingCode::TotalUnchecked);
    let said_total = total.map(|f| f.message.render(jixiao::i18n::Lang::En));
    assert!(
        said_total
            .as_deref()
            .is_some_and(|t| t.contains("the other line scores add up to 82.87, 13.5 less")),
        "{said_total:?}"
    );
    assert!(!has(o, FindingCode::TotalNotSum), "{:?}", common::codes(o));
    for (error, cell) in [("#DIV/0!", "Sheet1!H6"), ("#VALUE!", "Sheet1!H13")] {
        assert!(
            said.contains(&format!("Excel's error value `{error}`")) && said.contains(cell),
            "{said}"
        );
    }
}

/// F2: budgets in 元 (`项目资金(元)`, `单位：元`) scored right but the department's sums added
/// 1,200,000 元 to 7 × 120 万元 (1,200,840). Read as 元 and converted: each form 120 万元, the
/// department 8 × 120 = 960 (habits.xlsx: 8 sheets of the one form, one with budgets in 元).
#[test]
fn budgets_in_yuan_are_summed_in_wan_yuan() {
    let (_, imported, outcomes) = score("habits.xlsx", "anhui-2023");
    let said = common::import_summary(&imported);
    let o = sheet(&outcomes, "元");
    assert_eq!(o.total, Some(d("96.37")), "{said}");
    assert_eq!(o.execution.budget, Some(d("120")), "{said}");
    assert_eq!(o.execution.spent, Some(d("108")), "{said}");
    assert!(said.contains("amounts in 元"), "{said}");
    let rows = Departments::of(&outcomes);
    let [row] = rows.as_slice() else {
        panic!("one department: {rows:?}")
    };
    assert_eq!(row.budget, Some(d("120") * d(&outcomes.len().to_string())));
    // The one-line form: `单位:元`, `项目资金(元)`, 800000 / 950000 / 836000 → 80 / 95 / 83.6.
    let (o, said) = one("anhui-flat-2024-yuan.txt");
    assert_eq!(o.total, Some(d("98.3")), "{said}");
    assert_eq!(o.execution.budget, Some(d("95")), "{said}");
    assert_eq!(o.execution.spent, Some(d("83.6")), "{said}");
}
