//! Tester s15r N6 (rest), N8, N9, N10 and the leftovers (session 16, `cycle2`): constructed
//! examples are not offered as rules; a what-if on weights sets no self-score against the
//! computed one in any output, its shared cells are traced as shared, and diff's head line
//! counts total moves apart from line moves; watch names the changes an interaction cites;
//! an import says when the rule set it writes does not fit the forms, or leaves the folder
//! under two rule sets; regress names the parent file edited, and an accept keeps no copy of a
//! rule set nothing refers to.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{copy_dir, root};
use crate::test::Test;
use serde_json::Value;
use std::path::{Path, PathBuf};

const TEMPLATE: &str = "tests/data/import/standard-template-example.xlsx";
const POINTS: &str = "tests/data/points-s15c";
const TEMPLATE_01: &str = "tests/data/points-s15c/cases/2023-01-城乡居民医保参保补助项目.toml";
const SEED_12: &str = "cases/huainan-2023/2023-12-淮南市电子政务云计算中心租赁服务及政府协同办公系统租用服务项目.toml";

/// A copy of the shipped rules and cases, with the tester's anhui-2024 (产出 55 / 效益 25, the
/// budget-added script) beside them.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("rules"), &dir.path().join("rules"));
    copy_dir(&root().join("cases"), &dir.path().join("cases"));
    copy_dir(
        &root().join(POINTS).join("rules/anhui-2024"),
        &dir.path().join("rules/anhui-2024"),
    );
    dir
}

fn zh(dir: &Path) -> Test {
    Test::new().current_dir(dir).env("JIXIAO_LANG", "zh")
}

