//! Outputs and scoring semantics found by the s4 user test (engineer `fixa`): amounts written
//! with their unit, partial forms, range targets, no-points templates, a form of another year.

use crate::test::Test;
use std::path::Path;

/// Copies the seed's case file `name` from cases/huainan-2023 into `dir`, replacing `from`
/// with `to` (each must occur).
fn copy_case(dir: &Path, name: &str, edits: &[(&str, &str)]) {
    let root = crate::common::root().join("cases/huainan-2023");
    let file = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(name))
        .unwrap();
    let mut text = std::fs::read_to_string(&file).unwrap();
    for (from, to) in edits {
        assert!(text.contains(from), "{from} not in {}", file.display());
        text = text.replacen(from, to, 1);
    }
    std::fs::write(dir.join(file.file_name().unwrap()), text).unwrap();
}

fn department_summary(dir: &Path) -> serde_json::Value {
    let out = Test::new()
        .args(["score", "--rules", "rules/anhui-2023", "--format", "json"])
        .arg(dir)
        .args(["--by", "department"])
        .output();
    let json = out.json();
    json["summary"]["departments"][0].clone()
}

/// The tester's F16: `115.2万元` on one form beside plain `96` on another was summed as
/// 1152096 万元. Amounts go through the one value parser in the block's unit (万元): the sums,
/// the rate and the budget-weighted average are those of the same forms written plainly.
#[test]
fn amounts_written_with_their_unit_sum_in_wan_yuan() {
    let plain = tempfile::tempdir().unwrap();
    copy_case(plain.path(), "2023-01-", &[]);
    copy_case(plain.path(), "2023-02-", &[]);
    let units = tempfile::tempdir().unwrap();
    let written =
        "initial_budget = \"115.2万元\"\nfull_year_budget = \"1152000元\"\nspent = \"115.2万\"";
    copy_case(
        units.path(),
        "2023-01-",
        &[(
            "initial_budget = \"115.2\"\nfull_year_budget = \"115.2\"\nspent = \"115.2\"",
            written,
        )],
    );
    copy_case(units.path(), "2023-02-", &[]);
    let (p, u) = (
        department_summary(plain.path()),
        department_summary(units.path()),
    );
    assert_eq!(u["budget"].to_string(), "211.2", "{u}");
    assert_eq!(u["spent"].to_string(), "211.2", "{u}");
    for key in [
        "budget",
        "spent",
        "execution_rate",
        "average",
        "weighted_average",
    ] {
        assert_eq!(u[key], p[key], "{key}: {u} against {p}");
    }
}

/// A funds amount written in a unit that is not money is a unit clash, said in the form's
/// words; the rate is not computed from it. Since s14 it is said by the form's `no-grade`
/// finding (the execution score is unknown), the one finding on that cell.
#[test]
fn an_amount_in_a_unit_that_is_not_money_is_a_unit_mismatch() {
    let dir = tempfile::tempdir().unwrap();
    copy_case(
        dir.path(),
        "2023-01-",
        &[("spent = \"115.2\"", "spent = \"115人\"")],
    );
    Test::new()
        .args(["score", "--rules", "rules/anhui-2023", "--lang", "zh"])
        .arg(dir.path())
        .expect_stdout_contains("警告[no-grade] 预算执行率无法计算：“年度资金总额”的全年执行数“115人”的单位“人”不是金额")
        .run();
}

