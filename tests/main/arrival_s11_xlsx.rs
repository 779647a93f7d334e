//! Workbooks found by the s11 user tester (notes s11-tester: F3 得分 cells that are formulas
//! shown with `0.00` / `0`, F8 a hidden row), on fixtures under `tests/data/import/s11/`
//! (sources in `tests/data/import/SOURCES.md`), .xlsx as the tester made them and .xls written
//! from them by `make_xls_s11.py`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, d};
use jixiao::outcome::{FindingCode, Outcome};

/// The one form of a fixture, scored under anhui-2023 as `score FILE` does, and the import's
/// report.
fn one(path: &str) -> (Outcome, String) {
    let full = common::root().join("tests/data/import/s11").join(path);
    let bytes = std::fs::read(full).unwrap();
    let (_, imported, outcomes) = common::score_bytes(path, &bytes, "anhui-2023");
    let said = common::import_summary(&imported);
    let [o] = <[_; 1]>::try_from(outcomes)
        .unwrap_or_else(|o| panic!("{path}: one form expected, {} read\n{said}", o.len()));
    (o, said)
}

fn has(o: &Outcome, code: FindingCode) -> bool {
    o.findings.iter().any(|f| f.code == code)
}

/// F3: H11 `=F11/12*G11` stores 18.333333333333332 and shows 18.33 (`0.00`), H14
/// `=E14/F14*G14` stores 9.638554216867469 and shows 9.64, the execution 得分 I6 `=G6*H6`
/// stores 9.5 and shows 10 (`0`), the total H18 `=SUM(H11:H17)+I6` stores 97.47188755020079
/// and shows 97.47. Read as shown: no score-mismatch on those lines; computed 10 (95% of 10,
/// half-up) + 18.33 + 10 + 10 + 9.64 + 20 + 10 + 10 = 97.97. The shown lines add up to 97.97,
/// the shown total is 97.47: Excel added the stored 9.5, not the 10 it shows — a difference
/// showing rounded explains (0.5 ≤ 0.003333 + 0.001446 + 0.5 + 0.001888), so no
/// `total-not-sum`; the total still differs from the computed one (total-mismatch, true).
#[test]
fn formula_scores_are_read_as_their_format_shows_them() {
    for name in ["j1-formula-cached.xlsx", "j1-formula-cached.xls"] {
        let (o, said) = one(name);
        assert_eq!(o.total, Some(d("97.97")), "{name}\n{said}");
        assert_eq!(o.reported_total, Some(d("97.47")), "{name}\n{said}");
        assert_eq!(o.execution.reported_score, Some(d("10")), "{name}\n{said}");
        let reported: Vec<_> = o.indicators.iter().map(|i| i.reported_score).collect();
        assert_eq!(reported[0], Some(d("18.33")), "{name}");
        assert_eq!(reported[3], Some(d("9.64")), "{name}");
        for code in [
            FindingCode::ScoreMismatch,
            FindingCode::TotalNotSum,
            FindingCode::ImportGuessed,
        ] {
            assert!(
                !has(&o, code),
                "{name}: {code:?} in {:?}",
                common::codes(&o)
            );
        }
        assert!(has(&o, FindingCode::TotalMismatch), "{name}");
        for cell in [
            "the cell shows 18.33 (number format `0.00`) and stores 18.333333333333332: read as shown",
            "the cell shows 10 (number format `0`) and stores 9.5: read as shown",
            "the cell shows 97.47 (number format `0.00`) and stores 97.47188755020079",
        ] {
            assert!(said.contains(cell), "{name}: {cell}\n{said}");
        }
        // The rate H6 `=F6/E6` under `0.00%` shows what it stores (95.00%): no note.
        assert_eq!(said.matches("the cell shows").count(), 4, "{name}\n{said}");
    }
}

