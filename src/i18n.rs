//! Messages as data: the engine hands on a [`Message`] (a catalog id and named arguments)
//! wherever a person will read text, and the edge renders it in the user's language from the
//! Fluent catalogs under `i18n/<lang>/*.ftl`, embedded in the binary.
//!
//! Arguments are text: numbers arrive already formatted by the engine (exact decimals never
//! pass through `f64`), and a part of a message that is itself worded (a hint, a reason) is a
//! nested [`Message`], rendered in the same language first. Fluent's Unicode isolation marks
//! around arguments are switched off: output goes to terminals, files and snapshots.
//!
//! The language is chosen once, at the edge ([`set_lang`]): the CLI takes `--lang`, then
//! `JIXIAO_LANG`, then Chinese. The library itself renders English until told otherwise, so
//! that code using it without a CLI reads the same text as before the catalogs existed.
//! docs/messages.md says how to add a message in both languages.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;
use std::fmt;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

/// A language messages can be rendered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    /// 简体中文 (the default of the command line).
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Every language, in catalog order.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The catalog folder name (`zh`, `en`).
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Reads a language tag as users write it (`zh`, `zh-CN`, `zh_CN.UTF-8`, `中文`, `en`,
    /// `en-US`, `English`); none for anything else.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase();
        let base = t.split(['-', '_', '.']).next().unwrap_or("");
        match base {
            "zh" | "cn" | "chinese" | "中文" | "简体中文" => Some(Lang::Zh),
            "en" | "english" | "英文" => Some(Lang::En),
            _ => None,
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::Zh => 0,
            Lang::En => 1,
        }
    }
}

/// The language [`Message`]s render in when none is named (`Display`, JSON).
static CURRENT: AtomicU8 = AtomicU8::new(1);

/// Sets the language messages render in from now on (the edge calls this once, first).
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang.index() as u8, Ordering::Relaxed);
}

/// The language messages render in.
pub fn lang() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        0 => Lang::Zh,
        _ => Lang::En,
    }
}

/// The environment variable that picks the language when `--lang` is not given.
pub const LANG_VAR: &str = "JIXIAO_LANG";

/// The language the command line uses: `flag`, else the environment variable [`LANG_VAR`]
/// when it names a language, else Chinese.
pub fn resolve(flag: Option<Lang>) -> Lang {
    flag.or_else(|| {
        std::env::var(LANG_VAR)
            .ok()
            .and_then(|v| Lang::from_tag(&v))
    })
    .unwrap_or(Lang::Zh)
}

/// One catalog file in both languages: (name, English text, Chinese text).
pub const CATALOGS: &[(&str, &str, &str)] = &[
    (
        "findings",
        include_str!("../i18n/en/findings.ftl"),
        include_str!("../i18n/zh/findings.ftl"),
    ),
    (
        "diagnostics",
        include_str!("../i18n/en/diagnostics.ftl"),
        include_str!("../i18n/zh/diagnostics.ftl"),
    ),
    (
        "import",
        include_str!("../i18n/en/import.ftl"),
        include_str!("../i18n/zh/import.ftl"),
    ),
    (
        "files",
        include_str!("../i18n/en/files.ftl"),
        include_str!("../i18n/zh/files.ftl"),
    ),
    (
        "arrival",
        include_str!("../i18n/en/arrival.ftl"),
        include_str!("../i18n/zh/arrival.ftl"),
    ),
    (
        "cli",
        include_str!("../i18n/en/cli.ftl"),
        include_str!("../i18n/zh/cli.ftl"),
    ),
    (
        "trace",
        include_str!("../i18n/en/trace.ftl"),
        include_str!("../i18n/zh/trace.ftl"),
    ),
    (
        "reports",
        include_str!("../i18n/en/reports.ftl"),
        include_str!("../i18n/zh/reports.ftl"),
    ),
];

/// A text a person will read: a catalog id with named arguments ([`msg!`]), or (for text not yet moved
/// into the catalogs, and text that is the user's own, like a script's message) verbatim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message(Repr);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Repr {
    Catalog {
        id: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    Verbatim(String),
}

