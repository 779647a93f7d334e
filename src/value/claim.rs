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
}
