//! `--help` in the user's language: the clap command built from the `*Args` doc comments
//! (English), with every about and help text replaced from the catalog `i18n/<lang>/cli.ftl`
//! (`help-<command path>-<argument id>`) and the headings and clap's own flags worded there.
//! English keeps clap's output as it is; a test checks that the English catalog says what the
//! doc comments say, so the two cannot drift apart.

use super::Args;
use crate::i18n::{self, Lang, Message, msg};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};

/// The command line as clap parses it, its help texts in `lang`.
pub fn command(lang: Lang) -> Command {
    let cmd = Args::command();
    match lang {
        Lang::En => cmd,
        Lang::Zh => {
            let version = text(lang, "cli-version-flag");
            let mut cmd = localize(cmd, lang, "jixiao")
                .disable_version_flag(true)
                .arg(
                    Arg::new("version")
                        .short('V')
                        .long("version")
                        .action(ArgAction::Version)
                        .help(version),
                );
            // clap adds its `help` subcommand while building: word it once it is there.
            cmd.build();
            help_subcommands(cmd, &msg!("clap-help-subcommand").render(lang))
        }
    }
}

/// Words the `help` subcommand of `cmd` and of every command under it.
fn help_subcommands(mut cmd: Command, about: &str) -> Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        cmd = if name == "help" {
            cmd.mut_subcommand(name, |s| s.about(about.to_owned()))
        } else {
            cmd.mut_subcommand(name, |s| help_subcommands(s, about))
        };
    }
    cmd
}

/// The catalog key of a command's about (`help-score-about`) or argument
/// (`help-score-rules-root`).
fn key(path: &str, item: &str) -> String {
    format!("help-{path}-{}", item.replace('_', "-"))
}

fn text(lang: Lang, id: &str) -> String {
    i18n::lookup(lang, id).unwrap_or_default()
}

fn localize(mut cmd: Command, lang: Lang, path: &str) -> Command {
    if let Some(about) = i18n::lookup(lang, &key(path, "about")) {
        cmd = cmd.about(about);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        if let Some(help) = i18n::lookup(lang, &key(path, &id)) {
            cmd = cmd.mut_arg(&id, |a| {
                if !a.get_action().takes_values() {
                    return a.help(help);
                }
                let long = values_list(&a, lang, path).map(|list| {
                    let defaults = default_note(&a, lang);
                    if defaults.is_empty() {
                        format!("{help}\n\n{list}")
                    } else {
                        format!("{help}\n\n{list}\n\n{defaults}")
                    }
                });
                let short = format!("{help}{}", values_note(&a, lang));
                let a = match long {
                    Some(long) => a.long_help(long),
                    None => a,
                };
                a.help(short)
                    .hide_default_value(true)
                    .hide_possible_values(true)
            });
        }
    }
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in &subcommands {
        let sub_path = if path == "jixiao" {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        cmd = cmd.mut_subcommand(name, |s| localize(s, lang, &sub_path));
    }
    let has_positionals = cmd.get_positionals().next().is_some();
    cmd.help_template(template(lang, !subcommands.is_empty(), has_positionals))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(text(lang, "cli-help-flag")),
        )
}

/// The catalog key of one possible value's description: `help-<command path>-<argument
/// id>-<value>` when that command words it its own way (`help-regress-format-table`), else
/// `help-value-<argument id>-<value>`, shared by every command with the argument
/// (`help-value-points-form`).
fn value_keys(path: &str, arg: &str, value: &str) -> [String; 2] {
    let item = format!("{arg}-{value}");
    [key(path, &item), key("value", &item)]
}

/// The description of `value` of `arg` under the command `path` in `lang`.
fn value_help(lang: Lang, path: &str, arg: &str, value: &str) -> Option<String> {
    value_keys(path, arg, value)
        .iter()
        .find_map(|k| i18n::lookup(lang, k))
}

