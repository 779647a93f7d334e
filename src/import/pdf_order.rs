//! Stage: load. Tells text extracted from a PDF in the order its text was drawn, not read
//! (tester s20 P1: a Shanghai district's and a Jishan county's published forms): a row's cells
//! scattered, the values drawn before their labels, columns one after the other. The template's
//! labels then stand out of their fixed order (`实施单位` after the funds rows, `项目资金` after
//! `上年结转资金`), and the numbers no longer stand after their labels, so no reading of such text
//! is certain: it is refused ([`super::paragraphs::PdfText::Drawn`]) with the advice every
//! refusal of a PDF's text gives. Hands on the first label out of its place.

/// The labels every form of the standard template prints once, in reading order. A label
/// counts when it is a word of its own (white space around it), so a label's words inside a
/// name or a sentence never do.
const ANCHORS: [&str; 9] = [
    "项目名称",
    "主管部门",
    "实施单位",
    "项目资金",
    "年度资金总额",
    "上年结转资金",
    "其他资金",
    "一级指标",
    "总分",
];

/// At least this many labels must be found in one form before their order says anything.
const FEWEST_FOUND: usize = 5;

/// At least this many labels out of their place: one may be a template's own variant.
const FEWEST_MISPLACED: usize = 2;

/// A label found out of its place: the line it stands on (from 1), the label, the label it
/// stands after though the form prints it before, and how many labels are out of place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Misplaced {
    pub line: usize,
    pub label: &'static str,
    pub after: &'static str,
    pub count: usize,
}

/// The anchor a word is, if any: the label alone, with its colon or its unit in parentheses
/// (`项目资金(元)`, `年度资金总额:`).
fn anchor(word: &str) -> Option<usize> {
    let word = word.trim_end_matches([':', '：']);
    ANCHORS.iter().position(|a| {
        word == *a
            || word
                .strip_prefix(a)
                .is_some_and(|rest| rest.starts_with(['(', '（']))
    })
}

/// The first label out of its place in a form of `text`, when some form's labels stand out of
/// the template's order ([`FEWEST_FOUND`], [`FEWEST_MISPLACED`]); none for text in reading
/// order. Forms are cut at their titles (a word holding `自评表`); each label's first
/// occurrence in a form counts.
pub(crate) fn misplaced(text: &str) -> Option<Misplaced> {
    let mut form: Vec<(usize, usize)> = Vec::new();
    for (at, line) in text.lines().enumerate() {
        for word in line.split_whitespace() {
            if word.contains("自评表") {
                if let Some(found) = judge(&form) {
                    return Some(found);
                }
                form.clear();
            } else if let Some(rank) = anchor(word)
                && !form.iter().any(|&(r, _)| r == rank)
            {
                form.push((rank, at + 1));
            }
        }
    }
    judge(&form)
}

/// The first label of one form's labels (rank, line) out of the longest run in order.
fn judge(form: &[(usize, usize)]) -> Option<Misplaced> {
    if form.len() < FEWEST_FOUND {
        return None;
    }
    // The longest subsequence in rank order (at most nine labels: quadratic is nothing).
    let mut longest = vec![1usize; form.len()];
    for i in 0..form.len() {
        for j in 0..i {
            if form[j].0 < form[i].0 {
                longest[i] = longest[i].max(longest[j] + 1);
            }
        }
    }
    let in_order = longest.iter().copied().max().unwrap_or(0);
    let count = form.len() - in_order;
    if count < FEWEST_MISPLACED {
        return None;
    }
    // The first label printed before a label it follows here.
    let mut highest: Option<usize> = None;
    for &(rank, line) in form {
        match highest {
            Some(h) if h > rank => {
                return Some(Misplaced {
                    line,
                    label: ANCHORS[rank],
                    after: ANCHORS[h],
                    count,
                });
            }
            _ => highest = Some(highest.map_or(rank, |h| h.max(rank))),
        }
    }
    None
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::misplaced;

    /// A form in reading order, one cell a line or a row a line, is never refused, nor is one
    /// whose single label stands elsewhere (a template's variant).
    #[test]
    fn labels_in_reading_order_are_no_drawing_order() {
        let rows = "项目支出绩效自评表\n项目名称 某项目\n主管部门 某局 实施单位 某中心\n\
                    项目资金(万元) 年初预算数 全年预算数\n年度资金总额: 10 10\n上年结转资金\n\
                    其他资金\n一级指标 二级指标\n总分 100 95";
        assert_eq!(misplaced(rows), None);
        let cells = rows.split_whitespace().collect::<Vec<_>>().join("\n");
        assert_eq!(misplaced(&cells), None);
        let one = rows.replace("实施单位 某中心\n", "\n其他资金 实施单位 某中心\n");
        assert_eq!(misplaced(&one), None, "one label out of place");
        // Labels inside names and sentences are not labels.
        assert_eq!(
            misplaced("自评表\n总分说明 其他资金用途 项目名称 主管部门"),
            None
        );
    }

    /// Tester s20 P1: the Shanghai pattern, a whole form on one line in drawing order.
    #[test]
    fn labels_drawn_out_of_order_are_told() {
        let drawn = "财政项目支出绩效自评表 (2022 年度) 某项目 项目名称 主管部门 某局 \
                     年初预算数 10 10 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) \
                     某中心 实施单位 一级指标 二级指标 100 98 总分";
        let found = misplaced(drawn).expect("drawing order");
        assert_eq!(
            (found.label, found.after, found.line),
            ("年度资金总额", "其他资金", 1)
        );
        assert_eq!(found.count, 3);
        // The next form's labels are judged on their own.
        let two = format!(
            "{}\n{drawn}",
            "项目支出绩效自评表\n项目名称\n主管部门\n实施单位\n项目资金\n总分"
        );
        assert_eq!(misplaced(&two).map(|m| m.line), Some(7));
    }
}
