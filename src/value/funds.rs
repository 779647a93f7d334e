//! Funds-row labels (项目资金 rows) as real templates write them: one classifier for the
//! importers and the validator; and the block's amounts, read in its unit (万元).

use super::{Value, units};
use rust_decimal::Decimal;

/// Kind of a funds row, from its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FundsKind {
    /// 年度资金总额.
    Total,
    /// 本年财政拨款.
    Appropriation,
    /// 上年结转资金.
    Carryover,
    /// 其他资金.
    Other,
    /// A 其中 sub-row naming where part of the money came from (上级补助, 本级安排,
    /// 中央、省、市补助县级资金, …): part of the total, never the row execution is read from.
    Part,
    /// A label the engine does not know.
    Unknown,
}

/// The levels of government a 其中 row names its money by (`县级安排资金`, `中央资金`,
/// `地方配套资金`): the Hunan county template prints `县级安排资金` without `其中` (tester s7 F4).
const LEVELS: [&str; 9] = [
    "中央", "省级", "市级", "州级", "县级", "区级", "乡级", "镇级", "地方",
];

/// The rows of a department's budget by kind of income and of spending, as the
/// 部门（单位）整体支出绩效自评表 prints them under `按收入性质分` / `按支出性质分`, and the
/// 基本支出's own breakdown, `其中：人员经费` / `公用经费` (tester s21 T2, after 贵州绥阳).
pub const BUDGET_KINDS: [&str; 7] = [
    "一般公共预算",
    "政府性基金预算",
    "国有资本经营预算",
    "基本支出",
    "项目支出",
    "人员经费",
    "公用经费",
];

/// The two rows that split a department's whole spending (`基本支出`, `项目支出`, `其中` and
/// end colons dropped): without a 年度资金总额 row their sum is the department's funds.
pub fn is_spending_kind(label: &str) -> bool {
    matches!(bare_label(label), "基本支出" | "项目支出")
}

/// A funds label with its `其中` and end colons dropped.
fn bare_label(label: &str) -> &str {
    label
        .trim()
        .trim_start_matches("其中")
        .trim_start_matches([':', '：', '、', ' '])
        .trim_end_matches([':', '：', ' '])
}

/// True for a row of a department's budget by kind of income or of spending (`其中` and end
/// colons dropped): `按收入性质分：一般公共预算`, `政府性基金预算`, `基本支出`.
pub fn is_budget_kind(label: &str) -> bool {
    let t = bare_label(label);
    t.starts_with("按收入性质分") || t.starts_with("按支出性质分") || BUDGET_KINDS.contains(&t)
}

impl FundsKind {
    /// The kind of a funds row from its label as real templates write it: the `其中`/`其中:`
    /// prefix and end colons dropped, then matched by pattern, not one string (#15):
    /// 年度资金总额 / 总额 / 合计 → total; …财政拨款 / 财政资金 → appropriation; …结转… →
    /// carryover; 其他资金 / 单位资金 / 财政专户… / …自筹… / …自有资金 → other; …补助… / 本级安排… /
    /// 上级…, a level's money (`县级安排资金`, `中央资金`) or any other `其中` row naming 资金
    /// or 经费 → a part of the total.
    pub fn of_label(label: &str) -> FundsKind {
        let t = label.trim();
        let sub_row = t.starts_with("其中");
        let t = t
            .trim_start_matches("其中")
            .trim_start_matches([':', '：', '、', ',', '，', ' '])
            .trim_end_matches([':', '：', ' ']);
        let has = |needle: &str| super::has(t, needle);
        if has("总额") || has("合计") || has("总计") {
            FundsKind::Total
        } else if has("财政拨款") || has("预算拨款") || t == "财政资金" {
            // `本年一般公共预算拨款`: the Beijing 2016 template's name of the year's
            // appropriation.
            FundsKind::Appropriation
        } else if has("单位资金") || has("财政专户") {
            // Sichuan's 部门预算 template: money other than the year's appropriation.
            FundsKind::Other
        } else if has("结转") || has("结余") {
            FundsKind::Carryover
        } else if has("其他") || has("自筹") || has("自有资金") || has("社会资金") {
            FundsKind::Other
        } else if is_budget_kind(t) {
            // The 部门（单位）整体支出绩效自评表 breaks its 年度资金总额 down twice, by the
            // kind of income (一般公共预算 …) and of spending (基本支出, 项目支出): each row is
            // part of the total, never added to the other breakdown's (tester s14 F1).
            FundsKind::Part
        } else if has("补助")
            || t.starts_with("本级")
            || t.starts_with("上级")
            || (sub_row && (has("资金") || has("经费")))
            || (LEVELS.iter().any(|l| t.starts_with(l)) && (has("资金") || has("经费")))
        {
            FundsKind::Part
        } else {
            FundsKind::Unknown
        }
    }
}

