//! Issue #17's "Done when", checked against the rule files themselves: each fix of a shipped
//! rule set holds, and the policy text it cites carries the source line it follows (quoted in
//! the test); every rule of every shipped rule set — table-level switches included — is in its
//! docs table.

use crate::common;
use jixiao::model::{FormulaKind, Provenance, RoundMode, RuleSet};

/// The text of the policy a rule cites.
fn policy<'a>(rules: &'a RuleSet, id: &Option<String>) -> &'a str {
    let id = id
        .as_deref()
        .unwrap_or_else(|| panic!("{}: rule without ref", rules.id));
    rules
        .policies
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.text.as_str())
        .unwrap_or_else(|| panic!("{}: no policy {id}", rules.id))
}

fn script_files(rules: &RuleSet) -> Vec<String> {
    rules.scripts.as_ref().map_or_else(Vec::new, |s| {
        s.scripts.iter().map(|s| s.source.name.clone()).collect()
    })
}

/// `equal = "all_or_nothing"` gave `=8个` answered `6个` 0 of 90. The sources score "=" as
/// they score any quantitative target — the 2016 notice (domain notes): "full points when the
/// target is met; proportional when missed" (定量指标完成指标值的记满分,未完成的按实际完成值占指标值
/// 的比例记分).
#[test]
fn fix_equal_targets_follow_met_then_in_proportion() {
    for id in ["anhui-2023", "central-2016", "central-2020", "hb-module"] {
        let rules = common::rules(id);
        let equal = &rules.quantitative.equal;
        assert_eq!(equal.kind, FormulaKind::MetOrRatio, "{id}");
        let text = policy(&rules, &equal.rule.policy);
        assert!(
            text.contains("得满分") && text.contains("实际完成值 / 年度指标值"),
            "{id}: {text}"
        );
    }
    let central = common::rules("central-2016");
    let notice = central
        .policies
        .iter()
        .find(|p| p.id == "quantitative")
        .unwrap();
    assert!(
        notice
            .text
            .contains("定量指标完成指标值的记满分,未完成的按实际完成值占指标值的比例记分"),
        "{}",
        notice.text
    );
    assert_eq!(
        central.quantitative.equal.rule.source,
        Some(Provenance::Inferred)
    );
}

/// hb-module truncated every score; the module "rounds the scores it computes to 2 decimals
/// (round(actual/target × w, 2)); it truncates to 2 decimals only the scores a person types in"
/// (the policy text is Chinese since #16: `round(实际值/目标值 × 分值, 2)`).
#[test]
fn fix_hb_module_rounds_what_it_computes() {
    let rules = common::rules("hb-module");
    for r in [&rules.round_indicator, &rules.round_total] {
        assert_eq!((r.places, r.mode), (2, RoundMode::HalfUp), "{}", r.rule.key);
        assert!(
            policy(&rules, &r.rule.policy).contains("round(实际值/目标值 × 分值, 2)"),
            "{}",
            r.rule.key
        );
    }
    // Formulas, the 1.2× review and negative actuals come from the module's default rows, not
    // its hb switch, and the policy says so.
    let formulas = policy(&rules, &rules.quantitative.positive.rule.policy);
    assert!(
        formulas.contains("正向指标:实际值达到目标值得满分"),
        "{formulas}"
    );
    let q = rules
        .policies
        .iter()
        .find(|p| p.id == "quantitative")
        .unwrap();
    assert!(q.source.contains("默认行") && q.source.contains("不属于 hb 开关"));
}

/// anhui-2022 and anhui-2023-local were copies that lost anhui-2023's scripts (a target of
/// `0起` answered `2起` scored full points); they extend anhui-2023 and run its
/// zero_target.rhai, which follows "actual ≤ 0 earns full points, anything else 0".
/// anhui-2023-local and anhui-2023-threshold say they are constructed, not Anhui's rules.
#[test]
fn fix_anhui_variants_keep_the_scripts_and_say_what_they_are() {
    for id in ["anhui-2022", "anhui-2023-local"] {
        let rules = common::rules(id);
        assert!(
            script_files(&rules)
                .iter()
                .any(|f| f.ends_with("anhui-2023/scripts/zero_target.rhai")),
            "{id}: {:?}",
            script_files(&rules)
        );
        let zero = rules
            .policies
            .iter()
            .find(|p| p.id == "zero-target")
            .unwrap();
        assert!(
            zero.text.contains("实际完成值 ≤ 0 得满分，否则 0 分"),
            "{id}"
        );
    }
    for id in ["anhui-2023-local", "anhui-2023-threshold"] {
        let rules = common::rules(id);
        assert!(
            rules.title.contains("非安徽省规则"),
            "{id}: {}",
            rules.title
        );
    }
}

