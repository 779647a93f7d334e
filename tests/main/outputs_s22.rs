//! Session 22, engineer `outputs`: what the results say to a finance officer (tester s21).
//! B4: a file not read is a row of the CSV (and of csv-findings and the xlsx 汇总), in the
//! words JSON and the 未读取的文件 sheet use. C3: an empty template (空白表样, no number filled
//! in) is refused as a 申报表 is. C5: 不完整 says why (未填完成值, 表不全). D2: the points taken
//! on the department's word are a column of their own, appended last.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::score_json;
use crate::test::Test;

const DATA: &str = "tests/data/import/s22";
const QINGSHEN: &str = "tests/data/import/real/sichuan-qingshen-fgj-2023-gongzi.txt";
const GUICHI: &str = "tests/data/import/real/chizhou-guichi-tangxi-2022-weituo.txt";
const TIANCHANG: &str = "tests/data/import/s21/tianchang-unverified-pipe.txt";

/// `jixiao score PATHS --rules rules/RULES --format FORMAT`: stdout, stderr and status.
fn score(paths: &[&str], rules: &str, format: &str) -> crate::test::Output {
    Test::new()
        .args(["--lang", "zh", "score"])
        .args(paths)
        .args(["--rules", &format!("rules/{rules}"), "--format", format])
        .output()
}

/// A CSV's lines after its byte-order mark, each split into fields (no field here holds a
/// comma or a quote).
fn csv_rows(stdout: &str) -> Vec<Vec<String>> {
    let text = stdout.strip_prefix('\u{FEFF}').unwrap();
    text.lines()
        .map(|l| l.split(',').map(str::to_owned).collect())
        .collect()
}

/// B4: a run of a filled form and a refused file. The CSV ends with the refused file's row:
/// its name, no figures, 未读取 in 完整性 and the reason in 发现, in as many columns as the
/// header; the reason is JSON's `files_not_read` reason word for word, and csv-findings has
/// a row for it named 未读取的文件 with its code. Before: the CSV had only the form's row.
#[test]
fn a_file_not_read_is_a_row_of_the_csv() {
    let blank = format!("{DATA}/blank-template-pipe.txt");
    let out = score(&[QINGSHEN, &blank], "sichuan-2023", "csv");
    let rows = csv_rows(&out.stdout);
    assert_eq!(rows.len(), 3, "{}", out.stdout);
    let (header, refused) = (&rows[0], &rows[2]);
    assert_eq!(refused.len(), header.len(), "{refused:?}");
    assert_eq!(refused[0], blank);
    assert_eq!(refused[7], "未读取");
    assert!(refused[15].contains("空白表样"), "{refused:?}");
    let figures: Vec<&String> = (refused.iter().enumerate())
        .filter(|(i, _)| ![0, 7, 15].contains(i))
        .map(|(_, f)| f)
        .collect();
    assert!(figures.iter().all(|f| f.is_empty()), "{refused:?}");
    assert!(out.stderr.contains("另有 1 个文件未读取"), "{}", out.stderr);

    let (json, _) = score_json(&blank, "sichuan-2023", false);
    assert_eq!(json["files_not_read"][0]["reason"], refused[15].as_str());
    assert_eq!(json["files_not_read"][0]["code"], "import::refused");

    let out = score(&[QINGSHEN, &blank], "sichuan-2023", "csv-findings");
    let rows = csv_rows(&out.stdout);
    let last = rows.last().unwrap();
    assert_eq!(last.len(), rows[0].len(), "{last:?}");
    assert_eq!(
        (&*last[0], &*last[5], &*last[6]),
        (blank.as_str(), "未读取的文件", "import::refused")
    );
    assert_eq!(last[12], refused[15]);
}

/// B4: the xlsx 汇总 lists the refused file under the forms in the CSV's words: its file,
/// 未读取 under 完整性 and the reason under 发现; the 未读取的文件 sheet still lists it.
#[test]
fn the_xlsx_summary_lists_a_file_not_read_in_the_csvs_words() {
    use calamine::{Data, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("结果.xlsx");
    let blank = format!("{DATA}/blank-template-pipe.txt");
    Test::new()
        .args(["--lang", "zh", "score"])
        .args([QINGSHEN, &blank])
        .args(["--rules", "rules/sichuan-2023", "--format", "xlsx", "--out"])
        .arg(&report)
        .output();
    let mut book: Xlsx<_> = calamine::open_workbook(&report).unwrap();
    let sheet = book.worksheet_range("汇总").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(Data::to_string).collect())
        .collect();
    let header = &rows[0];
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(header.last().unwrap(), "未复核分值");
    let refused = &rows[2];
    assert_eq!(refused[col("文件")], blank);
    assert_eq!(refused[col("完整性")], "未读取");
    assert!(refused[col("发现")].contains("空白表样"), "{refused:?}");
    assert_eq!(rows[1][col("完整性")], "不完整（未填完成值）");
    assert!(book.sheet_names().contains(&"未读取的文件".to_owned()));
}

