//! Choosing a rule set (lead, session 15): an officer does not know the rule sets' ids.
//! `jixiao rules list` lists them with their titles, and a file of forms or a case file that
//! names none is told which rule sets suit it by its year and title (the tests the findings
//! `year-mismatch` and `template-mismatch` make).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::test::Test;

/// Every shipped rule set is listed with its year, jurisdiction and title, in Chinese.
#[test]
fn rules_list_shows_every_rule_set_with_its_title() {
    let out = Test::new().args(["--lang", "zh", "rules", "list"]).run();
    insta::assert_snapshot!("rules-list-zh", out.stdout);
    let en = Test::new().args(["rules", "list"]).run();
    assert!(en.stdout.contains("Jurisdiction"), "{}", en.stdout);
}

/// A rules root with no rule set is an error saying where jixiao looked.
#[test]
fn rules_list_of_an_empty_root_says_so() {
    let dir = tempfile::tempdir().unwrap();
    Test::new()
        .args(["--lang", "zh", "rules", "list", "--rules-root"])
        .arg(dir.path())
        .expect_status(2)
        .expect_stderr_contains("下没有规则集")
        .run();
}

/// Each real form given without `--rules` is told the rule set its README names: the year on
/// the form and the template its title names decide it. The form does not say its province, so
/// the latest rule set of each jurisdiction is offered (tester s15r N6: a Guangdong form of 2022
/// was offered Anhui's alone): the Anhui form of 2022 is offered anhui-2022 and the central
/// rules of 2020, and told to choose its own.
#[test]
fn a_real_form_without_rules_is_told_the_rule_set_that_suits_it() {
    for (file, id) in [
        ("chizhou-guichi-tangxi-2022-weituo.txt", "anhui-2022"),
        ("langfang-shipin-2019-nuantong.txt", "central-2016"),
        ("sichuan-qingshen-fgj-2023-gongzi.txt", "sichuan-2023"),
        (
            "hunan-hengshan-liangshi-2020-chubeiliang.txt",
            "hunan-2020-target",
        ),
    ] {
        let out = Test::new()
            .args(["--lang", "zh", "score"])
            .arg(format!("tests/data/import/real/{file}"))
            .expect_status(2)
            .run();
        assert!(
            out.stderr.contains(&format!("`--rules {id}`")),
            "{file}: {}",
            out.stderr
        );
        // The first rule set offered is the README's; a single one is named outright.
        let offered = out
            .stderr
            .split("合用的规则集：")
            .nth(1)
            .unwrap_or_default();
        assert!(
            offered.starts_with(&format!("`{id}`")),
            "{file}: {}",
            out.stderr
        );
        // Only the rule sets of the form's kind: a project form is never offered the target
        // form's or the department form's rules, and no rule set of a later year.
        for other in ["hunan-2020-target", "department-overall", "anhui-2023`"] {
            if other.trim_end_matches('`') != id {
                assert!(
                    !out.stderr.contains(&format!("`{other}")),
                    "{file}: {}",
                    out.stderr
                );
            }
        }
    }
}

/// Imported without `--rules`, the case files are said to name no rule set, with the rule sets
/// that suit them; imported again with `--rules`, only the rule set line is rewritten (no
/// `--force` needed, nothing else changed); imported again without, the line is kept.
#[test]
fn importing_without_rules_says_so_and_adding_them_later_rewrites_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("cases");
    let form = "tests/data/import/real/chizhou-guichi-tangxi-2022-weituo.txt";
    let first = Test::new()
        .args(["--lang", "zh", "import", form, "--out"])
        .arg(&out_dir)
        .run();
    assert!(
        first.stderr.contains("导入时没有加 `--rules`"),
        "{}",
        first.stderr
    );
    assert!(
        first.stderr.contains("`anhui-2022`（安徽省）"),
        "{}",
        first.stderr
    );
    let file = std::fs::read_dir(&out_dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let before = std::fs::read_to_string(&file).unwrap();
    assert!(!before.contains("rules = "));

    let second = Test::new()
        .args([
            "--lang",
            "zh",
            "import",
            form,
            "--rules",
            "anhui-2022",
            "--out",
        ])
        .arg(&out_dir)
        .run();
    assert!(
        second
            .stderr
            .contains("只有规则集一行不同：没有写 → `anhui-2022`"),
        "{}",
        second.stderr
    );
    assert!(!second.stderr.contains("导入时没有加"), "{}", second.stderr);
    let after = std::fs::read_to_string(&file).unwrap();
    assert_eq!(after.replace("rules = \"anhui-2022\"\n", ""), before);

    let third = Test::new()
        .args(["--lang", "zh", "import", form, "--out"])
        .arg(&out_dir)
        .run();
    assert!(
        third.stderr.contains("写入 0 个，未变 1 个"),
        "{}",
        third.stderr
    );
    assert!(!third.stderr.contains("导入时没有加"), "{}", third.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), after);
}

