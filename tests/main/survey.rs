//! 满意度 from survey counts (`[satisfaction]`, issue #17): the hand-worked fixture indicator by
//! indicator, counts that contradict themselves (never a panic, never a division by zero), the
//! minimum sample with and without a cap, the changelog entry, and rule sets without the table
//! reading nothing new.

use crate::common::{self, d, line_scores as scores};
use crate::test::Test;
use jixiao::evaluate::{Options, evaluate};
use jixiao::outcome::Outcome;
use std::path::Path;

const FIXTURE: &str = "tests/data/families/national-2020-survey.toml";

fn score(rules: &jixiao::model::RuleSet, path: &Path) -> Outcome {
    evaluate(
        rules,
        &common::case(path),
        Options {
            trace: true,
            ..Options::default()
        },
    )
}

fn steps(o: &Outcome, at: usize) -> String {
    o.indicators[at]
        .trace
        .iter()
        .map(|s| format!("{} [{}]\n", s.text, s.rule.as_ref().map_or("", |r| &r.key)))
        .collect()
}

/// The fixture's header works each score out by hand; this checks them one by one, with the
/// trace naming the counts and the `satisfaction` rule.
#[test]
fn survey_counts_score_the_fixture_as_worked_by_hand() {
    let o = score(
        &common::rules("national-2020"),
        &common::root().join(FIXTURE),
    );
    // 决策 15, 过程 15, 产出 35, 社会效益 10; 455/500 = 91% ≥ 90%: 5; 36/40 = 90% against
    // ≥95%: 5 × 90 / 95 = 4.74; 19/20 = 95% ≥ 90%: 5.
    assert_eq!(scores(&o), ["15", "15", "35", "10", "5", "4.74", "5"]);
    assert_eq!(o.execution.score, d("9.5"));
    assert_eq!(o.total, Some(d("99.24")));
    assert_eq!(o.grade.as_deref(), Some("优"));
    assert_eq!(
        common::codes(&o),
        ["survey-rate-mismatch", "survey-sample-small"]
    );
    let first = steps(&o, 4);
    assert!(
        first.contains(
            "满意度 from the survey: 455 satisfied of a sample of 500 = 91% [satisfaction]"
        ),
        "{first}"
    );
    let mismatch = o
        .findings
        .iter()
        .find(|f| f.code == "survey-rate-mismatch")
        .unwrap();
    let text = mismatch.message.to_string();
    assert!(
        text.contains("92%") && text.contains("36 / 40 = 90%"),
        "{text}"
    );
}

/// Without `[satisfaction]` (central-2020) the counts mean nothing: `455/500` is an unreadable
/// actual as before, its reported score kept — behaviour unchanged for every other rule set.
#[test]
fn a_rule_set_without_the_table_reads_no_counts() {
    let o = score(
        &common::rules("central-2020"),
        &common::root().join(FIXTURE),
    );
    assert!(
        common::codes(&o).contains(&"unreadable-value"),
        "{:?}",
        common::codes(&o)
    );
    assert!(!common::codes(&o).iter().any(|c| c.starts_with("survey-")));
    assert!(!steps(&o, 4).contains("满意度 from the survey"));
}

/// A case under national-2020 with one satisfaction indicator (5 points, reported 4) per
/// actual; what each scores and which findings it gets.
fn one_indicator(actual: &str) -> (Outcome, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.toml");
    let text = std::fs::read_to_string(common::root().join(FIXTURE))
        .unwrap()
        .replace(
            "actual = \"455/500\"\npoints = \"5\"\nscore = \"5\"",
            &format!("actual = \"{actual}\"\npoints = \"5\"\nscore = \"4\""),
        );
    std::fs::write(&path, text).unwrap();
    (score(&common::rules("national-2020"), &path), dir)
}

/// Counts that contradict themselves or cannot be read keep the reported score (4) with a
/// finding that says what is wrong, in the form's words; nothing divides by 0.
#[test]
fn counts_that_contradict_themselves_keep_the_reported_score() {
    for (actual, code, says) in [
        (
            "520/500",
            "survey-counts-invalid",
            "520 satisfied of a sample of 500",
        ),
        ("0/0", "survey-counts-invalid", "a sample (有效样本) of 0"),
        ("样本0人，满意0人", "survey-counts-invalid", "of 0"),
        (
            "调查500人，不满意520人",
            "survey-counts-invalid",
            "520 dissatisfied",
        ),
        ("满意455人", "unreadable-value", "not the sample size"),
        (
            "样本500人",
            "unreadable-value",
            "neither the satisfied count",
        ),
        ("满意45.5人，样本500人", "unreadable-value", "`45.5人`"),
        (
            "问卷520份，调查500人，满意455人",
            "unreadable-value",
            "the sample size (有效样本) twice",
        ),
    ] {
        let (o, _dir) = one_indicator(actual);
        let f = o
            .findings
            .iter()
            .find(|f| f.code == code)
            .unwrap_or_else(|| panic!("{actual}: no {code} in {:?}", common::codes(&o)));
        let text = f.message.to_string();
        assert!(text.contains(says), "{actual}: {text}");
        assert_eq!(
            o.indicators[4].score,
            d("4"),
            "{actual}: the reported score is kept"
        );
        assert_eq!(o.indicators[4].method.name(), "reported_kept", "{actual}");
    }
}

