//! #15: table shapes found by the s9 user tester (notes s9-tester: F14 forms side by side, F22
//! a Word form nested in a layout table, F17 a `（续）` heading between Word tables, F26 an
//! HTML rowspan running into the 总分 row, F4 备注/评分标准 columns, F25 a title in the page
//! header), each on a fixture under `tests/data/import/s9/` (sources in
//! `tests/data/import/SOURCES.md`) with its scores worked by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, Scored, d};
use jixiao::import::NoteKind;
use jixiao::outcome::{FindingCode, Outcome};

/// A fixture of `tests/data/import/s9/`, imported as `score FILE` does and scored.
fn score(name: &str, rules: &str) -> Scored {
    let path = common::root().join("tests/data/import/s9").join(name);
    common::score_bytes(name, &std::fs::read(path).unwrap(), rules)
}

/// Each form's case file name, 计算总分, 自评总分 and grade, and the import's report.
fn totals(name: &str, rules: &str) -> (Vec<(String, Outcome)>, String) {
    let (_, imported, outcomes) = score(name, rules);
    let said = common::import_summary(&imported);
    let names = imported.forms.iter().map(|f| f.file_name.clone());
    (names.zip(outcomes).collect(), said)
}

fn has(o: &Outcome, code: FindingCode) -> bool {
    o.findings.iter().any(|f| f.code == code)
}

/// F14: the tester's two standard forms side by side on one sheet (A–J and L–U, printed on
/// A3). Left: make_habits.py's form, 108 / 120 = 90% → 9; 13.5 + 15 + 10 + 9.09 + n/a + 15 +
/// 15 + 9.78 = 96.37. Right: the same with 数量 `≥10公里` / `10公里` 15 of 15: 97.87. Both 优,
/// both complete, each with its own 项目名称 and its cells at the sheet's own places (the right
/// form's 得分 in column S). One form was read, without its 项目名称, with 71 guesses.
#[test]
fn two_forms_side_by_side_on_one_sheet_are_two_forms() {
    let (forms, said) = totals("sidebyside.xlsx", "anhui-2023");
    let read: Vec<_> = forms
        .iter()
        .map(|(file, o)| (file.as_str(), o.total, o.reported_total, o.grade.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            (
                "2024-01-农村公路提质改造（左）.toml",
                Some(d("96.37")),
                Some(d("96.37")),
                Some("优")
            ),
            (
                "2024-02-乡村道路安保工程（右）.toml",
                Some(d("97.87")),
                Some(d("97.87")),
                Some("优")
            ),
        ],
        "{said}"
    );
    for (_, o) in &forms {
        assert_eq!(o.execution.rate, Some(d("90")), "{said}");
        for code in [FindingCode::ImportGuessed, FindingCode::TotalNotSum] {
            assert!(!has(o, code), "{code:?}\n{said}");
        }
    }
    let right = &forms[1].1;
    let cost = common::indicator(right, "指标1:提质改造里程");
    assert_eq!(cost.score, d("15"), "{said}");
    let toml = &score("sidebyside.xlsx", "anhui-2023").1.forms[1].toml;
    assert!(toml.contains("\"自评表!S13\""), "{toml}");
    assert!(
        said.contains(
            "stands beside the one on its left on the same sheet (or table) (columns L to U)"
        ),
        "{said}"
    );
}

