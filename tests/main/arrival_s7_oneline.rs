//! #15/#16: one-line (flattened) findings of the s7 user test (notes s7-tester, F1, F8), on
//! fixtures under `tests/data/import/arrived/` (sources in `tests/data/import/SOURCES.md`)
//! with their scores worked by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, arrived, indicator, score_arrived as score};
use jixiao::outcome::{FindingCode, Method, Outcome};
use rust_decimal::Decimal;

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn codes(o: &Outcome) -> Vec<&'static str> {
    o.findings.iter().map(|f| f.code.as_str()).collect()
}

/// The one form of a scored import and the import's report.
pub(crate) fn one((_, imported, outcomes): common::Scored, name: &str) -> (Outcome, String) {
    let said = common::import_summary(&imported);
    let [o] = &outcomes[..] else {
        panic!("{name}: one form expected\n{said}")
    };
    (o.clone(), said)
}

/// The Anhui one-line water-bureau form scored right: hand-worked (anhui-2023) 163.2 / 170 =
/// 96% → 9.6 → 10 (whole points); 15 (3座 of ≥3座) + 10 (100% of ≥95%, capped) + 10 (2024年9月,
/// before 2024年10月底前) + 15 (54.4 within ≤60万元) + not applicable + 11 (基本达成, in the band
/// 9–12 of 15) + 15 (30年 of ≥30年) + 9.68 (92 / 95 × 10) = 85.68; 95.68 / 优. No number guessed.
pub(crate) fn assert_right(o: &Outcome, said: &str, name: &str) {
    assert_eq!(o.total, Some(dec("95.68")), "{name}\n{said}");
    assert_eq!(o.reported_total, Some(dec("95.68")), "{name}");
    assert_eq!(o.grade.as_deref(), Some("优"), "{name}");
    let scored: Vec<(&str, Decimal)> = o
        .indicators
        .iter()
        .filter(|i| i.method != Method::NotApplicable)
        .map(|i| (&*i.level3, i.score))
        .collect();
    assert_eq!(
        scored,
        [
            ("除险加固水库数量", dec("15")),
            ("工程验收合格率", dec("10")),
            ("工程完工时间", dec("10")),
            ("单座水库加固成本", dec("15")),
            ("下游群众防洪安全", dec("11")),
            ("工程设计使用年限", dec("15")),
            ("受益群众满意度", dec("9.68")),
        ],
        "{name}\n{said}"
    );
    for code in [
        FindingCode::ScoreMismatch,
        FindingCode::TotalMismatch,
        FindingCode::MissingActual,
        FindingCode::MissingReported,
        FindingCode::ImportGuessed,
    ] {
        assert!(
            !o.findings.iter().any(|f| f.code == code),
            "{name}: {:?}\n{said}",
            codes(o)
        );
    }
    assert!(!said.contains("guessed"), "{name}\n{said}");
}

/// F1: a not-applicable row whose empty 分值/得分 are written `- -` took the points and the
/// actual of the cost row above (88.18 / 良: `score-mismatch` 15 vs 7.5, a phantom row `-`);
/// written `/ / / / /` (no name either) it made a phantom row sharing them (90.68).
#[test]
fn marks_for_empty_cells_are_empty_cells_of_their_own_row() {
    for name in [
        "anhui-flat-shuiku.txt",
        "anhui-flat-shuiku-dash.txt",
        "anhui-flat-shuiku-slash.txt",
    ] {
        let (o, said) = one(score(name, "anhui-2023"), name);
        assert_right(&o, &said, name);
    }
    let (o, _) = one(
        score("anhui-flat-shuiku-dash.txt", "anhui-2023"),
        "anhui-flat-shuiku-dash.txt",
    );
    let na = indicator(&o, "带动农业增收");
    assert_eq!(na.method, Method::NotApplicable);
    assert_eq!(na.points, None);
    assert_eq!(o.indicators.len(), 8);
    // The `/ / / / /` row holds no indicator: skipped as an unfilled row, and said.
    let (o, said) = one(
        score("anhui-flat-shuiku-slash.txt", "anhui-2023"),
        "anhui-flat-shuiku-slash.txt",
    );
    assert_eq!(o.indicators.len(), 7, "{said}");
    assert!(said.contains("\"/\""), "{said}");
}

/// F1 generalised: every mark people write for an empty cell — dashes, slashes (half and full
/// width), `无`, `不适用` — is one empty cell of the row it stands in, under 分值/得分 or as a
/// whole row.
#[test]
fn every_mark_for_an_empty_cell_reads_the_same() {
    let base = std::fs::read_to_string(arrived("anhui-flat-shuiku.txt")).unwrap();
    let row = "经济效益指标 带动农业增收 不适用 不适用 0 0";
    assert!(base.contains(row));
    let marks = [
        "- -",
        "-- --",
        "— —",
        "—— ——",
        "/ /",
        "／ ／",
        "无 无",
        "不适用 不适用",
    ];
    let rows = marks
        .iter()
        .map(|m| format!("经济效益指标 带动农业增收 不适用 不适用 {m}"))
        .chain(
            ["/ / / / /", "— — — — —", "- - - - -"]
                .iter()
                .map(|m| format!("经济效益指标 {m}")),
        );
    for written in rows {
        let text = base.replace(row, &written);
        let scored = common::score_bytes("marks.txt", text.as_bytes(), "anhui-2023");
        let (o, said) = one(scored, &written);
        assert_right(&o, &said, &written);
        let marks_read_as_names = o
            .indicators
            .iter()
            .filter(|i| jixiao::value::parse(&i.level3) == jixiao::value::Value::Blank)
            .count();
        assert_eq!(marks_read_as_names, 0, "{written}\n{said}");
    }
}

/// F8: points typed with their unit (`15分 15分`) tore the row apart — a phantom row `15分`,
/// `shared-points-first`, `total-not-sum`, 80.68 / 良. A number with 分 under 分值/得分 is that
/// number, as in a workbook's cells (s5 tpl-fen.xlsx).
#[test]
fn points_written_with_their_unit_are_the_points() {
    let name = "anhui-flat-shuiku-fen.txt";
    let (o, said) = one(score(name, "anhui-2023"), name);
    assert_right(&o, &said, name);
    let first = indicator(&o, "除险加固水库数量");
    assert_eq!(
        (first.points, first.reported_score),
        (Some(dec("15")), Some(dec("15")))
    );
    // Every row so written, a score with decimals too.
    let base = std::fs::read_to_string(arrived("anhui-flat-shuiku.txt")).unwrap();
    let all = base
        .replace(" 15 15", " 15分 15分")
        .replace(" 10 10", " 10分 10分")
        .replace(" 15 11 ", " 15分 11分 ")
        .replace(" 10 9.68 ", " 10分 9.68分 ");
    assert_ne!(all, base);
    let (o, said) = one(
        common::score_bytes("fen.txt", all.as_bytes(), "anhui-2023"),
        "fen.txt",
    );
    assert_right(&o, &said, "fen.txt");
}
