//! #8: importers for forms as they really arrive (xlsx workbooks, paragraph text, the seed's
//! text), chosen by content; exported workbooks round-trip to identical scores; the xlsx
//! report, read back as a user sees it (calamine); the HTML reports are self-contained (how
//! they render in a browser is `browser.rs`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use crate::test::Test;
use calamine::{Data, Reader, Xlsx};
use jixiao::import::{self, InputFormat, export};
use jixiao::load::raw_case::RawCase;
use std::path::{Path, PathBuf};

fn data(name: &str) -> PathBuf {
    common::root().join("tests/data/import").join(name)
}

fn import_file(path: &Path) -> (InputFormat, import::Import) {
    let bytes = std::fs::read(path).unwrap();
    let name = format!(
        "tests/data/import/{}",
        path.file_name().unwrap().to_string_lossy()
    );
    import::import(&name, &bytes, Some("anhui-2023")).unwrap()
}

fn parse(toml_text: &str) -> RawCase {
    toml::from_str(toml_text).unwrap()
}

#[test]
fn formats_are_chosen_by_content() {
    assert_eq!(import::detect(b"PK\x03\x04rest"), InputFormat::Xlsx);
    let seed = std::fs::read(common::root().join("tests/data/seed-2023-huainan.txt")).unwrap();
    assert_eq!(import::detect(&seed), InputFormat::SeedText);
    let para = std::fs::read(data("other-template-paragraphs.txt")).unwrap();
    assert_eq!(import::detect(&para), InputFormat::Paragraphs);
}

#[test]
fn paragraphs_of_another_template() {
    let (format, imported) = import_file(&data("other-template-paragraphs.txt"));
    assert_eq!(format, InputFormat::Paragraphs);
    let form = imported.forms.first().unwrap();
    assert!(!form.incomplete);
    let raw = parse(&form.toml);
    assert_eq!(raw.indicators.len(), 7);
    let first = raw.indicators.first().unwrap().get_ref();
    assert_eq!(first.nature.as_ref().unwrap().get_ref().0.as_ref(), "≥");
    assert!(first.points.is_none() && first.score.is_none());
    let funds = raw.funds.get(1).unwrap().get_ref();
    assert_eq!(funds.rate.as_ref().unwrap().get_ref().0.as_ref(), "90%");
    assert!(funds.points.is_none());
    insta::assert_snapshot!(
        "paragraphs_other_template",
        common::import_summary(&imported)
    );
    insta::assert_snapshot!("paragraphs_other_template_case", form.toml);
}

#[test]
fn web_text_cut_short_and_noisy() {
    let (format, imported) = import_file(&data("web-cut-lines.txt"));
    assert_eq!(format, InputFormat::Paragraphs);
    let form = imported.forms.first().unwrap();
    assert!(form.incomplete);
    let raw = parse(&form.toml);
    assert!(raw.form.incomplete);
    assert_eq!(raw.indicators.len(), 4);
    assert_eq!(raw.funds.len(), 2);
    insta::assert_snapshot!("web_cut_lines", common::import_summary(&imported));
}

/// The noisy workbook: two forms stacked on one sheet, a hand-typed form with numbers stored
/// as numbers (rate as a fraction, a float artefact), cut short before 总分.
fn noisy_workbook() -> Vec<u8> {
    use rust_xlsxwriter::{Format, Workbook};
    let draft = |n: u32| {
        let file = common::seed_file(n);
        export::draft_of(&parse(&std::fs::read_to_string(file).unwrap()))
    };
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("淮南").unwrap();
    ws.write_string(0, 0, "附件2").unwrap();
    let next = export::write_form(ws, &draft(10), 2).unwrap();
    export::write_form(ws, &draft(12), next + 2).unwrap();
    let ws = book.add_worksheet();
    ws.set_name("草稿").unwrap();
    let mut cut = draft(12);
    cut.project = "手工录入的租赁项目".into();
    cut.indicators.truncate(3);
    cut.total = None;
    cut.notes.clear();
    export::write_form(ws, &cut, 0).unwrap();
    // Typed as numbers: the funds total row (row 6 = index 5), E..J.
    let pct = Format::new().set_num_format("0.00%");
    ws.write_number(5, 4, 430.5).unwrap();
    ws.write_number(5, 6, 305.5).unwrap();
    ws.write_number_with_format(5, 8, 0.7096, &pct).unwrap();
    ws.write_number(5, 9, 7.000_000_000_000_001).unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
#[ignore = "writes tests/data/import/noisy.xlsx; run after changing noisy_workbook"]
fn regenerate_noisy_workbook() {
    std::fs::write(data("noisy.xlsx"), noisy_workbook()).unwrap();
}

#[test]
fn xlsx_stacked_merged_and_cut_short() {
    let committed = std::fs::read(data("noisy.xlsx")).unwrap();
    let (format, imported) = import_file(&data("noisy.xlsx"));
    assert_eq!(format, InputFormat::Xlsx);
    assert_eq!(imported.forms.len(), 3);
    let names: Vec<_> = imported.forms.iter().map(|f| f.incomplete).collect();
    assert_eq!(names, [false, false, true]);
    let cut = parse(&imported.forms.get(2).unwrap().toml);
    let total = cut.funds.first().unwrap().get_ref();
    assert_eq!(total.rate.as_ref().unwrap().get_ref().0.as_ref(), "70.96%");
    assert_eq!(total.score.as_ref().unwrap().get_ref().0.as_ref(), "7");
    assert_eq!(total.spent.as_ref().unwrap().get_ref().0.as_ref(), "305.5");
    let shared = parse(&imported.forms.get(1).unwrap().toml);
    assert_eq!(
        shared
            .indicators
            .iter()
            .filter(|i| i.get_ref().shares_points)
            .count(),
        4
    );
    // The committed file is what the generator writes.
    let fresh = import::import(
        "tests/data/import/noisy.xlsx",
        &noisy_workbook(),
        Some("anhui-2023"),
    )
    .unwrap()
    .1;
    assert_eq!(
        common::import_summary(&fresh),
        common::import_summary(&imported),
        "regenerate noisy.xlsx ({} bytes)",
        committed.len()
    );
    // Tester s6 F9: the rate cell formatted `0.00%` is the 70.96% Excel shows, not a guess.
    let summary = common::import_summary(&imported);
    assert!(!summary.contains("0.7096"), "{summary}");
    insta::assert_snapshot!("xlsx_noisy", summary);
}

/// Computed totals and line scores per form, without file names.
fn scores(csv_out: &str) -> Vec<String> {
    csv_out
        .lines()
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            // 项目名称, 计算总分, 满分, 等级, 自评总分, 执行率, 执行得分.
            let keep = [1usize, 6, 7, 8, 9, 10, 11];
            keep.iter()
                .map(|&i| cells.get(i).copied().unwrap_or(""))
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect()
}

/// Imports `input` into `cases` under anhui-2023 and asserts that the 14 forms score exactly
/// as the shipped seed cases (CSV: a header and 14 rows).
fn imports_to_the_seed_scores(input: &Path, cases: &Path) {
    Test::new()
        .arg("import")
        .arg(input)
        .arg("--out")
        .arg(cases)
        .args(["--rules", "anhui-2023"])
        .run();
    // Form 12 contradicts itself: exit 1.
    let a = Test::new()
        .args(["score", "cases/huainan-2023", "--format", "csv"])
        .expect_status(1)
        .run();
    let b = Test::new()
        .arg("score")
        .arg(cases)
        .args(["--format", "csv"])
        .expect_status(1)
        .run();
    assert_eq!(scores(&a.stdout), scores(&b.stdout));
    assert_eq!(scores(&b.stdout).len(), 15);
}

#[test]
fn exported_workbook_imports_to_identical_scores() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("huainan.xlsx");
    let cases = dir.path().join("cases");
    Test::new()
        .args(["export", "cases/huainan-2023", "--out"])
        .arg(&book)
        .run();
    imports_to_the_seed_scores(&book, &cases);
    // Every cell comes back as written.
    for entry in std::fs::read_dir(&cases).unwrap() {
        let path = entry.unwrap().path();
        let imported = parse(&std::fs::read_to_string(&path).unwrap());
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let original = parse(
            &std::fs::read_to_string(common::root().join("cases/huainan-2023").join(&name))
                .unwrap(),
        );
        let (mut x, mut y) = (export::draft_of(&imported), export::draft_of(&original));
        for d in [&mut x, &mut y] {
            d.source.clear();
            d.import_notes.clear();
        }
        assert_eq!(x.indicators, y.indicators, "{name}");
        assert_eq!(x.funds, y.funds, "{name}");
        assert_eq!(
            (x.total, x.notes, x.goals),
            (y.total, y.notes, y.goals),
            "{name}"
        );
    }
}

