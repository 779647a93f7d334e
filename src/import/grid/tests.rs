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
        let t = t
            .split_once(['(', '('])
            .map_or(&*t, |(head, _)| head)
            .trim_end_matches([':', ':']);
        match t {
            "项目名称" | "专项资金名称" => Some("项目名称"),
            "主管部门" | "县级主管部门" => Some("主管部门"),
            "实施单位" => Some("实施单位"),
            _ => None,
        }
    }

    pub fn is_indicators_header(text: &str) -> bool {
        let t = squeeze(text);
        let (t, _) = split_points(&t);
        t == "年度绩效指标完成情况" || t == "绩效指标" || t.starts_with("一级指标") || t == "一级"
    }

    pub fn year_digits(text: &str) -> Option<String> {
        let chars: Vec<char> = text.chars().collect();
        chars
            .windows(4)
            .find(|w| w.iter().all(char::is_ascii_digit))
            .map(|w| w.iter().collect())
    }

    pub fn is_title(text: &str) -> bool {
        if !text.contains('表') {
            return false;
        }
        let squeezed = squeeze(text);
        let (name, _) = split_title_year(&squeezed);
        name == TITLE
            || (name.contains("绩效")
                && name.ends_with("自评表")
                && !name.starts_with('《')
                && name.chars().count() <= 30)
    }
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
    }
}
