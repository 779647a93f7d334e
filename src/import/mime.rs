//! MIME containers: Word's and Excel's "单个文件网页" (`.mht`, `multipart/related`) and
//! e-mails saved as `.eml` (tester s17s F5, F7). Told by content (a header block naming
//! `MIME-Version`), whatever the extension. The container is taken apart into its leaf parts —
//! headers unfolded, `multipart/*` bodies cut at their boundaries, each body decoded from
//! `quoted-printable` or `base64`, file names decoded from RFC 2047 (`=?gbk?b?…?=`) and
//! RFC 2231 (`filename*=gbk''%D2%BD…`) — and [`read`] hands the part that holds forms to the
//! reader for what it is: a page's HTML to [`super::html`] as UTF-8 text (decoded by the
//! part's `charset`), an attachment to [`super::read_any`] like a file of its own. Which part
//! was read is said in a note on every form.

use super::grid::{ImportNote, NoteKind};
use super::{InputFormat, Pending, Reading};
use crate::i18n::msg;
use crate::source::Source;
use std::borrow::Cow;

/// How deep `multipart` parts may nest (a mail's `mixed` holds an `alternative` holds a
/// `related`: three).
const MAX_DEPTH: usize = 8;

/// How many leaf parts are read (a web archive holds its page and its pictures).
const MAX_PARTS: usize = 1000;

/// The header block is looked for in the first bytes only.
const HEAD_BYTES: usize = 64 * 1024;

/// A leaf part of a MIME container, its body decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// `type/subtype`, lower case (`text/plain` when the part names none).
    pub content_type: String,
    /// The `charset` its `Content-Type` names, lower case.
    pub charset: Option<String>,
    /// Its `Content-Transfer-Encoding`, lower case (`7bit` when none).
    pub transfer: String,
    /// The file name of an attachment (`Content-Disposition` `filename`, else `Content-Type`
    /// `name`), decoded.
    pub name: Option<String>,
    /// True when `Content-Disposition` says `attachment`.
    pub attachment: bool,
    /// The body, decoded from its transfer encoding (still in its charset).
    pub body: Vec<u8>,
}

impl Part {
    /// The body as text: decoded by its `charset` (GBK and GB2312 as GB18030, their
    /// superset), else UTF-8 when valid, else GB18030.
    pub fn text(&self) -> Cow<'_, str> {
        let label = self.charset.as_deref().unwrap_or_default();
        match encoding_rs::Encoding::for_label(label.as_bytes()) {
            Some(enc) => {
                gb18030_for_gbk(enc)
                    .decode_without_bom_handling(&self.body)
                    .0
            }
            None => super::encoding::decode(&self.body).text,
        }
    }

    /// How the part was written, for a note: `` `quoted-printable` `charset=gb2312` ``.
    fn written(&self) -> String {
        // In code spans: the same words in either language.
        match &self.charset {
            Some(c) => format!("`{}` `charset={c}`", self.transfer),
            None => format!("`{}`", self.transfer),
        }
    }
}

/// True when `bytes` begin with a MIME header block (`Name: value` lines, then a blank line)
/// that names `MIME-Version`.
pub fn looks_like(bytes: &[u8]) -> bool {
    let head = bytes.get(..bytes.len().min(HEAD_BYTES)).unwrap_or(bytes);
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let Some((headers, _)) = split_head(head) else {
        return false;
    };
    headers.iter().any(|(name, _)| name == "mime-version")
}

/// The leaf parts of a MIME container, in order; empty when `bytes` are none.
pub fn parts(bytes: &[u8]) -> Vec<Part> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut out = Vec::new();
    leaves(bytes, 0, &mut out);
    out
}