#[test]
fn file_formats_need_out() {
    Test::new()
        .args(["score", "cases/huainan-2023", "--format", "xlsx"])
        .expect_status(2)
        .expect_stderr_contains("pass `--out FILE`")
        .run();
    Test::new()
        .args(["diff", "--from", "anhui-2023", "--to", "hb-module"])
        .args(["cases/huainan-2023", "--format", "html"])
        .expect_status(2)
        .run();
}

fn text(d: &Data) -> String {
    d.to_string()
}

#[test]
fn score_workbook_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("scores.xlsx");
    Test::new()
        .args(["score", "cases/huainan-2023", "--format", "xlsx", "--out"])
        .arg(&file)
        .expect_status(1)
        .run();
    let mut book: Xlsx<_> = calamine::open_workbook(&file).unwrap();
    let names = book.sheet_names();
    // Two of the forms were imported with notes: they have a sheet of their own (s11c H3).
    assert_eq!(names.len(), 18);
    assert_eq!(names[..4], ["汇总", "部门汇总", "发现明细", "导入说明"]);
    // Form sheets are named after the project (this one has exactly Excel's 31 characters).
    assert_eq!(
        names.get(15).unwrap(),
        "淮南市电子政务云计算中心租赁服务及政府协同办公系统租用服务项目"
    );
    let summary = book.worksheet_range("汇总").unwrap();
    let header: Vec<String> = summary.rows().next().unwrap().iter().map(text).collect();
    assert_eq!(header, jixiao::render::summary_header());
    assert_eq!(summary.height(), 15);
    let row12: Vec<&Data> = summary.rows().nth(12).unwrap().iter().collect();
    assert_eq!(
        text(row12.get(1).unwrap()),
        "淮南市电子政务云计算中心租赁服务及政府协同办公系统租用服务项目"
    );
    assert_eq!(text(row12.get(2).unwrap()), "淮南市数据资源管理局");
    assert_eq!(row12.get(6).unwrap(), &&Data::Float(97.0));
    assert_eq!(text(row12.get(7).unwrap()), "complete");
    assert_eq!(row12.get(9).unwrap(), &&Data::Float(93.0));
    assert_eq!(row12.get(12).unwrap(), &&Data::Float(0.7096));
    // The department summary: numbers stored as numbers, and a native chart over them.
    let departments = book.worksheet_range("部门汇总").unwrap();
    let head: Vec<String> = departments
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(text)
        .collect();
    // The tests' binary speaks English (and so does the library until told otherwise).
    assert_eq!(head[..7], jixiao::render::department_header());
    assert_eq!(head[7..12], ["优", "良", "中", "差", "No grade"]);
    let row: Vec<&Data> = departments.rows().nth(1).unwrap().iter().collect();
    assert_eq!(text(row[0]), "淮南市数据资源管理局");
    assert_eq!(
        row[1..8],
        [14.0, 4884.34, 4634.27, 0.9488, 99.07, 99.48, 14.0]
            .map(Data::Float)
            .iter()
            .collect::<Vec<_>>()[..]
    );
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&file).unwrap()).unwrap();
    let mut chart = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/charts/chart1.xml").unwrap(),
        &mut chart,
    )
    .unwrap();
    assert!(chart.contains("<c:barChart>") && chart.contains("<c:grouping val=\"stacked\"/>"));
    assert!(
        chart.contains("<c:f>部门汇总!$A$2</c:f>") && chart.contains("<c:f>部门汇总!$H$2</c:f>"),
        "{chart}"
    );
    let form = book.worksheet_range(names.get(15).unwrap()).unwrap();
    let head: Vec<String> = form.rows().nth(11).unwrap().iter().map(text).collect();
    assert_eq!(head, jixiao::render::form_header());
    let trace = text(form.get((12, 7)).unwrap());
    assert!(!trace.is_empty());
    let fields = text(form.get((12, 9)).unwrap());
    // The form's fields by their names, not the case file's keys (tester s6 F11).
    assert!(fields.contains("分值 = 15"), "{fields}");
    assert!(!fields.contains("indicators[0]"), "{fields}");
    // `--sheets none`: the summary sheets only.
    Test::new()
        .args(["score", "cases/huainan-2023", "--format", "xlsx"])
        .args(["--sheets", "none", "--force", "--out"])
        .arg(&file)
        .expect_status(1)
        .run();
    let book: Xlsx<_> = calamine::open_workbook(&file).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["汇总", "部门汇总", "发现明细", "导入说明"]
    );
}

/// `--sheets auto` (the default) keeps one sheet per form up to 300 forms; above, only the
/// summary sheets, and a note says so and how to get them all (#16 item 4).
#[test]
fn a_large_workbook_leaves_out_the_form_sheets_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    Test::new()
        .args(["gen", "--count", "301", "--out"])
        .arg(&cases)
        .run();
    let file = dir.path().join("big.xlsx");
    let out = Test::new()
        .args(["score", "--format", "xlsx", "--out"])
        .arg(&file)
        .arg(&cases)
        .output();
    assert!(
        out.stderr.contains("301 forms: more than 300") && out.stderr.contains("--sheets all"),
        "{}",
        out.stderr
    );
    let book: Xlsx<_> = calamine::open_workbook(&file).unwrap();
    assert_eq!(book.sheet_names(), ["汇总", "部门汇总", "发现明细"]);
}

