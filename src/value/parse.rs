//! The target/actual parser: one hand-written scanner over `char`s, no regex, no floats.
//!
//! # What is read
//!
//! A cell is normalised first: full-width ASCII (`０-９ ％ ＞ ＜ ＝ ． － （ ）` …, except the
//! full-width comma `，`, which stays a separator unless it groups thousands, `２５，０００`)
//! becomes half-width, `−` and `﹣` become `-`, and all
//! whitespace is removed (`" ≥ 90 % "` reads as `≥90%`). Then a cell is, in order of checks:
//!
//! * [`Value::Blank`]: empty, or made only of placeholder marks (`-` `—` `–` `/` `\` `…` `.` `_`
//!   `·`), so `-`, `——`, `/`, `……`, `...` are blank (a lone `-` is blank, `-5` is a number);
//! * [`Value::NotApplicable`]: `无`, `N/A` (any case), `NA`, or a text without digits that ends with
//!   `不涉及` or `不适用` (`本项目不涉及`, `本指标不适用`), trailing `。` ignored;
//! * [`Value::Quantity`]: `[label][comparator]number[multiplier][unit][suffix comparator][tail]`;
//! * [`Value::Unreadable`]: looks numeric but is not one simple quantity (see below);
//! * [`Value::Qualitative`]: anything else (words with no number written in digits).
//!
//! # Decisions on ambiguous input
//!
//! * Numbers must be written in Arabic digits. Chinese numerals are read only in ordinals
//!   (`第三级` → 3 `级`, ordinal). Elsewhere a text of Chinese numerals is qualitative (`三年`,
//!   `一流`), but if it also carries a comparator symbol or `%` it is unreadable (`≥九十%`).
//! * A comparator symbol, `%` or `‰` with no digits (`≥`, `≥%`) is unreadable.
//! * Multipliers: `万` ×10⁴ and `亿` ×10⁸ directly after the number (chains multiply: `1.2万亿`);
//!   `千` ×10³ unless it starts a unit (`千米 千克 千瓦 千卡 千帕 千伏 千焦 千赫`); `百` only before
//!   `万`/`亿` (`3百万`). The unit is what follows the multiplier (`≤30万元` → 300000 `元`).
//! * Unit: `%`/`‰` if written; otherwise the run of text after the number up to a separator
//!   (`、，,;；:：()（）[]【】。!?/"` etc.), a digit, a comparator or a suffix comparator word. Of that
//!   run the unit is a known multi-character unit (`人次`, `个月`, `平方米`, …) or a known one-character
//!   measure word (`个 件 人 年 元 …`) at its start, else the whole run (`km`, `楼`). The rest of the
//!   run is a description, not unit: `90个乡镇、街道` → 90 `个`. `元/人` style units are kept whole.
//! * Suffix comparators `以上 以下 以内 之内 及以上 及以下 或以上 或以下` may follow the unit or the
//!   run (`10家企业以上` → ≥10 `家`). A prefix and a suffix comparator that disagree are unreadable;
//!   when they agree (`控制在30万元以内`) the comparator is kept.
//! * Leading words are allowed before the number when nothing but punctuation follows the
//!   quantity (`满意度95%`, `完成90%` are quantities); words on both sides of the number
//!   (`完成2023年度目标`) make the cell qualitative. Words only after it are a description.
//! * A second number anywhere in the cell (`1-2个`, `90%-100%`, `1.2.3`, `9O%`) is unreadable, as
//!   is a comparator/sign left in the label (`≥约90`, `--5`), a number starting with `.`, and a
//!   number too large or too precise for [`Decimal`].
//! * A bracketed remark closing the cell after a value is set aside (`92%（注：抽样调查300人）`,
//!   [`remark`]). After words the cell stays whole (`影响程度(较高)` is a target's words);
//!   [`word_remark`] splits off a remark (`已建立（制度文件已印发）`) for the band matcher to
//!   try when the whole actual is judged by nothing.
//! * Thousands separators `,` are read only as `d,ddd` (`25,000件`); `,` otherwise separates.
//! * Values are normalised (`124.94万` → `1249400`, `90.0%` → `90`).
//!
//! [`extract_quantities`] scans free text with the same number reader and keeps the quantities
//! that have a comparator directly before (`满意度≥85%`, `不少于10个`) or a suffix comparator after
//! (`90%以上`); numbering such as `指标1` has neither and is skipped.

use rust_decimal::Decimal;
use std::sync::LazyLock;

use super::{Comparator, Quantity, UnreadableReason, Value};

/// Comparator words written before a number. The longest match ending at the number wins.
const PREFIX_COMPARATORS: &[(&str, Comparator)] = &[
    ("≥", Comparator::Ge),
    ("≧", Comparator::Ge),
    ("⩾", Comparator::Ge),
    (">=", Comparator::Ge),
    ("≥=", Comparator::Ge),
    ("大于等于", Comparator::Ge),
    ("大于或等于", Comparator::Ge),
    ("高于或等于", Comparator::Ge),
    ("不低于", Comparator::Ge),
    ("不少于", Comparator::Ge),
    ("不小于", Comparator::Ge),
    ("达到", Comparator::Ge),
    ("至少", Comparator::Ge),
    (">", Comparator::Gt),
    ("大于", Comparator::Gt),
    ("高于", Comparator::Gt),
    ("超过", Comparator::Gt),
    ("多于", Comparator::Gt),
    ("≤", Comparator::Le),
    ("≦", Comparator::Le),
    ("⩽", Comparator::Le),
    ("<=", Comparator::Le),
    ("≤=", Comparator::Le),
    ("小于等于", Comparator::Le),
    ("小于或等于", Comparator::Le),
    ("低于或等于", Comparator::Le),
    ("不超过", Comparator::Le),
    ("不高于", Comparator::Le),
    ("不大于", Comparator::Le),
    ("不多于", Comparator::Le),
    ("控制在", Comparator::Le),
    ("至多", Comparator::Le),
    ("<", Comparator::Lt),
    ("小于", Comparator::Lt),
    ("低于", Comparator::Lt),
    ("少于", Comparator::Lt),
    ("不足", Comparator::Lt),
    ("=", Comparator::Eq),
    ("==", Comparator::Eq),
    ("等于", Comparator::Eq),
];

/// Comparator words written after the number and unit.
const SUFFIX_COMPARATORS: &[(&str, Comparator)] = &[
    ("及以上", Comparator::Ge),
    ("或以上", Comparator::Ge),
    ("以上", Comparator::Ge),
    ("及以下", Comparator::Le),
    ("或以下", Comparator::Le),
    ("以下", Comparator::Le),
    ("以内", Comparator::Le),
    ("之内", Comparator::Le),
];

/// Units of more than one character, matched at the start of the text after a number.
const MULTI_CHAR_UNITS: &[&str] = &[
    "平方公里",
    "平方千米",
    "平方米",
    "立方米",
    "个工作日",
    "工作日",
    "个百分点",
    "百分点",
    "个月",
    "人次",
    "户次",
    "家次",
    "台次",
    "车次",
    "架次",
    "小时",
    "分钟",
    "公里",
    "千米",
    "千克",
    "千瓦时",
    "千瓦",
    "公斤",
    "公顷",
    "学时",
    "课时",
    "周岁",
];

/// One-character measure words: taken alone as the unit even when more words follow.
const ONE_CHAR_UNITS: &str = "个件人次户家天年月日周元角所台套项篇场批名座辆条本份册张期栋间亩米\
                              吨株棵头只处宗笔部类种门节课村镇片块页卷盏根箱袋级星分秒位首幅集届\
                              轮组队支层艘架瓶盒把双对斤克升度例起单票站点班床孔口眼所校园店网";

/// Characters that only mark an empty cell.
const PLACEHOLDER_CHARS: &str = "-—–―─/\\…._·";

/// Words a form writes in a cell left unfilled (`未填`; a form never self-scored has them in
/// every 得分 cell, tester s8 F5): as empty as `/` or `-`, never a value nor a word to score.
const UNFILLED_WORDS: [&str; 5] = ["未填", "未填写", "未评", "未评分", "未自评"];

/// True when `text` (trimmed) is one of the [`UNFILLED_WORDS`].
fn is_unfilled_word(text: &str) -> bool {
    // Every word is 2–4 ideographs: a longer cell is answered by its length alone.
    text.len() <= 12 && UNFILLED_WORDS.contains(&text)
}

/// Comparator symbols (`≥≤≧≦⩾⩽<>=`): numeric-looking, never part of a label or unit. A
/// `match`, not a search of a string: the unit reader asks it of every character (#15).
fn is_comparator_symbol(c: char) -> bool {
    matches!(c, '≥' | '≤' | '≧' | '≦' | '⩾' | '⩽' | '<' | '>' | '=')
}

/// Characters that end a unit run (`.、，,;；:：()（）[]【】{}《》<>〈〉。!！?？"'“”‘’/\|~～·…—-+*#@&`),
/// as a `match` for the same reason.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '.' | '、'
            | '，'
            | ','
            | ';'
            | '；'
            | ':'
            | '：'
            | '('
            | ')'
            | '（'
            | '）'
            | '['
            | ']'
            | '【'
            | '】'
            | '{'
            | '}'
            | '《'
            | '》'
            | '<'
            | '>'
            | '〈'
            | '〉'
            | '。'
            | '!'
            | '！'
            | '?'
            | '？'
            | '"'
            | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '/'
            | '\\'
            | '|'
            | '~'
            | '～'
            | '·'
            | '…'
            | '—'
            | '-'
            | '+'
            | '*'
            | '#'
            | '@'
            | '&'
    )
}

/// Chinese numerals read in ordinals (`第三级`).
const CHINESE_NUMERALS: &str = "〇零一二两三四五六七八九十百千";

/// Parses one cell of a target or actual column.
pub fn parse(text: &str) -> Value {
    plain_number(super::trim(text)).unwrap_or_else(|| parse_full(text))
}

/// True when [`parse`] reads the cell as [`Value::Blank`]. A text holding a letter, digit or
/// ideograph is never blank, so it is answered without the full scan: the readers ask this of
/// every indicator name and cell of a flattened row (#15 item 6).
pub fn is_blank(text: &str) -> bool {
    if text.chars().any(char::is_alphanumeric) {
        return is_unfilled_word(super::trim(text));
    }
    parse(text) == Value::Blank
}

/// False when [`parse`] cannot read `text` as [`Value::NotApplicable`]: it holds none of the
/// characters every such reading needs (`无`, the `n` of `N/A` in either width and case, the
/// `涉` of `不涉及`, the `适` of `不适用`). The grid reader asks it of every indicator name
/// before the full scan (#15 item 6).
pub fn may_be_not_applicable(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '无' | 'n' | 'N' | 'ｎ' | 'Ｎ' | '涉' | '适'))
}

