//! Sandbox and decision tests: hostile scripts are stopped quickly with a finding that names
//! the limit, broken scripts are reported at load time with positions, and decisions that fail
//! the engine's checks are rejected.

#![allow(clippy::panic)]

use crate::evaluate::{Options, evaluate};
use crate::load::ScriptSources;
use crate::model::{Case, RuleSet};
use crate::outcome::{Outcome, codes};
use crate::source::SourceFile;
use crate::validate::{self, Validated};
use std::time::{Duration, Instant};

const BASE: &str = include_str!("../../rules/anhui-2023/rules.toml");
const CASE: &str = include_str!("../../cases/constructed-scripts/zero-target.toml");

/// The anhui-2023 rules without their own scripts, plus `extra` TOML and scripts by name.
fn rules(extra: &str, scripts: &[(&str, &str)]) -> Validated<RuleSet> {
    let cut = BASE.find("\n[policy.zero-target]").unwrap_or(BASE.len());
    let text = format!("{}\n{extra}\n", &BASE[..cut]);
    let source = SourceFile::new("rules/t/rules.toml", text);
    let mut sources = ScriptSources::new();
    for (name, body) in scripts {
        sources.insert(
            (*name).to_owned(),
            Ok(SourceFile::new(format!("rules/t/{name}"), *body)),
        );
    }
    validate::rules::validate_with_scripts(&source, "test", &sources)
}

fn one(hook: &str, script: &str, limits: &str) -> RuleSet {
    let extra = format!("{limits}\n[[scripts]]\nfile = \"t.rhai\"\nhooks = [\"{hook}\"]\n");
    let v = rules(&extra, &[("t.rhai", script)]);
    let messages: Vec<String> = v.diagnostics.iter().map(|d| d.render_plain()).collect();
    match v.value {
        Some(r) => r,
        None => panic!("rule set did not validate: {messages:?}"),
    }
}

fn case() -> Case {
    let v = validate::case::validate(&SourceFile::new("c.toml", CASE));
    match v.value {
        Some(c) => c,
        None => panic!("case did not validate"),
    }
}

fn score(r: &RuleSet) -> (Outcome, Duration) {
    let start = Instant::now();
    let o = evaluate(
        r,
        &case(),
        Options {
            trace: true,
            ..Options::default()
        },
    );
    (o, start.elapsed())
}

fn failures(o: &Outcome) -> Vec<String> {
    o.findings
        .iter()
        .filter(|f| f.code == codes::SCRIPT_FAILED)
        .map(|f| f.message.to_string())
        .collect()
}

#[test]
fn infinite_loop_stops_at_the_operation_limit() {
    let r = one(
        "after",
        "fn after(form, rules, result) {\n    loop { }\n}\n",
        "",
    );
    let (o, took) = score(&r);
    let f = failures(&o);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].contains("max_operations = 100000"), "{}", f[0]);
    // Rhai gives no position for the operation count: the hook function's line is named.
    assert!(f[0].contains("rules/t/t.rhai:1:1"), "{}", f[0]);
    // The case is still scored: without the zero-target script, ≤0起 divides by zero.
    assert_eq!(o.total.map(|t| t.to_string()).as_deref(), Some("75"));
    assert!(took < Duration::from_secs(2), "{took:?}");
}

#[test]
fn runaway_recursion_stops_at_the_call_depth_limit() {
    let r = one(
        "indicator",
        "fn deeper(n) { deeper(n + 1) }\nfn indicator(form, rules, ind, result) { deeper(0) }\n",
        "[script_limits]\nmax_call_levels = 20\n",
    );
    let (o, took) = score(&r);
    let f = failures(&o);
    // One failure per applicable indicator; each is scored by the engine.
    assert_eq!(f.len(), 6, "{f:?}");
    assert!(
        f.iter().all(|m| m.contains("max_call_levels = 20")),
        "{f:?}"
    );
    assert_eq!(o.total.map(|t| t.to_string()).as_deref(), Some("75"));
    assert!(took < Duration::from_secs(2), "{took:?}");
}

#[test]
fn huge_string_stops_at_the_string_size_limit() {
    let r = one(
        "after",
        "fn after(form, rules, result) {\n    let s = \"长\";\n    loop { s += s; }\n}\n",
        "",
    );
    let (o, _) = score(&r);
    let f = failures(&o);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].contains("max_string_size = 10000"), "{}", f[0]);
    assert!(f[0].contains("t.rhai:1:1"), "{}", f[0]);
}

