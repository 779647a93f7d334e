//! A pre-pass over the raw TOML of a rule or case file that reports EVERY unknown key at once,
//! each at its own line and column with "did you mean". serde's `deny_unknown_fields` stops at
//! the first one, which would make an author fix a file one typo per run.

use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::source::Source;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The keys allowed in a table (or in each table of an array of tables).
#[derive(Debug, Clone, Copy)]
pub enum Schema {
    /// Anything: a leaf value, or a table whose keys are free (`params`).
    Any,
    /// A table with these keys.
    Table(&'static [(&'static str, Schema)]),
    /// A table whose keys are free names, each holding a table of this schema (`[policy.*]`).
    Map(&'static Schema),
}

const ROUND: Schema = Schema::Table(&[
    ("ref", Schema::Any),
    ("places", Schema::Any),
    ("mode", Schema::Any),
    ("source", Schema::Any),
]);
const FORMULA: Schema = Schema::Table(&[
    ("ref", Schema::Any),
    ("source", Schema::Any),
    ("kind", Schema::Any),
    ("zero_at", Schema::Any),
    ("deduct", Schema::Any),
]);

/// The keys of a rule file (`rules/<id>/rules.toml`), as [`crate::load::raw_rules`] reads them.
pub const RULES: Schema = Schema::Table(&[
    (
        "rule_set",
        Schema::Table(&[
            ("id", Schema::Any),
            ("title", Schema::Any),
            ("jurisdiction", Schema::Any),
            ("year", Schema::Any),
            ("description", Schema::Any),
            ("extends", Schema::Any),
            ("scripts_inherit", Schema::Any),
        ]),
    ),
    (
        "policy",
        Schema::Map(&Schema::Table(&[
            ("source", Schema::Any),
            ("text", Schema::Any),
            ("assumed", Schema::Any),
        ])),
    ),
    (
        "weights",
        Schema::Table(&[
            ("ref", Schema::Any),
            ("source", Schema::Any),
            ("adjustable", Schema::Any),
            ("total", Schema::Any),
            (
                "level1",
                Schema::Table(&[
                    ("ref", Schema::Any),
                    ("name", Schema::Any),
                    ("aliases", Schema::Any),
                    ("points", Schema::Any),
                ]),
            ),
        ]),
    ),
    (
        "execution",
        Schema::Table(&[
            ("ref", Schema::Any),
            ("source", Schema::Any),
            ("label", Schema::Any),
            ("points", Schema::Any),
            ("method", Schema::Any),
            ("denominator", Schema::Any),
            ("full_at", Schema::Any),
            ("deduct_per_point", Schema::Any),
            ("explain_below", Schema::Any),
            (
                "bands",
                Schema::Table(&[("from", Schema::Any), ("score", Schema::Any)]),
            ),
            ("explain_adjustment_above", Schema::Any),
            ("within", Schema::Any),
            ("rounding", ROUND),
        ]),
    ),
    (
        "qualitative",
        Schema::Table(&[
            ("ref", Schema::Any),
            ("source", Schema::Any),
            ("accept_reported_in_band", Schema::Any),
            (
                "bands",
                Schema::Table(&[
                    ("ref", Schema::Any),
                    ("source", Schema::Any),
                    ("label", Schema::Any),
                    ("aliases", Schema::Any),
                    ("range", Schema::Any),
                    ("score_at", Schema::Any),
                ]),
            ),
        ]),
    ),
    (
        "quantitative",
        Schema::Table(&[
            ("ref", Schema::Any),
            ("source", Schema::Any),
            ("positive", FORMULA),
            ("reverse", FORMULA),
            ("equal", FORMULA),
            ("bare_target", Schema::Any),
            (
                "bare_target_by_level2",
                Schema::Table(&[
                    ("ref", Schema::Any),
                    ("source", Schema::Any),
                    ("level2", Schema::Any),
                    ("direction", Schema::Any),
                ]),
            ),
            ("qualitative_actual", Schema::Any),
            (
                "zero_target",
                Schema::Table(&[
                    ("ref", Schema::Any),
                    ("source", Schema::Any),
                    ("kind", Schema::Any),
                ]),
            ),
            (
                "far_exceeded",
                Schema::Table(&[
                    ("ref", Schema::Any),
                    ("source", Schema::Any),
                    ("at", Schema::Any),
                    ("action", Schema::Any),
                    ("cut", Schema::Any),
                ]),
            ),
        ]),
    ),
    (
        "indicators",
        Schema::Table(&[
            ("ref", Schema::Any),
            ("source", Schema::Any),
            ("not_applicable", Schema::Any),
            ("shared_points", Schema::Any),
            ("explain_below_points", Schema::Any),
        ]),
    ),
    (
        "rounding",
        Schema::Table(&[
            ("ref", Schema::Any),
            ("source", Schema::Any),
            ("indicator", ROUND),
            ("total", ROUND),
        ]),
    ),
    (
        "grades",
        Schema::Table(&[
            ("ref", Schema::Any),
            ("source", Schema::Any),
            (
                "levels",
                Schema::Table(&[
                    ("ref", Schema::Any),
                    ("name", Schema::Any),
                    ("min", Schema::Any),
                ]),
            ),
            ("optional", Schema::Any),
        ]),
    ),
    (
        "script_limits",
        Schema::Table(&[
            ("ref", Schema::Any),
            ("max_operations", Schema::Any),
            ("max_call_levels", Schema::Any),
            ("max_expr_depth", Schema::Any),
            ("max_string_size", Schema::Any),
            ("max_array_size", Schema::Any),
            ("max_map_size", Schema::Any),
            ("max_variables", Schema::Any),
            ("timeout_ms", Schema::Any),
        ]),
    ),
    (
        "scripts",
        Schema::Table(&[
            ("ref", Schema::Any),
            ("source", Schema::Any),
            ("file", Schema::Any),
            ("hooks", Schema::Any),
            ("params", Schema::Any),
            (
                "when",
                Schema::Table(&[
                    ("level1", Schema::Any),
                    ("level2", Schema::Any),
                    ("target_kind", Schema::Any),
                    ("actual_kind", Schema::Any),
                    ("target_value", Schema::Any),
                    ("has_deduction", Schema::Any),
                    ("execution_rate", Schema::Any),
                ]),
            ),
        ]),
    ),
]);

