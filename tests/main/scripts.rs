//! Issue #3: rule scripts, through the real binary. Each shipped script changes exactly the
//! numbers it should, the trace names the script and line, the seed's accepted results do not
//! move (except the deliberate execution-0% finding on form 11), broken scripts are reported
//! all at once, and the rule set hash covers the scripts.

// A test crate: failing loudly is the point.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::test::Test;
use rust_decimal::Decimal;
use serde_json::Value;
use std::path::Path;
use std::str::FromStr;

/// A JSON decimal (an exact JSON number) without trailing zeros (`100.000` → `"100"`).
fn n(v: &Value) -> String {
    let text = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    Decimal::from_str(&text).unwrap().normalize().to_string()
}

/// `jixiao score ARGS --format json --explain`.
fn score_json(args: &[&str]) -> Test {
    Test::new()
        .arg("score")
        .args(args)
        .args(["--format", "json", "--explain"])
}

fn case<'a>(v: &'a Value, file_part: &str) -> &'a Value {
    v["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["file"].as_str().unwrap().contains(file_part))
        .unwrap()
}

fn codes(c: &Value) -> Vec<String> {
    c["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect()
}

/// Copies a rule set directory to a temporary one, editing its rules.toml.
/// A copy of a shipped rule set, edited, beside copies of the rule sets it extends.
struct Copied {
    _tmp: tempfile::TempDir,
    dir: std::path::PathBuf,
}

impl Copied {
    fn path(&self) -> &Path {
        &self.dir
    }
}

fn copy_rules(id: &str, edit: impl Fn(&str) -> String) -> Copied {
    let tmp = tempfile::tempdir().unwrap();
    let mut next = Some((id.to_owned(), true));
    while let Some((id, first)) = next.take() {
        let to = tmp.path().join(&id);
        std::fs::create_dir_all(to.join("scripts")).unwrap();
        let from = Path::new("rules").join(&id);
        let text = std::fs::read_to_string(from.join("rules.toml")).unwrap();
        let text = if first { edit(&text) } else { text };
        std::fs::write(to.join("rules.toml"), &text).unwrap();
        for e in std::fs::read_dir(from.join("scripts"))
            .into_iter()
            .flatten()
        {
            let e = e.unwrap();
            std::fs::copy(e.path(), to.join("scripts").join(e.file_name())).unwrap();
        }
        next = text
            .lines()
            .find_map(|l| l.strip_prefix("extends = \""))
            .map(|p| (p.trim_end_matches('"').to_owned(), false));
    }
    Copied {
        dir: tmp.path().join(id),
        _tmp: tmp,
    }
}

fn without_scripts(text: &str) -> String {
    text.split("\n[[scripts]]").next().unwrap().to_owned()
}

#[test]
fn constructed_script_cases_meet_their_expectations() {
    Test::new()
        .args([
            "score",
            "--check-expect",
            "cases/constructed-scripts",
            "cases/constructed-local",
        ])
        .run();
}

#[test]
fn seed_form_11_gets_the_execution_zero_finding_and_nothing_else_moves() {
    let v = score_json(&["cases/huainan-2023"])
        .expect_status(1)
        .run()
        .json();
    let cases = v["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 14);
    for c in cases {
        let script_findings: Vec<&Value> = c["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"].as_str().unwrap().starts_with("script"))
            .collect();
        if c["file"].as_str().unwrap().contains("2023-11-") {
            assert_eq!(n(&c["total"]), "90");
            assert_eq!(script_findings.len(), 1);
            let m = script_findings[0]["message"].as_str().unwrap();
            assert!(m.contains("预算执行率为 0%"), "{m}");
            assert!(
                m.contains("rules/anhui-2023/scripts/execution_zero.rhai:"),
                "{m}"
            );
            assert_eq!(
                script_findings[0]["location"]["field"],
                "indicators[3].level3"
            );
        } else {
            assert!(script_findings.is_empty(), "{c}");
        }
    }
    let totals: Vec<String> = cases.iter().map(|c| n(&c["total"])).collect();
    assert_eq!(
        totals,
        [
            "100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "90", "97",
            "100", "100"
        ]
    );
}

#[test]
fn zero_target_script_turns_a_division_by_zero_into_full_points() {
    let file = "cases/constructed-scripts/zero-target.toml";
    let with = score_json(&[file]).run().json();
    let c = case(&with, "zero-target");
    assert_eq!(n(&c["total"]), "90");
    let ind = &c["indicators"][1];
    assert_eq!(n(&ind["score"]), "15");
    assert_eq!(ind["method"], "all_or_nothing");
    let step = &ind["trace"][0];
    assert_eq!(
        step["rule"]["file"],
        "rules/anhui-2023/scripts/zero_target.rhai"
    );
    assert_eq!(step["rule"]["line"], 19);
    // "=0起" with actual 1: 0 either way.
    assert_eq!(n(&c["indicators"][2]["score"]), "0");

    let plain = copy_rules("anhui-2023", without_scripts);
    let without = score_json(&[file, "--rules", plain.path().to_str().unwrap()])
        .expect_status(1)
        .run()
        .json();
    let c = case(&without, "zero-target");
    assert_eq!(n(&c["total"]), "75");
    assert_eq!(n(&c["indicators"][1]["score"]), "0");
    assert!(codes(c).contains(&"division-by-zero".to_owned()));
}

#[test]
fn not_applicable_points_rescale_or_exclude_by_rule_file_option() {
    let file = "cases/constructed-local/not-applicable-rescale.toml";
    // The form's 86 (良) against 95.51 (优): `grade-mismatch`, an error (s24 B2).
    let rescaled = score_json(&[file]).expect_status(1).run().json();
    let c = case(&rescaled, "not-applicable");
    assert_eq!(n(&c["total"]), "95.51");
    assert_eq!(n(&c["total_points"]), "100");
    let points: Vec<String> = c["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| !i["points"].is_null())
        .map(|i| n(&i["points"]))
        .collect();
    assert_eq!(
        points,
        [
            "22.5", "16.875", "11.25", "5.625", "11.25", "11.25", "11.25"
        ]
    );
    assert_eq!(
        c["indicators"][0]["trace"][0]["rule"]["file"],
        "rules/anhui-2023-local/scripts/not_applicable.rhai"
    );

    let exclude = copy_rules("anhui-2023-local", |t| {
        t.replace(
            "params = { not_applicable = \"rescale\" }",
            "params = { not_applicable = \"exclude\" }",
        )
    });
    let excluded = score_json(&[file, "--rules", exclude.path().to_str().unwrap()])
        .run()
        .json();
    let c = case(&excluded, "not-applicable");
    assert_eq!(n(&c["total"]), "86");
    assert_eq!(n(&c["total_points"]), "90");
}

#[test]
fn deduction_script_subtracts_the_column_floored_at_zero() {
    let file = "cases/constructed-local/deduction.toml";
    let c = score_json(&[file]).run().json();
    let c = case(&c, "deduction");
    assert_eq!(n(&c["total"]), "82");
    assert_eq!(n(&c["indicators"][0]["score"]), "17");
    assert_eq!(n(&c["indicators"][1]["score"]), "0");
    assert_eq!(c["indicators"][0]["method"], "script");
    let step = c["indicators"][0]["trace"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        step["rule"]["file"],
        "rules/anhui-2023-local/scripts/deduction.rhai"
    );
    assert_eq!(step["rule"]["line"], 13);
    assert!(step["text"].as_str().unwrap().contains("score 20 → 17"));

    let plain = copy_rules("anhui-2023-local", without_scripts);
    let without = score_json(&[file, "--rules", plain.path().to_str().unwrap()])
        .expect_status(1)
        .run()
        .json();
    assert_eq!(n(&case(&without, "deduction")["total"]), "100");
}

#[test]
fn cost_cap_script_caps_an_unfiled_cost_indicator_at_five() {
    let file = "cases/constructed-local/cost-not-filed.toml";
    let v = score_json(&[file]).run().json();
    let c = case(&v, "cost-not-filed");
    assert_eq!(n(&c["total"]), "95");
    // The indicator keeps its score; the total carries the cap, and the trace says which line.
    assert_eq!(n(&c["indicators"][3]["score"]), "10");
    let step = c["total_trace"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| {
            s["rule"]["file"]
                .as_str()
                .is_some_and(|f| f.ends_with(".rhai"))
        })
        .unwrap()
        .clone();
    assert_eq!(
        step["rule"]["file"],
        "rules/anhui-2023-local/scripts/cost_cap.rhai"
    );
    assert!(step["text"].as_str().unwrap().contains("total 100 → 95"));
    assert!(codes(c).contains(&"script".to_owned()));
}

#[test]
fn check_reports_every_broken_script_with_its_position() {
    let dir = copy_rules("anhui-2023", |t| t.to_owned());
    std::fs::write(
        dir.path().join("scripts/zero_target.rhai"),
        "fn indicator(form, rules, ind, result) {\n    let x = ;\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("scripts/execution_zero.rhai"),
        "fn after(form, rules, result) {\n    eval(\"1\")\n}\n",
    )
    .unwrap();
    let out = Test::new()
        .arg("check")
        .arg(dir.path())
        .expect_status(2)
        .run();
    let text = format!("{}{}", out.stdout, out.stderr);
    assert!(text.contains("scripts/zero_target.rhai:2:"), "{text}");
    assert!(text.contains("scripts/execution_zero.rhai:2:5"), "{text}");
    assert_eq!(text.matches("rules::script-syntax").count(), 2, "{text}");
}

/// #16: a script that speaks both languages reads `rules.lang`, the language of the run.
#[test]
fn a_script_reads_the_language_of_the_run_from_rules_lang() {
    let dir = copy_rules("anhui-2023", |t| t.to_owned());
    std::fs::write(
        dir.path().join("scripts/execution_zero.rhai"),
        "fn after(form, rules, result) {\n    \
         let m = if rules.lang == \"en\" { \"looked at\" } else { \"已核对\" };\n    \
         decision(#{ findings: [m] })\n}\n",
    )
    .unwrap();
    let message = |lang: &str| {
        let v = Test::new()
            .args(["--lang", lang, "score", "--format", "json", "--rules"])
            .arg(dir.path())
            // The form whose execution rate is 0%, the only one the script's `when` lets in.
            .arg("cases/huainan-2023/2023-11-淮南市电子政务外网租赁服务项目.toml")
            .output()
            .json();
        let findings = v["cases"][0]["findings"].as_array().unwrap().clone();
        let f = findings.iter().find(|f| f["code"] == "script").unwrap();
        f["message"].as_str().unwrap().to_owned()
    };
    assert!(message("zh").starts_with("已核对"), "{}", message("zh"));
    assert!(message("en").starts_with("looked at"), "{}", message("en"));
}

#[test]
fn the_rule_set_hash_covers_the_scripts() {
    let dir = copy_rules("anhui-2023", |t| t.to_owned());
    let hash = |d: &Path| {
        jixiao::pipeline::load_rule_set(d)
            .unwrap()
            .value
            .unwrap()
            .hash
    };
    let before = hash(dir.path());
    let script = dir.path().join("scripts/zero_target.rhai");
    let text = std::fs::read_to_string(&script).unwrap();
    std::fs::write(&script, text + "\n// edited\n").unwrap();
    assert_ne!(before, hash(dir.path()));
}

/// s13 item 3: scripts see each line's 完成情况 as written (`ind.completion`) and what it
/// claims (`ind.completion_claim`: `done`, `not_done`, `partly`, `other`; "" without the
/// column). The case is N3's with three cells edited (tests/data/import/s12b/SOURCES.md).
#[test]
fn a_script_reads_each_lines_completion() {
    let dir = copy_rules("hunan-2020-target", |t| {
        format!(
            "{t}\n[[scripts]]\nref = \"judged\"\nfile = \"scripts/completion.rhai\"\nhooks = [\"after\"]\n"
        )
    });
    std::fs::write(
        dir.path().join("scripts/completion.rhai"),
        "fn after(form, rules, result) {\n    \
         let s = \"\";\n    \
         for ind in form.indicators { s += ind.completion + \"=\" + ind.completion_claim + \";\"; }\n    \
         decision(#{ findings: [s] })\n}\n",
    )
    .unwrap();
    let v = Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--format", "json", "--rules"])
        .arg(dir.path())
        .arg("tests/data/import/s12b/t2-wancheng-edited.toml")
        .output()
        .json();
    let findings = v["cases"][0]["findings"].as_array().unwrap().clone();
    let f = findings.iter().find(|f| f["code"] == "script").unwrap();
    assert!(
        f["message"].as_str().unwrap().starts_with(
            "已完成=done;未完成=not_done;未完成=not_done;已完成=done;基本完成=partly;是=done;"
        ),
        "{f}"
    );
}

/// Tester s14r F2: a `when` naming a level 1 (or level 2) no form can have switched the script
/// off in silence; `check` now warns with the names it could select, and stays clean for a
/// beginning (`满意度`) or a label with its points (`满意度指标(10分)`).
#[test]
fn check_warns_of_a_when_that_selects_no_level() {
    let with_when = |when: &'static str| {
        copy_rules("anhui-2023", move |t| {
            t.replace(
                "when = { target_kind = \"quantity\", target_value = \"0\" }",
                when,
            )
        })
    };
    let dir = with_when("when = { level1 = \"服务满意度指标\", level2 = \"服务质量\" }");
    let out = Test::new()
        .args(["--lang", "zh", "check"])
        .arg(dir.path())
        .run();
    let text = format!("{}{}", out.stdout, out.stderr);
    assert_eq!(text.matches("rules::when-unmatched").count(), 2, "{text}");
    assert!(
        text.contains("`level1 = \"服务满意度指标\"` 与本规则集的一级指标（产出指标、效益指标、满意度指标）都对不上"),
        "{text}"
    );
    assert!(text.contains("是不是要写 `满意度指标`"), "{text}");
    assert!(text.contains("`level2 = \"服务质量\"`"), "{text}");
    for fine in [
        "when = { level1 = \"满意度\" }",
        "when = { level1 = \"满意度指标(10分)\", level2 = \"质量\" }",
    ] {
        let dir = with_when(fine);
        let out = Test::new()
            .args(["--lang", "zh", "check"])
            .arg(dir.path())
            .run();
        let text = format!("{}{}", out.stdout, out.stderr);
        assert!(!text.contains("when-unmatched"), "{fine}: {text}");
    }
}

/// A script written before dates had their own kind (`ind.target_unit == "年月"`) and one
/// comparing `ind.level1` with a label the rules lack (tester s14r F1/F2, in a script body):
/// `check` and `score` warn at the script's line, once per rule set, with the line to write
/// and did you mean — and the script still loads and runs (its halving of 满意度 moves the
/// total from 100 to 95).
#[test]
fn check_and_score_warn_of_script_comparisons_that_never_hold_and_still_run_the_script() {
    const SCRIPT: &str = "\
// 旧写法：按单位找完成时限
fn indicator(form, rules, ind, result) {
    if ind.target_unit == \"年月\" { return decision(#{ score: 0, reason: \"时效按旧写法计 0 分\" }); }
    if ind.level1 == \"服务满意度指标\" { return (); }
    if ind.level1 == \"满意度指标\" && result.points != () {
        return decision(#{ score: result.points / 2, reason: \"满意度减半（测试）\" });
    }
    ()
}
";
    let dir = copy_rules("anhui-2023", |t| {
        format!(
            "{}\n[[scripts]]\nref = \"rounding\"\nfile = \"scripts/old_habits.rhai\"\nhooks = [\"indicator\"]\n",
            t.trim_end()
        )
    });
    std::fs::write(dir.path().join("scripts/old_habits.rhai"), SCRIPT).unwrap();
    let rhai = dir.path().join("scripts/old_habits.rhai");
    let at = |line: usize| format!("{}:{line}:8", rhai.display());

    let out = Test::new()
        .args(["--lang", "zh", "--error-format", "plain", "check"])
        .arg(dir.path())
        .run();
    let text = format!("{}{}", out.stdout, out.stderr);
    assert_eq!(text.matches("rules::script-date-unit").count(), 1, "{text}");
    assert_eq!(
        text.matches("rules::script-label-unmatched").count(),
        1,
        "{text}"
    );
    assert!(text.contains(&at(3)), "{text}");
    assert!(
        text.contains("`ind.target_unit == \"年月\"` 永远不成立：日期（如 `2024年10月底前`）现在以 `target_kind == \"date\"` 交给脚本"),
        "{text}"
    );
    assert!(
        text.contains("这一行写成：`if ind.target_kind == \"date\" { return decision(#{ score: 0, reason: \"时效按旧写法计 0 分\" }); }`"),
        "{text}"
    );
    assert!(text.contains(&at(4)), "{text}");
    assert!(
        text.contains(
            "“服务满意度指标”与本规则集的一级指标（产出指标、效益指标、满意度指标）都对不上"
        ),
        "{text}"
    );
    assert!(text.contains("是不是要写 `满意度指标`"), "{text}");

    let form = "cases/huainan-2023/2023-07-省级大数据企业奖补资金.toml";
    let out = Test::new()
        .args(["--lang", "zh", "score", "--format", "json", "--rules"])
        .arg(dir.path())
        .args([form, "cases/huainan-2023/2023-01-窗口人员月度考核奖.toml"])
        .run();
    assert_eq!(
        out.stderr.matches("rules::script-date-unit").count(),
        1,
        "{}",
        out.stderr
    );
    assert_eq!(
        out.stderr.matches("rules::script-label-unmatched").count(),
        1,
        "{}",
        out.stderr
    );
    let v = out.json();
    let c = case(&v, "省级大数据企业奖补资金");
    assert_eq!(n(&c["total"]), "95", "{c}");
    let satisfaction = c["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["level1"] == "满意度指标")
        .unwrap();
    assert_eq!(n(&satisfaction["score"]), "5", "{satisfaction}");
}
