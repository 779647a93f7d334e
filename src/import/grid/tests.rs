//! The grid reader's cell tests against the plain forms they were made faster from (#15).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::*;
use proptest::prelude::*;

/// The cell tests as they were before they were made faster.
mod before {
    use super::super::*;

    pub fn squeeze(text: &str) -> Cow<'_, str> {
        if text.chars().any(char::is_whitespace) {
            Cow::Owned(text.chars().filter(|c| !c.is_whitespace()).collect())
        } else {
            Cow::Borrowed(text)
        }
    }

    pub fn header_key(text: &str) -> Option<&'static str> {
        let t = squeeze(text);
        if is_department_name_label(&t) {
            return Some("项目名称");
        }
        if ["政策(项目)名称", "政策（项目）名称"]
            .iter()
            .any(|l| t.starts_with(l))
        {
            return Some("项目名称");
        }
        let t = t
            .split_once(['(', '（', '/'])
            .map_or(&*t, |(head, _)| head)
            .trim_end_matches([':', '：']);
        match t {
            "项目名称" | "专项资金名称" => Some("项目名称"),
            "主管部门"
            | "县级主管部门"
            | "项目主管部门"
            | "项目主管单位"
            | "主管单位"
            | "主管部门及代码" => Some("主管部门"),
            "实施单位" | "项目实施单位" | "资金使用单位" => Some("实施单位"),
            _ => None,
        }
    }

    pub fn is_indicators_header(text: &str) -> bool {
        let t = squeeze(text);
        let (t, _) = split_points(&t);
        t == "年度绩效指标完成情况"
            || t == "绩效指标完成情况"
            || t == "绩效指标"
            || t == "年度绩效指标"
            || t.starts_with("一级指标")
            || t == "一级"
            || t == "指标名称"
    }

    pub fn year_digits(text: &str) -> Option<String> {
        let chars: Vec<char> = text.chars().collect();
        chars
            .windows(4)
            .find(|w| w.iter().all(char::is_ascii_digit))
            .map(|w| w.iter().collect())
    }

    pub fn indicator_column(text: &str) -> Option<Column> {
        let t = squeeze(text);
        let head = t.split_once(['(', '（']).map_or(&*t, |(h, _)| h);
        match head.trim_end_matches([':', '：']) {
            "指标名称" => return Some(Column::Level3),
            "调整指标值" | "调整后指标值" | "全年(调整)指标值" => {
                return Some(Column::Adjusted);
            }
            "得分系数" => return Some(Column::Coefficient),
            "是否核心指标" | "核心指标" => return Some(Column::Core),
            _ => {}
        }
        let has = |n: &str| t.contains(n);
        Some(match () {
            _ if ends_in_score(head) => Column::Score,
            _ if t.starts_with("一级") => Column::Level1,
            _ if t.starts_with("二级") => Column::Level2,
            _ if t.starts_with("三级") => Column::Level3,
            _ if has("性质") || has("值类型") || has("标类型") => Column::Nature,
            _ if has("单位") => Column::Unit,
            _ if has("指标值") || has("目标值") => Column::Target,
            _ if has("实际") || has("完成值") => Column::Actual,
            _ if has("分值") || t.starts_with("权重") || t.starts_with("指标权重") => {
                Column::Points
            }
            _ if has("扣分") => Column::Deduction,
            _ if has("得分") => Column::Score,
            _ if has("偏差") || has("原因") => Column::Deviation,
            _ if t.starts_with("完成情况") => Column::Completion,
            _ => return None,
        })
    }

    /// A name (before any bracket) whose last word is a score: `实际得分`, `自评分`, `评分数`.
    fn ends_in_score(head: &str) -> bool {
        ["得分", "评分", "得分数", "评分数"]
            .iter()
            .any(|w| head.ends_with(w))
    }

    pub fn funds_column(text: &str) -> Option<usize> {
        let t = squeeze(text);
        let has = |n: &str| t.contains(n);
        Some(match () {
            _ if is_method_header(text) => return None,
            _ if is_initial_budget_a(text) => 1,
            _ if t.starts_with("得分") => 5,
            _ if ends_in_score(t.split_once(['(', '（']).map_or(&*t, |(h, _)| h)) => 5,
            _ if has("执行率") && has("得分") => 5,
            _ if has("执行率") && (has("分值") || t.starts_with("权重") || has("率权重")) => {
                3
            }
            _ if has("年初") => 0,
            _ if has("全年预算") || has("调整") || t.starts_with("预算数") => 1,
            _ if has("执行数") || has("实际支出") => 2,
            _ if has("执行率") => 4,
            _ if has("分值") || t.starts_with("权重") || has("率权重") => 3,
            _ if has("得分") => 5,
            _ if has("原因") || has("说明") => FUNDS_KEYS.len(),
            _ => return None,
        })
    }

    pub fn is_funds_label(text: &str) -> bool {
        let t = text.trim();
        if t.chars().count() > 20 {
            return false;
        }
        FUNDS_LABELS.iter().any(|l| t.contains(l))
            || OTHER_FUNDS_LABELS
                .iter()
                .any(|l| t.trim_end_matches([':', '：']) == *l)
            || t.starts_with("其中")
            || ((t.trim_end_matches([':', '：']).ends_with("资金")
                || t.trim_end_matches([':', '：']).ends_with("经费"))
                && t.trim_end_matches([':', '：']).chars().count() <= 12
                && crate::value::FundsKind::of_label(t.trim_end_matches([':', '：']))
                    != crate::value::FundsKind::Unknown)
            || crate::value::funds::is_budget_kind(t)
    }

    pub fn is_funds_instruction(text: &str) -> bool {
        ["需说明原因", "应单独说明理由", "预算执行率="]
            .iter()
            .any(|k| text.contains(k))
    }

    // Spaces inside a label are layout (`产 出 指 标 (50分)`, s17w F4): the label squeezed,
    // and a label starts with its first character as written.
    pub fn is_level1(text: &str) -> bool {
        let first = text.trim_start().chars().next();
        let squeezed = squeeze(text);
        let (text, _) = split_points(&squeezed);
        first == text.chars().next()
            && !text.is_empty()
            && LEVEL1.iter().any(|l| l.starts_with(text))
    }

    pub fn is_level2(text: &str) -> bool {
        let first = text.chars().next();
        let text = squeeze(text);
        first == text.chars().next()
            && !text.is_empty()
            && LEVEL2.iter().any(|l| l.starts_with(&*text))
    }

    pub fn is_title(text: &str) -> bool {
        if !text.contains('表') {
            return false;
        }
        let squeezed = squeeze(text);
        let (name, _) = split_title_year(&squeezed);
        let name = without_date(name);
        name == TITLE
            || ((name.contains("绩效") || is_project_title(name))
                && name.ends_with("自评表")
                && !name.starts_with('《')
                && name.chars().count() <= 30)
    }
}