/// A case file that names no rule set is told, at the file, the rule sets that suit it.
#[test]
fn a_case_file_without_rules_is_told_the_rule_sets_that_suit_it() {
    let dir = tempfile::tempdir().unwrap();
    Test::new()
        .args([
            "import",
            "tests/data/import/real/langfang-shipin-2019-nuantong.txt",
            "--out",
        ])
        .arg(dir.path())
        .run();
    Test::new()
        .args(["--lang", "zh", "score"])
        .arg(dir.path())
        .expect_status(2)
        .expect_stderr_contains("错误[case::no-rules]: 这份案卷文件没有指定规则集")
        .expect_stderr_contains("按表上的年度（2019）和表名，合用的规则集：`central-2016`")
        .expect_stderr_contains("在 `[form]` 下加上 `rules = \"central-2016\"`")
        .run();
}

/// A folder of case files imported without `--rules` gets the advice once, for the first, and
/// the others counted and named in one line (not one error with the same advice per file).
#[test]
fn a_folder_of_cases_without_rules_is_told_once() {
    let dir = tempfile::tempdir().unwrap();
    for file in [
        "chizhou-guichi-tangxi-2022-weituo.txt",
        "langfang-shipin-2019-nuantong.txt",
        "sichuan-qingshen-fgj-2023-gongzi.txt",
    ] {
        Test::new()
            .args(["import", &format!("tests/data/import/real/{file}"), "--out"])
            .arg(dir.path())
            .run();
    }
    let out = Test::new()
        .args(["--lang", "zh", "score"])
        .arg(dir.path())
        .expect_status(2)
        .expect_stderr_contains("另有 2 份案卷文件也没有指定规则集，未评分：")
        .run();
    assert_eq!(
        out.stderr.matches("按表上的年度").count(),
        1,
        "{}",
        out.stderr
    );
    assert_eq!(
        out.stderr.matches("[case::no-rules]").count(),
        2,
        "{}",
        out.stderr
    );
}

/// Several suiting rule sets: the officer is told to choose the one of their jurisdiction, each
/// named with its jurisdiction (titles made the line too long to read, tester s15r N6); one is
/// named outright, with its title.
#[test]
fn several_suiting_rule_sets_are_offered_to_choose_from() {
    let several = Test::new()
        .args([
            "--lang",
            "zh",
            "score",
            "tests/data/import/real/chizhou-guichi-tangxi-2022-weituo.txt",
        ])
        .expect_status(2)
        .run();
    assert!(
        several
            .stderr
            .contains("`anhui-2022`（安徽省）、`central-2020`（中央部门）"),
        "{}",
        several.stderr
    );
    assert!(
        several
            .stderr
            .contains("按本地区（主管部门所在的省、市）选定一套"),
        "{}",
        several.stderr
    );
    let one = Test::new()
        .args([
            "--lang",
            "zh",
            "score",
            "tests/data/import/real/sichuan-qingshen-fgj-2023-gongzi.txt",
        ])
        .expect_status(2)
        .run();
    assert!(
        one.stderr.contains("评分时加上 `--rules sichuan-2023`"),
        "{}",
        one.stderr
    );
    assert!(!one.stderr.contains("按本地区选定一套"), "{}", one.stderr);
}