/// The full scan behind [`parse`].
fn parse_full(text: &str) -> Value {
    let trimmed = super::trim(text);
    let chars = normalize(trimmed);
    if chars.is_empty()
        || chars.iter().all(|c| PLACEHOLDER_CHARS.contains(*c))
        || is_unfilled_word(trimmed)
    {
        return Value::Blank;
    }
    if is_not_applicable(&chars) {
        return Value::NotApplicable;
    }
    // Excel's error value (`#DIV/0!`): a formula that failed, never the `0` inside it.
    if let Some(error) = super::excel_error(trimmed) {
        return Value::Unreadable {
            text: trimmed.to_owned(),
            reason: UnreadableReason::ExcelError {
                error: error.to_owned(),
            },
        };
    }
    if let Some(q) = deadline(&chars) {
        return Value::Quantity(q);
    }
    // A date with a time of day (`2023-12-31 12:00`): read at its day, the time left out.
    if let Some((date, _)) = date_time(trimmed)
        && let Some(q) = deadline(&normalize(date))
    {
        return Value::Quantity(q);
    }
    let unreadable = |reason: UnreadableReason| Value::Unreadable {
        text: trimmed.to_owned(),
        reason,
    };
    let Some(start) = find_number_start(&chars, 0) else {
        return if chars.iter().any(|c| is_numeric_mark(*c)) {
            unreadable(UnreadableReason::NoDigits)
        } else {
            Value::Qualitative {
                text: trimmed.to_owned(),
            }
        };
    };
    let prefix = chars.get(..start).unwrap_or_default();
    let (label_len, prefix_cmp) = match trailing_comparator(prefix) {
        Some((len, cmp)) => (prefix.len().saturating_sub(len), Some(cmp)),
        None => (prefix.len(), None),
    };
    let label = prefix.get(..label_len).unwrap_or_default();
    if let Some(bad) = label
        .iter()
        .find(|c| is_numeric_mark(**c) || "-+.".contains(**c))
    {
        return unreadable(UnreadableReason::MarkBeforeNumber { mark: *bad });
    }
    let scan = match read_at(&chars, start) {
        Ok(scan) => scan,
        Err(reason) => return unreadable(reason),
    };
    let mut after = chars.get(scan.end..).unwrap_or_default();
    if is_remark(after, &scan.unit) {
        // `92%（注：抽样调查300人）`: the bracket is a remark, not a second number (s12 S6).
        after = &[];
    }
    if label.is_empty()
        && prefix_cmp.is_none()
        && let Some(q) = range(&chars, &scan)
    {
        return Value::Quantity(q);
    }
    if let Some(reason) = numeric_leftover(&scan.unit, after) {
        return unreadable(reason);
    }
    let comparator = match (prefix_cmp, scan.suffix) {
        (Some(p), Some(s)) if p != s => {
            return unreadable(UnreadableReason::ComparatorsDisagree {
                before: p,
                after: s,
            });
        }
        (p, s) => p.or(s),
    };
    let description = chars.get(scan.unit_end..scan.run_end).unwrap_or_default();
    let has_tail = !description.is_empty() || after.iter().any(|c| !is_punctuation(*c));
    if !label.is_empty() && has_tail {
        return Value::Qualitative {
            text: trimmed.to_owned(),
        };
    }
    Value::Quantity(Quantity {
        comparator,
        value: scan.value,
        unit: scan.unit,
        ordinal: scan.ordinal,
        scale: scan.scale,
        upper: None,
    })
}

/// True when what follows a value is one bracketed remark closing the cell: one starting `注`
/// (`（注：抽样调查300人）`), or any words in brackets after a value with its unit
/// (`92%（抽样300人）`), words first. A bare number followed by a bracket (`100(200)`) is not: that may be
/// a second number (tester s12 S6).
fn is_remark(after: &[char], unit: &str) -> bool {
    let (Some(open), Some(close)) = (after.first(), after.last()) else {
        return false;
    };
    let pair = matches!((open, close), ('(', ')') | ('[', ']') | ('【', '】'));
    let inner = after.get(1..after.len() - 1).unwrap_or_default();
    let nested = inner.iter().any(|c| "()[]【】".contains(*c));
    // Words first: `（抽样调查300人）` is a remark, `（300人）` a second number.
    let words_first = inner
        .first()
        .is_some_and(|c| c.is_alphabetic() && !c.is_ascii());
    pair && !nested && words_first && (inner.first() == Some(&'注') || !unit.is_empty())
}

/// Words and the bracketed remark after them (`已建立`, `（制度文件已印发）` of
/// `已建立\n（制度文件已印发）`, tester s14 F4), trimmed: one closing bracket pair ends the
/// cell, the words before it hold no digit nor bracket and read as words, and the remark starts
/// with a word, holds no digit nor bracket, and none of the words that would take the
/// judgement back (`部分`, `未`, `尚`, `基本`…: `已完成（部分路段未完工）` is not a remark but
/// the answer). What the remark means is the band matcher's to decide: the whole text is
/// tried first (`影响程度(较高)` answering itself).
pub fn word_remark(text: &str) -> Option<(&str, &str)> {
    let text = super::trim(text);
    let at = remark_start(text)?;
    let (words, remark) = text.split_at(at);
    let words = super::trim(words);
    matches!(parse(words), Value::Qualitative { .. }).then_some((words, remark))
}

/// Where [`word_remark`]'s remark starts in `text` (trimmed).
fn remark_start(text: &str) -> Option<usize> {
    const TAKES_BACK: [&str; 11] = [
        "未", "不", "没", "否", "部分", "尚", "基本", "待", "除", "仅", "只",
    ];
    let open = match text.chars().last()? {
        ')' | '）' => ['(', '（'],
        ']' | '］' => ['[', '［'],
        '】' => ['【', '【'],
        _ => return None,
    };
    let at = text.rfind(open)?;
    let (head, tail) = text.split_at(at);
    let mut inner = tail.chars();
    inner.next();
    inner.next_back();
    let inner = inner.as_str();
    let bracket_or_digit = |c: char| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || "()（）[]［］【】".contains(c)
    };
    let starts_with_word = inner
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() && !c.is_ascii());
    (!super::trim(head).is_empty()
        && !head.chars().any(bracket_or_digit)
        && !inner.chars().any(bracket_or_digit)
        && starts_with_word
        && !TAKES_BACK.iter().any(|w| inner.contains(w)))
    .then_some(at)
}

/// The remark [`parse`] set aside after a cell's value (`（注：抽样调查300人）` of
/// `92%（注：抽样调查300人）`), as written; none when the cell has none.
pub fn remark(text: &str) -> Option<&str> {
    let trimmed = super::trim(text);
    let last = trimmed.chars().last()?;
    let open = match last {
        ')' => ['(', '('],
        '）' => ['（', '（'],
        ']' | '］' => ['[', '［'],
        '】' => ['【', '【'],
        _ => return None,
    };
    let at = trimmed.rfind(open)?;
    let value = trimmed.get(..at)?;
    let quantity = matches!(parse(trimmed), Value::Quantity(_));
    let digit_before = value
        .chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    (quantity && digit_before && matches!(parse(value), Value::Quantity(_)))
        .then(|| trimmed.get(at..))
        .flatten()
}

/// How [`parse`] reads a cell written with full-width digits or number signs (`９０％`,
/// `≥８５．５`, `２５，０００件`): the text with those characters in half-width, for the note
/// that says so. `None` when the cell has none (full-width brackets and colons in words, and
/// `≧`/`≦`, which forms write as a matter of course, are not slips).
pub fn full_width_reading(text: &str) -> Option<String> {
    let numeric = |c: char| {
        matches!(
            c,
            '０'..='９' | '％' | '．' | '＞' | '＜' | '＝' | '－' | '＋' | '﹣'
        )
    };
    // Every full-width digit and number sign is encoded from the byte 0xEF: its encodings are
    // looked for among the bytes, before any character is decoded — a cell of Chinese text
    // holds `，` `：` `（` from the same block (each cell of an input is asked, #15).
    if !holds_full_width_number(text.as_bytes()) {
        return None;
    }
    let chars: Vec<char> = text.trim().chars().collect();
    let read: String = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| match c {
            '﹣' => '-',
            c if numeric(c) => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            // The thousands comma of `２５，０００`, as `normalize` reads it.
            '，' if i > 0
                && chars
                    .get(i - 1)
                    .is_some_and(|p| p.is_ascii_digit() || numeric(*p))
                && (1..=3).all(|k| {
                    chars
                        .get(i + k)
                        .is_some_and(|d| d.is_ascii_digit() || ('０'..='９').contains(d))
                })
                && !chars
                    .get(i + 4)
                    .is_some_and(|d| d.is_ascii_digit() || ('０'..='９').contains(d)) =>
            {
                ','
            }
            c => c,
        })
        .collect();
    Some(read)
}

/// True when `bytes` hold the UTF-8 encoding of a full-width digit or number sign (`０`–`９`
/// `％ ． ＞ ＜ ＝ － ＋ ﹣`): exactly when [`full_width_reading`] reads the text in half width.
/// A SIMD search for their lead byte 0xEF (never a continuation byte, so each one found starts
/// a character), then its next two bytes (#15).
pub(crate) fn holds_full_width_number(bytes: &[u8]) -> bool {
    memchr::memchr_iter(0xEF, bytes).any(|at| full_width_number_at(bytes, at))
}

/// True when the character starting at `at` (a byte 0xEF) is a full-width digit or number sign.
pub(crate) fn full_width_number_at(bytes: &[u8], at: usize) -> bool {
    match (bytes.get(at + 1), bytes.get(at + 2)) {
        // U+FF05 ％, U+FF0B ＋, U+FF0D －, U+FF0E ．, U+FF10–U+FF19 ０–９, U+FF1C–U+FF1E ＜＝＞.
        (Some(0xBC), Some(&b)) => {
            matches!(b, 0x85 | 0x8B | 0x8D | 0x8E | 0x90..=0x99 | 0x9C..=0x9E)
        }
        // U+FE63 ﹣.
        (Some(0xB9), Some(0xA3)) => true,
        _ => false,
    }
}