#[test]
fn huge_array_stops_at_the_array_size_limit() {
    let r = one(
        "before",
        "fn before(form, rules) {\n    let a = [];\n    loop { a.push(1); }\n}\n",
        "[script_limits]\nmax_array_size = 100\n",
    );
    let (o, _) = score(&r);
    let f = failures(&o);
    assert!(
        f.first()
            .is_some_and(|m| m.contains("max_array_size = 100")),
        "{f:?}"
    );
}

#[test]
fn slow_script_stops_at_the_wall_clock_limit() {
    let r = one(
        "after",
        "fn after(form, rules, result) {\n    let n = 0;\n    loop { n += 1; }\n}\n",
        "[script_limits]\nmax_operations = 1000000000\ntimeout_ms = 50\n",
    );
    let (o, took) = score(&r);
    let f = failures(&o);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(f[0].contains("timeout_ms = 50"), "{}", f[0]);
    assert!(took < Duration::from_secs(2), "{took:?}");
}

/// #16: a time-out and the operation limit are said in the rule writer's words in both
/// languages, with the limit that stopped the script and the line of its hook (Rhai gives no position).
#[test]
fn a_time_out_and_the_operation_limit_are_said_in_both_languages() {
    use crate::i18n::Lang;
    let endless = "fn after(form, rules, result) {\n    let n = 0;\n    loop { n += 1; }\n}\n";
    let cases = [
        (
            "[script_limits]\nmax_operations = 1000000000\ntimeout_ms = 50\n",
            "超出限制 `timeout_ms = 50`：脚本运行超时，已被中止",
            "broke the limit `timeout_ms = 50`: the script ran out of time and was stopped",
        ),
        (
            "[script_limits]\nmax_operations = 1000\n",
            "超出限制 `max_operations = 1000`：脚本运算次数超过上限，已被中止：多半是有循环不会结束",
            "broke the limit `max_operations = 1000`: the script ran too many operations and was stopped",
        ),
    ];
    for (limits, zh, en) in cases {
        let (o, _) = score(&one("after", endless, limits));
        let Some(f) = o.findings.iter().find(|f| f.code == codes::SCRIPT_FAILED) else {
            panic!("no script-failed finding under {limits}");
        };
        let (in_zh, in_en) = (f.message.render(Lang::Zh), f.message.render(Lang::En));
        assert!(
            in_zh.contains(zh) && in_zh.contains("t.rhai:1:1"),
            "{in_zh}"
        );
        assert!(
            in_en.contains(en) && in_en.contains("t.rhai:1:1"),
            "{in_en}"
        );
    }
}

#[test]
fn a_throw_fails_the_hook_and_the_engine_result_stands() {
    let r = one(
        "after",
        "fn after(form, rules, result) {\n    throw \"no\";\n}\n",
        "",
    );
    let (o, _) = score(&r);
    let f = failures(&o);
    assert!(
        f.first()
            .is_some_and(|m| m.contains("threw `no`") && m.contains("t.rhai:2:5")),
        "{f:?}"
    );
    assert_eq!(o.total.map(|t| t.to_string()).as_deref(), Some("75"));
}

#[test]
fn the_view_is_read_only() {
    let r = one(
        "indicator",
        "fn indicator(form, rules, ind, result) {\n    ind.points = 100;\n}\n",
        "",
    );
    let (o, _) = score(&r);
    assert_eq!(failures(&o).len(), 6);
    assert_eq!(o.total.map(|t| t.to_string()).as_deref(), Some("75"));
}

fn diagnostics(v: &Validated<RuleSet>) -> Vec<String> {
    v.diagnostics.iter().map(|d| d.render_plain()).collect()
}

