//! Stage: load. A 完成情况 cell: on a 绩效目标自评表 without points, the department's own
//! word on each line (`已完成`, `未完成`) — the counterpart of a 得分 cell (tester s12b N3).
//! Evaluation compares it with the line's judgement of its target and actual.

use serde::Serialize;

/// What a 完成情况 cell claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Claim {
    /// `已完成`, `完成`, `已达成`, `已实现`, `是`: the line's target was met.
    Done,
    /// `未完成`, `未达成`, `未实现`, `否`: it was not.
    NotDone,
    /// `基本完成`, `部分完成`: met in part — agrees with either judgement.
    Partly,
    /// Anything else (blank, a sentence): claims nothing jixiao can compare.
    Other,
}

impl Claim {
    /// Its name in JSON and to scripts (`done`, `not_done`, `partly`, `other`).
    pub fn name(self) -> &'static str {
        match self {
            Claim::Done => "done",
            Claim::NotDone => "not_done",
            Claim::Partly => "partly",
            Claim::Other => "other",
        }
    }
}

/// The words for a line done, without their `已`.
const DONE: &[&str] = &[
    "完成",
    "达成",
    "实现",
    "达到",
    "达标",
    "全部完成",
    "按期完成",
    "按时完成",
    "如期完成",
    "按期",
    "按时",
    "如期",
    "按期完工",
    "按时完工",
    "如期完工",
    "提前完成",
    "超额完成",
    "全面完成",
    "是",
];
/// The words for a line not done.
const NOT_DONE: &[&str] = &[
    "未完成",
    "没有完成",
    "没完成",
    "未达成",
    "未实现",
    "未达到",
    "未达标",
    "未按期完成",
    "未按时完成",
    "未按期",
    "未按时",
    "未如期完成",
    "逾期",
    "逾期完成",
    "否",
];
/// The words for a line done in part.
const PARTLY: &[&str] = &[
    "基本完成",
    "部分完成",
    "基本达成",
    "部分达成",
    "基本实现",
    "部分实现",
    "基本达到",
    "部分达到",
    "基本达标",
    "部分达标",
];

/// Reads one 完成情况 cell: the whole cell, white space and closing punctuation aside, must
/// be one of the words (a sentence is [`Claim::Other`]).
pub fn claim(text: &str) -> Claim {
    let t: String = super::parse::normalize(text).into_iter().collect();
    let t = t.trim_end_matches(['。', '.', '!', '！']);
    let done = t.strip_prefix('已').unwrap_or(t);
    if NOT_DONE.contains(&t) {
        Claim::NotDone
    } else if PARTLY.contains(&t) {
        Claim::Partly
    } else if !done.is_empty() && DONE.contains(&done) {
        Claim::Done
    } else {
        Claim::Other
    }
}

/// Words that say a line was done, or done on time, in a short sentence
/// ([`claim_in_sentence`]): at least one must be there.
const SENTENCE_DONE: &[&str] = &[
    "按期", "按时", "如期", "准时", "及时", "足额", "全额", "到位", "完成", "完工", "竣工", "办结",
    "发放", "拨付", "支付", "兑付", "兑现", "到账", "落实",
];
/// Words a short completion sentence may hold around its completion words without changing
/// what it says (`已`, `均`, `按月`, `每月`, `规定时间内`): none of them says done alone.
const SENTENCE_FILLER: &[&str] = &[
    "已经",
    "均已",
    "都已",
    "全部",
    "全数",
    "已",
    "均",
    "都",
    "全",
    "并",
    "且",
    "和",
    "及",
    "、",
    "，",
    ",",
    "了",
    "的",
    "按月",
    "每月",
    "逐月",
    "按季度",
    "每季度",
    "按季",
    "按年",
    "当月",
    "全年",
    "各月",
    "按规定",
    "按要求",
    "按标准",
    "按计划",
    "规定时间内",
    "规定时限内",
    "规定期限内",
    "时限内",
    "之前",
    "以前",
    "以内",
    "前",
    "内",
    "予以",
    "给予",
    "资金",
    "100%",
];
/// Words that make a sentence say less than done (not done, late, in part, not yet, only
/// planned): a sentence holding one is never read as done, whatever else it says.
const SENTENCE_NOT: &[&str] = &[
    "未", "没", "尚", "不", "无", "非", "否", "延", "滞后", "推迟", "逾期", "超期", "拖", "部分",
    "基本", "大部", "个别", "少数", "暂", "待", "正在", "预计", "计划", "将", "拟", "争取", "力争",
    "除", "仍", "欠", "缓", "停", "差",
];