/// Every quantity with a comparator written inside a free text (an indicator's own name).
///
/// A quantity is kept when a comparator is written directly before its number (`满意度≥85%`,
/// `不少于10个`) or a suffix comparator after its unit (`60万件以上`). Quantities whose two
/// comparators disagree, and numbers that cannot be read, are skipped.
pub fn extract_quantities(text: &str) -> Vec<Quantity> {
    // Every indicator's own text is scanned: one without a character a comparator word can
    // end or start with holds no quantity kept here, and is ruled out before it is normalised
    // and its numbers read (#15; a test holds the two equal).
    if !text.chars().any(may_bound_comparator) {
        return Vec::new();
    }
    scan_quantities(text)
}

/// True for a character a comparator word can end with (before a number) or start with (after
/// one), in half or full width: `≥ ≧ ⩾ = > ≤ ≦ ⩽ < 于 到 少 过 在 多 足`, `及 或 以 之`.
fn may_bound_comparator(c: char) -> bool {
    matches!(
        c,
        '≥' | '≧'
            | '⩾'
            | '='
            | '═'
            | '﹦'
            | '>'
            | '≤'
            | '≦'
            | '⩽'
            | '<'
            | '＝'
            | '＞'
            | '＜'
            | '于'
            | '到'
            | '少'
            | '过'
            | '在'
            | '多'
            | '足'
            | '及'
            | '或'
            | '以'
            | '之'
    )
}

/// The comparator a cell holds alone, written as a sign (`≥`, `≧`, `>=`, `＝`, `═`, `﹦`):
/// a 指标性质 cell. Words (`达到`, `不低于`) are left out — alone in a cell they are as likely
/// a qualitative target as a comparator.
pub fn comparator_sign(text: &str) -> Option<Comparator> {
    let chars = normalize(text);
    if chars.is_empty() || chars.iter().any(|c| !is_comparator_symbol(*c)) {
        return None;
    }
    PREFIX_WORDS
        .iter()
        .find(|(w, _)| *w == chars)
        .map(|(_, c)| *c)
}

/// [`extract_quantities`] without its first test.
fn scan_quantities(text: &str) -> Vec<Quantity> {
    let chars = normalize(text);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(start) = find_number_start(&chars, from) {
        match read_at(&chars, start) {
            Ok(scan) => {
                let before = chars.get(from..start).unwrap_or_default();
                let prefix = trailing_comparator(before).map(|(_, c)| c);
                let comparator = match (prefix, scan.suffix) {
                    (Some(p), Some(s)) if p != s => None,
                    (p, s) => p.or(s),
                };
                if comparator.is_some() {
                    out.push(Quantity {
                        comparator,
                        value: scan.value,
                        unit: scan.unit,
                        ordinal: scan.ordinal,
                        scale: scan.scale,
                        upper: None,
                    });
                }
                from = scan.end.max(start.saturating_add(1));
            }
            Err(_) => {
                // Skip the whole unreadable number so its pieces are not read again.
                let mut i = start.saturating_add(1);
                while chars
                    .get(i)
                    .is_some_and(|c| c.is_ascii_digit() || ".,".contains(*c))
                {
                    i = i.saturating_add(1);
                }
                from = i;
            }
        }
    }
    out
}

/// What [`read_at`] found: the quantity and where its pieces end.
pub(super) struct Scan {
    pub(super) value: Decimal,
    pub(super) unit: String,
    ordinal: bool,
    /// The 万/亿 multiplier applied to the value (1 when none).
    scale: Decimal,
    suffix: Option<Comparator>,
    /// Index after the unit.
    pub(super) unit_end: usize,
    /// Index after the words following the number (before the suffix comparator, if any).
    pub(super) run_end: usize,
    /// Index after everything read (suffix comparator included).
    pub(super) end: usize,
}

/// Full-width to half-width, `−` to `-`, whitespace removed. The full-width comma stays.
/// Fast path for the most common cells — points, scores, amounts and rates written as plain
/// ASCII digits (`15`, `124.94`, `70.96%`) — giving exactly what the full scan gives.
fn plain_number(t: &str) -> Option<Value> {
    let (digits, unit) = match t.strip_suffix('%') {
        Some(d) => (d, "%"),
        None => (t, ""),
    };
    let bytes = digits.as_bytes();
    let first = *bytes.first()?;
    let last = *bytes.last()?;
    if !first.is_ascii_digit() || !last.is_ascii_digit() || bytes.len() > 28 {
        return None;
    }
    let mut dots = 0;
    for b in bytes {
        match b {
            b'0'..=b'9' => {}
            b'.' => dots += 1,
            _ => return None,
        }
    }
    if dots > 1 {
        return None;
    }
    let value = Decimal::from_str_exact(digits).ok()?.normalize();
    Some(Value::Quantity(Quantity {
        comparator: None,
        value,
        unit: unit.to_owned(),
        ordinal: false,
        scale: Decimal::ONE,
        upper: None,
    }))
}

