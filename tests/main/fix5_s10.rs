//! Rules, values and outputs of the s10 user test (notes s10-tester, engineer `fix5`): an
//! execution step table in the province's points on a form keeping other points (F4), each
//! worked by hand. The rule set is the tester's own, `tests/data/rules-s10/shanxi-2024`
//! (copied unchanged from `/work/tester-made/s10/rules/shanxi-2024.rules.toml`).

use crate::common::{self, root};
use crate::test::Test;
use std::path::{Path, PathBuf};

/// The shipped rules and the tester's `shanxi-2024` under one rules root in `dir`.
fn rules_root(dir: &Path) -> PathBuf {
    let to = dir.join("rules");
    common::copy_dir(&root().join("rules"), &to);
    common::copy_dir(
        &root().join("tests/data/rules-s10/shanxi-2024"),
        &to.join("shanxi-2024"),
    );
    to
}

/// F4: the step table is written in the province's 20 points (≥60% → 12); the Huainan form
/// keeps 10 execution points, so 70.96% scores 12 × 10 ÷ 20 = 6, not 12 capped at 10. The
/// total is 90 + 6 = 96 (was 100), and the trace says the step was scaled.
#[test]
fn an_execution_step_table_in_other_points_is_scaled_to_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let rr = rules_root(dir.path());
    let case = root().join("cases/huainan-2023/2023-12-淮南市电子政务云计算中心租赁服务及政府协同办公系统租用服务项目.toml");
    let json = Test::new()
        .args([
            "--lang",
            "en",
            "score",
            "--explain",
            "--format",
            "json",
            "--rules",
        ])
        .arg(rr.join("shanxi-2024"))
        .arg("--rules-root")
        .arg(&rr)
        .arg(&case)
        .output()
        .json();
    let o = &json["cases"][0];
    assert_eq!(o["execution"]["score"].to_string(), "6", "{o:#}");
    assert_eq!(o["total"].to_string(), "96", "{o:#}");
    let trace = o["execution"]["trace"].to_string();
    assert!(trace.contains("12 × 10 ÷ 20 = 6"), "{trace}");
    // Under the rule set's own points the table is read as written: 12 of 20.
    let json = Test::new()
        .args([
            "--lang", "en", "score", "--points", "rules", "--format", "json", "--rules",
        ])
        .arg(rr.join("shanxi-2024"))
        .arg("--rules-root")
        .arg(&rr)
        .arg(&case)
        .output()
        .json();
    assert_eq!(json["cases"][0]["execution"]["score"].to_string(), "12");
}
