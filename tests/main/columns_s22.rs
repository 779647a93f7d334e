//! The Hunan 岳阳楼 indicators header `指标值类型 | 指标值 | 计量单位` (tester s22 B1, C4) and a
//! date target met on the date (D1), on a form written for the purpose after those patterns,
//! as an HTML page with merged level-1 labels and as `|` text: the targets are read, every
//! indicator is scored by its rule (none kept unverified), the date row is met and the missed
//! deadline scores 0.

use crate::common::{indicator, json_codes, score_bytes, score_json};
use jixiao::outcome::Method;

const FILES: [&str; 2] = [
    "tests/data/import/s22/yueyanglou-columns.html",
    "tests/data/import/s22/yueyanglou-columns-pipe.txt",
];

#[test]
fn the_kind_column_is_the_nature_and_the_plain_one_the_target() {
    for file in FILES {
        let bytes = std::fs::read(crate::common::root().join(file)).unwrap();
        let name = file.rsplit('/').next().unwrap();
        let (_, import, outcomes) = score_bytes(name, &bytes, "anhui-2023");
        let notes = crate::common::import_summary(&import);
        for said in [
            "same column",
            "读作同一列",
            "not a column",
            "不是自评表中的列",
        ] {
            assert!(!notes.contains(said), "{file}:\n{notes}");
        }
        let imported = jixiao::pipeline::forms::cases(name, &bytes, Some("anhui-2023")).unwrap();
        let case = imported.cases[0].value.as_ref().unwrap();
        let read: Vec<(String, String)> = case
            .indicators
            .iter()
            .map(|i| {
                let nature = i.nature.as_ref().map_or("", |(c, _)| &*c.text);
                (nature.to_owned(), i.target.0.text.to_string())
            })
            .collect();
        let want = [
            ("定量", "≥120件"),
            ("定量", "≥95%"),
            ("定量", "完成时间为2023年12月30日"),
            ("定量", "完成时限：2023年10月底前"),
            ("定量", "≤28.8万元"),
            ("定性", "应保尽保"),
            ("定性", "长期有效"),
            ("定量", "≥90%"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
            .collect();
        assert_eq!(read, want, "{file}");
        let o = &outcomes[0];
        for i in &o.indicators {
            assert_ne!(i.method, Method::ReportedKept, "{file}: {}", i.level3);
            assert_ne!(i.method, Method::Unjudged, "{file}: {}", i.level3);
        }
        // D1: the date target met on the date is met, the deadline missed is missed.
        let on_the_day = indicator(o, "案件办结时间");
        assert_eq!(on_the_day.score, crate::common::d("10"), "{file}");
        let late = indicator(o, "年度报告报送");
        assert_eq!(late.score, crate::common::d("0"), "{file}");
    }
}

#[test]
fn the_form_scores_95_with_only_the_late_report_found() {
    for file in FILES {
        let (json, stderr) = score_json(file, "anhui-2023", false);
        let case = &json["cases"][0];
        assert_eq!(case["project"], "价格认定业务工作经费", "{stderr}");
        assert_eq!(case["total"], 95, "{file}: {stderr}");
        assert_eq!(case["reported_total"], 100, "{file}");
        assert_eq!(case["grade"], "优", "{file}");
        let codes = json_codes(case);
        assert_eq!(
            codes,
            ["score-mismatch", "total-mismatch"],
            "{file}: {stderr}"
        );
        assert!(!stderr.contains("同名"), "{stderr}");
        assert!(
            !stderr.contains("本部分的表头没有这一列"),
            "{file}: {stderr}"
        );
    }
}
