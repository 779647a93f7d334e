//! Rules, values and outputs of the s10 user test (notes s10-tester, engineer `fix5`): an
//! execution step table in the province's points on a form keeping other points (F4), each
//! worked by hand. The rule set is the tester's own, `tests/data/rules-s10/shanxi-2024`
//! (copied unchanged from `/work/tester-made/s10/rules/shanxi-2024.rules.toml`).

use crate::common::{self, root};
use crate::test::Test;
use jixiao::outcome::Outcome;
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

/// The one form of a fixture under `tests/data/import/s10/`, scored under `rules`.
fn one_form(name: &str, rules: &str) -> (Outcome, String) {
    let path = root().join("tests/data/import/s10").join(name);
    let scored = common::score_bytes(name, &std::fs::read(path).unwrap(), rules);
    let said = common::import_summary(&scored.1);
    let [o] = scored.2.as_slice() else {
        panic!("{name}: one form expected\n{said}")
    };
    (o.clone(), said)
}

/// F6: 18 qualitative rows all met in plain Chinese (`已全覆盖`, `已健全`, `已规范`, `明显提升`
/// for `逐步提升`, `显著提高` …), 5 points each, self 5 each: 90 + 10 = 100 / 优 under every
/// shipped family (was 75 / 中 with five rows at 0 as unknown words).
#[test]
fn done_in_plain_words_is_met() {
    for rules in ["anhui-2023", "central-2020", "sichuan-2023", "hb-module"] {
        let (o, said) = one_form("anhui-words3.txt", rules);
        assert_eq!(o.total, Some(common::d("100")), "{rules}: {said}");
        assert!(
            !common::codes(&o).contains(&"unknown-band"),
            "{rules}: {:?}",
            common::codes(&o)
        );
    }
}

/// F6: `健全` / `基本健全` is 部分达成, so the self-score 7 of 10 inside [60%, 80%) stands:
/// 9.5 + 84.15 = 93.65 / 优 (was 86.65 / 良, the row at 0).
#[test]
fn basically_the_target_is_partly_met() {
    let (o, said) = one_form("sichuan-xlsx-dingxing.xlsx", "sichuan-2023");
    assert_eq!(o.total, Some(common::d("93.65")), "{said}");
    assert_eq!(o.grade.as_deref(), Some("优"));
}

/// F9: the chizhou pattern done right — 年度资金总额 `0 0 0 10 0 0`, the figures in 本年财政拨款:
/// the row's 0 得分 is the template's blank, so the form's 97 is its lines 87 plus the
/// execution score 10, not an error (was `total-not-sum`, exit 1).
#[test]
fn a_total_row_left_at_zero_is_no_total_error() {
    let (o, said) = one_form("chizhou-like.txt", "anhui-2022");
    assert_eq!(o.total, Some(common::d("97")), "{said}");
    let codes = common::codes(&o);
    assert!(codes.contains(&"funds-total-blank"), "{codes:?}");
    assert!(!codes.contains(&"total-not-sum"), "{codes:?}");
    // A total the lines and the execution score do not make is still said, with both.
    let path = root().join("tests/data/import/s10/chizhou-like.txt");
    let text = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        text.matches("总分 100 97").count(),
        1,
        "the total written once"
    );
    let input = text.replace("总分 100 97", "总分 100 95");
    let scored = common::score_bytes("chizhou-95.txt", input.as_bytes(), "anhui-2022");
    let o = &scored.2[0];
    let f = o
        .findings
        .iter()
        .find(|f| f.code == "total-not-sum")
        .unwrap();
    let text = f.message.render(jixiao::i18n::Lang::En);
    assert!(
        text.contains("87 plus the computed execution score 10 (97"),
        "{text}"
    );
}

/// F8: a form with no points (Hunan 绩效目标自评表) has met-or-not as its only result: the
/// unmet 危房改造户数 (≥150户, 142户) is a `target-not-met` finding, so it reaches the table,
/// CSV and the findings sheets; the six met rows are not.
#[test]
fn an_unmet_target_on_a_form_with_no_points_is_a_finding() {
    let (o, said) = one_form("hunan-glued-weifang.txt", "hunan-2020-target");
    assert_eq!(o.total, None, "{said}");
    let unmet: Vec<String> = o
        .findings
        .iter()
        .filter(|f| f.code == "target-not-met")
        .map(|f| f.message.render(jixiao::i18n::Lang::Zh))
        .collect();
    assert_eq!(unmet.len(), 1, "{unmet:?}\n{said}");
    assert!(
        unmet[0].contains("危房改造户数") && unmet[0].contains("142户"),
        "{unmet:?}"
    );
    let csv = Test::new()
        .args([
            "score",
            "--format",
            "csv-findings",
            "--rules",
            "rules/hunan-2020-target",
        ])
        .arg(root().join("tests/data/import/s10/hunan-glued-weifang.txt"))
        .current_dir(root())
        .output()
        .stdout;
    assert!(
        csv.contains("target-not-met") || csv.contains("未达到年度指标值"),
        "{csv}"
    );
}