/// F3: the same workbook with the four cells' formats taken off (General): each is read as
/// stored, cut to 6 decimals with a note (a guess), and the cut alone — 97.471888 against
/// 18.333333 + 10 + 10 + 9.638554 + 20 + 10 + 10 + 9.5 = 97.471887 — is no `total-not-sum`.
#[test]
fn the_six_decimal_cut_alone_makes_no_total_not_sum() {
    let (o, said) = one("j2-formula-general.xlsx");
    assert_eq!(o.reported_total, Some(d("97.471888")), "{said}");
    assert!(
        !has(&o, FindingCode::TotalNotSum),
        "{:?}",
        common::codes(&o)
    );
    assert!(has(&o, FindingCode::ImportGuessed), "{said}");
    assert_eq!(
        said.matches("has more than 6 decimal places").count(),
        3,
        "{said}"
    );
}

/// F3: a total typed over the formula (99.47, the lines showing 97.97): a difference showing
/// rounded cannot explain (1.5 > 0.506667) is still the error it was.
#[test]
fn a_total_typed_over_the_sum_is_still_not_the_sum() {
    let (o, said) = one("j3-total-typed-over.xlsx");
    assert_eq!(o.reported_total, Some(d("99.47")), "{said}");
    assert!(has(&o, FindingCode::TotalNotSum), "{:?}", common::codes(&o));
}

/// F8: row 14 (`指标2:去年的培训班次（已取消）  ≥10期  0期  10  0`) is hidden: the form on screen
/// adds up to 100 points. Left out and said with the row and its first text; the points add
/// up (no total-points-not-sum, no points-total-mismatch, no weights-adjusted), and the score
/// is the visible form's: 9 + 18 + 8.33 + 12 + … = 88.33 / 良 as the tester worked it.
#[test]
fn a_hidden_row_is_left_out_and_said() {
    for name in ["k1-hidden-row.xlsx", "k1-hidden-row.xls"] {
        let (o, said) = one(name);
        assert_eq!(o.total, Some(d("88.33")), "{name}\n{said}");
        assert_eq!(o.grade.as_deref(), Some("良"), "{name}");
        assert_eq!(o.total_points, d("100"), "{name}\n{said}");
        assert!(
            !o.indicators.iter().any(|i| i.level3.contains("已取消")),
            "{name}"
        );
        for code in [
            FindingCode::TotalPointsNotSum,
            FindingCode::PointsTotalMismatch,
            FindingCode::WeightsAdjusted,
        ] {
            assert!(
                !has(&o, code),
                "{name}: {code:?} in {:?}",
                common::codes(&o)
            );
        }
        assert!(
            said.contains(
                "row 14 of 表1 is hidden (指标2:去年的培训班次（已取消）): the form is read as it shows on screen, the row not imported"
            ),
            "{name}\n{said}"
        );
    }
}

/// F8 and F3 through the binary, in Chinese: the hidden row's note as the tester asked for
/// it; the formula workbook no longer exits 1 (it had an error-level `total-not-sum`).
#[test]
fn the_binary_says_it_in_chinese() {
    crate::test::Test::new()
        .args([
            "--lang",
            "zh",
            "score",
            "tests/data/import/s11/k1-hidden-row.xlsx",
            "--rules",
            "rules/anhui-2023",
        ])
        .expect_stderr_contains(
            "表1 第 14 行是隐藏行（指标2:去年的培训班次（已取消）），按屏幕上看到的表读取，未导入",
        )
        .run();
    crate::test::Test::new()
        .args([
            "--lang",
            "zh",
            "score",
            "tests/data/import/s11/j1-formula-cached.xlsx",
            "--rules",
            "rules/anhui-2023",
        ])
        .expect_stderr_contains(
            "这一格显示为 18.33（数字格式 `0.00`），保存的数是 18.333333333333332：按显示的 18.33 读取（表1!H11）",
        )
        .expect_stdout_contains("警告[total-mismatch] 自评总分 97.47 与计算总分 97.97 不一致")
        .run();
}
