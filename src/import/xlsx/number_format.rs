//! What a cell's number format says about the number a person sees: a percentage (`0.00%`
//! shows the 0.95 it stores as 95.00%) and how many decimal places it shows (`0.00` shows the
//! 18.333333333333332 a formula stores as 18.33). Both workbook kinds ask this module — the
//! `.xlsx` reader of each style's format code, the `.xls` reader ([`super::biff`]) of each
//! XF's — so a cell is read by one rule as the sheet shows it (tester s11 F3).
//!
//! Only the formats that fix what is shown are read: `General`, a text format `@`, a date or
//! time, scientific (`0.00E+00`), a fraction (`# ?/?`), a format that scales by thousands
//! (`#,##0,`) or one with a condition (`[>100]0`) leave the number as stored.

use std::sync::Arc;

/// How a number format shows a number, as far as the reading goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Shown {
    /// The number is shown multiplied by 100 with a `%` (`0.00%`).
    pub(crate) percent: bool,
    /// The decimal places shown (`0.00` → 2, `0` → 0, `0.0#` → 2); none when the format does
    /// not fix them.
    pub(crate) places: Option<u32>,
    /// Whether `places` holds for a negative number too: a format of one section (`0.00`)
    /// shows every number; with a section for negatives (`0.00;(0.00)`) only the first
    /// section's places are read, for the numbers it shows.
    pub(crate) negative_too: bool,
    /// The format code as the workbook writes it, for the note.
    pub(crate) code: Arc<str>,
}

impl Shown {
    /// What `code` shows; none when it shows the number as stored (`General`, a date …).
    pub(crate) fn of(code: &str) -> Option<Shown> {
        let sections = sections(code);
        let first = sections.first()?;
        if sections.iter().any(|s| s.condition) || first.text_format || first.date {
            return None;
        }
        let percent = first.percent;
        let places = first.places;
        if !percent && places.is_none() {
            return None;
        }
        Some(Shown {
            percent,
            places,
            negative_too: sections.len() == 1,
            code: Arc::from(code),
        })
    }

    /// The decimal places shown for `number` (its sign decides the section); none when the
    /// format does not fix them for it.
    pub(crate) fn places_for(&self, negative: bool) -> Option<u32> {
        self.places.filter(|_| !negative || self.negative_too)
    }
}

/// What one `;`-separated section of a format code holds, outside quoted text, escapes and
/// `_x` / `*x` spacing.
#[derive(Debug, Default)]
struct Section {
    percent: bool,
    /// Decimal places when the section is a plain number format.
    places: Option<u32>,
    condition: bool,
    text_format: bool,
    date: bool,
}

/// The sections of a format code, read as [`Section`]s.
fn sections(code: &str) -> Vec<Section> {
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    let mut section = Reading::default();
    while let Some(ch) = chars.next() {
        match ch {
            ';' => out.push(std::mem::take(&mut section).finish()),
            '"' => while chars.next().is_some_and(|c| c != '"') {},
            // An escaped character, a space the width of one, a fill character: no digit.
            '\\' | '_' | '*' => {
                chars.next();
            }
            '[' => {
                let mut inside = String::new();
                for c in chars.by_ref() {
                    if c == ']' {
                        break;
                    }
                    inside.push(c);
                }
                // `[Red]`, `[$-804]`, `[DBNum1]` change no digit; `[>100]` picks a section by
                // value, `[h]` is elapsed time.
                let first = inside.chars().next();
                if matches!(first, Some('<' | '>' | '=')) {
                    section.section.condition = true;
                } else if matches!(first, Some('h' | 'H' | 'm' | 'M' | 's' | 'S'))
                    && inside.chars().all(|c| "hHmMsS".contains(c))
                {
                    section.section.date = true;
                }
            }
            _ => section.take(ch),
        }
    }
    out.push(section.finish());
    out
}

