//! s23 (tester s23 A1, C3, C5, B2, C4, D3): `单位：元` written beside the title or the year
//! is read, and against an unedited `项目资金（万元）` label the form's own figures decide, in a
//! warning naming both cells; the cells a title or year row drops are quoted; a deadline
//! `当年12月底前` is a deadline; `diff` reads a folder of forms as `score` does and names the
//! file of each form; a folder with files that are not forms exits 2 as documented.
//! Fixtures: `tests/data/import/s23/units/` (README.md there).

use crate::common::{json_codes, score_json};
use crate::test::Test;

const UNITS: &str = "tests/data/import/s23/units";

/// The three placements of `单位：元` over `项目资金（万元）` with amounts in 元: 1,250,000 元
/// is 125 万元 (the form's cost target is `≤125万元`), said in a warning naming both cells.
/// Before, the budget was 1,250,000 万元 and nothing was said (03b, 03e) but "extra cells".
#[test]
fn a_unit_beside_the_title_or_year_is_weighed_against_the_funds_label() {
    for (file, remark) in [
        (
            "03b-jiangsu-yancheng-2022-yuan-subtitle-only.xlsx",
            "Sheet1!H2",
        ),
        ("03d-probe-yuan-on-title-row.xlsx", "Sheet1!I1"),
        ("03e-probe-yuan-in-year-cell.xlsx", "Sheet1!A2"),
    ] {
        let path = format!("{UNITS}/yuan/{file}");
        let (json, stderr) = score_json(&path, "national-2020", false);
        let case = &json["cases"][0];
        assert_eq!(case["execution"]["budget"], 125, "{file}");
        assert_eq!(case["execution"]["spent"], 118.05, "{file}");
        let conflict = format!(
            "表头旁的“单位：元”（{remark}）说金额以元为单位，资金栏的标签“项目资金（万元）”\
             （Sheet1!A5）却写万元，两处矛盾：按元读取、换算为万元——资金数 1,250,000.00 \
             若按万元读，是本表指标中所写金额 ≤125万元（“项目总成本”）的一百倍以上"
        );
        assert!(stderr.contains(&conflict), "{file}: {stderr}");
        assert!(stderr.contains("警告[import::guessed]"), "{file}");
        // The remark's own note no longer says "read as 元" before the decision.
        assert!(!stderr.contains("本表金额以元为单位"), "{file}: {stderr}");
        assert!(
            json_codes(case).contains(&"import-guessed".to_owned()),
            "{file}"
        );
    }
}

/// The year cell holding the unit keeps the year alone (the case file's `year`).
#[test]
fn a_year_cell_holding_the_unit_keeps_the_year() {
    let dir = tempfile::tempdir().unwrap();
    Test::new()
        .args([
            "import",
            &format!("{UNITS}/yuan/03e-probe-yuan-in-year-cell.xlsx"),
        ])
        .arg("--out")
        .arg(dir.path())
        .run();
    let case = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "toml"))
        .unwrap();
    let text = std::fs::read_to_string(case).unwrap();
    assert!(text.contains("year = \"（2022年度）\""), "{text}");
    assert!(
        text.contains("full_year_budget = \"1,250,000.00元\""),
        "{text}"
    );
}

/// With no amount of money among the indicators and a budget that is plausible in 万元
/// (50000), the label is followed — and the contradiction still said, in text places.
#[test]
fn the_label_is_followed_when_the_figures_allow_it_and_said() {
    let (json, stderr) = score_json(&format!("{UNITS}/wan-by-size.tsv.txt"), "anhui-2023", false);
    assert_eq!(json["cases"][0]["execution"]["budget"], 50000);
    assert!(
        stderr.contains(
            "表头旁的“单位：元”（第 2 行第 2 格）说金额以元为单位，资金栏的标签“项目资金（万元）”\
             （第 5 行第 1 格）却写万元，两处矛盾：按万元读取（依资金栏标签）——资金数 50000 \
             按万元读也说得通，本表指标中没有写金额可以比照；请与原表核对"
        ),
        "{stderr}"
    );
}

/// The same warning in English names both places too.
#[test]
fn the_unit_conflict_is_said_in_english() {
    let out = Test::new()
        .env("JIXIAO_LANG", "en")
        .args(["score", "--rules", "rules/anhui-2023"])
        .arg(format!("{UNITS}/wan-by-size.tsv.txt"))
        .run();
    assert!(
        out.stderr.contains(
            "the remark \"单位：元\" beside the title (line 2, cell 2) gives the amounts in 元, \
             but the funds label \"项目资金（万元）\" (line 5, cell 1) says 万元: read as 万元, \
             as the funds label says"
        ),
        "{}",
        out.stderr
    );
}

