//! Tester s11 F2 and F7: an Anhui 2023 form copied out of a PDF viewer, one cell a line, whose
//! narrow columns wrap the funds headers before their column marks (`全年预算数` / `（A）`) and
//! the level-1/level-2 labels (`满意度指` / `标`, `服务对象` / `满意度指` / `标`), with the two
//! controls the tester made (fixtures under `tests/data/import/s11/`, sources in
//! `tests/data/import/SOURCES.md`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, d};
use jixiao::outcome::FindingCode;

const FIXTURES: [&str; 3] = [
    "s11/f1-pdf-copy.txt",
    "s11/f2-pdf-copy-hdr-unwrapped.txt",
    "s11/f3-pdf-copy-sat-unwrapped.txt",
];

/// F2 and F7, by hand: execution 456 / 480 = 95% → 9.5 → 10; 数量 20 × 11/12 = 18.33; 质量
/// 100/100 → 10; 时效 2023年11月 by 2023年11月底前 → 10; 成本 ≤40万元 vs 41.5万元 → 10 × 40/41.5
/// = 9.64; 社会效益 达成预期指标 → 20; 可持续 30/30 → 10; 满意度 93/90 capped → 10. Total
/// 97.97 / 优, the form's own 97.97. With the headers apart, the figures were read as funds rows
/// named `456`, `10`, `95%` (execution 0, 87.97 / 良 and an error `total-not-sum` blamed on the
/// form); with the labels apart, `服务对象` was the level 2 and `满意度指标` a phantom row with
/// two false warnings.
#[test]
fn a_pdf_copy_with_wrapped_headers_and_labels_scores_as_its_unwrapped_copy() {
    for path in FIXTURES {
        let full = common::root().join("tests/data/import").join(path);
        let (_, imported, outcomes) =
            common::score_bytes(path, &std::fs::read(full).unwrap(), "anhui-2023");
        let said = common::import_summary(&imported);
        let [o] = <[_; 1]>::try_from(outcomes).unwrap();
        assert_eq!(o.execution.budget, Some(d("480")), "{path}\n{said}");
        assert_eq!(o.execution.spent, Some(d("456")), "{path}\n{said}");
        assert_eq!(o.execution.rate, Some(d("95")), "{path}\n{said}");
        assert_eq!(o.execution.score, d("10"), "{path}\n{said}");
        assert_eq!(
            common::line_scores(&o),
            ["18.33", "10", "10", "9.64", "20", "10", "10"],
            "{path}\n{said}"
        );
        assert_eq!(o.total, Some(d("97.97")), "{path}\n{said}");
        assert_eq!(o.grade.as_deref(), Some("优"), "{path}\n{said}");
        let last = o.indicators.last().unwrap();
        assert_eq!(
            (last.level1.as_str(), last.level2.as_str()),
            ("满意度指标", "服务对象满意度指标"),
            "{path}"
        );
        let codes = common::codes(&o);
        for code in [
            FindingCode::TotalNotSum,
            FindingCode::TotalMismatch,
            FindingCode::MissingReported,
            FindingCode::MissingActual,
        ] {
            assert!(
                !o.findings.iter().any(|f| f.code == code),
                "{path} {codes:?}"
            );
        }
        // The case has exactly the form's four funds rows: no figure or header became one.
        let case = imported_case(path);
        let labels: Vec<&str> = case.funds.iter().map(|f| &*f.label.text).collect();
        assert_eq!(
            labels,
            [
                "年度资金总额：",
                "其中：本年财政拨款",
                "上年结转资金",
                "其他资金"
            ],
            "{path}"
        );
    }
}

/// F2: each join is said, in the words the other joins use.
#[test]
fn each_wrapped_header_joined_is_said() {
    let path = "s11/f1-pdf-copy.txt";
    let full = common::root().join("tests/data/import").join(path);
    let (_, imported, _) = common::score_bytes(path, &std::fs::read(full).unwrap(), "anhui-2023");
    let said = common::import_summary(&imported);
    for note in [
        r#"cells "全年预算数" and "（A）" read as one cell "全年预算数（A）""#,
        r#"cells "全年执行数" and "（B）" read as one cell "全年执行数（B）""#,
        r#"cells "执行率" and "（B/A）" read as one cell "执行率（B/A）""#,
        r#"cells "满意度指" and "标" read as one cell "满意度指标""#,
        r#"3 cells in a row "服务对象 / 满意度指 / 标" read as one cell "服务对象满意度指标""#,
    ] {
        assert!(said.contains(note), "{note}\n{said}");
    }
}

/// The case `score FILE` reads from the fixture at `path`.
fn imported_case(path: &str) -> jixiao::model::Case {
    let bytes = std::fs::read(common::root().join("tests/data/import").join(path)).unwrap();
    let imported = jixiao::pipeline::forms::cases(path, &bytes, Some("anhui-2023")).unwrap();
    let [case] = <[_; 1]>::try_from(imported.cases).unwrap();
    case.value.unwrap()
}

/// F2 generalised: other header cells the same PDF copy wraps elsewhere, each built from the
/// tester's control with the labels whole. Before, `分值` / `(分)` and `得分` / `（分）` in the
/// indicators header shifted every row (58.33 / 差), `全年` / `预算数（A）` lost the execution
/// (87.97 / 良), `产出` / `指标`, `产出指标` / `（50分）` and `数量指` / `标` left rows without
/// their level 1 or made a phantom row. Each scores as the control: 97.97 / 优.
#[test]
fn other_wrapped_header_cells_score_as_the_control() {
    let path = "s11/f3-pdf-copy-sat-unwrapped.txt";
    let text =
        std::fs::read_to_string(common::root().join("tests/data/import").join(path)).unwrap();
    for (whole, wrapped) in [
        (
            "实际完成值\n分值\n得分\n",
            "实际完成值\n分值\n(分)\n得分\n（分）\n",
        ),
        ("（B）\n分值\n", "（B）\n分值\n（分）\n"),
        ("全年预算数\n（A）", "全年\n预算数（A）"),
        ("执行率\n（B/A）", "执行\n率\n（B/A×100%）"),
        ("年初预算数", "年初\n预算数"),
        ("偏差原因分析及改进措施", "偏差原因分析及\n改进措施"),
        ("产出指标\n", "产出\n指标\n"),
        ("产出指标\n", "产出指标\n（50分）\n"),
        ("数量指标", "数量指\n标"),
    ] {
        assert!(text.contains(whole), "{whole}");
        let variant = text.replacen(whole, wrapped, 1);
        let (_, imported, outcomes) =
            common::score_bytes("variant.txt", variant.as_bytes(), "anhui-2023");
        let said = common::import_summary(&imported);
        let [o] = <[_; 1]>::try_from(outcomes).unwrap();
        assert_eq!(o.execution.score, d("10"), "{wrapped}\n{said}");
        assert_eq!(o.indicators.len(), 7, "{wrapped}\n{said}");
        assert_eq!(o.total, Some(d("97.97")), "{wrapped}\n{said}");
        assert_eq!(o.grade.as_deref(), Some("优"), "{wrapped}\n{said}");
        assert!(
            o.indicators.iter().all(|i| !i.level1.is_empty()),
            "{wrapped}\n{said}"
        );
        assert!(
            !o.findings
                .iter()
                .any(|f| f.severity == jixiao::diagnostic::Severity::Error
                    || f.code == FindingCode::MissingReported),
            "{wrapped} {:?}",
            common::codes(&o)
        );
    }
}
