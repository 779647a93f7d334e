//! A row cut by a page break where only the indicator's name and its reason run over (tester
//! s16r N-E, s16p P7 pad4; engineer `rowtail`): the level-1 and level-2 cells are merged down
//! and whole on page 1, so page 2 opens with a row of tails and empty labels. The inputs are
//! the tester's, copied unchanged to `tests/data/import/s16r/` (see `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, json_codes as codes};

const DATA: &str = "tests/data/import/s16r";

/// The 偏差原因 the tester wrote on the 时效 row (`gen_pad*.py`), whole.
const REASON: &str = "第三季度报告因检测设备检修延迟报送，下一年度将提前安排设备检修，确保按时报送。\
                      第三季度报告因检测设备检修延迟报送，下一年度将提前安排设备检修，确保按时报送。";

/// Each indicator as (一级, 二级, 三级, 分值, 得分 computed).
fn rows(case: &serde_json::Value) -> Vec<(String, String, String, String)> {
    let text = |v: &serde_json::Value| v.to_string();
    let all = case["indicators"].as_array().unwrap().iter();
    all.map(|i| {
        (
            text(&i["level1"]),
            text(&i["level2"]),
            text(&i["level3"]),
            format!("{} {}", i["points"], i["score"]),
        )
    })
    .collect()
}