/// The tester's F6/F7: a cut-short form's partial sum was shown as 计算总分, averaged into
/// 部门汇总 and put in the HTML chart's score bands, whose title said the rules had no grades.
/// Now it is marked in every output and left out of the averages (said under the table).
#[test]
fn a_partial_sum_is_marked_and_kept_out_of_averages() {
    let dir = tempfile::tempdir().unwrap();
    copy_case(dir.path(), "2023-01-", &[]);
    copy_case(
        dir.path(),
        "2023-02-",
        &[(
            "constructed = false",
            "constructed = false\nincomplete = true",
        )],
    );
    let score = |format: &str| {
        Test::new()
            .args(["score", "--rules", "rules/anhui-2023", "--by", "department"])
            .args(["--lang", "zh", "--format", format])
            .arg(dir.path())
            .output()
    };
    let json = score("json").json();
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases[0].get("partial"), None);
    assert_eq!(cases[1]["partial"], true);
    let first = cases[0]["total"].to_string();
    let d = &json["summary"]["departments"][0];
    // The average is the complete form's total alone; the partial one is counted apart.
    assert_eq!(d["average"].to_string(), first, "{d}");
    assert_eq!(d["weighted_average"].to_string(), first, "{d}");
    assert_eq!(
        (d["partial"].as_u64(), d["ungraded"].as_u64()),
        (Some(1), Some(1))
    );
    // The mark says why (session 22, tester s21 C5): this form was cut short.
    let partial = format!("{}（不完整：表不全）", cases[1]["total"]);
    let table = score("table").stdout;
    assert!(table.contains(&partial), "{table}");
    assert!(
        table.contains("平均分和预算加权平均分不含 1 张不完整的表"),
        "{table}"
    );
    let csv = Test::new()
        .args([
            "score",
            "--rules",
            "rules/anhui-2023",
            "--lang",
            "zh",
            "--format",
            "csv",
        ])
        .arg(dir.path())
        .output()
        .stdout;
    // In the CSV the total is a number, said partial in the 完整性 column beside it (tester
    // s9 F18: the text `45.65（不完整）` sat in a column of numbers).
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let at = header.iter().position(|h| *h == "计算总分").unwrap();
    assert_eq!(header[at + 1], "完整性", "{csv}");
    let row = |n: usize| -> Vec<String> {
        csv.lines()
            .nth(n)
            .unwrap()
            .split(',')
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(
        row(1)[at..at + 2],
        [first.clone(), "完整".to_owned()],
        "{csv}"
    );
    assert_eq!(
        row(2)[at..at + 2],
        [cases[1]["total"].to_string(), "不完整（表不全）".to_owned()],
        "{csv}"
    );
    assert!(!csv.contains("（不完整）"), "{csv}");
    // And in the xlsx 汇总: a number, with 不完整 in its own column.
    {
        use calamine::{Data, Reader, Xlsx};
        let file = dir.path().join("scores.xlsx");
        Test::new()
            .args(["score", "--rules", "rules/anhui-2023", "--lang", "zh"])
            .args(["--format", "xlsx", "--out"])
            .arg(&file)
            .arg(dir.path())
            .output();
        let mut book: Xlsx<_> = calamine::open_workbook(&file).unwrap();
        let sheet = book.worksheet_range("汇总").unwrap();
        let at = |r: u32, c: u32| sheet.get_value((r, c)).cloned().unwrap();
        assert_eq!(at(0, 6), Data::String("计算总分".into()));
        assert_eq!(at(0, 7), Data::String("完整性".into()));
        let total: f64 = cases[1]["total"].as_f64().unwrap();
        assert_eq!(at(2, 6), Data::Float(total));
        assert_eq!(at(2, 7), Data::String("不完整（表不全）".into()));
        assert_eq!(at(1, 7), Data::String("完整".into()));
    }
    let page = dir.path().join("scores.html");
    Test::new()
        .args(["score", "--rules", "rules/anhui-2023", "--by", "department"])
        .args(["--lang", "zh", "--format", "html", "--out"])
        .arg(&page)
        .arg(
            dir.path()
                .join("2023-02-政务服务中心行政及“一费制”经费.toml"),
        )
        .output();
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains(&format!(">{partial}</a>")), "{html}");
    // The grade chart, with the partial form under 未评级 — not score bands "without grades".
    assert!(html.contains("<title>等级分布</title>"), "{html}");
    assert!(html.contains("<title>未评级: 1</title>"), "{html}");
    assert!(!html.contains("规则未设等级"));
}

