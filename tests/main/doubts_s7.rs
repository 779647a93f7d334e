//! #15: the doubts the s6 engineers left (notes s6, "Helpers' own doubts"), each on a fixture
//! that showed the fault before its fix.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use jixiao::outcome::Outcome;

fn variant(name: &str) -> String {
    std::fs::read_to_string(common::root().join("tests/data/import/variants").join(name)).unwrap()
}

fn one(name: &str, scored: &common::Scored) -> (Outcome, String) {
    let (_, imported, outcomes) = scored;
    let said = common::import_summary(imported);
    let [o] = outcomes.as_slice() else {
        panic!("{name}: one form expected\n{said}")
    };
    (o.clone(), said)
}

/// A glued Sichuan 三级指标 holding a reason word (`工期延误影响天数`) after a row that lost
/// points and wrote no 未完成原因: the name was cut into the reason `工期延误影响` and the name
/// `天数`. The 2024 water-bureau variant with its second row so named (`≤10天`, 8 → 10 of 10,
/// as the row it replaces) and the first row's reason left out: the name is whole, the first
/// row has no reason, and the form still scores 96.94.
#[test]
fn a_glued_name_holding_a_reason_word_is_not_cut_inside() {
    let text = variant("sichuan-glued-shuiwu.txt");
    let row = "部分工程因汛期停工更换供水管网长度≥12公里121010";
    assert!(text.contains(row));
    let input = text.replace(row, "工期延误影响天数≤10天81010");
    let scored = common::score_bytes("glued.txt", input.as_bytes(), "sichuan-2023");
    let (o, said) = one("glued.txt", &scored);
    let names: Vec<&str> = o.indicators.iter().map(|i| &*i.level3).collect();
    assert_eq!(names.get(1), Some(&"工期延误影响天数"), "{said}");
    assert_eq!(o.total, Some(common::d("96.94")), "{said}");
    let case = &scored.1.forms.first().unwrap().toml;
    assert!(!case.contains("deviation = \"工期延误影响\""), "{case}");
    assert!(said.contains("could not be told apart"), "{said}");
}