/// central-2016 presented an execution formula as quoted when the notice gives none, had no
/// rule for a target of 0, and assumed whole-point rounding: execution is now inferred from a
/// 2019 Hebei form ("37.24 / 43.2 = 86% → 9 of 10 (8.62 rounded half up; truncation would give
/// 8)"), and a target of 0 is a ceiling (assumed, said so).
#[test]
fn fix_central_2016_execution_is_inferred_from_the_hebei_form() {
    let rules = common::rules("central-2016");
    assert_eq!(rules.execution.rule.source, Some(Provenance::Inferred));
    let text = policy(&rules, &rules.execution.rule.policy);
    assert!(
        text.contains("通知没有给出预算执行的计分公式")
            && text.contains("86% → 10 分中得 9 分（8.62 四舍五入；截尾则为 8）"),
        "{text}"
    );
    let rounding = rules.execution.rounding.as_ref().unwrap();
    assert_eq!((rounding.places, rounding.mode), (0, RoundMode::HalfUp));
    assert_eq!(rounding.rule.source, Some(Provenance::Inferred));
    let zero = rules.quantitative.zero_target.as_ref().unwrap();
    assert_eq!(zero.source, Some(Provenance::Assumed));
}

/// Every rule reference of every shipped rule set appears in its docs table, the table-level
/// switches (`weights`, `qualitative`, `quantitative`, `indicators`, `grades`) included: the
/// provenance test compares the table with the rule files, this one that the table leaves no
/// rule out.
#[test]
fn every_rule_of_every_shipped_rule_set_is_in_its_docs_table() {
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(common::root().join("rules")).unwrap() {
        let id = entry.unwrap().file_name().to_string_lossy().into_owned();
        let mut rules = common::rules(&id);
        let doc =
            std::fs::read_to_string(common::root().join(format!("docs/rules/{id}.md"))).unwrap();
        let keys: Vec<String> = rules
            .rules_mut()
            .into_iter()
            .map(|r| r.key.clone())
            .collect();
        for key in keys {
            // A table whose every switch cites its own policy is there through its items.
            if !doc.contains(&format!("| `{key}` |")) && !doc.contains(&format!("| `{key}.")) {
                missing.push(format!("{id}: `{key}`"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "rules missing from docs tables:\n{}",
        missing.join("\n")
    );
}

/// `cites` names a switch of its table and a policy: a misspelt switch is an unknown key with
/// the valid ones, said at the line, and the rule set does not load.
#[test]
fn cites_names_a_switch_of_its_table() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("anhui-2023");
    std::fs::create_dir_all(&dir).unwrap();
    let text = std::fs::read_to_string(common::root().join("rules/anhui-2023/rules.toml"))
        .unwrap()
        .replace(
            "cites = { qualitative_actual = \"qualitative-actual\" }",
            "cites = { qualitative_actul = \"qualitative-actual\" }",
        );
    std::fs::write(dir.join("rules.toml"), text).unwrap();
    std::fs::create_dir_all(dir.join("scripts")).unwrap();
    for f in std::fs::read_dir(common::root().join("rules/anhui-2023/scripts")).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, dir.join("scripts").join(f.file_name().unwrap())).unwrap();
    }
    let v = jixiao::pipeline::load_rule_set(&dir).unwrap();
    assert!(v.value.is_none());
    let d = v
        .diagnostics
        .iter()
        .find(|d| d.code.as_str() == "rules::unknown-key")
        .unwrap_or_else(|| panic!("{:?}", v.diagnostics));
    let help = d.help.as_ref().map(|h| h.to_string()).unwrap_or_default();
    assert!(help.contains("qualitative_actual"), "{help}");
}