/// The tester's F9: a form sheet's 总分, 自评总分 and amounts were text (`'95.8 / 100'`).
#[test]
fn a_form_sheets_scores_and_amounts_are_numbers() {
    use calamine::{Data, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("scores.xlsx");
    Test::new()
        .args(["score", "--lang", "zh", "--format", "xlsx", "--out"])
        .arg(&file)
        .arg("cases/huainan-2023/2023-01-窗口人员月度考核奖.toml")
        .run();
    let mut book: Xlsx<_> = calamine::open_workbook(&file).unwrap();
    let form = book.worksheet_range("窗口人员月度考核奖").unwrap();
    let at = |r: u32, c: u32| form.get_value((r, c)).unwrap().clone();
    assert_eq!(at(5, 0), Data::String("总分 / 满分".into()));
    assert_eq!(
        (at(5, 1), at(5, 2)),
        (Data::Float(100.0), Data::Float(100.0))
    );
    assert_eq!(at(6, 1), Data::Float(100.0));
    assert_eq!(
        (at(8, 1), at(9, 1)),
        (Data::Float(115.2), Data::Float(115.2))
    );
}

/// Tester s6 F11: the xlsx form sheets and the HTML 发现 list showed case-file lines,
/// internal keys (`indicators[0].target`) and finding codes, and a not-applicable row 得分 0.
/// The form's field, the indicator and the finding's name stand there instead, and 不适用.
#[test]
fn reports_name_the_form_places_and_findings_in_words() {
    use calamine::{Data, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let case = "cases/huainan-2023/2023-01-窗口人员月度考核奖.toml";
    let run = |format: &str, out: &Path| {
        Test::new()
            .args(["score", "--lang", "zh", "--format", format, "--out"])
            .arg(out)
            .arg(case)
            .run();
    };
    let book_path = dir.path().join("r.xlsx");
    run("xlsx", &book_path);
    let mut book: Xlsx<_> = calamine::open_workbook(&book_path).unwrap();
    let form = book.worksheet_range("窗口人员月度考核奖").unwrap();
    let text = |r: &[Data], c: usize| r.get(c).map(ToString::to_string).unwrap_or_default();
    let rows: Vec<Vec<Data>> = form.rows().map(<[Data]>::to_vec).collect();
    let na = rows
        .iter()
        .find(|r| text(r, 2) == "指标1:本项目不涉及")
        .unwrap();
    assert_eq!(text(na, 4), "不适用", "{na:?}");
    let fields: String = rows.iter().map(|r| text(r, 9)).collect();
    assert!(fields.contains("年度指标值 = ≧90%"), "{fields}");
    assert!(!fields.contains(".toml:"), "{fields}");
    assert!(!fields.contains("indicators["), "{fields}");
    let finding = rows.iter().find(|r| text(r, 0) == "指标不适用").unwrap();
    let place = text(finding, 3);
    assert!(
        place.starts_with("效 / 生态效益 / 指标1:本项目不涉及 · 三级指标"),
        "{place}"
    );
    assert!(!rows.iter().any(|r| text(r, 0) == "not-applicable"));

    let page = dir.path().join("r.html");
    run("html", &page);
    let html = std::fs::read_to_string(&page).unwrap();
    let list = &html[html.find("id=\"form-1-finding-0\"").unwrap()..];
    let list = &list[..list.find("</ul>").unwrap()];
    assert!(list.contains(">指标不适用</span>"), "{list}");
    assert!(
        list.contains(">效 / 生态效益 / 指标1:本项目不涉及 · 三级指标"),
        "{list}"
    );
    assert!(!list.contains("<code>"), "{list}");
    assert!(html.contains(">不适用</a>"), "not-applicable row");
    assert!(html.contains(">年度指标值</span> = ≧90%"), "trace inputs");
}

/// The tester's F21: a range target (`8000-9000人`) was unreadable and the self-score was
/// kept without a word. A range is read by the value parser and met from its lower end up;
/// a self-score still kept (here: a target that reads as nothing) is a finding saying so.
#[test]
fn range_targets_are_scored_and_a_kept_self_score_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let row = "target = \"\"\nactual = \"达成预期指标\"\npoints = \"15\"\nscore = \"15\"";
    copy_case(
        dir.path(),
        "2023-01-",
        &[(
            row,
            "target = \"8000-9000人\"\nactual = \"7600人\"\npoints = \"15\"\nscore = \"15\"",
        )],
    );
    let score = |lang: &str| {
        Test::new()
            .args(["score", "--rules", "rules/anhui-2023", "--format", "json"])
            .args(["--lang", lang])
            .arg(dir.path())
            .output()
            .json()
    };
    let json = score("zh");
    let case = &json["cases"][0];
    let first = &case["indicators"][0];
    // 15 × 7600 / 8000 = 14.25: the lower end is the target.
    assert_eq!(first["method"], "ratio", "{first}");
    assert_eq!(first["score"].to_string(), "14.25", "{first}");
    let codes: Vec<&str> = case["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(!codes.contains(&"unreadable-value"), "{codes:?}");
    // A target that still cannot be read: the self-score is kept, and said to be unverified.
    let text = std::fs::read_dir(dir.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let case_text = std::fs::read_to_string(&text).unwrap();
    std::fs::write(&text, case_text.replace("8000-9000人", "8000-9000-10000人")).unwrap();
    let json = score("zh");
    let kept = json["cases"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "reported-kept")
        .unwrap_or_else(|| panic!("no reported-kept finding: {json}"))
        .clone();
    assert_eq!(
        kept["message"],
        "无法按规则计算得分：采用自评得分 15（未复核）"
    );
    assert_eq!(kept["severity"], "warning");
    let en = score("en");
    assert!(
        en.to_string()
            .contains("the reported score 15 is taken unverified")
    );
}

/// The tester's F28: a form of another year or template was scored under the chosen rule set
/// without a word. A 2022 form under anhui-2023 and a Sichuan 部门预算 form under Anhui's rules
/// are warned about, in both languages; under their own families they are not.
#[test]
fn a_form_of_another_year_or_template_is_said() {
    let real = |name: &str| format!("tests/data/import/real/{name}.txt");
    let score = |file: &str, rules: &str, lang: &str| {
        Test::new()
            .args(["score", "--rules", rules, "--lang", lang])
            .arg(file)
            .output()
            .stdout
    };
    let chizhou = real("chizhou-guichi-tangxi-2022-weituo");
    let zh = score(&chizhou, "rules/anhui-2023", "zh");
    assert!(
        zh.contains("警告[year-mismatch] 表的年度 2022 与规则“anhui-2023”的年度 2023 不一致"),
        "{zh}"
    );
    let en = score(&chizhou, "rules/anhui-2023", "en");
    assert!(
        en.contains(
            "warning[year-mismatch] the form is of 2022, but rule set `anhui-2023` is for 2023"
        ),
        "{en}"
    );
    assert!(!score(&chizhou, "rules/anhui-2022", "zh").contains("year-mismatch"));
    let sichuan = real("sichuan-qingshen-fgj-2023-gongzi");
    let zh = score(&sichuan, "rules/anhui-2023", "zh");
    assert!(
        zh.contains("警告[template-mismatch] 表“部门预算项目支出绩效自评表(2023年度)”"),
        "{zh}"
    );
    assert!(!zh.contains("year-mismatch"), "{zh}");
    let own = score(&sichuan, "rules/sichuan-2023", "zh");
    assert!(!own.contains("template-mismatch"), "{own}");
    let hunan = real("hunan-hengshan-liangshi-2020-chubeiliang");
    assert!(score(&hunan, "rules/anhui-2023", "en").contains("warning[template-mismatch]"));
    assert!(!score(&hunan, "rules/hunan-2020-target", "en").contains("mismatch"));
}

/// The tester's F8: on a template without points (Hunan) every indicator row showed 得分 0 in
/// HTML and xlsx, and never whether its target was met. The judgement stands there instead.
#[test]
fn a_form_without_points_shows_each_judgement_not_a_zero() {
    use calamine::{Data, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    // The real form with 市民满意度调查 not met: the page's `290%` (a `≥90%` misread, not
    // judged since s11) written `95%` against the actual `90%`.
    let real = "tests/data/import/real/hunan-hengshan-liangshi-2020-chubeiliang.txt";
    let text = std::fs::read_to_string(real).unwrap();
    assert!(text.contains("市民满意度调查290%100%"));
    let form = dir.path().join("hn.txt");
    std::fs::write(
        &form,
        text.replace("市民满意度调查290%100%", "市民满意度调查95%90%"),
    )
    .unwrap();
    let run = |format: &str, out: &Path| {
        Test::new()
            .args([
                "score",
                "--rules",
                "rules/hunan-2020-target",
                "--lang",
                "zh",
            ])
            .args(["--format", format, "--out"])
            .arg(out)
            .arg(&form)
            .output()
    };
    let page = dir.path().join("hn.html");
    run("html", &page);
    let html = std::fs::read_to_string(&page).unwrap();
    let sheet = &html[html.find("class=\"sheet\"").unwrap()..];
    let rows = &sheet[..sheet.find("</tbody>").unwrap()];
    assert!(
        rows.contains(">达成</a>") && rows.contains(">未达成</a>"),
        "{rows}"
    );
    assert!(!rows.contains(">0</a></td><td class=\"n\">—"), "{rows}");
    let book_path = dir.path().join("hn.xlsx");
    run("xlsx", &book_path);
    let mut book: Xlsx<_> = calamine::open_workbook(&book_path).unwrap();
    // The first form sheet, after the fixed ones (导入说明 when a form has import notes).
    let fixed = ["汇总", "部门汇总", "发现明细", "导入说明"];
    let names = book.sheet_names();
    let name = names.iter().find(|n| !fixed.contains(&n.as_str())).unwrap();
    let sheet = book.worksheet_range(name).unwrap();
    let scores: Vec<Data> = sheet.rows().skip(12).map(|r| r[4].clone()).collect();
    assert!(
        scores.contains(&Data::String("未达成".into())),
        "{scores:?}"
    );
    assert!(!scores[..3].contains(&Data::Float(0.0)), "{scores:?}");
}

/// The tester's F7: a form without points (Hunan) showed 满分 0 and 执行得分 0 in the summaries
/// (CSV, xlsx, HTML, table) and `× 0 = 0` in the trace, which read as scores of zero. Blank or
/// `—` wherever the form has no points, as 计算总分 already was; the trace says why.
#[test]
fn a_form_without_points_has_no_zero_points_nor_execution_score() {
    use calamine::{Data, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let form = "tests/data/import/real/hunan-hengshan-liangshi-2020-chubeiliang.txt";
    let score = |args: &[&str]| {
        Test::new()
            .args([
                "score",
                "--rules",
                "rules/hunan-2020-target",
                "--lang",
                "zh",
            ])
            .args(args)
            .arg(form)
            .output()
    };
    let csv = score(&["--format", "csv"]).stdout;
    let row: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
    // 计算总分, 完整性, 满分, 等级, 自评总分, 执行率(%), 执行得分
    assert_eq!(row[6..13], ["", "", "", "", "", "100", ""], "{csv}");
    let table = score(&["--explain"]).stdout;
    let summary = table.lines().nth(3).unwrap();
    assert!(summary.contains("┆   100% ┆        — ┆"), "{table}");
    assert!(
        table.contains("表中没有分值栏：预算执行率 100% 只作记录，不计执行得分"),
        "{table}"
    );
    assert!(
        table.contains("表中没有分值栏：不计总分、不评等级"),
        "{table}"
    );
    assert!(
        !table.contains("× 0 = 0") && !table.contains("0 + 0 = 0"),
        "{table}"
    );
    let page = dir.path().join("hn.html");
    score(&["--format", "html", "--out", page.to_str().unwrap()]);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(!html.contains("#form-1-exec\""), "{html}");
    let book_path = dir.path().join("hn.xlsx");
    score(&["--format", "xlsx", "--out", book_path.to_str().unwrap()]);
    let mut book: Xlsx<_> = calamine::open_workbook(&book_path).unwrap();
    let summary = book.worksheet_range("汇总").unwrap();
    let at = |r: u32, c: u32| summary.get_value((r, c)).cloned().unwrap_or(Data::Empty);
    assert_eq!((at(1, 8), at(1, 13)), (Data::Empty, Data::Empty));
    let name = book.sheet_names()[3].clone();
    let sheet = book.worksheet_range(&name).unwrap();
    assert!(
        !sheet.rows().any(|r| r.contains(&Data::Float(0.0))),
        "a 0 on the form sheet"
    );
}

/// The tester's F10: `301-某县交通运输局` beside `某县交通运输局` split one department in two
/// in every department summary. Grouped by the name with the code set aside, the code listed,
/// the merge said; `…本级` counted apart and said to look alike.
#[test]
fn a_department_code_prefix_does_not_split_the_department() {
    use calamine::{Data, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let dept = "department = \"淮南市数据资源管理局\"";
    copy_case(
        dir.path(),
        "2023-01-",
        &[(dept, "department = \"301-淮南市数据资源管理局\"")],
    );
    copy_case(dir.path(), "2023-02-", &[]);
    copy_case(
        dir.path(),
        "2023-03-",
        &[(dept, "department = \"淮南市数据资源管理局本级\"")],
    );
    let score = |format: &str| {
        Test::new()
            .args(["score", "--rules", "rules/anhui-2023", "--by", "department"])
            .args(["--lang", "zh", "--format", format])
            .arg(dir.path())
            .output()
    };
    let json = score("json").json();
    let rows = json["summary"]["departments"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0]["department"], "淮南市数据资源管理局");
    assert_eq!(rows[0]["forms"], 2);
    assert_eq!(rows[0]["codes"], serde_json::json!(["301"]));
    assert_eq!(rows[1]["looks_like"], "淮南市数据资源管理局");
    let merged = "主管部门“淮南市数据资源管理局”的 2 种写法只差开头的预算代码，按一个部门统计：\
                  “301-淮南市数据资源管理局”、“淮南市数据资源管理局”";
    let alike =
        "主管部门“淮南市数据资源管理局本级”与“淮南市数据资源管理局”名称相近，按两个部门统计";
    let table = score("table").stdout;
    assert!(
        table.contains("淮南市数据资源管理局（代码 301）"),
        "{table}"
    );
    assert!(table.contains(merged) && table.contains(alike), "{table}");
    let page = dir.path().join("r.html");
    Test::new()
        .args(["score", "--rules", "rules/anhui-2023", "--by", "department"])
        .args(["--lang", "zh", "--format", "html", "--out"])
        .arg(&page)
        .arg(dir.path())
        .run();
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        html.contains("<td>淮南市数据资源管理局（代码 301）</td>"),
        "{html}"
    );
    assert!(html.contains(merged) && html.contains(alike), "{html}");
    let file = dir.path().join("r.xlsx");
    Test::new()
        .args(["score", "--rules", "rules/anhui-2023", "--lang", "zh"])
        .args(["--format", "xlsx", "--out"])
        .arg(&file)
        .arg(dir.path())
        .run();
    let mut book: Xlsx<_> = calamine::open_workbook(&file).unwrap();
    let sheet = book.worksheet_range("部门汇总").unwrap();
    let at = |r: u32, c: u32| sheet.get_value((r, c)).cloned().unwrap_or(Data::Empty);
    assert_eq!(
        at(1, 0),
        Data::String("淮南市数据资源管理局（代码 301）".into())
    );
    assert_eq!(at(1, 1), Data::Float(2.0));
    assert_eq!(at(2, 0), Data::String("淮南市数据资源管理局本级".into()));
    assert_eq!(at(4, 0), Data::String(merged.into()));
}

/// Tester s7 F13: the CSV's 发现 cell names each kind of finding once (it named
/// `自评得分与计算得分不一致` twice when another kind stood between), as the workbook does.
#[test]
fn the_csv_names_each_kind_of_finding_once() {
    let out = Test::new()
        .args([
            "--lang",
            "zh",
            "score",
            "cases/constructed-edge/edge-07-空白与无法识别.toml",
            "--format",
            "csv",
        ])
        .output()
        .stdout;
    let row = out.lines().nth(1).unwrap();
    // 发现 is the last column but the points basis (分值依据, session 17) and the unverified
    // points (未复核分值, session 22) and 差异 (session 24).
    let cell = row.rsplit(',').nth(3).unwrap();
    let kinds: Vec<&str> = cell.split('；').collect();
    let mut once = kinds.clone();
    once.sort_unstable();
    once.dedup();
    assert_eq!(kinds.len(), once.len(), "{cell}");
    assert!(cell.contains("自评得分与计算得分不一致"), "{cell}");
}

/// Tester s7 F13: the page's summary shows a 主管部门 written with its budget-system code as
/// the department table does (`某县水利局（代码 412）`), not once each way.
#[test]
fn the_page_summary_shows_a_coded_department_as_the_department_table_does() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("r.html");
    Test::new()
        .args([
            "--lang",
            "zh",
            "score",
            "tests/data/import/arrived/anhui-flat-shuiku.txt",
            "--rules",
            "rules/anhui-2023",
            "--by",
            "department",
            "--format",
            "html",
            "--out",
            page.to_str().unwrap(),
        ])
        .run();
    let html = std::fs::read_to_string(&page).unwrap();
    let summary = html.split("<table id=\"summary\">").nth(1).unwrap();
    let summary = summary.split("</table>").next().unwrap();
    assert!(summary.contains("某县水利局（代码 412）"), "{summary}");
    assert!(!summary.contains("412-某县水利局"), "{summary}");
    let departments = html.split("<table id=\"departments\">").nth(1).unwrap();
    assert!(departments.contains("某县水利局（代码 412）"));
}

/// #16 item 1: a finance officer filtering in Excel needs each finding on its own row, with
/// its indicator (level 1 / 2 / 3), the form's field, the cell and what is wrong — the
/// per-form CSV names only the kinds. `--format csv-findings` has one row per finding (a form
/// without findings one row with those columns empty), the BOM and the header in the run's
/// language, the form's first four columns as the per-form CSV has them.
#[test]
fn the_findings_csv_names_each_findings_indicator_field_and_cell() {
    for lang in ["zh", "en"] {
        let out = Test::new()
            .args(["--lang", lang, "score", "--rules", "rules/anhui-2023"])
            .args([
                "tests/data/import/standard-template-example.xlsx",
                "cases/constructed-edge/edge-07-空白与无法识别.toml",
                "--format",
                "csv-findings",
            ])
            .output()
            .stdout;
        let body = out.strip_prefix('\u{feff}').expect("the BOM Excel needs");
        let per_form = Test::new()
            .args(["--lang", lang, "score", "--format", "csv"])
            .arg("cases/constructed-edge/edge-07-空白与无法识别.toml")
            .output()
            .stdout;
        let form_columns = |line: &str| line.splitn(5, ',').take(4).collect::<Vec<_>>().join(",");
        assert_eq!(
            form_columns(body.lines().next().unwrap()),
            form_columns(
                per_form
                    .trim_start_matches('\u{feff}')
                    .lines()
                    .next()
                    .unwrap()
            ),
        );
        // The template's 表2 finding is placed on its sheet and cell, under its indicator.
        let not_applicable = body
            .lines()
            .find(|l| l.contains(",not-applicable,"))
            .unwrap();
        assert!(
            not_applicable.contains(",效益指标,生态效益,指标1:本项目不涉及,三级指标,表2!D18,"),
            "{not_applicable}"
        );
        insta::assert_snapshot!(format!("csv_findings_{lang}"), body);
    }
}

/// #16 item 1 in the workbook: sheet 3 (发现明细) has a row per finding with the columns of
/// `--format csv-findings`, under an autofilter, and stays when the per-form sheets are left
/// out (`--sheets none`, the choice for hundreds of forms).
#[test]
fn the_workbook_lists_each_finding_with_its_indicator_and_cell() {
    use calamine::{Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.xlsx");
    Test::new()
        .args(["--lang", "zh", "score", "--rules", "rules/anhui-2023"])
        .args([
            "tests/data/import/standard-template-example.xlsx",
            "--format",
            "xlsx",
            "--sheets",
            "none",
            "--out",
        ])
        .arg(&path)
        .run();
    let mut book: Xlsx<_> = calamine::open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names(), ["汇总", "部门汇总", "发现明细"]);
    let sheet = book.worksheet_range("发现明细").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(
        rows[0][4..12],
        [
            "级别",
            "发现",
            "发现代码",
            "一级指标",
            "二级指标",
            "三级指标",
            "表上栏目",
            "单元格"
        ]
    );
    let row = rows.iter().find(|r| r[6] == "not-applicable").unwrap();
    assert_eq!(
        row[1..12],
        [
            "公共图书馆免费开放补助",
            "某市文化和旅游局",
            "某市图书馆",
            "提示",
            "指标不适用",
            "not-applicable",
            "效益指标",
            "生态效益",
            "指标1:本项目不涉及",
            "三级指标",
            "表2!D18"
        ]
    );
    // One row per finding: the template's two forms have two findings in all.
    assert_eq!(rows.len(), 3, "{rows:?}");
}

/// The #16 audit: a layout option that the format cannot take was refused in English under
/// the Chinese default (`` `--by department` adds a summary table… ``).
#[test]
fn a_layout_option_the_format_cannot_take_is_refused_in_the_users_language() {
    for (format, option, zh, en) in [
        (
            "csv-findings",
            "--by",
            "会增加一张汇总表",
            "adds a summary table",
        ),
        (
            "md",
            "--sheets",
            "对“--format md”不起作用",
            "it does nothing with",
        ),
    ] {
        let value = if option == "--by" {
            "department"
        } else {
            "none"
        };
        let run = |lang: &str| {
            Test::new()
                .args([
                    "--lang",
                    lang,
                    "score",
                    "cases/huainan-2023",
                    "--format",
                    format,
                ])
                .args([option, value])
                .expect_status(2)
                .run()
                .stderr
        };
        let (zh_out, en_out) = (run("zh"), run("en"));
        assert!(
            zh_out.starts_with("错误") && zh_out.contains(zh),
            "{zh_out}"
        );
        assert!(en_out.contains(en), "{en_out}");
    }
}

/// The import notes of each form in `json` (a score report), one line per note.
fn import_notes_of(json: &serde_json::Value) -> String {
    let mut lines = String::new();
    for case in json["cases"].as_array().unwrap() {
        lines.push_str(&format!("{}\n", case["project"]));
        for note in case["import_notes"].as_array().into_iter().flatten() {
            lines.push_str(&format!("  {note}\n"));
        }
    }
    lines
}

/// Tester s8 F10 (#16): a form scored straight from a file had its import notes printed on
/// the terminal and only their count carried into the reports, which the person reporting to
/// the bureau chief reads. Each form's notes — severity, kind, text, place on the form — are
/// listed in JSON (`import_notes`), under the form in HTML (导入说明, folded), on the xlsx
/// sheet 导入说明 (one row per note, 发现明细's columns; s11c H3) and on the form's own sheet;
/// in both languages.
#[test]
fn a_forms_import_notes_are_listed_in_every_report() {
    use calamine::{Data, Reader, Xlsx};
    let form = "tests/data/import/noisy.xlsx";
    for lang in ["zh", "en"] {
        let json = Test::new()
            .args(["--lang", lang, "score", "--rules", "rules/central-2016"])
            .args([form, "--format", "json"])
            .expect_status(1)
            .output()
            .json();
        let notes = import_notes_of(&json);
        assert!(notes.contains(r#""form_cell":"草稿!C15""#), "{notes}");
        insta::assert_snapshot!(format!("import_notes_json_{lang}"), notes);

        let dir = tempfile::tempdir().unwrap();
        let page = dir.path().join("r.html");
        Test::new()
            .args(["--lang", lang, "score", "--rules", "rules/central-2016"])
            .args([form, "--format", "html", "--out"])
            .arg(&page)
            .expect_status(1)
            .run();
        let html = std::fs::read_to_string(&page).unwrap();
        let lists: Vec<&str> = html
            .split("<h3>")
            .skip(1)
            .filter(|s| s.contains("<ul class=\"import-notes\">"))
            .map(|s| &s[..s.find("</ul>").unwrap()])
            .collect();
        // Forms 1, 2 and 3 each have theirs, under their own section.
        assert_eq!(lists.len(), 3, "{html}");
        insta::assert_snapshot!(format!("import_notes_html_{lang}"), lists.join("\n"));
    }

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.xlsx");
    Test::new()
        .args(["--lang", "zh", "score", "--rules", "rules/central-2016"])
        .args([form, "--format", "xlsx", "--out"])
        .arg(&path)
        .expect_status(1)
        .run();
    let mut book: Xlsx<_> = calamine::open_workbook(&path).unwrap();
    let text = |r: &[Data], c: usize| r.get(c).map(ToString::to_string).unwrap_or_default();
    let sheet_rows = |book: &mut Xlsx<_>, name: &str| -> Vec<Vec<Data>> {
        let range = book.worksheet_range(name).unwrap();
        range.rows().map(<[Data]>::to_vec).collect()
    };
    // The notes stand on a sheet of their own, none between the findings (s11c H3).
    let findings = sheet_rows(&mut book, "发现明细");
    assert!(!findings.iter().any(|r| text(r, 5) == "导入说明"));
    let details = sheet_rows(&mut book, "导入说明");
    assert_eq!(details[0], findings[0], "the same columns");
    let noted: Vec<&Vec<Data>> = details
        .iter()
        .filter(|r| text(r, 5) == "导入说明")
        .collect();
    // The form's 8 notes (the one before the first form belongs to no form).
    assert_eq!(noted.len(), 8, "{details:?}");
    let cut = noted
        .iter()
        .find(|r| text(r, 6) == "import::unreadable")
        .unwrap();
    assert_eq!(
        [text(cut, 1), text(cut, 4), text(cut, 11), text(cut, 12)],
        [
            "手工录入的租赁项目".to_owned(),
            "警告".to_owned(),
            "草稿!C15".to_owned(),
            "无法读取：表格不完整：文件在总分行之前结束；已导入现有部分".to_owned()
        ]
    );
    let sheet = book.worksheet_range("手工录入的租赁项目").unwrap();
    let rows: Vec<Vec<Data>> = sheet.rows().map(<[Data]>::to_vec).collect();
    let head = rows.iter().position(|r| text(r, 0) == "导入说明").unwrap();
    assert_eq!(
        rows[head + 1..]
            .iter()
            .map(|r| (0..4).map(|c| text(r, c)).collect::<Vec<_>>().join(" | "))
            .collect::<Vec<_>>(),
        [
            "已识别 | 提示 | 分值、得分与上一行合并（共用分值，shares_points） | 草稿!D14",
            "无法读取 | 警告 | 表格不完整：文件在总分行之前结束；已导入现有部分 | 草稿!C15"
        ]
    );
}

/// A case file written by `import --out` keeps its notes in `[form] import_notes`: scored,
/// they are listed as those of the form scored straight from its file (one path for both).
/// Scored in the other language, the kind and a text place are said in that language; the
/// note's own text stays in the language of the import.
#[test]
fn an_imported_case_files_notes_are_listed_as_the_forms_own() {
    let form = "tests/data/import/real/langfang-shipin-2019-nuantong.txt";
    let dir = tempfile::tempdir().unwrap();
    Test::new()
        .args(["--lang", "zh", "import", form, "--out"])
        .arg(dir.path())
        .run();
    let score = |lang: &str, what: &Path| {
        let json = Test::new()
            .args(["--lang", lang, "score", "--rules", "rules/central-2016"])
            .arg(what)
            .args(["--format", "json"])
            .output()
            .json();
        import_notes_of(&json)
    };
    let direct = score("zh", Path::new(form));
    assert!(direct.contains("import::unreadable"), "{direct}");
    assert_eq!(score("zh", dir.path()), direct);
    let en = score("en", dir.path());
    assert!(
        en.contains(r#""message":"unreadable: 表格不完整：文件在总分行之前结束；已导入现有部分","form_cell":"line 460""#),
        "{en}"
    );
}
