//! #15: paragraph-text findings of the s7 user test (notes s7-tester: F10, F11, F3 on Sichuan
//! forms copied out of a PDF viewer; F2, F12 on Hebei forms one cell per paragraph), each on a
//! fixture under `tests/data/import/arrived/` (sources in `tests/data/import/SOURCES.md`) with
//! its scores worked by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, indicator, score_arrived as score};
use jixiao::import::{self, InputFormat, NoteKind};
use jixiao::outcome::{FindingCode, Outcome};
use rust_decimal::Decimal;

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn codes(o: &Outcome) -> Vec<&'static str> {
    o.findings.iter().map(|f| f.code.as_str()).collect()
}

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

/// The notes of the import's forms that are guesses or unreadable.
fn doubts(imported: &import::Import) -> Vec<String> {
    imported
        .forms
        .iter()
        .flat_map(|f| &f.notes)
        .filter(|n| n.kind != NoteKind::Recognised)
        .map(ToString::to_string)
        .collect()
}

/// The Sichuan form of the s7 test as sichuan-2023 scores it, self-scored or not: 342 / 360 =
/// 95% → 9.5; 1260 / 1200 capped 20; 100 = 100 15; 90 / 95 × 10 = 9.47; ≤3000 vs 2850 10;
/// ≤1% vs 0.5 15; 96 / 90 capped 10; 88 / 90 × 10 = 9.78. 89.25 + 9.5 = 98.75.
fn assert_sichuan_zizhu(o: &Outcome, said: &str) {
    let scores = common::line_scores(o);
    assert_eq!(
        scores,
        ["20", "15", "9.47", "10", "15", "10", "9.78"],
        "{said}"
    );
    let points: Vec<Option<Decimal>> = o.indicators.iter().map(|i| i.points).collect();
    let expected = ["20", "15", "10", "10", "15", "10", "10"].map(|p| Some(dec(p)));
    assert_eq!(points, expected, "{said}");
    assert_eq!(o.execution.score, dec("9.5"), "{said}");
    assert_eq!(o.total, Some(dec("98.75")), "{said}");
    // The cut 400 → 360 is explained in the 原因 cell, which is kept as the funds row's reason.
    assert!(
        has(o, FindingCode::BudgetAdjustmentExplained),
        "{:?}",
        codes(o)
    );
    assert!(!has(o, FindingCode::BudgetAdjusted), "{:?}", codes(o));
    assert!(!has(o, FindingCode::UnreadableValue), "{:?}", codes(o));
}

/// F10: the Sichuan form never self-scored, copied out of a PDF viewer (one cell a line; its
/// empty 得分 cells gone, so each row is one cell short). Each row was read in column order:
/// the 权重 became the 得分, the 未完成原因 a score (`得分“秋季学期部分资金发放延迟。”无法识别`),
/// rows without a reason shared the row above's points, the funds 原因 was read as the
/// execution score and lost (a false `budget-adjusted`): 29.15 / 差. The template fixes the
/// columns: after 完成值 a plain number is the 权重, text the 原因, so the rows are read by
/// what their cells hold, and the blanks can only be the 得分 — read, not guessed. The form is
/// scored by jixiao and, never self-scored, gets no grade (#15 item 4).
#[test]
fn a_pdf_copy_never_self_scored_is_read_column_by_column() {
    let name = "sichuan-pdf-zizhu-unscored.txt";
    let (format, imported, outcomes) = score(name, "sichuan-2023");
    assert_eq!(format, InputFormat::Paragraphs);
    let (o, said) = one(name, &imported, &outcomes);
    assert_sichuan_zizhu(&o, &said);
    assert_eq!(o.reported_total, None, "{said}");
    assert_eq!(o.grade, None, "{said}");
    let no_grade = o.findings.iter().find(|f| f.code == FindingCode::NoGrade);
    assert_eq!(
        no_grade.and_then(|f| f.message.id()),
        Some("finding-no-grade-no-self-scores"),
        "{:?}",
        codes(&o)
    );
    assert!(!has(&o, FindingCode::ImportGuessed), "{:?}", codes(&o));
    assert_eq!(doubts(&imported), Vec::<String>::new(), "{said}");
}

/// F3: the same form self-scored. The template's funds 其中 rows (`400.00 360.00 342.00
/// 95.00% / /`, their 原因 cell merged into the 总额 row's) and its `其他资金 / /` lost only
/// empty cells that can hold no number: read, not guessed — no `import-guessed` (it was on every
/// Sichuan PDF copy). 98.75 / 优.
#[test]
fn the_sichuan_template_s_own_funds_rows_are_no_guess() {
    let name = "sichuan-pdf-zizhu.txt";
    let (_, imported, outcomes) = score(name, "sichuan-2023");
    let (o, said) = one(name, &imported, &outcomes);
    assert_sichuan_zizhu(&o, &said);
    assert_eq!(o.reported_total, Some(dec("98.75")), "{said}");
    assert_eq!(o.grade.as_deref(), Some("优"), "{said}");
    assert!(!has(&o, FindingCode::ImportGuessed), "{:?}", codes(&o));
    assert_eq!(doubts(&imported), Vec::<String>::new(), "{said}");
}