#[test]
fn eval_import_and_undeclared_variables_do_not_compile_and_all_are_reported() {
    let extra = "[[scripts]]\nfile = \"a.rhai\"\nhooks = [\"after\"]\n\
                 [[scripts]]\nfile = \"b.rhai\"\nhooks = [\"after\"]\n\
                 [[scripts]]\nfile = \"c.rhai\"\nhooks = [\"after\"]\n";
    let v = rules(
        extra,
        &[
            (
                "a.rhai",
                "fn after(form, rules, result) {\n  eval(\"1\")\n}\n",
            ),
            (
                "b.rhai",
                "import \"fs\" as fs;\nfn after(form, rules, result) { () }\n",
            ),
            (
                "c.rhai",
                "fn after(form, rules, result) {\n  let x = 总分;\n}\n",
            ),
        ],
    );
    assert!(v.value.is_none());
    let d = diagnostics(&v);
    assert_eq!(d.len(), 3, "{d:?}");
    assert!(
        d[0].starts_with("rules/t/a.rhai:2:3: error[rules::script-syntax]"),
        "{}",
        d[0]
    );
    assert!(d[0].contains("eval"), "{}", d[0]);
    assert!(
        d[1].starts_with("rules/t/b.rhai:1:1: error[rules::script-syntax]"),
        "{}",
        d[1]
    );
    assert!(
        d[2].starts_with("rules/t/c.rhai:2:11: error[rules::script-syntax]"),
        "{}",
        d[2]
    );
}

#[test]
fn a_hook_without_its_function_is_reported_at_the_hooks_key() {
    let v = rules(
        "[[scripts]]\nfile = \"a.rhai\"\nhooks = { indicator = \"score\" }\n",
        &[("a.rhai", "fn score(form, rules) { () }\n")],
    );
    let d = diagnostics(&v);
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].contains("rules/t/rules.toml:"), "{}", d[0]);
    assert!(d[0].contains("error[rules::script-hook]"), "{}", d[0]);
    assert!(d[0].contains("`score` takes 2 parameters"), "{}", d[0]);
}

#[test]
fn a_missing_script_file_and_a_bad_limit_are_reported() {
    let v = rules(
        "[script_limits]\nmax_operations = 0\n[[scripts]]\nfile = \"gone.rhai\"\nhooks = [\"after\"]\n",
        &[],
    );
    let codes: Vec<&str> = v.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["rules::bad-limit", "rules::script-missing"]);
}

#[test]
fn out_of_range_score_is_rejected() {
    let r = one(
        "indicator",
        "fn indicator(form, rules, ind, result) {\n    decision(#{ score: result.points + 1 })\n}\n",
        "",
    );
    let (o, _) = score(&r);
    let rejected: Vec<String> = o
        .findings
        .iter()
        .filter(|f| f.code == codes::SCRIPT_REJECTED)
        .map(|f| f.message.to_string())
        .collect();
    assert_eq!(rejected.len(), 6, "{rejected:?}");
    assert!(rejected[0].contains("is outside 0..20"), "{}", rejected[0]);
    assert_eq!(o.total.map(|t| t.to_string()).as_deref(), Some("75"));
}

#[test]
fn points_that_no_longer_add_up_are_rejected() {
    let r = one(
        "before",
        "fn before(form, rules) {\n    decision(#{ points: [#{ index: 0, points: 25 }] })\n}\n",
        "",
    );
    let (o, _) = score(&r);
    let rejected: Vec<String> = o
        .findings
        .iter()
        .filter(|f| f.code == codes::SCRIPT_REJECTED)
        .map(|f| f.message.to_string())
        .collect();
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    assert!(
        rejected[0].contains("would carry 95 points"),
        "{}",
        rejected[0]
    );
    assert_eq!(
        o.indicators[0].points.map(|p| p.to_string()),
        Some("20".into())
    );
}

#[test]
fn unknown_decision_keys_are_rejected_with_a_suggestion() {
    let r = one(
        "after",
        "fn after(form, rules, result) {\n    #{ totl: 1 }\n}\n",
        "",
    );
    let (o, _) = score(&r);
    assert!(
        o.findings.iter().any(|f| f.code == codes::SCRIPT_REJECTED
            && f.message.to_string().contains("did you mean `total`?")),
        "{:?}",
        o.findings
    );
}

#[test]
fn rule_sets_with_scripts_are_shared_across_threads() {
    fn shared<T: Send + Sync + Clone>() {}
    shared::<RuleSet>();
    let r = std::sync::Arc::new(one(
        "after",
        "fn after(form, rules, result) {\n    decision(#{ total: result.total - 1, reason: \"test\" })\n}\n",
        "",
    ));
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let r = r.clone();
            std::thread::spawn(move || evaluate(&r, &case(), Options::default()).total_or_zero())
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().map(|t| t.to_string()).ok(), Some("74".into()));
    }
}

