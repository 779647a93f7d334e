//! Stage: load. What a child rule set's merge is told besides replaced lists (tester s18):
//! an empty table over a parent's that changes nothing (R1), and a rule the child changed that
//! still cites its parent's policy — the table's `ref`, its `source`, or a switch's `cites`
//! entry written in the parent's file (R2, R3, R7). Tables merge key by key, so those carry
//! over silently; each is a `rules::…` warning at the child's line naming the parent's.

use super::{Node, Origin};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::codes::RulesCode;
use crate::i18n::msg;
use crate::source::Source;

/// Keys that cite rather than rule.
const CITING: &[&str] = &["ref", "source", "cites"];

/// Tables that hold no rules: the rule set's own description and the policy texts.
const NOT_RULES: &[&str] = &["rule_set", "policy"];

/// One thing to say about a child's merge: where in the child, where in the parent, what.
pub(super) struct Said {
    at: Origin,
    parent_at: Origin,
    what: What,
}

enum What {
    /// `far_exceeded = {}` over the parent's `far_exceeded`: the table stays as it was.
    NoChange { name: String, key: String },
    /// Rules of `table` changed here under a `ref` (or `source`) written in the parent.
    Cite {
        table: String,
        keys: Vec<String>,
        cite: String,
    },
    /// `ref` changed here, `source` still the parent's.
    Source { table: String, source: String },
    /// A switch changed here whose `cites` entry is the parent's.
    Cites {
        table: String,
        key: String,
        policy: String,
    },
}

/// The nearest `ref` and `source` over a table, each with where it is written.
#[derive(Clone, Default)]
struct Cite {
    reference: Option<(String, Origin)>,
    source: Option<(String, Origin)>,
}

fn leaf(entries: &[(String, Node)], key: &str) -> Option<(String, Origin)> {
    entries.iter().find_map(|(k, n)| match n {
        Node::Leaf { text, origin } if k == key => Some((text.trim().to_owned(), origin.clone())),
        _ => None,
    })
}

fn table<'a>(entries: &'a [(String, Node)], key: &str) -> &'a [(String, Node)] {
    entries
        .iter()
        .find_map(|(k, n)| match n {
            Node::Table { entries, .. } if k == key => Some(entries.as_slice()),
            _ => None,
        })
        .unwrap_or_default()
}

fn dotted(path: &[String]) -> String {
    format!("[{}]", path.join("."))
}

impl Said {
    /// An empty child table `path` over a parent's table that has keys.
    pub(super) fn no_change(path: &[String], at: &Origin, parent_at: &Origin) -> Said {
        Said {
            at: at.clone(),
            parent_at: parent_at.clone(),
            what: What::NoChange {
                name: path.join("."),
                key: path.last().cloned().unwrap_or_default(),
            },
        }
    }

    /// The warning, at the child's line, naming the parent's file and line.
    pub(super) fn diagnostic(&self, files: &[Source]) -> Diagnostic {
        let (file, parent) = (&files[self.at.file], &files[self.parent_at.file]);
        let line = parent.line_col(self.parent_at.span.start).line;
        let parent_name = parent.name.clone();
        let (code, message, help) = match &self.what {
            What::NoChange { name, key } => (
                RulesCode::NoChange,
                msg!(
                    "rules-no-change",
                    name = name.clone(),
                    key = key.clone(),
                    parent = parent_name,
                    line = line
                ),
                msg!("rules-no-change-help", key = key.clone()),
            ),
            What::Cite { table, keys, cite } => (
                RulesCode::CiteInherited,
                msg!(
                    "rules-cite-inherited",
                    table = table.clone(),
                    keys = keys
                        .iter()
                        .map(|k| format!("`{k}`"))
                        .collect::<Vec<_>>()
                        .join(" "),
                    cite = cite.clone(),
                    parent = parent_name,
                    line = line
                ),
                msg!("rules-cite-inherited-help", cite = cite.clone()),
            ),
            What::Source { table, source } => (
                RulesCode::CiteInherited,
                msg!(
                    "rules-source-inherited",
                    table = table.clone(),
                    source = source.clone(),
                    parent = parent_name,
                    line = line
                ),
                msg!("rules-source-inherited-help"),
            ),
            What::Cites { table, key, policy } => (
                RulesCode::CiteInherited,
                msg!(
                    "rules-cites-inherited",
                    table = table.clone(),
                    key = key.clone(),
                    policy = policy.clone(),
                    parent = parent_name,
                    line = line
                ),
                msg!("rules-cites-inherited-help", key = key.clone()),
            ),
        };
        Diagnostic::warning(code, message)
            .at(file, self.at.span.clone())
            .help(help)
    }
}

