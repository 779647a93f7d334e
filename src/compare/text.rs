//! A line diff of two resolved rule files with the changed words marked inside each line
//! (`满[-100-]{+80+}`), for `jixiao rules changelog`.

use similar::{ChangeTag, TextDiff};

/// A unified-style diff of `a` and `b` (3 lines of context), changed words marked `[-…-]`
/// (removed) and `{+…+}` (added); empty when the texts are equal.
pub fn text_diff(a_name: &str, a: &str, b_name: &str, b: &str) -> String {
    let diff = TextDiff::from_lines(a, b);
    let mut out = String::new();
    for group in diff.grouped_ops(3) {
        if out.is_empty() {
            out.push_str(&format!("--- {a_name}\n+++ {b_name}\n"));
        }
        let (Some(first), Some(last)) = (group.first(), group.last()) else {
            continue;
        };
        let old = first.old_range().start..last.old_range().end;
        let new = first.new_range().start..last.new_range().end;
        out.push_str(&format!(
            "@@ -{},{} +{},{} @@\n",
            old.start + 1,
            old.len(),
            new.start + 1,
            new.len()
        ));
        for op in &group {
            for change in diff.iter_inline_changes(op) {
                let sign = match change.tag() {
                    ChangeTag::Delete => '-',
                    ChangeTag::Insert => '+',
                    ChangeTag::Equal => ' ',
                };
                out.push(sign);
                for (emphasized, value) in change.iter_strings_lossy() {
                    let value = value.trim_end_matches('\n');
                    match (emphasized, change.tag()) {
                        (true, ChangeTag::Delete) => out.push_str(&format!("[-{value}-]")),
                        (true, ChangeTag::Insert) => out.push_str(&format!("{{+{value}+}}")),
                        _ => out.push_str(value),
                    }
                }
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn marks_changed_words_inside_lines() {
        let d = text_diff(
            "a",
            "x = 1\nrange = \"[60%, 80%)\"\n",
            "b",
            "x = 1\nrange = \"[50%, 80%)\"\n",
        );
        assert!(d.contains("-range = \"[[-60-]%, 80%)\""), "{d}");
        assert!(d.contains("+range = \"[{+50+}%, 80%)\""), "{d}");
        assert!(text_diff("a", "same\n", "b", "same\n").is_empty());
    }
}
