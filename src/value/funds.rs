//! Funds-row labels (项目资金 rows) as real templates write them: one classifier for the
//! importers and the validator.

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

impl FundsKind {
    /// The kind of a funds row from its label as real templates write it: the `其中`/`其中:`
    /// prefix and end colons dropped, then matched by pattern, not one string (#15):
    /// 年度资金总额 / 总额 / 合计 → total; …财政拨款 / 财政资金 → appropriation; …结转… →
    /// carryover; 其他资金 / 单位资金 / 财政专户… / 自筹… → other; …补助… / 本级安排… /
    /// 上级… or any other `其中` row naming 资金 or 经费 → a part of the total.
    pub fn of_label(label: &str) -> FundsKind {
        let t = label.trim();
        let sub_row = t.starts_with("其中");
        let t = t
            .trim_start_matches("其中")
            .trim_start_matches([':', '：', '、', ',', '，', ' '])
            .trim_end_matches([':', '：', ' ']);
        if t.contains("总额") || t.contains("合计") || t.contains("总计") {
            FundsKind::Total
        } else if t.contains("财政拨款") || t == "财政资金" {
            FundsKind::Appropriation
        } else if t.contains("单位资金") || t.contains("财政专户") {
            // Sichuan's 部门预算 template: money other than the year's appropriation.
            FundsKind::Other
        } else if t.contains("结转") || t.contains("结余") {
            FundsKind::Carryover
        } else if t.contains("其他") || t.starts_with("自筹") || t.contains("社会资金") {
            FundsKind::Other
        } else if t.contains("补助")
            || t.starts_with("本级")
            || t.starts_with("上级")
            || (sub_row && (t.contains("资金") || t.contains("经费")))
        {
            FundsKind::Part
        } else {
            FundsKind::Unknown
        }
    }
}