/// A message argument: text (numbers already formatted) or a worded part of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Shown as is in every language (a number, a value from the form).
    Text(String),
    /// Rendered in the message's language first (a hint, a reason).
    Message(Message),
    /// A count: shown as its digits, and chooses plural forms (`[one] thing *[other] things`).
    Count(u64),
    /// Text from the form, quoted as the language quotes it: `"项目资金"` in English (escaped as
    /// Rust writes a string), “项目资金” in Chinese ([`quoted`]).
    Quoted(String),
    /// Worded items, each rendered in the message's language, joined with `, ` in English and
    /// `、` in Chinese ([`list`]).
    List(Vec<Message>),
}

/// Text from the form as a quoted argument: `"…"` in English, “…” in Chinese. The quotes
/// are added when the message is rendered, not when it is built.
pub fn quoted(text: impl Into<String>) -> Arg {
    Arg::Quoted(text.into())
}

/// Worded items as one argument (column names, kinds): rendered and joined in the message's
/// language.
pub fn list(items: impl IntoIterator<Item = Message>) -> Arg {
    Arg::List(items.into_iter().collect())
}

impl Message {
    /// A message from the catalogs with no arguments yet (see [`msg!`]).
    pub fn new(id: &'static str) -> Message {
        Message(Repr::Catalog {
            id,
            args: Vec::new(),
        })
    }

    /// Text shown the same in every language.
    pub fn verbatim(text: impl Into<String>) -> Message {
        Message(Repr::Verbatim(text.into()))
    }

    /// Adds a named argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        if let Repr::Catalog { args, .. } = &mut self.0 {
            args.push((name, value.into()));
        }
        self
    }

    /// The catalog id (none for verbatim text).
    pub fn id(&self) -> Option<&'static str> {
        match &self.0 {
            Repr::Catalog { id, .. } => Some(id),
            Repr::Verbatim(_) => None,
        }
    }

    /// True when the message and every worded part of it come from the catalogs (nothing
    /// verbatim): such a message reads in either language.
    pub fn is_catalog(&self) -> bool {
        match &self.0 {
            Repr::Verbatim(_) => false,
            Repr::Catalog { args, .. } => args.iter().all(|(_, a)| match a {
                Arg::Message(m) => m.is_catalog(),
                Arg::List(items) => items.iter().all(Message::is_catalog),
                Arg::Text(_) | Arg::Count(_) | Arg::Quoted(_) => true,
            }),
        }
    }

    /// The arguments, in the order given.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        match &self.0 {
            Repr::Catalog { args, .. } => args,
            Repr::Verbatim(_) => &[],
        }
    }

    /// The text in `lang`. An id missing from the catalogs (a test prevents it) shows as the
    /// id with its arguments rather than nothing.
    pub fn render(&self, lang: Lang) -> String {
        match &self.0 {
            Repr::Verbatim(t) => t.clone(),
            Repr::Catalog { id, args } => render(lang, id, args),
        }
    }
}

impl fmt::Display for Message {
    /// The text in the current language ([`lang`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::Verbatim(t) => f.write_str(t),
            Repr::Catalog { .. } => f.write_str(&self.render(lang())),
        }
    }
}

impl Serialize for Message {
    /// JSON carries the text in the current language (codes stay the stable identifiers).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl From<String> for Message {
    fn from(text: String) -> Message {
        Message::verbatim(text)
    }
}

impl From<&str> for Message {
    fn from(text: &str) -> Message {
        Message::verbatim(text)
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Message(m)
    }
}

impl From<Option<Message>> for Arg {
    /// None is the empty text (an optional hint).
    fn from(m: Option<Message>) -> Arg {
        m.map_or(Arg::Text(String::new()), Arg::Message)
    }
}

/// Arguments shown as their `Display` text.
macro_rules! text_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Arg {
                Arg::Text(v.to_string())
            }
        }
    )*};
}
text_args!(
    String,
    &str,
    &String,
    &&str,
    char,
    i64,
    std::sync::Arc<str>,
    &std::sync::Arc<str>,
    &compact_str::CompactString
);

/// Counts, which select plural forms in the catalogs.
macro_rules! count_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Arg {
                Arg::Count(u64::try_from(v).unwrap_or(u64::MAX))
            }
        }
    )*};
}
count_args!(usize, u32, u64);

