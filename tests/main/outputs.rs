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
/// words; the rate is not computed from it.
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
        .expect_stdout_contains("warning[unit-mismatch] 全年执行数“115人”的单位“人”不是金额")
        .run();
}