/// A date written with a time of day — `2023-12-31 12:00`, `2023年12月31日 12:00`,
/// `2023/12/31 8:30:00`, as a date-time cell of a workbook is imported — split into the date
/// and the time (#15). Dates are compared by their day, so the time is left out of the reading
/// (the trace says so). None for any other text, and when the date part is not a whole date.
pub fn date_time(text: &str) -> Option<(&str, &str)> {
    let t = super::trim(text);
    // The time is the last run of digits and colons, after a space or straight after 日/号.
    let start = t
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit() || matches!(c, ':' | '：' | '０'..='９'))
        .last()
        .map(|(i, _)| i)?;
    let (date, time) = t.split_at(start);
    let half: String = time
        .chars()
        .map(|c| match c {
            '：' => ':',
            '０'..='９' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .collect();
    let parts: Vec<&str> = half.split(':').collect();
    let fits = |p: &str, max: u32, widths: &[usize]| {
        widths.contains(&p.len()) && p.parse::<u32>().is_ok_and(|n| n <= max)
    };
    let is_time = matches!(parts.len(), 2 | 3)
        && parts.first().is_some_and(|h| fits(h, 23, &[1, 2]))
        && parts.iter().skip(1).all(|m| fits(m, 59, &[2]));
    let date_end = date.trim_end();
    let separated = date_end.len() < date.len() || date_end.ends_with(['日', '号']);
    if !is_time || !separated {
        return None;
    }
    let day = deadline(&normalize(date_end))?;
    (day.unit == super::DAY_UNIT).then_some((date_end, time))
}

/// A date or deadline in a 时效 cell: `2023年11月底前`, `12月底前`, `2021年12月完成`,
/// `2023年11月`, `2024年底前` (the year's end is its December; `年内` likewise). Read as a
/// month: `年月` = year × 100 + month, or `月份` = the month alone when no year is written;
/// `前` / `以前` / `之前` / `内` make it a deadline (≤).
fn deadline(chars: &[char]) -> Option<Quantity> {
    let chars = chars.get(date_label_len(chars)..).unwrap_or_default();
    let chars = chars.get(this_year_len(chars)..).unwrap_or_default();
    let digits = |from: usize| {
        chars
            .iter()
            .skip(from)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let number = |from: usize, n: usize| -> Option<u32> {
        chars
            .get(from..from + n)?
            .iter()
            .collect::<String>()
            .parse()
            .ok()
    };
    if let Some(q) = numeric_date(chars, &digits, &number) {
        return Some(q);
    }
    let mut at = 0;
    let mut year = None;
    let n = digits(at);
    if n == 4 && chars.get(at + 4) == Some(&'年') {
        year = number(at, 4);
        at += 5;
    } else if chars.first() == Some(&'年') {
        // `年底前`, `年内完成` without a year: the month 12 (tester s9 F24).
        at = 1;
    }
    let year_end = at > 0 && matches!(chars.get(at), Some('底' | '末' | '内'));
    let n = digits(at);
    let month = if year_end {
        // `2024年底前` is `2024年12月底前`; `2024年内` is by the end of its December.
        12
    } else if at == 1 || !(1..=2).contains(&n) || chars.get(at + n) != Some(&'月') {
        return None;
    } else {
        let month = number(at, n).filter(|m| (1..=12).contains(m))?;
        at += n + 1;
        month
    };
    // A day after the month (`2023年11月20日`, as a date typed into a workbook is read;
    // `12月31日前` without a year, tester s12 S1).
    let n = digits(at);
    let day = if !year_end && (1..=2).contains(&n) && matches!(chars.get(at + n), Some('日' | '号'))
    {
        let day = number(at, n).filter(|d| (1..=31).contains(d))?;
        at += n + 1;
        Some(day)
    } else {
        None
    };
    let rest: String = chars.get(at..)?.iter().collect();
    if year.is_none() && day.is_none() && rest.is_empty() && !year_end {
        // `12月` alone may be a duration: left to the number reader.
        return None;
    }
    let rest = rest
        .trim_start_matches(['底', '末', '份'])
        .trim_end_matches(['。', '.']);
    let (comparator, done) = match rest {
        "" | "完成" | "完工" => (None, true),
        "前" | "以前" | "之前" | "内" | "前完成" | "以前完成" | "之前完成" | "内完成" => {
            (Some(super::Comparator::Le), true)
        }
        _ => (None, false),
    };
    if !done {
        return None;
    }
    let (value, unit) = match (year, day) {
        (Some(y), Some(d)) => (Decimal::from((y * 100 + month) * 100 + d), super::DAY_UNIT),
        (Some(y), None) => (Decimal::from(y * 100 + month), super::DATE_UNIT),
        (None, Some(d)) => (Decimal::from(month * 100 + d), super::MONTH_DAY_UNIT),
        (None, None) => (Decimal::from(month), super::MONTH_UNIT),
    };
    Some(Quantity {
        comparator,
        value,
        unit: unit.to_owned(),
        ordinal: false,
        scale: Decimal::ONE,
        upper: None,
    })
}

/// The length of a word naming the form's own year before a month (`当年12月底前`, `本年度
/// 10月前`, `年内11月底前`: the month of the form's year, as `12月底前` is; tester s23 C5: it
/// was read as the number 12) or before its end (`当年底前`, `本年内`: `年底前`, `年内`).
/// 0 for none; the first character answers for nearly every cell.
fn this_year_len(chars: &[char]) -> usize {
    if !matches!(chars.first(), Some('当' | '本' | '今' | '年')) {
        return 0;
    }
    let digit_at = |n: usize| chars.get(n).is_some_and(char::is_ascii_digit);
    match chars {
        ['当' | '本' | '今', '年', '度', ..] if digit_at(3) => 3,
        ['当' | '本' | '今', '年', ..] | ['年', '内', ..] if digit_at(2) => 2,
        // `当年底前`, `本年内完成`: `年底前`, `年内完成` (the year's end).
        ['当' | '本' | '今', '年', '底' | '末' | '内', ..] => 1,
        _ => 0,
    }
}

/// The length of a label naming the date before it (`完成时间为`, `完成时限：`, `计划完成日期:`,
/// `于`), 0 for none: `完成时间为2022年12月30日` is the date it names (tester s22 D1: read as two
/// numbers, a date target met on the date went unchecked). The label is words only, at most
/// eight characters, ending at `时间`, `日期`, `时限` or `期限` (a `为`, `是` or colon after
/// it), or the one word `于` / `在`. A cell starting with a digit is answered at once.
fn date_label_len(chars: &[char]) -> usize {
    const NAMES: [[char; 2]; 4] = [['时', '间'], ['日', '期'], ['时', '限'], ['期', '限']];
    if chars
        .first()
        .is_none_or(|c| c.is_ascii_digit() || *c == '年')
    {
        return 0;
    }
    let Some(len) = chars.iter().take(9).position(char::is_ascii_digit) else {
        return 0;
    };
    let label = chars.get(..len).unwrap_or_default();
    if matches!(label, ['于'] | ['在']) {
        return len;
    }
    let mut name = label;
    while let [head @ .., ':' | '：' | '为' | '是'] = name {
        name = head;
    }
    let words = name.iter().all(|c| !c.is_ascii() && c.is_alphabetic());
    let named = name.len() >= 2 && NAMES.iter().any(|n| name.ends_with(n));
    if words && named { len } else { 0 }
}

/// A date written in digits with `-`, `/` or `.` between year, month and day (`2023-12-31`,
/// `2023/1/5`), read as the day it names; the whole cell must be the date.
fn numeric_date(
    chars: &[char],
    digits: &dyn Fn(usize) -> usize,
    number: &dyn Fn(usize, usize) -> Option<u32>,
) -> Option<Quantity> {
    let sep = *chars.get(4).filter(|c| matches!(c, '-' | '/' | '.'))?;
    if digits(0) != 4 {
        return None;
    }
    let year = number(0, 4)?;
    let m = digits(5);
    if !(1..=2).contains(&m) || chars.get(5 + m) != Some(&sep) {
        return None;
    }
    let month = number(5, m).filter(|m| (1..=12).contains(m))?;
    let at = 6 + m;
    let d = digits(at);
    if !(1..=2).contains(&d) || at + d != chars.len() {
        return None;
    }
    let day = number(at, d).filter(|d| (1..=31).contains(d))?;
    Some(Quantity {
        comparator: None,
        value: Decimal::from((year * 100 + month) * 100 + day),
        unit: super::DAY_UNIT.to_owned(),
        ordinal: false,
        scale: Decimal::ONE,
        upper: None,
    })
}

/// Characters a web page or document leaves in copied text that take no space on screen: the
/// zero-width space, joiners and word joiner, the byte-order mark and the soft hyphen
/// (`2&#8203;85` shows as `285`, tester s11 F4). Read as absent.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// The name of an invisible character for a note (`零宽空格 U+200B`).
pub(crate) fn invisible_name(c: char) -> crate::i18n::Message {
    use crate::i18n::msg;
    let code = format!("U+{:04X}", u32::from(c));
    match c {
        '\u{200B}' => msg!("invisible-zero-width-space", code = code),
        '\u{FEFF}' => msg!("invisible-byte-order-mark", code = code),
        '\u{00AD}' => msg!("invisible-soft-hyphen", code = code),
        '\u{200C}' => msg!("invisible-non-joiner", code = code),
        '\u{2060}' => msg!("invisible-word-joiner", code = code),
        _ => msg!("invisible-joiner", code = code),
    }
}

/// `text` without its invisible characters ([`is_invisible`]), or `None` when it has none.
/// Their UTF-8 bytes are looked for first (`E2 80 8B`–`8D`, `E2 81 A0`, `EF BB BF`, `C2 AD`),
/// so a cell without one costs a byte search.
pub(crate) fn without_invisible(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let holds = memchr::memchr3_iter(0xE2, 0xEF, 0xC2, bytes).any(|at| {
        matches!(
            (bytes.get(at), bytes.get(at + 1), bytes.get(at + 2)),
            (Some(0xE2), Some(0x80), Some(0x8B..=0x8D))
                | (Some(0xE2), Some(0x81), Some(0xA0))
                | (Some(0xEF), Some(0xBB), Some(0xBF))
                | (Some(0xC2), Some(0xAD), _)
        )
    });
    holds.then(|| text.chars().filter(|c| !is_invisible(*c)).collect())
}

pub(super) fn normalize(text: &str) -> Vec<char> {
    // Sized once for the most characters the text can hold: collected from a filter, the list
    // grew four or five times for an indicator's text (each indicator's text and cell is
    // normalised, #15).
    let mut chars: Vec<char> = Vec::with_capacity(text.len());
    chars.extend(
        text.chars()
            .filter(|c| !c.is_whitespace() && !is_invisible(*c))
            .map(|c| match c {
                '，' => c,
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
                '−' | '﹣' => '-',
                '﹪' => '%',
                // `═` (a box-drawing double line) and `﹦` (small equals) stand for `=` in
                // forms' 指标性质 cells (tester s17x G2, s17w F7).
                '═' | '﹦' => '=',
                _ => c,
            }),
    );
    // A full-width comma between digits in `d，ddd` groups thousands as `,` does (`２５，０００件`).
    for i in 1..chars.len() {
        if chars.get(i) == Some(&'，')
            && chars.get(i - 1).is_some_and(char::is_ascii_digit)
            && is_thousands_group(&chars, i + 1)
            && let Some(c) = chars.get_mut(i)
        {
            *c = ',';
        }
    }
    chars
}

fn is_not_applicable(chars: &[char]) -> bool {
    let mut end = chars.len();
    while end > 0 && chars.get(end - 1).is_some_and(|c| "。.".contains(*c)) {
        end -= 1;
    }
    let t = chars.get(..end).unwrap_or_default();
    if matches_word(t, "无") {
        return true;
    }
    // `N/A`, `NA` in any case, compared without building a lowercase copy of every cell.
    let is_word = |word: &str| {
        t.len() == word.len()
            && t.iter()
                .zip(word.chars())
                .all(|(c, w)| c.to_ascii_lowercase() == w)
    };
    if is_word("n/a") || is_word("na") {
        return true;
    }
    !t.iter().any(char::is_ascii_digit) && (ends_with(t, "不涉及") || ends_with(t, "不适用"))
}

/// Comparator symbols, `%` and `‰`: marks that make a text look numeric.
fn is_numeric_mark(c: char) -> bool {
    is_comparator_symbol(c) || c == '%' || c == '‰'
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() || "、，。；：！？（）【】《》“”‘’…—".contains(c)
}

fn is_chinese_numeral(c: char) -> bool {
    CHINESE_NUMERALS.contains(c)
}

/// The index where the next number starts at or after `from`: a digit, a `-`/`+` sign directly
/// before a digit (and not after another digit, so `1-2` is not `-2`), or `第` before a numeral.
pub(super) fn find_number_start(chars: &[char], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(&c) = chars.get(i) {
        if c.is_ascii_digit() {
            if i > from {
                let prev = i - 1;
                let sign = chars.get(prev).is_some_and(|p| *p == '-' || *p == '+');
                let after_digit = prev > 0 && chars.get(prev - 1).is_some_and(char::is_ascii_digit);
                if sign && !after_digit {
                    return Some(prev);
                }
            }
            return Some(i);
        }
        if c == '第'
            && chars
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_digit() || is_chinese_numeral(*n))
        {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The longest comparator word ending `chars`: its length in chars and the comparator.
fn trailing_comparator(chars: &[char]) -> Option<(usize, Comparator)> {
    // A word ends in the text's last character or not at all: one comparison of characters per
    // word rules out nearly all of them (this runs before every number of every indicator's
    // text, #15).
    let last = chars.last()?;
    PREFIX_WORDS
        .iter()
        .filter(|(w, _)| w.last() == Some(last) && chars.ends_with(w))
        .map(|(w, c)| (w.len(), *c))
        .max_by_key(|(len, _)| *len)
}

/// A list of words as characters, in the list's order, for the matchers below (a word of a
/// `&str` list would be decoded again on every comparison).
type Words = LazyLock<Vec<(Vec<char>, Comparator)>>;

static PREFIX_WORDS: Words = LazyLock::new(|| words(PREFIX_COMPARATORS));
static SUFFIX_WORDS: Words = LazyLock::new(|| words(SUFFIX_COMPARATORS));
static UNIT_WORDS: LazyLock<Vec<Vec<char>>> = LazyLock::new(|| {
    MULTI_CHAR_UNITS
        .iter()
        .map(|u| u.chars().collect())
        .collect()
});

fn words(list: &[(&str, Comparator)]) -> Vec<(Vec<char>, Comparator)> {
    list.iter()
        .map(|(w, c)| (w.chars().collect(), *c))
        .collect()
}

/// The suffix comparator word starting at `i`, if any: its length and comparator.
fn suffix_comparator_at(chars: &[char], i: usize) -> Option<(usize, Comparator)> {
    // Asked at every character of a unit run: the first character rules a word out (#15).
    let first = chars.get(i)?;
    let rest = chars.get(i..).unwrap_or_default();
    SUFFIX_WORDS
        .iter()
        .filter(|(w, _)| w.first() == Some(first) && rest.starts_with(w))
        .map(|(w, c)| (w.len(), *c))
        .max_by_key(|(len, _)| *len)
}

fn starts_with(chars: &[char], word: &str) -> bool {
    let mut it = chars.iter();
    word.chars().all(|w| it.next() == Some(&w))
}

fn ends_with(chars: &[char], word: &str) -> bool {
    let mut it = chars.iter().rev();
    word.chars().rev().all(|w| it.next() == Some(&w))
}

fn matches_word(chars: &[char], word: &str) -> bool {
    chars.len() == word.chars().count() && starts_with(chars, word)
}

/// Reads the number starting at `start` (as found by [`find_number_start`]) with its
/// multiplier, unit and suffix comparator.
pub(super) fn read_at(chars: &[char], start: usize) -> Result<Scan, UnreadableReason> {
    if chars.get(start) == Some(&'第') {
        return read_ordinal(chars, start.saturating_add(1));
    }
    if start > 0 && chars.get(start - 1) == Some(&'.') {
        return Err(UnreadableReason::LeadingPoint);
    }
    let mut i = start;
    let mut literal = String::new();
    if let Some(&s) = chars.get(i).filter(|c| **c == '-' || **c == '+') {
        if s == '-' {
            literal.push('-');
        }
        i += 1;
    }
    let mut digits = 0usize;
    let mut seen_point = false;
    while let Some(&c) = chars.get(i) {
        let next_is_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() {
            literal.push(c);
            digits += 1;
            i += 1;
        } else if c == '.' && next_is_digit {
            if seen_point {
                return Err(UnreadableReason::TwoPoints);
            }
            seen_point = true;
            literal.push('.');
            i += 1;
        } else if c == ',' && !seen_point && is_thousands_group(chars, i + 1) {
            i += 1;
        } else {
            break;
        }
    }
    if digits > 40 {
        return Err(UnreadableReason::TooManyDigits { digits });
    }
    let mut value = Decimal::from_str_exact(&literal).map_err(|_| UnreadableReason::TooLarge {
        number: literal.clone(),
    })?;
    let mut scale = Decimal::ONE;
    while let Some(&c) = chars.get(i) {
        let next = chars.get(i + 1).copied();
        let factor: u64 = match c {
            '万' => 10_000,
            '亿' => 100_000_000,
            '千' if !next.is_some_and(|n| "米克瓦卡帕伏焦赫".contains(n)) => 1_000,
            '百' if next.is_some_and(|n| n == '万' || n == '亿') => 100,
            _ => break,
        };
        value = value.checked_mul(Decimal::from(factor)).ok_or_else(|| {
            UnreadableReason::MultiplierTooLarge {
                number: literal.clone(),
            }
        })?;
        scale = scale.checked_mul(Decimal::from(factor)).ok_or_else(|| {
            UnreadableReason::MultiplierTooLarge {
                number: literal.clone(),
            }
        })?;
        i += 1;
    }
    let mut scan = read_unit(chars, i, value.normalize(), false);
    scan.scale = scale;
    Ok(scan)
}

/// `d,ddd`: a comma followed by exactly three digits and then no further digit.
fn is_thousands_group(chars: &[char], i: usize) -> bool {
    (0..3).all(|k| chars.get(i + k).is_some_and(char::is_ascii_digit))
        && !chars.get(i + 3).is_some_and(char::is_ascii_digit)
}

/// Reads `三级` / `3级` after `第`.
fn read_ordinal(chars: &[char], mut i: usize) -> Result<Scan, UnreadableReason> {
    let begin = i;
    if chars.get(i).is_some_and(char::is_ascii_digit) {
        let mut literal = String::new();
        while let Some(&c) = chars.get(i).filter(|c| c.is_ascii_digit()) {
            literal.push(c);
            i += 1;
        }
        if literal.len() > 9 {
            return Err(UnreadableReason::OrdinalTooLarge { number: literal });
        }
        let value =
            Decimal::from_str_exact(&literal).map_err(|_| UnreadableReason::OrdinalTooLarge {
                number: literal.clone(),
            })?;
        return Ok(read_unit(chars, i, value.normalize(), true));
    }
    while chars.get(i).is_some_and(|c| is_chinese_numeral(*c)) {
        i += 1;
    }
    let numeral = chars.get(begin..i).unwrap_or_default();
    let n = chinese_numeral_value(numeral).ok_or_else(|| UnreadableReason::OrdinalNotNumeral {
        numeral: numeral.iter().collect(),
    })?;
    Ok(read_unit(chars, i, Decimal::from(n), true))
}

/// Value of a Chinese numeral up to 9999 (`三` 3, `十一` 11, `二十` 20, `一百零五` 105).
fn chinese_numeral_value(chars: &[char]) -> Option<u32> {
    if chars.is_empty() || chars.len() > 8 {
        return None;
    }
    let mut total: u32 = 0;
    let mut current: Option<u32> = None;
    for &c in chars {
        let digit = match c {
            '〇' | '零' => Some(0),
            '一' => Some(1),
            '二' | '两' => Some(2),
            '三' => Some(3),
            '四' => Some(4),
            '五' => Some(5),
            '六' => Some(6),
            '七' => Some(7),
            '八' => Some(8),
            '九' => Some(9),
            _ => None,
        };
        if let Some(d) = digit {
            if current.is_some_and(|x| x != 0) {
                return None; // two digits in a row: `三三`
            }
            current = Some(d);
            continue;
        }
        let place = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => return None,
        };
        let add = current.unwrap_or(1).checked_mul(place)?;
        total = total.checked_add(add)?;
        current = None;
    }
    total.checked_add(current.unwrap_or(0))
}

/// Reads the unit at `i` and a suffix comparator after it. Never fails: an empty unit is fine.
fn read_unit(chars: &[char], i: usize, value: Decimal, ordinal: bool) -> Scan {
    let mut run_end = i;
    if chars.get(i).is_some_and(|c| *c == '%' || *c == '‰') {
        run_end = i + 1;
        let unit: String = chars.get(i..run_end).unwrap_or_default().iter().collect();
        return finish(chars, value, unit, ordinal, run_end, run_end);
    }
    while let Some(&c) = chars.get(run_end) {
        if c.is_ascii_digit()
            || is_numeric_mark(c)
            || is_separator(c)
            || c == '，'
            || suffix_comparator_at(chars, run_end).is_some()
        {
            break;
        }
        run_end += 1;
    }
    let run = chars.get(i..run_end).unwrap_or_default();
    let mut unit_len = unit_len_at_start(run).unwrap_or(run.len());
    // `元/人`, `次/年`, `km/h`: a unit over a unit is one unit.
    if unit_len == run.len() && unit_len > 0 && chars.get(run_end) == Some(&'/') {
        let after = chars.get(run_end + 1..).unwrap_or_default();
        let denominator = unit_len_at_start(after)
            .unwrap_or_else(|| after.iter().take_while(|c| c.is_ascii_alphabetic()).count());
        if denominator > 0 {
            unit_len += 1 + denominator;
            run_end = i + unit_len;
        }
    }
    let unit: String = chars
        .get(i..i + unit_len)
        .unwrap_or_default()
        .iter()
        .collect();
    finish(chars, value, unit, ordinal, i + unit_len, run_end)
}

/// Length of a known unit at the start of `chars`.
fn unit_len_at_start(chars: &[char]) -> Option<usize> {
    let first = chars.first()?;
    UNIT_WORDS
        .iter()
        .filter(|u| u.first() == Some(first) && chars.starts_with(u))
        .map(Vec::len)
        .max()
        .or_else(|| {
            chars
                .first()
                .filter(|c| ONE_CHAR_UNIT_SET.binary_search(c).is_ok())
                .map(|_| 1)
        })
}

/// [`ONE_CHAR_UNITS`] sorted, to be searched by halves rather than byte by byte.
static ONE_CHAR_UNIT_SET: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut set: Vec<char> = ONE_CHAR_UNITS.chars().collect();
    set.sort_unstable();
    set
});

fn finish(
    chars: &[char],
    value: Decimal,
    unit: String,
    ordinal: bool,
    unit_end: usize,
    run_end: usize,
) -> Scan {
    let (suffix, end) = match suffix_comparator_at(chars, run_end) {
        Some((len, cmp)) => (Some(cmp), run_end + len),
        None => (None, run_end),
    };
    Scan {
        value,
        unit,
        ordinal,
        scale: Decimal::ONE,
        suffix,
        unit_end,
        run_end,
        end,
    }
}

/// Why the text after a quantity makes the cell unreadable, if it does.
/// Dashes and words that join the two ends of a range (`8000-9000人`, `8～9万人`, `80%至90%`).
const RANGE_JOINS: &str = "-~～至到—–";

/// A range target written as two numbers joined by a dash (`8000-9000人`, `90%-95%`,
/// `8-9万人`, `80%至90%`): the lower end as the value, the upper as `upper`. The lower end
/// takes the upper's unit and multiplier when written bare (`8-9万人` is 80000 to 90000 人).
/// None unless the whole cell is the range, with no comparator, the ends in one unit and the
/// lower end below the upper.
fn range(chars: &[char], low: &Scan) -> Option<Quantity> {
    let join = *chars.get(low.end)?;
    let plain = |s: &Scan| s.suffix.is_none() && !s.ordinal && s.unit_end == s.end;
    if !RANGE_JOINS.contains(join) || !plain(low) {
        return None;
    }
    let start = low.end.checked_add(1)?;
    if !chars.get(start).is_some_and(char::is_ascii_digit) {
        return None;
    }
    let high = read_at(chars, start).ok()?;
    let rest = chars.get(high.end..).unwrap_or_default();
    if !plain(&high) || !rest.iter().all(|c| is_punctuation(*c)) {
        return None;
    }
    let value = if low.unit.is_empty() && low.scale == Decimal::ONE {
        low.value.checked_mul(high.scale)?
    } else if low.unit == high.unit && low.scale == high.scale {
        low.value
    } else {
        return None;
    };
    (value < high.value).then(|| Quantity {
        comparator: None,
        value,
        unit: high.unit.clone(),
        ordinal: false,
        scale: high.scale,
        upper: Some(high.value),
    })
}

fn numeric_leftover(unit: &str, after: &[char]) -> Option<UnreadableReason> {
    let looks_numeric = |c: &char| c.is_ascii_digit() || is_numeric_mark(*c);
    if !after.iter().any(looks_numeric) {
        return None;
    }
    let rest: String = after.iter().collect();
    if matches!(unit, "O" | "o" | "l" | "I") {
        return Some(UnreadableReason::LetterForDigit {
            letter: unit.to_owned(),
        });
    }
    if after.iter().any(char::is_ascii_digit) {
        Some(UnreadableReason::SecondNumber { rest })
    } else {
        Some(UnreadableReason::MarksAfter { rest })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {

    /// Tester s17x G2, s17w F7: a 指标性质 cell written `≧`, `═` (box-drawing double line),
    /// `﹦` (small equals) or `＝` is a comparator as `≥` and `=` are; `═100` reads as `=100`.
    #[test]
    fn comparator_signs_in_other_glyphs_are_read() {
        for (text, c) in [
            ("≧", Comparator::Ge),
            (" ≥ ", Comparator::Ge),
            (">=", Comparator::Ge),
            ("≦", Comparator::Le),
            ("＝", Comparator::Eq),
            ("═", Comparator::Eq),
            ("﹦", Comparator::Eq),
        ] {
            assert_eq!(comparator_sign(text), Some(c), "{text}");
        }
        for text in ["", "达到", "≥95", "定性", "合格"] {
            assert_eq!(comparator_sign(text), None, "{text}");
        }
        match parse("═100%") {
            Value::Quantity(q) => assert_eq!(q.comparator, Some(Comparator::Eq)),
            other => panic!("{other:?}"),
        }
    }

    /// The tester's F21: range targets were unreadable ("more than one number").
    #[test]
    fn ranges_read_as_their_two_ends() {
        let r = |t: &str| match parse(t) {
            Value::Quantity(q) => (
                q.comparator,
                q.value.to_string(),
                q.upper.map(|u| u.to_string()),
                q.unit,
            ),
            other => panic!("{t}: {other:?}"),
        };
        let some = |s: &str| Some(s.to_owned());
        assert_eq!(
            r("8000-9000人"),
            (None, "8000".into(), some("9000"), "人".into())
        );
        assert_eq!(r("90%-95%"), (None, "90".into(), some("95"), "%".into()));
        assert_eq!(r("90-95%"), (None, "90".into(), some("95"), "%".into()));
        assert_eq!(
            r("8～9万人"),
            (None, "80000".into(), some("90000"), "人".into())
        );
        assert_eq!(r("80%至90%"), (None, "80".into(), some("90"), "%".into()));
        assert_eq!(
            r("８０００－９０００人"),
            (None, "8000".into(), some("9000"), "人".into())
        );
        // Not ranges: a descending pair, two units, a comparator, words after.
        for t in ["9000-8000人", "80人-90%", "≥80-90%", "80-90%以上的群众"] {
            assert!(
                !matches!(parse(t), Value::Quantity(ref q) if q.upper.is_some()),
                "{t}: {:?}",
                parse(t)
            );
        }
    }

    #[test]
    fn dates_and_deadlines_read_as_months() {
        // A label naming the date before it (tester s22 D1).
        let day = |text: &str| match parse(text) {
            Value::Quantity(q) => Some((q.value, q.unit, q.comparator)),
            _ => None,
        };
        for (text, same) in [
            ("完成时间为2022年12月30日", "2022年12月30日"),
            ("完成时限：2023年11月底前", "2023年11月底前"),
            ("计划完成日期:2023年6月", "2023年6月"),
            ("于2022年12月完成", "2022年12月完成"),
        ] {
            assert!(day(text).is_some(), "{text}");
            assert_eq!(day(text), day(same), "{text}");
        }
        for text in ["完成3个村2022年", "项目2022年12月30日", "时间为"] {
            assert!(
                !matches!(parse(text), Value::Quantity(q) if q.unit == crate::value::DAY_UNIT),
                "{text}"
            );
        }
        let q = |t: &str| match parse(t) {
            Value::Quantity(q) => (q.comparator, q.value.to_string(), q.unit),
            other => panic!("{t}: {other:?}"),
        };
        let le = Some(Comparator::Le);
        assert_eq!(q("2023年11月底前"), (le, "202311".into(), "年月".into()));
        assert_eq!(q("2021年12月完成"), (None, "202112".into(), "年月".into()));
        assert_eq!(q("2023年11月"), (None, "202311".into(), "年月".into()));
        assert_eq!(q("12月底前"), (le, "12".into(), "月份".into()));
        // The year's end is its December (tester s9 F24).
        assert_eq!(q("2024年底前"), (le, "202412".into(), "年月".into()));
        assert_eq!(q("2024年底"), (None, "202412".into(), "年月".into()));
        assert_eq!(q("2024年末前完成"), (le, "202412".into(), "年月".into()));
        assert_eq!(q("2024年内完成"), (le, "202412".into(), "年月".into()));
        assert_eq!(q("年底前"), (le, "12".into(), "月份".into()));
        assert_eq!(q("年内"), (le, "12".into(), "月份".into()));
        // The form's own year named before the month or its end (tester s23 C5).
        for (text, same) in [
            ("当年12月底前", "12月底前"),
            ("本年度10月前", "10月前"),
            ("年内11月底前完成", "11月底前完成"),
            ("今年6月30日前", "6月30日前"),
            ("当年底前", "年底前"),
            ("本年内完成", "年内完成"),
        ] {
            assert_eq!(q(text), q(same), "{text}");
        }
        assert!(!matches!(parse("当年完成"), Value::Quantity(_)));
        assert!(!matches!(parse("本年度"), Value::Quantity(_)));
        assert!(!matches!(parse("年度"), Value::Quantity(_)));
        assert!(
            !matches!(parse("2024年"), Value::Quantity(Quantity { ref unit, .. }) if unit == "年月")
        );
        assert!(
            !matches!(parse("2024年底有"), Value::Quantity(Quantity { ref unit, .. }) if unit == "年月")
        );
        // A date typed into a workbook cell, imported with its day (#15).
        assert_eq!(
            q("2023年11月20日"),
            (None, "20231120".into(), "年月日".into())
        );
        assert_eq!(
            q("2023年11月5日前"),
            (le, "20231105".into(), "年月日".into())
        );
        assert!(
            !matches!(parse("2023年11月32日"), Value::Quantity(Quantity { ref unit, .. }) if unit == "年月日")
        );
        // Dates in digits and dates with a time of day, read at their day (#15).
        let day = |t: &str| (None, t.to_owned(), "年月日".to_owned());
        assert_eq!(q("2023-12-31"), day("20231231"));
        assert_eq!(q("2023/1/5"), day("20230105"));
        assert_eq!(q("2023-12-31 12:00"), day("20231231"));
        assert_eq!(q("2023年12月31日 12:00"), day("20231231"));
        assert_eq!(q("2023年12月31日12:00"), day("20231231"));
        assert_eq!(q("2023/12/31 8:30:00"), day("20231231"));
        assert_eq!(q("２０２３－１２－３１　１２：００"), day("20231231"));
        assert_eq!(date_time("2023-12-31 12:00"), Some(("2023-12-31", "12:00")));
        assert_eq!(date_time("2023-12-31"), None);
        assert_eq!(date_time("12月 12:00"), None);
        assert_eq!(date_time("2023-12-31 25:00"), None);
        assert!(!matches!(parse("2023-12-32"), Value::Quantity(_)));
        assert!(
            !matches!(parse("2023-12"), Value::Quantity(Quantity { ref unit, .. }) if unit == "年月日")
        );
        // A bracketed remark after the value is not a second number (tester s12 S6).
        assert_eq!(
            q("９２％（注：抽样调查300人）"),
            (None, "92".into(), "%".into())
        );
        assert_eq!(q("92%(注:抽样调查300人)"), (None, "92".into(), "%".into()));
        assert_eq!(q("92%（抽样调查300人）"), (None, "92".into(), "%".into()));
        assert_eq!(q("81%（注：电话回访）"), (None, "81".into(), "%".into()));
        assert_eq!(
            remark("92%（注：抽样调查300人）"),
            Some("（注：抽样调查300人）")
        );
        assert_eq!(remark("92%"), None);
        assert_eq!(remark("（注）92"), None);
        // Still more than one number: a bare number and a bracket, two numbers side by side,
        // a bracket that does not close the cell.
        assert!(matches!(parse("100(200)"), Value::Unreadable { .. }));
        assert!(matches!(parse("92%（300人）"), Value::Unreadable { .. }));
        assert!(matches!(parse("92% 95%"), Value::Unreadable { .. }));
        assert!(matches!(
            parse("92%（注：抽样）95%"),
            Value::Unreadable { .. }
        ));
        // A day without a year (tester s12 S1: `12月31日前` was "more than one number").
        assert_eq!(q("12月31日前"), (le, "1231".into(), "月日".into()));
        assert_eq!(q("12月31日"), (None, "1231".into(), "月日".into()));
        assert_eq!(q("6月5号前完成"), (le, "605".into(), "月日".into()));
        // Durations and other text are not dates.
        assert_eq!(q("12月"), (None, "12".into(), "月".into()));
        assert_eq!(q("3年").2, "年");
        assert!(matches!(
            parse("2023年13月"),
            Value::Unreadable { .. } | Value::Qualitative { .. } | Value::Quantity(_)
        ));
        assert!(
            !matches!(parse("2023年13月"), Value::Quantity(Quantity { ref unit, .. }) if unit == "年月")
        );
    }
    use super::*;
    use Comparator::{Eq, Ge, Gt, Le, Lt};
    use proptest::prelude::*;

    /// Tester s14 F4: a bracketed remark after words is split off for the band matcher; one
    /// that takes the judgement back, holds a number, or is the whole cell is not. The cell
    /// itself still parses whole (`影响程度(较高)` is a target's words).
    #[test]
    fn a_remark_after_words_is_split_off_for_the_band_matcher() {
        assert_eq!(
            word_remark("已建立（制度文件已印发）"),
            Some(("已建立", "（制度文件已印发）"))
        );
        assert_eq!(
            word_remark(" 已建立\n（制度文件已印发） "),
            Some(("已建立", "（制度文件已印发）"))
        );
        assert_eq!(
            word_remark("达成预期指标(注:见附件)"),
            Some(("达成预期指标", "(注:见附件)"))
        );
        assert_eq!(word_remark("健全【已印发】"), Some(("健全", "【已印发】")));
        assert_eq!(
            parse("影响程度(较高)"),
            Value::Qualitative {
                text: "影响程度(较高)".into()
            }
        );
        assert_eq!(remark("已建立（制度文件已印发）"), None);
        for whole in [
            "已建立",
            "已完成（部分路段未完工）",
            "达成（基本）",
            "已建立（2023年印发）",
            "（制度文件已印发）",
            "已建立（（甲））",
            "已建立（甲）（乙）",
            "已建立（abc）",
            "≥（甲）",
        ] {
            assert_eq!(word_remark(whole), None, "{whole}");
        }
    }

    fn dec(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    /// Asserts `text` parses to a quantity with these fields.
    fn quantity(
        text: &str,
        comparator: Option<Comparator>,
        value: &str,
        unit: &str,
        ordinal: bool,
    ) {
        match parse(text) {
            Value::Quantity(q) => {
                assert_eq!(q.comparator, comparator, "comparator of {text:?}");
                assert_eq!(q.value, dec(value), "value of {text:?}");
                assert_eq!(q.unit, unit, "unit of {text:?}");
                assert_eq!(q.ordinal, ordinal, "ordinal of {text:?}");
            }
            other => panic!("{text:?} should be a quantity, got {other:?}"),
        }
    }

    fn q(text: &str, comparator: Option<Comparator>, value: &str, unit: &str) {
        quantity(text, comparator, value, unit, false);
    }

    fn is_unreadable(text: &str) {
        match parse(text) {
            Value::Unreadable { text: t, reason } => {
                assert_eq!(t, text.trim());
                assert!(reason.message().is_catalog());
            }
            other => panic!("{text:?} should be unreadable, got {other:?}"),
        }
    }

    fn is_qualitative(text: &str) {
        assert_eq!(
            parse(text),
            Value::Qualitative {
                text: text.trim().to_owned()
            },
            "{text:?}"
        );
    }

    #[test]
    fn symbol_comparators() {
        q("≥90%", Some(Ge), "90", "%");
        q("≧90%", Some(Ge), "90", "%");
        q("≥25000件", Some(Ge), "25000", "件");
        q("≤30万元", Some(Le), "300000", "元");
        q("≤2100万元", Some(Le), "21000000", "元");
        q("≤695.92万元", Some(Le), "6959200", "元");
        q("=8个", Some(Eq), "8", "个");
        q("≦5%", Some(Le), "5", "%");
        q("<3天", Some(Lt), "3", "天");
        q(">95%", Some(Gt), "95", "%");
        q("=0", Some(Eq), "0", "");
        q(">=80%", Some(Ge), "80", "%");
        q("<=2天", Some(Le), "2", "天");
    }

    #[test]
    fn word_comparators() {
        q("大于等于10个", Some(Ge), "10", "个");
        q("不超过20%", Some(Le), "20", "%");
        q("不低于95%", Some(Ge), "95", "%");
        q("不少于10个", Some(Ge), "10", "个");
        q("高于90%", Some(Gt), "90", "%");
        q("低于5%", Some(Lt), "5", "%");
        q("小于等于2天", Some(Le), "2", "天");
        q("大于3天", Some(Gt), "3", "天");
        q("小于3天", Some(Lt), "3", "天");
        q("超过100人", Some(Gt), "100", "人");
        q("等于1", Some(Eq), "1", "");
        q("不高于5%", Some(Le), "5", "%");
        q("达到100%", Some(Ge), "100", "%");
        q("控制在30万元", Some(Le), "300000", "元");
        q("少于3次", Some(Lt), "3", "次");
    }

    #[test]
    fn suffix_comparators() {
        q("60万件以上", Some(Ge), "600000", "件");
        q("100%以上", Some(Ge), "100", "%");
        q("90%以下", Some(Le), "90", "%");
        q("30万元以内", Some(Le), "300000", "元");
        q("5天之内", Some(Le), "5", "天");
        q("3个及以上", Some(Ge), "3", "个");
        q("控制在30万元以内", Some(Le), "300000", "元");
        q("10家企业以上", Some(Ge), "10", "家");
        quantity("第三级以上", Some(Ge), "3", "级", true);
    }

    #[test]
    fn conflicting_comparators_are_unreadable() {
        is_unreadable("大于30以下");
        is_unreadable("≥90%以下");
    }

    #[test]
    fn bare_numbers_and_units() {
        q("1", None, "1", "");
        q("11", None, "11", "");
        q("50", None, "50", "");
        q("3年", None, "3", "年");
        q("100%", None, "100", "%");
        q("95%", None, "95", "%");
        q("4人", None, "4", "人");
        q("0", None, "0", "");
        q("0起", None, "0", "起");
        q("≥266米", Some(Ge), "266", "米");
        q("25,000件", None, "25000", "件");
        q("5km", None, "5", "km");
        q("50元/人", None, "50", "元/人");
        q("12人次", None, "12", "人次");
        q("3个月", None, "3", "个月");
        q("2‰", None, "2", "‰");
        q("+5%", None, "5", "%");
    }

    #[test]
    fn multipliers() {
        q("125万", None, "1250000", "");
        q("430.5万", None, "4305000", "");
        q("124.94万", None, "1249400", "");
        q("0万", None, "0", "");
        q("≥1.2亿元", Some(Ge), "120000000", "元");
        q("5千元", None, "5000", "元");
        q("5千", None, "5000", "");
        q("5千米", None, "5", "千米");
        q("3百万元", None, "3000000", "元");
        q("1.2万亿元", None, "1200000000000", "元");
        q("60万件", None, "600000", "件");
        q("3万人次", None, "30000", "人次");
    }

    #[test]
    fn unit_stops_at_first_measure_word() {
        q("90个乡镇、街道", None, "90", "个");
        q("90个乡镇", None, "90", "个");
        q("30（个）", None, "30", "");
        q("5楼", None, "5", "楼");
    }

    #[test]
    fn ordinals() {
        quantity("第三级", None, "3", "级", true);
        quantity("第3级", None, "3", "级", true);
        quantity("第十二名", None, "12", "名", true);
        quantity("第二十级", None, "20", "级", true);
        quantity("不低于第二级", Some(Ge), "2", "级", true);
        assert_eq!(chinese_numeral_value(&['一', '百', '零', '五']), Some(105));
        assert_eq!(chinese_numeral_value(&['十', '一']), Some(11));
        assert_eq!(chinese_numeral_value(&['三', '三']), None);
        assert_eq!(chinese_numeral_value(&[]), None);
    }

    #[test]
    fn negative_numbers() {
        q("-5", None, "-5", "");
        q("-5%", None, "-5", "%");
        q("≥-2.5%", Some(Ge), "-2.5", "%");
        assert_eq!(parse("-"), Value::Blank);
        for t in [
            "",
            " ",
            "-",
            "——",
            "/",
            "／",
            "……",
            "...",
            "·",
            "－",
            "—/—",
            "-5",
            "无",
            "不适用",
            "指标2",
            "１５",
            "Ａ",
            "N/A",
            "≥95%",
            "15分",
            "_",
            "\\",
            "－－",
        ] {
            assert_eq!(is_blank(t), parse(t) == Value::Blank, "{t:?}");
        }
        is_unreadable("--5");
        // Two numbers joined by a dash are a range (F21), not a negative second number.
        assert!(matches!(parse("1-2个"), Value::Quantity(q) if q.upper == Some(dec("2"))));
    }

    /// Tester s11 F4: characters a web page leaves that take no space on screen are absent
    /// from the reading (`2\u{200B}85` is 285), and only a cell holding one is rewritten.
    #[test]
    fn invisible_characters_are_read_as_absent() {
        assert_eq!(parse("2\u{200B}85"), parse("285"));
        assert_eq!(parse("≥\u{200B}98%"), parse("≥98%"));
        assert_eq!(parse("99\u{FEFF}%"), parse("99%"));
        assert_eq!(parse("1180\u{200D}盏"), parse("1180盏"));
        assert_eq!(without_invisible("2\u{200B}85").as_deref(), Some("285"));
        assert_eq!(
            without_invisible("\u{FEFF}99%\u{00AD}").as_deref(),
            Some("99%")
        );
        for plain in ["285", "≥98%", "“达成”", "—", "¥12", "完成"] {
            assert_eq!(without_invisible(plain), None, "{plain}");
        }
    }

    #[test]
    fn full_width_and_spaces() {
        q("≥９０％", Some(Ge), "90", "%");
        q("９０％", None, "90", "%");
        q("＞９５％", Some(Gt), "95", "%");
        q("＜３天", Some(Lt), "3", "天");
        q("＝８个", Some(Eq), "8", "个");
        q(" ≥ 90 % ", Some(Ge), "90", "%");
        q("≥ 90%", Some(Ge), "90", "%");
        q("\u{3000}≥90％\u{3000}", Some(Ge), "90", "%");
        q("１２４．９４万", None, "1249400", "");
        q("－5", None, "-5", "");
        q("≦３０万元", Some(Le), "300000", "元");
        q("≧９０．５％", Some(Ge), "90.5", "%");
        q("２５，０００件", None, "25000", "件");
        q("满意度：９５％", None, "95", "%");
        q("（≥90%）", Some(Ge), "90", "%");
        q("＞＝８５％", Some(Ge), "85", "%");
        q("﹣5", None, "-5", "");
        q("８５％以上", Some(Ge), "85", "%");
        assert_eq!(parse("ＮＡ"), Value::NotApplicable);
        let read = |t: &str| full_width_reading(t);
        assert_eq!(read("≧９０．５％").as_deref(), Some("≧90.5%"));
        assert_eq!(
            read("２５，０００件，其中"),
            Some("25,000件，其中".to_owned())
        );
        assert_eq!(read("≧90%"), None);
        assert_eq!(read("影响程度（较高）"), None);
        // What the note says is what the parser reads.
        for t in [
            "≧９０．５％",
            "２５，０００件",
            "－５",
            "＞＝８５％",
            "满意度：９５％",
        ] {
            assert_eq!(parse(t), parse(&read(t).unwrap()), "{t}");
        }
        assert_eq!(parse("１５"), parse("15"));
    }

    #[test]
    fn leading_words() {
        q("满意度95%", None, "95", "%");
        q("完成90%", None, "90", "%");
        q("满意度≥95%", Some(Ge), "95", "%");
        q("满意度：95%。", None, "95", "%");
        is_qualitative("完成2023年度目标");
        is_unreadable("2023年完成90%");
    }

    #[test]
    fn blanks() {
        for t in [
            "", "   ", "-", "—", "——", "/", "／", "……", "...", "…", "--", "\u{3000}",
        ] {
            assert_eq!(parse(t), Value::Blank, "{t:?}");
        }
    }

    /// Tester s8 F5: a form never self-scored writes `未填` in its 得分 cells: an empty cell,
    /// for the value parser, its fast blank test and the funds reader alike.
    #[test]
    fn unfilled_words_are_blank() {
        for t in ["未填", " 未填 ", "未填写", "未评", "未评分", "未自评"] {
            assert_eq!(parse(t), Value::Blank, "{t:?}");
            assert!(is_blank(t), "{t:?}");
            assert_eq!(
                crate::value::amount(t),
                crate::value::Amount::Blank,
                "{t:?}"
            );
        }
        for t in ["未填报单位", "未完成", "未达成预期指标", "填"] {
            assert!(!is_blank(t), "{t:?}");
            assert_ne!(parse(t), Value::Blank, "{t:?}");
        }
    }

    #[test]
    fn not_applicable() {
        for t in [
            "无",
            "不涉及",
            "本项目不涉及",
            "不适用",
            "本指标不适用",
            "本项目不适用",
            "N/A",
            "n/a",
            "Ｎ／Ａ",
            " 无 ",
            "不涉及。",
        ] {
            assert_eq!(parse(t), Value::NotApplicable, "{t:?}");
        }
    }

    #[test]
    fn qualitative() {
        for t in [
            "完成",
            "达成预期指标",
            "基本完成",
            "影响程度(较高)",
            "较高",
            "显著提升",
            "不低于预期",
            "三年",
            "无数据",
        ] {
            is_qualitative(t);
        }
        is_qualitative(" 完成 ");
    }

    #[test]
    fn the_plain_number_fast_path_agrees_with_the_full_scan() {
        for t in [
            "15", "0", "124.94", "70.96%", "100%", "90.00%", "007", "1.50", "0.5%",
        ] {
            let fast = plain_number(t).unwrap();
            // The full scan, bypassing the fast path: a leading space is trimmed away only by
            // `parse`, so call the pieces directly.
            let slow = parse_full(t);
            assert_eq!(fast, slow, "{t}");
        }
        for t in ["1.2.3", ".5", "5.", "1e5", "-5", "1,000", "９０"] {
            assert!(plain_number(t).is_none(), "{t}");
        }
    }

    #[test]
    fn unreadable() {
        is_unreadable("≥");
        is_unreadable("≥%");
        is_unreadable("9O%");
        is_unreadable("1.2.3");
        is_unreadable("≥九十%");
        is_unreadable("九十%");
        // `90%-100%` is a range now (F21): `ranges_read_as_their_two_ends`.
        is_unreadable(".5");
        is_unreadable("≥约90");
        is_unreadable(&format!("1{}", "0".repeat(40)));
        is_unreadable(&format!("1{}", "0".repeat(30)));
        is_unreadable("99999999999999999999999亿");
        match parse("9O%") {
            Value::Unreadable { reason, .. } => assert_eq!(
                reason,
                UnreadableReason::LetterForDigit { letter: "O".into() }
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn values_are_normalised() {
        match parse("90.00%") {
            Value::Quantity(q) => assert_eq!(q.value.to_string(), "90"),
            other => panic!("{other:?}"),
        }
        match parse("124.94万") {
            Value::Quantity(q) => assert_eq!(q.value.to_string(), "1249400"),
            other => panic!("{other:?}"),
        }
    }

    fn ex(text: &str) -> Vec<(Option<Comparator>, Decimal, String)> {
        extract_quantities(text)
            .into_iter()
            .map(|q| (q.comparator, q.value, q.unit))
            .collect()
    }

    #[test]
    fn extract_from_indicator_names() {
        assert_eq!(ex("指标1:满意度≥85%"), [(Some(Ge), dec("85"), "%".into())]);
        assert_eq!(ex("群众满意率90%以上"), [(Some(Ge), dec("90"), "%".into())]);
        assert_eq!(ex("优秀比例不超过20%"), [(Some(Le), dec("20"), "%".into())]);
        assert_eq!(
            ex("服务大厅办理各类审批服务事项60万件以上"),
            [(Some(Ge), dec("600000"), "件".into())]
        );
        assert_eq!(
            ex("预计新增不少于10个部门的信息系统"),
            [(Some(Ge), dec("10"), "个".into())]
        );
        assert_eq!(
            ex("淮南共评省级大数据企业11户,每户奖励10万元共计110万元"),
            []
        );
        assert_eq!(
            ex("1.完成率≥95%，投诉不超过3次"),
            [
                (Some(Ge), dec("95"), "%".into()),
                (Some(Le), dec("3"), "次".into())
            ]
        );
        assert_eq!(ex("第1项：版本1.2.3≥2"), [(Some(Ge), dec("2"), "".into())]);
        assert_eq!(ex(""), []);
        assert_eq!(ex("满意度达到９０％"), [(Some(Ge), dec("90"), "%".into())]);
    }

    proptest! {
        #[test]
        fn parse_never_panics(s in ".*") {
            let _ = parse(&s);
            let _ = extract_quantities(&s);
        }

        #[test]
        fn parse_never_panics_on_numeric_alphabet(
            s in proptest::collection::vec(
                proptest::sample::select(
                    "≥≤≧≦<>=%万亿千第级个件.0123456789-无 以上下内".chars().collect::<Vec<_>>()
                ),
                0..24,
            ).prop_map(|v| v.into_iter().collect::<String>())
        ) {
            let _ = parse(&s);
            let _ = extract_quantities(&s);
        }

        #[test]
        fn ge_percent_round_trips(mantissa in -1_000_000_000_000i64..1_000_000_000_000, scale in 0u32..10) {
            let d = Decimal::try_new(mantissa, scale).unwrap();
            let text = format!("≥{d}%");
            match parse(&text) {
                Value::Quantity(q) => {
                    prop_assert_eq!(q.comparator, Some(Ge));
                    prop_assert_eq!(q.value, d);
                    prop_assert_eq!(q.unit, "%");
                    prop_assert!(!q.ordinal);
                }
                other => prop_assert!(false, "{} parsed as {:?}", text, other),
            }
        }
    }

    /// The value parser's character tests and word matchers as they were before they were made
    /// faster (#15), kept to hold the fast ones equal to them.
    mod before {
        use super::super::*;

        pub const COMPARATOR_SYMBOLS: &str = "≥≤≧≦⩾⩽<>=";
        pub const SEPARATORS: &str =
            ".、，,;；:：()（）[]【】{}《》<>〈〉。!！?？\"'“”‘’/\\|~～·…—-+*#@&";

        pub fn full_width_reading(text: &str) -> Option<String> {
            let numeric = |c: char| {
                matches!(
                    c,
                    '０'..='９' | '％' | '．' | '＞' | '＜' | '＝' | '－' | '＋' | '﹣'
                )
            };
            if text.is_ascii() || !text.chars().any(numeric) {
                return None;
            }
            super::super::full_width_reading(text)
        }

        pub fn trailing_comparator(chars: &[char]) -> Option<(usize, Comparator)> {
            PREFIX_COMPARATORS
                .iter()
                .filter(|(w, _)| ends_with(chars, w))
                .map(|(w, c)| (w.chars().count(), *c))
                .max_by_key(|(len, _)| *len)
        }

        pub fn suffix_comparator_at(chars: &[char], i: usize) -> Option<(usize, Comparator)> {
            let rest = chars.get(i..).unwrap_or_default();
            SUFFIX_COMPARATORS
                .iter()
                .filter(|(w, _)| starts_with(rest, w))
                .map(|(w, c)| (w.chars().count(), *c))
                .max_by_key(|(len, _)| *len)
        }

        pub fn unit_len_at_start(chars: &[char]) -> Option<usize> {
            MULTI_CHAR_UNITS
                .iter()
                .filter(|u| starts_with(chars, u))
                .map(|u| u.chars().count())
                .max()
                .or_else(|| {
                    chars
                        .first()
                        .filter(|c| ONE_CHAR_UNITS.contains(**c))
                        .map(|_| 1)
                })
        }

        pub fn is_not_applicable(chars: &[char]) -> bool {
            let mut end = chars.len();
            while end > 0 && chars.get(end - 1).is_some_and(|c| "。.".contains(*c)) {
                end -= 1;
            }
            let t = chars.get(..end).unwrap_or_default();
            if matches_word(t, "无") {
                return true;
            }
            let lower: String = t.iter().map(|c| c.to_ascii_lowercase()).collect();
            if lower == "n/a" || lower == "na" {
                return true;
            }
            !t.iter().any(char::is_ascii_digit)
                && (ends_with(t, "不涉及") || ends_with(t, "不适用"))
        }
    }

    /// Every character a text can hold, for the exhaustive checks below.
    fn every_char() -> impl Iterator<Item = char> {
        (0..=u32::from(char::MAX)).filter_map(char::from_u32)
    }

    #[test]
    fn character_tests_match_the_lists_they_replaced() {
        for c in every_char() {
            assert_eq!(
                is_separator(c),
                before::SEPARATORS.contains(c),
                "{c:?} U+{:04X}",
                u32::from(c)
            );
            assert_eq!(
                is_comparator_symbol(c),
                before::COMPARATOR_SYMBOLS.contains(c),
                "{c:?}"
            );
        }
    }

    #[test]
    fn full_width_number_bytes_are_found_for_exactly_the_full_width_number_signs() {
        let numeric = |c: char| {
            matches!(
                c,
                '０'..='９' | '％' | '．' | '＞' | '＜' | '＝' | '－' | '＋' | '﹣'
            )
        };
        let mut buf = [0u8; 4];
        for c in every_char() {
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(holds_full_width_number(bytes), numeric(c), "{c:?}");
            // Cut short, an encoding is no character.
            let cut = bytes.get(..bytes.len() - 1).unwrap();
            assert!(!holds_full_width_number(cut), "{c:?}");
        }
    }

    #[test]
    fn every_comparator_word_is_bounded_by_a_character_the_first_test_knows() {
        for (word, _) in PREFIX_COMPARATORS {
            let last = word.chars().last().unwrap();
            assert!(may_bound_comparator(last), "{word}");
            if last.is_ascii() {
                let wide = char::from_u32(u32::from(last) + 0xFEE0).unwrap();
                assert!(may_bound_comparator(wide), "{word}");
            }
        }
        for (word, _) in SUFFIX_COMPARATORS {
            assert!(may_bound_comparator(word.chars().next().unwrap()), "{word}");
        }
    }

    /// Characters the matchers and readers look for, with some they do not.
    fn alphabet() -> Vec<char> {
        let mut chars: Vec<char> = PREFIX_COMPARATORS
            .iter()
            .chain(SUFFIX_COMPARATORS)
            .flat_map(|(w, _)| w.chars())
            .chain(MULTI_CHAR_UNITS.iter().flat_map(|u| u.chars()))
            .chain(
                "个件人米吨级分网%万亿第三0123456789.,，n/aNA 　\t０９％．＞＜＝－＋﹣（）：表项目无涉适用。"
                    .chars(),
            )
            .collect();
        chars.sort_unstable();
        chars.dedup();
        chars
    }

    fn text_of(alphabet: Vec<char>) -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(alphabet), 0..16)
            .prop_map(|v| v.into_iter().collect::<String>())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn fast_matchers_equal_the_plain_ones(s in text_of(alphabet())) {
            let chars: Vec<char> = s.chars().collect();
            prop_assert_eq!(full_width_reading(&s), before::full_width_reading(&s));
            prop_assert_eq!(trailing_comparator(&chars), before::trailing_comparator(&chars));
            prop_assert_eq!(unit_len_at_start(&chars), before::unit_len_at_start(&chars));
            for i in 0..=chars.len() + 1 {
                prop_assert_eq!(
                    suffix_comparator_at(&chars, i),
                    before::suffix_comparator_at(&chars, i)
                );
            }
            prop_assert_eq!(is_not_applicable(&chars), before::is_not_applicable(&chars));
        }

        #[test]
        fn quantities_are_extracted_as_by_the_full_scan(s in text_of(alphabet())) {
            prop_assert_eq!(extract_quantities(&s), scan_quantities(&s));
        }

        #[test]
        fn full_width_reading_equals_the_plain_one_on_any_text(s in ".*") {
            prop_assert_eq!(full_width_reading(&s), before::full_width_reading(&s));
        }
    }
}
