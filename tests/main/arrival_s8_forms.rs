//! #15 reading leftovers of session 7 (notes s7.md, "Not done"): one-line Anhui forms with a
//! 偏差原因 broken by spaces in the middle of the table (tester s7 F9) and a level 2 written
//! `无 / / / /`, on fixtures under `tests/data/import/arrived/` (sources in
//! `tests/data/import/SOURCES.md`) with their scores worked by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::arrival_s7_oneline::{assert_right, one};
use crate::common::{self, arrived, indicator, score_arrived as score};
use jixiao::outcome::FindingCode;

/// The one-line water-bureau form with `部分坝段护坡尚在观测期` and the last reason as written.
fn base() -> String {
    std::fs::read_to_string(arrived("anhui-flat-shuiku.txt")).unwrap()
}

/// F9: a 偏差原因 broken by a space in the middle of the table (`… 15 11 部分坝段护坡 尚在观测期
/// 可持续影响指标 …`) made a row `部分坝段护坡` sharing 下游群众防洪安全's points: 11 → 5.5 and
/// `unknown-band`, 90.18 with `import-guessed`. The row above lost points (11 of 15), so the
/// template asks it for a reason, and the two cells hold no value a row could be scored by:
/// one 偏差原因, 95.68 / 优 as hand-worked in `assert_right`. Broken before 总分 (`-last`), too.
#[test]
fn a_reason_broken_by_a_space_mid_table_is_one_reason() {
    for name in [
        "anhui-flat-shuiku-devspace-mid.txt",
        "anhui-flat-shuiku-devspace-last.txt",
    ] {
        let (o, said) = one(score(name, "anhui-2023"), name);
        assert_right(&o, &said, name);
        assert_eq!(o.indicators.len(), 8, "{name}\n{said}");
    }
    let name = "anhui-flat-shuiku-devspace-mid.txt";
    let (_, said) = one(score(name, "anhui-2023"), name);
    assert!(
        said.contains(
            "2 cells \"部分坝段护坡 尚在观测期\" after the score of \"下游群众防洪安全\""
        ),
        "{said}"
    );
}

/// F9 generalised: the reason broken in two or three pieces after any row, mid-table — after a
/// row that lost points, or after a full-points row when the pieces are worded as a reason (a
/// 三级指标 name never is: `个别`, `原因`, `延迟` …). A row that shares the points above and
/// has a target and an actual of its own (`显著提升` / `明显提升`) stays that row.
#[test]
fn broken_reasons_anywhere_mid_table_are_one_reason() {
    let base = base();
    let lost = "显著提升 基本达成 15 11 部分坝段护坡尚在观测期";
    let full = "≥95% 100% 10 10";
    assert!(base.contains(lost) && base.contains(full));
    for written in [
        base.replace(lost, "显著提升 基本达成 15 11 部分坝段 护坡尚在 观测期"),
        base.replace(full, "≥95% 100% 10 10 个别批次 首检未过复验合格"),
        base.replace(full, "≥95% 100% 10 10 个别批次首检 因雨 延迟"),
    ] {
        let scored = common::score_bytes("broken.txt", written.as_bytes(), "anhui-2023");
        let (o, said) = one(scored, &written);
        assert_right(&o, &said, "broken.txt");
        assert_eq!(o.indicators.len(), 8, "{said}");
    }
    // A row of its own sharing the points of a full-points row: no reason words, nothing lost.
    let shared = base.replace(full, "≥95% 100% 10 10 群众知晓 显著提升 明显提升");
    let scored = common::score_bytes("shared.txt", shared.as_bytes(), "anhui-2023");
    let (o, said) = one(scored, "shared.txt");
    assert_eq!(o.indicators.len(), 9, "{said}");
    let _ = indicator(&o, "群众知晓");
}

