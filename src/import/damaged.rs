//! Files that cannot hold forms because of what happened to them, said in the user's words
//! before any reader's library sees them (#16): an empty file, a workbook or document cut
//! short (a zip whose directory is missing), one with an opening password, and a text file
//! named as a workbook or document. The library's own text follows only as a detail.

use super::zipped;
use crate::i18n::msg;

/// The first bytes of an OLE compound file (Office 97–2003, and Office files with a password).
const OLE_MAGIC: &[u8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";

fn bytecount(bytes: &[u8], byte: u8) -> usize {
    memchr::memchr_iter(byte, bytes).count()
}

/// Why `bytes` (named `source_name`) cannot be read, in words; none when nothing is wrong
/// with the file as a file (the readers then decide).
pub fn why(source_name: &str, bytes: &[u8]) -> Option<String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        // Form feeds are the page breaks a PDF's text extraction writes: from a scan, they
        // are all it gives (tester s16p P5: called an interrupted download).
        let breaks = bytecount(bytes, b'\x0c');
        if breaks > 0 {
            return Some(msg!("import-refused-page-breaks", breaks = breaks).to_string());
        }
        return Some(msg!("import-refused-empty", bytes = bytes.len()).to_string());
    }
    if bytes.starts_with(OLE_MAGIC)
        && (super::has_stream_name(bytes, "EncryptedPackage")
            || super::has_stream_name(bytes, "EncryptionInfo"))
    {
        return Some(msg!("import-refused-encrypted").to_string());
    }
    if bytes.starts_with(b"PK\x03\x04")
        && let Some(error) = zipped::open_error(bytes)
    {
        return Some(msg!("import-refused-cut-short", error = error).to_string());
    }
    let extension = source_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_lowercase())
        .unwrap_or_default();
    let office = matches!(extension.as_str(), "xlsx" | "docx" | "xls" | "doc");
    // An RTF named .doc (a system's "export to Word") is said as RTF (tester s17s F8).
    let binary = bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(OLE_MAGIC)
        || bytes.starts_with(b"{\\rtf");
    if office
        && !binary
        && !super::html::looks_like(bytes)
        && !super::xlsx::spreadsheet_ml::looks_like(bytes)
        && !is_table_text(bytes)
    {
        return Some(msg!("import-refused-text-named", extension = extension).to_string());
    }
    None
}

/// True when text bytes hold a table jixiao reads — tab-separated or CSV, as systems "export
/// to Excel" and name the file `.xls` (tester s17s F8: told to rename it .txt, when the
/// renamed CSV was then refused). Told from the head: the readers decide the rest.
fn is_table_text(bytes: &[u8]) -> bool {
    let head = bytes.get(..64 * 1024).unwrap_or(bytes);
    let text = super::encoding::decode(head).text;
    super::tabbed::looks_like(&text) || super::tabbed::looks_like_csv(&text)
}

#[cfg(test)]
mod tests {
    use super::why as said;

    #[test]
    fn an_empty_file_a_cut_workbook_a_password_and_a_renamed_text_are_said() {
        assert!(said("a.xlsx", b"").is_some());
        assert!(said("a.txt", b"  \n").is_some());
        let mut ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1".to_vec();
        ole.resize(512, 0);
        ole.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        ole.resize(1024, 0);
        assert!(said("a.xlsx", &ole).is_some());
        let workbook = include_bytes!("../../tests/data/import/standard-template-example.xlsx");
        assert!(said("a.xlsx", workbook).is_none());
        assert!(said("a.xlsx", &workbook[..workbook.len() / 2]).is_some());
        assert!(said("a.docx", "项目支出绩效自评表\n".as_bytes()).is_some());
        assert!(said("a.txt", "项目支出绩效自评表\n".as_bytes()).is_none());
        assert!(said("a.xls", b"<html><table><tr><td>x</td></tr></table></html>").is_none());
        // A system's "export to Excel" that is tab text or CSV: read, not refused.
        let csv = "项目支出绩效自评表,,,,\n项目名称,某项目,,,\n主管部门,某局,,,\n总分,,,100,95\n";
        assert!(said("a.xls", csv.as_bytes()).is_none());
        let tabs = csv.replace(',', "\t");
        assert!(said("a.xls", tabs.as_bytes()).is_none());
    }
}
