//! Forms published in Traditional characters (a site's 简/繁 switch turned on: `項目支出績效
//! 自評表`, `年度指標值`, `實際完成值`, `產出指標`, `預算執行率`). The readers know the template's
//! labels in Simplified characters only, so a label cell is folded to Simplified before it is
//! read; every other cell — a project's name, a target, an actual, a goal, a reason — is kept
//! as written, for the user reads it so. The table is small and explicit: the characters of the
//! template's labels and of the units its cells use, nothing else (no general converter).
//! What is folded is said once per form.
//!
//! Text copied with its ruby left in carries pinyin beside or inside a label (`項(xiàng)目支出
//! 績(jì)效自評表`, `產出指標 chǎn chū`): a run of Latin words with a tone mark next to a label is
//! dropped from the label, and said; a name or value keeps its pinyin as written. The same
//! cell test serves the grid reader ([`fold_labels`]), the row planner of text without row
//! boundaries ([`fold_cells`]) and glued text, whose labels are found in a view of the text
//! ([`label_view`]) before its value cells get their text back ([`restore_values`]).

use super::grid::{self, Cell, Row};
use std::borrow::Cow;

mod wide;

/// Traditional → Simplified, for the characters the template's labels and units use and those
/// of the band words the shipped rules name (`達成預期指標`, `顯著提升`, `較滿意`, `全覆蓋`,
/// `並具有一定效果`), and `報` of a refused `績效目標申報表`. Sorted by the Traditional character (a binary search finds one).
const FOLD: [(char, char); 95] = [
    ('並', '并'),
    ('來', '来'),
    ('個', '个'),
    ('値', '值'),
    ('備', '备'),
    ('價', '价'),
    ('億', '亿'),
    ('內', '内'),
    ('劃', '划'),
    ('動', '动'),
    ('務', '务'),
    ('單', '单'),
    ('噸', '吨'),
    ('執', '执'),
    ('報', '报'),
    ('場', '场'),
    ('實', '实'),
    ('專', '专'),
    ('對', '对'),
    ('屬', '属'),
    ('強', '强'),
    ('態', '态'),
    ('戶', '户'),
    ('撥', '拨'),
    ('據', '据'),
    ('數', '数'),
    ('時', '时'),
    ('會', '会'),
    ('條', '条'),
    ('業', '业'),
    ('標', '标'),
    ('機', '机'),
    ('歲', '岁'),
    ('況', '况'),
    ('減', '减'),
    ('準', '准'),
    ('滿', '满'),
    ('濟', '济'),
    ('為', '为'),
    ('現', '现'),
    ('產', '产'),
    ('畝', '亩'),
    ('當', '当'),
    ('盞', '盏'),
    ('確', '确'),
    ('種', '种'),
    ('稱', '称'),
    ('穩', '稳'),
    ('筆', '笔'),
    ('範', '范'),
    ('級', '级'),
    ('結', '结'),
    ('經', '经'),
    ('編', '编'),
    ('縣', '县'),
    ('總', '总'),
    ('績', '绩'),
    ('續', '续'),
    ('臺', '台'),
    ('與', '与'),
    ('萬', '万'),
    ('蓋', '盖'),
    ('處', '处'),
    ('號', '号'),
    ('補', '补'),
    ('規', '规'),
    ('計', '计'),
    ('註', '注'),
    ('評', '评'),
    ('說', '说'),
    ('調', '调'),
    ('財', '财'),
    ('費', '费'),
    ('資', '资'),
    ('質', '质'),
    ('較', '较'),
    ('輛', '辆'),
    ('轉', '转'),
    ('農', '农'),
    ('進', '进'),
    ('過', '过'),
    ('達', '达'),
    ('門', '门'),
    ('間', '间'),
    ('際', '际'),
    ('響', '响'),
    ('項', '项'),
    ('預', '预'),
    ('額', '额'),
    ('類', '类'),
    ('顯', '显'),
    ('餘', '余'),
    ('體', '体'),
    ('點', '点'),
    ('齊', '齐'),
];