/// The import notes of a case, one a line.
fn notes(case: &serde_json::Value) -> String {
    let all = case["import_notes"].as_array().unwrap().iter();
    all.map(|n| format!("{}: {}", n["code"].as_str().unwrap(), n["message"]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The case file `import --out` writes for `file`.
fn case_text(file: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    crate::test::Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["import", "--rules", "anhui-2023", "--out"])
        .arg(dir.path())
        .arg(format!("{DATA}/{file}"))
        .run();
    let mut written = std::fs::read_dir(dir.path()).unwrap();
    let path = written.next().unwrap().unwrap().path();
    assert!(written.next().is_none());
    std::fs::read_to_string(path).unwrap()
}

/// N-E (`v7-qual-pad6`): the 时效 row `指标1：监测报告报送及时率` split as `指标1：监测报告报送及`
/// and `时率`, with its reason's tail, page 2 opening with `| | | 时率 | | | | | 送，下一年度…`.
/// Joined: the indicators are the original's, the name and the reason whole, one note. By
/// hand (anhui-2023): execution 54 / 60 = 90% → 9; 10 + 10 + 10 + 95 / 100 × 10 = 9.5, 10
/// (1150 ≤ 1200), 80 / 85 × 10 = 9.41 + 10 + 6 (基本健全) + 10 (92% ≥ 90%) = 84.91; 93.91 /
/// 优 (self 95.91), as the original `.docx`. Before: a phantom indicator `时率` (missing-actual,
/// missing-reported) and the name cut.
#[test]
fn a_name_and_reason_cut_by_the_page_break_are_joined_back() {
    let (original, _) =
        common::score_json(&format!("{DATA}/v7-qual-pad6.docx"), "anhui-2023", false);
    let original = &original["cases"][0];
    assert_eq!(original["total"].as_f64(), Some(93.91));
    assert_eq!(rows(original).len(), 9);
    let (json, stderr) = common::score_json(
        &format!("{DATA}/v7-qual-pad6.pdf2docx.docx"),
        "anhui-2023",
        false,
    );
    let case = &json["cases"][0];
    assert_eq!(case["total"].as_f64(), Some(93.91));
    assert_eq!(case["reported_total"].as_f64(), Some(95.91));
    assert_eq!(case["grade"], "优");
    assert_eq!(rows(case), rows(original));
    for wrong in ["missing-actual", "missing-reported", "import-guessed"] {
        assert!(!codes(case).iter().any(|c| c == wrong), "{:?}", codes(case));
    }
    assert!(!stderr.contains("import::guessed"), "{stderr}");
    let said = notes(case);
    assert_eq!(said.matches("分页把上一行断成了两行").count(), 1, "{said}");
    assert!(
        said.contains("（“指标1：监测报告报送及”+“时率”、“第三季度报告因检测设备检…”+“送，下一年度将提前安排设…”）"),
        "{said}"
    );
    assert!(
        said.contains("读作“产出指标 / 时效指标 / 指标1：监测报告报送及时率”"),
        "{said}"
    );
    let text = case_text("v7-qual-pad6.pdf2docx.docx");
    assert!(
        text.contains("level3 = \"指标1：监测报告报送及时率\""),
        "{text}"
    );
    assert!(!text.contains("level3 = \"时率\""), "{text}");
    assert!(
        text.contains(&format!("deviation = \"{REASON}\"")),
        "{text}"
    );
}

/// s16p P7 pad4 (`v7-qual-pad4`): the break cuts only the reason, page 2 opening with
/// `| | | | | | | | 设备检修延迟报送，…`. Appended to the reason above, said in the same note;
/// before, skipped as a row with only a name (`import::guessed`) and the reason cut. The
/// numbers are the original's: 93.91 as above.
#[test]
fn a_reason_s_tail_alone_after_the_page_break_is_appended_to_the_reason() {
    let (json, stderr) = common::score_json(
        &format!("{DATA}/v7-qual-pad4.pdf2docx.docx"),
        "anhui-2023",
        false,
    );
    let case = &json["cases"][0];
    assert_eq!(case["total"].as_f64(), Some(93.91));
    assert_eq!(rows(case).len(), 9);
    assert!(
        !codes(case).iter().any(|c| c == "import-guessed"),
        "{:?}",
        codes(case)
    );
    assert!(!stderr.contains("import::guessed"), "{stderr}");
    let said = notes(case);
    assert!(
        said.contains("（“第三季度报告因检测设备检…”+“设备检修延迟报送，下一年…”），已接回上一行，读作“产出指标 / 时效指标 / 指标1：监测报告报送及时率”"),
        "{said}"
    );
    let text = case_text("v7-qual-pad4.pdf2docx.docx");
    assert!(
        text.contains(&format!("deviation = \"{REASON}\"")),
        "{text}"
    );
}

/// tester s16r `v2f` (low): the standard form copied from Excel as tab text, a lone `效益指标`
/// line (a merged cell's text printed apart) right above a row that writes `效益指标` itself.
/// No row is read under the lone line — the 成本指标 row above keeps 产出指标, the rows below
/// their own level 1 — and the note now says so (it said the rows below were read under it).
/// By hand (anhui-2023) as the template: 114 / 120 = 95% → 10; 7600 / 8000 × 20 = 19, 10, 10,
/// 10; 98 / 99 × 20 = 19.8, 7; 10 = 95.8 / 优.
#[test]
fn a_lone_level1_line_over_a_row_with_its_own_says_no_row_is_read_under_it() {
    let file = format!("{DATA}/v2f-lone-level1-wrong-group.txt");
    let (json, stderr) = common::score_json(&file, "anhui-2023", false);
    let case = &json["cases"][0];
    assert_eq!(case["total"].as_f64(), Some(95.8));
    assert_eq!(case["grade"], "优");
    let levels: Vec<String> = rows(case).into_iter().map(|r| r.0).collect();
    assert_eq!(
        levels,
        [
            "产出指标",
            "产出指标",
            "产出指标",
            "产出指标",
            "效益指标",
            "效益指标",
            "满意度指标"
        ]
        .map(|l| format!("\"{l}\""))
    );
    assert!(
        stderr.contains("单独成行的一级指标“效益指标”是跨行合并的一级指标格的文字，与它的各行分开了（多半是分页时）：紧接着的下一行写有自己的一级指标，没有哪一行按这一行读取，已略去"),
        "{stderr}"
    );
    assert!(!stderr.contains("下面没有一级指标的行"), "{stderr}");
}
