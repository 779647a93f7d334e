//! Stage: load. The files Word and Excel write when they save a document "as a web page"
//! (tester s17s F11): the page `表.htm` and, beside it, a folder `表.files` (`表_files` in
//! some versions) with the page's helpers — Excel's `tabstrip.htm` and `filelist.xml`, Word's
//! `header.htm`, `themedata.thmx`, `colorschememapping.xml`, pictures. A workbook of several
//! sheets is saved as a frameset page whose frames are the sheets (`表.files/sheet001.htm` …).
//! A folder walk reads the sheets and passes over the frameset and the helpers with a note; a
//! frameset named on its own is refused naming its sheets (`import`).

use std::path::Path;

/// How much of a page is looked at for its frames and tables.
const HEAD_BYTES: usize = 64 * 1024;

/// The sheets of a frameset page (`<frameset>` … `<frame src="表.files/sheet001.htm">`, and
/// the `<link id="shLink" href=…>` Excel writes for each sheet), as written, the tab strip left
/// out; `None` for a page that is no frameset or holds a table.
pub fn frames(bytes: &[u8]) -> Option<Vec<String>> {
    let head = bytes.get(..bytes.len().min(HEAD_BYTES)).unwrap_or(bytes);
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let find =
        |word: &[u8], from: usize| memchr::memmem::find(lower.get(from..)?, word).map(|i| from + i);
    if find(b"<frameset", 0).is_none() || find(b"<table", 0).is_some() {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    // The frame shown, and the sheets Excel lists as `<link id="shLink" href=…>`.
    let tags = [(&b"<frame "[..], &b"src="[..]), (b"<link ", b"href=")];
    for (open, attribute) in tags {
        let mut at = 0;
        while let Some(tag) = find(open, at) {
            let end = find(b">", tag).unwrap_or(lower.len());
            at = end;
            let is_sheet = open == b"<frame " || find(b"shlink", tag).is_some_and(|s| s < end);
            let Some(src) = find(attribute, tag).filter(|&s| s < end && is_sheet) else {
                continue;
            };
            let src = value(head.get(src + attribute.len()..end).unwrap_or_default());
            let name = src.rsplit(['/', '\\']).next().unwrap_or_default();
            if !src.is_empty() && !name.eq_ignore_ascii_case("tabstrip.htm") && !out.contains(&src)
            {
                out.push(src);
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

/// An attribute's value at the start of `value` (quoted or not), as text.
fn value(value: &[u8]) -> String {
    let (quote, value) = match value.first() {
        Some(q @ (b'"' | b'\'')) => (Some(*q), value.get(1..).unwrap_or_default()),
        _ => (None, value),
    };
    let len = value
        .iter()
        .position(|b| match quote {
            Some(q) => *b == q,
            None => b.is_ascii_whitespace(),
        })
        .unwrap_or(value.len());
    text(value.get(..len).unwrap_or_default())
}

/// Bytes of a page's attribute as text: UTF-8, else GB18030 (a Chinese Windows page).
fn text(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(t) => t.to_owned(),
        Err(_) => encoding_rs::GB18030
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// The page `path` is a helper of: `表.htm` for a file in `表.files` (or `表_files`) beside
/// it that is not a page holding a table (a sheet of a frameset is read); none for any other
/// file.
pub fn helper_of(path: &Path) -> Option<String> {
    let folder = path.parent()?;
    let name = folder.file_name()?.to_str()?;
    let stem = name
        .strip_suffix(".files")
        .or_else(|| name.strip_suffix("_files"))?;
    let main = ["htm", "html", "mht", "mhtml"]
        .iter()
        .map(|ext| format!("{stem}.{ext}"))
        .find(|page| folder.parent().is_some_and(|p| p.join(page).is_file()))?;
    let holds_table = std::fs::read(path).is_ok_and(|bytes| {
        let head = bytes.get(..bytes.len().min(HEAD_BYTES)).unwrap_or(&bytes);
        let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
        memchr::memmem::find(&lower, b"<table").is_some()
    });
    let tabstrip = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.eq_ignore_ascii_case("tabstrip.htm"));
    (tabstrip || !holds_table).then_some(main)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn a_frameset_gives_its_sheets_without_the_tab_strip() {
        let page = "<html><head><meta name=\"Excel Workbook Frameset\">\n<link id=\"shLink\" href=\"自评表.files/sheet001.htm\">\n<link id=\"shLink\" href=\"自评表.files/sheet003.htm\">\n<link rel=File-List href=\"自评表.files/filelist.xml\"></head>\n<FRAMESET rows=\"*,39\">\n <frame src=\"自评表.files/sheet001.htm\" name=\"frSheet\">\n <frame src='自评表.files/tabstrip.htm' name=\"frTabs\">\n <frame src=b.files/sheet002.htm>\n</frameset></html>";
        assert_eq!(
            frames(page.as_bytes()).unwrap(),
            [
                "自评表.files/sheet001.htm",
                "b.files/sheet002.htm",
                "自评表.files/sheet003.htm"
            ]
        );
        let (gbk, _, _) = encoding_rs::GBK.encode(page);
        assert_eq!(frames(&gbk).unwrap()[0], "自评表.files/sheet001.htm");
        assert_eq!(
            frames(b"<html><table><tr><td>x</td></tr></table></html>"),
            None
        );
        assert_eq!(
            frames(b"<frameset><frame src=\"a.files/tabstrip.htm\"></frameset>"),
            None
        );
    }

    #[test]
    fn helpers_of_a_saved_page_are_told_from_its_sheets() {
        let dir = tempfile::tempdir().unwrap();
        let files = dir.path().join("表.files");
        std::fs::create_dir(&files).unwrap();
        std::fs::write(dir.path().join("表.htm"), "<frameset></frameset>").unwrap();
        for (name, text) in [
            ("filelist.xml", "<xml></xml>"),
            (
                "header.htm",
                "<link rel=Main-File href=\"../表.htm\"><p>第 1 页</p>",
            ),
            ("tabstrip.htm", "<table><tr><td>表1</td></tr></table>"),
            (
                "sheet001.htm",
                "<TABLE><tr><td>项目支出绩效自评表</td></tr></TABLE>",
            ),
        ] {
            std::fs::write(files.join(name), text).unwrap();
        }
        for helper in ["filelist.xml", "header.htm", "tabstrip.htm"] {
            assert_eq!(
                helper_of(&files.join(helper)).as_deref(),
                Some("表.htm"),
                "{helper}"
            );
        }
        assert_eq!(helper_of(&files.join("sheet001.htm")), None);
        // A folder named so without its page beside it is an ordinary folder.
        std::fs::remove_file(dir.path().join("表.htm")).unwrap();
        assert_eq!(helper_of(&files.join("filelist.xml")), None);
    }
}