#[test]
fn a_hook_that_never_names_its_form_gets_no_view_and_one_that_does_gets_it() {
    let reads = |script: &str| {
        let r = one("after", script, "");
        r.scripts
            .as_ref()
            .and_then(|s| s.scripts.first())
            .and_then(|s| s.hook(super::Hook::After))
            .map(|f| f.reads_form)
    };
    assert_eq!(reads("fn after(form, rules, result) { () }\n"), Some(false));
    // Through a helper, in a string, inside a longer identifier: counted, so the view is built.
    let via_helper = "fn project(f) { f.project }\n\
                      fn after(form, rules, result) {\n    decision(#{ findings: [project(form)] })\n}\n";
    assert_eq!(reads(via_helper), Some(true));
    assert_eq!(
        reads("fn after(form, rules, result) { let s = \"form\"; () }\n"),
        Some(true)
    );
    assert_eq!(
        reads("fn after(f, rules, result) { f.project; () }\n"),
        Some(true)
    );
    // The helper really sees the case.
    let (o, _) = score(&one("after", via_helper, ""));
    let project = case().project.text;
    assert!(
        o.findings
            .iter()
            .any(|f| f.code == codes::SCRIPT && f.message.to_string().starts_with(&*project)),
        "{:?}",
        o.findings
    );
}

#[test]
fn whole_words_are_counted_conservatively() {
    use super::word_count;
    assert_eq!(
        word_count("fn a(form, r) { form.x + forms + reform }", "form"),
        2
    );
    // A Chinese letter next to it may make a longer identifier: counted all the same.
    assert_eq!(word_count("let 甲form = 1; form_x; form2", "form"), 1);
    assert_eq!(word_count("anything", ""), usize::MAX);
}

/// Issue #17: an `after` script may set the execution score; the total follows it. By hand:
/// the case scores execution e and total t without the script; with `execution: 7` the
/// execution is 7 and the total t − e + 7. A score above the execution points is rejected.
#[test]
fn after_hook_may_set_the_execution_score_and_the_total_follows() {
    let plain = rules("", &[]);
    let Some(plain) = plain.value else {
        panic!("base rules validate")
    };
    let (before, _) = score(&plain);
    let set = one(
        "after",
        "fn after(form, rules, result) {\n    decision(#{ execution: 7, reason: \"local rule\" })\n}\n",
        "",
    );
    let (o, _) = score(&set);
    assert_eq!(o.execution.score, rust_decimal::Decimal::from(7));
    assert_eq!(
        o.total_or_zero(),
        before.total_or_zero() - before.execution.score + rust_decimal::Decimal::from(7)
    );
    assert!(
        o.total_trace.iter().any(|s| s
            .text
            .to_string()
            .contains(&format!("execution score {} → 7", before.execution.score))),
        "{:?}",
        o.total_trace
    );
    // Tester s15c F5: the step is also the last of the execution score's own trace, which
    // ended at the engine's score, with the script's line.
    let Some(last) = o.execution.trace.last() else {
        panic!("no execution trace")
    };
    assert_eq!(
        last.text.to_string(),
        format!(
            "script `t.rhai` line 2: execution score {} → 7: local rule",
            before.execution.score
        )
    );
    assert_eq!(last.rule.as_ref().map(|r| r.line), Some(2));
    let over = one(
        "after",
        "fn after(form, rules, result) {\n    decision(#{ execution: 11 })\n}\n",
        "",
    );
    let (o, _) = score(&over);
    assert_eq!(o.execution.score, before.execution.score);
    assert!(o.findings.iter().any(|f| f.code == codes::SCRIPT_REJECTED));
}

