//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use jixiao::evaluate::{Options, evaluate};
use jixiao::model::{Case, RuleSet};
use jixiao::outcome::Outcome;
use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Loads a shipped rule set by id.
pub fn rules(id: &str) -> RuleSet {
    let v = jixiao::pipeline::load_rule_set(&root().join("rules").join(id)).unwrap();
    v.value
        .unwrap_or_else(|| panic!("rule set {id} is invalid: {:?}", v.diagnostics))
}

/// Loads a case file.
pub fn case(path: &Path) -> Case {
    let v = jixiao::pipeline::load_case(path).unwrap();
    v.value
        .unwrap_or_else(|| panic!("case {} is invalid: {:?}", path.display(), v.diagnostics))
}

/// The seed case file whose name starts with `2023-NN-`.
pub fn seed_file(n: u32) -> PathBuf {
    let prefix = format!("2023-{n:02}-");
    std::fs::read_dir(root().join("cases/huainan-2023"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(&prefix)
        })
        .unwrap_or_else(|| panic!("no seed case {n}"))
}

/// The seed case whose file name starts with `2023-NN-`.
pub fn seed_case(n: u32) -> Case {
    case(&seed_file(n))
}

/// Scores seed form `n` under anhui-2023 with traces.
pub fn score_seed(n: u32) -> Outcome {
    evaluate(
        &rules("anhui-2023"),
        &seed_case(n),
        Options {
            trace: true,
            ..Options::default()
        },
    )
}

/// The finding codes of an outcome, sorted and deduplicated.
pub fn codes(o: &Outcome) -> Vec<&'static str> {
    let mut c: Vec<&str> = o.findings.iter().map(|f| f.code.as_str()).collect();
    c.sort_unstable();
    c.dedup();
    c
}

/// Each indicator's computed score as written (`9.47`), in form order.
pub fn line_scores(o: &Outcome) -> Vec<String> {
    o.indicators.iter().map(|i| i.score.to_string()).collect()
}

/// A decimal from text.
pub fn d(s: &str) -> rust_decimal::Decimal {
    s.parse().unwrap()
}

/// What an import recognised, guessed and could not read, form by form.
pub fn import_summary(import: &jixiao::import::Import) -> String {
    let mut out = String::new();
    for p in &import.problems {
        out.push_str(&format!("(no form) {p}\n"));
    }
    for f in &import.forms {
        out.push_str(&format!(
            "form {} → {}{}\n",
            f.index,
            f.file_name,
            if f.incomplete { " (incomplete)" } else { "" }
        ));
        for n in import.reported_notes(f) {
            out.push_str(&format!("  {n}\n"));
        }
    }
    out
}

/// Every `.rs` file under `dir`, depth first (the source-walking tests: layers, fn_length).
pub fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, files);
        } else if p.extension().is_some_and(|x| x == "rs") {
            files.push(p);
        }
    }
}

/// A fixture under `tests/data/import/arrived/` (the forms of the user trials).
pub fn arrived(name: &str) -> PathBuf {
    root().join("tests/data/import/arrived").join(name)
}

/// What an import gave and each form's outcome.
pub type Scored = (
    jixiao::import::InputFormat,
    jixiao::import::Import,
    Vec<Outcome>,
);

/// Imports `bytes` as `score FILE` does and scores every form under the rule set `rules`
/// (the case files must validate).
pub fn score_bytes(name: &str, bytes: &[u8], rules: &str) -> Scored {
    let imported = jixiao::pipeline::forms::cases(name, bytes, Some(rules)).unwrap();
    let rule_set = self::rules(rules);
    let outcomes = imported
        .cases
        .iter()
        .map(|v| {
            let case = v.value.as_ref().expect("the case file validates");
            evaluate(&rule_set, case, Options::default())
        })
        .collect();
    (imported.format, imported.import, outcomes)
}

/// A fixture of `arrived/`, imported and scored under `rules`.
pub fn score_arrived(name: &str, rules: &str) -> Scored {
    score_bytes(name, &std::fs::read(arrived(name)).unwrap(), rules)
}

/// The indicator called `level3` in an outcome.
pub fn indicator<'a>(o: &'a Outcome, level3: &str) -> &'a jixiao::outcome::IndicatorOutcome {
    o.indicators
        .iter()
        .find(|i| &*i.level3 == level3)
        .unwrap_or_else(|| panic!("no indicator {level3}"))
}

/// Copies the directory `from` (and all under it) to `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// `jixiao score FILE --rules RULES --format json` in Chinese (with `--explain` when asked):
/// the JSON document and the stderr. `rules` is an id under `rules/` or a rule-set folder.
pub fn score_json(file: &str, rules: &str, explain: bool) -> (serde_json::Value, String) {
    let rules = match rules.contains('/') {
        true => rules.to_owned(),
        false => format!("rules/{rules}"),
    };
    let mut test = crate::test::Test::new()
        .env("JIXIAO_LANG", "zh")
        .args(["score", "--rules", &rules, "--format", "json"]);
    if explain {
        test = test.arg("--explain");
    }
    let out = test.arg(file).output();
    (out.json(), out.stderr)
}

/// The finding codes of one case of a `--format json` document, in order.
pub fn json_codes(case: &serde_json::Value) -> Vec<String> {
    json_codes_where(case, |_| true)
}

/// The error-level finding codes of one case of a `--format json` document.
pub fn json_errors(case: &serde_json::Value) -> Vec<String> {
    json_codes_where(case, |f| f["severity"] == "error")
}

fn json_codes_where(
    case: &serde_json::Value,
    keep: impl Fn(&serde_json::Value) -> bool,
) -> Vec<String> {
    case["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| keep(f))
        .map(|f| f["code"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// (project, total, grade) of each form in a `score --format json` report.
pub fn forms(json: &serde_json::Value) -> Vec<(String, Option<f64>, String)> {
    json["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["project"].as_str().unwrap_or("").to_owned(),
                c["total"].as_f64(),
                c["grade"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}
