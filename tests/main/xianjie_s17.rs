//! The 2022–2023 衔接资金 绩效目标自评表 (Anhui, Sichuan; tester s17w F3, F4; engineer
//! `xianjie`): `资金情况(万元)` funds with no 年初预算数, 分值 *before* the target in the
//! indicator header, `项目负责人及电话` beside the name, level-1 labels spread with spaces on
//! rows of their own, ★ main indicators with `其中…` breakdown rows that carry a target and an
//! actual but no points. The fixtures under `tests/data/import/s17/` are constructed after the
//! pattern of public pages, not copies (see `SOURCES.md`); each is read in one of the shapes the
//! readers take: `|` rows, run-together text, a workbook and a Word table.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, json_codes as codes};

const DATA: &str = "tests/data/import/s17";

/// The import notes of a case, as `code: message`.
fn notes(case: &serde_json::Value) -> String {
    case["import_notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| format!("{}: {}", n["code"].as_str().unwrap(), n["message"]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// (level 3, points, score) of each indicator scored.
fn lines(case: &serde_json::Value) -> Vec<(String, f64, f64)> {
    case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["level3"].as_str().unwrap().to_owned(),
                i["points"].as_f64().unwrap_or(-1.0),
                i["score"].as_f64().unwrap_or(-1.0),
            )
        })
        .collect()
}

/// `|` rows (F4's shape): name row with 项目负责人及电话, `资金情况 (万元) |` over its header on
/// the next line, the indicator header split over two lines, `产 出 指 标 (50分) |` on a row
/// of its own, a ★ row with two 其中 rows, level-2 labels alone. By hand (anhui-2023): funds
/// 36 / 40 = 90% → 10 × 90% = 9; ★面积 600/600 → 20; 合格率 100/100 → 10; 完工率 80/100 × 10
/// = 8; 成本 ≤40万元, 36万元 → 10 (capped); 增收 1200/1000 → 20 (capped); 受益户 32/30 → 10;
/// 满意度 95/90 → 10: 9 + 20 + 10 + 8 + 10 + 20 + 10 + 10 = 97 = 总分 97 → 优. Before: the
/// name and every funds row dropped, 分值 read as "★…", the 其中 rows scored with 分值 "1.5亩".
#[test]
fn pipe_rows_with_breakdowns_and_spaced_labels() {
    let (json, stderr) = common::score_json(
        &format!("{DATA}/xianjie-pipe-rows.txt"),
        "anhui-2023",
        false,
    );
    let case = &json["cases"][0];
    assert_eq!(case["project"], "东坡村茶叶加工厂补助项目", "{stderr}");
    assert_eq!(case["department"], "县乡村振兴局");
    assert_eq!(case["unit"], "东坡镇人民政府");
    assert_eq!(case["total"], 97.0, "{stderr}");
    assert_eq!(case["reported_total"], 97.0);
    assert_eq!(case["grade"], "优");
    assert_eq!(case["execution"]["rate"], 90.0);
    assert_eq!(case["execution"]["score"], 9.0);
    let read = lines(case);
    assert_eq!(read.len(), 7, "{read:?}");
    assert_eq!(read[0], ("★新建加工设施面积".to_owned(), 20.0, 20.0));
    assert_eq!(read[2], ("项目按期完工率".to_owned(), 10.0, 8.0));
    assert_eq!(case["indicators"][0]["level1"], "产出指标");
    assert_eq!(case["indicators"][4]["level2"], "经济效益指标");
    // Nothing guessed, nothing dropped, and no template-mismatch: a 绩效目标自评表 with 分值 is
    // of the standard form's family.
    assert!(codes(case).is_empty(), "{:?}", codes(case));
    let said = notes(case);
    assert!(!said.contains("import::unreadable"), "{said}");
    assert!(!said.contains("import::guessed"), "{said}");
    assert!(
        said.contains("“其中加工车间”是上一行指标“★新建加工设施面积”的细项"),
        "{said}"
    );
}

/// The breakdown rows are kept, as written, among the case file's notes.
#[test]
fn breakdown_rows_are_kept_in_the_case_files_notes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    crate::test::Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["import", "--rules", "anhui-2023", "--out"])
        .arg(&out)
        .arg(format!("{DATA}/xianjie-pipe-rows.txt"))
        .run();
    let file = std::fs::read_dir(&out).unwrap().next().unwrap().unwrap();
    let text = std::fs::read_to_string(file.path()).unwrap();
    assert!(
        text.contains("\"★新建加工设施面积：其中加工车间 400平方米 400平方米\""),
        "{text}"
    );
    assert!(text.contains("其中仓储用房 200平方米 200平方米"), "{text}");
    assert!(!text.contains("level3 = \"其中"), "{text}");
}