/// The HTML reports (score and diff) stand alone: the chart is inline SVG, nothing is fetched.
/// How they render is `browser::html_reports_render_in_chromium`.
#[test]
fn html_reports_are_self_contained() {
    let dir = tempfile::tempdir().unwrap();
    for (page, command) in crate::browser::html_reports(dir.path()) {
        let html = std::fs::read_to_string(&page).unwrap();
        if command == "score" {
            // `--by department`: the department summary after the chart (#16 item 4).
            assert!(
                html.contains("<td>淮南市数据资源管理局</td><td class=\"n\">14</td><td class=\"n\">4884.34</td><td class=\"n\">4634.27</td><td class=\"n\">94.88%</td>"),
                "{html}"
            );
        }
        assert!(
            html.contains("<svg id=\"grade-chart\""),
            "{}",
            page.display()
        );
        assert!(!html.contains("<link ") && !html.contains("src=\"http"));
    }
}

// ---------------------------------------------------------------------------------------------
// #15: real forms and other templates, import → score

/// Imports `path` (under `tests/data/import/`) naming `rules`, scores every form under them,
/// and returns the outcomes with a summary of what was read and scored.
fn import_and_score(
    name: &str,
    rules: &str,
) -> (import::Import, Vec<jixiao::outcome::Outcome>, String) {
    let bytes = std::fs::read(data(name)).unwrap();
    let source = format!("tests/data/import/{name}");
    let (format, imported) = import::import(&source, &bytes, Some(rules)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let rule_set = common::rules(rules);
    let mut out = format!(
        "read as {}\n{}",
        format.name(),
        common::import_summary(&imported)
    );
    let mut outcomes = Vec::new();
    for form in &imported.forms {
        let path = dir.path().join(&form.file_name);
        std::fs::write(&path, &form.toml).unwrap();
        let case = common::case(&path);
        let o = jixiao::evaluate::evaluate(
            &rule_set,
            &case,
            jixiao::evaluate::Options {
                trace: true,
                ..Default::default()
            },
        );
        out.push_str(&format!(
            "scored under {rules}: total {} of {}, grade {}, execution rate {} → {}\n",
            o.total
                .map_or_else(|| "(none)".to_owned(), |t| t.to_string()),
            o.total_points,
            o.grade.as_deref().unwrap_or("(none)"),
            o.execution
                .rate
                .map_or("—".to_owned(), |r| r.round_dp(2).to_string()),
            o.execution.score
        ));
        for i in &o.indicators {
            out.push_str(&format!(
                "  {} / {} / {}: {} of {} ({})\n",
                &*i.level1,
                &*i.level2,
                i.level3,
                i.score,
                i.points.map_or("—".to_owned(), |p| p.to_string()),
                i.method.name()
            ));
            for step in &i.trace {
                out.push_str(&format!("      {}\n", step.text));
            }
        }
        for f in &o.findings {
            out.push_str(&format!("  [{}] {}\n", f.code, f.message));
        }
        outcomes.push(o);
    }
    (imported, outcomes, out)
}

/// How many of `notes` say the catalog message `id`.
fn notes_with(notes: &[import::ImportNote], id: &str) -> usize {
    notes.iter().filter(|n| n.message.id() == Some(id)).count()
}

fn has(o: &jixiao::outcome::Outcome, code: &str) -> bool {
    o.findings.iter().any(|f| f.code == code)
}

#[test]
fn real_chizhou_flattened_form_reads_and_gets_no_grade() {
    let (imported, outcomes, out) =
        import_and_score("real/chizhou-guichi-tangxi-2022-weituo.txt", "anhui-2022");
    let (form, o) = (imported.forms.first().unwrap(), outcomes.first().unwrap());
    assert!(form.incomplete, "the text ends mid-word");
    assert_eq!(o.indicators.len(), 10);
    // Execution from 本年财政拨款: 89.974 / 89.974 = 100% → 10.
    assert_eq!(o.execution.rate, Some(common::d("100")));
    assert_eq!(o.execution.score, common::d("10"));
    // ≤90万元 vs 90: full points, never 90 yuan against 900,000.
    let cost = o
        .indicators
        .iter()
        .find(|i| &*i.level3 == "项目总成本")
        .unwrap();
    assert_eq!(cost.score, common::d("8"));
    assert_eq!(o.grade, None);
    for code in [
        "unit-assumed",
        "funds-total-blank",
        "budget-trimmed-to-spent",
        "incomplete-form",
        "no-grade",
    ] {
        assert!(has(o, code), "{code} missing:\n{out}");
    }
    insta::assert_snapshot!("real_chizhou", out);
}

#[test]
fn real_langfang_paragraph_form_reads_and_gets_no_grade() {
    let (imported, outcomes, out) =
        import_and_score("real/langfang-shipin-2019-nuantong.txt", "central-2016");
    let (form, o) = (imported.forms.first().unwrap(), outcomes.first().unwrap());
    assert!(form.incomplete, "the excerpt ends before 总分");
    assert!(form.toml.contains("year = \"2019年度)\""));
    // Placeholder rows (指标2, ……) are skipped: 9 real indicators remain.
    assert_eq!(o.indicators.len(), 9);
    assert!(
        o.indicators
            .iter()
            .all(|i| !["指标1", "指标2", "……"].contains(&&*i.level3))
    );
    // 37.24 / 43.2 = 86.2%; as shared/real-forms/README.md says, "the form itself scores it 9
    // of 10 (whole points)": central-2016 scores execution the same way (8.62 → 9, #17), so the
    // form's execution 得分 agrees.
    assert_eq!(
        o.execution.rate.map(|r| r.round_dp(1)),
        Some(common::d("86.2"))
    );
    assert_eq!(o.execution.score, common::d("9"));
    assert!(
        !o.findings
            .iter()
            .any(|f| f.code == "score-mismatch" && f.message.to_string().contains("execution")),
        "{out}"
    );
    assert_eq!(o.grade, None);
    insta::assert_snapshot!("real_langfang", out);
}

#[test]
fn real_sichuan_form_reads_budget_increase_and_no_self_scores() {
    let (imported, outcomes, out) =
        import_and_score("real/sichuan-qingshen-fgj-2023-gongzi.txt", "sichuan-2023");
    let (form, o) = (imported.forms.first().unwrap(), outcomes.first().unwrap());
    assert!(!form.incomplete);
    assert!(form.toml.contains("year = \"2023年度\""));
    assert_eq!(o.indicators.len(), 2);
    assert_eq!(o.execution.score, common::d("10"));
    // The template's note asks for the 追加 to be explained: one finding says it (#17).
    let added = o
        .findings
        .iter()
        .find(|f| f.code == "budget-adjusted")
        .unwrap();
    assert!(
        added.message.to_string().contains("238.93") && added.message.to_string().contains("12.96"),
        "{}",
        added.message
    );
    assert!(!has(o, "budget-added"), "the same change reported twice");
    assert!(has(o, "no-grade"));
    assert_eq!(o.grade, None);
    insta::assert_snapshot!("real_sichuan", out);
}

#[test]
fn flattened_form_scores_as_hand_worked() {
    let (imported, outcomes, out) = import_and_score("flat-one-line.txt", "anhui-2023");
    assert_eq!(imported.forms.len(), 1);
    let o = outcomes.first().unwrap();
    // 118/120 × 20 = 19.67; 15 + 15 + 15 (显著提升 worded like its target) + 15 + 10; 108/120 = 90% → 9.
    let scores = common::line_scores(o);
    assert_eq!(scores, ["19.67", "15", "15", "15", "15", "10"]);
    assert_eq!(o.execution.score, common::d("9"));
    assert_eq!(o.total, Some(common::d("98.67")));
    assert_eq!(o.grade.as_deref(), Some("优"));
    // The deviation cell after the first row was found by where the next row's numbers fall.
    assert!(
        imported.forms[0]
            .toml
            .contains("deviation = \"两段道路因施工推迟\"")
    );
    assert!(has(o, "budget-added"));
    let label = o
        .findings
        .iter()
        .find(|f| f.code == "label-points-mismatch")
        .unwrap();
    assert!(label.message.to_string().contains("35") && label.message.to_string().contains("30"));
    insta::assert_snapshot!("flat_one_line", out);
}

#[test]
fn sichuan_template_scores_as_hand_worked() {
    let (_, outcomes, out) = import_and_score("sichuan-template.txt", "sichuan-2023");
    let o = outcomes.first().unwrap();
    // ≥ 500 人次 vs 450: 450/500 × 30 = 27. 指标性质 ≤ with 30 天 vs 35: reverse,
    // 30/35 × 30 = 25.71 (without the 指标性质 it would be full points). = 100% vs 100: 30.
    let scores = common::line_scores(o);
    assert_eq!(scores, ["27", "25.71", "30"]);
    // The tester's F6: the reports show the form's own 一级指标, the rules' group stays the
    // group the row counts under (and is said in the trace).
    let shown: Vec<(&str, &str)> = o
        .indicators
        .iter()
        .map(|i| (i.shown_level1(), &*i.level1))
        .collect();
    assert_eq!(
        shown,
        [
            ("产出指标", "绩效指标"),
            ("产出指标", "绩效指标"),
            ("效益指标", "绩效指标")
        ],
        "{out}"
    );
    // 72 / 80 (调整后预算数) = 90% → 9.
    assert_eq!(o.execution.score, common::d("9"));
    assert_eq!(o.total, Some(common::d("91.71")));
    assert_eq!(o.grade.as_deref(), Some("优"));
    // The cut is explained in the form's 原因 cell: quoted, not warned of (tester's F5).
    let cut = o
        .findings
        .iter()
        .find(|f| f.code == "budget-adjustment-explained")
        .unwrap();
    assert!(
        cut.message.to_string().contains("100")
            && cut.message.to_string().contains("80")
            && cut.message.to_string().contains("年中调减预算20万元"),
        "{}",
        cut.message
    );
    assert!(!has(o, "budget-adjusted"), "{out}");
    assert!(!has(o, "budget-cut"), "the same change reported twice");
    insta::assert_snapshot!("sichuan_template", out);
}

#[test]
fn no_points_form_is_judged_met_or_not() {
    let (imported, outcomes, out) = import_and_score("no-points.txt", "anhui-2023");
    assert!(!imported.forms[0].incomplete);
    let o = outcomes.first().unwrap();
    let methods: Vec<&str> = o.indicators.iter().map(|i| i.method.name()).collect();
    // 100%/100% met; ≤1% vs 2% not met; 0起/0起 met; 高/高 met; 无 not applicable;
    // ≥90% vs 85% not met.
    assert_eq!(
        methods,
        ["met", "not_met", "met", "met", "not_applicable", "not_met"]
    );
    assert!(
        o.indicators
            .iter()
            .all(|i| i.points.is_none() && i.score.is_zero())
    );
    assert_eq!(o.grade, None);
    assert!(has(o, "no-grade"));
    assert!(!has(o, "points-total-mismatch") && !has(o, "missing-reported"));
    insta::assert_snapshot!("no_points", out);
}

#[test]
fn real_hunan_glued_form_without_points_is_judged_not_scored() {
    let (imported, outcomes, out) = import_and_score(
        "real/hunan-hengshan-liangshi-2020-chubeiliang.txt",
        "central-2020",
    );
    let form = imported.forms.first().unwrap();
    assert!(
        form.toml
            .contains("label = \"其中:中央、省、市补助县级资金\"")
    );
    // #15: the sub-row by source is read as the form means it, not as an unknown row.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(&form.file_name);
    std::fs::write(&path, &form.toml).unwrap();
    let checked = jixiao::pipeline::load_case(&path).unwrap();
    let codes: Vec<&str> = checked
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    assert!(!codes.contains(&"case::unknown-funds-row"), "{codes:?}");
    let o = outcomes.first().unwrap();
    assert_eq!(o.indicators.len(), 16);
    let method = |name: &str| {
        o.indicators
            .iter()
            .find(|i| i.level3.contains(name))
            .map(|i| i.method.name())
            .unwrap()
    };
    assert_eq!(method("安全事件发生数"), "met"); // 0起 / 0起
    assert_eq!(method("维护及安全性"), "met"); // 高 / 高
    assert_eq!(method("政策性挂账利息补贴保障率"), "not_applicable"); // 无
    assert_eq!(o.execution.rate, Some(common::d("100")));
    assert_eq!(
        (o.total, o.execution.score),
        (None, common::d("0")),
        "a form with no points has no total (#15)"
    );
    // Every output shows it without a total: `null` in JSON, an empty CSV cell.
    assert!(serde_json::to_value(o).unwrap()["total"].is_null());
    let csv = jixiao::render::csv_row(o);
    let cells: Vec<&str> = csv.split(',').collect();
    assert_eq!((cells[6], cells[8]), ("", ""), "{csv}");
    assert_eq!(o.grade, None);
    assert!(has(o, "no-grade"));
    insta::assert_snapshot!("real_hunan", out);
}

/// #17: the Hunan 县级专项资金绩效目标自评表 (2020) under its own family, `hunan-2020-target`,
/// as shared/real-forms/README.md says: per indicator met / not met (`0起`/`0起` met, `高`/`高`
/// met, `无` not applicable), no points, no total, no grade, no crash.
#[test]
fn real_hunan_scores_under_its_own_family_per_indicator() {
    let (imported, outcomes, out) = import_and_score(
        "real/hunan-hengshan-liangshi-2020-chubeiliang.txt",
        "hunan-2020-target",
    );
    assert_eq!(imported.forms.len(), 1);
    let o = outcomes.first().unwrap();
    assert_eq!(o.rules.id, "hunan-2020-target");
    let methods: Vec<(&str, &str)> = o
        .indicators
        .iter()
        .map(|i| (&*i.level3, i.method.name()))
        .collect();
    let expect = |name: &str| {
        methods
            .iter()
            .find(|(l3, _)| l3.contains(name))
            .map(|(_, m)| *m)
            .unwrap()
    };
    assert_eq!(expect("安全事件发生数"), "met"); // 0起 / 0起: a zero ceiling reached
    assert_eq!(expect("明显变质比例"), "met"); // 0 / 0
    assert_eq!(expect("维护及安全性"), "met"); // 高 / 高
    assert_eq!(expect("政策性挂账利息补贴保障率"), "not_applicable"); // 无
    let count = |m: &str| methods.iter().filter(|(_, x)| *x == m).count();
    // 16 indicators: 14 met, 无 not applicable, and 市民满意度调查 unjudged: the page gives its
    // target as `290%` (a `≥90%` misread), which no satisfaction can reach, flagged.
    assert_eq!(
        (count("met"), count("not_applicable"), count("unjudged")),
        (14, 1, 1),
        "{out}"
    );
    assert!(has(o, "absurd-value") && !has(o, "target-not-met"), "{out}");
    assert!(
        o.indicators
            .iter()
            .all(|i| i.points.is_none() && i.score.is_zero())
    );
    // No points anywhere: nothing is scored out of 100 and no grade is given.
    assert_eq!(o.total_points, common::d("0"));
    assert_eq!(o.execution.score, common::d("0"));
    assert_eq!(o.execution.rate, Some(common::d("100")));
    assert_eq!(o.grade, None);
    assert!(has(o, "no-grade"));
    assert!(!has(o, "points-total-mismatch") && !has(o, "missing-reported"));
    insta::assert_snapshot!("real_hunan_own_family", out);
}

/// #15 item 4: every reading chosen among several is a note naming the cell — in the report
/// and in `[form] import_notes` — and a guessed one counts towards the form's `import-guessed`
/// finding. One input per choice; each note is missing without its fix.
#[test]
fn every_guess_is_visible() {
    let ids = |name: &str, text: &str| -> Vec<&'static str> {
        let (_, imported) = import::import(name, text.as_bytes(), None).unwrap();
        let form = imported.forms.first().unwrap();
        // How the whole input was read is a note of the input, said once (#16).
        let notes = imported.problems.iter().chain(&form.notes);
        notes.filter_map(|n| n.message.id()).collect()
    };
    let read = |name: &str| std::fs::read_to_string(data(name)).unwrap();
    // Flattened: a blank 年度指标值 put back, a 偏差原因 told from the next row's 三级指标.
    let flat = read("flat-one-line.txt").replace("养护合格率 ≥95% 96%", "养护合格率 96%");
    let flat_ids = ids("flat.txt", &flat);
    for id in [
        "import-note-flat-blank-target",
        "import-note-flat-deviation",
    ] {
        assert!(flat_ids.contains(&id), "{id}: {flat_ids:?}");
    }
    // How paragraph text was cut into cells, and `|` text whose rows were rebuilt.
    let lines = ids("lines.txt", &read("web-cut-lines.txt"));
    assert!(lines.contains(&"import-note-cells-per-line"), "{lines:?}");
    let paragraphs = ids("p.txt", &read("other-template-paragraphs.txt"));
    assert!(
        paragraphs.contains(&"import-note-cells-per-paragraph"),
        "{paragraphs:?}"
    );
    let rebuilt = ids("s.txt", &read("real/sichuan-qingshen-fgj-2023-gongzi.txt"));
    assert!(rebuilt.contains(&"import-note-rows-rebuilt"), "{rebuilt:?}");
    // Glued: each indicator split, and text read as the row above's 未完成原因.
    let glued = ids(
        "g.txt",
        &read("real/hunan-hengshan-liangshi-2020-chubeiliang.txt"),
    );
    for id in ["import-note-glued-indicator", "import-note-glued-reason"] {
        assert!(glued.contains(&id), "{id}: {glued:?}");
    }
}

