//! Line diffs with the changed words marked inside each line (`满{-100-}{+80+}`): of two
//! resolved rule files, for `jixiao rules changelog`, and of a script's two versions, under
//! its change in `rules changelog`, `diff` and `watch`.
//!
//! The marks are `{-…-}` (removed) and `{+…+}` (added): braces never stand in a rule file's
//! values, so a range keeps its own brackets readable (`range = "[{-60-}{+50+}%, 80%)"`, not
//! `[[-60-]%`), and they read the same without colour.

use similar::{ChangeTag, DiffOp, TextDiff};

/// A unified-style diff of `a` and `b` (3 lines of context), changed words marked `{-…-}`
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
        for line in marked(&diff, &group) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// The changed lines of a script, one line of context around each change, each group headed
/// by the line it starts at in the new text: `(line, lines)`; empty when the texts are equal.
pub fn line_changes(a: &str, b: &str) -> Vec<(usize, Vec<String>)> {
    let diff = TextDiff::from_lines(a, b);
    diff.grouped_ops(1)
        .iter()
        .filter_map(|group| {
            let first = group.first()?;
            Some((first.new_range().start + 1, marked(&diff, group)))
        })
        .collect()
}

/// The changed lines of two texts only, no context, each signed `-` or `+` with its changed
/// words marked `{-…-}` / `{+…+}`: `regress`'s per-case diff (tester s7 F6: it marked
/// deletions `[-…-]`, this module `{-…-}`; one renderer now).
pub fn changed_lines(a: &str, b: &str) -> String {
    let diff = TextDiff::from_lines(a, b);
    let mut out = String::new();
    for group in diff.grouped_ops(0) {
        for line in marked(&diff, &group) {
            if !line.starts_with(' ') {
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    out
}

/// Each line of `group`, signed `-`, `+` or ` `, its changed words marked.
fn marked(diff: &TextDiff<'_, '_, str>, group: &[DiffOp]) -> Vec<String> {
    let mut out = Vec::new();
    for op in group {
        for change in diff.iter_inline_changes(op) {
            let mut line = String::new();
            line.push(match change.tag() {
                ChangeTag::Delete => '-',
                ChangeTag::Insert => '+',
                ChangeTag::Equal => ' ',
            });
            for (emphasized, value) in change.iter_strings_lossy() {
                let value = value.trim_end_matches(['\n', '\r']);
                match (emphasized, change.tag()) {
                    (true, ChangeTag::Delete) => line.push_str(&format!("{{-{value}-}}")),
                    (true, ChangeTag::Insert) => line.push_str(&format!("{{+{value}+}}")),
                    _ => line.push_str(value),
                }
            }
            out.push(line);
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
        // The marks cannot be read as the range's own brackets (#16).
        assert!(d.contains("-range = \"[{-60-}%, 80%)\""), "{d}");
        assert!(d.contains("+range = \"[{+50+}%, 80%)\""), "{d}");
        assert!(!d.contains("[["), "{d}");
        assert!(text_diff("a", "same\n", "b", "same\n").is_empty());
    }

    #[test]
    fn a_scripts_changed_lines_with_their_line_number() {
        let a = "fn f() {\n    let x = 1;\n    x\n}\n";
        let b = "fn f() {\n    let x = 1;\n    let note = \"零\";\n    x\n}\n";
        let groups = line_changes(a, b);
        assert_eq!(groups.len(), 1, "{groups:?}");
        let (line, lines) = &groups[0];
        assert_eq!(*line, 2);
        assert_eq!(
            lines,
            &["     let x = 1;", "+    let note = \"零\";", "     x",]
        );
        assert!(line_changes(a, a).is_empty());
    }
}