#[test]
fn a_completion_header_is_its_column_and_the_section_label_is_not() {
    assert_eq!(indicator_column("完成情况"), Some(Column::Completion));
    assert_eq!(indicator_column("完成 情况"), Some(Column::Completion));
    assert_eq!(indicator_column("实际完成情况"), Some(Column::Actual));
    assert_eq!(indicator_column("未完成原因"), Some(Column::Deviation));
    assert_eq!(indicator_column("年度绩效指标完成情况"), None);
}

/// Tester s22 B1: the Hunan 岳阳楼 header `指标值类型 | 指标值` names the indicator's kind
/// (定量/定性) and its target; the kind was read as the target and the target left out.
#[test]
fn an_indicator_value_type_header_is_the_kind_and_the_plain_one_the_target() {
    for h in ["指标值类型", "指标 值类型", "指标类型", "*指标值类型"] {
        assert_eq!(indicator_column(h), Some(Column::Nature), "{h}");
    }
    for h in ["指标值", "*指标值", "年度指标值"] {
        assert_eq!(indicator_column(h), Some(Column::Target), "{h}");
    }
    assert_eq!(indicator_column("项目类型"), None);
}

/// Tester s15r N7: a problem column headed the other common way is the reason column, whole
/// cells only; N11: `绩效指标完成情况` alone is the indicators part's label.
#[test]
fn a_problem_header_is_the_reason_column_and_the_guangdong_label_a_part_title() {
    for h in [
        "存在问题",
        "问题",
        "存在的问题",
        "主要问题：",
        "存在 问题",
        "问题（偏差）",
    ] {
        assert_eq!(header_column(h), Some(Column::Deviation), "{h}");
    }
    for h in ["偏差原因", "原因分析", "偏差原因分析"] {
        assert_eq!(header_column(h), Some(Column::Deviation), "{h}");
    }
    assert_eq!(header_column("得分"), Some(Column::Score));
    for h in ["解决群众出行问题", "问题整改率", "整改措施"] {
        assert_eq!(header_column(h), None, "{h}");
    }
    assert!(is_indicators_header("绩效指标完成情况"));
    assert_eq!(indicator_column("绩效指标完成情况"), None);
}

