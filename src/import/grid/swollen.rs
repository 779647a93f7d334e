//! A header value that swallowed what followed it (tester s20 P3): a document preview whose
//! text was OCR'd runs everything after a label into one block, so the 主管部门 read 2,000
//! characters — the unit, the funds, the indicators. A value of one header cell is a name: a
//! value holding another label of the form, many line breaks, or more characters than any name
//! is a wrong reading. It is cut before the first label or line break when what stands before
//! reads as a name, else left out; either way a note names the field on the form.

use super::{Form, NoteKind, Row};
use crate::i18n::{Message, msg, quoted};

/// The most characters a header value may hold: the longest names seen (a project named with
/// its programme in parentheses) are under 70.
const LONGEST_NAME: usize = 80;

/// The most line breaks inside a header value: a name wrapped in its cell breaks once or twice.
const MOST_BREAKS: usize = 2;

/// Labels of the form that no header value holds: where one stands inside a value, the value
/// swallowed the cells after it.
const LABELS: [&str; 12] = [
    "项目名称",
    "主管部门",
    "实施单位",
    "项目资金",
    "年度资金总额",
    "全年预算数",
    "全年执行数",
    "年初预算数",
    "年度总体目标",
    "绩效指标",
    "一级指标",
    "预期目标",
];

/// The header fields, by the name the form prints.
#[derive(Clone, Copy)]
enum Field {
    Project,
    Department,
    Unit,
}

impl Field {
    fn label(self) -> &'static str {
        match self {
            Field::Project => "项目名称",
            Field::Department => "主管部门",
            Field::Unit => "实施单位",
        }
    }
}

/// What to do with a swollen value: keep the name before the swallowed text, or leave it out.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Cut {
    Keep(String),
    Drop,
}

/// Where `value` shows it swallowed the cells after it, and what is kept; none for a name.
pub(super) fn cut(value: &str) -> Option<Cut> {
    // Asked of the header's values after every header row: a name of a few words, with no
    // white space for a label to stand apart by, is told at once (#15: searching every value
    // for a dozen labels cost 8% of a seed run).
    if !super::has_whitespace(value) && value.chars().count() <= LONGEST_NAME {
        return None;
    }
    let length = value.chars().count();
    let breaks = value.matches('\n').count();
    let label = LABELS.iter().filter_map(|l| label_at(value, l)).min();
    if length <= LONGEST_NAME && breaks <= MOST_BREAKS && label.is_none() {
        return None;
    }
    let end = [label, value.find('\n')].into_iter().flatten().min();
    let head = end.map_or("", |at| &value[..at]);
    let head = head.trim().trim_end_matches([':', '：', ' ']).trim();
    match !head.is_empty() && head.chars().count() <= LONGEST_NAME {
        true => Some(Cut::Keep(head.to_owned())),
        false => Some(Cut::Drop),
    }
}

/// Where `label` stands in `value` as a word of its own (white space before it; white space, a
/// colon, a parenthesis or the end after it): a label's words inside a name do not count.
fn label_at(value: &str, label: &str) -> Option<usize> {
    value.match_indices(label).map(|(at, _)| at).find(|&at| {
        let before = value[..at].chars().next_back();
        let after = value[at + label.len()..].chars().next();
        before.is_some_and(char::is_whitespace)
            && after.is_none_or(|c| c.is_whitespace() || matches!(c, ':' | '：' | '(' | '（'))
    })
}

/// The first characters of a long value, for a note.
fn opening(value: &str) -> String {
    let flat: String = value.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.chars().count() > 30 {
        true => format!("{}…", flat.chars().take(30).collect::<String>()),
        false => flat,
    }
}

impl Form {
    /// Cuts or leaves out each header value the row just read swelled past a name, with a note
    /// at the row naming the field.
    pub(super) fn check_header_values(&mut self, row: &Row) {
        for field in [Field::Project, Field::Department, Field::Unit] {
            let slot = match field {
                Field::Project => &mut self.project,
                Field::Department => &mut self.department,
                Field::Unit => &mut self.unit,
            };
            let Some(value) = slot.as_deref() else {
                continue;
            };
            let Some(cut) = cut(value) else {
                continue;
            };
            let (length, start) = (value.chars().count(), opening(value));
            let message: Message = match &cut {
                Cut::Keep(head) => msg!(
                    "import-note-header-swollen-cut",
                    field = field.label(),
                    length = length,
                    start = quoted(start.as_str()),
                    read = quoted(head.as_str())
                ),
                Cut::Drop => msg!(
                    "import-note-header-swollen-dropped",
                    field = field.label(),
                    length = length,
                    start = quoted(start.as_str())
                ),
            };
            *slot = match cut {
                Cut::Keep(head) => Some(head),
                // The project keeps an empty name, as a form with its name cell blank does.
                Cut::Drop => matches!(field, Field::Project).then(String::new),
            };
            let kind = match slot.as_deref() {
                Some(v) if !v.is_empty() => NoteKind::Guessed,
                _ => NoteKind::Unreadable,
            };
            self.note(row, kind, message);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Cut, cut};

    /// Names, wrapped or long, are names; a value holding another label, many line breaks or
    /// past any name's length swallowed the cells after it (tester s20 P3).
    #[test]
    fn a_value_that_swallowed_the_form_is_cut_or_left_out() {
        assert_eq!(cut("某县农业农村局"), None);
        assert_eq!(cut("某县农村供水\n服务中心"), None);
        assert_eq!(
            cut("2023年农业项目资金管理"),
            None,
            "a label's words inside a name"
        );
        assert_eq!(cut("某局 项目资金管理科"), None);
        let swallowed = format!(
            "某县水利局 实施单位 某县供水中心 项目资金 {}",
            "年初 50 ".repeat(300)
        );
        assert_eq!(cut(&swallowed), Some(Cut::Keep("某县水利局".into())));
        let lines = "某县水利局\n50\n50\n48\n10";
        assert_eq!(cut(lines), Some(Cut::Keep("某县水利局".into())));
        let no_name = "年初 50 ".repeat(30);
        assert_eq!(cut(&no_name), Some(Cut::Drop));
        assert_eq!(
            cut(&format!("{} 实施单位", "某".repeat(90))),
            Some(Cut::Drop)
        );
    }
}