/// C3: the cells a title row or a year row drops are quoted (`1 cell`, not `1 cells`).
#[test]
fn the_cells_a_title_or_year_row_drops_are_quoted() {
    let file = format!("{UNITS}/dropped-cells.tsv.txt");
    let (_, stderr) = score_json(&file, "anhui-2023", false);
    assert!(
        stderr.contains("标题所在行标题之后的 1 个单元格未导入：“附件3”"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "年度行有多余的单元格，只读取了第一个；未导入的 1 个单元格：“填报日期：2023年3月1日”"
        ),
        "{stderr}"
    );
    let out = Test::new()
        .env("JIXIAO_LANG", "en")
        .args(["score", "--rules", "rules/anhui-2023", &file])
        .run();
    assert!(
        out.stderr
            .contains("1 cell after the title on its row left out: \"附件3\""),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(
            "year row has extra cells; only the first was read, 1 cell left out: \"填报日期：2023年3月1日\""
        ),
        "{}",
        out.stderr
    );
}

/// C5: `当年12月底前` against `12月20日` is a deadline met: scored all or nothing, no
/// `unscorable` and no self-score kept unchecked.
#[test]
fn a_deadline_in_the_forms_own_year_is_scored() {
    let file = format!("{UNITS}/06-xinjiang-changji-2023.html");
    let (json, _) = score_json(&file, "national-2020", false);
    let case = &json["cases"][0];
    let codes = json_codes(case);
    assert!(!codes.contains(&"unscorable".to_owned()), "{codes:?}");
    assert!(!codes.contains(&"reported-kept".to_owned()), "{codes:?}");
    let line = case["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["level3"] == "资金兑付时间")
        .unwrap();
    assert_eq!(line["method"], "all_or_nothing");
    assert_eq!(line["score"], 10);
}

/// B2, C4: `diff` over a folder of forms reads them as `score` does (it compared nothing,
/// `共 0 张表`, exit 0), and every output names the file and form of each row: three forms
/// of one project name are told apart.
#[test]
fn diff_reads_a_folder_of_forms_and_names_each_forms_file() {
    let folder = format!("{UNITS}/yuan");
    let diff = |format: &str| {
        Test::new()
            .env("JIXIAO_LANG", "zh")
            .args(["diff", "--from", "national-2020", "--to", "anhui-2023"])
            .args(["--format", format, &folder])
            .expect_status(1)
            .run()
    };
    let json = diff("json").json();
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 3);
    for (case, file) in cases.iter().zip([
        "03b-jiangsu-yancheng-2022-yuan-subtitle-only.xlsx",
        "03d-probe-yuan-on-title-row.xlsx",
        "03e-probe-yuan-in-year-cell.xlsx",
    ]) {
        assert_eq!(case["file"], format!("{folder}/{file}"));
        assert_eq!(case["form"], 1);
    }
    let table = diff("table").stdout;
    assert!(table.contains("共 3 张表，3 张总分或等级变动"), "{table}");
    assert!(table.contains("┆ 文件"), "{table}");
    let md = diff("md").stdout;
    for out in [&table, &md] {
        for file in ["03b-jiangsu", "03d-probe", "03e-probe"] {
            let row = out
                .lines()
                .find(|l| l.contains("盐城市城区排水设施养护经费") && l.contains(file));
            assert!(row.is_some(), "{file}: {out}");
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("diff.html");
    Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["diff", "--from", "national-2020", "--to", "anhui-2023"])
        .args(["--format", "html", "--out"])
        .arg(&page)
        .arg(&folder)
        .expect_status(1)
        .run();
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains(
            "<td>tests/data/import/s23/units/yuan/03d-probe-yuan-on-title-row.xlsx 第 1 张表</td>"
        ),
        "{html}"
    );
}

/// D3: a folder whose other files are not forms (a PDF, a note) scores its form and exits 2,
/// as docs/cli.md's exit codes say of a file that could not be read; the last line names them.
#[test]
fn a_folder_with_files_not_read_scores_its_forms_and_exits_2() {
    // The bureau's inbox (tester's `probe-mixed/`): the form, a PDF (not a real one) and a note.
    let dir = tempfile::tempdir().unwrap();
    let form = "06-xinjiang-changji-2023.html";
    std::fs::copy(format!("{UNITS}/{form}"), dir.path().join(form)).unwrap();
    std::fs::write(dir.path().join("报告.pdf"), "%PDF-1.4 fake").unwrap();
    std::fs::write(
        dir.path().join("说明.txt"),
        "各单位自评表已收齐，共2份。\n联系人：张三\n",
    )
    .unwrap();
    let out = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/national-2020"])
        .arg(dir.path())
        .expect_status(2)
        .run();
    assert!(
        out.stdout.contains("昌吉州草原生态保护补助奖励资金"),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr
            .contains("另有 2 个文件未读取（报告.pdf、说明.txt）")
            || out
                .stdout
                .contains("另有 2 个文件未读取（报告.pdf、说明.txt）"),
        "{}",
        out.stderr
    );
}