#[test]
fn whitespace_is_found_as_char_is_whitespace_finds_it() {
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        for text in [c.to_string(), format!("项{c}目"), format!("a{c}")] {
            assert_eq!(
                has_whitespace(&text),
                text.chars().any(char::is_whitespace),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }
}

/// Pieces of header, title and year cells, with white space of several kinds.
fn piece() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(vec![
        "项目名称",
        "部门（单位）名称",
        "部门(单位)名称",
        "部门名称",
        "部门",
        "年度绩效指标",
        "按收入性质分：",
        "政府性基金预算",
        "基本支出",
        "专项资金名称",
        "主管部门",
        "县级",
        "实施单位",
        "年度绩效指标完成情况",
        "绩效指标",
        "一级指标",
        "一级",
        "(50分)",
        "（10分）",
        "(盖章)",
        ":",
        "：",
        " ",
        "\u{3000}",
        "\u{a0}",
        "\n",
        "项",
        "表",
        "项目支出绩效自评表",
        "(2023年度)",
        "2023",
        "２０２３",
        "年度",
        "≥",
        "a",
        "产出指标",
        // Column headers of indicators and funds, and their characters alone.
        "二级指标",
        "三级",
        "年度指标值",
        "目标值",
        "实际完成值",
        "完成值",
        "分值",
        "得分",
        "扣分",
        "权重",
        "指标权重",
        "执行率权重",
        "执行率得分",
        "自评分",
        "评分",
        "实际得分",
        "评分标准",
        "得分数",
        "数量指标",
        "指标名称",
        "调整指标值",
        "得分系数",
        "是否核心指标",
        "指标性质",
        "度量单位",
        "偏差原因分析及改进措施",
        "原因",
        "说明",
        "年初预算数",
        "全年预算数(A)",
        "调整后预算数",
        "全年执行数(B)",
        "实际支出",
        "执行率(B/A)",
        "预算执行率=",
        "需说明原因",
        "应单独说明理由",
        "其中:本年财政拨款",
        "年度资金总额",
        "财政资金",
        "总额",
        "县级安排资金",
        "自筹经费",
        "级",
        "分",
        "值",
        "数",
        "自评表",
        "绩效",
        // Level-1 and level-2 labels, whole and cut.
        "产",
        "效",
        "满意度",
        "成本指标",
        "预算执行",
        "数量指标",
        "质量",
        "时效指标",
        "经济效益",
        "社会效益指标",
        "生态",
        "可持续影",
        "服务对象满意度指标",
        "经济成本指标",
        "(10分)",
        "（３０分）",
    ])
}

fn cell() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..6).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn fast_cell_tests_equal_the_plain_ones(text in cell()) {
        prop_assert_eq!(squeeze(&text), before::squeeze(&text));
        prop_assert_eq!(header_key(&text), before::header_key(&text));
        prop_assert_eq!(is_indicators_header(&text), before::is_indicators_header(&text));
        prop_assert_eq!(year_digits(&text), before::year_digits(&text));
        prop_assert_eq!(is_title(&text), before::is_title(&text));
        prop_assert_eq!(holds(&text, '表'), text.contains('表'));
        prop_assert_eq!(holds(&text, '\n'), text.contains('\n'));
        prop_assert_eq!(indicator_column(&text), before::indicator_column(&text));
        prop_assert_eq!(funds_column(&text), before::funds_column(&text));
        prop_assert_eq!(is_funds_label(&text), before::is_funds_label(&text));
        prop_assert_eq!(is_funds_instruction(&text), before::is_funds_instruction(&text));
        prop_assert_eq!(is_level1(&text), before::is_level1(&text));
        prop_assert_eq!(is_level2(&text), before::is_level2(&text));
    }

    #[test]
    fn has_is_contains(text in cell(), needle in cell()) {
        prop_assert_eq!(has(&text, &needle), text.contains(needle.as_str()));
        let cut: String = needle.chars().take(2).collect();
        prop_assert_eq!(has(&text, &cut), text.contains(cut.as_str()));
        prop_assert_eq!(has(&text, "年度"), text.contains("年度"));
    }

    #[test]
    fn fast_cell_tests_equal_the_plain_ones_on_any_text(text in ".*") {
        prop_assert_eq!(squeeze(&text), before::squeeze(&text));
        prop_assert_eq!(header_key(&text), before::header_key(&text));
        prop_assert_eq!(is_indicators_header(&text), before::is_indicators_header(&text));
        prop_assert_eq!(year_digits(&text), before::year_digits(&text));
        prop_assert_eq!(holds(&text, '表'), text.contains('表'));
        prop_assert_eq!(has(&text, "年度"), text.contains("年度"));
        prop_assert_eq!(is_title(&text), before::is_title(&text));
        prop_assert_eq!(indicator_column(&text), before::indicator_column(&text));
        prop_assert_eq!(funds_column(&text), before::funds_column(&text));
        let c = text.chars().next().unwrap_or('表');
        prop_assert_eq!(holds(&text, c), text.contains(c));
        prop_assert_eq!(is_level1(&text), before::is_level1(&text));
        prop_assert_eq!(is_level2(&text), before::is_level2(&text));
    }
}