/// What two imports of the same form must agree on: per form the total, grade, execution,
/// each indicator's score and points, and the finding codes — but `import-guessed`, which says
/// how sure the reading of that shape was: a tabular form's rows read as the template prints
/// them, while its flattened or glued copy lost the cells that told them (tester s7 F3).
fn score_summary(outcomes: &[jixiao::outcome::Outcome]) -> Vec<String> {
    outcomes
        .iter()
        .map(|o| {
            let scores: Vec<String> = o
                .indicators
                .iter()
                .map(|i| format!("{}={}/{:?}", i.level3, i.score, i.points))
                .collect();
            let codes: Vec<String> = o
                .findings
                .iter()
                .filter(|f| f.code != jixiao::outcome::FindingCode::ImportGuessed)
                .map(|f| f.code.to_string())
                .collect();
            format!(
                "total {:?} of {}, grade {:?}, execution {:?} → {}, {scores:?}, {codes:?}",
                o.total, o.total_points, o.grade, o.execution.rate, o.execution.score
            )
        })
        .collect()
}

/// #15 item 1: the real Sichuan form flattened onto one line as a web copy does (empty cells
/// gone: the blank 得分 before the funds note, the blank 完成值 and 得分 of each indicator)
/// imports and scores as the tabular original: cells placed by what they hold, each row said.
#[test]
fn real_sichuan_flattened_scores_as_the_tabular_form() {
    let (_, tabular, _) =
        import_and_score("real/sichuan-qingshen-fgj-2023-gongzi.txt", "sichuan-2023");
    let (imported, flat, out) = import_and_score("sichuan-real-flattened.txt", "sichuan-2023");
    assert_eq!(score_summary(&flat), score_summary(&tabular), "{out}");
    let form = imported.forms.first().unwrap();
    assert!(form.toml.contains("unit = \"青神县发展和改革局\""), "{out}");
    assert!(form.toml.contains("points = \"60\""), "{out}");
    assert!(!form.toml.contains("score = \"1.预算执行率"), "{out}");
    // Each placed row said: a guess where a number could have gone elsewhere (the two
    // indicators' one number is the 权重, the 完成值 blank), read where the cells the copy left
    // out can only be the blank 得分 and 原因 (tester s7 F3).
    let guessed = notes_with(&form.notes, "import-note-flat-row");
    let read = notes_with(&form.notes, "import-note-flat-row-blanks");
    assert_eq!((guessed, read), (2, 5), "{out}");
    insta::assert_snapshot!("sichuan_real_flattened", out);
}

