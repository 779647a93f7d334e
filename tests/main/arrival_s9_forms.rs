//! #15 reading leftovers of session 8 (notes s8.md, "Not done or doubtful"), each on a
//! fixture that showed the fault before its fix, with its numbers worked by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, arrived, indicator};
use crate::test::Test;

/// A bare saving rate under 成本指标 (`成本节约率 5%` answered `3%`) was read as a ceiling, as
/// a bare amount is (`80万元`): 5 / 3 × 10, capped, gave 10 for a saving missed by 40%. The
/// shipped rules except names holding 节约率 (降低率, 下降率 …) from the cost ceiling, so the
/// target keeps the default direction, positive: 3 / 5 × 10 = 6, and 6% meets it (10). The
/// trace says why. The one-line street-light form, its cost row replaced.
#[test]
fn a_bare_saving_rate_under_cost_is_a_saving_to_reach() {
    let text = std::fs::read_to_string(arrived("anhui-flat-liangdeng.txt")).unwrap();
    let row = "每盏路灯成本 ≤0.4万元 0.38 10 10";
    assert!(text.contains(row));
    for (actual, score) in [("3%", "6"), ("6%", "10")] {
        let input = text.replace(row, &format!("路灯运维成本节约率 5% {actual} 10 {score}"));
        for rules in ["anhui-2023", "central-2016", "sichuan-2023", "hb-module"] {
            let scored = common::score_bytes("saving.txt", input.as_bytes(), rules);
            let [o] = scored.2.as_slice() else {
                panic!("{rules}: one form expected")
            };
            let cost = indicator(o, "路灯运维成本节约率");
            assert_eq!(cost.score, common::d(score), "{rules} {actual}");
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("saving.txt");
    std::fs::write(&file, text.replace(row, "路灯运维成本节约率 5% 3% 10 6")).unwrap();
    let out = Test::new()
        .arg("score")
        .arg(&file)
        .args(["--rules", "rules/anhui-2023", "--explain"])
        .output();
    assert!(
        out.stdout.contains(
            "target `5%` has no comparator: the name holds `节约率`, which the rule for 成本指标 \
             excepts (bare targets by level 2, rule 1): bare target: positive"
        ),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("positive ratio (the name holds `节约率`")
            && out
                .stdout
                .contains("actual / target × points = 10 × 3 / 5 = 6"),
        "{}",
        out.stdout
    );
}

/// A page marker split at its spaces in a one-line copy (`第 1 页 共 2 页`, `第1页 共2页`, `共 2
/// 页 第 1 页`, `Page 1 of 2`) between two rows: only its first part (`第 1 页`) was left out,
/// and `共`, `2`, `页` became an indicator `共` with a target 2 and an actual `页` (scored 0,
/// `unknown-band`, 98.79 → 91.79). The whole marker is page text: the form scores as without it.
#[test]
fn a_page_marker_split_at_its_spaces_is_page_text() {
    let text = std::fs::read_to_string(arrived("anhui-flat-liangdeng.txt")).unwrap();
    let at = " 可持续影响指标 ";
    assert!(text.contains(at));
    let plain = common::score_bytes("plain.txt", text.as_bytes(), "anhui-2023");
    let [want] = plain.2.as_slice() else { panic!() };
    for marker in [
        "第 1 页 共 2 页",
        "第 1 页, 共 2 页",
        "第1页 共2页",
        "共 2 页 第 1 页",
        "Page 1 of 2",
    ] {
        let input = text.replace(at, &format!(" {marker}{at}"));
        let scored = common::score_bytes("marker.txt", input.as_bytes(), "anhui-2023");
        let said = common::import_summary(&scored.1);
        let [o] = scored.2.as_slice() else {
            panic!("{said}")
        };
        let names: Vec<&str> = o.indicators.iter().map(|i| &*i.level3).collect();
        let want_names: Vec<&str> = want.indicators.iter().map(|i| &*i.level3).collect();
        assert_eq!(names, want_names, "{marker}\n{said}");
        assert_eq!(o.total, Some(common::d("98.79")), "{marker}\n{said}");
        assert_eq!(common::codes(o), common::codes(want), "{marker}\n{said}");
        assert!(
            said.contains(&format!("page marker \"{marker}\" left out")),
            "{marker}\n{said}"
        );
    }
}

/// The Sichuan template's 度量单位 column is the unit of the 指标值 and of the 完成值: it was
/// joined to the target only, so a plain actual (`1.55` under `万元`) was read in the target's
/// unit all the same but with an `unit-assumed` hint the form gave no cause for. Joined to both
/// in every reader that sees the template (workbook, document, page, tab and browser copies,
/// glued and line-per-cell PDF text); the numbers stay as they were.
#[test]
fn the_sichuan_unit_column_is_the_actual_s_unit_too() {
    let root = common::root().join("tests/data/import");
    for (name, total, cost) in [
        ("arrived/sichuan-gonglu.xlsx", "96.65", "每公里养护成本"),
        ("arrived/sichuan-gonglu.docx", "96.65", "每公里养护成本"),
        ("arrived/sichuan-gonglu.html", "96.65", "每公里养护成本"),
        ("arrived/sichuan-gonglu-tab.txt", "96.65", "每公里养护成本"),
        (
            "arrived/sichuan-gonglu-browser.txt",
            "96.65",
            "每公里养护成本",
        ),
        ("arrived/sichuan-glued-gongshui.txt", "95", ""),
        ("arrived/sichuan-pdf-gongshui.txt", "95", ""),
        ("variants/sichuan-glued-shuiwu.txt", "96.94", ""),
        ("variants/sichuan-lines-jiaotong.txt", "96.53", ""),
    ] {
        let bytes = std::fs::read(root.join(name)).unwrap();
        let scored = common::score_bytes(name, &bytes, "sichuan-2023");
        let said = common::import_summary(&scored.1);
        let [o] = scored.2.as_slice() else {
            panic!("{name}\n{said}")
        };
        assert_eq!(o.total, Some(common::d(total)), "{name}\n{said}");
        assert!(
            !common::codes(o).contains(&"unit-assumed"),
            "{name}: {:?}\n{said}",
            common::codes(o)
        );
        if !cost.is_empty() {
            assert_eq!(indicator(o, cost).score, common::d("10"), "{name}");
            assert!(
                said.contains(
                    "target \"1.6\" and actual \"1.55\" with the 度量单位 column \"万元\" read as \
                     \"1.6万元\" and \"1.55万元\""
                ),
                "{name}\n{said}"
            );
        }
    }
}

/// The reason words that let cells after a full-points row be one broken 偏差原因 (s8 F9) must
/// never name an indicator. `加强` and `改进` do, in the seed's real Huainan forms (`…加强对窗口
/// 工作人员的考核管理…`, `改进窗口作风`): a row of its own sharing the points above, so named,
/// was read as a reason and left out with an info note. It is a row again, and its unreadable
/// actual is said (`unknown-band`); a reason worded with `个别` … still joins.
#[test]
fn a_row_named_with_jiaqiang_is_no_reason() {
    let text = std::fs::read_to_string(arrived("anhui-flat-shuiku.txt")).unwrap();
    let full = "≥95% 100% 10 10";
    assert!(text.contains(full));
    let seed =
        std::fs::read_to_string(common::root().join("tests/data/seed-2023-huainan.txt")).unwrap();
    assert!(seed.contains("加强对窗口工作人员的考核管理") && seed.contains("改进窗口作风"));
    let input = text.replace(full, &format!("{full} 加强巡查管理 巡查到位 较好"));
    let scored = common::score_bytes("named.txt", input.as_bytes(), "anhui-2023");
    let said = common::import_summary(&scored.1);
    let [o] = scored.2.as_slice() else {
        panic!("{said}")
    };
    let row = indicator(o, "加强巡查管理");
    // Sharing the 10 points above, its unknown words keep half the self-score (tester s10 F6).
    assert_eq!(row.score, common::d("5"), "{said}");
    assert!(common::codes(o).contains(&"unknown-band"), "{said}");
    let input = text.replace(full, &format!("{full} 个别批次 首检未过复验合格"));
    let scored = common::score_bytes("reason.txt", input.as_bytes(), "anhui-2023");
    let said = common::import_summary(&scored.1);
    assert!(said.contains("read as its one 偏差原因"), "{said}");
}