#[test]
fn every_label_passes_the_first_character_test() {
    for label in LEVEL1 {
        assert!(is_level1(label), "{label}");
        assert!(is_level1(&format!(" {label}(50分)")), "{label}");
        let first: String = label.chars().take(1).collect();
        assert!(is_level1(&first), "{label}");
    }
    for label in LEVEL2 {
        assert!(is_level2(label), "{label}");
        let first: String = label.chars().take(1).collect();
        assert!(is_level2(&first), "{label}");
    }
}

/// Tester s17w F2, F3, F5: the Hubei title without 绩效 (`…项目自评表`) and a title with the
/// page's date glued before it are titles; a notice naming the form, a bare `项目自评表` and a
/// sentence are not.
#[test]
fn a_project_self_evaluation_title_and_a_dated_title_are_titles() {
    for cell in [
        "2020年度长江禁捕项目自评表",
        "2020 年市级服务贸易发展资金项目自评表",
        "某学院2021年学生资助项目绩效目标自评表",
        "2022年12月30日绩效目标自评表(2022年度)",
        "2024年3月5日项目支出绩效自评表",
    ] {
        assert!(is_title(cell), "{cell}");
    }
    for cell in [
        "项目自评表",
        "请各单位于3月底前填报项目自评表",
        "关于报送2020年度项目自评表",
        "附件：项目自评表",
        "各乡镇、各部门项目自评表",
    ] {
        assert!(!is_title(cell), "{cell}");
    }
    assert_eq!(
        without_date("2022年12月30日绩效目标自评表(2022年度)"),
        "绩效目标自评表(2022年度)"
    );
    assert_eq!(
        without_date("2022年度项目支出绩效自评表"),
        "2022年度项目支出绩效自评表"
    );
    assert_eq!(header_key("项目实施单位"), Some("实施单位"));
    // Other templates' labels (tester s18h P6).
    assert_eq!(header_key("政策(项目)名称"), Some("项目名称"));
    assert_eq!(header_key("政策（项目）名称："), Some("项目名称"));
    assert_eq!(header_key("政策(项目)主管部门"), None);
    assert_eq!(header_key("项目主管部门"), Some("主管部门"));
    assert_eq!(header_key("项目主管单 位"), Some("主管部门"));
    assert_eq!(header_key("资金使用单位"), Some("实施单位"));
    assert_eq!(header_key("项目实施单位/项目负责人"), Some("实施单位"));
    assert_eq!(
        super::unit_value("项目实施单位/项目负责人", "某中心/张三"),
        "某中心"
    );
    assert_eq!(super::unit_value("实施单位", "某中心/张三"), "某中心/张三");
    assert_eq!(header_key("项目实施单位:"), Some("实施单位"));
}

/// Tester s9 F20: a title with its year in full-width brackets, after a line break or a
/// space in the cell, as `2024年`, in `【】`, or spread with spaces, is a title, and its year
/// is read.
#[test]
fn titles_carry_their_year_in_any_bracket() {
    for (cell, year) in [
        ("项目支出绩效自评表(2024年度)", "2024年度"),
        ("项目支出绩效自评表（2024年度）", "2024年度"),
        ("项目支出绩效自评表\n（2024年度）", "2024年度"),
        ("项目支出绩效自评表 （2024年度）", "2024年度"),
        ("项目支出绩效自评表（2024年）", "2024年"),
        ("项目支出绩效自评表【2024年度】", "2024年度"),
        ("项目支出绩效自评表[ 2024年度 ]", "2024年度"),
        ("项 目 支 出 绩 效 自 评 表（2024年度）", "2024年度"),
        ("部门预算项目支出绩效自评表（2024年度）", "2024年度"),
        ("县级专项资金绩效目标自评表（2023年度）", "2023年度"),
    ] {
        assert!(is_title(cell), "{cell}");
        assert_eq!(split_title_year(&squeeze(cell)).1, Some(year), "{cell}");
    }
    for cell in [
        "项目支出绩效自评表（附件）",
        "项目支出绩效自评表（2024年报）",
        "项目支出绩效自评表（年）",
        "项目支出绩效自评表（12024年）",
        "《项目支出绩效自评表》（2024年度）",
    ] {
        assert!(
            !is_title(cell) || split_title_year(&squeeze(cell)).1.is_none(),
            "{cell}"
        );
    }
    assert!(!is_title("《项目支出绩效自评表》（2024年度）"));
}