/// C3: a blank template — the standard form in `|` cells, and a 湖北 绩效目标自评表 run
/// together as a preview gives it — has no number filled in: refused (exit 2) as a 申报表
/// is, saying 空白表样, with no score and no grade. Before: the 湖北 one was scored
/// `0（不完整）`. A file holding a filled form before a blank one is read: its form scored.
#[test]
fn an_empty_template_is_refused_as_a_declaration_is() {
    for (file, rules) in [
        ("blank-template-pipe.txt", "anhui-2022"),
        ("blank-goal-form-glued.txt", "hb-module"),
    ] {
        let path = format!("{DATA}/{file}");
        let out = score(&[&path], rules, "json");
        assert_eq!(out.status, 2, "{file}: {}", out.stderr);
        let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(json["cases"].as_array().unwrap().len(), 0, "{file}");
        let reason = json["files_not_read"][0]["reason"].as_str().unwrap();
        assert!(reason.contains("没有填写任何数字"), "{file}: {reason}");
        assert!(reason.contains("空白表样"), "{file}: {reason}");
        assert!(
            out.stderr.contains("错误[import::refused]"),
            "{}",
            out.stderr
        );
    }
    let (json, stderr) = score_json(
        &format!("{DATA}/filled-and-blank-pipe.txt"),
        "anhui-2022",
        false,
    );
    assert!(json.get("files_not_read").is_none(), "{stderr}");
    assert_eq!(json["cases"][0]["total"], 100, "{stderr}");
}

/// C5: 不完整 says why in every output. The 青神 form is whole but its actuals were never
/// filled: 完整性 `不完整（未填完成值）`, the table's total `10（不完整：未填完成值）`, JSON
/// `partial_reason` `no-actuals`. The 贵池 copy is cut short: `不完整（表不全）`, `cut-short`.
#[test]
fn a_partial_total_says_why() {
    for (file, rules, words, code) in [
        (QINGSHEN, "sichuan-2023", "未填完成值", "no-actuals"),
        (GUICHI, "anhui-2022", "表不全", "cut-short"),
    ] {
        let out = score(&[file], rules, "csv");
        let rows = csv_rows(&out.stdout);
        assert_eq!(rows[1][7], format!("不完整（{words}）"), "{file}");
        let out = score(&[file], rules, "table");
        assert!(
            out.stdout.contains(&format!("（不完整：{words}）")),
            "{}",
            out.stdout
        );
        let (json, _) = score_json(file, rules, false);
        assert_eq!(json["cases"][0]["partial"], true, "{file}");
        assert_eq!(json["cases"][0]["partial_reason"], code, "{file}");
    }
    let (json, _) = score_json(TIANCHANG, "anhui-2022", false);
    assert!(json["cases"][0].get("partial_reason").is_none());
}

/// D2: the 天长-pattern form scores 100, 完整, no error, with 60 of its points on rows kept
/// as the department claimed them (质量 15 with neither target nor actual, 时效 10, 成本 10,
/// 社会效益 15, 满意度 10, each a sentence or a word for its actual): the CSV's last column
/// 未复核分值 says 60, JSON `unverified_points` 60.
/// A form whose every row was checked says 0 in the CSV and leaves JSON's key out.
#[test]
fn points_taken_on_the_departments_word_are_the_last_column() {
    let out = score(&[TIANCHANG], "anhui-2022", "csv");
    let rows = csv_rows(&out.stdout);
    assert_eq!(rows[0][17], "未复核分值");
    assert_eq!(rows[0].last().unwrap(), "差异（自评−计算）");
    assert_eq!(
        rows[0][16], "分值依据",
        "the columns before keep their places"
    );
    let row = &rows[1];
    assert_eq!((&*row[6], &*row[7], &*row[13]), ("100", "完整", "0"));
    assert_eq!(row[17], "60", "{row:?}");
    let (json, _) = score_json(TIANCHANG, "anhui-2022", false);
    assert_eq!(json["cases"][0]["unverified_points"], 60);

    let out = score(&[QINGSHEN], "sichuan-2023", "csv");
    assert_eq!(csv_rows(&out.stdout)[1][17], "0");
    let (json, _) = score_json(QINGSHEN, "sichuan-2023", false);
    assert!(json["cases"][0].get("unverified_points").is_none());
}

/// The CSV a finance officer opens for a run of a form complete but unfilled, a form leaning
/// on self-scores and a blank template: every column as it reads.
#[test]
fn the_csv_of_a_mixed_run_reads_as_the_officer_sees_it() {
    let blank = format!("{DATA}/blank-template-pipe.txt");
    let out = score(&[QINGSHEN, TIANCHANG, &blank], "anhui-2022", "csv");
    insta::assert_snapshot!("outputs_s22_mixed_run_csv", out.stdout);
}