/// Issue #17: the execution 得分 was compared with the engine's execution score before an
/// `after` script set it, so the form's 10 against a script's 7 said nothing, and a form
/// whose 得分 the script confirmed was still told it differed. By hand (the case reports
/// 10 of 10 at 100%): a script setting 7 makes the reported 10 differ from the computed 7;
/// one setting 10 leaves nothing to report.
#[test]
fn the_execution_score_is_audited_after_the_after_hook_sets_it() {
    let mismatch = |o: &Outcome| -> Vec<String> {
        o.findings
            .iter()
            .filter(|f| {
                f.code == codes::SCORE_MISMATCH && f.message.to_string().contains("execution")
            })
            .map(|f| f.message.to_string())
            .collect()
    };
    let set = |score: &str| {
        one(
            "after",
            &format!(
                "fn after(form, rules, result) {{\n    decision(#{{ execution: {score} }})\n}}\n"
            ),
            "",
        )
    };
    let (o, _) = score(&set("7"));
    assert_eq!(o.execution.score, rust_decimal::Decimal::from(7));
    assert_eq!(
        mismatch(&o),
        vec!["reported execution score 10 differs from the computed 7".to_owned()]
    );
    let (o, _) = score(&set("10"));
    assert_eq!(mismatch(&o), Vec::<String>::new());
}

/// Issue #18 item 4: the second `before` decision was checked against the form's declared
/// points, not the points after the first, so two scripts together created points (a form
/// ended with 115 of 100, graded 优, with no error).
#[test]
fn two_before_scripts_cannot_create_points_together() {
    // The first moves 5 points from indicator 1 (15) to indicator 0 (20); the second puts
    // indicator 1 back to 15, which against the declared points looks balanced.
    let first = "fn before(form, rules) {\n    decision(#{ points: [#{ index: 0, points: 25 }, #{ index: 1, points: 10 }] })\n}\n";
    let second =
        "fn before(form, rules) {\n    decision(#{ points: [#{ index: 1, points: 15 }] })\n}\n";
    let extra = "[[scripts]]\nfile = \"a.rhai\"\nhooks = [\"before\"]\n\
                 [[scripts]]\nfile = \"b.rhai\"\nhooks = [\"before\"]\n";
    let v = rules(extra, &[("a.rhai", first), ("b.rhai", second)]);
    let Some(r) = v.value else {
        panic!("rule set did not validate")
    };
    let (o, _) = score(&r);
    assert_eq!(o.total_points.to_string(), "100", "{:?}", o.findings);
    assert!(o.total_or_zero() <= o.total_points);
    let rejected: Vec<String> = o
        .findings
        .iter()
        .filter(|f| f.code == codes::SCRIPT_REJECTED)
        .map(|f| f.message.to_string())
        .collect();
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    assert!(
        rejected[0].contains("would carry 95 points"),
        "{}",
        rejected[0]
    );
    let points: Vec<String> = o.indicators[..2]
        .iter()
        .map(|i| i.points.unwrap_or_default().to_string())
        .collect();
    assert_eq!(points, ["25", "10"]);
}

/// Issue #18 item 12: a decision holding `()` was rejected as "not ``".
#[test]
fn a_unit_value_in_a_decision_is_named_not_shown_as_empty() {
    let r = one(
        "indicator",
        "fn indicator(form, rules, ind, result) {\n    decision(#{ score: () })\n}\n",
        "",
    );
    let (o, _) = score(&r);
    let rejected: Vec<String> = o
        .findings
        .iter()
        .filter(|f| f.code == codes::SCRIPT_REJECTED)
        .map(|f| f.message.to_string())
        .collect();
    assert!(!rejected.is_empty());
    for m in rejected {
        assert!(!m.contains("not ``"), "{m}");
        assert!(m.contains("`()` (nothing"), "{m}");
    }
}

/// #16: a script failure's `Display` (debug output, logs) is the catalog's wording in the
/// run's language, as `describe` gives it to findings, not an English-only string.
#[test]
fn a_script_errors_display_is_the_catalogs_text() {
    use crate::i18n::Lang;
    let err = crate::script::ScriptError {
        file: "scripts/t.rhai".into(),
        line: 3,
        column: 5,
        function: "after".into(),
        limit: Some("max_operations = 1000".into()),
        message: crate::i18n::Message::verbatim("m"),
        fault: crate::script::Fault::Other,
    };
    let shown = err.to_string();
    assert_eq!(shown, err.describe().render(crate::i18n::lang()));
    assert!(
        err.describe()
            .render(Lang::Zh)
            .starts_with("脚本 `scripts/t.rhai:3:5`（函数 `after`）超出限制"),
        "{}",
        err.describe().render(Lang::Zh)
    );
}