/// Tester s12 S11: a year row reads its year with or without 度, in any bracket of a title's,
/// so that a 2022 form is known for one; a bracketed word or a number that is no year is not.
#[test]
fn a_year_row_is_read_in_any_bracket_with_or_without_du() {
    for cell in [
        "(2022年度)",
        "2023年度",
        "（2022年）",
        "(2023年)",
        "【2024年】",
        "（ 2022年 ）",
    ] {
        assert!(is_year(cell), "{cell}");
    }
    for cell in [
        "（年）",
        "（12024年）",
        "（2022年报）",
        "2022年",
        "（2022）",
    ] {
        assert!(!is_year(cell), "{cell}");
    }
}

/// The labels of the header and the funds rows are read with full-width brackets and colons
/// as with half-width ones (the same slip as the title's year: each pair was written twice
/// half-width).
#[test]
fn header_and_funds_labels_take_full_width_marks() {
    assert_eq!(header_key("实施单位（盖章）"), Some("实施单位"));
    assert_eq!(header_key("项目名称："), Some("项目名称"));
    assert!(is_contact_label("联系人及电话："));
    assert!(is_contact_label("项目负责人（签字）"));
    for label in OTHER_FUNDS_LABELS {
        assert!(is_funds_label(&format!("{label}：")), "{label}");
    }
}

/// Rows of a grid: each row's cells in columns 1, 2, … on line `line` (1-based).
fn grid(rows: &[&[&str]]) -> Vec<Row<'static>> {
    (1..)
        .zip(rows)
        .map(|(line, cells)| super::test_row(cells, line))
        .collect()
}

/// Tester s9 F25: a sheet with no title cell whose body is a form's — 项目名称, the funds
/// header, the indicators header and a 总分 row — is read as a form, titled by the sheet's
/// name when that is a title, else by the template's, with a note; without its 总分 row (or
/// with a title cell) nothing changes.
#[test]
fn a_form_body_without_a_title_cell_is_a_form() {
    let body: [&[&str]; 7] = [
        &["项目名称", "农村公路"],
        &["主管部门", "交通局", "实施单位", "公路中心"],
        &[
            "项目资金(万元)",
            "",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
        ],
        &["年度资金总额", "", "100", "120", "108", "10", "90%", "9"],
        &[
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
        ],
        &[
            "",
            "产出指标",
            "数量指标",
            "里程",
            "≥10公里",
            "10公里",
            "90",
            "90",
        ],
        &["总分", "", "", "", "", "", "100", "99"],
    ];
    for (sheet, title, note) in [
        (
            "2024年度项目支出绩效自评表",
            "2024年度项目支出绩效自评表",
            "sheet",
        ),
        ("Sheet1", TITLE, "template"),
    ] {
        let parsed = read_aligned(grid(&body), Some(sheet), None, &[], &[]);
        let [form] = parsed.forms.as_slice() else {
            panic!("{sheet}: {} forms", parsed.forms.len())
        };
        assert_eq!(form.title.as_deref(), Some(title));
        assert_eq!(form.project.as_deref(), Some("农村公路"));
        assert!(form.complete, "{sheet}");
        let said: Vec<String> = form.notes.iter().map(ToString::to_string).collect();
        assert!(
            said.iter()
                .any(|n| n.contains("no title cell") && n.contains(note)),
            "{said:?}"
        );
    }
    // Cut before its 总分 row (a page's table copied in part), the body is still a form from
    // its name row on, since its funds and indicators headers follow: its start is a guess,
    // said so (tester s20 T3; before s20 it was no form at all).
    let cut = read_aligned(grid(&body[..6]), Some("Sheet1"), None, &[], &[]);
    let [form] = cut.forms.as_slice() else {
        panic!("cut: {} forms", cut.forms.len())
    };
    assert!(!form.complete);
    assert_eq!(form.project.as_deref(), Some("农村公路"));
    assert!(
        form.notes
            .iter()
            .any(|n| n.to_string().contains("guessed start")),
        "{:?}",
        form.notes
    );
    // A name row followed by neither header is no form.
    let named_only = read_aligned(grid(&body[..2]), Some("Sheet1"), None, &[], &[]);
    assert!(named_only.forms.is_empty());
    // Two bodies without titles are not run together into one form.
    let two: Vec<&[&str]> = body.iter().chain(&body).copied().collect();
    assert!(
        read_aligned(grid(&two), Some("Sheet1"), None, &[], &[])
            .forms
            .is_empty()
    );
    let mut titled = vec![&["项目支出绩效自评表(2024年度)"][..]];
    titled.extend(body);
    let parsed = read_aligned(grid(&titled), Some("Sheet1"), None, &[], &[]);
    let [form] = parsed.forms.as_slice() else {
        panic!("{} forms", parsed.forms.len())
    };
    assert!(
        !form
            .notes
            .iter()
            .any(|n| n.to_string().contains("no title cell"))
    );
}