/// #15 item 1: the real Sichuan form glued with no separators as a document-sharing preview
/// shows it (`make_glued.py`: cells run together, page-chunk markers, stray spaces) imports and
/// scores as the tabular original: the funds figures split where B / A is the rate, the 总额
/// row's 权重 read from `预算执行情况(10分)`, each indicator row cut at its 指标性质.
#[test]
fn real_sichuan_glued_scores_as_the_tabular_form() {
    let (_, tabular, _) =
        import_and_score("real/sichuan-qingshen-fgj-2023-gongzi.txt", "sichuan-2023");
    let (imported, glued, out) = import_and_score("sichuan-real-glued.txt", "sichuan-2023");
    assert!(out.starts_with("read as glued text"), "{out}");
    assert_eq!(score_summary(&glued), score_summary(&tabular), "{out}");
    let form = imported.forms.first().unwrap();
    assert!(form.toml.contains("unit = \"青神县发展和改革局\""), "{out}");
    assert!(form.toml.contains("initial_budget = \"238.93\""), "{out}");
    assert!(form.toml.contains("points = \"60\""), "{out}");
    let rows = notes_with(&form.notes, "import-note-glued-sichuan-row");
    assert_eq!(rows, 2, "{out}");
    insta::assert_snapshot!("sichuan_real_glued", out);
}

