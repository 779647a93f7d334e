//! The provenance table of a rule set: every rule with the policy it cites, where that text
//! comes from, and whether the rule is quoted, inferred or assumed (issue #17). Written into
//! docs/rules/<id>.md, where a test keeps it equal to what the rule files say.

use crate::model::{Policy, RuleSet};

/// Markdown rows: rule key, the rule in words, policy id, the policy's source, provenance.
pub fn provenance_table(rules: &RuleSet) -> String {
    let mut out = String::from(
        "| rule | what it says | policy (`ref`) | where the policy text comes from | source |\n|---|---|---|---|---|\n",
    );
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let policy = |id: &Option<String>| -> Option<&Policy> {
        id.as_ref()
            .and_then(|id| rules.policies.iter().find(|p| &p.id == id))
    };
    let mut rows: Vec<(String, String, &crate::model::RuleRef)> = rules
        .rule_items()
        .into_iter()
        .chain(rules.table_items())
        .map(|i| (i.rule.key.clone(), i.label.to_string(), i.rule))
        .collect();
    if let Some(s) = &rules.scripts {
        rows.extend(s.scripts.iter().map(|s| {
            (
                s.rule.key.clone(),
                format!("script `{}`", s.source.name),
                &s.rule,
            )
        }));
    }
    for (key, label, rule) in rows {
        let p = policy(&rule.policy);
        out.push_str(&format!(
            "| `{key}` | {} | {} | {} | {} |\n",
            cell(&label),
            rule.policy
                .as_deref()
                .map_or("—".into(), |p| format!("`{p}`")),
            p.map_or("—".into(), |p| cell(&p.source)),
            rule.source.map_or("**not said**", |s| s.name()),
        ));
    }
    out
}