/// The Simplified character of `c` when the table has it.
fn simplified(c: char) -> Option<char> {
    FOLD.binary_search_by(|(t, _)| t.cmp(&c))
        .ok()
        .and_then(|k| FOLD.get(k))
        .map(|&(_, s)| s)
        .filter(|&s| s != c)
}

/// The Simplified character of `c` by the wide table ([`wide::WIDE`]), which holds the
/// labels' table and every other character of the Traditional set.
fn wide_simplified(c: char) -> Option<char> {
    // Every character of the table is written with three bytes in UTF-8 (U+3400 on).
    if (c as u32) < 0x3400 {
        return None;
    }
    wide::WIDE
        .binary_search_by(|(t, _)| t.cmp(&c))
        .ok()
        .and_then(|k| wide::WIDE.get(k))
        .map(|&(_, s)| s)
}

/// True when the labels' table folds every Traditional character of `text`: folding it
/// gives a whole Simplified text, never a mix (`衛片執法補助經費` is no such text: 衛 is
/// outside the labels' table, and folding the rest would give `衛片执法补助经费`, s21 D1).
fn folds_whole(text: &str) -> bool {
    text.chars()
        .all(|c| simplified(c).is_some() || wide_simplified(c).is_none())
}

/// The key names are grouped and matched by (s21 D1): `text` trimmed with every Traditional
/// character folded to Simplified by the wide table, so that `麗江市自然資源和規劃局` and
/// `丽江市自然资源和规划局` are one department and one form's copies are told in either
/// script. Never shown: names are kept as written. Borrowed when nothing folds (a Simplified
/// name, the usual case: one lookup per ideograph, no allocation).
pub fn name_key(text: &str) -> Cow<'_, str> {
    let text = text.trim();
    let Some(at) = text
        .char_indices()
        .find(|&(_, c)| wide_simplified(c).is_some())
    else {
        return Cow::Borrowed(text);
    };
    let (before, rest) = text.split_at(at.0);
    let mut key = String::with_capacity(text.len());
    key.push_str(before);
    key.extend(rest.chars().map(|c| wide_simplified(c).unwrap_or(c)));
    Cow::Owned(key)
}

/// `text` with the table's Traditional characters folded, when it has any.
pub(crate) fn fold(text: &str) -> Option<String> {
    text.chars()
        .any(|c| simplified(c).is_some())
        .then(|| text.chars().map(|c| simplified(c).unwrap_or(c)).collect())
}

/// The Simplified reading of a worded target or actual written in Traditional characters
/// (`達成預期指標` → `达成预期指标`, `較滿意` → `较满意`, a Traditional IME's or a 繁 switch's):
/// the rules name their band words in Simplified characters, and a band word must score as its
/// Simplified spelling does. None for a cell holding a digit (a quantity: its unit is compared
/// with the target's as written) and for one with no character of the table. Asked of every
/// target and actual, so a cell is ruled out by its first byte before its characters are
/// decoded: a worded value starts with an ideograph (lead byte `E4`–`E9`), a number, a
/// comparator (`≥`: `E2`), a mark or a blank does not.
pub(crate) fn worded_value(text: &str) -> Option<String> {
    let t = text.trim();
    let lead = t.as_bytes().first()?;
    if !(0xE4..=0xE9).contains(lead) || t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    fold(t).filter(|_| folds_whole(t))
}

/// The vowels with a tone mark (and ü) that tell pinyin from other Latin text.
const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

/// True when `text` may hold a toned vowel: a byte leading a two-byte character from U+00C0
/// to U+01FF (`C3`–`C7`), where every toned vowel and ü stand. Chinese text has none (its lead
/// bytes are `E2`–`E9`, its other bytes `80`–`BF`): one pass over the bytes rules nearly every
/// cell out before its characters are decoded (#15: decoding every cell of a seed run and
/// asking each character of [`TONED`] cost 234 M of 875 M instructions).
fn may_have_toned(text: &str) -> bool {
    text.bytes().any(|b| (0xC3..=0xC7).contains(&b))
}