/// One section as its characters are read.
#[derive(Debug, Default)]
struct Reading {
    section: Section,
    digits: bool,
    point: bool,
    decimals: u32,
    /// The placeholder run after the point is over (`0.00 "分"`, `0.0_)`).
    decimals_done: bool,
    unreadable: bool,
    /// A `,` after the last digit placeholder: scales by a thousand.
    trailing_comma: bool,
}

impl Reading {
    fn take(&mut self, ch: char) {
        match ch {
            '0' | '#' | '?' => {
                self.digits = true;
                self.trailing_comma = false;
                if self.point && !self.decimals_done {
                    self.decimals += 1;
                }
            }
            '.' if !self.point => self.point = true,
            ',' if self.digits => self.trailing_comma = true,
            '%' => self.section.percent = true,
            '@' => self.section.text_format = true,
            'y' | 'Y' | 'd' | 'D' | 'h' | 'H' | 's' | 'S' | 'm' | 'M' | 'g' | 'G' | 'b' | 'B' => {
                // A date or time code (`General` is handled before this is asked).
                self.section.date = true;
            }
            'e' | 'E' | '/' => self.unreadable = true,
            _ => {
                if self.point && self.decimals > 0 {
                    self.decimals_done = true;
                }
            }
        }
    }

    fn finish(mut self) -> Section {
        let general = self.section.date && !self.digits;
        if general {
            // `General` (any case) is read letter by letter above: it shows the number as
            // stored, which is what no places says.
            self.section.date = false;
        }
        if self.digits && !self.unreadable && !self.trailing_comma && !self.section.date {
            self.section.places = Some(self.decimals);
        }
        self.section
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(code: &str) -> Option<(bool, Option<u32>)> {
        Shown::of(code).map(|s| (s.percent, s.places))
    }

    /// Tester s11 F3: the places a format shows, for the formats departments use.
    #[test]
    fn the_places_a_format_shows() {
        for (code, want) in [
            ("0", 0),
            ("0.0", 1),
            ("0.00", 2),
            ("#,##0.00", 2),
            ("#,##0", 0),
            ("0.00_ ", 2),
            ("0.00_);[Red]\\(0.00\\)", 2),
            ("#,##0.00;[Red]#,##0.00", 2),
            ("0.0#", 2),
            ("0.00\"分\"", 2),
            ("\"得分：\"0.0", 1),
            ("[$-804]0.00", 2),
            ("[Red]0.000", 3),
            ("_(* #,##0.00_);_(* (#,##0.00);_(* \"-\"??_);_(@_)", 2),
        ] {
            assert_eq!(places(code), Some((false, Some(want))), "{code}");
        }
        for (code, want) in [("0%", 0), ("0.00%", 2), ("#,##0.0%", 1)] {
            assert_eq!(places(code), Some((true, Some(want))), "{code}");
        }
        // Shown as stored: no places fixed, no percentage.
        for code in [
            "General",
            "general",
            "@",
            "yyyy-mm-dd",
            "yyyy\"年\"m\"月\"d\"日\"",
            "h:mm",
            "[h]:mm:ss",
            "0.00E+00",
            "# ?/?",
            "#,##0,",
            "[>100]0;0.00",
            "",
        ] {
            assert_eq!(places(code), None, "{code}");
        }
        // `0.00"%"` prints a percent sign without scaling.
        assert_eq!(places("0.00\"%\""), Some((false, Some(2))));
        assert_eq!(places("0.00\\%"), Some((false, Some(2))));
    }

    #[test]
    fn a_section_for_negatives_keeps_the_places_to_positive_numbers() {
        let one = Shown::of("0.00").unwrap_or_else(|| unreachable!());
        assert_eq!(one.places_for(true), Some(2));
        let two = Shown::of("0.00;-0").unwrap_or_else(|| unreachable!());
        assert_eq!(two.places_for(false), Some(2));
        assert_eq!(two.places_for(true), None);
    }
}
