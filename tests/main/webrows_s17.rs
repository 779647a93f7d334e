//! A web page's table copied as text, one table row a line with its cells separated by spaces
//! (tester s17w F2b): read row by row when the reading checks out against the form's own 总分,
//! refused as before when it does not. Inputs under `tests/data/import/s17/` (see
//! `SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, json_codes as codes};
use crate::test::Test;

const DATA: &str = "tests/data/import/s17";

/// The 衔接资金 绩效目标自评表 as a page's run-together text, made after the pattern of tester
/// s17w F3 (no text of the page copied): a page line, the page's date glued before the title,
/// `项目实施单位`, `负责人及电话`, the funds block headed `资金情况(万元)` with glued figures
/// (`505010100.00%10` = 50 / 50 / 10 / 100.00% / 10), 分值 before 年度指标值, `总分100100`,
/// then `注:`. Its points: 20 + 15 + 15 + 30 + 10 + 10 = 100, all scored. Only its header and
/// its 总分 are asserted: this template's body is not yet read right (kept out of
/// `tests/data`, whose every form must score in Chinese without error findings).
const GLUED: &str = "某县人民政府网 首页 政务公开\n\
2023年11月20日绩效目标自评表(2023年度)项目名称某村道路硬化项目主管部门某县交通运输局项目实施单位某镇人民政府负责人及电话王某13900000000(办公)资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:505010100.00%10其中:本年财政拨款5050其他资金年度总体目标预期目标实际完成情况硬化村道3公里,改善群众出行条件。已硬化村道3公里,群众出行条件明显改善。绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施产出指标(50分)数量指标硬化道路长度20≥3公里3公里20质量指标验收合格率15100%100%15时效指标完工及时率15≥95%100%15效益指标(30分)社会效益指标受益人口数30≥800人850人30满意度指标(10分)服务对象满意度指标群众满意度10≥90%95%10总分100100注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算执行率10分。\n";

/// F2b: the standard form as a web page's text — indented rows, the vertical level-1 labels
/// lost but for `(50分)` / `(30分)`, `经济效益` / `指标` broken over two lines, `指标1:` names,
/// placeholder rows `指标2:` / `……`, the funds row's blank 执行率 dropped, rows with only their
/// points and score. By hand (anhui-2022): 180 / 200 = 90% → 9; 产出 10 + 10 × 18 / 20 = 9 +
/// 10 + 10 + 10 (the last three unverified: no target or actual) = 49; 效益 10 (unverified) +
/// 3200 ≥ 3000 → 10 + 生态 `/` (no points) + 10 (unverified) = 30; 满意度 95% ≥ 90% → 10;
/// total 9 + 49 + 30 + 10 = 98 = the form's `总分 100 98` → 优. Before: refused as text copied
/// out of a PDF.
#[test]
fn a_web_table_one_row_a_line_is_read_row_by_row() {
    let (json, stderr) = common::score_json(
        &format!("{DATA}/web-rows-standard.txt"),
        "anhui-2022",
        false,
    );
    assert!(!stderr.contains("import::refused"), "{stderr}");
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1);
    let case = &cases[0];
    assert_eq!(case["project"], "农村排涝泵站建设补助");
    assert_eq!(case["department"], "某县水务局");
    assert_eq!(case["unit"], "某县农村水利服务中心");
    assert_eq!(case["total"], 98);
    assert_eq!(case["reported_total"], 98);
    assert_eq!(case["total_points"], 100);
    assert_eq!(case["grade"], "优");
    assert_eq!(case["execution"]["rate"], 90);
    assert_eq!(case["execution"]["score"], 9);
    // Five rows carry points and a score but neither target nor actual: each said.
    let found = codes(case);
    assert_eq!(
        found.iter().filter(|c| *c == "unscorable").count(),
        5,
        "{found:?}"
    );
    // The level 1 named from the level 2 under it, and the blank 执行率, are said.
    let notes = case["import_notes"].to_string();
    for said in [
        "每行是表格的一行",
        "只剩“(50分)”：按其下的二级指标“数量指标”读作“产出指标”",
        "只剩“(30分)”：按其下的二级指标“经济效益指标”读作“效益指标”",
        "资金行“年度资金总额:”只写了 5 格",
        "按模板读作执行率为空",
        "指标“指标1:泵站工程验收合格”只写了分值和得分",
    ] {
        assert!(notes.contains(said), "{said}: {notes}");
    }
    let levels: Vec<String> = case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["level1"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert!(levels.iter().all(|l| !l.is_empty()), "{levels:?}");
}