/// The keys of a case file, as [`crate::load::raw_case`] reads them.
pub const CASE: Schema = Schema::Table(&[
    (
        "form",
        Schema::Table(&[
            ("source", Schema::Any),
            ("index", Schema::Any),
            ("constructed", Schema::Any),
            ("rules", Schema::Any),
            ("incomplete", Schema::Any),
            ("import_notes", Schema::Any),
        ]),
    ),
    (
        "header",
        Schema::Table(&[
            ("title", Schema::Any),
            ("year", Schema::Any),
            ("project", Schema::Any),
            ("department", Schema::Any),
            ("unit", Schema::Any),
        ]),
    ),
    (
        "funds",
        Schema::Table(&[
            ("label", Schema::Any),
            ("initial_budget", Schema::Any),
            ("full_year_budget", Schema::Any),
            ("spent", Schema::Any),
            ("points", Schema::Any),
            ("rate", Schema::Any),
            ("score", Schema::Any),
            ("cells", Schema::Any),
        ]),
    ),
    (
        "goals",
        Schema::Table(&[("expected", Schema::Any), ("actual", Schema::Any)]),
    ),
    (
        "indicators",
        Schema::Table(&[
            ("level1", Schema::Any),
            ("level2", Schema::Any),
            ("level3", Schema::Any),
            ("nature", Schema::Any),
            ("target", Schema::Any),
            ("actual", Schema::Any),
            ("points", Schema::Any),
            ("score", Schema::Any),
            ("deduction", Schema::Any),
            ("deviation", Schema::Any),
            ("shares_points", Schema::Any),
            ("cells", Schema::Any),
        ]),
    ),
    (
        "total",
        Schema::Table(&[
            ("points", Schema::Any),
            ("score", Schema::Any),
            ("cells", Schema::Any),
        ]),
    ),
    ("notes", Schema::Any),
    (
        "expect",
        Schema::Table(&[
            ("total", Schema::Any),
            ("grade", Schema::Any),
            ("findings", Schema::Any),
        ]),
    ),
]);

/// An unknown key: its dotted path, the key, its span, and the keys valid in its table.
struct Unknown {
    path: String,
    key: String,
    span: Range<usize>,
    valid: Vec<&'static str>,
}

/// Every key of `text` that `schema` does not know, as `code` diagnostics (none when the text
/// is not TOML: the parser reports that). `locate` maps spans back to the files they came from.
pub fn unknown_keys(
    code: &'static str,
    text: &str,
    schema: Schema,
    locate: &dyn Fn(Range<usize>) -> (Source, Range<usize>),
) -> Vec<Diagnostic> {
    let Ok(root) = DeTable::parse(text) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    walk_table(root.get_ref(), "", schema, &mut found);
    found.sort_by_key(|u| u.span.start);
    found
        .into_iter()
        .map(|u| {
            let help = match did_you_mean(&u.key, u.valid.iter().copied()) {
                Some(m) => format!("did you mean `{m}`?"),
                None => format!("valid keys here: {}", u.valid.join(", ")),
            };
            let place = if u.path.is_empty() {
                "at the top level".to_owned()
            } else {
                format!("in `[{}]`", u.path)
            };
            let (src, span) = locate(u.span);
            Diagnostic::error(code, format!("unknown key `{}` {place}", u.key))
                .at(&src, span)
                .help(help)
        })
        .collect()
}