/// clap's long `Possible values:` list in `lang`, each value with its description (the
/// `--help` of English shows the doc comments of the value enums); none when the values have
/// no descriptions.
fn values_list(a: &Arg, lang: Lang, path: &str) -> Option<String> {
    let values: Vec<_> = a
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    if values.iter().all(|v| v.get_help().is_none()) {
        return None;
    }
    let id = a.get_id().as_str();
    let mut list = msg!("clap-possible-values-heading").render(lang);
    for v in &values {
        let name = v.get_name();
        let item = msg!(
            "clap-possible-value",
            name = name,
            help = value_help(lang, path, id, name).unwrap_or_default()
        );
        list.push_str(&format!("\n{}", item.render(lang)));
    }
    Some(list)
}

/// clap's `[default: human]` in `lang`, empty when the argument has no default.
fn default_note(a: &Arg, lang: Lang) -> String {
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if defaults.is_empty() || a.is_hide_default_value_set() {
        return String::new();
    }
    msg!("clap-default", value = defaults.join(" ")).render(lang)
}

/// clap's ` [default: human] [possible values: human, plain, json]` in `lang`.
fn values_note(a: &Arg, lang: Lang) -> String {
    let mut note = String::new();
    let default = default_note(a, lang);
    if !default.is_empty() {
        note.push_str(&format!(" {default}"));
    }
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if !values.is_empty() && !a.is_hide_possible_values_set() {
        let m = msg!("clap-possible-values", values = values.join("、"));
        note.push_str(&format!(" {}", m.render(lang)));
    }
    note
}

/// Options that overwrite or accept files (`--force` replaces an output file, `--accept`
/// makes new results the accepted ones): never offered as a "did you mean" for an unknown
/// option, however close the spelling (tester F12: `score --trace` was answered with
/// `--force`). A user who means one finds it in `--help`.
const NEVER_SUGGESTED: [&str; 2] = ["--force", "--accept"];

/// `e` without clap's suggestions of an option in [`NEVER_SUGGESTED`]; its usage line, which
/// clap writes with the suggested option in it, is the command's plain usage then.
pub fn without_risky_tips(mut e: clap::Error, lang: Lang) -> clap::Error {
    let risky = |text: &str| NEVER_SUGGESTED.iter().any(|o| text.contains(o));
    let mut dropped = false;
    if let Some(ContextValue::String(s)) = e.get(ContextKind::SuggestedArg)
        && risky(s)
    {
        e.remove(ContextKind::SuggestedArg);
        dropped = true;
    }
    if let Some(ContextValue::StyledStrs(tips)) = e.get(ContextKind::Suggested) {
        let kept: Vec<_> = tips
            .iter()
            .filter(|t| !risky(&t.to_string()))
            .cloned()
            .collect();
        if kept.len() < tips.len() {
            dropped = true;
            e.remove(ContextKind::Suggested);
            if !kept.is_empty() {
                e.insert(ContextKind::Suggested, ContextValue::StyledStrs(kept));
            }
        }
    }
    if dropped && let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = plain_usage(&usage.to_string(), lang);
        e.insert(ContextKind::Usage, ContextValue::StyledStr(usage));
    }
    e
}

/// The usage of the command a usage line names (`Usage: jixiao score --force [PATHS]...` →
/// `score`'s own usage line).
fn plain_usage(usage: &str, lang: Lang) -> clap::builder::StyledStr {
    let mut cmd = command(lang);
    cmd.build();
    let words = usage
        .split_whitespace()
        .skip_while(|w| *w != "jixiao")
        .skip(1);
    for word in words {
        match cmd.find_subcommand(word) {
            Some(sub) => cmd = sub.clone(),
            None => break,
        }
    }
    cmd.render_usage()
}

/// Writes a command-line error — a mistyped command, an unknown flag, a bad value — to
/// stderr in `lang`: English as clap words it; Chinese from the catalogs, with the same
/// suggestion, usage line and pointer to `--help`. Help and version go out as clap prints
/// them (already in `lang`).
pub fn print_error(e: &clap::Error, lang: Lang) {
    let shown_as_is = matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if lang == Lang::En || shown_as_is {
        let _ = e.print();
        return;
    }
    let _ = std::io::Write::write_all(&mut std::io::stderr(), error_text(e, lang).as_bytes());
}

fn context(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    }
}

fn first(e: &clap::Error, kind: ContextKind) -> String {
    context(e, kind).into_iter().next().unwrap_or_default()
}

