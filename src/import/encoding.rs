//! Text encodings of imported files. Most Chinese Windows tools (Notepad before 2019, WPS,
//! Excel's "save as text", many web pages) write GBK, whose superset GB18030 `encoding_rs`
//! decodes. A byte-order mark decides first; text that is valid UTF-8 is UTF-8; anything else
//! is read as GB18030 — and the reader says so, so the guess is visible.

use crate::i18n::{Message, msg};
use std::borrow::Cow;

/// Text decoded from bytes, and the encoding it was read in when not plain UTF-8.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The text.
    pub text: Cow<'a, str>,
    /// `None` for UTF-8 (with or without a byte-order mark); else the encoding's name.
    pub encoding: Option<&'static str>,
    /// True when some bytes fit no encoding tried and were replaced by `�`.
    pub replaced: bool,
}

/// Decodes `bytes`: BOM, then strict UTF-8, then GB18030.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let (text, replaced) = match utf8(rest) {
            Some(t) => (Cow::Borrowed(t), false),
            None => (String::from_utf8_lossy(rest), true),
        };
        return Decoded {
            text,
            encoding: None,
            replaced,
        };
    }
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, replaced) = encoding.decode(bytes);
        return Decoded {
            text,
            encoding: Some(encoding.name()),
            replaced,
        };
    }
    if let Some(text) = utf8(bytes) {
        return Decoded {
            text: Cow::Borrowed(text),
            encoding: None,
            replaced: false,
        };
    }
    let (text, replaced) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    Decoded {
        text,
        encoding: Some("GB18030 (GBK)"),
        replaced,
    }
}

/// `bytes` as text when they are valid UTF-8, checked with SIMD: the standard library's check
/// takes about ten instructions a byte of Chinese text, and an input can be 35 MB (#15).
pub fn utf8(bytes: &[u8]) -> Option<&str> {
    simdutf8::basic::from_utf8(bytes).ok()
}

impl Decoded<'_> {
    /// What the reader did, for a note; `None` for clean UTF-8.
    pub fn message(&self) -> Option<Message> {
        let read = match self.encoding {
            Some(name) => msg!("import-encoding-read-as", encoding = name),
            None if self.replaced => msg!("import-encoding-not-utf8"),
            None => return None,
        };
        Some(if self.replaced {
            msg!("import-encoding-replaced", read = read)
        } else {
            read
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gbk_text_is_read_as_gb18030() {
        let (gbk, _, _) = encoding_rs::GBK.encode("项目支出绩效自评表 |");
        let d = decode(&gbk);
        assert_eq!(d.text, "项目支出绩效自评表 |");
        assert_eq!(d.encoding, Some("GB18030 (GBK)"));
        assert!(
            d.message()
                .is_some_and(|m| m.to_string().contains("GB18030"))
        );
        let utf8 = decode("项目 |".as_bytes());
        assert!(utf8.encoding.is_none() && utf8.message().is_none());
        let bom = decode(b"\xEF\xBB\xBFabc");
        assert_eq!(bom.text, "abc");
    }
}
