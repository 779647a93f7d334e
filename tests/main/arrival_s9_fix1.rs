//! #15: form boundaries found by the s9 user tester (notes s9-tester: F20 titles with the year
//! in full-width brackets, F27 a total row spelt with spaces), each on a fixture under
//! `tests/data/import/s9/` (sources in `tests/data/import/SOURCES.md`) with its scores worked by
//! hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, Scored, d};
use jixiao::import::InputFormat;
use jixiao::outcome::{FindingCode, Outcome};

/// A fixture of `tests/data/import/s9/`, imported as `score FILE` does and scored.
fn score(name: &str, rules: &str) -> Scored {
    let path = common::root().join("tests/data/import/s9").join(name);
    common::score_bytes(name, &std::fs::read(path).unwrap(), rules)
}

/// The forms of an import with their case files' names, and the import's report.
fn forms(name: &str, rules: &str) -> (InputFormat, Vec<(String, Outcome)>, String) {
    let (format, imported, outcomes) = score(name, rules);
    let said = common::import_summary(&imported);
    let names = imported.forms.iter().map(|f| f.file_name.clone());
    (format, names.zip(outcomes).collect(), said)
}

/// The one form of an import: its case file's name, its outcome and the import's report.
fn one(name: &str, rules: &str) -> (String, Outcome, String) {
    let (_, forms, said) = forms(name, rules);
    let [(file, o)] = <[_; 1]>::try_from(forms)
        .unwrap_or_else(|f| panic!("{name}: one form expected, {} read\n{said}", f.len()));
    (file, o, said)
}

/// make_habits.py's form under anhui-2023: 108 / 120 = 90% → 9; 13.5 + 15 + 10 + 9.09 + n/a +
/// 15 + 15 + 9.78 = 87.37; 96.37 / 优, its 总分 row read (自评 96.37).
fn assert_habits_form(name: &str, o: &Outcome, said: &str) {
    assert_eq!(o.execution.rate, Some(d("90")), "{name}\n{said}");
    assert_eq!(o.total, Some(d("96.37")), "{name}\n{said}");
    assert_eq!(o.reported_total, Some(d("96.37")), "{name}\n{said}");
    assert_eq!(o.grade.as_deref(), Some("优"), "{name}\n{said}");
    let codes = common::codes(o);
    for code in [FindingCode::TotalNotSum, FindingCode::ImportGuessed] {
        assert!(
            !o.findings.iter().any(|f| f.code == code),
            "{name} {codes:?}"
        );
    }
}

/// F20: a title cell with the year in full-width brackets (`项目支出绩效自评表（2024年度）`, as a
/// Chinese keyboard types them), after Alt+Enter or a space in the cell, as `（2024年）`, in
/// `【】`, or spread with spaces, is the form's title and gives its year. Each was refused
/// (`no-forms`): the title test knew the half-width brackets only.
#[test]
fn a_title_with_its_year_in_full_width_brackets_starts_its_form() {
    for name in [
        "title-fw.xlsx",
        "title-newline.xlsx",
        "title-space.xlsx",
        "title-nian.xlsx",
        "title-square.xlsx",
        "title-spaced.xlsx",
    ] {
        let (file, o, said) = one(name, "anhui-2023");
        assert!(file.starts_with("2024-01-"), "{name}: {file}\n{said}");
        assert_habits_form(name, &o, &said);
    }
}

/// F20 in text: the Hebei PDF copy with title and year on one line (central-2016: 171 / 180 =
/// 95% → 10; 94), the Anhui one-line form (anhui-2023: 83.6 / 95 = 88% → 9; 98.3 / 优; it was
/// read as glued text with no separators), the Sichuan PDF copy (sichuan-2023: 96.65 / 优) and
/// the Hunan 绩效目标自评表 (no points; 304 / 320 = 95%, 2023). Each was `no-forms` but the
/// one-line form.
#[test]
fn text_copies_with_the_year_in_full_width_brackets_are_read() {
    for (name, rules, year, total, rate) in [
        ("title-fw.txt", "central-2016", "2022", Some("94"), "95"),
        (
            "title-fw-flat.txt",
            "anhui-2023",
            "2024",
            Some("98.3"),
            "88",
        ),
        (
            "title-fw-sichuan.txt",
            "sichuan-2023",
            "2024",
            Some("96.65"),
            "95",
        ),
        (
            "title-fw-hunan.txt",
            "hunan-2020-target",
            "2023",
            None,
            "95",
        ),
    ] {
        let (file, o, said) = one(name, rules);
        assert!(
            file.starts_with(&format!("{year}-01-")),
            "{name}: {file}\n{said}"
        );
        assert_eq!(o.total, total.map(d), "{name}\n{said}");
        assert_eq!(o.execution.rate, Some(d(rate)), "{name}\n{said}");
    }
    let (_, o, said) = one("title-fw-flat.txt", "anhui-2023");
    assert_eq!(o.grade.as_deref(), Some("优"), "{said}");
    assert!(!said.contains("无法拆分"), "{said}");
}

/// F20 on a page of two forms, the first titled `(2024年度)`, the second `（2024年度）`: two
/// forms, 96.37 and 98.3. The second title was no title, so its rows ran on in the first form —
/// one form under the second's name, scored with the first's figures.
#[test]
fn a_page_s_second_form_titled_in_full_width_brackets_is_a_form_of_its_own() {
    let (format, forms, said) = forms("title-fw-two.html", "anhui-2023");
    assert_eq!(format, InputFormat::Html);
    let read: Vec<_> = forms
        .iter()
        .map(|(_, o)| (&*o.project, o.total, o.reported_total))
        .collect();
    assert_eq!(
        read,
        [
            ("农村公路提质改造", Some(d("96.37")), Some(d("96.37"))),
            ("乡镇污水处理设施运维", Some(d("98.3")), Some(d("98.3"))),
        ],
        "{said}"
    );
}

/// F27: the total row labelled `合  计` in a workbook and `总  分` in a PDF copy, the two
/// characters spread with spaces, is the total row. It was read as one more indicator (100
/// points, 96.37 scored): 192.74, incomplete, no grade; the Hebei copy 93.7 incomplete.
#[test]
fn a_total_row_spelt_with_spaces_is_the_total_row() {
    let (_, o, said) = one("heji-space.xlsx", "anhui-2023");
    assert_habits_form("heji-space.xlsx", &o, &said);
    assert_eq!(o.indicators.len(), 8, "{said}");
    let (_, o, said) = one("hebei-pdf-zongfen-space.txt", "central-2016");
    assert_eq!(o.total, Some(d("94")), "{said}");
    assert_eq!(o.reported_total, Some(d("94")), "{said}");
    assert!(!said.contains("incomplete"), "{said}");
}
