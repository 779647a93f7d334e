//! #15, lead s23. A 绩效目标申报表 above its 自评表 on one sheet, the 申报表 longer than the rows
//! a sheet is first looked at for one (46 rows), made the whole sheet a 申报表: the file was
//! refused and the 自评表 under it lost. Now the 自评表 is scored and the 申报表 named where it
//! stands, as on a sheet where both fit in those rows. Fixture:
//! `tests/data/import/s22l/declaration-above-form.xlsx` (`make_mixed.py`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

#[test]
fn a_form_below_a_long_declaration_on_one_sheet_is_scored() {
    let file = "tests/data/import/s22l/declaration-above-form.xlsx";
    let (json, stderr) = common::score_json(file, "central-2020", false);
    let cases = json["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1, "the 自评表 under the 申报表\n{stderr}");
    // The 自评表's own reading (s21/project-unit-name-for-unit.txt): 97 优.
    assert_eq!(cases[0]["project"], "示例街巷路灯维护经费");
    assert_eq!(cases[0]["total"], 97);
    assert_eq!(cases[0]["grade"], "优");
    assert!(
        stderr.contains("是一张绩效目标申报表（第 1 行“项目支出绩效目标申报表”）")
            && stderr.contains("Sheet1!A1"),
        "{stderr}"
    );
    assert!(!stderr.contains("import::refused"), "{stderr}");
}
