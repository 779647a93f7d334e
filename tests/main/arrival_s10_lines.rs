//! #15: text copies found by the s9 user tester and left open (notes s9-tester: F5 a one-line
//! form glued with no spaces, F13 a one-line 偏差原因 opening with a number, F19 the Hunan PDF
//! copy's `定性` rows, F7 a lone not-applicable row and paragraph places, F9 a page heading
//! repeated without a page marker), each on a fixture under `tests/data/import/s10/` or `s9/`
//! (sources in `tests/data/import/SOURCES.md`) with its scores worked by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, Scored, d};
use jixiao::import::InputFormat;
use jixiao::outcome::{FindingCode, Outcome};

/// A fixture of `tests/data/import/<dir>/`, imported as `score FILE` does and scored.
fn score(path: &str, rules: &str) -> Scored {
    let full = common::root().join("tests/data/import").join(path);
    common::score_bytes(path, &std::fs::read(full).unwrap(), rules)
}

/// The one form of an import: how it was read, its case file's name, its outcome and the
/// import's report.
fn one(path: &str, rules: &str) -> (InputFormat, String, Outcome, String) {
    let (format, imported, outcomes) = score(path, rules);
    let said = common::import_summary(&imported);
    let names: Vec<String> = imported.forms.iter().map(|f| f.file_name.clone()).collect();
    let [o] = <[_; 1]>::try_from(outcomes)
        .unwrap_or_else(|o| panic!("{path}: one form expected, {} read\n{said}", o.len()));
    (format, names.concat(), o, said)
}

/// F5: the Anhui one-line form copied with no spaces at all (`…年度资金总额:809583.61088%9…
/// 运维站点数量≥12座12座1515…总分10098.30`) was not scored (year `unknown`, funds
/// `809583.61088%9`). Segmented by what the template fixes, it scores as its spaced copy:
/// 83.6 / 95 = 88% → 9; 15 + 10 + 10 + 14.52 + n/a + 15 + 15 + 9.78 → 98.3 / 优; with page
/// junk around it the same. A first row written `≥12座121515` (12 | 15 | 15 or 121 | 51 | 5) is
/// decided by the points adding up to the 总分 row's 100.
#[test]
fn a_one_line_form_glued_with_no_spaces_is_scored_as_its_spaced_copy() {
    for path in [
        "s10/anhui-glued-2024.txt",
        "s10/anhui-glued-2024-junk.txt",
        "s10/anhui-glued-2024-sum.txt",
    ] {
        let (format, file, o, said) = one(path, "anhui-2023");
        assert_eq!(format, InputFormat::GluedText, "{path}");
        assert!(file.starts_with("2024-01-"), "{path}: {file}\n{said}");
        assert_eq!(o.execution.rate, Some(d("88")), "{path}\n{said}");
        assert_eq!(o.execution.score, d("9"), "{path}\n{said}");
        assert_eq!(o.total, Some(d("98.3")), "{path}\n{said}");
        assert_eq!(o.reported_total, Some(d("98.30")), "{path}\n{said}");
        assert_eq!(o.grade.as_deref(), Some("优"), "{path}\n{said}");
        let codes = common::codes(&o);
        for code in [
            FindingCode::IncompleteForm,
            FindingCode::TotalMismatch,
            FindingCode::ScoreMismatch,
        ] {
            assert!(
                !o.findings.iter().any(|f| f.code == code),
                "{path} {codes:?}"
            );
        }
        // Every split is said, and the form is told its numbers rest on them.
        assert!(said.contains("809583.61088%9"), "{said}");
        assert!(
            o.findings
                .iter()
                .any(|f| f.code == FindingCode::ImportGuessed),
            "{path} {codes:?}"
        );
    }
}

/// F5: where nothing decides a glued run of digits (`≥12座121515` and no 总分 row), the form is
/// cut there and said, not scored on a guess: a partial total and no grade.
#[test]
fn a_glued_row_that_reads_two_ways_is_not_guessed() {
    let path = "s10/anhui-glued-2024-undecided.txt";
    let (_, _, o, said) = one(path, "anhui-2023");
    assert!(said.contains("12 | 15 | 15；121 | 51 | 5"), "{said}");
    assert_eq!(o.grade, None, "{said}");
    assert!(
        o.findings
            .iter()
            .any(|f| f.code == FindingCode::IncompleteForm),
        "{:?}",
        common::codes(&o)
    );
}

/// F13: a one-line form's 偏差原因 that opens with a count and holds a space (`运维站点数量 ≥12座
/// 11座 15 13.75 1座站点 因设备更换停运2个月 质量指标 …`) was read as a phantom indicator
/// `1座站点` sharing the row's points (6.875 each; 97.06 with a score-mismatch). The row lost
/// points, so the template asks for a reason, and `因设备更换停运2个月` is a clause, not a value:
/// one 偏差原因. 11 / 12 × 15 = 13.75; 9 + 13.75 + 10 + 10 + 14.52 + 15 + 15 + 9.78 = 97.05 / 优.
#[test]
fn a_reason_opening_with_a_count_is_no_phantom_indicator() {
    let (_, _, o, said) = one("s10/anhui-flat-2024-reasonnum.txt", "anhui-2023");
    assert_eq!(o.total, Some(d("97.05")), "{said}");
    assert_eq!(o.grade.as_deref(), Some("优"), "{said}");
    assert_eq!(o.indicators.len(), 8, "{said}");
    assert!(
        !o.indicators.iter().any(|i| i.level3.contains("1座站点")),
        "{said}"
    );
    let first = &o.indicators[0];
    assert_eq!((first.points, first.score), (Some(d("15")), d("13.75")));
    assert!(
        !o.findings
            .iter()
            .any(|f| f.code == FindingCode::ScoreMismatch),
        "{:?}",
        common::codes(&o)
    );
}
