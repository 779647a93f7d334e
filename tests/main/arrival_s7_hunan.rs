//! #15/#16: the Hunan 县级专项资金绩效目标自评表 as a Word document, from the s7 user test
//! (notes s7-tester, F4 and F13's terminal table), on fixtures under
//! `tests/data/import/arrived/` (sources in `tests/data/import/SOURCES.md`), judged by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, score_arrived as score};
use crate::test::Test;
use jixiao::outcome::{FindingCode, Method};

/// Hand-judged (hunan-2020-target): ≥500台 / 520台 met; 100% / 100% met; 2021年12月底前 /
/// 2021年12月 met; ≤3万元 / 2.6万元 met; ≥1000万元 / 980万元 not met; 提高 / 提高 met; 不适用;
/// 持续提升 / 持续提升 met; ≥95% / 96% met. 304 / 320 = 95%; no total, no grade.
const JUDGED: [(&str, Method); 9] = [
    ("补贴机具数量", Method::Met),
    ("补贴机具合格率", Method::Met),
    ("补贴资金兑付时间", Method::Met),
    ("单台补贴标准", Method::Met),
    ("带动农民增收", Method::NotMet),
    ("农业机械化水平", Method::Met),
    ("秸秆综合利用", Method::NotApplicable),
    ("农机社会化服务能力", Method::Met),
    ("受益农户满意度", Method::Met),
];

/// F4: the template's own rows and lines are no guesses. `县级安排资金` (the county's own money,
/// a 其中 row the template prints) was an unknown funds row twice over; the filled
/// `填报单位（盖章）：某县农业农村局` line was unreadable; the end of the Word table (no 总分
/// row in this template) was a guess; a closing `说明 | 无` row in the second of two tables was
/// a row "with labels only"; so the form was told its numbers may be off — a form with no
/// numbers.
#[test]
fn a_hunan_word_form_is_read_with_no_guess() {
    for name in ["hunan-nongji.docx", "hunan-nongji-split.docx"] {
        let (_, imported, outcomes) = score(name, "hunan-2020-target");
        let said = common::import_summary(&imported);
        let [o] = &outcomes[..] else {
            panic!("{name}: one form\n{said}")
        };
        let judged: Vec<(&str, Method)> = o
            .indicators
            .iter()
            .map(|i| (&*i.level3, i.method))
            .collect();
        assert_eq!(judged, JUDGED, "{name}\n{said}");
        assert_eq!((o.total, o.grade.as_deref()), (None, None), "{name}");
        assert_eq!(
            o.execution.rate.map(|r| r.round_dp(0)),
            Some(common::d("95")),
            "{name}"
        );
        assert!(
            !o.findings
                .iter()
                .any(|f| f.code == FindingCode::ImportGuessed),
            "{name}: {:?}\n{said}",
            common::codes(o)
        );
        assert!(
            !said.contains("guessed") && !said.contains("unreadable"),
            "{name}\n{said}"
        );
    }
    let (_, imported, _) = score("hunan-nongji.docx", "hunan-2020-target");
    let said = common::import_summary(&imported);
    assert!(said.contains("填报单位（盖章）：某县农业农村局"), "{said}");
    // No diagnostic on the funds row either (`case::unknown-funds-row`).
    let out = Test::new()
        .args([
            "score",
            "tests/data/import/arrived/hunan-nongji.docx",
            "--rules",
            "rules/hunan-2020-target",
        ])
        .output();
    assert!(out.stderr.contains("hunan-nongji.docx"), "{}", out.stderr);
    assert!(!out.stderr.contains("unknown-funds-row"), "{}", out.stderr);
}

/// F4, F13: the terminal's indicator table of a form with no points shows each row's judgement
/// where its score would stand (达成 / 未达成 / 不适用, as the workbook and the page do), not a
/// 0 that reads as "scored zero"; in both languages.
#[test]
fn the_terminal_table_shows_judgements_not_zeros() {
    for lang in ["zh", "en"] {
        let out = Test::new()
            .args([
                "--lang",
                lang,
                "score",
                "tests/data/import/arrived/hunan-nongji.docx",
                "--rules",
                "rules/hunan-2020-target",
                "--explain",
            ])
            .run()
            .stdout;
        let table: String = out
            .lines()
            .skip_while(|l| !l.starts_with("#1 "))
            .take_while(|l| !l.starts_with("  "))
            .map(|l| format!("{l}\n"))
            .collect();
        insta::assert_snapshot!(format!("hunan_docx_table_{lang}"), table);
    }
}
