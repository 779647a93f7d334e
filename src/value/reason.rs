//! Why a cell that looks numeric could not be read ([`super::Value::Unreadable`]): a typed
//! reason, worded from the catalogs (`value-reason-*` in `i18n/<lang>/findings.ftl`) only when
//! a finding is shown, so the parser builds no text and no English reaches a Chinese report
//! (#16). The text of the cell that a reason quotes is carried as written.

use super::Comparator;
use crate::i18n::{Message, msg};
use serde::Serialize;

/// Why a cell could not be read as one simple quantity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum UnreadableReason {
    /// A comparator or `%` without a number written in digits (`≥`, `≥九十%`).
    NoDigits,
    /// A comparator or sign left in the words before the number (`≥约90`, `--5`).
    MarkBeforeNumber {
        /// The mark as written.
        mark: char,
    },
    /// The number starts with a decimal point (`.5`).
    LeadingPoint,
    /// More than one decimal point (`1.2.3`).
    TwoPoints,
    /// More digits than any amount has.
    TooManyDigits {
        /// How many digits were written.
        digits: usize,
    },
    /// A number too large or too precise for an exact decimal.
    TooLarge {
        /// The number as read.
        number: String,
    },
    /// A number that its 万/亿 multiplier makes too large.
    MultiplierTooLarge {
        /// The number as read.
        number: String,
    },
    /// An ordinal too large to read (`第12345678901`).
    OrdinalTooLarge {
        /// The ordinal's digits.
        number: String,
    },
    /// An ordinal whose Chinese numeral cannot be read (`第十十`).
    OrdinalNotNumeral {
        /// The numeral as written.
        numeral: String,
    },
    /// A comparator before and one after the number that disagree (`≥90%以下`).
    ComparatorsDisagree {
        /// The comparator before the number.
        before: Comparator,
        /// The comparator after it.
        after: Comparator,
    },
    /// A letter written where a digit belongs (`9O%`).
    LetterForDigit {
        /// The letter (`O`, `o`, `l`, `I`).
        letter: String,
    },
    /// A second number after the first (`1-2个` outside a range).
    SecondNumber {
        /// The text after the first quantity.
        rest: String,
    },
    /// Comparators or `%` after the quantity.
    MarksAfter {
        /// The text after the quantity.
        rest: String,
    },
    /// Excel's error value (`#DIV/0!`): the cell's formula failed in the department's
    /// workbook, so the cell holds no value ([`super::excel_error`]).
    ExcelError {
        /// The error as Excel shows it.
        error: String,
    },
}

impl UnreadableReason {
    /// The reason in words, in the language it is rendered in. The catalogs quote the cell's
    /// text as each language does (`'O'` in English, as before the catalogs; “O” in Chinese).
    pub fn message(&self) -> Message {
        use UnreadableReason::*;
        match self {
            NoDigits => msg!("value-reason-no-digits"),
            MarkBeforeNumber { mark } => msg!("value-reason-mark-before-number", mark = *mark),
            LeadingPoint => msg!("value-reason-leading-point"),
            TwoPoints => msg!("value-reason-two-points"),
            TooManyDigits { digits } => msg!("value-reason-too-many-digits", digits = *digits),
            TooLarge { number } => msg!("value-reason-too-large", number = number),
            MultiplierTooLarge { number } => {
                msg!("value-reason-multiplier-too-large", number = number)
            }
            OrdinalTooLarge { number } => msg!("value-reason-ordinal-too-large", number = number),
            OrdinalNotNumeral { numeral } => {
                msg!("value-reason-ordinal-not-numeral", numeral = numeral)
            }
            ComparatorsDisagree { before, after } => msg!(
                "value-reason-comparators-disagree",
                before = before.symbol(),
                after = after.symbol()
            ),
            LetterForDigit { letter } => msg!("value-reason-letter-for-digit", letter = letter),
            SecondNumber { rest } => msg!("value-reason-second-number", rest = rest),
            MarksAfter { rest } => msg!("value-reason-marks-after", rest = rest),
            ExcelError { error } => msg!("value-reason-excel-error", error = error),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::UnreadableReason;
    use crate::i18n::Lang;
    use crate::value::{Value, parse};

    fn reason(text: &str) -> UnreadableReason {
        match parse(text) {
            Value::Unreadable { reason, .. } => reason,
            other => panic!("{text:?} should be unreadable, got {other:?}"),
        }
    }

    /// Each reason the parser gives is worded in both languages: Chinese with no English
    /// word in it, English as it read before the catalogs (#16).
    #[test]
    fn reasons_are_worded_in_both_languages() {
        for (text, en, zh) in [
            (
                "9O%",
                "the letter 'O' is written where a digit is expected",
                "应写数字的地方写成了字母“O”",
            ),
            (
                "≥",
                "a comparator or percent sign without a number written in digits",
                "有比较符号或百分号，却没有用阿拉伯数字写出的数",
            ),
            (
                "≥约90",
                "'≥' before the number is not a comparator directly before it",
                "数字前的“≥”不是紧贴数字的比较符号",
            ),
            (
                "约.5",
                "'.' before the number is not a comparator directly before it",
                "数字前的“.”不是紧贴数字的比较符号",
            ),
            (
                "1.2.3",
                "more than one decimal point in the number",
                "数字中有不止一个小数点",
            ),
            (
                "≥90%以下",
                "two comparators that disagree: ≥ before and ≤ after the number",
                "数字前后的比较符号相互矛盾：前为 ≥，后为 ≤",
            ),
            (
                "1个2个",
                "more than one number: '2个' follows the first",
                "有不止一个数：第一个数后面还有“2个”",
            ),
        ] {
            let r = reason(text);
            assert_eq!(r.message().render(Lang::En), en, "{text}");
            assert_eq!(r.message().render(Lang::Zh), zh, "{text}");
        }
        let long = format!("1{}", "0".repeat(41));
        assert_eq!(
            reason(&long).message().render(Lang::Zh),
            "数字有 42 位，位数太多，无法读取"
        );
    }
}
