//! Stage: load. Unknown keys of rule and case files, found while deserialising with
//! `serde_ignored` (as cargo does): the serde types of [`super::raw_rules`] and
//! [`super::raw_case`] are the one definition of each format, and nothing lists their keys a
//! second time. [`fields_at`] asks the same types which keys a table has, for "did you mean".

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use std::fmt;

/// One step of the path to an unknown key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// A key of a table.
    Key(String),
    /// An element of an array (of tables).
    Index(usize),
}

/// The path of an unknown key, the key last.
pub type KeyPath = Vec<Segment>;

/// The value of `text` and the path of every key its type does not have, in the order met
/// (when the value cannot be read, the unknown keys met before the error). Unknown keys are
/// not an error here: [`crate::validate`] reports them all, with spans.
pub fn deserialize<T: DeserializeOwned>(text: &str) -> (Result<T, toml::de::Error>, Vec<KeyPath>) {
    let mut unknown = Vec::new();
    let value = toml::Deserializer::parse(text)
        .and_then(|de| serde_ignored::deserialize(de, |path| unknown.push(segments(&path))));
    (value, unknown)
}

/// [`deserialize`], with an unknown key as an error (for readers that only want a valid file).
pub fn deserialize_strict<T: DeserializeOwned>(text: &str) -> Result<T, toml::de::Error> {
    let (value, unknown) = deserialize(text);
    let value = value?;
    match unknown.first().and_then(|p| p.last()) {
        None => Ok(value),
        Some(key) => Err(de::Error::custom(format_args!(
            "unknown field `{}`",
            Key(key)
        ))),
    }
}

/// Every key of `text` that `T` does not have, asking `T` ([`fields_at`]) for the keys of each
/// table. For a file `T` cannot be read from: `serde_ignored` stops at the first error, and an
/// author should still see every misspelt key at once.
pub fn every_unknown<T: DeserializeOwned>(text: &str) -> Vec<KeyPath> {
    let mut out = Vec::new();
    if let Ok(root) = toml::de::DeTable::parse(text) {
        walk::<T>(root.get_ref(), &mut Vec::new(), &mut out);
    }
    out
}

fn walk<T: DeserializeOwned>(
    table: &toml::de::DeTable,
    path: &mut KeyPath,
    out: &mut Vec<KeyPath>,
) {
    use toml::de::DeValue;
    let fields = fields_at::<T>(path);
    for (k, v) in table.iter() {
        path.push(Segment::Key(k.get_ref().to_string()));
        // No struct here (`params`, the ids of `[policy.*]`): the keys are free names.
        if fields.is_some_and(|f| !f.contains(&k.get_ref().as_ref())) {
            out.push(path.clone());
            path.pop();
            continue;
        }
        match v.get_ref() {
            DeValue::Table(t) => walk::<T>(t, path, out),
            DeValue::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if let DeValue::Table(t) = item.get_ref() {
                        path.push(Segment::Index(i));
                        walk::<T>(t, path, out);
                        path.pop();
                    }
                }
            }
            _ => {}
        }
        path.pop();
    }
}

struct Key<'a>(&'a Segment);

impl fmt::Display for Key<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.0 {
            Segment::Key(k) => f.write_str(k),
            Segment::Index(i) => write!(f, "{i}"),
        }
    }
}

/// The keys of a `serde_ignored` path; the private fields through which `toml::Spanned` reads
/// its value are not keys of the file.
fn segments(path: &serde_ignored::Path) -> KeyPath {
    let mut out = Vec::new();
    push(path, &mut out);
    out
}

fn push(path: &serde_ignored::Path, out: &mut KeyPath) {
    use serde_ignored::Path;
    match path {
        Path::Root => {}
        Path::Seq { parent, index } => {
            push(parent, out);
            out.push(Segment::Index(*index));
        }
        Path::Map { parent, key } => {
            push(parent, out);
            if !key.starts_with("$__serde_spanned_private_") {
                out.push(Segment::Key(key.clone()));
            }
        }
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => push(parent, out),
    }
}

/// The keys `T` accepts in the table at `path` (the fields of the struct there, serde's names),
/// or none when no struct stands there (a free table such as `params`).
pub fn fields_at<T: DeserializeOwned>(path: &[Segment]) -> Option<&'static [&'static str]> {
    match T::deserialize(Probe { path }) {
        Err(Found::Fields(fields)) => Some(fields),
        _ => None,
    }
}

/// How a [`Probe`] ends: at the struct of the path, or anywhere else.
#[derive(Debug)]
enum Found {
    Fields(&'static [&'static str]),
    Other,
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("probe")
    }
}

impl std::error::Error for Found {}

impl de::Error for Found {
    fn custom<M: fmt::Display>(_: M) -> Found {
        Found::Other
    }
}

/// A deserializer that feeds a type the one path it is asked about, and stops at the struct the
/// path ends in with that struct's fields.
struct Probe<'p> {
    path: &'p [Segment],
}

const SPANNED: &str = "$__serde_spanned_private_Spanned";