fn walk_table(t: &DeTable, path: &str, schema: Schema, out: &mut Vec<Unknown>) {
    let keys = match schema {
        Schema::Any => return,
        Schema::Map(inner) => {
            for (k, v) in t.iter() {
                walk_value(v, &join(path, k.get_ref()), *inner, out);
            }
            return;
        }
        Schema::Table(keys) => keys,
    };
    for (k, v) in t.iter() {
        match keys.iter().find(|(name, _)| *name == k.get_ref()) {
            Some((_, inner)) => walk_value(v, &join(path, k.get_ref()), *inner, out),
            None => out.push(Unknown {
                path: path.to_owned(),
                key: k.get_ref().to_string(),
                span: k.span(),
                valid: keys.iter().map(|(n, _)| *n).collect(),
            }),
        }
    }
}

fn walk_value(v: &Spanned<DeValue>, path: &str, schema: Schema, out: &mut Vec<Unknown>) {
    match v.get_ref() {
        DeValue::Table(t) => walk_table(t, path, schema, out),
        DeValue::Array(items) => {
            for item in items.iter() {
                if let DeValue::Table(t) = item.get_ref() {
                    walk_table(t, path, schema, out);
                }
            }
        }
        _ => {}
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    /// Every table of a schema with its TOML path (`weights.level1`, `policy.x`).
    fn tables(schema: &Schema, path: String, out: &mut Vec<(String, Vec<&'static str>)>) {
        match schema {
            Schema::Any => {}
            Schema::Map(inner) => tables(inner, format!("{path}.x"), out),
            Schema::Table(keys) => {
                out.push((path.clone(), keys.iter().map(|(k, _)| *k).collect()));
                for (k, sub) in keys.iter() {
                    let p = if path.is_empty() {
                        (*k).to_owned()
                    } else {
                        format!("{path}.{k}")
                    };
                    tables(sub, p, out);
                }
            }
        }
    }

    /// The key lists here must be the serde mirrors' fields: a misspelt key in a table serde
    /// rejects lists the fields serde knows, and those must be the schema's keys.
    fn schema_matches_serde<T: std::fmt::Debug>(
        schema: &Schema,
        parse: fn(&str) -> Result<T, toml::de::Error>,
    ) {
        let mut all = Vec::new();
        tables(schema, String::new(), &mut all);
        for (path, mut keys) in all.into_iter().filter(|(p, _)| !p.is_empty()) {
            // Any ancestor may be an array of tables (`[[scripts]]` before `[scripts.when]`).
            let parts: Vec<&str> = path.split('.').collect();
            let ancestors = parts.len() - 1;
            let mut tried = Vec::new();
            for arrays in 0..(1u32 << ancestors) {
                let mut head = String::new();
                for a in 0..ancestors {
                    if arrays & (1 << a) != 0 {
                        head.push_str(&format!("[[{}]]\n", parts[..=a].join(".")));
                    }
                }
                tried.push(format!("{head}[{path}]\nzz_unknown = 1\n"));
                tried.push(format!("{head}[[{path}]]\nzz_unknown = 1\n"));
            }
            let message = tried
                .iter()
                .filter_map(|t| parse(t).err().map(|e| e.message().to_owned()))
                .find(|m| m.starts_with("unknown field `zz_unknown`"))
                .unwrap_or_else(|| panic!("serde does not reject an unknown key in `{path}`"));
            let mut serde_keys: Vec<&str> = message
                .split_once("expected ")
                .map_or("", |(_, rest)| rest)
                .split(['`', ',', ' '])
                .filter(|w| !w.is_empty() && !["one", "of", "or"].contains(w))
                .collect();
            serde_keys.sort_unstable();
            keys.sort_unstable();
            assert_eq!(keys, serde_keys, "keys of `{path}`");
        }
    }

    #[test]
    fn rule_and_case_schemas_list_exactly_the_serde_fields() {
        schema_matches_serde(&RULES, crate::load::raw_rules::parse);
        schema_matches_serde(&CASE, crate::load::raw_case::parse);
    }

    #[test]
    fn reports_every_unknown_key_with_its_position() {
        let src = SourceFile::new(
            "c.toml",
            "[header]\nprojet = \"x\"\n\n[[indicators]]\nlevel1 = \"产出\"\npionts = \"10\"\n\n[[indicators]]\nscroe = \"1\"\n",
        );
        let ds = unknown_keys("case::unknown-key", &src.text, CASE, &|s| (src.clone(), s));
        let got: Vec<(String, usize, usize)> = ds
            .iter()
            .map(|d| {
                let (_, lc) = d.position().unwrap();
                (d.help.clone().unwrap(), lc.line, lc.column)
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("did you mean `project`?".to_owned(), 2, 1),
                ("did you mean `points`?".to_owned(), 6, 1),
                ("did you mean `score`?".to_owned(), 9, 1),
            ]
        );
    }

    #[test]
    fn shipped_rule_files_have_no_unknown_keys() {
        for id in crate::pipeline::Catalog::new("rules").ids() {
            let text = std::fs::read_to_string(format!("rules/{id}/rules.toml")).unwrap();
            let src = SourceFile::new("r.toml", text);
            let ds = unknown_keys("rules::unknown-key", &src.text, RULES, &|s| {
                (src.clone(), s)
            });
            assert!(ds.is_empty(), "{id}: {:?}", ds);
        }
    }
}