/// #15 item 3: another department's Sichuan form (`variants/sichuan-lines-jiaotong.txt`: `|`
/// lines, other page junk, a budget cut mid-year, self-scored, the 满意度 block complete) and
/// its glued copy (`make_glued.py`) score as hand-worked under sichuan-2023: 135/150 × 20 = 18,
/// 95% ≥ 90% → 20, 100% → 10, 0.48 ≤ 0.5万元 → 10, 明显改善 as its target → 15,
/// 92/95 × 15 = 14.53; 64.8 / 72 (调整后预算数) = 90% → 9; total 96.53 as the form reports.
#[test]
fn sichuan_variant_as_lines_and_glued_scores_as_hand_worked() {
    let (_, lines, _) = import_and_score("variants/sichuan-lines-jiaotong.txt", "sichuan-2023");
    let (imported, glued, out) =
        import_and_score("variants/sichuan-glued-jiaotong.txt", "sichuan-2023");
    for o in [lines.first().unwrap(), glued.first().unwrap()] {
        let scores = common::line_scores(o);
        assert_eq!(scores, ["18", "20", "10", "10", "15", "14.53"], "{out}");
        assert_eq!(o.execution.score, common::d("9"));
        assert_eq!(o.total, Some(common::d("96.53")));
        assert_eq!(o.grade.as_deref(), Some("优"));
        // The cut is explained in the funds 原因 cell (`年中调减预算8万元。`): quoted, not warned of.
        assert!(has(o, "budget-adjustment-explained"), "{out}");
        assert!(!has(o, "budget-adjusted"), "{out}");
        assert!(
            !has(o, "score-mismatch") && !has(o, "total-mismatch"),
            "{out}"
        );
    }
    assert_eq!(score_summary(&glued), score_summary(&lines), "{out}");
    assert!(
        imported.forms[0]
            .toml
            .contains("deviation = \"部分路段冬季停工。\""),
        "{out}"
    );
    insta::assert_snapshot!("sichuan_variant_glued", out);
}

/// #15 items 1 and 3: a 2024 Sichuan form of another county (`variants/sichuan-lines-shuiwu.txt`,
/// other page junk, two indicators under one 二级指标, every 未完成原因 without its closing 。)
/// and its glued copy, where each such reason runs into the next row's 三级指标
/// (`…因汛期停工更换供水管网长度≥12…`), score as hand-worked under sichuan-2023: 36/40 × 15 =
/// 13.5, 12 → 10, 90/95 × 10 = 9.47, 100% → 10, 95% → 10, 1.5/1.6 × 5 = 4.69 (≤), 2.1万人 ≥ 2
/// → 15, 10年 → 5, 88/90 × 10 = 9.78; 57 / 60 = 95% → 9.5; total 96.94 as the form reports.
/// The glued reasons are cut from the names after the words they end with, each cut a note.
#[test]
fn sichuan_reasons_without_full_stop_are_cut_from_the_next_name() {
    let (lines_import, lines, _) =
        import_and_score("variants/sichuan-lines-shuiwu.txt", "sichuan-2023");
    let (imported, glued, out) =
        import_and_score("variants/sichuan-glued-shuiwu.txt", "sichuan-2023");
    for o in [lines.first().unwrap(), glued.first().unwrap()] {
        let scores = common::line_scores(o);
        assert_eq!(
            scores,
            ["13.5", "10", "9.47", "10", "10", "4.69", "15", "5", "9.78"],
            "{out}"
        );
        let names: Vec<&str> = o.indicators.iter().map(|i| &*i.level3).collect();
        assert_eq!(names[1], "更换供水管网长度", "{out}");
        assert_eq!(names[3], "工程验收合格率", "{out}");
        assert_eq!(o.execution.score, common::d("9.5"));
        assert_eq!(o.total, Some(common::d("96.94")));
        assert_eq!(o.grade.as_deref(), Some("优"));
        assert!(
            !has(o, "score-mismatch") && !has(o, "total-mismatch"),
            "{out}"
        );
    }
    assert_eq!(score_summary(&glued), score_summary(&lines), "{out}");
    for toml in [&lines_import.forms[0].toml, &imported.forms[0].toml] {
        for reason in [
            "部分工程因汛期停工",
            "受上游来水影响",
            "个别村组停水时间较长",
        ] {
            assert!(
                toml.contains(&format!("deviation = \"{reason}\"")),
                "{reason}: {toml}"
            );
        }
    }
    let cuts = notes_with(&imported.forms[0].notes, "import-note-glued-sichuan-reason");
    assert_eq!(cuts, 2, "{out}");
    insta::assert_snapshot!("sichuan_variant_glued_reasons", out);
}

/// #15 item 3: new variants of the real forms, as other departments of the same year publish
/// them (`variants/make_variants.py`), read and scored as hand-worked.
///
/// Anhui flattened onto one line after other metadata, complete (anhui-2022): 30处 → 15,
/// 100% → 10, 90/95 × 10 = 9.47, ≤60万元 vs `54` (read in 万元) → 15, 99% ≥ 98% → 15,
/// 达成预期指标 13 inside its band, 95% ≥ 90% → 10; 54 / 60 = 90% → 9; total 96.47.
#[test]
fn anhui_variant_flattened_scores_as_hand_worked() {
    let (imported, outcomes, out) =
        import_and_score("variants/anhui-flat-shuili.txt", "anhui-2022");
    assert_eq!(imported.forms.len(), 1);
    assert!(!imported.forms[0].incomplete, "{out}");
    let o = outcomes.first().unwrap();
    let scores = common::line_scores(o);
    assert_eq!(
        scores,
        ["15", "10", "9.47", "15", "15", "13", "10"],
        "{out}"
    );
    assert_eq!(o.execution.score, common::d("9"));
    assert_eq!(o.total, Some(common::d("96.47")));
    assert_eq!(o.grade.as_deref(), Some("优"));
    assert!(has(o, "unit-assumed"), "{out}");
    assert!(
        !has(o, "label-points-mismatch") && !has(o, "score-mismatch"),
        "{out}"
    );
    assert!(
        imported.forms[0]
            .toml
            .contains("deviation = \"两处工程因汛期延后完工\""),
        "{out}"
    );
    insta::assert_snapshot!("variant_anhui_flat", out);
}

/// #15 item 3: Anhui 2023 of another district, flattened after Word's document properties, with
/// full-width `（50分）`/`（万元）`/`：`, a budget cut mid-year and `不低于98%`/`≤48小时` targets
/// (anhui-2023): 1150/1200 × 20 = 19.17, 99% ≥ 98% → 10, 36 ≤ 48小时 → 10, 285 ≤ 300元 → 10,
/// 达成预期指标 18 of 20 inside its band, 5年 → 10, 94% ≥ 90% → 10; 34.2 / 36 = 95% → 9.5 → 10
/// (whole points, half up); total 97.17 as the form reports; the cut 40 → 36 a finding.
#[test]
fn anhui_2023_variant_flattened_after_word_properties_scores_as_hand_worked() {
    let (imported, outcomes, out) =
        import_and_score("variants/anhui-flat-wanzhi-2023.txt", "anhui-2023");
    assert_eq!(imported.forms.len(), 1);
    assert!(!imported.forms[0].incomplete, "{out}");
    let o = outcomes.first().unwrap();
    let scores = common::line_scores(o);
    assert_eq!(
        scores,
        ["19.17", "10", "10", "10", "18", "10", "10"],
        "{out}"
    );
    assert_eq!(o.execution.rate, Some(common::d("95")));
    assert_eq!(o.execution.score, common::d("10"));
    assert_eq!(o.total, Some(common::d("97.17")));
    assert_eq!(o.grade.as_deref(), Some("优"));
    assert!(has(o, "budget-cut"), "{out}");
    assert!(
        !has(o, "score-mismatch") && !has(o, "total-mismatch") && !has(o, "label-points-mismatch"),
        "{out}"
    );
    assert!(
        imported.forms[0]
            .toml
            .contains("deviation = \"部分路段改造暂停维护\""),
        "{out}"
    );
    insta::assert_snapshot!("variant_anhui_2023_flat", out);
}

