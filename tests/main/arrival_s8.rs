//! #15: importer findings of the s8 user test (notes s8-tester: F1 Sichuan forms in a grid,
//! F2 a Hunan PDF copy's 县级安排资金 row, F11 paragraph funds rows ending in an empty cell,
//! F8 thousands separators in a one-line form), each on a fixture under
//! `tests/data/import/arrived/` (sources in `tests/data/import/SOURCES.md`) with its scores
//! worked by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, d, score_arrived as score};
use jixiao::import::{self, InputFormat, NoteKind};
use jixiao::outcome::{FindingCode, Outcome};

fn has(o: &Outcome, code: FindingCode) -> bool {
    o.findings.iter().any(|f| f.code == code)
}

/// The one form of an import, with the import's report for failure messages.
fn one(name: &str, imported: &import::Import, outcomes: &[Outcome]) -> (Outcome, String) {
    let said = common::import_summary(imported);
    let [o] = outcomes else {
        panic!("{name}: one form expected\n{said}")
    };
    (o.clone(), said)
}

/// The notes of the import (its forms' and the input's) that are guesses or unreadable.
fn doubts(imported: &import::Import) -> Vec<String> {
    let forms = imported.forms.iter().flat_map(|f| &f.notes);
    forms
        .chain(&imported.problems)
        .filter(|n| n.kind != NoteKind::Recognised)
        .map(ToString::to_string)
        .collect()
}

/// The s8 tester's Sichuan 部门预算 form (2024, 农村公路养护) as sichuan-2023 scores it:
/// 532 / 560 = 95% → 9.5; 330 ≥ 320 → 20; = 4 vs 3 → 3 / 4 × 10 = 7.5; 82 / 85 × 10 = 9.65;
/// 100 ≥ 95 → 10; 1.55 ≤ 1.6 万元 → 10; 100 = 100 → 10; 95 ≥ 90 → 10; 91 ≥ 90 → 10. 87.15 +
/// 9.5 = 96.65. Every cell read: the unit, the 原因 explaining the 追加 (no `budget-adjusted`),
/// nothing guessed.
fn assert_sichuan_gonglu(name: &str, o: &Outcome, imported: &import::Import, said: &str) {
    assert_eq!(
        common::line_scores(o),
        ["20", "7.5", "9.65", "10", "10", "10", "10", "10"],
        "{name}\n{said}"
    );
    let points: Vec<_> = o.indicators.iter().map(|i| i.points).collect();
    let expected = ["20", "10", "10", "10", "10", "10", "10", "10"].map(|p| Some(d(p)));
    assert_eq!(points, expected, "{name}\n{said}");
    assert_eq!(o.execution.score, d("9.5"), "{name}\n{said}");
    assert_eq!(o.execution.rate, Some(d("95")), "{name}\n{said}");
    assert_eq!(o.total, Some(d("96.65")), "{name}\n{said}");
    assert_eq!(&*o.unit, "某县农村公路管理所", "{name}\n{said}");
    assert_eq!(&*o.department, "某县交通运输局", "{name}\n{said}");
    let codes = common::codes(o);
    assert!(
        has(o, FindingCode::BudgetAdjustmentExplained),
        "{name} {codes:?}"
    );
    for code in [
        FindingCode::BudgetAdjusted,
        FindingCode::RateMismatch,
        FindingCode::ImportGuessed,
        FindingCode::UnreadableValue,
        FindingCode::TotalMismatch,
    ] {
        assert!(!has(o, code), "{name} {codes:?}\n{said}");
    }
    assert_eq!(doubts(imported), Vec::<String>::new(), "{name}\n{said}");
}

/// F1: the Sichuan template in a grid — a workbook, a Word table, a page's table, Excel's and
/// a browser's tab copy — gives each section its title on a row of its own
/// (`预算执行情况(10分)`, `绩效指标(90分)`) above its column header. The title was read as a
/// header of one cell, the real header as a funds row or a repeated 绩效指标 header, 7 of 8
/// indicator rows were left out and the 实施单位 row (`实施单位 | (盖章) | …`) unread: 97.75 with
/// 执行得分 90.25. With the rates as bare fractions (`0.95`) it was 8.4 / 差.
#[test]
fn a_sichuan_form_in_a_grid_reads_as_its_pdf_copy() {
    for (name, format) in [
        ("sichuan-gonglu.xlsx", InputFormat::Xlsx),
        ("sichuan-gonglu.docx", InputFormat::Docx),
        ("sichuan-gonglu.html", InputFormat::Html),
        ("sichuan-gonglu-tab.txt", InputFormat::TabText),
        ("sichuan-gonglu-bare-rate.tsv", InputFormat::TabText),
        ("sichuan-gonglu-browser.txt", InputFormat::TabText),
    ] {
        let (read_as, imported, outcomes) = score(name, "sichuan-2023");
        assert_eq!(read_as, format, "{name}");
        let (o, said) = one(name, &imported, &outcomes);
        assert_sichuan_gonglu(name, &o, &imported, &said);
        assert_eq!(o.reported_total, Some(d("96.65")), "{name}\n{said}");
        assert_eq!(o.grade.as_deref(), Some("优"), "{name}\n{said}");
    }
}

/// F1: the same workbook never self-scored (every 得分 blank): the 权重 stay points (they were
/// `%` × 8 and the 原因 the execution score), scored 96.65 by jixiao, with no grade.
#[test]
fn a_sichuan_workbook_never_self_scored_has_no_grade() {
    let name = "sichuan-gonglu-unscored.xlsx";
    let (_, imported, outcomes) = score(name, "sichuan-2023");
    let (o, said) = one(name, &imported, &outcomes);
    assert_sichuan_gonglu(name, &o, &imported, &said);
    assert_eq!(o.reported_total, None, "{said}");
    assert_eq!(o.grade, None, "{said}");
    assert!(has(&o, FindingCode::NoGrade), "{:?}", common::codes(&o));
}