/// What went wrong, worded from the error's context (clap's `write_dynamic_context`).
fn what(e: &clap::Error) -> (Message, Vec<String>) {
    let arg = || first(e, ContextKind::InvalidArg);
    let value = || first(e, ContextKind::InvalidValue);
    let none = Vec::new();
    match e.kind() {
        ErrorKind::InvalidSubcommand => (
            msg!(
                "clap-invalid-subcommand",
                name = first(e, ContextKind::InvalidSubcommand)
            ),
            none,
        ),
        ErrorKind::UnknownArgument => (msg!("clap-unknown-argument", arg = arg()), none),
        ErrorKind::InvalidValue if value().is_empty() => (
            msg!("clap-value-missing", arg = arg()),
            context(e, ContextKind::ValidValue),
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => (
            msg!("clap-invalid-value", arg = arg(), value = value()),
            context(e, ContextKind::ValidValue),
        ),
        ErrorKind::TooManyValues => (
            msg!("clap-too-many-values", arg = arg(), value = value()),
            none,
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            (msg!("clap-wrong-number", arg = arg()), none)
        }
        ErrorKind::MissingSubcommand => (
            msg!(
                "clap-missing-subcommand",
                name = first(e, ContextKind::InvalidSubcommand)
            ),
            none,
        ),
        ErrorKind::ArgumentConflict => {
            let other = context(e, ContextKind::PriorArg).join("、");
            if other == arg() {
                (msg!("clap-conflict-repeated", arg = arg()), none)
            } else {
                (msg!("clap-conflict", arg = arg(), other = other), none)
            }
        }
        ErrorKind::NoEquals => (msg!("clap-no-equals", arg = arg()), none),
        ErrorKind::MissingRequiredArgument => (msg!("clap-missing-required"), none),
        _ => (msg!("clap-other"), none),
    }
}

/// The Chinese rendering of a clap error (see [`print_error`]).
fn error_text(e: &clap::Error, lang: Lang) -> String {
    let (message, values) = what(e);
    let mut s = msg!("clap-error", message = message).render(lang);
    if e.kind() == ErrorKind::MissingRequiredArgument {
        for a in context(e, ContextKind::InvalidArg) {
            s.push_str(&format!("\n  {a}"));
        }
    }
    if !values.is_empty() {
        let list = msg!("clap-possible-values", values = values.join("、"));
        s.push_str(&format!("\n  {}", list.render(lang)));
    }
    let subcommands = context(e, ContextKind::ValidSubcommand);
    if e.kind() == ErrorKind::MissingSubcommand && !subcommands.is_empty() {
        let list = msg!("clap-subcommands", values = subcommands.join("、"));
        s.push_str(&format!("\n  {}", list.render(lang)));
    }
    let tips = [
        (
            ContextKind::SuggestedSubcommand,
            msg!("clap-kind-subcommand"),
        ),
        (ContextKind::SuggestedArg, msg!("clap-kind-argument")),
        (ContextKind::SuggestedValue, msg!("clap-kind-value")),
    ];
    let mut tipped = false;
    for (kind, word) in tips {
        let found = context(e, kind);
        let tip = match found.as_slice() {
            [] => continue,
            [one] => msg!("clap-tip", kind = word, value = one),
            many => msg!("clap-tip-many", kind = word, values = many.join("、")),
        };
        if !tipped {
            s.push('\n');
            tipped = true;
        }
        s.push_str(&format!("\n  {}", tip.render(lang)));
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        s.push_str(&format!(
            "\n\n{}",
            msg!("clap-usage", usage = usage).render(lang)
        ));
    }
    s.push_str(&format!("\n\n{}\n", msg!("clap-more").render(lang)));
    s
}

/// clap's help layout with the headings in `lang`.
fn template(lang: Lang, subcommands: bool, positionals: bool) -> String {
    let heading = |id: &str| text(lang, id);
    let mut t = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n",
        heading("cli-heading-usage")
    );
    if subcommands {
        t.push_str(&format!(
            "\n{}:\n{{subcommands}}\n",
            heading("cli-heading-commands")
        ));
    }
    if positionals {
        t.push_str(&format!(
            "\n{}:\n{{positionals}}\n",
            heading("cli-heading-arguments")
        ));
    }
    t.push_str(&format!(
        "\n{}:\n{{options}}{{after-help}}",
        heading("cli-heading-options")
    ));
    t
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use clap::FromArgMatches;

    /// Every about and help text of the command, keyed as the catalog keys them.
    fn texts(cmd: &Command, path: &str, out: &mut Vec<(String, String)>) {
        if let Some(a) = cmd.get_about() {
            out.push((key(path, "about"), a.to_string()));
        }
        for arg in cmd.get_arguments() {
            if let Some(h) = arg.get_help() {
                out.push((key(path, arg.get_id().as_str()), h.to_string()));
            }
        }
        for s in cmd.get_subcommands() {
            let p = if path == "jixiao" {
                s.get_name().to_owned()
            } else {
                format!("{path}-{}", s.get_name())
            };
            texts(s, &p, out);
        }
    }

    #[test]
    fn the_english_catalog_says_what_the_doc_comments_say() {
        let mut all = Vec::new();
        texts(&Args::command(), "jixiao", &mut all);
        assert!(all.len() > 50);
        let mut wrong = Vec::new();
        for (id, doc) in all {
            if i18n::lookup(Lang::En, &id).as_deref() != Some(doc.as_str()) {
                wrong.push(format!("i18n/en/cli.ftl: {id} = {doc}"));
            }
            if i18n::lookup(Lang::Zh, &id).is_none() {
                wrong.push(format!("i18n/zh/cli.ftl lacks `{id}`"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// Every possible value with a description: (command path, argument id, value, doc).
    fn value_texts(cmd: &Command, path: &str, out: &mut Vec<[String; 4]>) {
        for arg in cmd.get_arguments() {
            for v in arg.get_possible_values() {
                if let Some(h) = v.get_help() {
                    let id = arg.get_id().to_string();
                    out.push([path.into(), id, v.get_name().into(), h.to_string()]);
                }
            }
        }
        for s in cmd.get_subcommands() {
            let p = if path == "jixiao" {
                s.get_name().to_owned()
            } else {
                format!("{path}-{}", s.get_name())
            };
            value_texts(s, &p, out);
        }
    }

    /// The per-value descriptions of `Possible values:` (tester F1): English as the value
    /// enums' doc comments say, and a Chinese one for each.
    #[test]
    fn every_possible_value_is_described_in_both_languages() {
        let mut all = Vec::new();
        value_texts(&Args::command(), "jixiao", &mut all);
        assert!(all.len() > 20, "{}", all.len());
        let mut wrong = Vec::new();
        for [path, arg, value, doc] in all {
            let [own, shared] = value_keys(&path, &arg, &value);
            if value_help(Lang::En, &path, &arg, &value).as_deref() != Some(doc.as_str()) {
                wrong.push(format!("i18n/en/cli.ftl: {shared} (or {own}) = {doc}"));
            }
            if value_help(Lang::Zh, &path, &arg, &value).is_none() {
                wrong.push(format!("i18n/zh/cli.ftl lacks `{shared}` (or `{own}`)"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn chinese_long_help_describes_each_value() {
        let mut cmd = command(Lang::Zh);
        let score = cmd
            .find_subcommand_mut("score")
            .unwrap()
            .render_long_help()
            .to_string();
        assert!(score.contains("可选值："), "{score}");
        assert!(score.contains("- xlsx："), "{score}");
        assert!(score.contains("[默认：table]"), "{score}");
        assert!(!score.contains("Possible values"), "{score}");
        assert!(!score.contains("Aligned table"), "{score}");
    }

    #[test]
    fn chinese_help_is_chinese_and_parses_the_same_arguments() {
        let mut cmd = command(Lang::Zh);
        let help = cmd.render_help().to_string();
        assert!(help.contains("用法: "), "{help}");
        assert!(help.contains("消息和报告的语言"), "{help}");
        let score = cmd
            .find_subcommand_mut("score")
            .unwrap()
            .render_long_help()
            .to_string();
        assert!(score.contains("为案卷文件评分"), "{score}");
        assert!(score.contains("参数:"), "{score}");
        let m = command(Lang::Zh)
            .try_get_matches_from(["jixiao", "--lang", "zh", "score", "--explain", "x.toml"])
            .unwrap();
        assert!(Args::from_arg_matches_mut(&mut m.clone()).is_ok());
    }
}