/// Hebei, one cell per paragraph with broken cells and placeholders, complete with 总分
/// (central-2016): 108/120 × 15 = 13.5, then full points (12 ≥ 10 capped, 92 ≥ 90 capped);
/// 48 / 50 = 96% → 9.6 → 10 in whole points; total 98.5, no grade under central-2016.
#[test]
fn hebei_variant_paragraphs_scores_as_hand_worked() {
    let (imported, outcomes, out) =
        import_and_score("variants/hebei-paragraphs-anfang.txt", "central-2016");
    assert!(!imported.forms[0].incomplete, "{out}");
    let o = outcomes.first().unwrap();
    let scores = common::line_scores(o);
    assert_eq!(
        scores,
        ["13.5", "15", "10", "10", "15", "15", "10"],
        "{out}"
    );
    assert!(
        o.indicators
            .iter()
            .all(|i| !["指标2", "……"].contains(&&*i.level3))
    );
    assert_eq!(o.execution.score, common::d("10"));
    assert_eq!(o.total, Some(common::d("98.5")));
    assert!(
        !has(o, "score-mismatch") && !has(o, "total-mismatch"),
        "{out}"
    );
    insta::assert_snapshot!("variant_hebei_paragraphs", out);
}

/// #15 item 3: Hebei 2020 of another department copied from a document preview, one cell per
/// paragraph, the preview's page footer and header (`第 1 页 共 2 页`, `— 1 —`) between two
/// indicator rows and the last header cell broken elsewhere (central-2016): 38/40 × 15 = 14.25,
/// then full points (100%, 95%, 6% ≥ 5%, 明显提升 as its target, 8年, 93% ≥ 90%); 72 / 80 = 90%
/// → 9; total 98.25. The page numbers are left out with a note: read as cells they made a
/// phantom row that shared 质量指标's points and halved its score (15 → 7.5, total 89.08).
#[test]
fn hebei_variant_with_page_numbers_between_rows_scores_as_hand_worked() {
    let (imported, outcomes, out) = import_and_score(
        "variants/hebei-paragraphs-guangyang-2020.txt",
        "central-2016",
    );
    assert!(!imported.forms[0].incomplete, "{out}");
    let o = outcomes.first().unwrap();
    let scores = common::line_scores(o);
    assert_eq!(
        scores,
        ["14.25", "15", "10", "10", "15", "15", "10"],
        "{out}"
    );
    assert!(
        o.indicators.iter().all(|i| !i.level3.contains('页')),
        "{out}"
    );
    assert_eq!(o.execution.score, common::d("9"));
    assert_eq!(o.total, Some(common::d("98.25")));
    assert!(
        !has(o, "score-mismatch") && !has(o, "total-mismatch"),
        "{out}"
    );
    let marks = notes_with(&imported.forms[0].notes, "import-note-page-marker");
    assert_eq!(marks, 3, "{out}");
    insta::assert_snapshot!("variant_hebei_page_numbers", out);
}

/// Hunan glued with no points, another county department (hunan-2020-target): 300公里 vs
/// 280公里 not met (its 未完成原因 kept), the other six met (`高`/`高` worded alike, ≥3年 vs 3年);
/// 108 / 120 = 90%; no total, no grade.
#[test]
fn hunan_variant_glued_is_judged_per_indicator() {
    let (imported, outcomes, out) =
        import_and_score("variants/hunan-glued-gonglu.txt", "hunan-2020-target");
    let o = outcomes.first().unwrap();
    let methods: Vec<&str> = o.indicators.iter().map(|i| i.method.name()).collect();
    assert_eq!(
        methods,
        ["not_met", "met", "met", "met", "met", "met", "met"],
        "{out}"
    );
    assert_eq!(&*o.indicators[0].level2, "数量指标", "{out}");
    assert!(
        imported.forms[0]
            .toml
            .contains("deviation = \"部分路段因雨季推迟\""),
        "{out}"
    );
    assert_eq!(o.execution.rate, Some(common::d("90")));
    assert_eq!((o.total, o.grade.as_deref()), (None, None));
    assert!(has(o, "no-grade"));
    insta::assert_snapshot!("variant_hunan_glued", out);
}

/// #15 item 3: Hunan 2021 of another county glued as another document site previews it (no
/// points), units the glued reader did not know (`2万亩`/`1.8万亩`, `≥50公斤`/`55公斤`): they were
/// split inside the number (target `1`, actual `.8`; `亩均增产粮食≥50公斤` read as a name). 2万亩 vs
/// 1.8万亩 not met (its 未完成原因 kept), the other seven met; 285 / 300 = 95%; no total, no grade.
#[test]
fn hunan_2021_variant_with_other_units_is_judged_per_indicator() {
    let (imported, outcomes, out) = import_and_score(
        "variants/hunan-glued-hengyang-2021.txt",
        "hunan-2020-target",
    );
    let o = outcomes.first().unwrap();
    let methods: Vec<&str> = o.indicators.iter().map(|i| i.method.name()).collect();
    assert_eq!(
        methods,
        ["not_met", "met", "met", "met", "met", "met", "met", "met"],
        "{out}"
    );
    let toml = &imported.forms[0].toml;
    for text in [
        "target = \"2万亩\"",
        "actual = \"1.8万亩\"",
        "target = \"≥50公斤\"",
        "actual = \"55公斤\"",
        "deviation = \"部分项目区因降雨推迟开工\"",
    ] {
        assert!(toml.contains(text), "{text}: {out}");
    }
    assert_eq!(o.execution.rate, Some(common::d("95")));
    assert_eq!((o.total, o.grade.as_deref()), (None, None));
    insta::assert_snapshot!("variant_hunan_2021_glued", out);
}