/// The rule sets offered to the 2023 template, as the advice names them.
fn offered(stderr: &str) -> Vec<String> {
    let list = stderr.split("合用的规则集：").nth(1).unwrap_or_default();
    let list = list.split('。').next().unwrap_or_default();
    list.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// N6: `anhui-2023-local` and `anhui-2023-threshold` say `example = true`: the 2023 template
/// is never offered them, and `rules list` marks them in Chinese where the jurisdiction stands.
#[test]
fn constructed_examples_are_never_offered_and_are_marked_in_the_list() {
    let out = Test::new()
        .args(["--lang", "zh", "score", TEMPLATE])
        .expect_status(2)
        .run();
    let sets = offered(&out.stderr);
    assert!(sets.contains(&"anhui-2023".to_owned()), "{}", out.stderr);
    for example in ["anhui-2023-local", "anhui-2023-threshold"] {
        assert!(!sets.contains(&example.to_owned()), "{}", out.stderr);
    }
    let list = Test::new().args(["--lang", "zh", "rules", "list"]).run();
    let marked: Vec<&str> = list
        .stdout
        .lines()
        .filter(|l| l.contains("构造的示例，不是任何地区的规则"))
        .collect();
    assert_eq!(marked.len(), 2, "{}", list.stdout);
    assert!(marked[0].contains("anhui-2023-local"), "{}", list.stdout);
    assert!(
        marked[1].contains("anhui-2023-threshold"),
        "{}",
        list.stdout
    );
}

/// N8: under `--points rules` no output sets the form's own total (95.58, given against the
/// form's points) against the what-if total (93.23): the xlsx 汇总 leaves 差异 blank and says
/// why, the form's sheet keeps one basis in its 自评得分 column (the restated self-scores; the
/// form's own total stands above, under 自评总分) and says so, HTML marks nothing, JSON says
/// `what_if`. Scored with the form's points, 差异 is there as before.
#[test]
fn a_what_if_sets_no_self_score_against_the_computed_one() {
    use calamine::{Data, Reader, Xlsx};
    let ws = workspace();
    let dir = ws.path();
    let run = |format: &str, out: &Path, points: &str| {
        zh(dir)
            .args(["score", "--rules", "rules/anhui-2024", "--points", points])
            .args(["--format", format, "--out"])
            .arg(out)
            .arg(root().join(TEMPLATE_01))
            .output();
    };
    let book_path = dir.join("whatif.xlsx");
    run("xlsx", &book_path, "rules");
    let mut book: Xlsx<_> = calamine::open_workbook(&book_path).unwrap();
    let summary = book.worksheet_range("汇总").unwrap();
    let at = |r: u32, c: u32| summary.get_value((r, c)).cloned().unwrap_or(Data::Empty);
    assert_eq!(at(0, 10), Data::String("差异".into()));
    assert_eq!(at(1, 6), Data::Float(93.23));
    assert_eq!(at(1, 9), Data::Float(95.58));
    assert_eq!(at(1, 10), Data::Empty);
    let Data::String(note) = at(3, 1) else {
        panic!("no note under the summary: {:?}", at(3, 1));
    };
    assert!(note.contains("不与计算总分比对"), "{note}");
    let sheet = book.worksheet_range("城乡居民医保参保补助项目").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect();
    let total = rows.iter().find(|r| r[0] == "总分").unwrap();
    assert_eq!(total[4], "93.23");
    assert_eq!(
        total[5], "",
        "the 自评得分 column holds restated scores only"
    );
    assert!(
        rows.iter().any(
            |r| r[0].contains("“自评得分”一栏是单位的自评得分按同一比例换算")
                && r[0].contains("95.58")
        ),
        "{rows:?}"
    );
    let page = dir.join("whatif.html");
    run("html", &page, "rules");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(!html.contains("class=\"diff\""), "{html}");
    assert!(html.contains("不与计算总分比对"), "{html}");
    let json = dir.join("whatif.json");
    run("json", &json, "rules");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(doc["cases"][0]["what_if"], true, "{doc:#}");

    let form_points = dir.join("form.xlsx");
    run("xlsx", &form_points, "form");
    let mut book: Xlsx<_> = calamine::open_workbook(&form_points).unwrap();
    let summary = book.worksheet_range("汇总").unwrap();
    assert!(
        matches!(summary.get_value((1, 10)), Some(Data::Float(_))),
        "{:?}",
        summary.get_value((1, 10))
    );
}

/// N8: seed #12's 效益 cells of 10 (two rows), 10 and 10 (two rows) → 25 are 8.34, 8.34 and
/// 8.32 — a shared cell keeps a multiple of its rows × 0.01 so each row's part is exact — and
/// the trace says that method, not plain largest remainders (which would give 8.33 to split).
#[test]
fn shared_cells_are_traced_by_the_method_that_shares_them() {
    let ws = workspace();
    let doc = zh(ws.path())
        .args(["score", "--rules", "rules/anhui-2024", "--points", "rules"])
        .args(["--explain", "--format", "json", SEED_12])
        .output()
        .json();
    let rows: Vec<&Value> = doc["cases"][0]["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["level1"].as_str().unwrap().starts_with('效'))
        .filter(|i| i["method"] != "not_applicable")
        .collect();
    let points: Vec<String> = rows
        .iter()
        .map(|i| {
            let p = &i["points"];
            let s = p.as_str().map_or_else(|| p.to_string(), str::to_owned);
            s.parse::<rust_decimal::Decimal>()
                .unwrap()
                .normalize()
                .to_string()
        })
        .collect();
    assert_eq!(points, ["4.17", "4.17", "8.34", "4.16", "4.16"]);
    let trace = |i: &Value| i["trace"].to_string();
    assert!(
        trace(rows[0]).contains("由 2 行共用，单位 0.02"),
        "{}",
        trace(rows[0])
    );
    assert!(
        trace(rows[2]).contains("为一行，单位 0.01"),
        "{}",
        trace(rows[2])
    );
    assert!(
        trace(rows[3]).contains("分值 10 → 8.32") && trace(rows[3]).contains("放得下的指标"),
        "{}",
        trace(rows[3])
    );
}

/// N8: under `--points rules` every form's line points move, few totals do: diff's head line
/// counts total or grade moves (3) and line-only moves (13) apart.
#[test]
fn diff_head_counts_total_moves_apart_from_line_moves() {
    let ws = workspace();
    let out = zh(ws.path())
        .args(["diff", "--from", "anhui-2023", "--to", "anhui-2024"])
        .args(["--points", "rules", "cases/huainan-2023"])
        .arg(root().join(POINTS).join("cases"))
        .expect_status(1)
        .run();
    assert!(
        out.stdout
            .contains("共 16 张表，3 张总分或等级变动，13 张只有指标得分变动（总分、等级不变）"),
        "{}",
        out.stdout
    );
}

/// N9: watch lists no numbered changes, so an interaction names the changes it cites.
#[test]
fn watch_baseline_names_the_changes_an_interaction_cites() {
    let ws = workspace();
    // Beside the rules, so the screen names the case files by a path the same on every checkout.
    copy_dir(
        &root().join(POINTS).join("cases"),
        &ws.path().join("cases/template-2023"),
    );
    let out = zh(ws.path())
        .args(["watch", "--once", "--rules", "rules/anhui-2024"])
        .args(["--baseline", "anhui-2023-threshold", "cases/template-2023"])
        .run();
    let block = out
        .stdout
        .split("与基准规则")
        .nth(1)
        .unwrap_or_else(|| panic!("{}", out.stdout));
    insta::assert_snapshot!(
        "watch-baseline-interaction-zh",
        crate::test::redact_hashes(&format!("与基准规则{block}"))
    );
    let line = out
        .stdout
        .lines()
        .find(|l| l.contains("共同作用"))
        .unwrap_or_else(|| panic!("{}", out.stdout));
    assert!(
        line.contains("-6: 变化 3 和 9 共同作用（3. 预算执行率计分方法")
            && line.contains("9. 新增了脚本 `scripts/added_budget.rhai`"),
        "{line}"
    );
}

/// The case files under `dir`, by name, and the rule set line of each.
fn rules_lines(dir: &Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p: PathBuf| {
            let text = std::fs::read_to_string(&p).unwrap();
            let line = text
                .lines()
                .find(|l| l.starts_with("rules = "))
                .unwrap_or_default()
                .to_owned();
            (p.file_name().unwrap().to_string_lossy().into_owned(), line)
        })
        .collect();
    out.sort();
    out
}

/// N10: re-importing the 2023 template with `--rules anhui-2022` says the rule set does not
/// fit (anhui-2023 is the Anhui set for 2023); with one file edited since, the folder left
/// under two rule sets is said with its files per rule set and what to do.
#[test]
fn an_import_says_when_its_rule_set_does_not_fit_or_splits_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("cases");
    let import = |rules: &str| {
        Test::new()
            .args([
                "--lang", "zh", "import", TEMPLATE, "--rules", rules, "--out",
            ])
            .arg(&out_dir)
            .output()
    };
    let first = import("anhui-2023");
    assert!(
        !first.stderr.contains("import::rules-mismatch"),
        "{}",
        first.stderr
    );
    let files = rules_lines(&out_dir);
    let edited = out_dir.join(&files[0].0);
    let text = std::fs::read_to_string(&edited).unwrap();
    std::fs::write(&edited, format!("{text}# 部门更正\n")).unwrap();

    let second = import("anhui-2022");
    assert!(
        second.stderr.contains(
            "警告[import::rules-mismatch]: 写进案卷文件的规则集 `anhui-2022`（2022 年度）不合这些表（表上的年度：2023）：同一地区有更合这个年度的 `anhui-2023`"
        ),
        "{}",
        second.stderr
    );
    assert!(
        second.stderr.contains("[import::exists]"),
        "{}",
        second.stderr
    );
    let split = format!(
        "里的案卷文件指定了 2 套不同的规则集：`anhui-2022`：{}；`anhui-2023`：{}。",
        files[1].0, files[0].0
    );
    assert!(second.stderr.contains(&split), "{}", second.stderr);
    assert!(
        second.stderr.contains("加上 `--force` 重新导入"),
        "{}",
        second.stderr
    );
    insta::assert_snapshot!(
        "import-rules-mismatch-zh",
        second
            .stderr
            .replace(&out_dir.display().to_string(), "[cases]")
    );
    let now = rules_lines(&out_dir);
    assert_eq!(now[0].1, "rules = \"anhui-2023\"");
    assert_eq!(now[1].1, "rules = \"anhui-2022\"");
}

