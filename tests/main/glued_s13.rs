//! Tester s13 T3: a 绩效目标自评表 document copied from a document-sharing site's preview,
//! two forms glued with no separators. The second form was swallowed into the first one's
//! 说明 cell and dropped, a deadline `2021年10月底前` was cut into `2021年` / `10月` and a
//! phantom indicator `底前`, and the 效益指标 lines were read under 成本指标 with no values.
//! Fixture under `tests/data/import/s13/` (source and hand reading in
//! `tests/data/import/SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use jixiao::outcome::Method::{self, Met, NotMet};
use jixiao::outcome::Outcome;

/// The forms of the fixture scored as `score FILE` does, and the import's report.
fn forms() -> (Vec<Outcome>, String) {
    let path = "h1-hunan-glued-two.txt";
    let full = common::root().join("tests/data/import/s13").join(path);
    let read = std::fs::read(full).unwrap();
    let (_, imported, outcomes) = common::score_bytes(path, &read, "hunan-2020-target");
    (outcomes, common::import_summary(&imported))
}

/// Each indicator's 二级指标, name and judgement.
fn lines(o: &Outcome) -> Vec<(&str, &str, Method)> {
    o.indicators
        .iter()
        .map(|i| (&*i.level2, &*i.level3, i.method))
        .collect()
}

/// By hand: form 1 nine indicators (28 ≥ 25处 met; 1.15 < 1.2万人 not; 合格率 met;
/// `2021年11月` after `2021年10月底前` late; 4.24 ≤ 4.8万元 met; 95% < 100% not; 显著提升 /
/// 明显提升 met; 健全 / 基本健全 not; 96 ≥ 90 met), execution 118.56 / 120 = 98.8%; form 2
/// six (96 < 120场 not; 合格率 met; 12月20日 before 12月31日前 met; 4688 ≤ 5000元 met;
/// 明显丰富 / 基本完成 not; 92 ≥ 85 met), 45 / 60 = 75%.
#[test]
fn two_glued_forms_read_as_two_with_dates_whole_and_their_benefit_lines() {
    let (outcomes, said) = forms();
    assert_eq!(outcomes.len(), 2, "{said}");
    assert_eq!(
        lines(&outcomes[0]),
        [
            ("数量指标", "维修农村集中供水工程", Met),
            ("数量指标", "新增受益人口", NotMet),
            ("质量指标", "工程验收合格率", Met),
            ("时效指标", "维修完成时间", NotMet),
            ("成本指标", "单处维修成本", Met),
            ("成本指标", "维修资金核算率", NotMet),
            ("社会效益指标", "农村饮水保障水平", Met),
            ("可持续影响指标", "工程长效运行机制", NotMet),
            ("服务对象满意度指标", "受益群众满意度", Met),
        ],
        "{said}"
    );
    assert_eq!(
        lines(&outcomes[1]),
        [
            ("数量指标", "送戏下乡演出场次", NotMet),
            ("质量指标", "演出节目合格率", Met),
            ("时效指标", "演出完成时间", Met),
            ("成本指标", "每场演出补助标准", Met),
            ("社会效益指标", "群众文化生活", NotMet),
            ("服务对象满意度指标", "观众满意度", Met),
        ],
        "{said}"
    );
    assert_eq!(&*outcomes[1].project, "送戏下乡文化惠民演出", "{said}");
    // No phantom row cut inside the date, and the date whole as the target.
    assert!(!said.contains("\"底前\""), "{said}");
    assert!(said.contains("\"2021年10月底前\""), "{said}");
    // The second form is said where it was found, and not dropped as a 说明 cell.
    assert!(said.contains("comes again in the glued text"), "{said}");
    assert!(!said.contains("说明无2021年度"), "{said}");
}

/// The forms of a fixture under hunan-2020-target, and the import's report.
fn forms_of(path: &str) -> (Vec<Outcome>, String) {
    let full = common::root().join("tests/data/import/s13").join(path);
    let read = std::fs::read(full).unwrap();
    let (_, imported, outcomes) = common::score_bytes(path, &read, "hunan-2020-target");
    (outcomes, common::import_summary(&imported))
}

/// Tester s13b N2: a value ends at its unit (`粮食亩产增加≥50公斤55公斤` was `粮食亩产` / `增加` /
/// `≥50` and a phantom row `公斤`), and a count after a `%` opens the 未完成原因
/// (`补贴兑现率100%99%3名学生…` was target 99%, actual 3: `未达到年度指标值：99%，实际 3`). By
/// hand, as the PDF copy v4 reads: 粮食亩产增加 55 ≥ 50公斤 met; 补贴兑现率 99% < 100% not met.
#[test]
fn a_glued_value_ends_at_its_unit_and_a_count_opens_the_reason() {
    for path in ["v3-hunan-glued-two-2022.txt", "v4-hunan-pdf-two-2022.txt"] {
        let (outcomes, said) = forms_of(path);
        assert_eq!(outcomes.len(), 2, "{path}\n{said}");
        let find = |o: &Outcome, name: &str| {
            o.indicators
                .iter()
                .find(|i| &*i.level3 == name)
                .map(|i| i.method)
        };
        assert_eq!(
            find(&outcomes[0], "粮食亩产增加"),
            Some(Met),
            "{path}\n{said}"
        );
        assert_eq!(
            find(&outcomes[1], "补贴兑现率"),
            Some(NotMet),
            "{path}\n{said}"
        );
        assert!(
            !outcomes[0].indicators.iter().any(|i| &*i.level3 == "公斤"),
            "{path}\n{said}"
        );
        assert!(!said.contains("\"公斤\""), "{path}\n{said}");
        let judged: Vec<Method> = outcomes[0].indicators.iter().map(|i| i.method).collect();
        assert_eq!(
            judged,
            [NotMet, Met, Met, NotMet, Met, NotMet, Met, Met, NotMet],
            "{path}\n{said}"
        );
    }
}
