//! Glued and one-line text, round 4 (tester s14b F, G, B): a reason cut at the right place.
//! Fixtures under `tests/data/import/s15/` (source and hand reading in
//! `tests/data/import/SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use jixiao::outcome::Outcome;

/// The forms of a fixture under `rules`, the case files written and the import's report.
fn forms(path: &str, rules: &str) -> (Vec<Outcome>, Vec<String>, String) {
    let full = common::root().join("tests/data/import/s15").join(path);
    let read = std::fs::read(full).unwrap();
    let (_, imported, outcomes) = common::score_bytes(path, &read, rules);
    let cases = imported.forms.iter().map(|f| f.toml.clone()).collect();
    (outcomes, cases, common::import_summary(&imported))
}

/// The 三级指标 of a form's lines that fell short of their targets.
fn not_met(o: &Outcome) -> Vec<String> {
    o.findings
        .iter()
        .filter(|f| f.code == "target-not-met")
        .filter_map(|f| {
            let said = f.message.render(jixiao::i18n::Lang::Zh);
            let name = said.split_once('“')?.1.split_once('”')?.0;
            Some(name.to_owned())
        })
        .collect()
}

/// Tester s14b G: in a glued 绩效目标自评表 a reason opening with a count right after a value
/// with a unit (`≥1万亩0.92万亩2个村组土地尚在公示…`) shifted the row: target 0.92万亩, actual
/// 2个, the name `建设高标准农田面积≥1万亩`. The s13b N2 fix took a count after a `%` only. Now
/// any actual written in its target's unit ends there (`万亩`, and `亩` in the variant). The
/// reason is worded with no ending a reason is known by (`尚在公示`, `转学外县`), so it stays
/// on the next name, said on both forms as a name that may hold the reason.
/// By hand: form 1 0.92 < 1万亩 (9200 < 10000亩) not met, 16 ≥ 15公里 met, the time, 到位率
/// and 满意度 not met; form 2 补贴兑现率 99% < 100% not met, 2000 ≤ 2000元 met.
#[test]
fn a_count_after_a_value_with_its_unit_opens_the_reason() {
    for (path, target, actual) in [
        ("n2v-glued-reasons-unlisted.txt", "≥1万亩", "0.92万亩"),
        ("n2v-b-glued-reason-after-mu.txt", "≥10000亩", "9200亩"),
    ] {
        let (outcomes, cases, said) = forms(path, "hunan-2020-target");
        assert_eq!(outcomes.len(), 2, "{said}");
        let row = format!(
            "level3 = \"建设高标准农田面积\"\ntarget = \"{target}\"\nactual = \"{actual}\"\n"
        );
        assert!(cases[0].contains(&row), "{}", cases[0]);
        assert_eq!(
            not_met(&outcomes[0]),
            [
                "建设高标准农田面积",
                "项目完工时间",
                "建设资金到位率",
                "受益农户满意度"
            ],
            "{said}"
        );
        assert_eq!(not_met(&outcomes[1]), ["补贴兑现率"], "{said}");
        let next = &outcomes[0].indicators[1].level3;
        assert!(next.ends_with("新建机耕道长度"), "{next}\n{said}");
        assert!(cases[0].contains("target = \"≥15公里\"\nactual = \"16公里\""));
        // The reason left on the next name is said, on both forms.
        for name in [next.to_string(), "3名学生转学外县生均资助标准".into()] {
            assert!(
                said.contains(&format!("all of \"{name}\""))
                    && said.contains("the reason may be in it"),
                "{name}\n{said}"
            );
        }
    }
}

/// Tester s14b F: a one-line form whose 偏差原因 ends in a plan naming its date
/// (`2所学校因资金未到位 计划2024年6月完成`) had the plan glued onto the next row's name as a
/// PDF's wrapped name (`计划2024年6月完成配备留样冷柜数量`) and half the reason lost. The s13b N1
/// plans without a date (`寒假期间完成`) were read right only because they were shorter than the
/// next name. By hand, as s14/v1d: execution 720 / 800 = 90% → 9; 8.33, 冷柜 9 / 12 × 10 = 7.5
/// (self 10), 10, 10, 10; 13.5, 15; 10 → 93.33 against 95.83, eight indicators.
#[test]
fn a_reason_ending_in_a_dated_plan_keeps_the_next_name() {
    let full = common::root().join("tests/data/import/s15/n1v-b-plan-date.txt");
    let text = std::fs::read_to_string(full).unwrap();
    assert!(text.contains("未到位 计划2024年6月完成 配备留样冷柜数量"));
    for plan in [
        "计划2024年6月完成",
        "预计12月底完成",
        "2024年3月前完成",
        "2024年6月完成",
    ] {
        let input = text.replace("计划2024年6月完成", plan);
        let (_, imported, outcomes) =
            common::score_bytes("n1v-b.txt", input.as_bytes(), "anhui-2022");
        let said = common::import_summary(&imported);
        let [o] = <[_; 1]>::try_from(outcomes).unwrap_or_else(|_| panic!("{plan}\n{said}"));
        let names: Vec<String> = o.indicators.iter().map(|i| i.level3.to_string()).collect();
        assert_eq!(names.len(), 8, "{plan}\n{said}");
        assert_eq!(names[1], "配备留样冷柜数量", "{plan}\n{said}");
        assert_eq!(o.total, Some(common::d("93.33")), "{plan}\n{said}");
        assert!(!said.contains("wrapped"), "{plan}\n{said}");
        let case = &imported.forms[0].toml;
        assert!(
            case.contains(&format!("deviation = \"2所学校因资金未到位 {plan}\"")),
            "{case}"
        );
    }
}