/// A catalog message with named arguments: `msg!("finding-score-blank")`,
/// `msg!("finding-score-mismatch", reported = fmt(r), computed = fmt(c))`.
/// Every id must exist in each language's catalog (a test reads the ids from the source).
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}
pub(crate) use msg;

type Bundle = FluentBundle<FluentResource>;

/// The two bundles, built on first use from the embedded catalogs.
fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(bundle))
}

fn bundle(lang: Lang) -> Bundle {
    let tag = match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en-US",
    };
    let mut b = FluentBundle::new_concurrent(vec![tag.parse().unwrap_or_default()]);
    // Chinese marks where each argument starts and ends, so that `render` can put a space
    // between a Chinese character and a Latin word at that seam (`按 Word 文档读取`) and
    // nowhere else; the marks never reach the output (`space_at_seams`).
    b.set_use_isolating(lang == Lang::Zh);
    for (_, en, zh) in CATALOGS {
        let text = if lang == Lang::Zh { zh } else { en };
        // A catalog that does not parse keeps the entries that did; `i18n::tests` fails on it.
        let res = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(res, _)| res);
        let _ = b.add_resource(res);
    }
    b
}

/// The text of a message without arguments whose id is made at run time (`--help` texts
/// keyed by command and argument); none when the catalog has no such id.
pub fn lookup(lang: Lang, id: &str) -> Option<String> {
    let b = &bundles()[lang.index()];
    let pattern = b.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(b.format_pattern(pattern, None, &mut errors).into_owned())
}

fn render(lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> String {
    let b = &bundles()[lang.index()];
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
        let shown: Vec<String> = args
            .iter()
            .map(|(k, v)| format!("{k}={}", arg_text(lang, v)))
            .collect();
        return format!("{id}({})", shown.join(", "));
    };
    let mut fargs = FluentArgs::with_capacity(args.len());
    for (k, v) in args {
        match v {
            // Counts stay far below 2^53: exact as the float Fluent keeps numbers in.
            Arg::Count(n) => fargs.set(*k, FluentValue::from(*n)),
            _ => fargs.set(*k, FluentValue::String(arg_text(lang, v).into())),
        }
    }
    let mut errors = Vec::new();
    let text = b.format_pattern(pattern, Some(&fargs), &mut errors);
    match lang {
        Lang::Zh => space_at_seams(&text),
        Lang::En => text.into_owned(),
    }
}

/// First strong isolate and pop directional isolate: Fluent's marks around an argument.
const ISOLATE: [char; 2] = ['\u{2068}', '\u{2069}'];

/// A Chinese rendering with Fluent's isolation marks dropped, and a space put where a marked
/// argument meets the catalog's text with a Chinese character on one side and a Latin letter
/// on the other (`按{ $format }读取` with `Word 文档` → `按 Word 文档读取`, not `按Word 文档读取`):
/// the catalogs space Latin words from Chinese, and an argument's first or last word is not
/// known when the catalog is written (#16). Only the seams of arguments are touched: text from
/// the form inside an argument stays as written.
fn space_at_seams(text: &str) -> String {
    if !text.contains(ISOLATE) {
        return text.to_owned();
    }
    let han =
        |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c);
    let latin = |c: char| c.is_ascii_alphabetic();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if !ISOLATE.contains(&c) {
            out.push(c);
            continue;
        }
        let before = out.chars().next_back();
        let after = text[i..].chars().find(|c| !ISOLATE.contains(c));
        if let (Some(b), Some(a)) = (before, after)
            && ((han(b) && latin(a)) || (latin(b) && han(a)))
        {
            out.push(' ');
        }
    }
    out
}

fn arg_text(lang: Lang, a: &Arg) -> String {
    match a {
        Arg::Text(t) => t.clone(),
        Arg::Message(m) => m.render(lang),
        Arg::Count(n) => n.to_string(),
        Arg::Quoted(t) => match lang {
            Lang::Zh => format!("“{t}”"),
            Lang::En => format!("{t:?}"),
        },
        Arg::List(items) => {
            let sep = match lang {
                Lang::Zh => "、",
                Lang::En => ", ",
            };
            let shown: Vec<String> = items.iter().map(|m| m.render(lang)).collect();
            shown.join(sep)
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests;
