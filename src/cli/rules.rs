//! `jixiao rules show ID` and `jixiao rules changelog A B`: a resolved rule set with the
//! origin of every value, and the changes between two rule sets.

use super::{Exit, Output};
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::load::{RULES_FILE, inherit};
use crate::model::Rules;
use crate::pipeline::Catalog;
use crate::pipeline::load_rules;
use std::path::{Path, PathBuf};

/// Arguments of `rules`.
#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// Where rule sets named by id are found.
    #[arg(long, value_name = "DIR", default_value = "rules", global = true)]
    pub rules_root: PathBuf,
    /// What to do.
    #[command(subcommand)]
    pub command: RulesCommand,
}

/// `rules` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum RulesCommand {
    /// Print a rule set with its parents merged, each line marked with the file:line it
    /// came from.
    Show {
        /// Rule set id (under the rules root) or directory.
        id: String,
    },
    /// List the semantic changes from rule set A to rule set B, then a text diff of the
    /// resolved files.
    Changelog {
        /// Rule set A: id or directory.
        from: String,
        /// Rule set B: id or directory.
        to: String,
    },
}

/// The directory of a rule set given as a directory or as an id under `root`; reports a
/// diagnostic and returns none when there is none.
pub(crate) fn rule_dir(arg: &str, root: &Path, out: &mut Output) -> Option<PathBuf> {
    let as_path = PathBuf::from(arg);
    if as_path.join(RULES_FILE).is_file() {
        return Some(as_path);
    }
    let dir = root.join(arg);
    if dir.join(RULES_FILE).is_file() {
        return Some(dir);
    }
    let ids = Catalog::new(root).ids();
    let help = match did_you_mean(arg, ids.iter().map(String::as_str)) {
        Some(m) => format!("did you mean `{m}`?"),
        None => format!("rule sets under `{}`: {}", root.display(), ids.join(", ")),
    };
    out.diagnostic(
        &Diagnostic::error(
            "rules::unknown-rules",
            format!(
                "no rule set `{arg}`: neither a directory with {RULES_FILE} nor an id under `{}`",
                root.display()
            ),
        )
        .help(help),
    );
    None
}

/// Loads a rule set by id or directory.
pub(crate) fn load_arg(arg: &str, root: &Path, out: &mut Output) -> Option<Rules> {
    let dir = rule_dir(arg, root, out)?;
    load_rules(&dir, out)
}

fn resolve(arg: &str, root: &Path, out: &mut Output) -> Option<inherit::Resolved> {
    let dir = rule_dir(arg, root, out)?;
    match inherit::resolve(&dir) {
        Ok(r) => {
            let v = crate::pipeline::validate_resolved(&r);
            out.diagnostics(&v.diagnostics);
            v.value.map(|_| r)
        }
        Err(e) => {
            out.fail(&e);
            None
        }
    }
}

/// Runs `rules`.
/// The scripts a rule set runs, in order, each with the file it is read from and the rule file
/// that declares it (#19: inherited scripts are added to a child's own).
fn effective_scripts(set: &crate::model::RuleSet) -> String {
    let Some(scripts) = &set.scripts else {
        return "\n# scripts: none\n".to_owned();
    };
    let mut s = String::from("\n# scripts, in the order they run:\n");
    for (i, x) in scripts.scripts.iter().enumerate() {
        let hooks: Vec<&str> = crate::script::Hook::ALL
            .into_iter()
            .filter(|h| x.hook(*h).is_some())
            .map(|h| h.name())
            .collect();
        s.push_str(&format!(
            "#   {}. {} (hooks: {}) read from {}, declared at {}:{}\n",
            i + 1,
            x.name,
            hooks.join(", "),
            x.source.name,
            x.rule.file,
            x.rule.line
        ));
    }
    s
}

pub fn run(args: RulesArgs, out: &mut Output) -> Exit {
    let root = &args.rules_root;
    match args.command {
        RulesCommand::Show { id } => {
            let Some(r) = resolve(&id, root, out) else {
                return Exit::Invalid;
            };
            let set = crate::pipeline::validate_resolved(&r).value;
            // The rule set's hash covers its scripts too; the chain's alone when it does not
            // validate (`check` says why).
            let hash = set.as_ref().map_or(r.hash.as_str(), |s| s.hash.as_str());
            out.stdout(&format!("# {id}: hash {hash}\n"));
            out.stdout(&r.annotated());
            if let Some(set) = &set {
                out.stdout(&effective_scripts(set));
            }
            Exit::Ok
        }
        RulesCommand::Changelog { from, to } => {
            let (Some(ra), Some(rb)) = (resolve(&from, root, out), resolve(&to, root, out)) else {
                return Exit::Invalid;
            };
            let (Some(a), Some(b)) = (
                crate::pipeline::validate_resolved(&ra).value,
                crate::pipeline::validate_resolved(&rb).value,
            ) else {
                return Exit::Invalid;
            };
            let changes = crate::compare::changes(&a, &b);
            let text = crate::compare::text_diff(&from, ra.text(), &to, rb.text());
            out.stdout(&crate::render::changelog(&from, &to, &changes, &text));
            Exit::Ok
        }
    }
}
