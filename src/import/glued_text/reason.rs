//! Where a glued row's 未完成原因分析 ends and the next row's 三级指标 begins (#15 item 1), in
//! every glued reader (the Sichuan template, the standard one, and the 绩效目标自评表: tester
//! s13b N2). Nothing separates the two: the reason is told apart by the sentence end the
//! template asks for (`。`), else — only for a row that lost points or fell short of its
//! target, the rows that need a reason — by the words a reason ends with (`…冬季停工`,
//! `…受天气影响`); every choice is said in a note.

use super::sichuan::figures::number;

/// Words a 未完成原因 ends with: what happened to the work, not what an indicator measures.
///
/// `异常` and `意见` end a reason of the 绩效目标自评表 (tester s13b N2: `3名学生银行账户异常`,
/// `部分农户对渠系布局有意见`).
const REASON_ENDS: [&str; 36] = [
    "影响",
    "异常",
    "意见",
    "导致",
    "所致",
    "造成",
    "原因",
    "推迟",
    "延迟",
    "延期",
    "滞后",
    "停工",
    "暂停",
    "暂缓",
    "不足",
    "减少",
    "下降",
    "未完成",
    "未达标",
    "未达到",
    "未到位",
    "未验收",
    "未结算",
    "未支付",
    "未实施",
    "未开展",
    "不到位",
    "不便",
    "较低",
    "偏低",
    "较少",
    "偏少",
    "调整",
    "变更",
    "取消",
    "进行中",
];

/// Characters a 三级指标 does not start with: they continue the sentence before.
const NOT_A_NAME_START: [char; 12] = [
    '的', '了', '等', '而', '及', '和', '与', ',', ',', '、', '中', '后',
];

/// How the text after a row's figures was shared between its reason and the next row's name.
#[derive(Debug, PartialEq, Eq)]
pub(in crate::import::glued_text) enum Tail {
    /// Cut after the last sentence end (the template's `。`).
    Sentence { reason: String, name: String },
    /// Cut after the words a reason ends with: a guess.
    Worded { reason: String, name: String },
    /// The row lost points but no reason could be told apart: all of it the next row's name.
    Unsplit { name: String },
    /// The row kept its points (no reason needed): all of it the next row's name.
    Name { name: String },
}

impl Tail {
    /// The 未完成原因 and the next row's 三级指标.
    pub(in crate::import::glued_text) fn parts(&self) -> (&str, &str) {
        match self {
            Tail::Sentence { reason, name } | Tail::Worded { reason, name } => (reason, name),
            Tail::Unsplit { name } | Tail::Name { name } => ("", name),
        }
    }
}

/// Shares `tail` — the text between a row's figures and the next row's 指标性质 — between the
/// row's reason and the next row's name. `row`: 指标性质, 指标值, 度量单位, 完成值, 权重, 得分.
pub(in crate::import::glued_text) fn split(tail: &str, row: &[String]) -> Tail {
    split_after(tail, lost_points(row))
}

/// Shares `tail` between the row above's reason and the next row's name, `lost` saying
/// whether the row above needs a reason (it lost points or fell short of its target).
pub(in crate::import::glued_text) fn split_after(tail: &str, lost: bool) -> Tail {
    let owned = |a: &str, b: &str| (a.to_owned(), b.to_owned());
    if let Some(at) = tail.rfind(['。', ';', ';', '!']) {
        let cut = at
            + tail
                .get(at..)
                .and_then(|t| t.chars().next())
                .map_or(0, char::len_utf8);
        let (reason, name) = owned(tail.get(..cut).unwrap_or(""), tail.get(cut..).unwrap_or(""));
        return Tail::Sentence { reason, name };
    }
    if !lost {
        return Tail::Name {
            name: tail.to_owned(),
        };
    }
    match worded_end(tail) {
        Some(cut) => {
            let (reason, name) =
                owned(tail.get(..cut).unwrap_or(""), tail.get(cut..).unwrap_or(""));
            Tail::Worded { reason, name }
        }
        None => Tail::Unsplit {
            name: tail.to_owned(),
        },
    }
}

/// What an indicator counts or measures, which names no indicator alone: a name cut down to
/// one of these was cut inside it, after a reason word the name holds (`工期延误影响|天数`).
const BARE_MEASURES: [&str; 24] = [
    "天数", "人数", "次数", "户数", "个数", "件数", "人次", "时间", "时长", "期限", "程度", "范围",
    "比例", "比率", "面积", "金额", "数量", "数额", "频次", "占比", "幅度", "率", "天", "量",
];

