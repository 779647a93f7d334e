//! A folder's files that were not read are said where the officer looks (tester s17s F6): the
//! end of the run names them, and every report lists them with why; a workbook with no
//! extension or an odd one is told by its content; lock files and `desktop.ini` stay quiet.

use crate::common;
use crate::test::Test;
use calamine::{Data, Reader, Xlsx};
use std::path::{Path, PathBuf};

/// A folder as a bureau receives it, inside `dir/收件`: the standard template's workbook (2
/// forms: 95.8 and 94.76 under anhui-2023), the same workbook with no extension (as WeChat
/// and some systems save downloads) and as `.xlsx.1`, an OpenDocument spreadsheet (refused,
/// naming the format), a CSV export (read), a `.bin` of junk (skipped), text with no extension
/// (skipped), Excel's lock file and Windows' `desktop.ini` (quiet). Returns the rules folder.
fn inbox(dir: &Path) -> PathBuf {
    let data = common::root().join("tests/data/import");
    let inbox = dir.join("收件");
    std::fs::create_dir(&inbox).unwrap();
    let workbook = data.join("standard-template-example.xlsx");
    for name in ["发改委自评表.xlsx", "医保局自评表", "教育局自评表.xlsx.1"] {
        std::fs::copy(&workbook, inbox.join(name)).unwrap();
    }
    std::fs::copy(data.join("s17s/o1-tpl.ods"), inbox.join("文旅局自评表.ods")).unwrap();
    std::fs::copy(
        data.join("s17s/c1b-biao1-utf8-bom.csv"),
        inbox.join("财政局导出.csv"),
    )
    .unwrap();
    std::fs::write(inbox.join("备份.bin"), [7u8, 0, 255, 3, 9, 0, 0, 1]).unwrap();
    std::fs::write(inbox.join("交接记录"), "周一收到三份\n").unwrap();
    std::fs::write(inbox.join("~$发改委自评表.xlsx"), [0u8; 165]).unwrap();
    std::fs::write(inbox.join("desktop.ini"), "[.ShellClassInfo]\n").unwrap();
    common::root().join("rules/anhui-2023")
}

/// `score 收件` run inside `dir` (paths in the output are relative, as typed).
fn score(dir: &Path, rules: &Path, format: &[&str]) -> crate::test::Output {
    Test::new()
        .current_dir(dir)
        .args(["--lang", "zh", "score", "收件", "--rules"])
        .arg(rules)
        .args(format)
        .expect_status(2)
        .run()
}

/// The three files not read, in the folder's order, with their codes.
const NOT_READ: [(&str, &str); 3] = [
    ("收件/交接记录", "import::skipped"),
    ("收件/备份.bin", "import::skipped"),
    ("收件/文旅局自评表.ods", "import::refused"),
];

#[test]
fn the_table_ends_naming_the_files_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let rules = inbox(dir.path());
    let out = score(dir.path(), &rules, &[]);
    let end: Vec<&str> = out.stdout.lines().rev().take(2).collect();
    insta::assert_snapshot!(
        "folder_not_read_table_end",
        format!("{}\n{}", end[1], end[0])
    );
    // Three copies of the template (2 forms each) and the CSV's form: 7 scored.
    assert!(end[1].starts_with("共评 7 张表"), "{}", out.stdout);
    // The workbooks named by content are read as workbooks.
    for name in ["收件/医保局自评表", "收件/教育局自评表.xlsx.1"] {
        assert!(
            out.stderr
                .contains(&format!("`{name}`：按 Excel 工作簿（.xlsx）读取")),
            "{}",
            out.stderr
        );
    }
    // The lock file keeps its note but is not among the files not read; desktop.ini is quiet.
    assert!(out.stderr.contains("~$发改委自评表.xlsx"), "{}", out.stderr);
    assert!(!end[0].contains("~$") && !out.stderr.contains("desktop.ini"));
    assert!(!out.stdout.contains("desktop.ini"));
}

#[test]
fn json_lists_the_files_not_read_and_the_terminal_says_them_last() {
    let dir = tempfile::tempdir().unwrap();
    let rules = inbox(dir.path());
    let out = score(dir.path(), &rules, &["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["summary"]["cases"], 7);
    let listed: Vec<(&str, &str)> = json["files_not_read"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["path"].as_str().unwrap(), f["code"].as_str().unwrap()))
        .collect();
    assert_eq!(listed, NOT_READ);
    let ods = &json["files_not_read"][2]["reason"];
    assert!(ods.as_str().unwrap().contains("OpenDocument"), "{ods}");
    let last = out.stderr.lines().last().unwrap();
    assert_eq!(
        last,
        "另有 3 个文件未读取（交接记录、备份.bin、文旅局自评表.ods）：每个文件的原因见上文，报告中也逐一列出"
    );
}

#[test]
fn the_xlsx_and_html_reports_list_the_files_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let rules = inbox(dir.path());
    let report = dir.path().join("评分结果.xlsx");
    let out = score(
        dir.path(),
        &rules,
        &["--format", "xlsx", "--out", report.to_str().unwrap()],
    );
    assert!(out.stderr.contains("另有 3 个文件未读取"), "{}", out.stderr);
    let mut book: Xlsx<_> = calamine::open_workbook(&report).unwrap();
    assert_eq!(book.sheet_names()[..2], ["汇总", "未读取的文件"]);
    let sheet = book.worksheet_range("未读取的文件").unwrap();
    let text = |c: &Data| c.to_string();
    let rows: Vec<Vec<String>> = sheet.rows().map(|r| r.iter().map(text).collect()).collect();
    assert!(rows[0][0].starts_with("以下 3 个文件没有评分"), "{rows:?}");
    assert_eq!(rows[1][..3], ["文件", "代码", "原因"]);
    let listed: Vec<(&str, &str)> = rows[2..]
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str()))
        .collect();
    assert_eq!(listed, NOT_READ);
    assert!(rows[3][2].contains(".bin"), "{rows:?}");

    let page = dir.path().join("评分结果.html");
    score(
        dir.path(),
        &rules,
        &["--format", "html", "--out", page.to_str().unwrap()],
    );
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("<h2 id=\"not-read\">未读取的文件</h2>"));
    for (file, code) in NOT_READ {
        assert!(
            html.contains(&format!("<td>{file}</td><td>{code}</td>")),
            "{file}"
        );
    }
}

#[test]
fn import_of_the_folder_ends_naming_the_files_not_read() {
    let dir = tempfile::tempdir().unwrap();
    inbox(dir.path());
    let out = Test::new()
        .current_dir(dir.path())
        .args(["--lang", "zh", "import", "收件", "--out", "案卷"])
        .expect_status(2)
        .run();
    let last = out.stderr.lines().last().unwrap();
    assert!(
        last.starts_with("另有 3 个文件未读取（交接记录"),
        "{}",
        out.stderr
    );
    // Every workbook is written, the two named by content too.
    let written = std::fs::read_dir(dir.path().join("案卷")).unwrap().count();
    assert_eq!(written, 7, "{}", out.stderr);
}
