//! Forms published in Traditional characters (a site's 简/繁 switch turned on: `項目支出績效
//! 自評表`, `年度指標值`, `實際完成值`, `產出指標`, `預算執行率`). The readers know the template's
//! labels in Simplified characters only, so a label cell is folded to Simplified before it is
//! read; every other cell — a project's name, a target, an actual, a goal, a reason — is kept
//! as written, for the user reads it so. The table is small and explicit: the characters of the
//! template's labels and of the units its cells use, nothing else (no general converter).
//! What is folded is said once per form.

use super::grid::{self, Cell, Row};
use std::borrow::Cow;

/// Traditional → Simplified, for the characters the template's labels and units use. Sorted
/// by the Traditional character (a binary search finds one).
const FOLD: [(char, char); 81] = [
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
    ('場', '场'),
    ('實', '实'),
    ('專', '专'),
    ('對', '对'),
    ('屬', '属'),
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
    ('準', '准'),
    ('滿', '满'),
    ('濟', '济'),
    ('為', '为'),
    ('產', '产'),
    ('畝', '亩'),
    ('當', '当'),
    ('確', '确'),
    ('種', '种'),
    ('稱', '称'),
    ('筆', '笔'),
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
    ('處', '处'),
    ('號', '号'),
    ('補', '补'),
    ('規', '规'),
    ('計', '计'),
    ('註', '注'),
    ('評', '评'),
    ('說', '说'),
    ('調', '调'),
    ('資', '资'),
    ('質', '质'),
    ('輛', '辆'),
    ('轉', '转'),
    ('農', '农'),
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

/// `text` with the table's Traditional characters folded, when it has any.
pub(crate) fn fold(text: &str) -> Option<String> {
    text.chars()
        .any(|c| simplified(c).is_some())
        .then(|| text.chars().map(|c| simplified(c).unwrap_or(c)).collect())
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
}

/// True when the rows hold a form in Traditional characters: a cell naming the form's title
/// or its 績效 indicators so (cheap: asked of every input the grid reads).
fn is_traditional(rows: &[Row]) -> bool {
    rows.iter().flat_map(|r| r.cells.iter()).any(|c| {
        grid::has(&c.text, "績效") || grid::has(&c.text, "自評") || grid::has(&c.text, "指標")
    })
}

/// Folds the label cells of `rows` to Simplified characters (the others kept as written) when
/// the rows are in Traditional characters: the first folded cell's line and number, and how
/// many were folded.
pub(crate) fn fold_labels(rows: &mut [Row]) -> Option<(usize, usize, usize)> {
    if !is_traditional(rows) {
        return None;
    }
    let mut first = None;
    let mut count = 0;
    for cell in rows.iter_mut().flat_map(|r| r.cells.iter_mut()) {
        fold_cell(cell, &mut first, &mut count);
    }
    first.map(|(line, number)| (line, number, count))
}

fn fold_cell(cell: &mut Cell, first: &mut Option<(usize, usize)>, count: &mut usize) {
    let Some(folded) = fold(&cell.text) else {
        return;
    };
    if is_label(&folded) {
        cell.text = Cow::Owned(folded);
        first.get_or_insert((cell.line, cell.number));
        *count += 1;
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

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
        let (line, number, count) = fold_labels(&mut rows).unwrap();
        assert_eq!((line, number, count), (1, 1, 2));
        let texts: Vec<&str> = rows[0].cells.iter().map(|c| &*c.text).collect();
        assert_eq!(texts, ["数量指标", "維修設施數量", "≥120處", "年度指标值"]);
    }
}
