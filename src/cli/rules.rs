//! `jixiao rules list`, `jixiao rules show ID` and `jixiao rules changelog A B`: the rule sets
//! to choose from, a resolved rule set with the origin of every value, and the changes between
//! two rule sets.

use super::{Exit, Output};
use crate::i18n::msg;
use crate::load::inherit;
use crate::pipeline::rule_sets::rule_dir;
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
    /// List the rule sets under the rules root: id, year, jurisdiction and title.
    List,
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
        return format!("\n{}\n", msg!("rules-show-no-scripts"));
    };
    let mut s = format!("\n{}\n", msg!("rules-show-scripts"));
    for (i, x) in scripts.scripts.iter().enumerate() {
        let hooks: Vec<&str> = crate::script::Hook::ALL
            .into_iter()
            .filter(|h| x.hook(*h).is_some())
            .map(|h| h.name())
            .collect();
        let line = msg!(
            "rules-show-script",
            n = i + 1,
            name = &x.name,
            hooks = hooks.join(", "),
            file = &x.source.name,
            at = format!("{}:{}", x.rule.file, x.rule.line)
        );
        s.push_str(&format!("{line}\n"));
    }
    s
}

pub fn run(args: RulesArgs, out: &mut Output) -> Exit {
    let root = &args.rules_root;
    match args.command {
        RulesCommand::List => {
            let mut catalog = crate::pipeline::rule_sets::Catalog::new(root);
            let sets = catalog.every();
            if sets.is_empty() {
                out.fail(&msg!("rules-list-none", root = root.display().to_string()));
                return Exit::Invalid;
            }
            out.stdout(&crate::render::rule_sets(
                &sets,
                &root.display().to_string(),
            ));
            Exit::Ok
        }
        RulesCommand::Show { id } => {
            let Some(r) = resolve(&id, root, out) else {
                return Exit::Invalid;
            };
            let set = crate::pipeline::validate_resolved(&r).value;
            // The rule set's hash covers its scripts too; the chain's alone when it does not
            // validate (`check` says why).
            let hash = set.as_ref().map_or(r.hash.as_str(), |s| s.hash.as_str());
            out.stdout(&format!(
                "{}\n",
                msg!("rules-show-head", id = &id, hash = hash)
            ));
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