/// #15 item 1: a Sichuan 8-column form flattened onto one line with its labels merged over two
/// rows given once, a blank initial budget (追加) and blank 未完成原因 cells, hand-worked:
/// 118/120 × 20 = 19.67, 300/300 → 20, 96% ≥ 95% → 20, 显著提升 as its target → 20,
/// 85/90 × 10 = 9.44; 45/50 = 90% → 9; total 98.11.
#[test]
fn sichuan_flattened_onto_one_line_scores_as_hand_worked() {
    let (imported, outcomes, out) = import_and_score("sichuan-flat-one-line.txt", "sichuan-2023");
    assert_eq!(imported.forms.len(), 1);
    let o = outcomes.first().unwrap();
    let scores = common::line_scores(o);
    assert_eq!(scores, ["19.67", "20", "20", "20", "9.44"], "{out}");
    assert_eq!(&*o.indicators[1].level2, "数量指标", "{out}");
    assert_eq!(o.execution.score, common::d("9"));
    assert_eq!(o.total, Some(common::d("98.11")));
    assert_eq!(o.grade.as_deref(), Some("优"));
    // The 追加 is explained in the form's 原因 cell: quoted, not warned of (tester's F5).
    assert!(has(o, "budget-adjustment-explained"), "{out}");
    assert!(!has(o, "budget-adjusted"), "{out}");
    assert!(
        imported.forms[0]
            .toml
            .contains("reason = \"年中追加预算50万元\""),
        "{out}"
    );
    insta::assert_snapshot!("sichuan_flat_one_line", out);
}

/// #15 item 2: three real forms (paragraphs, flattened, glued) with every digit, `%`, `.`, `(`, `)` and `:` typed in full-width
/// (`１５`, `８６％`, `（万元）`, `：`) import and score exactly as the originals — points,
/// years, rates and the funds header read through the value layer's full-width reading — and
/// each form says so once in its notes.
#[test]
fn full_width_copies_score_as_the_originals() {
    for (name, rules) in [
        ("langfang-shipin-2019-nuantong.txt", "central-2016"),
        ("chizhou-guichi-tangxi-2022-weituo.txt", "anhui-2022"),
        (
            "hunan-hengshan-liangshi-2020-chubeiliang.txt",
            "hunan-2020-target",
        ),
    ] {
        let (_, original, _) = import_and_score(&format!("real/{name}"), rules);
        let (imported, copy, out) = import_and_score(&format!("full-width-{name}"), rules);
        assert_eq!(
            score_summary(&copy),
            score_summary(&original),
            "{name}:\n{out}"
        );
        let form = imported.forms.first().unwrap();
        assert!(
            form.toml.contains("full-width (全角) digits or signs")
                && form.notes.iter().any(|n| matches!(
                    n.message.id(),
                    Some("import-note-full-width" | "import-note-glued-full-width")
                )),
            "{name}: no note on the full-width cells"
        );
    }
}

/// #15: the 14 seed forms flattened onto one line each (cells split at spaces, empty cells
/// gone, after a line of document metadata) import to the same scores as the seed: merged
/// 分值/得分 and 实际完成值 cells, blank targets and deviations are told apart by where the
/// points and scores fall.
#[test]
fn seed_forms_flattened_onto_one_line_score_as_the_seed() {
    let seed =
        std::fs::read_to_string(common::root().join("tests/data/seed-2023-huainan.txt")).unwrap();
    let mut text = String::from("张三 zlnb000001 1 2023-01-05T08:00:00Z False False\n");
    let mut started = false;
    for cell in seed.split('|') {
        let cell: String = cell.split_whitespace().collect();
        if cell == "项目支出绩效自评表" {
            if started {
                text.push('\n');
            }
            started = true;
        } else if cell.is_empty() || !started {
            continue;
        } else {
            text.push(' ');
        }
        text.push_str(&cell);
    }
    let dir = tempfile::tempdir().unwrap();
    let flat = dir.path().join("flat.txt");
    std::fs::write(&flat, &text).unwrap();
    assert_eq!(
        import::detect(text.as_bytes()),
        InputFormat::FlatText,
        "{}",
        &text[..200]
    );
    imports_to_the_seed_scores(&flat, &dir.path().join("cases"));
}

/// #15 item 6: the seed text twice back to back (each copy ending in its narrative) gives
/// every form of both copies: a form after another form's narrative is not lost.
#[test]
fn seed_text_twice_gives_every_form() {
    let seed = std::fs::read(common::root().join("tests/data/seed-2023-huainan.txt")).unwrap();
    let (_, once) = import::import("seed.txt", &seed, Some("anhui-2023")).unwrap();
    let mut twice = seed.clone();
    twice.extend_from_slice(&seed);
    let (_, imported) = import::import("seed.txt", &twice, Some("anhui-2023")).unwrap();
    assert_eq!(once.forms.len(), 14);
    assert_eq!(imported.forms.len(), 28);
    // As the benchmark builds it: the forms and narrative repeated, the narrative's last line
    // running straight into the next title (`…网项目支出绩效自评表 |`), or on its own line.
    let text = String::from_utf8(seed).unwrap();
    let body = &text[text.find("项目支出绩效自评表 |").unwrap()..];
    for glue in ["", "\n"] {
        let repeated = format!("{body}{glue}{body}{glue}{body}");
        let (_, imported) = import::import("seed.txt", repeated.as_bytes(), None).unwrap();
        assert_eq!(imported.forms.len(), 42, "glue {glue:?}");
        let skipped = imported
            .problems
            .iter()
            .filter(|n| {
                n.message
                    .to_string()
                    .starts_with("skipped the text before the form's title")
            })
            .count();
        assert_eq!(skipped, 2, "glue {glue:?}");
    }
}

/// `score FILE` on a file of forms scores them in memory exactly as `import` then `score DIR`
/// would, without writing a case file (#15).
#[test]
fn score_reads_a_file_of_forms_as_import_then_score() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    let seed = "tests/data/seed-2023-huainan.txt";
    Test::new()
        .args(["import", seed, "--out"])
        .arg(&cases)
        .args(["--rules", "anhui-2023"])
        .run();
    // Form 12 contradicts itself: exit 1 both ways.
    let via_files = Test::new()
        .arg("score")
        .arg(&cases)
        .args(["--format", "csv"])
        .expect_status(1)
        .run();
    let direct = Test::new()
        .args([
            "score",
            seed,
            "--rules",
            "rules/anhui-2023",
            "--format",
            "csv",
        ])
        .expect_status(1)
        .expect_stderr_contains("read as seed text")
        .expect_stderr_contains("scoring 14 forms imported from")
        .run();
    // Every column but the file name is the same; the file names the input and the form's
    // number in it (#16), not the case file `import --out` would write.
    let rows = |out: &str| -> Vec<String> {
        out.lines()
            .skip(1)
            .map(|l| l.split_once(',').unwrap().1.to_owned())
            .collect()
    };
    let (a, b) = (rows(&direct.stdout), rows(&via_files.stdout));
    assert_eq!(a.len(), 14);
    assert_eq!(a, b);
    assert!(
        direct
            .stdout
            .contains("\ntests/data/seed-2023-huainan.txt (form 1),")
            || direct
                .stdout
                .contains("\ntests/data/seed-2023-huainan.txt 第 1 张表,"),
        "{}",
        direct.stdout
    );
    assert!(!direct.stdout.contains(".toml"), "{}", direct.stdout);
    // Imported forms name no rule set: one error, nothing scored.
    let bare = Test::new()
        .args(["score", seed, "--format", "csv"])
        .expect_status(2)
        .expect_stderr_contains("case::no-rules")
        .expect_stderr_contains("holds forms")
        .run();
    assert!(bare.stdout.is_empty());
}
