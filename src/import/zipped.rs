//! Zip containers (`.xlsx`, `.docx`): what kind of document a zip holds, and the check that
//! every entry unpacks within [`limits`] before any reader touches it. Sizes declared in the
//! zip can lie, so the check counts the bytes that actually come out, stopping at the limit.

use super::limits;
use crate::i18n::msg;
use std::io::{Cursor, Read};

/// What a zip holds, by the entries it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZipKind {
    /// `xl/workbook.xml`: an Excel workbook.
    Workbook,
    /// `word/document.xml`: a Word document.
    Document,
    /// Neither.
    Other,
}

/// The kind of document in `bytes` (a zip), or `Other` when it cannot be opened.
pub fn kind(bytes: &[u8]) -> ZipKind {
    let Ok(zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return ZipKind::Other;
    };
    let has = |name: &str| zip.file_names().any(|n| n.is_ok_and(|n| n == name));
    if has("word/document.xml") {
        ZipKind::Document
    } else if has("xl/workbook.xml") {
        ZipKind::Workbook
    } else {
        ZipKind::Other
    }
}

/// The entries of a zip that look like files of forms (`.xlsx`, `.xls`, `.docx`, `.doc`,
/// `.html`, `.htm`, `.txt`, `.pdf`), by name, without their folders; empty when it cannot be
/// opened. Names written in GBK by Chinese Windows zip tools are decoded as such.
pub fn form_files(bytes: &[u8]) -> Vec<String> {
    let Ok(zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for raw in zip.file_names_raw().take(limits::MAX_ZIP_ENTRIES) {
        let name = match std::str::from_utf8(raw) {
            Ok(n) => n.to_owned(),
            Err(_) => encoding_rs::GB18030
                .decode_without_bom_handling(raw)
                .0
                .into_owned(),
        };
        let base = name.rsplit(['/', '\\']).next().unwrap_or(&name).to_owned();
        let lower = base.to_lowercase();
        let form_like = [
            ".xlsx", ".xls", ".docx", ".doc", ".html", ".htm", ".txt", ".pdf",
        ]
        .iter()
        .any(|ext| lower.ends_with(ext));
        if form_like && !base.starts_with("~$") {
            out.push(base);
        }
    }
    out
}

/// Why a zip cannot be opened (its directory at the end is missing or broken: the file was
/// cut short), in the zip library's words; none when it opens.
pub fn open_error(bytes: &[u8]) -> Option<String> {
    zip::ZipArchive::new(Cursor::new(bytes))
        .err()
        .map(|e| e.to_string())
}

/// True for a zip holding `[Content_Types].xml`: an Office Open XML file of some kind.
pub fn is_office(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes)).is_ok_and(|zip| {
        zip.file_names()
            .any(|n| n.is_ok_and(|n| n == "[Content_Types].xml"))
    })
}

/// Checks that every entry of the zip unpacks within the limits. `Err` names the entry and the
/// limit.
pub fn check(bytes: &[u8]) -> Result<(), String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| msg!("import-zip-unreadable", error = e.to_string()).to_string())?;
    if zip.len() > limits::MAX_ZIP_ENTRIES {
        return Err(msg!(
            "import-zip-too-many-entries",
            entries = zip.len(),
            max = limits::MAX_ZIP_ENTRIES.to_string()
        )
        .to_string());
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|e| {
            msg!(
                "import-zip-entry-unreadable",
                entry = (i + 1).to_string(),
                error = e.to_string()
            )
            .to_string()
        })?;
        let name = entry
            .name()
            .map_or_else(|_| format!("entry {}", i + 1), |n| n.into_owned());
        let unpacked = count(&mut entry, limits::MAX_ZIP_ENTRY_BYTES + 1)
            .map_err(|e| unpack_error(&name, &e))?;
        if unpacked > limits::MAX_ZIP_ENTRY_BYTES {
            return Err(msg!(
                "import-zip-entry-too-big",
                name = name.as_str(),
                mb = megabytes(limits::MAX_ZIP_ENTRY_BYTES)
            )
            .to_string());
        }
        total = total.saturating_add(unpacked);
        if total > limits::MAX_ZIP_TOTAL_BYTES {
            return Err(msg!(
                "import-zip-total-too-big",
                mb = megabytes(limits::MAX_ZIP_TOTAL_BYTES)
            )
            .to_string());
        }
    }
    Ok(())
}

/// Reads one entry whole (after [`check`]). `Err` when it is missing or unreadable.
pub fn read_entry(bytes: &[u8], name: &str) -> Result<Vec<u8>, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let entry = zip.by_name(name).map_err(|e| {
        msg!(
            "import-zip-entry-missing",
            name = name,
            error = e.to_string()
        )
        .to_string()
    })?;
    let mut out = Vec::new();
    entry
        .take(limits::MAX_ZIP_ENTRY_BYTES)
        .read_to_end(&mut out)
        .map_err(|e| unpack_error(name, &e))?;
    Ok(out)
}

/// Bytes that come out of `reader`, up to `cap`.
fn count(reader: &mut impl Read, cap: u64) -> std::io::Result<u64> {
    std::io::copy(&mut reader.take(cap), &mut std::io::sink())
}

/// An entry that cannot be unpacked, named.
fn unpack_error(name: &str, e: &dyn std::fmt::Display) -> String {
    msg!(
        "import-zip-entry-unpack",
        name = name,
        error = e.to_string()
    )
    .to_string()
}

/// Bytes as whole megabytes, as the limits are stated.
fn megabytes(bytes: u64) -> String {
    (bytes / (1024 * 1024)).to_string()
}