/// Leftover (a): with only the parent anhui-2023 edited (良 from 80 to 85), the note on the
/// Chizhou corpus (anhui-2022) names the parent's file, not the child alone. (b): accepting
/// one case of one corpus keeps a copy of that corpus's rule set only — none for anhui-2022 or
/// anhui-2023, where nothing was accepted.
#[test]
fn regress_names_the_parent_file_edited_and_keeps_no_copy_nothing_refers_to() {
    let ws = workspace();
    let dir = ws.path();
    let parent = dir.join("rules/anhui-2023/rules.toml");
    let text = std::fs::read_to_string(&parent).unwrap();
    assert!(text.contains("{ name = \"良\", min = \"80\" }"));
    std::fs::write(
        &parent,
        text.replace(
            "{ name = \"良\", min = \"80\" }",
            "{ name = \"良\", min = \"85\" }",
        ),
    )
    .unwrap();
    let out = zh(dir)
        .args(["regress", "constructed-2022"])
        .expect_status(1)
        .run();
    assert!(
        out.stdout.contains(
            "注意：认可以来规则集 anhui-2022 已修改（哈希 5fc6c6df01eec6df → "
        ) && out.stdout.contains(
            "）：改动的文件 `rules/anhui-2023/rules.toml`（上级规则集 anhui-2023，本规则集继承它）"
        ),
        "{}",
        out.stderr
    );

    let copies = |id: &str| -> usize {
        std::fs::read_dir(dir.join("rules").join(id).join("accepted/rules"))
            .map_or(0, |d| d.count())
    };
    let before = (
        copies("anhui-2022"),
        copies("anhui-2023"),
        copies("anhui-2023-local"),
    );
    let accept = zh(dir)
        .args([
            "regress",
            "--accept",
            "deduction",
            "--note",
            "测试",
            "--by",
            "测试",
        ])
        .expect_status(1)
        .run();
    assert!(accept.stderr.contains("已认可"), "{}", accept.stderr);
    assert!(
        accept
            .stderr
            .contains("已保存所认可的规则集：“rules/anhui-2023-local/accepted/rules/"),
        "{}",
        accept.stderr
    );
    assert!(
        !accept.stderr.contains("rules/anhui-2022/accepted/rules/")
            && !accept.stderr.contains("rules/anhui-2023/accepted/rules/"),
        "{}",
        accept.stderr
    );
    assert_eq!(
        (
            copies("anhui-2022"),
            copies("anhui-2023"),
            copies("anhui-2023-local")
        ),
        (before.0, before.1, before.2 + 1)
    );
}
