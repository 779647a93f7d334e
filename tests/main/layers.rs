//! The module layering (docs/architecture.md): no module of `src/` imports one that stands
//! after it in the pipeline. Checked on the `crate::…` paths of the production code (test
//! modules may use anything), so a new edge against the order fails here with the file.

use std::collections::BTreeSet;
use std::path::Path;

/// The layers, first to last: a module may use the modules of earlier layers and of its own.
/// `model` (with the compiled scripts a rule set holds) and `outcome` are the data validation
/// and evaluation hand on, so they sit below both the stage that builds them and the stages
/// that read them.
const LAYERS: &[&[&str]] = &[
    &["source", "value", "allocator", "i18n"],
    &["diagnostic"],
    &["load"],
    &["import", "generate"],
    &["model", "script", "outcome"],
    &["validate"],
    &["evaluate"],
    &["compare", "regress"],
    &["render"],
    &["pipeline"],
    &["watch"],
    &["cli"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The production code of a file: the text before its `#[cfg(test)]` module, without
/// `//` comments.
fn production(text: &str) -> String {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    code.lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `crate::<module>` a file of `module` names that stands after it: `file: a -> b`.
fn violations(module: &str, file: &str, text: &str) -> Vec<String> {
    let Some(own) = layer(module) else {
        return vec![format!(
            "{file}: module `{module}` is in no layer of LAYERS"
        )];
    };
    let code = production(text);
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        match layer(&name) {
            Some(l) if l > own => {
                found.insert(format!("{file}: {module} -> {name}"));
            }
            Some(_) => {}
            None => {
                found.insert(format!("{file}: `crate::{name}` is in no layer of LAYERS"));
            }
        }
    }
    found.into_iter().collect()
}

#[test]
fn no_module_imports_one_that_stands_after_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    crate::common::rust_files(&src, &mut files);
    files.sort();
    let mut all = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let module = first.trim_end_matches(".rs");
        // The crate root and the binary name every module; a `tests.rs` is a test module.
        if ["lib", "main"].contains(&module) || rel.ends_with("tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(f).unwrap();
        all.extend(violations(module, &rel.display().to_string(), &text));
    }
    assert!(
        all.is_empty(),
        "imports against the layering:\n{}",
        all.join("\n")
    );
}

#[test]
fn every_module_of_the_crate_is_in_a_layer() {
    let lib =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let modules: BTreeSet<&str> = lib
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod "))
        .map(|m| m.trim_end_matches(';'))
        .collect();
    let layered: BTreeSet<&str> = LAYERS.iter().flat_map(|l| l.iter().copied()).collect();
    assert_eq!(modules, layered);
}

#[test]
fn an_import_against_the_order_is_found() {
    let text = "use crate::model::Case;\n// crate::cli in a comment\nfn f() { crate::evaluate::evaluate(); }\n#[cfg(test)]\nmod tests { use crate::cli; }\n";
    assert_eq!(
        violations("validate", "validate/x.rs", text),
        ["validate/x.rs: validate -> evaluate"]
    );
    assert!(violations("evaluate", "evaluate/x.rs", text).is_empty());
}
