//! `--help` in the user's language: the clap command built from the `*Args` doc comments
//! (English), with every about and help text replaced from the catalog `i18n/<lang>/cli.ftl`
//! (`help-<command path>-<argument id>`) and the headings and clap's own flags worded there.
//! English keeps clap's output as it is; a test checks that the English catalog says what the
//! doc comments say, so the two cannot drift apart.

use super::Args;
use crate::i18n::{self, Lang};
use clap::{Arg, ArgAction, Command, CommandFactory};

/// The command line as clap parses it, its help texts in `lang`.
pub fn command(lang: Lang) -> Command {
    let cmd = Args::command();
    match lang {
        Lang::En => cmd,
        Lang::Zh => {
            let version = text(lang, "cli-version-flag");
            localize(cmd, lang, "jixiao")
                .disable_version_flag(true)
                .arg(
                    Arg::new("version")
                        .short('V')
                        .long("version")
                        .action(ArgAction::Version)
                        .help(version),
                )
        }
    }
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
            cmd = cmd.mut_arg(id, |a| a.help(help));
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