/// True when `text` may hold a toned vowel or a character [`is_traditional_text`] asks for: a byte
/// `C3`–`C7` ([`may_have_toned`]), or 績 (`E7 B8 BE`), 評 (`E8 A9 95`) or 標 (`E6 A8 99`).
/// One pass over the bytes with no early exit, which the compiler turns into vector compares;
/// a Simplified form's cells all fail it, so [`fold_labels`] is told "nothing to fold" without
/// three substring searches and a toned-vowel scan per cell (#15: 62 M of 722 M instructions
/// on 1,008 seed forms). All three bytes are asked: `E6 A8` alone also leads 模 (规模).
fn may_fold_text(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first().is_some_and(|b| b.wrapping_sub(0xC3) < 5) {
        return true;
    }
    // Three slices of one length, so the loop has no bounds to check and is vectorised; `y`
    // leads a toned vowel at index 1 onwards (a lead byte is never last in UTF-8).
    let n = bytes.len().saturating_sub(2);
    let (Some(xs), Some(ys), Some(zs)) = (bytes.get(..n), bytes.get(1..=n), bytes.get(2..n + 2))
    else {
        return false;
    };
    let mut hit = 0u8;
    for ((&x, &y), &z) in xs.iter().zip(ys).zip(zs) {
        hit |= u8::from(y.wrapping_sub(0xC3) < 5)
            | (u8::from(x == 0xE7) & u8::from(y == 0xB8) & u8::from(z == 0xBE))
            | (u8::from(x == 0xE8) & u8::from(y == 0xA9) & u8::from(z == 0x95))
            | (u8::from(x == 0xE6) & u8::from(y == 0xA8) & u8::from(z == 0x99));
    }
    hit != 0
}

/// True when `text` holds a toned vowel ([`TONED`]).
fn has_toned(text: &str) -> bool {
    may_have_toned(text) && text.chars().any(|c| TONED.contains(c))
}

/// A letter of a pinyin word: ASCII lowercase, a toned vowel or ü.
fn pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || c == 'ü' || TONED.contains(c)
}

/// The char ranges of `chars` that are pinyin runs: Latin words (lowercase, ü and toned vowels)
/// parted by spaces, at least one with a tone mark, with the spaces before the run and the
/// brackets around it (`(xiàng)`). An ASCII word alone (`(A)`, `B/A`, `km`) is none.
fn pinyin_runs(chars: &[char]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars.get(i).is_some_and(|&c| pinyin_letter(c)) {
            i += 1;
            continue;
        }
        // Words parted by spaces, from `i` on.
        let (mut toned, mut k) = (false, i);
        let end = loop {
            let word_end = (k..chars.len())
                .find(|&j| !chars.get(j).is_some_and(|&c| pinyin_letter(c)))
                .unwrap_or(chars.len());
            toned |= chars
                .get(k..word_end)
                .is_some_and(|w| w.iter().any(|&c| TONED.contains(c)));
            let next = (word_end..chars.len())
                .find(|&j| chars.get(j).is_some_and(|c| *c != ' '))
                .unwrap_or(chars.len());
            if next > word_end && chars.get(next).is_some_and(|&c| pinyin_letter(c)) {
                k = next;
                continue;
            }
            break word_end;
        };
        let before_word = i > 0 && chars.get(i - 1).is_some_and(|c| c.is_ascii_alphanumeric());
        if toned && !before_word {
            let mut start = i;
            let mut stop = end;
            if start > 0
                && matches!(chars.get(start - 1), Some('(' | '（'))
                && matches!(chars.get(stop), Some(')' | '）'))
            {
                start -= 1;
                stop += 1;
            }
            while start > 0 && chars.get(start - 1).is_some_and(|c| c.is_whitespace()) {
                start -= 1;
            }
            runs.push((start, stop));
        }
        i = end.max(i + 1);
    }
    runs
}

/// `text` without its pinyin runs, when it has any.
pub(crate) fn without_pinyin(text: &str) -> Option<String> {
    if !has_toned(text) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let runs = pinyin_runs(&chars);
    if runs.is_empty() {
        return None;
    }
    let out: String = outside_runs(&chars, &runs).into_iter().collect();
    Some(out.trim().to_owned())
}

