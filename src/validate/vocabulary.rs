//! Band words cross-checked against the words forms are known to write (#19): a band label or
//! alias one character off a known word (`达成预期目标` for `达成预期指标`), when no band of
//! the rule set keeps the known word, would stop every form that writes it from matching its
//! band: an error at the word, with "did you mean". Known words: the shipped rule sets' band
//! words and those of the rule set's parents.

use crate::diagnostic::codes::RulesCode;
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::i18n::msg;
use crate::load::inherit::Resolved;
use serde::Deserialize;
use toml::Spanned;

/// Band labels and aliases of the shipped rule sets and of the forms seen so far.
pub const KNOWN_BAND_WORDS: &[&str] = &[
    "达成预期指标",
    "部分达成预期指标并具有一定效果",
    "未达成预期指标且效果较差",
    "达成年度指标",
    "部分达成年度指标并具有一定效果",
    "未达成年度指标且效果较差",
    "部分达成预期指标",
    "部分达成年度指标",
    "未达成预期指标",
    "未达成年度指标",
    "达成目标",
    "达成",
    "完成",
    "已完成",
    "全部完成",
    "达标",
    "达到预期",
    "达到",
    "部分达成",
    "基本完成",
    "基本达成",
    "部分完成",
    "未达成",
    "未完成",
];

#[derive(Deserialize, Default)]
struct File {
    #[serde(default)]
    qualitative: Option<Qualitative>,
}

#[derive(Deserialize, Default)]
struct Qualitative {
    #[serde(default)]
    bands: Vec<Band>,
}

#[derive(Deserialize)]
struct Band {
    label: Spanned<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
}

fn words(b: &Band) -> impl Iterator<Item = &Spanned<String>> {
    std::iter::once(&b.label).chain(&b.aliases)
}

fn bands(text: &str) -> Vec<Band> {
    toml::from_str::<File>(text)
        .ok()
        .and_then(|f| f.qualitative)
        .map(|q| q.bands)
        .unwrap_or_default()
}

/// The band words the rule set's own file writes that are near a known word no band keeps.
pub fn check(resolved: &Resolved) -> Vec<Diagnostic> {
    let own = bands(resolved.text());
    let mut known: Vec<String> = KNOWN_BAND_WORDS.iter().map(|w| (*w).to_owned()).collect();
    for parent in resolved.files.iter().skip(1) {
        for b in bands(&parent.text) {
            known.extend(words(&b).map(|w| w.get_ref().clone()));
        }
    }
    let kept: Vec<&str> = own
        .iter()
        .flat_map(words)
        .map(|w| w.get_ref().as_str())
        .collect();
    let mut out = Vec::new();
    for w in own.iter().flat_map(words) {
        let word = w.get_ref().as_str();
        if known.iter().any(|k| k == word) {
            continue;
        }
        let Some(near) = did_you_mean(word, known.iter().map(String::as_str)) else {
            continue;
        };
        if kept.contains(&near) {
            continue;
        }
        let (file, span) = resolved.map(w.span());
        out.push(
            Diagnostic::error(
                RulesCode::BandWord,
                msg!("rules-band-word", word = word, near = near),
            )
            .at(&file, span)
            .help(msg!("rules-band-word-help", near = near)),
        );
    }
    out
}