/// A small standard form: title, 项目名称, funds, indicators, 总分 (each row 8 cells).
fn small_form(title: &str, name: &str, score: &str) -> Vec<Vec<String>> {
    let rows: [&[&str]; 7] = [
        &[title],
        &["项目名称", name],
        &[
            "项目资金(万元)",
            "",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
        ],
        &["年度资金总额", "", "100", "120", "108", "10", "90%", "9"],
        &[
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
        ],
        &[
            "",
            "产出指标",
            "数量指标",
            "里程",
            "≥10公里",
            "10公里",
            "90",
            score,
        ],
        &["总分", "", "", "", "", "", "100", "99"],
    ];
    rows.iter()
        .map(|r| {
            let mut r: Vec<String> = r.iter().map(|t| (*t).to_owned()).collect();
            r.resize(8, String::new());
            r
        })
        .collect()
}

/// Rows of `blocks` laid side by side, `gap` empty columns between.
fn side_by_side(blocks: &[Vec<Vec<String>>], gap: usize) -> Vec<Row<'static>> {
    let height = blocks.iter().map(Vec::len).max().unwrap_or(0);
    let texts: Vec<Vec<String>> = (0..height)
        .map(|i| {
            let mut row = Vec::new();
            for (k, block) in blocks.iter().enumerate() {
                if k > 0 {
                    row.extend(std::iter::repeat_n(String::new(), gap));
                }
                let mut cells = block.get(i).cloned().unwrap_or_default();
                cells.resize(8, String::new());
                row.extend(cells);
            }
            row
        })
        .collect();
    let refs: Vec<Vec<&str>> = texts
        .iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect();
    let refs: Vec<&[&str]> = refs.iter().map(Vec::as_slice).collect();
    grid(&refs)
}