/// F11: at the PDF's page break, the page header printed again (`报表编号:510000_0013zp`
/// after `第 1 页,共 2 页`) and the rest of a 未完成原因 the break cut (`秋季学期部分资金` /
/// `第 1 页,共 2 页` / `发放延迟。`) were each read as a 0-point indicator under 时效指标
/// (`missing-actual`, `missing-reported`), and the reason was cut short. The header is page
/// text, left out like the marker; the cut cell is joined back; each said. 98.75 / 优.
#[test]
fn page_text_at_a_page_break_is_no_indicator() {
    for name in [
        "sichuan-pdf-zizhu-pagehdr.txt",
        "sichuan-pdf-zizhu-reasoncut.txt",
    ] {
        let (_, imported, outcomes) = score(name, "sichuan-2023");
        let (o, said) = one(name, &imported, &outcomes);
        assert_sichuan_zizhu(&o, &said);
        assert_eq!(o.grade.as_deref(), Some("优"), "{name}\n{said}");
        assert_eq!(o.indicators.len(), 7, "{name}\n{said}");
        assert!(
            !has(&o, FindingCode::MissingActual) && !has(&o, FindingCode::MissingReported),
            "{name}: {:?}",
            codes(&o)
        );
        let form = imported.forms.first().unwrap();
        assert!(
            form.toml
                .contains("deviation = \"秋季学期部分资金发放延迟。\""),
            "{name}\n{}",
            form.toml
        );
        assert!(!form.toml.contains("level3 = \"报表编号"), "{name}");
        assert_eq!(doubts(&imported), Vec::<String>::new(), "{name}\n{said}");
    }
    let said = |name: &str| common::import_summary(&score(name, "sichuan-2023").1);
    assert!(said("sichuan-pdf-zizhu-pagehdr.txt").contains(
        "the page header \"报表编号:510000_0013zp\" printed again after a page break left out"
    ));
    assert!(said("sichuan-pdf-zizhu-reasoncut.txt").contains(
        "a cell cut by a page break, \"秋季学期部分资金\" and \"发放延迟。\", read as one cell"
    ));
}

/// The Hebei form of the s7 test (附件1, one cell per paragraph, never self-scored) as
/// central-2016 scores it: 430 / 500 = 86% → 9 (whole points); 0.92 / 1万亩 × 20 = 18.4; 100%
/// 10; 2020年12月底前 vs 2021年3月, late, 0; ≤1500元 vs 1450元 10; 55 / 50公斤 capped 10;
/// 1850 / 2000户 × 10 = 9.25; 生态 not applicable; ≥15年 vs 15年 10; 93% ≥ 90% 10. 77.65 + 9 =
/// 86.65 (central-2016 gives no grades).
fn assert_hebei_nongtian(name: &str) -> (import::Import, Outcome) {
    let (format, imported, outcomes) = score(name, "central-2016");
    assert_eq!(format, InputFormat::Paragraphs, "{name}");
    let (o, said) = one(name, &imported, &outcomes);
    let scores = common::line_scores(&o);
    assert_eq!(
        scores,
        ["18.4", "10", "0", "10", "10", "9.25", "0", "10", "10"],
        "{name}\n{said}"
    );
    let first = indicator(&o, "指标1：新建高标准农田面积");
    assert_eq!(first.points, Some(dec("20")), "{name}\n{said}");
    assert_eq!(o.execution.score, dec("9"), "{name}\n{said}");
    assert_eq!(o.total, Some(dec("86.65")), "{name}\n{said}");
    assert!(
        !has(&o, FindingCode::ImportGuessed),
        "{name}: {:?}",
        codes(&o)
    );
    assert_eq!(doubts(&imported), Vec::<String>::new(), "{name}\n{said}");
    (imported, o)
}

/// F2: a 偏差原因 written in several paragraphs (`受疫情影响，部分物资采购延迟，` /
/// `其中3个村因土地流转纠纷推迟至2021年3月开工，…`; or four ending in `。`, `：`) — the
/// paragraphs after the first, holding no value or number and cut by the next 二级指标, were
/// read as an indicator of their own sharing the row's 20 points: 新建高标准农田面积 9.2 of 10,
/// the phantom 0 of 10, 77.45. They are the rest of the row's 偏差原因.
#[test]
fn a_deviation_in_several_paragraphs_is_one_deviation() {
    for (name, reason) in [
        (
            "hebei-para-nongtian.txt",
            "受疫情影响，部分物资采购延迟，其中3个村因土地流转纠纷推迟至2021年3月开工，已督促施工方加快进度。",
        ),
        (
            "hebei-para-nongtian-reason4.txt",
            "受疫情影响，部分物资采购延迟。改进措施：加强调度。",
        ),
    ] {
        let (imported, o) = assert_hebei_nongtian(name);
        assert_eq!(o.indicators.len(), 9, "{name}");
        let form = imported.forms.first().unwrap();
        assert!(
            form.toml.contains(&format!("deviation = \"{reason}\"")),
            "{name}\n{}",
            form.toml
        );
    }
}

/// F12: every blank cell written `/`, as many departments do — also the corner cell of the
/// funds header, left of 年初预算数. The header was cut there (`项目资金表头有 1 个单元格`), the
/// funds block unread (17 unknown funds rows, execution 0): 77.65. `/` in a cell the template
/// leaves blank is blank: 86.65, and the funds rows of `/` are no guess.
#[test]
fn a_slash_in_the_funds_header_s_corner_is_blank() {
    let (imported, o) = assert_hebei_nongtian("hebei-para-nongtian-slash.txt");
    assert_eq!(o.execution.rate, Some(dec("86")), "{:?}", o.execution);
    let form = imported.forms.first().unwrap();
    assert_eq!(form.toml.matches("[[funds]]").count(), 4, "{}", form.toml);
}
