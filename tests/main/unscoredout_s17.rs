//! Session 17, engineer `unscoredout`: a line left unscored and a partial total said the same
//! way in every output (tester s16r, s15r N3 and N7 leftovers; session 16's "Left or
//! doubtful"). The inputs are the tester's, copied to `tests/data/import/s16r/` (see
//! `SOURCES.md`), and session 16's case file `s15r/vb2-mixed.toml`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use crate::test::Test;
use calamine::{Data, Reader, Xlsx};

/// The tester's n3d: the 时效 line `养老金按月足额发放` answered `见附件`, no self-score.
const N3D: &str = "tests/data/import/s16r/n3d-jianfujian.docx";
/// Session 16's case file of the same line answered `部分按期发放`, no self-score.
const MIXED: &str = "tests/data/import/s15r/vb2-mixed.toml";
const ON_TIME: &str = "指标1：养老金按月足额发放";

/// `jixiao score N3D --rules central-2020 --format FORMAT --out FILE` in Chinese.
fn report(format: &str, file: &std::path::Path) {
    Test::new()
        .env("JIXIAO_LANG", "zh")
        .args([
            "score",
            N3D,
            "--rules",
            "rules/central-2020",
            "--format",
            format,
        ])
        .arg("--out")
        .arg(file)
        .expect_status(1)
        .run();
}

/// The row of a sheet whose cell `column` reads `text`.
fn row_with(sheet: &calamine::Range<Data>, column: usize, text: &str) -> Vec<Data> {
    sheet
        .rows()
        .find(|r| {
            r.get(column)
                .is_some_and(|c| matches!(c, Data::String(s) if s == text))
        })
        .unwrap_or_else(|| panic!("no row with {text}"))
        .to_vec()
}

/// N3 leftover: the unscored line's 得分 was `0` in JSON, the workbook and the page — a scored
/// 0 to a reader or a script summing `score`. It is null in JSON (as an unknown
/// `execution.score`), `—` in the table and the page, an empty cell in the workbook (as an
/// unknown execution score's); the total stays 85.78（不完整） = 95.78 − 10, no grade.
#[test]
fn an_unscored_line_shows_no_score() {
    let (json, _) = common::score_json(N3D, "central-2020", false);
    let case = &json["cases"][0];
    assert_eq!(case["total"].to_string(), "85.78");
    assert_eq!(case["partial"], true);
    let line = case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["level3"] == ON_TIME)
        .unwrap();
    assert_eq!(line["method"], "unscored");
    assert!(line["score"].is_null(), "{line}");
    // Every other line keeps its number: the scored lines sum to the partial total less
    // the execution's 10.
    let sum: f64 = (case["indicators"].as_array().unwrap().iter())
        .filter_map(|i| i["score"].as_f64())
        .sum();
    assert!((sum - 75.78).abs() < 1e-9, "{sum}");

    let table = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", N3D, "--rules", "rules/central-2020", "--explain"])
        .output()
        .stdout;
    let rows: Vec<&str> = table
        .lines()
        .filter(|l| l.contains("指标") && l.contains('┆') && !l.contains("一级指标"))
        .collect();
    insta::assert_snapshot!("unscored_line_table", rows.join("\n"));

    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("n3d.xlsx");
    report("xlsx", &book);
    let mut book: Xlsx<_> = calamine::open_workbook(&book).unwrap();
    let form = book.sheet_names()[1..]
        .iter()
        .find(|n| n.contains("养老"))
        .cloned()
        .unwrap();
    let sheet = book.worksheet_range(&form).unwrap();
    let row = row_with(&sheet, 2, ON_TIME);
    assert_eq!(row[3], Data::Float(10.0), "{row:?}");
    assert_eq!(row[4], Data::Empty, "{row:?}");
    assert_eq!(row[6].to_string(), "无法计分（待人工评定）", "{row:?}");

    let page = dir.path().join("n3d.html");
    report("html", &page);
    let page = without_titles(&std::fs::read_to_string(&page).unwrap());
    let row = page
        .lines()
        .find(|l| l.starts_with("<tr") && l.contains(ON_TIME))
        .unwrap();
    insta::assert_snapshot!("unscored_line_html_row", row);
}

/// A page without its tooltips (`title="…"`, the traces, over several lines).
fn without_titles(page: &str) -> String {
    let mut parts = page.split(" title=\"");
    let mut out = parts.next().unwrap_or_default().to_owned();
    for part in parts {
        out.push_str(part.split_once('"').map_or(part, |(_, rest)| rest));
    }
    out
}

/// N3 leftover: the workbook's 汇总 showed 差异 9.22 (95 − 85.78) for a partial total, which
/// reads as over-scoring where one line is simply not scored. The difference is not known:
/// the cell is empty and the self-score is not marked as differing; 完整性 says 不完整.
#[test]
fn a_partial_total_has_no_difference() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("n3d.xlsx");
    report("xlsx", &book);
    let mut book: Xlsx<_> = calamine::open_workbook(&book).unwrap();
    let summary = book.worksheet_range("汇总").unwrap();
    let header: Vec<String> = summary
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = summary.rows().nth(1).unwrap();
    assert_eq!(row[at("计算总分")], Data::Float(85.78));
    assert_eq!(row[at("完整性")].to_string(), "不完整（有指标无法评分）");
    assert_eq!(row[at("自评总分")], Data::Float(95.0));
    assert_eq!(row[at("差异")], Data::Empty, "{row:?}");
}

