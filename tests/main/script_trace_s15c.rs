//! A script's change shows where the number is shown (tester s15c F5, F7, F6): the step of an
//! `after` script that sets the execution score is in the 预算执行 row's own trace in every
//! output, a changed `params` value is said with its values, and watch's baseline block counts
//! as `diff` does and gives a moved form its moved line and cause.

use crate::common;
use crate::test::{Test, redact_hashes};
use calamine::{Data, Reader, Xlsx};
use std::path::Path;

const DATA: &str = "tests/data/script-trace-s15c";
const LIBRARY: &str = "cases/2023-02-公共图书馆免费开放补助.toml";
const INSURANCE: &str = "cases/2023-01-城乡居民医保参保补助项目.toml";

/// A folder with `rules/anhui-2023` (shipped), the tester's `rules/anhui-2024` and the two
/// template forms under `cases/`.
fn workspace() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let root = common::root();
    common::copy_dir(
        &root.join("rules/anhui-2023"),
        &tmp.path().join("rules/anhui-2023"),
    );
    common::copy_dir(&root.join(DATA), tmp.path());
    tmp
}

fn score(dir: &Path, args: &[&str]) -> String {
    Test::new()
        .current_dir(dir)
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/anhui-2024"])
        .args(args)
        .run()
        .stdout
}

/// The lines of `text` from the one that is `head` up to the next line indented as little.
fn block(text: &str, head: &str) -> String {
    let mut lines = text.lines().skip_while(|l| *l != head);
    let first = lines
        .next()
        .unwrap_or_else(|| panic!("no `{head}` in {text}"));
    let indent = first.len() - first.trim_start().len();
    let mut out = vec![first];
    out.extend(lines.take_while(|l| l.len() - l.trim_start().len() > indent));
    out.join("\n")
}

/// The row of sheet `sheet` with a cell `label`, as text.
fn xlsx_row(book: &Path, sheet: &str, label: &str) -> Vec<String> {
    let mut wb: Xlsx<_> = calamine::open_workbook(book).unwrap();
    let range = wb.worksheet_range(sheet).unwrap();
    let row = range
        .rows()
        .find(|r| r.contains(&Data::String(label.into())))
        .unwrap_or_else(|| panic!("no row `{label}` in sheet {sheet}"));
    row.iter().map(ToString::to_string).collect()
}

/// Tester s15c F5: `added_budget.rhai`'s `after` hook lifts the library's execution score
/// from 6 (72 / 90 = 80% → the 80% band) to 8 (10 × 8 / 10), and the 预算执行 row showed 8
/// with a calculation ending `6 → 6`; the script's step was only in the 总分 row. The step
/// that sets the number is now the last of the row's own trace, naming the script file and
/// line, in `--explain`, xlsx, HTML and JSON; the 总分 row keeps its step (92.76 → 94.76).
#[test]
fn a_script_setting_the_execution_score_is_in_the_rows_own_trace() {
    let tmp = workspace();
    let dir = tmp.path();
    let explained = score(dir, &["--explain", LIBRARY]);
    insta::assert_snapshot!("script_execution_explain", block(&explained, "  预算执行"));
    assert!(
        explained.contains("执行得分 6 → 8，总分 92.76 → 94.76"),
        "{explained}"
    );

    let book = dir.join("r.xlsx");
    score(dir, &["--format", "xlsx", "--out", "r.xlsx", LIBRARY]);
    let row = xlsx_row(&book, "公共图书馆免费开放补助", "执行率 80%");
    // 分值, 得分, 自评得分, then 计算过程 (7), 依据 (8) and 表内字段 (9).
    assert_eq!(row[3..6], ["10", "8", "8"], "{row:?}");
    insta::assert_snapshot!("script_execution_xlsx", row[7..10].join("\n----\n"));

    let page = dir.join("r.html");
    score(dir, &["--format", "html", "--out", "r.html", LIBRARY]);
    let html = std::fs::read_to_string(page).unwrap();
    let exec = &html[html.find("<details id=\"form-1-exec\">").unwrap()..];
    let exec = &exec[..exec.find("</details>").unwrap()];
    let last = exec.rsplit("<li>").next().unwrap();
    assert_eq!(
        last,
        "脚本“scripts/added_budget.rhai”第 15 行：执行得分 6 → 8：年中追加预算的项目执行率 80.00% 达到 \
         75%：执行得分不低于 8 分（本市例外）<br>规则 淮南市财政局 2024 年补充通知：第 4 个规则脚本：评分后\
         （rules/anhui-2024/scripts/added_budget.rhai:15，[policy.local-added]，原文）</li></ol>"
    );

    let json = Test::new()
        .current_dir(dir)
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", "rules/anhui-2024", "--format", "json"])
        .args(["--explain", LIBRARY])
        .run()
        .json();
    let execution = &json["cases"][0]["execution"];
    assert_eq!(execution["score"], 8);
    let step = execution["trace"].as_array().unwrap().last().unwrap();
    assert_eq!(
        step["rule"]["file"],
        "rules/anhui-2024/scripts/added_budget.rhai"
    );
    assert_eq!(step["rule"]["line"], 15);
    assert!(
        step["text"].as_str().unwrap().contains("执行得分 6 → 8："),
        "{step}"
    );
}