/// The characters of `chars` outside the `runs` ([`pinyin_runs`]), in order.
fn outside_runs(chars: &[char], runs: &[(usize, usize)]) -> Vec<char> {
    let mut kept = Vec::with_capacity(chars.len());
    let mut at = 0;
    for &(start, stop) in runs {
        kept.extend(chars.get(at..start).unwrap_or_default());
        at = stop;
    }
    kept.extend(chars.get(at..).unwrap_or_default());
    kept
}

/// True when `text`, folded, is a label the grid reader knows: a title, a header, funds or
/// goals or indicators label, a column header, a level label, a funds row's name, 总分.
fn is_label(text: &str) -> bool {
    grid::is_title(text)
        || grid::header_key(text).is_some()
        || grid::funds_column(text).is_some()
        || grid::header_column(text).is_some()
        || grid::is_funds_header(text)
        || grid::is_goals_header(text)
        || grid::is_indicators_header(text)
        || grid::is_total_label(text)
        || grid::is_level1(text)
        || grid::is_level2(text)
        || grid::is_funds_label(text)
        || grid::is_notes_label(text)
        || grid::is_method_header(text)
        || GOAL_COLUMNS.contains(&text)
}

/// The goals section's column headers, which the grid places by position but the row planner
/// of text without row boundaries counts by their words (`预期目标`, `实际完成情况`).
const GOAL_COLUMNS: [&str; 2] = ["预期目标", "实际完成情况"];

/// True when `text` names the form's title or its 績效 indicators in Traditional characters,
/// as a label: a value typed with a Traditional IME in a Simplified form (`達成預期指標`, s21)
/// makes no form Traditional.
fn is_traditional_text(text: &str) -> bool {
    (grid::has(text, "績效") || grid::has(text, "自評") || grid::has(text, "指標"))
        && names_label(text)
}

/// True when `text`, its pinyin dropped and folded, is a label the readers know or a title.
fn names_label(text: &str) -> bool {
    let bare = without_pinyin(text).unwrap_or_else(|| text.to_owned());
    fold(&bare).is_some_and(|f| is_label(&f) || grid::has(&f, "自评") || grid::has(&f, "绩效"))
}

/// Whether the cells hold a form in Traditional characters (a cell naming the form's title or
/// its 績效 indicators so) and whether a cell carries a toned vowel, which pinyin left beside a
/// label has. Asked of every input the grid reads: a cell is searched only when it passes
/// [`may_fold_text`], which a Simplified form's cells fail but for a rare `×` (#15).
fn scan<'c, 'a: 'c>(cells: impl IntoIterator<Item = &'c Cell<'a>>) -> (bool, bool) {
    let (mut traditional, mut pinyin) = (false, false);
    for cell in cells {
        if may_fold_text(&cell.text) {
            traditional = traditional || is_traditional_text(&cell.text);
            pinyin |= has_toned(&cell.text);
        }
    }
    (traditional, pinyin)
}

/// What the fold did to an input's label cells: how many were folded to Simplified
/// characters, and how many lost the pinyin beside them (the first such cell as written, with
/// its line and number).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Folded {
    /// Label cells read in Simplified characters.
    pub count: usize,
    /// Label cells whose pinyin was dropped.
    pub pinyin: usize,
    /// The first cell whose pinyin was dropped: its text as written, line and number.
    pub first_pinyin: Option<(String, usize, usize)>,
}

impl Folded {
    fn is_empty(&self) -> bool {
        self.count == 0 && self.pinyin == 0
    }
}

/// Folds the label cells of `rows` to Simplified characters and drops the pinyin beside them
/// (the others kept as written) when the rows are in Traditional characters or carry pinyin.
pub(crate) fn fold_labels(rows: &mut [Row]) -> Option<Folded> {
    let (traditional, pinyin) = scan(rows.iter().flat_map(|r| r.cells.iter()));
    if !traditional && !pinyin {
        return None;
    }
    let mut folded = Folded::default();
    fold_each(
        rows.iter_mut().flat_map(|r| r.cells.iter_mut()),
        traditional,
        &mut folded,
    );
    (!folded.is_empty()).then_some(folded)
}

/// True when [`fold_cells`] may change a cell of `cells` (asked before they are copied).
pub(crate) fn may_fold(cells: &[Cell]) -> bool {
    scan(cells) != (false, false)
}

