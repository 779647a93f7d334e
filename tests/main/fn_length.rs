//! No function of `src/` over about 100 lines (#14): a long function is split into named steps
//! that read as the stage they are. Measured on the production code: a file's lines before its
//! `#[cfg(test)]` module, `tests.rs` files left out. A function runs from its `fn` line to the
//! first line that is its indentation followed by `}` (what `cargo fmt` writes).

use std::path::Path;

/// The most lines a function may have.
const MAX_LINES: usize = 100;

/// Functions allowed to be longer, as `path::name` with the reason. Remove an entry when its
/// function is split; add one only with a reason a reviewer would accept.
const ALLOWED: &[(&str, &str)] = &[(
    "src/outcome.rs::meaning",
    "one arm per finding code, each its one-line meaning: a table, longer with every code",
)];

/// The name of the function a line declares (`pub(crate) const fn name…`), if it declares one.
fn declared_fn(line: &str) -> Option<&str> {
    let mut rest = line.trim_start();
    if let Some(r) = rest.strip_prefix("pub") {
        rest = match r.strip_prefix('(') {
            Some(r) => r.split_once(") ")?.1,
            None => r.strip_prefix(' ')?,
        };
    }
    for word in ["const ", "async ", "unsafe "] {
        rest = rest.strip_prefix(word).unwrap_or(rest);
    }
    let rest = rest.strip_prefix("fn ")?;
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// Every function of a file's production code: (name, line of its `fn`, length in lines).
fn functions(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let Some(name) = declared_fn(line) else {
            continue;
        };
        let indent = &line[..line.len() - line.trim_start().len()];
        let close = format!("{indent}}}");
        if let Some(j) = (i + 1..lines.len()).find(|&j| lines[j] == close) {
            out.push((name.to_owned(), i + 1, j - i + 1));
        }
    }
    out
}

#[test]
fn measures_functions_as_written() {
    let text = "fn short() {\n    a();\n}\n\npub(crate) fn two() -> u8 {\n    if x {\n    }\n    1\n}\n\
                #[cfg(test)]\nmod tests {\n    fn ignored() {\n    }\n}\n";
    assert_eq!(
        functions(text),
        vec![("short".to_owned(), 1, 3), ("two".to_owned(), 5, 5)]
    );
    assert_eq!(declared_fn("    pub const fn f<T>(x: T)"), Some("f"));
    assert_eq!(declared_fn("    let f = fn_ptr;"), None);
}

#[test]
fn no_function_in_src_is_over_100_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    crate::common::rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut long = Vec::new();
    let mut seen = 0;
    for f in &files {
        if f.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let rel = f
            .strip_prefix(root)
            .unwrap()
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let text = std::fs::read_to_string(f).unwrap();
        for (name, line, len) in functions(&text) {
            seen += 1;
            let key = format!("{rel}::{name}");
            if len > MAX_LINES && !ALLOWED.iter().any(|(k, _)| *k == key) {
                long.push(format!(
                    "{rel}:{line}: `{name}` is {len} lines (at most {MAX_LINES}): split it into \
                     named steps that read as the stage they are, or add `{key}` to ALLOWED in \
                     tests/main/fn_length.rs with the reason it must stay long"
                ));
            }
        }
    }
    assert!(seen > 500, "found only {seen} functions under src/");
    assert!(long.is_empty(), "functions too long:\n{}", long.join("\n"));
}
