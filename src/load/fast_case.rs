//! A fast reader for case files in the layout jixiao writes them (`import`, `gen`: see
//! [`crate::import::draft`]): the line reader of [`super::fast_toml`] builds a small document
//! of tables, and a serde `Deserializer` over that document drives [`RawCase`]'s own derive,
//! so the case format is defined once, on the serde types of [`super::raw_case`], and read
//! here at a fraction of the `toml` parser's cost (reading case files is most of what `score`
//! does on a large corpus). A field added to a `Raw*` type is read here without a change.
//!
//! It is an accelerator, not a second reading of the format: whenever a file uses anything
//! else TOML allows (multi-line strings, inline tables in place of tables, dotted keys, …), or
//! anything is wrong with it (unknown or repeated keys, a missing required key, a value of the
//! wrong type, bad syntax), [`read`] returns `None` and the caller parses the file with the
//! `toml` crate, which accepts every valid file and reports every error. A test compares the
//! two readers on every shipped case, thousands of generated ones and mutations of them; the
//! fuzz harness does the same (`cargo run --example fuzz`).

use super::fast_toml::{Line, Reader, Value};
use super::raw_case::RawCase;
use serde::Deserialize;
use serde::de::value::{MapDeserializer, SeqDeserializer, StrDeserializer};
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, Visitor};
use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

/// Reads a case file written in the canonical layout; `None` when the TOML parser must decide.
pub fn read(text: &str) -> Option<RawCase> {
    RawCase::deserialize(Node::Table(document(text)?)).ok()
}

/// A value of the document: one written on a `key = value` line, a `[table]`, or the tables of
/// an `[[array]]`.
enum Node<'a> {
    Value(Value<'a>),
    Table(Table<'a>),
    Tables(Vec<Table<'a>>),
}

/// A table: the span of its `[header]` line (as the TOML parser spans a table) and its
/// entries in the order written.
struct Table<'a> {
    span: Range<usize>,
    entries: Vec<(Cow<'a, str>, Node<'a>)>,
}

/// The document of `text`: the root table with a table or an array of tables for each
/// one-segment header (`[header]`, `[[indicators]]`). `None` for anything else, and for a key
/// or table given twice, which TOML forbids.
fn document(text: &str) -> Option<Table<'_>> {
    let mut reader = Reader::new(text)?;
    let mut root = Table::new(0..0);
    // The root entry that the keys below the last header go to; none: the root itself.
    let mut open: Option<usize> = None;
    while let Some(line) = reader.next()? {
        match line {
            Line::Table { path, array, span } => {
                let [name] = <[Cow<'_, str>; 1]>::try_from(path).ok()?;
                open = Some(root.open(name, array, span)?);
            }
            Line::Pair { key, value } => {
                let table = match open {
                    None => &mut root,
                    Some(i) => root.entries.get_mut(i)?.1.last_table()?,
                };
                table.insert(key, Node::Value(value))?;
            }
        }
    }
    Some(root)
}

impl<'a> Table<'a> {
    fn new(span: Range<usize>) -> Table<'a> {
        Table {
            span,
            entries: Vec::new(),
        }
    }

    /// Adds `key`; `None` when the table has it already.
    fn insert(&mut self, key: Cow<'a, str>, node: Node<'a>) -> Option<()> {
        if self.entries.iter().any(|(k, _)| *k == key) {
            return None;
        }
        self.entries.push((key, node));
        Some(())
    }

    /// Opens `[name]` (or another table of `[[name]]` when `array`) and returns its entry's
    /// position; `None` when `name` is taken by anything else.
    fn open(&mut self, name: Cow<'a, str>, array: bool, span: Range<usize>) -> Option<usize> {
        let table = Table::new(span);
        if let Some(i) = self.entries.iter().position(|(k, _)| *k == name) {
            return match (&mut self.entries.get_mut(i)?.1, array) {
                (Node::Tables(list), true) => {
                    list.push(table);
                    Some(i)
                }
                _ => None,
            };
        }
        let node = if array {
            Node::Tables(vec![table])
        } else {
            Node::Table(table)
        };
        self.entries.push((name, node));
        Some(self.entries.len() - 1)
    }
}