/// F5, for an indicator: `satisfaction.rhai` scores 满意度 88% (against ≥ 90%: 10 × 88 / 90
/// = 9.78 by the engine) at 10 × 0.7 = 7, and that step ends the indicator's own trace.
#[test]
fn a_script_setting_an_indicator_score_is_in_the_rows_own_trace() {
    let tmp = workspace();
    let dir = tmp.path();
    score(dir, &["--format", "xlsx", "--out", "r.xlsx", INSURANCE]);
    let row = xlsx_row(
        &dir.join("r.xlsx"),
        "城乡居民医保参保补助项目",
        "指标1:参保群众满意度",
    );
    assert_eq!(row[3..5], ["10", "7"], "{row:?}");
    assert_eq!(
        row[7].lines().last().unwrap(),
        "脚本“scripts/satisfaction.rhai”第 13 行：得分 9.78 → 7：满意度 88% 在 80%（含）至 90% 之间，得分值的 0.7"
    );
    assert!(
        row[8].ends_with(
            "（rules/anhui-2024/scripts/satisfaction.rhai:13，[policy.notice2024]，原文）"
        ),
        "{row:?}"
    );
}

/// Tester s15c F7: `params = { share = "0.8" }` → `"0.7"` was said `有改动（`params`）`. The
/// change now gives the parameter and its values, and the one form at 88% moves 8 → 7 (−1).
#[test]
fn a_changed_script_parameter_is_said_with_its_values() {
    let tmp = workspace();
    let dir = tmp.path();
    common::copy_dir(
        &dir.join("rules/anhui-2024"),
        &dir.join("rules/anhui-2024-b"),
    );
    let file = dir.join("rules/anhui-2024-b/rules.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let edited = text
        .replacen("id = \"anhui-2024\"", "id = \"anhui-2024-b\"", 1)
        .replacen("share = \"0.7\"", "share = \"0.8\"", 1);
    std::fs::write(&file, edited).unwrap();
    let out = Test::new()
        .current_dir(dir)
        .env("JIXIAO_LANG", "zh")
        .args(["diff", "--rules-root", "rules", "--from", "anhui-2024-b"])
        .args(["--to", "anhui-2024", "cases"])
        .expect_status(1)
        .run()
        .stdout;
    assert!(
        out.contains("   1. 脚本 `scripts/satisfaction.rhai` 有改动（参数 `share`：0.8 → 0.7）\n"),
        "{out}"
    );
    assert!(
        out.contains("    -1 来自变化 1：脚本 `scripts/satisfaction.rhai` 有改动（参数 `share`：0.8 → 0.7）\n"),
        "{out}"
    );
}

/// Tester s15c F6: watch's baseline block said `16 张表中有 0 张不同` above a finding all 16
/// gained (the 0 counted scores only), and listed 云计算中心 97 → 94 with neither its moved
/// line nor its cause. By hand against `anhui-2023`: 云计算中心 70.96% → 7 (proportional)
/// → 4 (the 60% band), −3; 医保 95.58 → 92.8, −2.78 from the new `satisfaction.rhai`
/// (9.78 → 7); 公共图书馆 8 under both (80% proportional; band 6 lifted to 8 by its script).
#[test]
fn the_watch_baseline_block_counts_as_diff_and_gives_each_move_its_cause() {
    let tmp = workspace();
    let dir = tmp.path();
    let cloud = "cases/huainan-2023/2023-12-淮南市电子政务云计算中心租赁服务及政府协同办公系统租用服务项目.toml";
    std::fs::copy(
        common::root().join(cloud),
        dir.join("cases/2023-12-云计算中心.toml"),
    )
    .unwrap();
    let out = Test::new()
        .current_dir(dir)
        .env("JIXIAO_LANG", "zh")
        .args(["watch", "--once", "--rules", "rules/anhui-2024"])
        .args(["--baseline", "anhui-2023", "cases"])
        .expect_status(1)
        .run()
        .stdout;
    let at = out.find("与基准规则").unwrap_or_else(|| panic!("{out}"));
    insta::assert_snapshot!("script_trace_watch_baseline", redact_hashes(&out[at..]));
}

/// Tester s15r N1: two `after` scripts on the execution score — the floor of `added_budget.rhai`
/// (6 → 8) and then a cap `cap_exec.rhai` (执行率未达 85% 的最高 7 分). The cap read the score from
/// before the floor (6, while the total it read already held the 8) and did nothing: 94.76. Each
/// script now reads the execution as the scripts before it left it: 8 → 7, 86.76 + 7 = 93.76.
#[test]
fn a_later_after_script_reads_the_execution_score_an_earlier_one_set() {
    let dir = workspace();
    let out = Test::new()
        .current_dir(dir.path())
        .env("JIXIAO_LANG", "zh")
        .args([
            "score",
            "--rules",
            "rules/anhui-2024v",
            "--explain",
            LIBRARY,
        ])
        .run()
        .stdout;
    assert!(out.contains("执行得分 6 → 8"), "{out}");
    assert!(out.contains("执行得分 8 → 7，总分 94.76 → 93.76"), "{out}");
    assert!(out.contains("93.76"), "{out}");
}