/// True for a web archive (`.mht`: one `multipart/related` page and its pictures); false for
/// a mail — which has a `To` or `Received` header, even when it is a page with its pictures
/// (Word writes neither; Internet Explorer writes `From: <Saved by …>` and a `Subject`).
fn is_web_archive(bytes: &[u8]) -> bool {
    split_head(bytes).is_some_and(|(headers, _)| {
        let related = header(&headers, "content-type").is_some_and(|t| {
            t.trim_start()
                .to_ascii_lowercase()
                .starts_with("multipart/related")
        });
        related && !headers.iter().any(|(n, _)| n == "to" || n == "received")
    })
}

/// Adds the leaf parts of the entity `bytes` (headers, blank line, body) to `out`.
fn leaves(bytes: &[u8], depth: usize, out: &mut Vec<Part>) {
    if out.len() >= MAX_PARTS {
        return;
    }
    let Some((headers, body)) = split_head(bytes) else {
        return;
    };
    let content_type = header(&headers, "content-type").unwrap_or_default();
    let (kind, params) = parse_value(&content_type);
    let kind = if kind.is_empty() {
        "text/plain".to_owned()
    } else {
        kind
    };
    if kind.starts_with("multipart/") && depth < MAX_DEPTH {
        if let Some(boundary) = param(&params, "boundary") {
            for entity in split_multipart(body, boundary.as_bytes()) {
                leaves(entity, depth + 1, out);
            }
        }
        return;
    }
    let transfer = header(&headers, "content-transfer-encoding")
        .map(|t| t.trim().to_ascii_lowercase())
        .unwrap_or_else(|| "7bit".to_owned());
    let disposition = header(&headers, "content-disposition").unwrap_or_default();
    let (disposition, disposition_params) = parse_value(&disposition);
    let name = param(&disposition_params, "filename").or_else(|| param(&params, "name"));
    out.push(Part {
        content_type: kind,
        charset: param(&params, "charset").map(|c| c.to_ascii_lowercase()),
        body: match transfer.as_str() {
            "quoted-printable" => quoted_printable(body),
            "base64" => base64(body),
            _ => body.to_vec(),
        },
        transfer,
        name: name.map(|n| decode_words(&n)).filter(|n| !n.is_empty()),
        attachment: disposition == "attachment",
    });
}

/// An entity's headers: (name in lower case, value), in order.
type Headers = Vec<(String, String)>;

/// The headers (names lower case, continuation lines unfolded, values decoded as UTF-8 or
/// GB18030) and the body after the blank line. `None` unless the first line is a header.
fn split_head(bytes: &[u8]) -> Option<(Headers, &[u8])> {
    let mut headers: Headers = Vec::new();
    let mut at = 0;
    loop {
        let end = memchr::memchr(b'\n', bytes.get(at..)?).map_or(bytes.len(), |i| at + i);
        let raw = bytes.get(at..end)?;
        let line = raw.strip_suffix(b"\r").unwrap_or(raw);
        let next = (end + 1).min(bytes.len());
        if line.is_empty() {
            return (!headers.is_empty()).then(|| (headers, bytes.get(next..).unwrap_or_default()));
        }
        if line.first().is_some_and(|b| *b == b' ' || *b == b'\t') {
            let (_, value) = headers.last_mut()?;
            value.push(' ');
            value.push_str(super::encoding::decode(line).text.trim());
        } else {
            // The name is checked on the bytes first: most inputs fail at their first line.
            let colon = memchr::memchr(b':', line)?;
            let name = line.get(..colon)?;
            let valid = !name.is_empty()
                && name
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_');
            if !valid {
                return None;
            }
            let value = super::encoding::decode(line.get(colon + 1..)?).text;
            let name = String::from_utf8_lossy(name).to_ascii_lowercase();
            headers.push((name, value.trim().to_owned()));
        }
        if end >= bytes.len() {
            // Headers and no body.
            return (!headers.is_empty()).then_some((headers, &[][..]));
        }
        at = next;
    }
}

/// The first header named `name` (lower case).
fn header(headers: &[(String, String)], name: &str) -> Option<String> {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
}