/// F22: the Hebei self-scored form as a Word table nested in the one cell of an outer layout
/// table, its title paragraphs inside that cell (`docx-nested.docx`) or above the outer table
/// (`-out`): read as the same table un-nested is, 171 / 180 = 95% → 10, **94** (central-2016),
/// its places counted in the inner table. Both were refused (`no-forms`): the reader did not
/// look into nested tables.
#[test]
fn a_word_form_nested_in_a_layout_table_is_read() {
    for name in ["docx-nested.docx", "docx-nested-out.docx"] {
        let (forms, said) = totals(name, "central-2016");
        let [(file, o)] = forms.as_slice() else {
            panic!("{name}: one form expected\n{said}")
        };
        assert_eq!(file, "2022-01-城乡供水一体化工程.toml", "{name}\n{said}");
        assert_eq!(o.execution.rate, Some(d("95")), "{name}\n{said}");
        assert_eq!(o.total, Some(d("94")), "{name}\n{said}");
        assert_eq!(o.reported_total, Some(d("94")), "{name}\n{said}");
        assert!(!has(o, FindingCode::ImportGuessed), "{name}\n{said}");
        let toml = &score(name, "central-2016").1.forms[0].toml;
        assert!(toml.contains("document#1!E4"), "{name}\n{toml}");
    }
}

/// F17: s8's unscored Sichuan form as a Word document split over two tables after the 质量指标
/// row, the paragraph `部门预算项目支出绩效自评表（续）` between them. The heading is page text,
/// said once; the rows after the break keep their 一级指标 (产出指标 for 时效/成本), and the form
/// scores as s8's: 95% → 9.5, **96.65**, no grade (never self-scored). The heading was the
/// 一级指标 of the two rows after it (`unknown-level1`) and a name-only row (`import::guessed`).
#[test]
fn a_continuation_heading_between_word_tables_is_page_text() {
    let (forms, said) = totals("sichuan-docx-split.docx", "sichuan-2023");
    let [(_, o)] = forms.as_slice() else {
        panic!("one form expected\n{said}")
    };
    assert_eq!(o.total, Some(d("96.65")), "{said}");
    assert_eq!(o.grade, None, "{said}");
    for code in [FindingCode::UnknownLevel1, FindingCode::ImportGuessed] {
        assert!(!has(o, code), "{code:?}\n{said}");
    }
    let level1: Vec<(&str, &str)> = o
        .indicators
        .iter()
        .map(|i| (&*i.level2, i.form_level1.as_deref().unwrap_or(&i.level1)))
        .filter(|(l2, _)| matches!(*l2, "时效指标" | "成本指标"))
        .collect();
    assert_eq!(
        level1,
        [("时效指标", "产出指标"), ("成本指标", "产出指标")],
        "{said}"
    );
    assert!(
        said.contains(
            "\"部门预算项目支出绩效自评表（续）\" is the heading of a table continued after a page break"
        ),
        "{said}"
    );
}

/// F26: a county page whose form 1 `绩效指标` cell spans one row too many (into the 总分 row)
/// and form 2's `产出指标(50分)` one too many (into the `效益指标(30分)` row). Each span ends
/// above the row it ran into, with a note: 96.37 and 98.3 / 优, each 自评总分 its own. The 总分
/// row was pushed a column right (自评总分 read as 100, an error-level `total-not-sum`) and
/// form 2's 二级 labels were read as 一级 ones (`unknown-level1`).
#[test]
fn a_rowspan_running_into_the_total_row_ends_above_it() {
    let (forms, said) = totals("gov-rowspan-off.html", "anhui-2023");
    let read: Vec<_> = forms
        .iter()
        .map(|(_, o)| (o.total, o.reported_total, o.grade.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            (Some(d("96.37")), Some(d("96.37")), Some("优")),
            (Some(d("98.3")), Some(d("98.3")), Some("优")),
        ],
        "{said}"
    );
    for (_, o) in &forms {
        for code in [
            FindingCode::TotalNotSum,
            FindingCode::UnknownLevel1,
            FindingCode::ImportGuessed,
        ] {
            assert!(!has(o, code), "{code:?}\n{said}");
        }
    }
    for (cell, row) in [("绩效指标", "总分"), ("产出指标(50分)", "效益指标(30分)")]
    {
        let note = format!(
            "the merged cell \"{cell}\" runs 1 row(s) too far (its rowspan), into the row opening \
             with \"{row}\""
        );
        assert!(said.contains(&note), "{note}\n{said}");
    }
}