impl<'a> Node<'a> {
    /// The table the following keys go to: this one, or the last of an array.
    fn last_table(&mut self) -> Option<&mut Table<'a>> {
        match self {
            Node::Table(t) => Some(t),
            Node::Tables(list) => list.last_mut(),
            Node::Value(_) => None,
        }
    }

    /// The span `toml::Spanned` gives this value; none where this reader keeps none.
    fn span(&self) -> Option<Range<usize>> {
        match self {
            Node::Value(
                Value::Str(_, s) | Value::Int(_, s) | Value::Array(_, s) | Value::Table(_, s),
            ) => Some(s.clone()),
            Node::Table(t) => Some(t.span.clone()),
            Node::Value(Value::Bool(_)) | Node::Tables(_) => None,
        }
    }
}

/// Why the document was not read: the caller hands the file to the TOML parser, which says
/// what is wrong, so nothing is kept.
#[derive(Debug)]
struct Declined;

impl fmt::Display for Declined {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("declined to the TOML parser")
    }
}

impl std::error::Error for Declined {}

impl de::Error for Declined {
    fn custom<M: fmt::Display>(_: M) -> Declined {
        Declined
    }
}

impl<'de> IntoDeserializer<'de, Declined> for Node<'de> {
    type Deserializer = Node<'de>;

    fn into_deserializer(self) -> Node<'de> {
        self
    }
}

/// A whole sequence read, or declined.
fn visit_seq<'de, V, I>(visitor: V, items: I) -> Result<V::Value, Declined>
where
    V: Visitor<'de>,
    I: Iterator<Item: IntoDeserializer<'de, Declined>>,
{
    let mut seq = SeqDeserializer::new(items);
    let value = visitor.visit_seq(&mut seq)?;
    seq.end()?;
    Ok(value)
}

impl<'de> de::Deserializer<'de> for Node<'de> {
    type Error = Declined;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        match self {
            Node::Value(Value::Str(Cow::Borrowed(s), _)) => visitor.visit_borrowed_str(s),
            Node::Value(Value::Str(Cow::Owned(s), _)) => visitor.visit_string(s),
            Node::Value(Value::Int(i, _)) => visitor.visit_i64(i),
            Node::Value(Value::Bool(b)) => visitor.visit_bool(b),
            Node::Value(Value::Array(items, _)) => visit_seq(visitor, items.into_iter()),
            Node::Value(Value::Table(pairs, _)) => {
                let mut map = MapDeserializer::new(pairs.into_iter());
                let value = visitor.visit_map(&mut map)?;
                map.end()?;
                Ok(value)
            }
            Node::Table(t) => visitor.visit_map(Entries {
                entries: t.entries.into_iter(),
                value: None,
            }),
            Node::Tables(list) => visit_seq(visitor, list.into_iter().map(Node::Table)),
        }
    }

    /// A key that is present is `Some`; an absent one is the field's `#[serde(default)]`.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        visitor.visit_some(self)
    }

    /// `toml::Spanned` asks for a struct of its own name: it is given the value's span the way
    /// the TOML parser gives it. Other structs are read from tables only.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Declined> {
        if serde_spanned::de::is_spanned(name) {
            let span = self.span().ok_or(Declined)?;
            return visitor.visit_map(serde_spanned::de::SpannedDeserializer::new(self, span));
        }
        match self {
            Node::Table(_) => self.deserialize_any(visitor),
            _ => Err(Declined),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Declined> {
        visitor.visit_newtype_struct(self)
    }

    /// The derive skips a key its struct does not have this way: an unknown key, which the
    /// TOML parser's reading reports.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Declined> {
        Err(Declined)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Declined> {
        Err(Declined)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map identifier
    }
}