impl<'de> de::Deserializer<'de> for Probe<'_> {
    type Error = Found;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Found> {
        Err(Found::Other)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Found> {
        if name == SPANNED {
            return visitor.visit_map(SpannedAccess {
                fields,
                at: 0,
                path: self.path,
            });
        }
        match self.path.split_first() {
            None => Err(Found::Fields(fields)),
            Some((Segment::Key(k), rest)) => visitor.visit_map(Entry {
                key: Some(k),
                path: rest,
            }),
            Some((Segment::Index(_), _)) => Err(Found::Other),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Found> {
        match self.path.split_first() {
            Some((Segment::Key(k), rest)) => visitor.visit_map(Entry {
                key: Some(k),
                path: rest,
            }),
            _ => Err(Found::Other),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Found> {
        match self.path.split_first() {
            Some((Segment::Index(_), rest)) => visitor.visit_seq(Element { path: Some(rest) }),
            _ => Err(Found::Other),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Found> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Found> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct tuple tuple_struct enum identifier ignored_any
    }
}

/// The one key of the path and the rest of the path as its value.
struct Entry<'p> {
    key: Option<&'p str>,
    path: &'p [Segment],
}

impl<'de> MapAccess<'de> for Entry<'_> {
    type Error = Found;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Found> {
        match self.key.take() {
            Some(k) => seed.deserialize(k.into_deserializer()).map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, Found> {
        seed.deserialize(Probe { path: self.path })
    }
}

/// One element: the rest of the path.
struct Element<'p> {
    path: Option<&'p [Segment]>,
}

impl<'de> SeqAccess<'de> for Element<'_> {
    type Error = Found;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Found> {
        match self.path.take() {
            Some(path) => seed.deserialize(Probe { path }).map(Some),
            None => Ok(None),
        }
    }
}

/// `toml::Spanned`'s private map: a start, an end, and the value at the same path.
struct SpannedAccess<'p> {
    fields: &'static [&'static str],
    at: usize,
    path: &'p [Segment],
}

impl<'de> MapAccess<'de> for SpannedAccess<'_> {
    type Error = Found;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Found> {
        match self.fields.get(self.at) {
            Some(f) => seed
                .deserialize(de::value::BorrowedStrDeserializer::new(f))
                .map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, Found> {
        self.at += 1;
        match self.at {
            1 | 2 => seed.deserialize(0u64.into_deserializer()),
            _ => seed.deserialize(Probe { path: self.path }),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::load::raw_case::RawCase;
    use crate::load::raw_rules::RawRuleSet;

    fn key(k: &str) -> Segment {
        Segment::Key(k.to_owned())
    }

    #[test]
    fn the_serde_types_say_which_keys_a_table_has() {
        let header = fields_at::<RawCase>(&[key("header")]).unwrap();
        assert_eq!(header, ["title", "year", "project", "department", "unit"]);
        let ind = fields_at::<RawCase>(&[key("indicators"), Segment::Index(3)]).unwrap();
        assert!(ind.contains(&"shares_points") && ind.contains(&"level3"));
        let level1 =
            fields_at::<RawRuleSet>(&[key("weights"), key("level1"), Segment::Index(0)]).unwrap();
        assert!(level1.contains(&"ref") && level1.contains(&"aliases"));
        let policy = fields_at::<RawRuleSet>(&[key("policy"), key("note1")]).unwrap();
        assert!(policy.contains(&"assumed"));
        let root = fields_at::<RawRuleSet>(&[]).unwrap();
        assert!(root.contains(&"rule_set") && root.contains(&"scripts"));
        // `[[scripts]] params` is a free table.
        assert_eq!(
            fields_at::<RawRuleSet>(&[key("scripts"), Segment::Index(0), key("params")]),
            None
        );
    }

    #[test]
    fn every_unknown_key_is_found_with_its_path() {
        let text = "[header]\nprojet = \"x\"\nproject = \"p\"\n\n[[indicators]]\nlevel1 = \"a\"\nlevel2 = \"b\"\nlevel3 = \"c\"\npionts = \"1\"\n\n[totl]\n";
        let (value, unknown) = deserialize::<RawCase>(text);
        assert!(value.is_ok());
        assert_eq!(
            unknown,
            [
                vec![key("header"), key("projet")],
                vec![key("indicators"), Segment::Index(0), key("pionts")],
                vec![key("totl")],
            ]
        );
        assert_eq!(every_unknown::<RawCase>(text), unknown);
        // A file serde cannot read (`project` missing) still has every unknown key found.
        let broken = text.replace("project = \"p\"\n", "");
        let (value, met) = deserialize::<RawCase>(&broken);
        assert!(value.is_err());
        assert_eq!(met, [vec![key("header"), key("projet")]]);
        assert_eq!(every_unknown::<RawCase>(&broken), unknown);
        let err = deserialize_strict::<RawCase>(text).unwrap_err();
        assert_eq!(err.message(), "unknown field `projet`");
    }
}