/// F4: a 备注 column at the right of the funds and indicator headers (habits.xlsx sheet `备注`:
/// K5/K11 `备注`, K6 `含追加20万元`, K16 `已报财政局备案`) and a `评分标准` column between 三级指标
/// and 年度指标值 (cols.xlsx sheet `评分标准`, texts with numbers: `每少1公里扣1.5分`). Each column
/// is said once at its header with what its cells hold (the 评分标准 kept, line by line, as the
/// lines' `scoring`), and the form's numbers are not put in
/// doubt: 96.37 / 优, no `import-guessed`. Its cells were "unreadable" one by one, and the form
/// was told its numbers might be wrong.
#[test]
fn remark_columns_are_said_once_and_leave_the_numbers_alone() {
    let habits = std::fs::read(common::arrived("habits.xlsx")).unwrap();
    let (_, imported, outcomes) = common::score_bytes("habits.xlsx", &habits, "anhui-2023");
    let cols = score("cols.xlsx", "anhui-2023");
    for ((imported, outcomes), sheet, said_texts) in [
        (
            (&imported, &outcomes),
            "备注",
            vec![
                "column K (\"备注\") is a remarks column a department added, which the case file \
                 has no place for: its 1 cell(s) are not imported and take no part in the \
                 scores: \"含追加20万元\"",
                "column K (\"备注\") is a remarks column a department added, which the case file \
                 has no place for: its 1 cell(s) are not imported and take no part in the \
                 scores: \"已报财政局备案\"",
            ],
        ),
        (
            (&cols.1, &cols.2),
            "评分标准",
            vec![
                // Kept as the lines' `scoring` since s23 D2, and said so since s24.
                "column E (\"评分标准\") holds the department's own scoring rules: its 4 cells \
                 are kept as the lines' scoring rules, take no part in the scores, and are quoted \
                 where a line's self-score differs from the computed one",
            ],
        ),
    ] {
        let at = imported
            .forms
            .iter()
            .position(|f| f.file_name.contains(&format!("（{sheet}）")))
            .unwrap();
        let (form, o) = (&imported.forms[at], &outcomes[at]);
        let notes: Vec<String> = form.notes.iter().map(ToString::to_string).collect();
        assert_eq!(o.total, Some(d("96.37")), "{sheet} {notes:#?}");
        assert_eq!(o.grade.as_deref(), Some("优"), "{sheet} {notes:#?}");
        assert!(!has(o, FindingCode::ImportGuessed), "{sheet} {notes:#?}");
        let unreadable = form.notes.iter().filter(|n| n.kind != NoteKind::Recognised);
        assert_eq!(unreadable.count(), 0, "{sheet} {notes:#?}");
        for text in said_texts {
            assert!(notes.iter().any(|n| n.contains(text)), "{text}\n{notes:#?}");
        }
    }
}

/// F25 (rest): a sheet with no title cell, named `Sheet1`, whose printed page header holds
/// `附件1` left, the title `项目支出绩效自评表（2023年度）` in the centre (in a font of its own)
/// and the page number right: the form takes its title and year from the header's centre,
/// with a note: 2023, 96.37 / 优. The header was not read: the form took the template's title
/// and no year (`unknown-…`).
#[test]
fn a_sheet_without_a_title_cell_takes_its_title_from_the_page_header() {
    let (forms, said) = totals("header-title.xlsx", "anhui-2023");
    let [(file, o)] = forms.as_slice() else {
        panic!("one form expected\n{said}")
    };
    assert!(file.starts_with("2023-01-"), "{file}\n{said}");
    assert_eq!(o.total, Some(d("96.37")), "{said}");
    assert_eq!(o.grade.as_deref(), Some("优"), "{said}");
    assert!(
        said.contains(
            "titled by the sheet's printed page header \"项目支出绩效自评表（2023年度）\""
        ),
        "{said}"
    );
}
