//! `--help` in Chinese, wrapped by display width (#16). clap wraps help text at ASCII spaces
//! only, so a Chinese sentence (no spaces) ran past the terminal's edge and the terminal broke
//! it at column 0, losing the indent. The Chinese help is rendered unwrapped
//! (`term_width(0)`) and wrapped here: a CJK character counts two columns, a line may break
//! between CJK characters or at a space (never before `，。）` and the like, never after `（`),
//! and every continuation line is indented to the column where that line's help text starts.

use unicode_width::UnicodeWidthChar;

/// The width help is wrapped to, as clap picks it: the terminal's, else `COLUMNS`, else 100.
pub fn width() -> usize {
    terminal_size::terminal_size()
        .map(|(w, _)| usize::from(w.0))
        .or_else(|| std::env::var("COLUMNS").ok()?.trim().parse().ok())
        .filter(|w| *w > 0)
        .unwrap_or(100)
}

/// `text` with every line wider than `width` columns broken, continuation lines aligned.
pub fn help(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        out.push_str(&wrap_line(body, width).join("\n"));
        out.push_str(end);
    }
    out
}

/// One piece of a line: a character, or an ANSI escape sequence (no width).
#[derive(Clone, Copy)]
struct Piece<'a> {
    text: &'a str,
    width: usize,
    ch: Option<char>,
}

fn pieces(line: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let len = if c == '\x1b' {
            rest.find('m').map_or(rest.len(), |i| i + 1)
        } else {
            c.len_utf8()
        };
        let (text, tail) = rest.split_at(len);
        let escape = c == '\x1b';
        out.push(Piece {
            text,
            width: if escape { 0 } else { c.width().unwrap_or(0) },
            ch: (!escape).then_some(c),
        });
        rest = tail;
    }
    out
}

/// The display column where the line's help text starts: after the first run of two or more
/// spaces that follows other text (an option's name), else after the leading spaces (and a
/// list item's `- `, see [`wrap_line`]).
fn help_column(pieces: &[Piece]) -> usize {
    let mut col = 0;
    let mut seen_text = false;
    let mut spaces = 0;
    let mut leading = None;
    for p in pieces {
        match p.ch {
            Some(' ') => spaces += 1,
            Some(_) => {
                if leading.is_none() {
                    leading = Some(col);
                }
                if seen_text && spaces >= 2 {
                    return col;
                }
                seen_text = true;
                spaces = 0;
            }
            None => {}
        }
        col += p.width;
    }
    leading.unwrap_or(0)
}

/// Characters a line may not start with (closing marks and punctuation).
fn no_start(c: char) -> bool {
    "，。、；：！？）》」』】”’,.;:!?)]}".contains(c)
}

/// Characters a line may not end with (opening marks).
fn no_end(c: char) -> bool {
    "（《「『【“‘([{".contains(c)
}

fn wide(c: char) -> bool {
    c.width() == Some(2)
}

/// May the line break between `a` and `b`?
fn breaks_between(a: char, b: char) -> bool {
    if b == ' ' || no_start(b) || no_end(a) {
        return false;
    }
    a == ' ' || wide(a) || wide(b)
}

fn wrap_line(line: &str, width: usize) -> Vec<String> {
    let pieces = pieces(line);
    let total: usize = pieces.iter().map(|p| p.width).sum();
    if total <= width {
        return vec![line.to_owned()];
    }
    let mut indent = help_column(&pieces);
    // A list item (`- xlsx：…`, clap's possible values) continues under its text.
    if line.get(indent..).is_some_and(|t| t.starts_with("- ")) {
        indent += 2;
    }
    // Keep at least 20 columns for the text; a terminal narrower than that gets a small
    // indent rather than none.
    if indent + 20 > width {
        indent = indent.min(8).min(width / 4);
    }
    let pad = " ".repeat(indent);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut col = 0;
    // Where the current line may be cut: byte length of `current` and the piece index after it.
    let mut cut: Option<(usize, usize)> = None;
    let mut i = 0;
    let mut prev: Option<char> = None;
    let mut text_started = false;
    while let Some(p) = pieces.get(i) {
        if let (Some(a), Some(b)) = (prev, p.ch)
            && text_started
            && breaks_between(a, b)
        {
            cut = Some((current.len(), i));
        }
        if col + p.width > width && col > indent {
            let (at, next) = cut
                .filter(|(at, _)| *at > indent)
                .unwrap_or((current.len(), i));
            let head = current[..at].trim_end().to_owned();
            lines.push(head);
            current = pad.clone();
            col = indent;
            cut = None;
            prev = None;
            i = next;
            // A continuation line does not start with the space it broke at.
            while pieces.get(i).is_some_and(|p| p.ch == Some(' ')) {
                i += 1;
            }
            continue;
        }
        current.push_str(p.text);
        col += p.width;
        if p.ch.is_some() {
            prev = p.ch;
        }
        if col > indent {
            text_started = true;
        }
        i += 1;
    }
    lines.push(current);
    lines
}

#[cfg(test)]
mod tests {
    use super::help;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn a_long_chinese_help_line_breaks_within_the_width_aligned_to_its_help_column() {
        let line = "      --points <POINTS>              按谁的分值评分：`form`，按表上填写的分值（复核自评表）；`rules`，按规则的一级指标权重和预算执行率分值，分摊到各级指标";
        let out = help(line, 80);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.len() > 1, "{out}");
        for l in &lines {
            assert!(l.width() <= 80, "{l}");
        }
        for l in &lines[1..] {
            assert!(l.starts_with(&" ".repeat(37)), "{l}");
            assert!(!l[37..].starts_with(' '), "{l}");
            // No line starts with a closing mark.
            assert!(!l.trim_start().starts_with(['，', '）', '；']), "{l}");
        }
        // Nothing is lost or added but the breaks and the indent.
        let joined: String = out.split_whitespace().collect();
        let original: String = line.split_whitespace().collect();
        assert_eq!(joined, original);
    }

    #[test]
    fn lines_that_fit_and_next_line_help_stay_as_they_are() {
        let text = "用法: jixiao score [OPTIONS]\n\n          含自评表的文件\n";
        assert_eq!(help(text, 80), text);
        let long = format!("          {}", "含自评表的文件".repeat(12));
        let out = help(&long, 60);
        assert!(
            out.lines()
                .all(|l| l.starts_with("          ") && l.width() <= 60),
            "{out}"
        );
    }
}