/// The same text with a row's name wrapped onto a second line (as a PDF's narrow column does)
/// is no row a line: the reading does not check out, and the text is refused as before, not
/// guessed.
#[test]
fn a_row_wrapped_over_two_lines_is_still_refused() {
    let text = std::fs::read_to_string(format!("{DATA}/web-rows-standard.txt")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let variants = [
        text.replace(
            "指标1:新建村级排涝泵站数量 4 4 10 10",
            "指标1:新建村级排涝\n    泵站数量 4 4 10 10",
        ),
        // A row's points that do not add up to the 总分 row: no reading to trust.
        text.replace(
            "指标2:维修灌溉渠道长度 20 18 10 9",
            "指标2:维修灌溉渠道长度 20 18 15 9",
        ),
    ];
    for (k, variant) in variants.iter().enumerate() {
        assert_ne!(variant, &text);
        let file = dir.path().join(format!("variant-{k}.txt"));
        std::fs::write(&file, variant).unwrap();
        Test::new()
            .args(["--lang", "zh", "score"])
            .arg(&file)
            .args(["--rules", "anhui-2022"])
            .expect_status(2)
            .expect_stderr_contains("import::refused")
            .run();
    }
}

/// F7 (b): a 项目名称 whose value ends in `…支出绩效自评表` (a project named after the form it
/// reports on) is the project's name, not a second form's title. The standard template's two
/// forms (seed text) with form 1's name so written read as before: 95.8 and 94.76 (by hand:
/// 114 / 120 = 95% → 10; 19, 10, 10, 10; 19.8, 7; 10 — and 80% → 8; 15, 15, 9.67, 9.09; 18,
/// 不涉及, 10; 10).
#[test]
fn a_project_named_like_a_title_is_the_project_s_name() {
    let text = std::fs::read_to_string("tests/data/import/standard-template-twin.txt").unwrap();
    let name = "2023年城乡居民医保参保补助经费支出绩效自评表";
    let variant = text.replacen("城乡居民医保参保补助项目 |", &format!("{name} |"), 1);
    assert_ne!(variant, text);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("named-like-a-title.txt");
    std::fs::write(&file, variant).unwrap();
    let (json, stderr) = common::score_json(file.to_str().unwrap(), "anhui-2023", false);
    let cases = json["cases"].as_array().unwrap();
    let read: Vec<(String, String)> = cases
        .iter()
        .map(|c| {
            (
                c["project"].as_str().unwrap().to_owned(),
                c["total"].to_string(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (name.to_owned(), "95.8".to_owned()),
            ("公共图书馆免费开放补助".to_owned(), "94.76".to_owned())
        ],
        "{stderr}"
    );
}

/// F3, F5: run-together text of the 衔接资金 绩效目标自评表 — the page's date glued before the
/// title, `项目实施单位`, the funds block headed `资金情况(万元)`, `总分100100` before the notes.
/// The title is read without the date, `项目实施单位` is one label whose value ends at the funds
/// heading (it swallowed the whole form), and the form is not said to end before its 总分.
#[test]
fn a_glued_header_ends_at_the_funds_heading_and_the_total_is_seen() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let file = dir.path().join("glued-dated-title-funds-situation.txt");
    std::fs::write(&file, GLUED).unwrap();
    let run = Test::new()
        .args(["--lang", "zh", "import"])
        .arg(&file)
        .arg("--out")
        .arg(&out)
        .run();
    assert!(!run.stderr.contains("在总分行之前结束"), "{}", run.stderr);
    let written: Vec<_> = std::fs::read_dir(&out).unwrap().collect();
    assert_eq!(written.len(), 1);
    let case = std::fs::read_to_string(written[0].as_ref().unwrap().path()).unwrap();
    for line in [
        "title = \"绩效目标自评表(2023年度)\"",
        "project = \"某村道路硬化项目\"",
        "department = \"某县交通运输局\"",
        "unit = \"某镇人民政府\"",
        "[total]",
    ] {
        assert!(case.contains(line), "{line}: {case}");
    }
    assert!(!case.contains("incomplete = true"), "{case}");
}
