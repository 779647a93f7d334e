//! The catalogs agree: every id in both languages with the same arguments, every id the
//! source uses present, and rendering as the engine relies on (no isolation marks).

use super::*;
use std::collections::{BTreeMap, BTreeSet};

/// Each message of a catalog text with the `$arguments` it uses (its value and attributes).
fn entries(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts_entry && let Some((id, _)) = line.split_once('=') {
            current = Some(id.trim().to_owned());
            out.entry(id.trim().to_owned()).or_default();
        } else if !line.starts_with([' ', '}']) && !line.is_empty() {
            // A select expression's closing `}` may stand at the line's start and the
            // message go on after it (`}, { $warnings ->`).
            current = None;
        }
        let Some(id) = &current else { continue };
        let mut rest = line;
        while let Some(at) = rest.find('$') {
            rest = &rest[at + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if let Some(args) = out.get_mut(id) {
                args.insert(name);
            }
        }
    }
    out
}

#[test]
fn catalogs_parse_in_both_languages() {
    for (name, en, zh) in CATALOGS {
        for (lang, text) in [("en", en), ("zh", zh)] {
            if let Err((_, errors)) = FluentResource::try_new((*text).to_owned()) {
                panic!("i18n/{lang}/{name}.ftl does not parse: {errors:?}");
            }
        }
    }
}

