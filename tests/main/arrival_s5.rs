//! #15: import findings of the s5 user test (notes s5, F1–F4), each on a fixture under
//! `tests/data/import/arrived/` (sources in `tests/data/import/SOURCES.md`) with its scores
//! worked by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use jixiao::import::{self, InputFormat};
use jixiao::outcome::{FindingCode, Outcome};
use rust_decimal::Decimal;

fn arrived(name: &str) -> std::path::PathBuf {
    common::root().join("tests/data/import/arrived").join(name)
}

/// Imports a fixture as `score FILE` does and scores every form under `rules`: the import and
/// each form's outcome (the case files must validate).
fn score(name: &str, rules: &str) -> (InputFormat, import::Import, Vec<Outcome>) {
    let bytes = std::fs::read(arrived(name)).unwrap();
    let imported = jixiao::pipeline::forms::cases(name, &bytes, Some(rules)).unwrap();
    let rule_set = common::rules(rules);
    let outcomes = imported
        .cases
        .iter()
        .map(|v| {
            let case = v.value.as_ref().expect("the case file validates");
            jixiao::evaluate::evaluate(&rule_set, case, jixiao::evaluate::Options::default())
        })
        .collect();
    (imported.format, imported.import, outcomes)
}

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

/// The indicator called `level3` in an outcome.
fn indicator<'a>(o: &'a Outcome, level3: &str) -> &'a jixiao::outcome::IndicatorOutcome {
    o.indicators
        .iter()
        .find(|i| &*i.level3 == level3)
        .unwrap_or_else(|| panic!("no indicator {level3}"))
}

fn codes(o: &Outcome) -> Vec<&'static str> {
    o.findings.iter().map(|f| f.code.as_str()).collect()
}

/// F1: a form whose text ends inside an indicator row (the row's 分值/得分 and later cells cut
/// away) used to read that row as sharing the row above's 分值/得分 — halving a row the
/// department filled in full (9 → 4.5) and warning `score-mismatch` against it. The cut row is
/// read without points, in every text reader (paragraphs, one line, `|` text, tabs) and in a
/// page's table.
///
/// Hand-worked, the Hebei-style paragraph form (central-2016): execution 54 / 60 = 90% × 10 =
/// 9; 3200 / 3000 capped at 10; 100% / 100% → 10; 95 / 100 × 10 = 9.5; ≤100% vs 98% → 10;
/// 经济效益 not applicable; 指标1师生安全保障 达成预期指标 with 9 of 10 accepted (in band): 9;
/// the cut row 指标2校园环境 no points. Partial sum 9 + 10 + 10 + 9.5 + 10 + 9 = 57.5.
#[test]
fn a_row_cut_at_the_end_of_the_input_has_no_points() {
    for (name, format) in [
        ("para-cut-row.txt", InputFormat::Paragraphs),
        ("flat-cut-row.txt", InputFormat::FlatText),
    ] {
        let (read_as, imported, outcomes) = score(name, "central-2016");
        assert_eq!(read_as, format, "{name}");
        let said = common::import_summary(&imported);
        let [o] = outcomes.as_slice() else {
            panic!("{name}: one form expected\n{said}")
        };
        assert_eq!(o.total, Some(dec("57.5")), "{name}\n{said}");
        assert!(o.partial && o.grade.is_none(), "{name}");
        let safety = indicator(o, "指标1师生安全保障");
        assert_eq!(safety.points, Some(dec("10")), "{name}");
        assert_eq!(safety.score, dec("9"), "{name}");
        let cut = indicator(o, "指标2校园环境");
        assert_eq!(cut.score, Decimal::ZERO, "{name}");
        assert!(
            !o.findings
                .iter()
                .any(|f| f.code == FindingCode::ScoreMismatch),
            "{name}: {:?}",
            codes(o)
        );
        assert!(
            said.contains("the form ends inside the row `指标2校园环境`"),
            "{name}:\n{said}"
        );
        // 指标1维修改造面积 keeps its own 10 points: the placeholder rows `指标2` and `……`
        // after it (empty cells dropped in the one-line copy) are skipped, not sharing them.
        assert_eq!(indicator(o, "指标1维修改造面积").score, dec("10"), "{name}");
    }
    // The same cut in `|` text, tab-separated text and a page's table (anhui-2023): 指标1
    // 7600 / 8000 × 10 = 9.5 of its own 10 points; execution 114 / 120 = 95% → 10 (whole
    // points); the cut row 指标2:资助新增人数 none. Partial sum 19.5.
    for (name, format) in [
        ("seed-cut-row.txt", InputFormat::SeedText),
        ("tab-cut-row.txt", InputFormat::TabText),
        ("html-cut-row.html", InputFormat::Html),
    ] {
        let (read_as, imported, outcomes) = score(name, "anhui-2023");
        assert_eq!(read_as, format, "{name}");
        let said = common::import_summary(&imported);
        let [o] = outcomes.as_slice() else {
            panic!("{name}: one form expected\n{said}")
        };
        assert_eq!(o.total, Some(dec("19.5")), "{name}\n{said}");
        let first = indicator(o, "指标1:资助参保人数");
        assert_eq!(
            (first.points, first.score),
            (Some(dec("10")), dec("9.5")),
            "{name}"
        );
        assert!(
            !codes(o).contains(&"score-mismatch"),
            "{name}: {:?}",
            codes(o)
        );
    }
}
