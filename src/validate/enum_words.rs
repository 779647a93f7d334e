//! "Did you mean" for the enumerated values of a rule file (`mode`, `direction`, `method`, `kind`,
//! `source`, …): besides typos (`trunct`), an author writes the start of a name (`trunc`), the
//! name in full-width letters (`ｔｒｕｎｃａｔｅ`), or the Chinese word the policy uses (`截尾`,
//! `四舍五入`). [`suggest`] maps all of them to the value the rule format spells; every enum
//! error goes through it (see `Checker::unknown_name`), so a new enum gets it by listing its
//! values there.

use crate::diagnostic::did_you_mean;
use crate::i18n::{Message, msg};

/// The Chinese words a finance-bureau author writes for each value of the rule format's enums.
/// A word is only suggested where its value is one of the valid ones, so the same word may
/// stand under values of different enums (`扣分`: an execution method, a far-exceeded action).
const WORDS: &[(&str, &[&str])] = &[
    // [rounding] mode
    ("half_up", &["四舍五入", "四舍五入法", "五入"]),
    (
        "truncate",
        &[
            "截尾",
            "截断",
            "去尾",
            "去尾法",
            "舍尾",
            "舍去",
            "直接舍去",
            "截取",
            "不四舍五入",
        ],
    ),
    (
        "half_even",
        &[
            "四舍六入",
            "四舍六入五成双",
            "五成双",
            "奇进偶舍",
            "银行家舍入",
            "银行家算法",
        ],
    ),
    // direction of a bare target
    (
        "positive",
        &["正向", "正向指标", "越大越好", "越高越好", "越多越好"],
    ),
    (
        "reverse",
        &[
            "反向",
            "反向指标",
            "逆向",
            "越小越好",
            "越低越好",
            "越少越好",
        ],
    ),
    ("equal", &["等于", "相等", "等值", "持平"]),
    // [execution] method and denominator
    ("proportional", &["比例", "按比例", "按比例得分", "比例法"]),
    (
        "threshold_deduction",
        &["扣分", "阈值扣分", "门槛扣分", "按点扣分", "低于扣分"],
    ),
    ("bands", &["分档", "分段", "档次", "按档次", "区间"]),
    (
        "full_year_budget",
        &["全年预算数", "全年预算", "调整后预算", "预算数"],
    ),
    ("initial_budget", &["年初预算数", "年初预算"]),
    // formula kinds
    ("ratio", &["比值", "比率", "按比率"]),
    (
        "all_or_nothing",
        &["全有全无", "非满即零", "达标满分", "达到得满分"],
    ),
    ("met_or_ratio", &["达标满分否则比例", "未达标按比例"]),
    ("per_point", &["每点", "按点", "每个百分点", "按百分点"]),
    ("linear_cut", &["线性", "线性扣减", "线性递减"]),
    // far_exceeded action, qualitative_actual, shared_points
    ("review", &["复核", "人工复核", "审核", "提示复核"]),
    ("cut", &["扣减", "削减", "扣分"]),
    ("zero", &["零分", "0分", "不得分", "得零分"]),
    ("split_equally", &["平均分配", "均分", "平分", "平均"]),
    // [execution] funds
    (
        "appropriation",
        &["本年财政拨款", "财政拨款", "财政资金", "本年财政拨款资金"],
    ),
    (
        "carryover",
        &[
            "上年结转",
            "上年结转资金",
            "结转资金",
            "结转",
            "上年结余结转",
        ],
    ),
    ("other", &["其他资金", "其他", "自筹资金", "单位资金"]),
    // not_applicable_points
    ("exclude", &["剔除", "不计入", "扣除", "不考核"]),
    (
        "rescale_total",
        &["按百分制折算", "百分制折算", "折算", "按比例折算"],
    ),
    // source of a rule
    ("quoted", &["引用", "原文", "引述", "照录"]),
    ("inferred", &["推断", "推定", "推论", "推导"]),
    ("assumed", &["假定", "假设", "设定", "惯例"]),
    // scripts_inherit, script hooks
    ("add", &["追加", "添加", "增加", "叠加"]),
    ("replace", &["替换", "覆盖", "取代"]),
    ("before", &["之前", "评分前", "前"]),
    ("indicator", &["指标", "逐项", "每个指标"]),
    ("after", &["之后", "评分后", "后"]),
    // a band's score_at
    (
        "lower",
        &["下限", "下界", "最低", "最低值", "区间下限", "下端"],
    ),
    (
        "upper",
        &["上限", "上界", "最高", "最高值", "区间上限", "上端"],
    ),
    (
        "middle",
        &["中点", "中间", "中值", "中间值", "区间中点", "中位"],
    ),
    // [scripts.when] target_kind / actual_kind
    ("blank", &["空白", "空", "未填写", "未填"]),
    ("not_applicable", &["不适用", "不涉及", "无"]),
    ("quantity", &["数值", "数量", "定量", "数字"]),
    ("date", &["日期", "时限", "期限", "完成时限", "时间"]),
    ("qualitative", &["定性", "文字"]),
    ("unreadable", &["无法识别", "无法读取", "不可读"]),
];