/// A header value `kind; a=1; b="two; three"` as its kind (lower case) and parameters (names
/// lower case, quotes taken off).
fn parse_value(value: &str) -> (String, Vec<(String, String)>) {
    let mut pieces = Vec::new();
    let (mut piece, mut quoted) = (String::new(), false);
    for c in value.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => pieces.push(std::mem::take(&mut piece)),
            _ => piece.push(c),
        }
    }
    pieces.push(piece);
    let mut pieces = pieces.into_iter();
    let kind = pieces
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let params = pieces
        .filter_map(|p| {
            let (name, value) = p.split_once('=')?;
            Some((name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        })
        .collect();
    (kind, params)
}

/// The parameter `name`: plain (`name="…"`, RFC 2047 words decoded by the caller), or in
/// RFC 2231's form — `name*=gbk''%D2%BD`, or cut into `name*0*=`, `name*1*=` … — decoded here.
fn param(params: &[(String, String)], name: &str) -> Option<String> {
    if let Some((_, v)) = params.iter().find(|(n, _)| n == name) {
        return Some(v.clone());
    }
    let extended = format!("{name}*");
    let mut pieces: Vec<(usize, bool, &str)> = params
        .iter()
        .filter_map(|(n, v)| {
            let rest = n.strip_prefix(&extended)?;
            if rest.is_empty() {
                return Some((0, true, v.as_str()));
            }
            let (number, encoded) = match rest.strip_suffix('*') {
                Some(number) => (number, true),
                None => (rest, false),
            };
            Some((number.parse().ok()?, encoded, v.as_str()))
        })
        .collect();
    if pieces.is_empty() {
        return None;
    }
    pieces.sort_by_key(|(i, _, _)| *i);
    let mut charset = None;
    let mut raw = Vec::new();
    for (i, encoded, value) in pieces {
        let mut value = value;
        if i == 0 && encoded {
            // `charset'language'text`
            let mut fields = value.splitn(3, '\'');
            if let (Some(c), Some(_), Some(text)) = (fields.next(), fields.next(), fields.next()) {
                charset = Some(c.to_owned());
                value = text;
            }
        }
        if encoded {
            raw.extend(percent_decode(value.as_bytes()));
        } else {
            raw.extend_from_slice(value.as_bytes());
        }
    }
    Some(decode_in(charset.as_deref().unwrap_or_default(), &raw))
}

/// `%XX` escapes decoded; anything else kept.
fn percent_decode(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match (
            b,
            bytes.get(i + 1).and_then(hex),
            bytes.get(i + 2).and_then(hex),
        ) {
            (b'%', Some(hi), Some(lo)) => {
                out.push(hi << 4 | lo);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// GBK and GB2312 are read as GB18030, their superset (as browsers and mail programs do).
fn gb18030_for_gbk(enc: &'static encoding_rs::Encoding) -> &'static encoding_rs::Encoding {
    if enc == encoding_rs::GBK {
        encoding_rs::GB18030
    } else {
        enc
    }
}

/// `raw` in the charset `label`; unknown or none: UTF-8 when valid, else GB18030.
fn decode_in(label: &str, raw: &[u8]) -> String {
    match encoding_rs::Encoding::for_label(label.trim().as_bytes()) {
        Some(enc) => gb18030_for_gbk(enc)
            .decode_without_bom_handling(raw)
            .0
            .into_owned(),
        None => super::encoding::decode(raw).text.into_owned(),
    }
}

/// A header's text with its RFC 2047 encoded words (`=?gbk?b?…?=`, `=?utf-8?q?…?=`) decoded;
/// the white space between two encoded words is dropped, as the RFC says, and the bytes of
/// adjacent words in one charset are decoded together (some mailers cut a name's words in the
/// middle of a character).
pub fn decode_words(text: &str) -> String {
    let mut out = String::new();
    // The words not yet decoded: their charset and bytes.
    let mut pending: Option<(String, Vec<u8>)> = None;
    let flush = |out: &mut String, pending: &mut Option<(String, Vec<u8>)>| {
        if let Some((charset, raw)) = pending.take() {
            out.push_str(&decode_in(&charset, &raw));
        }
    };
    let mut rest = text;
    while let Some(start) = rest.find("=?") {
        let (before, from) = rest.split_at(start);
        let Some((charset, raw, len)) = encoded_word(from) else {
            flush(&mut out, &mut pending);
            out.push_str(before);
            out.push_str("=?");
            rest = from.get(2..).unwrap_or_default();
            continue;
        };
        let adjacent = pending.is_some() && before.trim().is_empty();
        match &mut pending {
            Some((c, bytes)) if adjacent && c.eq_ignore_ascii_case(&charset) => {
                bytes.extend(raw);
            }
            _ => {
                flush(&mut out, &mut pending);
                if !adjacent {
                    out.push_str(before);
                }
                pending = Some((charset, raw));
            }
        }
        rest = from.get(len..).unwrap_or_default();
    }
    flush(&mut out, &mut pending);
    out.push_str(rest);
    out
}

/// One encoded word at the start of `text`: its charset, its bytes and its length in `text`.
fn encoded_word(text: &str) -> Option<(String, Vec<u8>, usize)> {
    let inner = text.strip_prefix("=?")?;
    let (label, inner) = inner.split_once('?')?;
    let (coding, inner) = inner.split_once('?')?;
    let end = inner.find("?=")?;
    let data = inner.get(..end)?;
    let raw = match coding.to_ascii_lowercase().as_str() {
        "b" => base64(data.as_bytes()),
        "q" => quoted_printable(data.replace('_', " ").as_bytes()),
        _ => return None,
    };
    let len = 2 + label.len() + 1 + coding.len() + 1 + end + 2;
    // `charset*language` (RFC 2231) drops the language.
    let charset = label.split('*').next().unwrap_or_default().to_owned();
    Some((charset, raw, len.min(text.len())))
}

/// The entities of a `multipart` body between its `--boundary` lines (the preamble before the
/// first and the epilogue after `--boundary--` left out).
fn split_multipart<'a>(body: &'a [u8], boundary: &[u8]) -> Vec<&'a [u8]> {
    let mut delimiter = b"--".to_vec();
    delimiter.extend_from_slice(boundary);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut at = 0;
    while at < body.len() {
        let end = memchr::memchr(b'\n', body.get(at..).unwrap_or_default())
            .map_or(body.len(), |i| at + i);
        let line = body.get(at..end).unwrap_or_default();
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if let Some(rest) = line.strip_prefix(delimiter.as_slice()) {
            let closing = rest.starts_with(b"--");
            if rest
                .iter()
                .skip(if closing { 2 } else { 0 })
                .all(|b| b.is_ascii_whitespace())
            {
                if let Some(s) = start {
                    // The line break before the delimiter belongs to it.
                    let mut e = at;
                    if e > s && body.get(e - 1) == Some(&b'\n') {
                        e -= 1;
                        if e > s && body.get(e - 1) == Some(&b'\r') {
                            e -= 1;
                        }
                    }
                    out.extend(body.get(s..e));
                }
                if closing {
                    return out;
                }
                start = Some((end + 1).min(body.len()));
            }
        }
        at = end + 1;
    }
    // No closing delimiter (a mail cut short): the last part runs to the end.
    if let Some(s) = start {
        out.extend(body.get(s..));
    }
    out
}

/// The value of a hexadecimal digit.
fn hex(b: &u8) -> Option<u8> {
    (*b as char).to_digit(16).and_then(|d| u8::try_from(d).ok())
}

/// Quoted-printable decoded: `=XX` is the byte XX, `=` at a line's end (a soft line break) is
/// nothing; a `=` followed by neither is kept as it is.
pub fn quoted_printable(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b != b'=' {
            out.push(b);
            i += 1;
            continue;
        }
        match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(b'\n'), _) => i += 2,
            (Some(b'\r'), Some(b'\n')) => i += 3,
            (Some(h), Some(l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push(hex(h).unwrap_or_default() << 4 | hex(l).unwrap_or_default());
                i += 3;
            }
            _ => {
                // A soft break with white space after the `=` (some mailers pad lines).
                let rest = bytes.get(i + 1..).unwrap_or_default();
                let pad = rest
                    .iter()
                    .take_while(|b| **b == b' ' || **b == b'\t')
                    .count();
                match rest.get(pad..) {
                    Some([b'\n', ..]) => i += 1 + pad + 1,
                    Some([b'\r', b'\n', ..]) => i += 1 + pad + 2,
                    _ => {
                        out.push(b);
                        i += 1;
                    }
                }
            }
        }
    }
    out
}

/// Base64 decoded; line breaks and any other byte outside the alphabet skipped, decoding
/// stopped at the first `=` pad.
pub fn base64(bytes: &[u8]) -> Vec<u8> {
    let value = |b: u8| -> Option<u32> {
        Some(u32::from(match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        }))
    };
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in bytes {
        if b == b'=' {
            break;
        }
        let Some(v) = value(b) else { continue };
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xFF) as u8);
        }
    }
    out
}

