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

/// F2: the Hunan 绩效目标自评表 copied out of a PDF viewer (one cell a line) or flattened onto
/// one line: the template's `县级安排资金` row (retyped `本级安排资金`) is a funds row with its four
/// figures. The grid's column reading knew the label (s7 F4), the cell-stream readers did not:
/// the label was a row of one cell and its figures four junk funds rows named `80`, `80`, `76`,
/// `95%`, each a guess (`import-guessed` on a form with no numbers) and an unknown funds row.
/// Judged as by hand: 达成, 未达成 (93% < 95%), 未达成 (2023年12月 after 11月底前), 达成, 不适用,
/// 达成, 达成, 达成; 285 / 300 = 95%.
#[test]
fn a_hunan_pdf_copy_keeps_the_county_s_own_funds_row() {
    use jixiao::outcome::Method::{Met, NotApplicable, NotMet};
    for (name, own) in [
        ("hunan-pdf-renju.txt", "县级安排资金"),
        ("hunan-pdf-renju-benji.txt", "本级安排资金"),
        ("hunan-flat-renju.txt", "县级安排资金"),
    ] {
        let funds = funds_rows(name, "hunan-2020-target");
        assert_eq!(
            funds,
            [
                ["年度资金总额", "280", "300", "285", "95%"],
                ["其中：中央、省、市补助县级资金", "200", "220", "209", "95%"],
                [own, "80", "80", "76", "95%"],
            ],
            "{name}"
        );
        let (_, imported, outcomes) = score(name, "hunan-2020-target");
        let (o, said) = one(name, &imported, &outcomes);
        let judged: Vec<_> = o.indicators.iter().map(|i| i.method).collect();
        let expected = [Met, NotMet, NotMet, Met, NotApplicable, Met, Met, Met];
        assert_eq!(judged, expected, "{name}\n{said}");
        assert_eq!(o.execution.rate, Some(d("95")), "{name}\n{said}");
        assert_eq!((o.total, o.grade.as_deref()), (None, None), "{name}");
        assert!(
            !has(&o, FindingCode::ImportGuessed),
            "{name} {:?}",
            common::codes(&o)
        );
        assert_eq!(doubts(&imported), Vec::<String>::new(), "{name}\n{said}");
    }
}

/// The funds rows of the one form of a fixture as validated: label and the written 年初预算数,
/// 全年预算数, 全年执行数 and 执行率.
fn funds_rows(name: &str, rules: &str) -> Vec<Vec<String>> {
    let bytes = std::fs::read(common::arrived(name)).unwrap();
    let forms = jixiao::pipeline::forms::cases(name, &bytes, Some(rules)).unwrap();
    let said = common::import_summary(&forms.import);
    let [case] = &forms.cases[..] else {
        panic!("{name}: one form\n{said}")
    };
    // No case-file warning either (`case::unknown-funds-row` for a row named `80` or “”).
    let unknown = case
        .diagnostics
        .iter()
        .filter(|d| format!("{:?}", d.code).contains("UnknownFundsRow"))
        .count();
    assert_eq!(unknown, 0, "{name}\n{said}");
    let case = case.value.as_ref().expect("the case file validates");
    case.funds
        .iter()
        .map(|f| {
            let cells = [&f.initial_budget, &f.full_year_budget, &f.spent, &f.rate];
            let mut row = vec![f.label.text.to_string()];
            row.extend(cells.iter().map(|(c, _)| c.text.to_string()));
            row
        })
        .collect()
}

/// F11: the Hebei form copied out of Word one cell a paragraph, its table's tenth column left
/// empty by the funds header and rows — an empty paragraph after each. Each was read as a funds
/// row named “” (5 guesses, `import-guessed`: "numbers may be off"). An empty cell is no row.
/// Under central-2016: 171 / 180 = 95% → 10; 18 + 10 + 10 + 10 + n/a + 15 + 9 + 10 = 82; 92.
#[test]
fn empty_cells_after_paragraph_funds_rows_are_no_rows() {
    let name = "hebei-para-gongshui.txt";
    let labels: Vec<String> = funds_rows(name, "central-2016")
        .into_iter()
        .map(|r| r.into_iter().next().unwrap())
        .collect();
    assert_eq!(
        labels,
        [
            "年度资金总额",
            "其中：当年财政拨款",
            "上年结转资金",
            "其他资金"
        ]
    );
    let (format, imported, outcomes) = score(name, "central-2016");
    assert_eq!(format, InputFormat::Paragraphs);
    let (o, said) = one(name, &imported, &outcomes);
    assert_eq!(o.execution.score, d("10"), "{said}");
    assert_eq!(o.total, Some(d("92")), "{said}");
    assert!(
        !has(&o, FindingCode::ImportGuessed),
        "{:?}",
        common::codes(&o)
    );
    assert_eq!(doubts(&imported), Vec::<String>::new(), "{said}");
}

/// F8: amounts written with thousands separators (`1,280.00 1,500.00 1,320.00`) in a form
/// flattened onto one line. The 其中 row's three amounts exactly fill the amount columns, as
/// `80 95 83.6` do, but only the unseparated ones counted as plain: the row was a guess and the
/// form told its numbers may be off. Both copies: 88% → 9; 98.3 / 优, nothing guessed.
#[test]
fn thousands_separators_in_a_one_line_form_are_no_guess() {
    let rows = funds_rows("anhui-flat-2025-comma.txt", "anhui-2023");
    let appropriation = rows.get(1).unwrap();
    assert_eq!(
        appropriation,
        &["其中:本年财政拨款", "1,280.00", "1,500.00", "1,320.00", ""]
    );
    for name in ["anhui-flat-2025-comma.txt", "anhui-flat-2025.txt"] {
        let (format, imported, outcomes) = score(name, "anhui-2023");
        assert_eq!(format, InputFormat::FlatText, "{name}");
        let (o, said) = one(name, &imported, &outcomes);
        assert_eq!(o.execution.score, d("9"), "{name}\n{said}");
        assert_eq!(o.total, Some(d("98.3")), "{name}\n{said}");
        assert_eq!(o.grade.as_deref(), Some("优"), "{name}\n{said}");
        assert!(
            !has(&o, FindingCode::ImportGuessed),
            "{name} {:?}",
            common::codes(&o)
        );
        assert_eq!(doubts(&imported), Vec::<String>::new(), "{name}\n{said}");
    }
}