/// How the suggestion was found: the help text differs.
#[derive(Debug, PartialEq, Eq)]
pub enum Suggestion<'a> {
    /// A typo, the start of the name or full-width letters: `did you mean`.
    Near(&'a str),
    /// A Chinese word for the value (`截尾` → `truncate`).
    Word(&'a str),
}

/// The valid value `got` most likely means, if any.
pub fn suggest<'a>(got: &str, valid: &[&'a str]) -> Option<Suggestion<'a>> {
    let half: String = got.trim().chars().map(half_width).collect();
    let word = half.as_str();
    if let Some(v) = valid.iter().find(|v| v.eq_ignore_ascii_case(word)) {
        return Some(Suggestion::Near(v));
    }
    for (value, words) in WORDS {
        if let Some(v) = valid.iter().find(|v| *v == value)
            && words.contains(&word)
        {
            return Some(Suggestion::Word(v));
        }
    }
    if let Some(v) = did_you_mean(word, valid.iter().copied()) {
        return Some(Suggestion::Near(v));
    }
    // The start of a name (`trunc`, `prop`), when it starts only one of them.
    let starts: Vec<&&str> = valid
        .iter()
        .filter(|v| word.len() >= 3 && word.is_ascii() && v.starts_with(word))
        .collect();
    if let [v] = starts.as_slice() {
        return Some(Suggestion::Near(v));
    }
    // A Chinese word one character off one we know (`四舍五人`).
    let known = WORDS
        .iter()
        .filter(|(value, _)| valid.contains(value))
        .flat_map(|(_, words)| words.iter().copied());
    let near = did_you_mean(word, known)?;
    WORDS
        .iter()
        .find(|(value, words)| valid.contains(value) && words.contains(&near))
        .and_then(|(value, _)| valid.iter().find(|v| *v == value))
        .map(|v| Suggestion::Word(v))
}

/// The help for an unknown enum value: the suggestion, or every valid value.
pub fn help(got: &str, valid: &[&str]) -> Message {
    match suggest(got, valid) {
        Some(Suggestion::Near(v)) => msg!("did-you-mean", name = v),
        Some(Suggestion::Word(v)) => msg!("rules-enum-word", word = got.trim(), value = v),
        None => msg!("rules-enum-use-one-of", valid = valid.join(", ")),
    }
}

/// Full-width ASCII (`ｔ`, `＿`) as ASCII.
fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROUND: &[&str] = &["half_up", "truncate", "half_even"];

    #[test]
    fn chinese_words_prefixes_and_full_width_find_the_value() {
        let near = |got, valid| suggest(got, valid);
        assert_eq!(near("trunc", ROUND), Some(Suggestion::Near("truncate")));
        assert_eq!(near("截尾", ROUND), Some(Suggestion::Word("truncate")));
        assert_eq!(near("四舍五入", ROUND), Some(Suggestion::Word("half_up")));
        assert_eq!(near("四舍五人", ROUND), Some(Suggestion::Word("half_up")));
        assert_eq!(
            near("四舍六入五成双", ROUND),
            Some(Suggestion::Word("half_even"))
        );
        assert_eq!(
            near("ｔｒｕｎｃａｔｅ", ROUND),
            Some(Suggestion::Near("truncate"))
        );
        assert_eq!(near("Truncate", ROUND), Some(Suggestion::Near("truncate")));
        assert_eq!(near("halfup", ROUND), Some(Suggestion::Near("half_up")));
        // `half` starts two values: no guess.
        assert_eq!(near("half", ROUND), None);
        assert_eq!(near("round", ROUND), None);
        // A word of another enum is not suggested here.
        assert_eq!(near("反向", ROUND), None);
        let dir = &["positive", "reverse", "equal"];
        assert_eq!(near("反向", dir), Some(Suggestion::Word("reverse")));
        assert_eq!(
            near("扣分", &["review", "cut"]),
            Some(Suggestion::Word("cut"))
        );
        assert_eq!(
            near("扣分", &["proportional", "threshold_deduction", "bands"]),
            Some(Suggestion::Word("threshold_deduction"))
        );
    }

    #[test]
    fn every_word_names_a_value_of_some_enum() {
        // The values the validator lists (a word under a value no enum has is never suggested).
        const VALUES: &[&str] = &[
            "half_up",
            "truncate",
            "half_even",
            "positive",
            "reverse",
            "equal",
            "proportional",
            "threshold_deduction",
            "bands",
            "full_year_budget",
            "initial_budget",
            "ratio",
            "all_or_nothing",
            "met_or_ratio",
            "per_point",
            "linear_cut",
            "review",
            "cut",
            "zero",
            "split_equally",
            "exclude",
            "rescale_total",
            "appropriation",
            "carryover",
            "other",
            "quoted",
            "inferred",
            "assumed",
            "add",
            "replace",
            "before",
            "indicator",
            "after",
            "blank",
            "not_applicable",
            "quantity",
            "date",
            "qualitative",
            "unreadable",
            // a band's score_at (tester s7 F7)
            "lower",
            "upper",
            "middle",
        ];
        for (value, _) in WORDS {
            assert!(VALUES.contains(value), "{value}");
        }
    }

    #[test]
    fn help_says_how_rule_files_write_the_word() {
        use crate::i18n::Lang;
        assert_eq!(
            help("截尾", ROUND).render(Lang::En),
            "rule files write `截尾` as `truncate`"
        );
        assert_eq!(
            help("round", ROUND).render(Lang::En),
            "use one of: half_up, truncate, half_even"
        );
        // In Chinese the word the author wrote is quoted as Chinese text, the value as code.
        assert_eq!(
            help("截尾", ROUND).render(Lang::Zh),
            "规则文件里“截尾”要写成 `truncate`"
        );
        assert_eq!(
            help("trunc", ROUND).render(Lang::Zh),
            "是不是要写 `truncate`？"
        );
    }
}