/// The entries of a table, key then value.
struct Entries<'de> {
    entries: std::vec::IntoIter<(Cow<'de, str>, Node<'de>)>,
    value: Option<Node<'de>>,
}

impl<'de> MapAccess<'de> for Entries<'de> {
    type Error = Declined;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Declined> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        self.value = Some(value);
        seed.deserialize(StrDeserializer::new(&key)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Declined> {
        seed.deserialize(self.value.take().ok_or(Declined)?)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

#[cfg(test)]
mod tests {
    use super::read;
    use crate::load::raw_case::parse_toml;

    /// The fast reader either declines or reads exactly what the TOML parser reads, spans
    /// included; it never accepts a file the TOML parser refuses.
    fn agrees(name: &str, text: &str) {
        crate::load::fast_toml::assert_agrees(name, read(text), parse_toml(text));
    }

    fn shipped() -> Vec<(String, String)> {
        let mut out = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let files = crate::load::case_files(&[root.join("cases"), root.join("tests/broken")])
            .unwrap_or_default();
        for f in files {
            if let Ok(text) = std::fs::read_to_string(&f) {
                out.push((f.display().to_string(), text));
            }
        }
        out
    }

    #[test]
    fn reads_every_shipped_and_generated_case_as_toml_does() {
        let shipped = shipped();
        assert!(shipped.len() > 30, "found {} case files", shipped.len());
        let mut read_fast = 0;
        for (name, text) in &shipped {
            agrees(name, text);
            read_fast += usize::from(read(text).is_some());
        }
        // Files jixiao wrote itself take the fast path.
        assert!(read_fast >= 30, "only {read_fast} shipped cases read fast");
        for i in 0..2000 {
            let (name, text) = crate::generate::case(7, i, "anhui-2023");
            agrees(&name, &text);
            assert!(read(&text).is_some(), "{name} not read fast");
        }
    }

    /// `cells = { … }` written by `import` from a workbook (#16) is read fast, spans as TOML's.
    #[test]
    fn reads_imported_cells_as_toml_does() {
        let text = "[header]\nproject = \"p\"\n\n[[funds]]\nlabel = \"年度资金总额:\"\nspent = \"1\"\ncells = { label = \"表1!C6\", spent = \"表1!F6\" }\n\n[[indicators]]\nlevel1 = \"产出指标\"\nlevel2 = \"数量指标\"\nlevel3 = \"指标1\"\nactual = \"1\"\ncells = { level3 = \"表1!D13\", actual = \"表1!F13\" }\n\n[total]\nscore = \"1\"\ncells = { score = \"表1!H20\" }\n";
        let cells_read = |raw: super::RawCase| {
            raw.indicators
                .first()
                .and_then(|i| i.get_ref().cells.as_ref())
                .map(|c| c.get_ref().0.len())
        };
        assert_eq!(read(text).and_then(cells_read), Some(2));
        agrees("cells", text);
        for declined in [
            "[header]\nproject = \"p\"\n[total]\ncells = { score = \"a\", }\n",
            "[header]\nproject = \"p\"\n[total]\ncells = { score = \"a\", score = \"b\" }\n",
        ] {
            assert!(read(declined).is_none(), "{declined}");
            agrees(declined, declined);
        }
        assert!(read("[header]\nproject = \"p\"\n[total]\ncells = { score = \"a\" }\n").is_some());
    }

    /// The format is the derive's: a document it refuses (a key or table given twice, a key no
    /// `Raw*` type has, a value of another type, a required key missing) is declined, and the
    /// TOML parser says what is wrong.
    #[test]
    fn declines_what_the_derive_or_toml_refuses() {
        assert!(read("[header]\nproject = \"p\"\n").is_some());
        let p = "[header]\nproject = \"p\"\n";
        for declined in [
            String::new(),
            "[form]\nsource = \"a\"\n".to_owned(),
            "[[header]]\nproject = \"p\"\n".to_owned(),
            "[header]\nproject = true\n".to_owned(),
            "[header]\nproject = [\"p\"]\n".to_owned(),
            format!("{p}project = \"q\"\n"),
            format!("{p}[header]\n"),
            format!("{p}projetc = \"q\"\n"),
            format!("{p}[extra]\n"),
            format!("notes = []\n{p}[notes]\n"),
            format!("{p}[form]\nindex = \"3\"\n"),
            format!("{p}[form]\nindex = -1\n"),
            format!("{p}[form]\nconstructed = 1\n"),
            format!("{p}[form]\nrules = true\n"),
            format!("{p}[[funds]]\nspent = \"1\"\n"),
            format!("{p}[[funds]]\nlabel = \"a\"\n[funds]\n"),
            format!("{p}[[funds]]\nlabel = \"a\"\ncells = {{ spent = 1 }}\n"),
            format!("{p}[total]\nscore = \"1\"\ncells = \"x\"\n"),
            format!("{p}[expect]\nfindings = \"x\"\n"),
        ] {
            assert!(read(&declined).is_none(), "{declined:?}");
            agrees(&declined, &declined);
        }
    }

    /// Small edits of real files: every one either declined or read as TOML reads it.
    #[test]
    fn agrees_with_toml_on_mutated_files() {
        const SNIPPETS: &[&str] = &[
            "\"",
            "'",
            "\\",
            "\\u00e9",
            "\\U0001F600",
            "\\x41",
            "\\e",
            "#",
            "[",
            "]",
            "[[",
            "=",
            " = ",
            ",",
            "\n",
            "\r\n",
            "\t",
            "\u{7f}",
            "\u{1}",
            "1",
            "0",
            "-",
            "+",
            "_",
            ".5",
            "e3",
            "true",
            "false",
            "inf",
            "nan",
            "1979-05-27",
            "[form]",
            "[header]",
            "[[funds]]",
            "[total]",
            "[expect]",
            "[[indicators]]",
            "notes = []",
            "points = 5\n",
            "level1 = \"产\"\n",
            "x = 1\n",
            "a.b = 1\n",
            "\"k\" = \"v\"\n",
            "target = '≥5'\n",
            "score = \"\"\"7\"\"\"\n",
            "{ a = 1 }",
            "\u{feff}",
            "shares_points = true\n",
            "index = -1\n",
            "index = 4294967296\n",
            "findings = [\"a\",]\n",
            "findings = [ # c\n\"a\"\n]\n",
            "cells = { actual = \"表1!F13\" }\n",
            "cells = { a = \"x\", }\n",
            "cells = { a = \"x\", a = \"y\" }\n",
            "cells = { a.b = \"x\" }\n",
            "cells = {}\n",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut bases = shipped();
        bases.truncate(40);
        for i in 0..20 {
            bases.push(crate::generate::case(3, i, "anhui-2023"));
        }
        let mut declined = 0;
        let mut total = 0;
        for (name, text) in &bases {
            for round in 0..150 {
                let mut t = text.clone();
                for _ in 0..=next(3) {
                    let mut at = next(t.len() + 1);
                    while !t.is_char_boundary(at) {
                        at -= 1;
                    }
                    match next(4) {
                        0 => {
                            let mut end = at + 1;
                            while end < t.len() && !t.is_char_boundary(end) {
                                end += 1;
                            }
                            if end <= t.len() {
                                t.replace_range(at..end, "");
                            }
                        }
                        1 => {
                            // Repeat the line under the cursor.
                            let start = t[..at].rfind('\n').map_or(0, |p| p + 1);
                            let end = t[at..].find('\n').map_or(t.len(), |p| at + p);
                            let line = format!("{}\n", &t[start..end]);
                            t.insert_str(start, &line);
                        }
                        _ => t.insert_str(at, SNIPPETS[next(SNIPPETS.len())]),
                    }
                }
                total += 1;
                declined += usize::from(read(&t).is_none());
                agrees(&format!("{name} (mutation {round})"), &t);
            }
        }
        // Both paths are exercised.
        assert!(
            declined > total / 10 && declined < total,
            "{declined} of {total} declined"
        );
    }
}