/// The unit of every amount in the 项目资金 block (`项目资金(万元)`): case files hold amounts
/// in it, and a cell written with another money unit is read in it.
pub const FUNDS_UNIT: &str = "万元";

/// An amount cell of the 项目资金 block (年初预算数, 全年预算数, 全年执行数) as [`amount`] reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Amount {
    /// Nothing written (or `-`).
    Blank,
    /// The amount in [`FUNDS_UNIT`]: `120`, `120万元`, `120万` and `1200000元` are all 120.
    Value(Decimal),
    /// A number written with a unit that is not money (`120人`, `95%`): the unit clashes with
    /// the block's, so the cell is no amount (issue #15 item 3, the tester's F16).
    NotMoney {
        /// The unit as written.
        unit: String,
    },
    /// Anything else: words, a comparator, a date, an overflow.
    Unreadable,
}

/// Reads an amount cell with the one value parser, in the block's unit (万元): departments
/// write `120万元` beside plain `90`, and both are amounts in 万元 — never 1200000 beside 90.
/// A bare number is in the block's unit already; `万` alone (`120万`) means 万元; 元 and 亿元
/// convert by the unit table.
pub fn amount(text: &str) -> Amount {
    amount_of(&super::parse(text))
}

/// [`amount`] of a cell already parsed by [`super::parse`]: a cell read once is asked both
/// whether it is a number and whether it is money (#15: validation parsed every funds cell
/// twice).
pub fn amount_of(value: &Value) -> Amount {
    let q = match value {
        Value::Blank => return Amount::Blank,
        Value::Quantity(q) if q.comparator.is_none() && !q.ordinal && !q.is_date() => q,
        _ => return Amount::Unreadable,
    };
    if q.unit.is_empty() {
        if q.scale == Decimal::ONE {
            return Amount::Value(q.value);
        }
        // `120万` in a 万元 column: 120万 yuan.
        return in_funds_unit(q.value, 1, 1);
    }
    match units::lookup(&q.unit) {
        Some(("money", num, den)) => in_funds_unit(q.value, num, den),
        _ => Amount::NotMoney {
            unit: q.unit.clone(),
        },
    }
}

/// `value` (in a money unit of size num/den yuan) in 万元, multiplied before dividing.
fn in_funds_unit(value: Decimal, num: u64, den: u64) -> Amount {
    let den = Decimal::from(den).checked_mul(Decimal::from(10_000_u32));
    match den.and_then(|d| value.checked_mul(Decimal::from(num))?.checked_div(d)) {
        Some(v) => Amount::Value(v.normalize()),
        None => Amount::Unreadable,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    fn wan(text: &str) -> Decimal {
        match amount(text) {
            Amount::Value(v) => v,
            other => panic!("{text:?} is not an amount: {other:?}"),
        }
    }

    /// Tester s21 T2: a department's spending rows and the 基本支出's own breakdown.
    #[test]
    fn spending_rows_and_their_breakdown_are_parts() {
        for label in [
            "基本支出",
            "项目支出",
            "其中：人员经费",
            "公用经费",
            "人员经费：",
        ] {
            assert_eq!(FundsKind::of_label(label), FundsKind::Part, "{label}");
        }
        assert!(is_spending_kind("基本支出"));
        assert!(is_spending_kind("其中：项目支出"));
        assert!(!is_spending_kind("其中：人员经费"));
        assert!(!is_spending_kind("年度资金总额"));
        assert_eq!(FundsKind::of_label("合计"), FundsKind::Total);
    }

    /// The tester's F16: `120万元` beside plain `90` summed as 1200090.
    #[test]
    fn amounts_written_with_a_money_unit_are_read_in_wan_yuan() {
        for (text, expected) in [
            ("120", "120"),
            ("120万元", "120"),
            ("120 万元", "120"),
            ("120万", "120"),
            ("1200000元", "120"),
            ("1.2亿元", "12000"),
            ("114.5万元", "114.5"),
            ("１２０万元", "120"),
            ("0", "0"),
        ] {
            assert_eq!(wan(text), expected.parse::<Decimal>().unwrap(), "{text}");
        }
    }

    #[test]
    fn other_units_clash_and_words_are_unreadable() {
        assert_eq!(
            amount("120人"),
            Amount::NotMoney {
                unit: "人".to_owned()
            }
        );
        assert!(matches!(amount("95%"), Amount::NotMoney { .. }));
        assert_eq!(amount(""), Amount::Blank);
        assert_eq!(amount("-"), Amount::Blank);
        assert_eq!(amount("≤120万元"), Amount::Unreadable);
        assert_eq!(amount("一百二十"), Amount::Unreadable);
    }
}
