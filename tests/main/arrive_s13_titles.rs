//! Forms as they arrive, from the s13 user test (notes s13-tester, engineer `pdftitle`): a
//! title broken over lines in a PDF copy or paragraph text (T2, T6) and a glued 绩效目标自评表
//! holding two forms (T3). The inputs are the tester's, copied unchanged to
//! `tests/data/import/s13/` (see `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, json_codes as codes, json_errors as errors};
use jixiao::import;

const DATA: &str = "tests/data/import/s13";

/// The forms of `file` as `jixiao import` writes them, with the rule set named.
fn imported(file: &str, rules: &str) -> import::Import {
    let bytes = std::fs::read(format!("{DATA}/{file}")).unwrap();
    import::import(file, &bytes, Some(rules)).unwrap().1
}

/// T2, T6: a title broken after its bracket (`项目支出绩效自评表（` / `2018 年度 ）`), inside its
/// year (`（2021` / `年度）`) or before 年度 is one title, its year read. Before: the PDF copy
/// lost its first page (a nameless form from the page-2 title, scored 0 with two errors, or
/// 没有找到自评表), the paragraph text said the title cells unreadable, raised 数字可能有误 and
/// (l1d) lost the year. By hand: l2 under central-2016 246 / 300 = 82% → 8, 产出 20 + 10 + 0
/// (`2018年8月底前` / `2018年9月`, late) + 10, 效益 20 + 10, 满意度 10 → 88 against the form's 96;
/// l1 under central-2020 509.6 / 560 = 91% → 9, 15 + 13.5 + 10 + 5 + 5, 30, 10 → 97.5.
#[test]
fn a_title_broken_over_lines_is_read_with_its_year() {
    for (file, rules, total, year) in [
        ("l2-pdf-xiaoshe-2018.txt", "central-2016", "88", "2018"),
        (
            "l2c-pdf-title-split-norepeat.txt",
            "central-2016",
            "88",
            "2018",
        ),
        (
            "l1b-para-title-openparen.txt",
            "central-2020",
            "97.5",
            "2021",
        ),
        (
            "l1d-para-title-yearsplit.txt",
            "central-2020",
            "97.5",
            "2021",
        ),
    ] {
        let (json, stderr) = common::score_json(&format!("{DATA}/{file}"), rules, false);
        let cases = json["cases"].as_array().unwrap();
        assert_eq!(cases.len(), 1, "{file}: {stderr}");
        let case = &cases[0];
        assert_eq!(case["total"].to_string(), total, "{file}: {stderr}");
        assert!(errors(case).is_empty(), "{file}: {:?}", codes(case));
        assert!(
            !codes(case).contains(&"import-guessed".to_owned()),
            "{file}"
        );
        assert!(!stderr.contains("import::unreadable"), "{file}: {stderr}");
        assert!(!stderr.contains("未导入"), "{file}: {stderr}");
        assert!(
            stderr.contains("绩效自评表（") || stderr.contains("绩效自评表("),
            "{file}"
        );
        let import = imported(file, rules);
        assert_eq!(import.forms.len(), 1, "{file}");
        let form = &import.forms[0];
        assert!(
            form.file_name.starts_with(&format!("{year}-")),
            "{file}: {}",
            form.file_name
        );
        assert!(
            form.toml.contains(&format!("year = \"{year}年度\"")),
            "{file}: {}",
            form.toml
        );
    }
}