/// A completion cell read as a person reads it: [`claim`] for a whole word; else a short
/// sentence (`已按期发放`, `按月足额发放`, or `每月15日前发放到位` repeating its `target`
/// `每月15日前`) is [`Claim::Done`] when, the target's words aside, it is made only of
/// completion words (at least one) and the words around them, with nothing that negates,
/// delays or parts it (tester s15r N3). The second value names the completion words read, for
/// the trace; none when the cell was a whole word. Anything else — a mixed sentence
/// (`部分按期发放`, `未能按期足额发放`), a number, a word the reader does not know — is
/// [`Claim::Other`]: read conservatively, it is left to the rules and, failing them, to a person.
pub fn claim_in_sentence(text: &str, target: &str) -> (Claim, Option<String>) {
    let whole = claim(text);
    if whole != Claim::Other {
        return (whole, None);
    }
    let squeeze = |t: &str| -> String {
        let t: String = super::parse::normalize(t).into_iter().collect();
        t.trim_end_matches(['。', '.', '!', '！', '；', ';'])
            .to_owned()
    };
    let (mut rest, target) = (squeeze(text), squeeze(target));
    if !target.is_empty() {
        rest = rest.replacen(&target, "", 1);
    }
    if rest.is_empty() || SENTENCE_NOT.iter().any(|n| rest.contains(n)) {
        return (Claim::Other, None);
    }
    let mut done: Vec<&str> = Vec::new();
    let mut left = rest.as_str();
    while !left.is_empty() {
        let longest = |words: &[&'static str]| {
            words
                .iter()
                .filter(|w| left.starts_with(**w))
                .max_by_key(|w| w.len())
                .copied()
        };
        match (longest(SENTENCE_DONE), longest(SENTENCE_FILLER)) {
            (Some(d), f) if f.is_none_or(|f| f.len() <= d.len()) => {
                if !done.contains(&d) {
                    done.push(d);
                }
                left = left.get(d.len()..).unwrap_or_default();
            }
            (_, Some(f)) => left = left.get(f.len()..).unwrap_or_default(),
            _ => return (Claim::Other, None),
        }
    }
    if done.is_empty() {
        return (Claim::Other, None);
    }
    let words = done
        .iter()
        .map(|w| format!("“{w}”"))
        .collect::<Vec<_>>()
        .join("");
    (Claim::Done, Some(words))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claims_name_is_its_json_name() {
        for c in [Claim::Done, Claim::NotDone, Claim::Partly, Claim::Other] {
            let json = serde_json::to_string(&c).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", c.name()));
        }
    }

    #[test]
    fn the_words_of_a_completion_cell_are_read_whole() {
        for t in ["已完成", "完成", " 已 完成。", "已达成", "已实现", "是"] {
            assert_eq!(claim(t), Claim::Done, "{t}");
        }
        for t in ["未完成", "没有完成", "未达成", "否"] {
            assert_eq!(claim(t), Claim::NotDone, "{t}");
        }
        for t in ["基本完成", "部分完成"] {
            assert_eq!(claim(t), Claim::Partly, "{t}");
        }
        // Session 14: 达标 and its forms, and how a line was done on time or beyond.
        for t in ["已达标", "按时完成", "如期完成", "提前完成", "超额完成"] {
            assert_eq!(claim(t), Claim::Done, "{t}");
        }
        assert_eq!(claim("未达标"), Claim::NotDone);
        // Tester s15f F-B2: what a deadline's 实际完成值 says when it was kept, or not.
        for t in ["按期", "按时", "如期", "已按期", "按期完工"] {
            assert_eq!(claim(t), Claim::Done, "{t}");
        }
        for t in ["未按期", "逾期", "逾期完成"] {
            assert_eq!(claim(t), Claim::NotDone, "{t}");
        }
        assert_eq!(claim("基本达标"), Claim::Partly);
        for t in [
            "",
            "已",
            "完成了一半左右",
            "已完成80%",
            "见附件",
            "暑假后完成",
        ] {
            assert_eq!(claim(t), Claim::Other, "{t}");
        }
    }

    #[test]
    fn a_short_completion_sentence_is_read_as_a_person_reads_it() {
        let done = |t: &str, target: &str| claim_in_sentence(t, target).0 == Claim::Done;
        // Tester s15r N3, and the ways departments write the same.
        for t in [
            "已按期发放",
            "按月足额发放",
            "按月足额发放。",
            "已按月足额发放到位",
            "均已按时发放",
            "全部按期完成",
            "已如期完成",
            "按时足额拨付",
            "资金已按期拨付到位",
            "已及时足额发放",
            "每月按时发放",
            "规定时间内发放到位",
            "100%按时发放",
            "已按期、足额发放",
            "已 按期 发放",
        ] {
            assert!(done(t, "每月15日前"), "{t}");
        }
        // Repeating the target and adding a completion word.
        assert!(done("每月15日前发放到位", "每月15日前"));
        assert!(done("每月15日前已发放", "每月15日前"));
        assert!(done("12月底前完成", "12月底前"));
        // What it read, for the trace.
        assert_eq!(
            claim_in_sentence("已按期发放", "每月15日前").1.as_deref(),
            Some("“按期”“发放”")
        );
        // A whole word is read as before, with nothing more to say.
        assert_eq!(claim_in_sentence("按期", "每月15日前"), (Claim::Done, None));
        assert_eq!(claim_in_sentence("未按期", "x"), (Claim::NotDone, None));
        // Negated, late, in part, not yet, planned or mixed: never read as done.
        for t in [
            "部分按期发放",
            "未能按期足额发放",
            "未按期发放",
            "没有按时发放",
            "尚未发放",
            "不能按期发放",
            "延期发放",
            "延迟发放",
            "滞后发放",
            "推迟发放",
            "逾期发放",
            "基本按期发放",
            "大部分按时发放",
            "个别月份未按期发放",
            "暂未发放",
            "待发放",
            "正在发放",
            "预计12月底前发放",
            "计划按期发放",
            "将按期发放",
            "争取按期发放",
            "除1月外均按期发放",
            "仍有欠发",
            "按期发放率95%",
            "已发放11个月",
            "每月20日前发放",
            "按月",
            "已",
            "",
            "见附件",
        ] {
            assert!(!done(t, "每月15日前"), "{t}");
        }
        // The target alone is no claim (worded like its target is judged elsewhere).
        assert!(!done("每月15日前", "每月15日前"));
    }
}