/// [`fold_labels`] for cells not yet in rows (text whose rows are rebuilt from its labels).
pub(crate) fn fold_cells(cells: &mut [Cell]) -> Option<Folded> {
    let (traditional, pinyin) = scan(cells.iter());
    if !traditional && !pinyin {
        return None;
    }
    let mut folded = Folded::default();
    fold_each(cells.iter_mut(), traditional, &mut folded);
    (!folded.is_empty()).then_some(folded)
}

/// The label `text` stands for with its pinyin dropped and (in a Traditional form) its
/// characters folded, and whether pinyin was dropped; none when it is no label so. A cell
/// with a Traditional character beyond the labels' table is a name (`衛片執法補助經費`) and
/// kept as written — but for a form's title (its place names: `雲南省…項目支出績效自評表`),
/// folded whole, unless it stands as the value after a header label (`after_key`: the
/// 項目名稱 of a project named `…支出績效自評表`). Never half folded (s21 D1).
fn label_of(text: &str, traditional: bool, after_key: bool) -> Option<(String, bool)> {
    let bare = without_pinyin(text);
    let pinyin = bare.is_some();
    let bare = bare.unwrap_or_else(|| text.to_owned());
    let folded = match traditional {
        true if folds_whole(&bare) => fold(&bare).unwrap_or(bare),
        true => {
            let whole = name_key(&bare).into_owned();
            return (!after_key && grid::is_title(&whole)).then_some((whole, pinyin));
        }
        false => bare,
    };
    (folded != text && is_label(&folded)).then_some((folded, pinyin))
}

/// Folds each of `cells` that is a label ([`label_of`]), in reading order: a cell after a
/// header label (`項目名稱`) is that label's value.
fn fold_each<'c, 'a: 'c>(
    cells: impl IntoIterator<Item = &'c mut Cell<'a>>,
    traditional: bool,
    folded: &mut Folded,
) {
    let mut after_key = false;
    for cell in cells {
        fold_cell(cell, traditional, after_key, folded);
        after_key = grid::header_key(&cell.text).is_some();
    }
}

fn fold_cell(cell: &mut Cell, traditional: bool, after_key: bool, folded: &mut Folded) {
    let Some((label, pinyin)) = label_of(&cell.text, traditional, after_key) else {
        return;
    };
    if pinyin {
        folded.pinyin += 1;
        folded
            .first_pinyin
            .get_or_insert_with(|| (cell.text.to_string(), cell.line, cell.number));
    }
    if traditional && fold(&cell.text).is_some() {
        folded.count += 1;
    }
    cell.text = Cow::Owned(label);
}

/// A glued text as its labels are found in it: its characters folded to Simplified and its
/// pinyin runs dropped, the whole text at once (glued text has no cells to ask apart), and the
/// text as written beside it, character for character, for its values to get back
/// ([`restore_values`]).
pub(crate) struct LabelView {
    /// The text read for its labels.
    pub text: String,
    /// `text` without whitespace, half width, and the same characters as written.
    view: Vec<char>,
    written: Vec<char>,
    /// The pinyin runs dropped, and the first with the characters before it, as written.
    pub pinyin: usize,
    pub first_pinyin: Option<String>,
}