/// The byte offset after the last reason ending in `tail` that leaves a name of two or more
/// characters not starting as a sentence goes on, nor a bare measure: a 三级指标 may hold a
/// reason word itself (`工期延误影响天数`), and a row that lost points with no reason written
/// would have it cut into a reason `工期延误影响` and a name `天数`.
fn worded_end(tail: &str) -> Option<usize> {
    let mut best = None;
    for word in REASON_ENDS {
        for (at, _) in tail.match_indices(word) {
            let cut = at + word.len();
            let name = tail.get(cut..).unwrap_or("");
            let fits = name.chars().count() >= 2
                && !BARE_MEASURES.contains(&name)
                && name
                    .chars()
                    .next()
                    .is_some_and(|c| !NOT_A_NAME_START.contains(&c));
            if fits && best.is_none_or(|b| cut > b) {
                best = Some(cut);
            }
        }
    }
    best
}

/// True when the row did not earn its 权重: a 得分 below it, or — never self-scored — a 完成值
/// that misses the 指标值 under the 指标性质.
fn lost_points(row: &[String]) -> bool {
    let value = |k: usize| row.get(k).and_then(|t| number(t));
    if let (Some(points), Some(score)) = (value(4), value(5)) {
        return score < points;
    }
    let op = row.first().map_or("", String::as_str);
    match (value(1), value(3)) {
        (Some(target), Some(actual)) => match op {
            "≤" | "≦" | "<" => actual > target,
            _ => actual < target,
        },
        _ => false,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn row(cells: [&str; 6]) -> Vec<String> {
        cells.map(String::from).to_vec()
    }

    #[test]
    fn a_reason_without_its_full_stop_is_cut_at_the_words_it_ends_with() {
        let lost = row(["≥", "150", "公里", "135", "20", "18"]);
        assert_eq!(
            split("部分路段冬季停工县道养护里程", &lost),
            Tail::Worded {
                reason: "部分路段冬季停工".into(),
                name: "县道养护里程".into()
            }
        );
        // The last ending wins: the reason's own earlier words stay in it.
        assert_eq!(
            split("受降雨影响部分工程推迟桥梁维修数量", &lost).parts(),
            ("受降雨影响部分工程推迟", "桥梁维修数量")
        );
        // The full stop decides when it is there.
        assert_eq!(
            split("部分路段冬季停工。县道养护里程", &lost).parts(),
            ("部分路段冬季停工。", "县道养护里程")
        );
        // Nothing a reason ends with: said, all of it the name.
        assert_eq!(
            split("资金拨付县道养护里程", &lost),
            Tail::Unsplit {
                name: "资金拨付县道养护里程".into()
            }
        );
    }

    /// #15 (s6 doubt): a 三级指标 holding a reason word after a row that lost points and wrote
    /// no reason is not cut inside it, down to a bare measure (`工期延误影响|天数`).
    #[test]
    fn a_name_holding_a_reason_word_is_not_cut_to_a_bare_measure() {
        let lost = row(["≥", "40", "处", "36", "15", "13.5"]);
        assert_eq!(
            split("工期延误影响天数", &lost),
            Tail::Unsplit {
                name: "工期延误影响天数".into()
            }
        );
        // A reason before it is still cut off, at its own word.
        assert_eq!(
            split("受降雨影响工期延误影响天数", &lost).parts(),
            ("受降雨影响", "工期延误影响天数")
        );
        assert_eq!(
            split("资金不足停水影响户数", &lost).parts(),
            ("资金不足", "停水影响户数")
        );
    }

    #[test]
    fn a_row_that_kept_its_points_needs_no_reason() {
        // `工期延误影响天数` is a name: the row scored full points, so nothing is cut off.
        let full = row(["≤", "10", "天", "8", "10", "10"]);
        assert_eq!(
            split("工期延误影响天数", &full),
            Tail::Name {
                name: "工期延误影响天数".into()
            }
        );
        // Never self-scored: the 完成值 against the 指标值 decides.
        let unscored = row(["≥", "95", "%", "92", "15", ""]);
        assert_eq!(
            split("个别路段施工不便群众满意度", &unscored).parts(),
            ("个别路段施工不便", "群众满意度")
        );
        let reverse_met = row(["≤", "0.5", "万元", "0.48", "10", ""]);
        assert!(matches!(
            split("成本控制不足养护成本", &reverse_met),
            Tail::Name { .. }
        ));
    }
}