/// A part that may hold forms, as [`read`] tries it.
enum Candidate<'a> {
    /// The page (its HTML parts, joined): a web archive's, or a mail's HTML body.
    Page(Vec<&'a Part>),
    /// An attachment, read like a file of its own.
    Attachment(&'a Part),
    /// A mail's plain text body, tried only when it has no HTML body.
    Text(&'a Part),
}

/// Which part of a container was read, for the note on its forms.
#[derive(Debug, Clone)]
enum What {
    /// A web archive's page, written so (`quoted-printable, charset=gb2312`).
    Page(String),
    /// A mail's body, written so.
    Body(String),
    /// A mail's attachment, by name.
    Attachment(String),
}

impl What {
    /// The note on every form read from this part.
    fn message(&self) -> crate::i18n::Message {
        match self {
            What::Page(written) => msg!("import-mime-page", written = written.as_str()),
            What::Body(written) => msg!("import-mime-mail-body", written = written.as_str()),
            What::Attachment(name) => msg!("import-mime-mail-attachment", name = name.as_str()),
        }
    }

    /// The part's name in a list: an attachment's name, else the mail's body.
    fn name(&self) -> String {
        match self {
            What::Attachment(name) => name.clone(),
            _ => crate::i18n::msg!("import-mime-the-body").to_string(),
        }
    }
}

/// What reading a container gives ([`super::read_any`]'s result).
type Read = Result<(InputFormat, Reading, Option<Source>), String>;

/// A part's forms read, as [`super::read_any`] reads a file's (a stream taken whole).
type ReadPart = Result<(InputFormat, Pending, Option<Source>), String>;

/// A part read: which, and what reading it gave.
type Tried = (What, ReadPart);

/// Reads the forms of a MIME container: the part that holds them, with a note saying which,
/// and a note for each attachment that was not read. `Err` names the parts when several hold
/// forms (one input's forms are one file's) or says why each attachment held none, so that
/// the officer knows to save them and import them.
pub(super) fn read(source_name: &str, bytes: &[u8], rules: Option<&str>) -> Read {
    let web = is_web_archive(bytes);
    let parts = parts(bytes);
    let tried: Vec<Tried> = candidates(&parts, web)
        .iter()
        .map(|c| try_candidate(c, source_name, rules, web))
        .collect();
    let holds_forms = |(_, r): &Tried| r.as_ref().is_ok_and(|(_, p, _)| !p.forms.is_empty());
    let (found, others): (Vec<Tried>, Vec<Tried>) = tried.into_iter().partition(holds_forms);
    // Why each attachment gave no form.
    let unread: Vec<(String, String)> = others
        .iter()
        .filter_map(|(what, result)| {
            let What::Attachment(name) = what else {
                return None;
            };
            let why = match result {
                Err(why) => why.clone(),
                Ok(_) => msg!("import-mime-no-form").to_string(),
            };
            Some((name.clone(), why))
        })
        .collect();
    match <[Tried; 1]>::try_from(found) {
        Ok([(what, Ok((format, mut pending, text)))]) => {
            pending.note_encoding(what.message());
            for (name, why) in unread {
                let message = msg!("import-mime-attachment-unread", name = name, why = why);
                pending.problems.push(ImportNote {
                    kind: NoteKind::Unreadable,
                    ..super::grid::input_note(0, message)
                });
            }
            Ok((format, Reading::Read(pending), text))
        }
        Ok([(_, Err(why))]) => Err(why),
        Err(found) if !found.is_empty() => {
            let names: Vec<String> = found.iter().map(|(what, _)| what.name()).collect();
            let count = names.len();
            Err(msg!(
                "import-refused-mail-several",
                count = count,
                files = names.join("、")
            )
            .to_string())
        }
        Err(_) => no_forms(others, unread, web),
    }
}

/// What a container none of whose parts holds a form gives: a page read (its own notes say
/// why it holds none) when there is no attachment, else a refusal saying why each held none;
/// a body refused gives its own refusal.
fn no_forms(others: Vec<Tried>, unread: Vec<(String, String)>, web: bool) -> Read {
    if !unread.is_empty() {
        let why: Vec<String> = unread
            .iter()
            .map(|(name, why)| {
                msg!(
                    "import-mime-attachment-unread",
                    name = name.as_str(),
                    why = why.as_str()
                )
                .to_string()
            })
            .collect();
        return Err(msg!("import-refused-mail-attachments", why = why.join("；")).to_string());
    }
    let mut refused = None;
    for (what, result) in others {
        match result {
            Ok((format, mut pending, text)) => {
                pending.note_encoding(what.message());
                return Ok((format, Reading::Read(pending), text));
            }
            Err(why) => refused = refused.or(Some(why)),
        }
    }
    // A body refused (text taken out of a PDF) says why itself: "no readable body" beside it
    // would say otherwise (tester s20 P2).
    if let Some(why) = refused {
        return Err(why);
    }
    Err(match web {
        true => msg!("import-refused-mht-empty"),
        false => msg!("import-refused-mail-empty"),
    }
    .to_string())
}

/// The parts worth reading: a web archive's HTML parts (as one page); a mail's attachments
/// (pictures aside), its HTML body, and its plain text when it has no HTML body.
fn candidates(parts: &[Part], web: bool) -> Vec<Candidate<'_>> {
    let is_html = |p: &&Part| p.content_type == "text/html" && !is_attachment(p);
    let pages: Vec<&Part> = parts.iter().filter(is_html).collect();
    if web {
        return match pages.is_empty() {
            true => Vec::new(),
            false => vec![Candidate::Page(pages)],
        };
    }
    let mut out: Vec<Candidate<'_>> = parts
        .iter()
        .filter(|p| is_attachment(p))
        .map(Candidate::Attachment)
        .collect();
    if !pages.is_empty() {
        out.push(Candidate::Page(pages));
    } else {
        out.extend(
            parts
                .iter()
                .filter(|p| p.content_type == "text/plain" && !is_attachment(p))
                .map(Candidate::Text),
        );
    }
    out
}

/// True for a mail's attachment: a part with a file name, or with a type that is not text,
/// that is no picture (a signature's logo, a picture inside the HTML body).
fn is_attachment(part: &Part) -> bool {
    let text = part.content_type.starts_with("text/") && part.name.is_none() && !part.attachment;
    let picture = part.content_type.starts_with("image/") && !part.attachment;
    !text && !picture && !part.content_type.starts_with("multipart/")
}

/// An attachment's name for messages (its type when it has none).
fn attachment_name(part: &Part) -> String {
    part.name
        .clone()
        .unwrap_or_else(|| part.content_type.clone())
}

/// Reads one candidate: what it is, for the note, and what reading gave.
fn try_candidate(
    candidate: &Candidate<'_>,
    source_name: &str,
    rules: Option<&str>,
    web: bool,
) -> Tried {
    let read = |bytes: &[u8]| {
        super::read_any(source_name, bytes, rules, false).map(|(format, reading, text)| {
            let pending = match reading {
                Reading::Read(pending) => pending,
                Reading::Streamed(stream) => stream.into_pending(),
            };
            (format, pending, text)
        })
    };
    match candidate {
        Candidate::Page(pages) => {
            // Decoded here by the parts' charsets; a part that names none is handed on as it
            // is, for the page reader to decode by the charset the page declares.
            let bytes: Vec<u8> = match pages.iter().all(|p| p.charset.is_some()) {
                true => pages
                    .iter()
                    .map(|p| p.text())
                    .collect::<Vec<_>>()
                    .join("\n")
                    .into_bytes(),
                false => pages
                    .iter()
                    .map(|p| p.body.as_slice())
                    .collect::<Vec<_>>()
                    .join(&b"\n"[..]),
            };
            let written = pages.first().map(|p| p.written()).unwrap_or_default();
            let what = if web {
                What::Page(written)
            } else {
                What::Body(written)
            };
            let pending = super::html::read(source_name, &bytes, rules);
            (what, Ok((InputFormat::Html, pending, None)))
        }
        Candidate::Attachment(part) => (What::Attachment(attachment_name(part)), read(&part.body)),
        Candidate::Text(part) => {
            let text = part.text();
            (What::Body(part.written()), read(text.as_bytes()))
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_decodes_escapes_and_soft_line_breaks() {
        assert_eq!(quoted_printable(b"a=3Db=\r\nc=\nd"), b"a=bcd");
        // GB2312 项目, upper and lower case hex.
        assert_eq!(quoted_printable(b"=CF=EE=c4=bf"), [0xCF, 0xEE, 0xC4, 0xBF]);
        // A lone `=` and a bad escape stay; a soft break padded with spaces is still one.
        assert_eq!(quoted_printable(b"x=ZZ="), b"x=ZZ=");
        assert_eq!(quoted_printable(b"ab=  \r\ncd"), b"abcd");
    }

    #[test]
    fn base64_skips_line_breaks_and_stops_at_the_pad() {
        assert_eq!(base64(b"5Zu+\r\n6KGo"), "图表".as_bytes());
        assert_eq!(base64(b"YWI=\r\n"), b"ab");
        assert_eq!(base64(b"YQ=="), b"a");
        assert_eq!(base64(b""), b"");
    }

    #[test]
    fn rfc_2047_words_are_decoded_and_joined() {
        let (gbk, _, _) = encoding_rs::GBK.encode("医保局自评表.xlsx");
        let b = String::from_utf8(
            // Encoded with the test's own encoder: base64 of the GBK bytes.
            encode64(&gbk),
        )
        .unwrap();
        assert_eq!(decode_words(&format!("=?gbk?b?{b}?=")), "医保局自评表.xlsx");
        assert_eq!(decode_words(&format!("=?GBK?B?{b}?=")), "医保局自评表.xlsx");
        // Two words with space between: joined; text around them kept.
        assert_eq!(
            decode_words("Re: =?utf-8?q?=E5=9B=BE?= =?utf-8?q?=E8=A1=A8_x?= end"),
            "Re: 图表 x end"
        );
        // A GBK name cut into two words mid-character (医 = D2 BD), and a language tag.
        assert_eq!(
            decode_words("=?gbk?b?0g==?= =?gbk?b?vQ==?=.xlsx"),
            "医.xlsx"
        );
        assert_eq!(decode_words("=?utf-8*zh?q?=E5=9B=BE?=!"), "图!");
        // Not a word: kept as written.
        assert_eq!(decode_words("a =?b c"), "a =?b c");
    }

    #[test]
    fn rfc_2231_names_are_decoded() {
        let (_, params) = parse_value("attachment; filename*=gbk''%D2%BD%B1%A3.xlsx");
        assert_eq!(param(&params, "filename").unwrap(), "医保.xlsx");
        let (_, params) =
            parse_value("attachment; filename*0*=utf-8''%E5%9B%BE; filename*1=\".xlsx\"");
        assert_eq!(param(&params, "filename").unwrap(), "图.xlsx");
    }

    /// Base64 for the tests (the module decodes only).
    fn encode64(bytes: &[u8]) -> Vec<u8> {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = Vec::new();
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(A[(n >> (18 - 6 * i) & 63) as usize]);
                } else {
                    out.push(b'=');
                }
            }
        }
        out
    }

    #[test]
    fn a_multipart_mail_gives_its_leaf_parts_decoded() {
        let mail = "From: a@b.cn\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed;\r\n\tboundary=\"==X==\"\r\n\r\npreamble\r\n--==X==\r\nContent-Type: multipart/alternative; boundary=inner\r\n\r\n--inner\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhi\r\n--inner\r\nContent-Type: text/html; charset=\"gb2312\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>=CF=EE=C4=BF</p>=\r\n\r\n--inner--\r\n--==X==\r\nContent-Type: application/octet-stream; name=\"=?utf-8?b?5Zu+6KGo?=.xlsx\"\r\nContent-Disposition: attachment\r\nContent-Transfer-Encoding: base64\r\n\r\nUEsD\r\nBA==\r\n--==X==--\r\nepilogue\r\n";
        assert!(looks_like(mail.as_bytes()));
        let parts = parts(mail.as_bytes());
        assert_eq!(parts.len(), 3);
        assert_eq!(parts[0].body, b"hi");
        assert_eq!(parts[1].content_type, "text/html");
        assert_eq!(parts[1].text(), "<p>项目</p>");
        assert_eq!(parts[2].name.as_deref(), Some("图表.xlsx"));
        assert!(parts[2].attachment);
        assert_eq!(parts[2].body, b"PK\x03\x04");
        assert!(!is_web_archive(mail.as_bytes()));
    }

    #[test]
    fn a_mail_of_a_page_and_its_pictures_is_no_web_archive() {
        let page = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--b--\r\n";
        assert!(is_web_archive(page.as_bytes()));
        let ie = format!("From: <Saved by Windows Internet Explorer 8>\r\nSubject: x\r\n{page}");
        assert!(is_web_archive(ie.as_bytes()));
        let mail = format!("From: a@b.cn\r\nTo: c@d.cn\r\n{page}");
        assert!(!is_web_archive(mail.as_bytes()));
        // A page part naming no charset is read by the charset the page declares.
        let (gbk, _, _) = encoding_rs::GBK.encode("<meta charset=gbk><p>项目</p>");
        let mut bytes = page.replace("<p>x</p>", "@").into_bytes();
        let at = bytes.iter().position(|b| *b == b'@').unwrap();
        bytes.splice(at..=at, gbk.iter().copied());
        let parts = parts(&bytes);
        assert_eq!(parts[0].charset, None);
        assert_eq!(parts[0].body, gbk.to_vec());
    }

    #[test]
    fn only_a_header_block_naming_mime_is_mime() {
        assert!(looks_like(
            b"MIME-Version: 1.0\nContent-Type: text/html\n\n<p>x</p>"
        ));
        assert!(!looks_like(b"From: a\nSubject: b\n\nbody"));
        assert!(!looks_like(
            "项目支出绩效自评表\nMIME-Version: 1.0\n\n".as_bytes()
        ));
        assert!(!looks_like(b"<html>MIME-Version: 1.0</html>"));
        assert!(!looks_like(b""));
    }
}