/// Tester s9 F14: two forms side by side on one sheet, a blank column between, are two forms,
/// each read from its own columns (its places the sheet's), the right one with a note; the
/// right form was lost and the left one lost its 项目名称.
#[test]
fn forms_side_by_side_are_read_apart() {
    let left = small_form("项目支出绩效自评表", "左边的项目", "90");
    let right = small_form("项目支出绩效自评表", "右边的项目", "80");
    let parsed = read_aligned(
        side_by_side(&[left.clone(), right.clone()], 1),
        Some("表1"),
        None,
        &[],
        &[],
    );
    let read: Vec<_> = parsed
        .forms
        .iter()
        .map(|f| (f.index, f.project.as_deref(), f.complete, f.band))
        .collect();
    assert_eq!(
        read,
        [
            (1, Some("左边的项目"), true, Some((1, 8))),
            (2, Some("右边的项目"), true, Some((10, 17)))
        ]
    );
    let [l, r] = parsed.forms.as_slice() else {
        panic!()
    };
    let score = |f: &Form| f.indicators.first().and_then(|i| i.score.clone());
    assert_eq!(score(l).as_deref(), Some("90"));
    assert_eq!(score(r).as_deref(), Some("80"));
    // The right form's cells keep the sheet's columns: its 得分 is column Q (17).
    let cells = &r.indicators.first().unwrap().cells;
    assert!(
        cells.iter().any(|(_, c)| c.to_string() == "表1!Q6"),
        "{cells:?}"
    );
    let said = |f: &Form| f.notes.iter().map(ToString::to_string).collect::<Vec<_>>();
    let beside = |f: &Form| {
        let said = said(f);
        said.iter()
            .filter(|n| n.contains("stands beside"))
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(beside(l), Vec::<String>::new());
    assert_eq!(
        beside(r),
        [
            "recognised at 表1!J1: this form stands beside the one on its left on the same sheet \
          (or table) (columns J to Q): read from its own columns"
        ]
    );
    assert_eq!(said(l).len() + 1, said(r).len(), "{:?}", said(r));
    // Three side by side, two blank columns between.
    let third = small_form("项目支出绩效自评表(2024年度)", "第三个项目", "70");
    let parsed = read_aligned(
        side_by_side(&[left.clone(), right, third], 2),
        None,
        None,
        &[],
        &[],
    );
    let names: Vec<_> = parsed.forms.iter().map(|f| f.project.as_deref()).collect();
    assert_eq!(
        names,
        [Some("左边的项目"), Some("右边的项目"), Some("第三个项目")]
    );
}

/// Side by side only when each block holds a form's title and a header of its own: a form
/// with a blank column inside it, or with a block of remarks at its right, stays one form.
#[test]
fn a_blank_column_inside_one_form_does_not_cut_it() {
    let form = small_form("项目支出绩效自评表", "一个项目", "90");
    let parsed = read_aligned(
        side_by_side(std::slice::from_ref(&form), 0),
        None,
        None,
        &[],
        &[],
    );
    let plain: Vec<_> = parsed.forms.iter().map(|f| f.band).collect();
    assert_eq!(plain, [None]);
    let remarks = vec![
        vec!["说明".to_owned()],
        vec!["项目支出绩效自评表按年度填写".to_owned()],
    ];
    let parsed = read_aligned(side_by_side(&[form, remarks], 1), None, None, &[], &[]);
    let read: Vec<_> = parsed.forms.iter().map(|f| f.band).collect();
    assert_eq!(read, [None]);
}

#[test]
fn numbered_headings_between_tables_are_told_from_goals() {
    assert!(super::is_numbered_heading(
        "（二）年度绩效指标完成情况（金额单位：万元）"
    ));
    assert!(!super::is_numbered_heading(
        "（二）完成养护任务（单位：公里），年底前验收"
    ));
    for heading in [
        "二、绩效指标完成情况",
        "（一）项目资金情况",
        "(二)绩效指标",
        "三、 预算执行情况",
        "一．绩效评价",
        "2.项目绩效目标实现情况",
        "1、绩效指标完成情况",
        "（2）绩效指标",
    ] {
        assert!(super::is_numbered_heading(heading), "{heading}");
    }
    for text in [
        "一、完成全县农村公路养护1200公里，保障道路安全畅通。",
        "二、保障道路畅通",
        "绩效指标完成情况",
        "1.完成全县农村公路养护1200公里。",
        "2、保障道路畅通",
        "2.5万元资金情况",
        "1.财政拨款资金",
        "二、",
        "十、完成情况良好，达到预期目标",
    ] {
        assert!(!super::is_numbered_heading(text), "{text}");
    }
}

#[test]
fn a_department_name_after_the_project_name_is_its_department() {
    let project: [&[&str]; 3] = [
        &["项目支出绩效自评表"],
        &["项目名称", "农村公路养护"],
        &["部门名称", "某县交通运输局"],
    ];
    let parsed = read(grid(&project), None);
    let form = &parsed.forms[0];
    assert_eq!(form.project.as_deref(), Some("农村公路养护"));
    assert_eq!(form.department.as_deref(), Some("某县交通运输局"));
    let department: [&[&str]; 2] = [
        &["部门（单位）整体支出绩效自评表"],
        &["部门（单位）名称", "某县民政局"],
    ];
    let parsed = read(grid(&department), None);
    let form = &parsed.forms[0];
    assert_eq!(form.project.as_deref(), Some("某县民政局"));
    assert_eq!(form.department.as_deref(), Some("某县民政局"));
}

/// The 衔接资金 绩效目标自评表's labels (s17w F4): spaced level labels, the contact beside the
/// name, the funds label, and the ★ indicator's 其中 rows.
#[test]
fn xianjie_labels() {
    assert!(is_level1("产 出 指 标 (50分)"));
    assert!(is_level2("经济效益 指标"));
    assert!(is_contact_label("项目负责人及电话"));
    assert!(is_funds_header("资金情况 (万元)"));
    assert!(is_breakdown_name("其中桃树种植面积"));
    assert!(is_breakdown_name("其中：大棚蔬菜"));
    assert!(!is_breakdown_name("其中"));
    assert!(!is_breakdown_name("项目其中"));
}

/// Tester s17w F6: Anhui's 部门整体支出绩效自评表 names its department `部门 | name` and heads
/// its funds `预算资金 (万元)`; an indicator named `预算资金拨款率` heads nothing, and a `部门`
/// cell that is no two-cell header row (a wrapped `主管` / `部门`) names no department.
#[test]
fn a_department_form_names_its_department_and_its_budget_funds() {
    assert!(is_funds_header("预算资金 (万元)"));
    assert!(is_funds_header("预算资金（万元）"));
    assert!(is_funds_header("预算资金"));
    assert!(!is_funds_header("预算资金拨款率"));
    let department: [&[&str]; 2] = [&["部门整体支出绩效自评表"], &["部门", "某县环卫中心"]];
    let parsed = read(grid(&department), None);
    let form = &parsed.forms[0];
    assert_eq!(form.project.as_deref(), Some("某县环卫中心"));
    assert_eq!(form.department.as_deref(), Some("某县环卫中心"));
    let project: [&[&str]; 3] = [
        &["项目支出绩效自评表"],
        &["项目名称", "农村公路养护"],
        &["部门", "某县交通运输局", "实施单位", "某县公路中心"],
    ];
    let parsed = read(grid(&project), None);
    assert_eq!(parsed.forms[0].project.as_deref(), Some("农村公路养护"));
}

/// The Beijing 2016 layout's headers: `年初预算数(A)` is the budget A when no 全年预算数 is
/// printed, `得分计算方法` names no 得分 column, `主管部门及代码` is the 主管部门.
#[test]
fn beijing_2016_headers_are_read_as_their_columns() {
    assert_eq!(funds_column("年初预算数(A)"), Some(1));
    assert_eq!(funds_column("年初预算数（A）"), Some(1));
    assert_eq!(funds_column("年初预算数"), Some(0));
    assert_eq!(funds_column("得分计算方法"), None);
    assert_eq!(funds_column("分值(10分)"), Some(3));
    assert_eq!(header_column("得分计算方法"), None);
    assert_eq!(header_column("全年实际值(B)"), Some(Column::Actual));
    assert_eq!(header_key("主管部门及代码"), Some("主管部门"));
    assert!(is_method_header("得分 计算方法"));
    assert!(!is_method_header("得分"));
}

#[test]
fn numbered_names_with_nothing_or_a_mark_after_them_are_placeholders() {
    // tester s20 T6: `指标1:/ / /` is a row that does not apply, not a 0-point indicator.
    for text in [
        "指标2",
        "指标2:",
        "指标2：",
        "指标1:/",
        "指标1：—",
        "指标1: ……",
    ] {
        assert!(super::is_placeholder(text), "{text}");
    }
    for text in [
        "指标1:工程质量合格",
        "指标",
        "指标:/",
        "指标1:指标2",
        "指标体系",
    ] {
        assert!(!super::is_placeholder(text), "{text}");
    }
}

/// Tester s21 B2: the Ningxia 2021 template puts two labels and their values on one row
/// (`项目名称 | X | 主管部门 | Y`, `实施单位 | X | 自评得分 | 98 | 财政审核评分`): each value where
/// its label says; the 自评得分 the reported total of a form without a 总分 row, checked
/// against one when there is.
#[test]
fn labels_side_by_side_on_a_header_row_are_each_read() {
    let head: [&[&str]; 3] = [
        &["项目支出绩效自评表"],
        &["项目名称", "初中公用经费", "主管部门", "银川市教育局"],
        &[
            "实施单位",
            "银川市第六中学",
            "自评得分",
            "98",
            "财政审核评分",
        ],
    ];
    let body: [&[&str]; 4] = [
        &[
            "项目资金(万元)",
            "",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
        ],
        &["年度资金总额", "", "100", "100", "100", "10", "100%", "10"],
        &[
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
        ],
        &[
            "",
            "产出指标",
            "数量指标",
            "人数",
            "100人",
            "100人",
            "90",
            "88",
        ],
    ];
    let rows: Vec<&[&str]> = head.iter().chain(&body).copied().collect();
    let parsed = read_aligned(grid(&rows), None, None, &[], &[]);
    let form = &parsed.forms[0];
    assert_eq!(form.project.as_deref(), Some("初中公用经费"));
    assert_eq!(form.department.as_deref(), Some("银川市教育局"));
    assert_eq!(form.unit.as_deref(), Some("银川市第六中学"));
    let score = form.total.as_ref().and_then(|t| t.score.as_deref());
    assert_eq!(score, Some("98"));
    let said = form
        .notes
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>();
    assert!(
        said.iter().any(|n| n.contains("has no 总分 row")),
        "{said:?}"
    );
    assert!(!said.iter().any(|n| n.contains("fit no")), "{said:?}");
    // With a 总分 row reporting another figure, that row is read and the header's said.
    let mut rows = rows;
    rows.push(&["总分", "", "", "", "", "", "100", "96"]);
    let parsed = read_aligned(grid(&rows), None, None, &[], &[]);
    let form = &parsed.forms[0];
    let score = form.total.as_ref().and_then(|t| t.score.as_deref());
    assert_eq!(score, Some("96"));
    let said = form
        .notes
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>();
    assert!(
        said.iter().any(|n| n.contains("the 总分 row reports 96")),
        "{said:?}"
    );
    // A cell between the labels that is neither leaves the row as before: not read.
    let odd: [&[&str]; 2] = [
        &["项目支出绩效自评表"],
        &[
            "项目名称",
            "初中公用经费",
            "另一格",
            "主管部门",
            "银川市教育局",
        ],
    ];
    let rows: Vec<&[&str]> = odd.iter().chain(&body).copied().collect();
    let parsed = read_aligned(grid(&rows), None, None, &[], &[]);
    assert_eq!(parsed.forms[0].department, None);
}