/// What the child `layer` (file `child` of the chain) changes under a citation written in a
/// parent (`base`, the parents merged): said in `out`. Nothing for the chain's last file.
pub(super) fn citations(
    base: &[(String, Node)],
    layer: &[(String, Node)],
    child: usize,
    out: &mut Vec<Said>,
) {
    if base.is_empty() {
        return;
    }
    for (k, n) in layer {
        if let Node::Table { entries, .. } = n
            && !NOT_RULES.contains(&k.as_str())
        {
            let mut path = vec![k.clone()];
            walk(
                table(base, k),
                entries,
                &mut path,
                &Cite::default(),
                child,
                out,
            );
        }
    }
}

/// The keys of `over` that change a rule of `base`: a value other than the parent's, a new
/// key, a list. Citations and sub-tables (walked on their own) are not.
fn changed<'a>(base: &[(String, Node)], over: &'a [(String, Node)]) -> Vec<(&'a str, &'a Origin)> {
    over.iter()
        .filter(|(k, _)| !CITING.contains(&k.as_str()))
        .filter_map(|(k, n)| {
            let theirs = base.iter().find(|(b, _)| b == k).map(|(_, n)| n);
            match (n, theirs) {
                (Node::Leaf { text, .. }, Some(Node::Leaf { text: t, .. }))
                    if text.trim() == t.trim() =>
                {
                    None
                }
                // Switching a parent's table off cites nothing.
                (Node::Leaf { text, .. }, Some(Node::Table { .. } | Node::Off { .. }))
                    if text.trim() == "false" =>
                {
                    None
                }
                (Node::Leaf { origin, .. } | Node::Off { origin }, _) => Some((k.as_str(), origin)),
                // A list whose every item cites its own policy cites none of the table's.
                (Node::Array { items }, _)
                    if items.iter().all(|(_, item)| leaf(item, "ref").is_some()) =>
                {
                    None
                }
                (Node::Array { items }, _) => items.first().map(|(o, _)| (k.as_str(), o)),
                (Node::Table { .. }, _) => None,
            }
        })
        .collect()
}

/// One table of the child over the parent's (`base`, empty when new), under the citation
/// `up` of the tables around it.
fn walk(
    base: &[(String, Node)],
    over: &[(String, Node)],
    path: &mut Vec<String>,
    up: &Cite,
    child: usize,
    out: &mut Vec<Said>,
) {
    let own = Cite {
        reference: leaf(over, "ref")
            .or_else(|| leaf(base, "ref"))
            .or_else(|| up.reference.clone()),
        source: leaf(over, "source")
            .or_else(|| leaf(base, "source"))
            .or_else(|| up.source.clone()),
    };
    let from_parent = |o: &Origin| o.file > child;
    let changed = changed(base, over);
    let (theirs, ours) = (table(base, "cites"), table(over, "cites"));
    let mut plain: Vec<(&str, &Origin)> = Vec::new();
    for (key, at) in changed {
        match (leaf(theirs, key), leaf(ours, key)) {
            (_, Some(_)) => {}
            (Some((policy, o)), None) if from_parent(&o) => out.push(Said {
                at: at.clone(),
                parent_at: o,
                what: What::Cites {
                    table: dotted(path),
                    key: key.to_owned(),
                    policy,
                },
            }),
            _ => plain.push((key, at)),
        }
    }
    if let (Some((_, at)), Some((cite, o))) = (plain.first(), &own.reference)
        && from_parent(o)
    {
        out.push(Said {
            at: (*at).clone(),
            parent_at: o.clone(),
            what: What::Cite {
                table: dotted(path),
                keys: plain.iter().map(|(k, _)| (*k).to_owned()).collect(),
                cite: format!("ref = {cite}"),
            },
        });
    }
    // A `ref` changed here with the parent's `source`, which spoke of the parent's text.
    if let (Some((ours, at)), Some((source, o))) = (leaf(over, "ref"), &own.source)
        && from_parent(o)
        && leaf(base, "ref").is_none_or(|(theirs, _)| theirs != ours)
    {
        out.push(Said {
            at,
            parent_at: o.clone(),
            what: What::Source {
                table: dotted(path),
                source: source.clone(),
            },
        });
    }
    for (k, n) in over {
        if let Node::Table { entries, .. } = n
            && k != "cites"
        {
            path.push(k.clone());
            walk(table(base, k), entries, path, &own, child, out);
            path.pop();
        }
    }
}
