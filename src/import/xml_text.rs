//! What the XML documents the readers open (a `.docx`'s `document.xml`, Excel 2003's
//! SpreadsheetML) write as a reference, `&#x4E2D;` or `&amp;`, stands for: one character,
//! the same for every reader (review D4: the docx and SpreadsheetML readers each had a copy).

use quick_xml::events::BytesRef;

/// The character `reference` stands for: a character reference, or one of XML's five named
/// entities. None for any other name (a DTD's own entity, which these files never declare):
/// the reference is left out, as Word and Excel show nothing for it.
pub(crate) fn ref_char(reference: &BytesRef<'_>) -> Option<char> {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        return Some(c);
    }
    match reference.xml10_content().as_ref() {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "apos" => Some('\''),
        "quot" => Some('"'),
        _ => None,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use quick_xml::events::Event;

    /// Every reference of a text, as a reader meets them.
    fn refs(xml: &str) -> Vec<Option<char>> {
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut out = Vec::new();
        loop {
            match reader.read_event().unwrap() {
                Event::GeneralRef(r) => out.push(ref_char(&r)),
                Event::Eof => return out,
                _ => {}
            }
        }
    }

    #[test]
    fn character_and_named_references_give_their_character() {
        assert_eq!(
            refs("<t>&#x4E2D;&#25991;&lt;&gt;&amp;&apos;&quot;&nbsp;</t>"),
            vec![
                Some('中'),
                Some('文'),
                Some('<'),
                Some('>'),
                Some('&'),
                Some('\''),
                Some('"'),
                None
            ]
        );
    }
}