/// The other ways forms write counts reach the same 91%.
#[test]
fn counts_written_in_words_score_like_a_fraction() {
    for actual in [
        "样本500人，满意455人",
        "满意人数455人/有效样本500人",
        "发放问卷520份，回收有效问卷500份，其中满意455份",
        "调查500人，不满意45人",
        "满意度91%（455/500）",
    ] {
        let (o, _dir) = one_indicator(actual);
        assert_eq!(o.indicators[4].score, d("5"), "{actual}");
        assert!(
            steps(&o, 4).contains("of a sample of 500 = 91%"),
            "{actual}: {}",
            steps(&o, 4)
        );
        // Only the fixture's own 指标2 (92% written, 90% counted) disagrees.
        let mismatches = o
            .findings
            .iter()
            .filter(|f| f.code == "survey-rate-mismatch")
            .count();
        assert_eq!(mismatches, 1, "{actual}");
    }
}

/// A rules root holding national-2020, its parents, and a child capping a small sample at 80%
/// of the points.
fn with_cap() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for id in ["central-2016", "central-2020", "national-2020"] {
        let dir = tmp.path().join("rules").join(id);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(
            common::root().join("rules").join(id).join("rules.toml"),
            dir.join("rules.toml"),
        )
        .unwrap();
    }
    let child = tmp.path().join("rules/survey-cap");
    std::fs::create_dir_all(&child).unwrap();
    std::fs::write(
        child.join("rules.toml"),
        "[rule_set]\nid = \"survey-cap\"\nextends = \"national-2020\"\ndescription = \"national-2020 with a small survey sample capped at 80% of the points.\"\n\n[satisfaction]\nminimum_sample = { cap = \"80%\" }\n",
    )
    .unwrap();
    tmp
}

/// `minimum_sample = { size = "30", cap = "80%" }`: `调查20人，其中19人满意` is 95% against ≥90%
/// (5 points) but 20 < 30 people, so it earns at most 80% × 5 = 4; the total falls by 1 to
/// 98.24 and `diff` gives the move to the changed rule.
#[test]
fn a_small_sample_earns_at_most_the_cap() {
    let tmp = with_cap();
    let rules = jixiao::pipeline::load_rule_set(&tmp.path().join("rules/survey-cap"))
        .unwrap()
        .value
        .unwrap();
    let o = score(&rules, &common::root().join(FIXTURE));
    assert_eq!(scores(&o), ["15", "15", "35", "10", "5", "4.74", "4"]);
    assert_eq!(o.total, Some(d("98.24")));
    let text = steps(&o, 6);
    assert!(
        text.contains("a sample of 20 is below the minimum 30: at most 80% of 5 points = 4 (was 5.277778…) [satisfaction.minimum_sample]"),
        "{text}"
    );
    let r = tmp.path().join("rules").display().to_string();
    let changelog = Test::new()
        .args([
            "rules",
            "changelog",
            "--rules-root",
            &r,
            "national-2020",
            "survey-cap",
        ])
        .run()
        .stdout;
    assert!(
        changelog.contains("satisfaction indicators: 满意度 from survey counts (满意人数 / 有效样本) on indicators named 满意度; survey sample below 30: a finding → 满意度 from survey counts (满意人数 / 有效样本) on indicators named 满意度; survey sample below 30: a finding, at most 80% of the points"),
        "{changelog}"
    );
    let doc = Test::new()
        .args([
            "diff",
            "--rules-root",
            &r,
            "--from",
            "national-2020",
            "--to",
            "survey-cap",
            FIXTURE,
            "--format",
            "json",
        ])
        .expect_status(1)
        .run()
        .json();
    let text = doc.to_string();
    assert!(text.contains("\"satisfaction\""), "{text}");
    assert!(text.contains("-1"), "{text}");
}