/// Run-together text (F3's shape): page text and a publishing date before the title, the
/// funds figures `50451090.00%9` split into the header's columns where B / A is the written rate
/// and 得分 = 分值 × 执行率 (50 | 45 | 10 | 90.00% | 9; 2020-like splits such as 5045 | 10 |
/// 10 | 0.00% fit the rate too), each row `名称 分值 目标 实际 得分` cut at its 分值's digits
/// (`工程验收合格率10100%100%10` is 10 | 100% | 100% | 10). By hand (anhui-2022): 45 / 50 =
/// 90% → 9; 长度 3.2/3 → 20; 10; 10; 成本 ≤15万元, 14万元 → 10; 受益户 230/200 → 20; 年限
/// 10/10 → 10; 满意度 92/90 → 10: 99 = 总分 99 → 优.
#[test]
fn run_together_text_is_cut_in_the_headers_order() {
    let (json, stderr) =
        common::score_json(&format!("{DATA}/xianjie-glued.txt"), "anhui-2022", false);
    let case = &json["cases"][0];
    assert_eq!(case["project"], "北山村机耕道建设项目", "{stderr}");
    assert_eq!(case["unit"], "北山镇人民政府");
    assert_eq!(case["total"], 99.0, "{stderr}");
    assert_eq!(case["reported_total"], 99.0);
    assert_eq!(case["grade"], "优");
    assert_eq!(case["execution"]["budget"], 50.0);
    assert_eq!(case["execution"]["spent"], 45.0);
    let read = lines(case);
    assert_eq!(read.len(), 7, "{read:?}");
    assert_eq!(read[1], ("工程验收合格率".to_owned(), 10.0, 10.0));
    assert_eq!(read[3], ("每公里建设成本".to_owned(), 10.0, 10.0));
    // A 绩效目标自评表 with 分值 is of the standard form's family (no template-mismatch); the
    // splits are guesses, said.
    assert_eq!(codes(case), ["import-guessed"]);
    let said = notes(case);
    assert!(
        said.contains("表名前面的日期“2024年1月15日”是网页的发布日期"),
        "{said}"
    );
    assert!(said.contains("50, 45, 10, 90.00%, 9"), "{said}");
    assert!(
        said.contains("工程验收合格率 | 10 | 100% | 100% | 10"),
        "{said}"
    );
}

/// F3's arithmetic: the form's points add to 110 (产出 60) while its 总分 says 100 100: the
/// findings on the points and the total fire, and no grade is given. By hand: funds 9 + 60 +
/// 30 + 10 = 109 computed; self 100.
#[test]
fn run_together_points_over_the_total_are_found() {
    let (json, stderr) = common::score_json(
        &format!("{DATA}/xianjie-glued-110.txt"),
        "anhui-2022",
        false,
    );
    let case = &json["cases"][0];
    assert_eq!(case["total"], 109.0, "{stderr}");
    assert_eq!(case["reported_total"], 100.0);
    assert!(case["grade"].is_null(), "{}", case["grade"]);
    let found = codes(case);
    for code in [
        "total-points-not-sum",
        "points-total-mismatch",
        "total-not-sum",
        "no-grade",
    ] {
        assert!(found.iter().any(|c| c == code), "{code}: {found:?}");
    }
}

/// The same template in a workbook (blank 分值/得分 on the 其中 rows) and in a Word table (the
/// ★ row's 分值 and 得分 merged down over its 其中 rows). By hand (anhui-2023): 45 / 50 = 90% →
/// 9; 20; 10; 完工及时率 90/100 × 10 = 9; 10; 20; 10; 10 → 98 = 总分 98 → 优.
#[test]
fn a_grid_reads_the_header_order_and_the_breakdowns() {
    for file in ["xianjie-grid.xlsx", "xianjie-grid.docx"] {
        let (json, stderr) = common::score_json(&format!("{DATA}/{file}"), "anhui-2023", false);
        let case = &json["cases"][0];
        assert_eq!(
            case["project"], "西河村灌溉渠道改造项目",
            "{file}: {stderr}"
        );
        assert_eq!(case["total"], 98.0, "{file}: {stderr}");
        assert_eq!(case["reported_total"], 98.0, "{file}");
        assert_eq!(case["grade"], "优", "{file}");
        let read = lines(case);
        assert_eq!(read.len(), 7, "{file}: {read:?}");
        assert_eq!(
            read[0],
            ("★改造灌溉渠道长度".to_owned(), 20.0, 20.0),
            "{file}"
        );
        assert_eq!(read[2], ("完工及时率".to_owned(), 10.0, 9.0), "{file}");
        assert!(codes(case).is_empty(), "{file}: {:?}", codes(case));
        let said = notes(case);
        assert!(said.contains("“其中支渠”是上一行指标"), "{file}: {said}");
        assert!(!said.contains("import::guessed"), "{file}: {said}");
    }
}
