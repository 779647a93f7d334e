//! Excel's error values (`#DIV/0!`, `#VALUE!`, `#REF!`, `#N/A`, …): what a cell shows when its
//! formula failed in the department's workbook. A workbook stores them as error cells (an
//! `.xlsx` cell `t="e"`, an `.xls` error record), which the readers write as the text Excel
//! shows; pasted text carries that text as it is. [`super::parse`] reads them as
//! [`super::Value::Unreadable`] with [`super::UnreadableReason::ExcelError`], never as a blank
//! nor as the digit inside `#DIV/0!`, and the findings say which error and what to do.

/// Every error value Excel (and WPS) shows, as it shows it.
const ERRORS: [&str; 15] = [
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#N/A",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
    "#FIELD!",
    "#BLOCKED!",
    "#CONNECT!",
    "#BUSY!",
    "#UNKNOWN!",
];

/// The error value a cell holds, as Excel shows it (`#DIV/0!`), when its whole text is one:
/// in any case and with full-width marks (`＃ｄｉｖ／０！`, as an input method may leave it);
/// none for any other text.
pub fn excel_error(text: &str) -> Option<&'static str> {
    let t = super::trim(text);
    if !(t.starts_with('#') || t.starts_with('＃')) || t.chars().count() > 16 {
        return None;
    }
    let ascii: String = t
        .chars()
        .map(|c| match c {
            // Full-width forms of ASCII (`！` U+FF01 … `～` U+FF5E).
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            c => c,
        })
        .map(|c| c.to_ascii_uppercase())
        .collect();
    ERRORS.iter().copied().find(|e| *e == ascii)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::panic)]
mod tests {
    use super::excel_error;

    #[test]
    fn error_values_are_told_from_text() {
        assert_eq!(excel_error("#DIV/0!"), Some("#DIV/0!"));
        assert_eq!(excel_error(" #value! "), Some("#VALUE!"));
        assert_eq!(excel_error("＃Ｎ／Ａ"), Some("#N/A"));
        assert_eq!(excel_error("#NAME?"), Some("#NAME?"));
        for text in [
            "",
            "#",
            "#1",
            "DIV/0",
            "#DIV/0!%",
            "第#1项",
            "#DIV/0! 见说明",
        ] {
            assert_eq!(excel_error(text), None, "{text}");
        }
    }
}