#[test]
fn every_message_exists_in_both_languages_with_the_same_arguments() {
    let mut problems = Vec::new();
    for (name, en, zh) in CATALOGS {
        let (en, zh) = (entries(en), entries(zh));
        for (id, args) in &en {
            match zh.get(id) {
                None => problems.push(format!("{name}: `{id}` is in en only")),
                Some(z) if z != args => problems.push(format!(
                    "{name}: `{id}` takes {args:?} in en but {z:?} in zh"
                )),
                Some(_) => {}
            }
        }
        for id in zh.keys().filter(|id| !en.contains_key(*id)) {
            problems.push(format!("{name}: `{id}` is in zh only"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_id_is_defined_twice() {
    for lang in Lang::ALL {
        let mut seen = BTreeSet::new();
        for (name, en, zh) in CATALOGS {
            let text = if lang == Lang::Zh { zh } else { en };
            for id in entries(text).keys() {
                assert!(seen.insert(id.clone()), "`{id}` twice ({name}, {lang:?})");
            }
        }
    }
}

/// Every `msg!("id"` in `src/` names a message of the catalogs.
#[test]
fn every_id_the_source_uses_exists() {
    let known: BTreeSet<String> = CATALOGS
        .iter()
        .flat_map(|(_, en, _)| entries(en).into_keys())
        .collect();
    let mut missing = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().is_none_or(|x| x != "rs") || p.ends_with("i18n/tests.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            for (at, _) in text.match_indices("msg!(") {
                let rest = text[at + 5..].trim_start();
                let Some(rest) = rest.strip_prefix('"') else {
                    continue;
                };
                let id = rest.split('"').next().unwrap_or("");
                if !known.contains(id) && id != "id" {
                    missing.push(format!("{}: `{id}`", p.display()));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "ids missing from the catalogs:\n{}",
        missing.join("\n")
    );
}

#[test]
fn renders_arguments_without_isolation_marks_and_nested_messages_in_the_same_language() {
    let m = crate::i18n::msg!("finding-hint-did-you-mean", suggestion = "产出指标");
    assert_eq!(m.render(Lang::En), " (did you mean `产出指标`?)");
    assert_eq!(m.render(Lang::Zh), "（是否应为“产出指标”？）");
    assert!(!m.render(Lang::En).contains('\u{2068}'));
    let unknown = Message::new("no-such-id").arg("x", "1");
    assert_eq!(unknown.render(Lang::En), "no-such-id(x=1)");
}

#[test]
fn language_tags_as_users_write_them() {
    assert_eq!(Lang::from_tag("zh_CN.UTF-8"), Some(Lang::Zh));
    assert_eq!(Lang::from_tag("EN-us"), Some(Lang::En));
    assert_eq!(Lang::from_tag("中文"), Some(Lang::Zh));
    assert_eq!(Lang::from_tag("fr"), None);
    assert_eq!(resolve(Some(Lang::En)), Lang::En);
}

#[test]
fn counts_choose_plural_forms() {
    let one = crate::i18n::msg!("finding-import-guessed", count = 1usize).render(Lang::En);
    let two = crate::i18n::msg!("finding-import-guessed", count = 2usize).render(Lang::En);
    assert!(one.contains("read 1 thing in"), "{one}");
    assert!(two.contains("read 2 things in"), "{two}");
}

/// #16: `skipped 1 cells of text`: an English count followed by a plural noun outside a
/// plural selector says `1 cells`. Every such count chooses its form
/// (`{ $count -> [one] { $count } cell *[other] { $count } cells }`).
#[test]
fn english_counts_before_a_noun_choose_singular_or_plural() {
    const NOUNS: &[&str] = &[
        "cells",
        "forms",
        "cases",
        "files",
        "parameters",
        "times",
        "rules",
        "tables",
        "entries",
        "bytes",
        "lines",
        "spellings",
        "rows",
        "columns",
        "errors",
        "warnings",
        "items",
    ];
    let mut bare = Vec::new();
    for (name, en, _) in CATALOGS {
        for line in en.lines() {
            let variant = line.trim_start().starts_with('[') || line.trim_start().starts_with("*[");
            if variant || line.trim_start().starts_with('#') {
                continue;
            }
            // Two-word nouns (`rule sets`, `case files`) are checked by their first word.
            let line = line
                .replace("} rule sets", "} rules")
                .replace("} case files", "} files");
            let mut rest = line.as_str();
            while let Some(at) = rest.find("{ $") {
                let after = &rest[at..];
                let Some(close) = after.find(" } ") else {
                    break;
                };
                let word: String = after[close + 3..]
                    .chars()
                    .take_while(char::is_ascii_alphabetic)
                    .collect();
                if NOUNS.contains(&word.as_str()) {
                    bare.push(format!("{name}.ftl: {line}"));
                    break;
                }
                rest = &after[close + 2..];
            }
        }
    }
    assert!(
        bare.is_empty(),
        "counts with a plural noun always:\n{}",
        bare.join("\n")
    );
    let skipped = |n: usize| {
        crate::i18n::msg!("import-skipped-before-first-form", count = n).render(Lang::En)
    };
    assert_eq!(skipped(1), "skipped 1 cell of text before the first form");
    assert_eq!(
        skipped(18),
        "skipped 18 cells of text before the first form"
    );
}

/// #16: `按Word 文档读取`: an argument that starts or ends with a Latin word is spaced from
/// the Chinese around it; an argument in Chinese, a code span or form text is not touched.
#[test]
fn chinese_is_spaced_from_a_latin_word_where_an_argument_meets_it() {
    let read_as = |format: Message| {
        crate::i18n::msg!("import-read-as", name = "a.docx", format = format).render(Lang::Zh)
    };
    assert_eq!(
        read_as(crate::i18n::msg!("import-format-docx")),
        "`a.docx`：按 Word 文档（其中的表格）读取"
    );
    assert_eq!(
        read_as(crate::i18n::msg!("import-format-html")),
        "`a.docx`：按网页（其中的表格）读取"
    );
    assert_eq!(
        crate::i18n::msg!("import-read-as", name = "a.txt", format = "GBK").render(Lang::Zh),
        "`a.txt`：按 GBK 读取"
    );
    // What a catalog writes next to a Latin word it spells itself is left alone.
    assert_eq!(space_at_seams("Excel 工作簿"), "Excel 工作簿");
    assert_eq!(space_at_seams("文件\u{2068}a\u{2069}"), "文件 a");
    assert_eq!(space_at_seams("“\u{2068}a\u{2069}”"), "“a”");
}

#[test]
fn form_text_is_quoted_and_lists_joined_as_each_language_writes_them() {
    let m = crate::i18n::msg!(
        "import-note-label-alone",
        label = crate::i18n::quoted("经济效益指标")
    );
    assert!(m.render(Lang::En).contains("label \"经济效益指标\" stands"));
    assert!(
        m.render(Lang::Zh)
            .contains("指标名称“经济效益指标”单独占一行")
    );
    let cols = crate::i18n::list([
        crate::i18n::msg!("import-column-level3"),
        crate::i18n::msg!("import-column-target"),
    ]);
    let m = crate::i18n::msg!("import-note-indicator-columns", columns = cols);
    assert!(m.render(Lang::En).ends_with(": level3, target"));
    assert!(m.render(Lang::Zh).ends_with("：三级指标、年度指标值"));
}

#[test]
fn a_message_is_catalog_only_when_no_part_of_it_is_verbatim() {
    assert!(crate::i18n::msg!("import-note-second-total").is_catalog());
    assert!(!Message::verbatim("x").is_catalog());
    let nested = crate::i18n::msg!(
        "import-note-no-shape",
        cells = 2usize,
        what = Message::from("x")
    );
    assert!(!nested.is_catalog());
    let listed = crate::i18n::msg!(
        "import-note-funds-columns",
        columns = crate::i18n::list([Message::verbatim("x")])
    );
    assert!(!listed.is_catalog());
}