/// `经济效益指标 无 / / / /`: a level 2 with no indicator, written 无 where the 三级指标 stands,
/// became an indicator `无` with `missing-actual` and `missing-reported` (two warnings on a
/// right total). Skipped with a note naming the level 2, as `经济效益指标 / / / / /` is; the
/// same written in a tab copy of the template (aligned reader) and with `不适用` and 0 points.
#[test]
fn a_level2_written_none_is_no_indicator() {
    let name = "anhui-flat-shuiku-wu.txt";
    let (o, said) = one(score(name, "anhui-2023"), name);
    assert_right(&o, &said, name);
    assert_eq!(o.indicators.len(), 7, "{said}");
    assert!(
        said.contains("the 三级指标 under \"经济效益指标\" is written \"无\""),
        "{said}"
    );
    let written = base().replace(
        "经济效益指标 带动农业增收 不适用 不适用 0 0",
        "经济效益指标 不适用 - - 0 0",
    );
    let (o, said) = one(
        common::score_bytes("na.txt", written.as_bytes(), "anhui-2023"),
        "na.txt",
    );
    assert_right(&o, &said, "na.txt");
    assert_eq!(o.indicators.len(), 7, "{said}");
    // Excel's tab copy of the template (表1, 95.8): the row inserted before 社会效益.
    let tsv = std::fs::read_to_string(arrived("excel-copy.tsv")).unwrap();
    let at = tsv.find("\t效益指标\t社会效益").unwrap();
    let line_start = tsv[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut with = tsv.clone();
    with.insert_str(line_start, "\t\t经济效益指标\t无\t/\t/\t/\t/\t\t\r\n");
    let (o, said) = one(
        common::score_bytes("wu.tsv", with.as_bytes(), "anhui-2023"),
        "wu.tsv",
    );
    assert_eq!(o.total, Some(common::d("95.8")), "{said}");
    assert!(!o.indicators.iter().any(|i| &*i.level3 == "无"), "{said}");
    for code in [FindingCode::MissingActual, FindingCode::MissingReported] {
        assert!(!o.findings.iter().any(|f| f.code == code), "{said}");
    }
}

/// Sichuan PDF copies (one cell a line, empty cells gone), hand-worked under sichuan-2023 as
/// their source `sichuan-pdf-zizhu.txt`: 342 / 360 = 95% → 9.5; 20 + 15 + 9.47 + 10 + 15 + 10 +
/// 9.78 = 89.25; 98.75 — a 三级指标 cut by a page break (`资金发放` / `第 1 页,共 2 页` / `及时率`:
/// was an indicator `资金发放` with `missing-actual`, `missing-reported` and a row `及时率`), a
/// 未完成原因 wrapped over three lines with no `，` to end them (was an indicator `延迟，已于11月`
/// with the same two warnings), and that wrap in the form never self-scored (its first line
/// stood under 得分: `not-a-number`, and the form got a grade 优).
#[test]
fn sichuan_pdf_copies_join_a_cut_name_and_a_wrapped_reason() {
    let names = [
        "资助学生人数",
        "资助资金发放准确率",
        "资金发放及时率",
        "生均资助标准",
        "家庭经济困难学生辍学率",
        "资助政策知晓率",
        "受助学生满意度",
    ];
    for (name, graded) in [
        ("sichuan-pdf-zizhu-namecut.txt", true),
        ("sichuan-pdf-zizhu-reasonlines.txt", true),
        ("sichuan-pdf-zizhu-unscored-lines.txt", false),
    ] {
        let (o, said) = one(score(name, "sichuan-2023"), name);
        assert_eq!(o.total, Some(common::d("98.75")), "{name}\n{said}");
        let read: Vec<&str> = o.indicators.iter().map(|i| &*i.level3).collect();
        assert_eq!(read, names, "{name}\n{said}");
        assert_eq!(o.grade.is_some(), graded, "{name}\n{said}");
        for code in [
            FindingCode::MissingActual,
            FindingCode::ImportGuessed,
            FindingCode::UnreadableValue,
        ] {
            assert!(!o.findings.iter().any(|f| f.code == code), "{name}\n{said}");
        }
        assert!(!said.contains("guessed"), "{name}\n{said}");
    }
    let name = "sichuan-pdf-zizhu-reasonlines.txt";
    let (_, said) = one(score(name, "sichuan-2023"), name);
    assert!(
        said.contains("秋季学期部分资金发放延迟，已于11月补发。"),
        "{said}"
    );
}

/// `|` text without padding runs (a web page's table one cell a line, `text |`) has its rows
/// rebuilt as paragraph text is; the notes of that rebuilding — the page markers left out, a
/// reason cut by the page break joined — were dropped, so the import said nothing of them
/// (s7 leftover). The same form as `sichuan-pdf-zizhu-reasoncut.txt`: 98.75.
#[test]
fn seed_text_without_padding_says_what_its_rows_rebuilding_did() {
    let name = "sichuan-lines-zizhu-reasoncut.txt";
    let (o, said) = one(score(name, "sichuan-2023"), name);
    assert_eq!(o.total, Some(common::d("98.75")), "{said}");
    for note in [
        "page marker \"第 1 页,共 2 页\" left out",
        "page marker \"第 2 页,共 2 页\" left out",
        "\"秋季学期部分资金\" and \"发放延迟。\"",
    ] {
        assert!(said.contains(note), "{note}\n{said}");
    }
}