/// A character as the glued reader compares it: full-width ASCII as ASCII.
fn narrow(c: char) -> char {
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// The view of `text` whose labels a glued reader finds; none when `text` is neither in
/// Traditional characters nor carries pinyin.
pub(crate) fn label_view(text: &str) -> Option<LabelView> {
    let traditional = ["績效", "自評", "指標"].iter().any(|w| text.contains(w));
    let pinyin = has_toned(text);
    if !traditional && !pinyin {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let runs = pinyin_runs(&chars);
    let first_pinyin = runs.first().map(|&(start, stop)| {
        let from = (0..start)
            .rev()
            .take(4)
            .take_while(|&k| chars.get(k).is_some_and(|c| !c.is_whitespace()))
            .last()
            .unwrap_or(start);
        chars.get(from..stop).unwrap_or_default().iter().collect()
    });
    let pinyin = runs.len();
    let kept = outside_runs(&chars, &runs);
    // Folded whole (the wide table): a title's place names too, so no cell of the view is
    // half folded (s21 D1).
    let folded: String = kept
        .iter()
        .map(|&c| wide_simplified(c).unwrap_or(c))
        .collect();
    let written: Vec<char> = kept
        .iter()
        .filter(|c| !c.is_whitespace())
        .map(|&c| narrow(c))
        .collect();
    let view: Vec<char> = folded
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(narrow)
        .collect();
    Some(LabelView {
        text: folded,
        view,
        written,
        pinyin,
        first_pinyin,
    })
}

/// Gives the value cells of `rows`, cut from a [`LabelView`]'s text, their characters as
/// written (a name, a target, a reason keep their Traditional characters); label cells keep
/// their Simplified reading. What the view did to the labels: `Folded`, counted on the
/// label cells whose text differs from the text as written.
pub(crate) fn restore_values(rows: &mut [Row], view: &LabelView) -> Folded {
    let mut folded = Folded::default();
    let mut cursor = 0;
    let find = |needle: &[char], from: usize| -> Option<usize> {
        let n = needle.len();
        (from..view.view.len().saturating_sub(n) + 1)
            .find(|&p| view.view.get(p..p + n) == Some(needle))
    };
    for cell in rows.iter_mut().flat_map(|r| r.cells.iter_mut()) {
        let needle: Vec<char> = cell.text.chars().map(narrow).collect();
        if needle.is_empty() {
            continue;
        }
        let label = is_label(&cell.text);
        let Some(p) = find(&needle, cursor).or_else(|| find(&needle, 0)) else {
            continue;
        };
        let written: String = view
            .written
            .get(p..p + needle.len())
            .unwrap_or_default()
            .iter()
            .collect();
        // A name the labels' table does not fold whole (`衛片執法補助經費`) is no label:
        // kept as written, never half folded (s21 D1).
        if label && (folds_whole(&written) || grid::is_title(&cell.text)) {
            if written.chars().map(narrow).collect::<String>()
                != cell.text.chars().map(narrow).collect::<String>()
            {
                folded.count += 1;
            }
            continue;
        }
        cursor = p + needle.len();
        if written.chars().any(|c| wide_simplified(c).is_some()) {
            cell.text = Cow::Owned(written);
        }
    }
    folded
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_gate_lets_through_every_cell_the_fold_would_touch() {
        // Every toned vowel and ü, alone, at the end and inside Chinese text.
        for c in TONED.chars() {
            for text in [c.to_string(), format!("项目{c}"), format!("{c}指标")] {
                assert!(may_fold_text(&text), "{text}");
                assert!(has_toned(&text), "{text}");
            }
        }
        for text in [
            "項目支出績效自評表",
            "產出指標",
            "自評",
            "績效",
            "產出指標（50分）",
        ] {
            assert!(may_fold_text(text) && is_traditional_text(text), "{text}");
        }
        // A worded value typed in Traditional is no label: the form is not Traditional (s21).
        assert!(may_fold_text("達成預期指標") && !is_traditional_text("達成預期指標"));
        for text in ["á", "xá", "xiàng mù"] {
            assert!(may_fold_text(text) && has_toned(text), "{text}");
        }
        // `×` passes the gate (its lead byte is C3) but is neither.
        assert!(may_fold_text("20分×执行率"));
        assert!(!has_toned("20分×执行率") && !is_traditional_text("20分×执行率"));
        // Simplified labels, figures and sentences (the seed's cells) are ruled out.
        for text in [
            "项目支出绩效自评表",
            "产出指标",
            "预算执行率",
            "≥95%",
            "100万元",
            "窗口人员月度考核奖",
            "建设规模",
            "(A) B/A km",
            "",
            "年",
        ] {
            assert!(!may_fold_text(text), "{text}");
            let cell = Cell {
                text: Cow::Borrowed(text),
                number: 1,
                line: 1,
                numeric: false,
                across: 0,
            };
            assert_eq!(scan([&cell]), (false, false), "{text}");
        }
    }

    #[test]
    fn the_table_is_sorted_and_folds_only_what_it_holds() {
        assert!(FOLD.windows(2).all(|w| w[0].0 < w[1].0), "sort FOLD");
        assert_eq!(fold("項目支出績效自評表").unwrap(), "项目支出绩效自评表");
        assert_eq!(fold("實際完成值").unwrap(), "实际完成值");
        assert_eq!(fold("產出指標").unwrap(), "产出指标");
        assert_eq!(fold("預算執行率").unwrap(), "预算执行率");
        assert_eq!(fold("年度指標值").unwrap(), "年度指标值");
        assert!(fold("项目名称").is_none());
    }

    /// s21 doubt 1: the band words of the shipped rules in Traditional characters read as
    /// their Simplified spelling; numbers, comparators and Simplified words are left alone.
    #[test]
    fn worded_values_in_traditional_are_read_in_simplified() {
        for (written, read) in [
            ("達成預期指標", "达成预期指标"),
            ("基本達成", "基本达成"),
            ("部分達成", "部分达成"),
            (" 未達成 ", "未达成"),
            ("滿意", "满意"),
            ("較滿意", "较满意"),
            ("顯著提升", "显著提升"),
            ("實現全覆蓋", "实现全覆盖"),
            ("有所減少", "有所减少"),
            ("穩步提升", "稳步提升"),
            ("規範", "规范"),
            ("顯著增強", "显著增强"),
            (
                "部分達成預期指標並具有一定效果",
                "部分达成预期指标并具有一定效果",
            ),
        ] {
            assert_eq!(worded_value(written).as_deref(), Some(read), "{written}");
        }
        for kept in ["达成预期指标", "≥90%", "120處", "達成90%", "", "/", "完成"] {
            assert_eq!(worded_value(kept), None, "{kept}");
        }
    }

    #[test]
    fn only_label_cells_are_folded() {
        let cell = |text: &'static str, number| Cell {
            text: Cow::Borrowed(text),
            number,
            line: 1,
            numeric: false,
            across: 0,
        };
        let mut rows = vec![Row {
            cells: vec![
                cell("數量指標", 1),
                cell("維修設施數量", 2),
                cell("≥120處", 3),
                cell("年度指標值", 4),
            ],
        }];
        let folded = fold_labels(&mut rows).unwrap();
        assert_eq!((folded.count, folded.pinyin), (2, 0));
        let texts: Vec<&str> = rows[0].cells.iter().map(|c| &*c.text).collect();
        assert_eq!(texts, ["数量指标", "維修設施數量", "≥120處", "年度指标值"]);
    }

    /// Session 20 (丽江): pinyin left by a copy's ruby, inside a label or after it, is a run of
    /// Latin words with a tone mark; a column letter, a formula or a unit is none.
    #[test]
    fn every_toned_vowel_is_told_by_its_lead_byte() {
        for c in TONED.chars().chain(['ü']) {
            assert!(may_have_toned(&format!("項目{c}")), "{c}");
        }
        assert!(!may_have_toned("项目支出绩效自评表 (A) B/A km ≥90％"));
    }

    #[test]
    fn pinyin_runs_are_dropped_and_column_marks_kept() {
        for (text, want) in [
            ("項(xiàng)目支出績(jì)效自評表", Some("項目支出績效自評表")),
            ("產出指標 chǎn chū", Some("產出指標")),
            ("项目名称 xiàng mù míng chēng", Some("项目名称")),
            ("項目資金(萬元) zī jīn", Some("項目資金(萬元)")),
            ("全年預算數(A)", None),
            ("执行率(B/A)", None),
            ("≥300 km", None),
        ] {
            assert_eq!(without_pinyin(text).as_deref(), want, "{text}");
        }
    }

    /// Only a label loses its pinyin and its Traditional characters: a project's name with
    /// pinyin beside it keeps both, and what was dropped is counted and its first cell kept.
    #[test]
    fn only_label_cells_lose_their_pinyin() {
        let cell = |text: &'static str, number| Cell {
            text: Cow::Borrowed(text),
            number,
            line: 3,
            numeric: false,
            across: 0,
        };
        let mut cells = vec![
            cell("產出指標 chǎn chū", 1),
            cell("維護路燈 wéi hù", 2),
            cell("項目名稱", 3),
        ];
        let folded = fold_cells(&mut cells).unwrap();
        let texts: Vec<&str> = cells.iter().map(|c| &*c.text).collect();
        assert_eq!(texts, ["产出指标", "維護路燈 wéi hù", "项目名称"]);
        assert_eq!((folded.count, folded.pinyin), (2, 1));
        assert_eq!(
            folded.first_pinyin,
            Some(("產出指標 chǎn chū".to_owned(), 3, 1))
        );
        // Simplified labels with pinyin lose it too, with no fold said.
        let mut cells = vec![cell("一级指标 yī jí", 1), cell("产出指标", 2)];
        let folded = fold_cells(&mut cells).unwrap();
        assert_eq!(&*cells[0].text, "一级指标");
        assert_eq!((folded.count, folded.pinyin), (0, 1));
    }

    /// Glued text: labels are found in the folded view without pinyin; the value cells cut
    /// from it get their characters as written back, the labels keep their Simplified reading.
    /// s21 D1: a name with a character outside the labels' table is kept as written, never
    /// half folded, even when its folded text looks like a label (`…經費` like a funds row,
    /// `…支出績效自評表` like a title after 項目名稱); a title with place names is folded whole.
    #[test]
    fn names_are_kept_as_written_and_titles_folded_whole() {
        assert_eq!(label_of("衛片執法補助經費", true, false), None);
        assert_eq!(
            label_of("補助經費", true, false),
            Some(("补助经费".to_owned(), false))
        );
        let titled = "2020年省級自然資源衛片執法補助經費支出績效自評表";
        assert_eq!(label_of(titled, true, true), None);
        assert_eq!(
            label_of("2020年度雲南省項目支出績效自評表", true, false),
            Some(("2020年度云南省项目支出绩效自评表".to_owned(), false))
        );
        let mut cells = vec![
            Cell::text("項目名稱", 1, 1),
            Cell::text(titled, 2, 1),
            Cell::text("三級指標", 1, 2),
            Cell::text("衛片執法補助經費", 2, 2),
        ];
        fold_cells(&mut cells).unwrap();
        let texts: Vec<&str> = cells.iter().map(|c| &*c.text).collect();
        assert_eq!(texts, ["项目名称", titled, "三级指标", "衛片執法補助經費"]);
        assert_eq!(worded_value("基本達成，衛片"), None);
        assert_eq!(worded_value("基本達成").as_deref(), Some("基本达成"));
    }

    /// The key names are grouped by: every Traditional character folded, nothing allocated
    /// for a Simplified name; the table is sorted (a binary search finds each character).
    #[test]
    fn names_fold_to_one_key() {
        assert_eq!(
            name_key(" 麗江市自然資源和規劃局 "),
            "丽江市自然资源和规划局"
        );
        assert!(matches!(
            name_key("丽江市自然资源和规划局"),
            Cow::Borrowed(_)
        ));
        assert_eq!(name_key("显著提升"), "显著提升");
        assert!(wide::WIDE.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(FOLD.iter().all(|&(t, s)| wide_simplified(t) == Some(s)));
    }

    #[test]
    fn a_glued_view_gives_values_back_as_written() {
        let text = "項(xiàng)目名稱古城區路燈維護經費實施單位某所";
        let view = label_view(text).unwrap();
        // The view is folded whole (s21 D1): no half-folded `古城區路燈維護经费`.
        assert_eq!(view.text, "项目名称古城区路灯维护经费实施单位某所");
        assert_eq!(view.pinyin, 1);
        let cell = |text: &str, number| Cell {
            text: Cow::Owned(text.to_owned()),
            number,
            line: 1,
            numeric: false,
            across: 0,
        };
        let mut rows = vec![Row {
            cells: vec![
                cell("项目名称", 1),
                cell("古城区路灯维护经费", 2),
                cell("实施单位", 3),
                cell("某所", 4),
            ],
        }];
        let folded = restore_values(&mut rows, &view);
        let texts: Vec<&str> = rows[0].cells.iter().map(|c| &*c.text).collect();
        assert_eq!(
            texts,
            ["项目名称", "古城區路燈維護經費", "实施单位", "某所"]
        );
        assert_eq!(folded.count, 2);
        assert!(label_view("项目名称某项目").is_none());
    }
}