/// Unread (s16): `diff` showed a partial total bare (`85.78 → 85.78`), where every other
/// output marks it. It is `85.78（不完整）`, and JSON says `partial_before`/`partial_after`.
#[test]
fn diff_marks_a_partial_total() {
    let diff = |format: &str| {
        Test::new()
            .env("JIXIAO_LANG", "zh")
            .args([
                "diff",
                "--from",
                "central-2016",
                "--to",
                "central-2020",
                "--format",
                format,
                MIXED,
            ])
            .output()
    };
    let text = diff("table").stdout;
    let line = text.lines().find(|l| l.starts_with("#1 ")).unwrap();
    insta::assert_snapshot!("diff_partial_total", line);
    let json = diff("json").json();
    let case = &json["cases"][0];
    assert_eq!(case["partial_before"], true, "{case}");
    assert_eq!(case["partial_after"], true, "{case}");
}

/// cycle2 (s16): under `--points rules` JSON had `what_if`, the CSV nothing — a reader could
/// not tell what-if totals from the form's. The CSV's last column, 分值依据, says which points
/// each row's total was worked out against: `规则分值（试算）`, else `表中分值`.
#[test]
fn the_csv_says_a_what_if() {
    let csv = |points: &[&str]| {
        Test::new()
            .env("JIXIAO_LANG", "zh")
            .args(["score", "--rules", "rules/central-2020", "--format", "csv"])
            .args(points)
            .arg(MIXED)
            .output()
            .stdout
    };
    let what_if = csv(&["--points", "rules"]);
    let mut lines = what_if.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .ends_with(",发现,分值依据,未复核分值,差异（自评−计算）"),
        "{what_if}"
    );
    assert!(
        lines.next().unwrap().contains(",规则分值（试算）,"),
        "{what_if}"
    );
    let plain = csv(&[]);
    assert!(
        plain.lines().nth(1).unwrap().contains(",表中分值,"),
        "{plain}"
    );
}

/// N7 n7c: `存在的问题 | 改进方向` under the reason header is the template's reason column
/// split, as `问题及原因 | 下一步措施` is: the measures follow the problem (`…；改进方向：…`),
/// none dropped with `import::unreadable` warnings. Scores unchanged: 96.75, the form's own.
#[test]
fn improvement_directions_beside_the_problems_are_kept() {
    let file = "tests/data/import/s16r/n7c-cunzaiwenti-gaijin.xlsx";
    let dir = tempfile::tempdir().unwrap();
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["import", file, "--rules", "central-2020", "--out"])
        .arg(dir.path())
        .output();
    let case = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .find(|f| f.path().extension().is_some_and(|e| e == "toml"))
        .map(|f| std::fs::read_to_string(f.path()).unwrap())
        .unwrap();
    for deviation in [
        "deviation = \"部分路段汛期无法施工；改进方向：加强计划管理，汛前完成\"",
        "deviation = \"改进方向：汛后及时排查水毁隐患\"",
        "deviation = \"个别路段仍有坑槽；改进方向：纳入明年计划\"",
    ] {
        assert!(case.contains(deviation), "{deviation}: {case}");
    }
    assert!(!out.stderr.contains("不是自评表中的列"), "{}", out.stderr);
    assert!(!out.stderr.contains("import::unreadable"), "{}", out.stderr);
    let (json, _) = common::score_json(file, "central-2020", false);
    assert_eq!(json["cases"][0]["total"].to_string(), "96.75");
}

/// Engineer cells (s16): a cell the validator finds no number in and a finding names (`no-grade`
/// on a pasted `#DIV/0!` 全年执行数; `no-grade` on `待决算后填报` in 年度资金总额's, with the 本年
/// 财政拨款 cell no finding names) is said once when the form is scored straight from its input,
/// but `case::not-a-number` was printed beside the finding when the case file `import --out`
/// wrote was scored. Both paths say the same: the finding, and the warning only for the cell no
/// finding names.
#[test]
fn case_files_say_an_unreadable_cell_once_as_the_input_does() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("tests/data/cells-s16/v8a-spent-190.txt").unwrap();
    let n3 = dir.path().join("n3.txt");
    std::fs::write(&n3, text.replace("\t190\t", "\t待决算后填报\t")).unwrap();
    let div0 = common::root().join("tests/data/cells-s16/text-spent-div0.txt");
    for (form, warnings) in [(div0.as_path(), 0), (n3.as_path(), 1)] {
        let score = |path: &std::path::Path| {
            Test::new()
                .env("JIXIAO_LANG", "zh")
                .args(["score", "--rules", "rules/anhui-2023"])
                .arg(path)
                .output()
        };
        let straight = score(form);
        let out = dir.path().join("out");
        let _ = std::fs::remove_dir_all(&out);
        Test::new()
            .args(["import", "--rules", "anhui-2023", "--out"])
            .arg(&out)
            .arg(form)
            .run();
        let from_files = score(&out);
        for said in [&straight, &from_files] {
            assert_eq!(
                said.stderr.matches("case::not-a-number").count(),
                warnings,
                "{form:?}: {}",
                said.stderr
            );
            assert!(said.stdout.contains("[no-grade]"), "{}", said.stdout);
        }
        if warnings == 1 {
            // The one left is the 本年财政拨款 cell's: by its place on the form straight from
            // the input, by the case file's line (its second `spent`) from the file.
            assert!(
                straight.stderr.contains("本年财政拨款 · 全年执行数"),
                "{}",
                straight.stderr
            );
            assert!(
                from_files.stderr.contains(".toml:30:9"),
                "{}",
                from_files.stderr
            );
        }
    }
}
