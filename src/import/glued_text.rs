//! Importer for a form whose cells were glued together with no separator at all: text copied
//! from a document-sharing site's preview (`专项资金名称县级储备粮负责人及电话…`), broken into
//! page chunks that the site numbers `1、`, `2、`, … at the start of a line, with stray spaces
//! inside cells (`绩 效 指 标`).
//!
//! What the template fixes segments it: its labels (header, funds, goals and indicator column
//! names, level-1/level-2 vocabulary) are found in the text; the funds figures are split where
//! B / A = the written rate; an indicator's level 3, target and actual are split where two
//! values (`100%100%`, `0起0起`, `高高`) follow a name, and text after them that no values
//! follow is the row's 未完成原因. The rows go to the one [`grid`] reader; every split is
//! reported as guessed.

use super::grid::{self, Cell, Import, ImportNote, NoteKind, Row};
use crate::i18n::{Message, msg, quoted};
use rust_decimal::Decimal;

mod reason;
mod sichuan;
mod standard;

/// The form's header labels, the one list both glued readers cut the header at (this reader
/// and the standard template's, [`standard`]), longest first where one contains another as
/// the readers match them longest first. `项目实施单位` is one label (the Hubei template, tester
/// s17w F5): its `项目` is no tail of the department before it. The Hubei header's `项目类别`,
/// `项目属性`, `项目类型` (their ☑/□ choices) end the value before them: they are not read, but
/// the 实施单位 no longer runs on over them and the whole form. `项目负责人及电话` before
/// `负责人及电话`, and the standard template's `填报单位` line and its unit (`单位:万元`).
pub(super) const HEADER_LABELS: [&str; 19] = [
    "专项资金名称",
    "项目名称",
    "项目负责人及电话",
    "负责人及电话",
    "项目负责人",
    "联系电话",
    "县级主管部门",
    "主管部门及代码",
    "主管部门",
    "项目实施单位",
    "实施单位:",
    "实施单位",
    "项目类别",
    "项目属性",
    "项目类型",
    "填报单位:(公章)",
    "填报单位",
    "单位:万元",
    "单位:元",
];
/// The funds block's heading: `项目资金(万元)`, the 衔接资金 template's `资金情况(万元)` and the
/// Hubei template's `预算执行情况(万元)` (tester s17w F3, F5) — each ends the header, so the
/// last header value (`实施单位`) does not run on over the whole form.
const FUNDS_HEADER: [&str; 3] = ["项目资金(万元)", "资金情况(万元)", "预算执行情况(万元)"];
const FUNDS_COLUMNS: [&str; 6] = [
    "年初预算数",
    "全年预算数(A)",
    "全年执行数(B)",
    "执行率(B/A)",
    "分值",
    "得分",
];
const FUNDS_ROWS: [&str; 5] = [
    "年度资金总额",
    "其中:",
    "本年财政拨款",
    "上年结转资金",
    "其他资金",
];
const GOALS: [&str; 5] = [
    "年度总体目标",
    "年初设定目标",
    "全年实际完成情况",
    "预期目标",
    "实际完成情况",
];
const INDICATOR_HEADER: [&str; 9] = [
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "全年完成值",
    "实际完成值",
    "未完成原因和改进措施",
    "偏差原因分析及改进措施",
];
const LEVELS: [&str; 14] = [
    "产出指标",
    "效益指标",
    "满意度指标",
    "数量指标",
    "质量指标",
    "时效指标",
    "成本指标",
    "经济效益指标",
    "社会效益指标",
    "生态效益指标",
    "可持续影响指标",
    "服务对象满意度指标",
    "说明",
    "注:",
];

/// Words a whole value cell may be (`高` / `高`, `无`): also the standard template's three
/// qualitative grades as its instructions print them, the words a qualitative actual is
/// written in, and `长期` / `长期有效`, the usual target of a 可持续影响 line (tester s12 S8:
/// `长期部分达成预期指标并具有一定效果1511` is `长期 | 部分达成… | 15 | 11`).
const VALUE_WORDS: [&str; 13] = [
    "高",
    "中",
    "低",
    "无",
    "是",
    "否",
    "良好",
    "达标",
    "长期",
    "长期有效",
    "达成预期指标",
    "部分达成预期指标并具有一定效果",
    "未达成预期指标且效果较差",
];
/// Words that grade a qualitative value (`显著提升`, `基本健全`), before a result word, and the
/// result words themselves, each a whole value cell alone (`健全`): a 效益指标 line is
/// written in them (tester s13 T3: `农村饮水保障水平显著提升明显提升`, `…机制健全基本健全`,
/// `群众文化生活明显丰富基本完成` were no rows at all).
const GRADE_WORDS: [&str; 10] = [
    "显著",
    "明显",
    "有所",
    "基本",
    "进一步",
    "逐步",
    "大幅",
    "稳步",
    "全面",
    "较大",
];
const RESULT_WORDS: [&str; 14] = [
    "提升", "提高", "改善", "增强", "健全", "完善", "丰富", "完成", "落实", "规范", "好转", "降低",
    "减少", "增加",
];
/// Units a number may carry in a value cell (#15 item 3: `300公里`, `2000户`, `60万元`,
/// `1.8万亩`, `55公斤` in other departments' forms), each also with `万` or `亿` before it.
const VALUE_UNITS: [&str; 50] = [
    "%",
    "‰",
    "起",
    "吨",
    "个",
    "人",
    "次",
    "天",
    "件",
    "年",
    "月",
    "元",
    "公里",
    "米",
    "处",
    "户",
    "亩",
    "所",
    "家",
    "辆",
    "座",
    "台",
    "项",
    "小时",
    "公斤",
    "千克",
    "斤",
    "公顷",
    "平方米",
    "立方米",
    "厘米",
    "毫米",
    "千米",
    "人次",
    "户次",
    "套",
    "份",
    "株",
    "头",
    "只",
    "条",
    "段",
    "场",
    "期",
    "批",
    "篇",
    "册",
    "间",
    "张",
    "周",
];

/// True when the text holds a form glued together: a line with a title ending in 自评表 and
/// at least three of the form's labels with hardly any spaces between them.
pub fn looks_like(text: &str) -> bool {
    match super::traditional::label_view(text) {
        Some(view) => start_line(&view.text).is_some(),
        None => start_line(text).is_some(),
    }
}

/// The index of the line where the glued form starts.
fn start_line(text: &str) -> Option<usize> {
    text.lines().position(|line| {
        let squeezed = squeeze(strip_marker(line));
        let labels = [
            "项目名称",
            "主管部门",
            "实施单位",
            "年度总体目标",
            "预算执行情况",
            "一级指标",
            "三级指标",
        ]
        .iter()
        .filter(|l| squeezed.contains(*l))
        .count();
        squeezed.contains("自评表") && labels >= 3 && !squeezed.starts_with('《')
    })
}

/// A line without the site's page-chunk marker (`2、`).
fn strip_marker(line: &str) -> &str {
    let t = line.trim_start();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    match t.get(digits..) {
        Some(rest) if digits > 0 && digits <= 3 => rest.strip_prefix('、').unwrap_or(t),
        _ => t,
    }
}

/// The text without whitespace, full-width brackets and colons as the template's labels are
/// spelt (`项目资金（万元）` finds `项目资金(万元)`).
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '：' => ':',
            c => c,
        })
        .collect()
}

/// Imports every form in `text`.
pub fn import(source_name: &str, text: &str, rules: Option<&str>) -> Import {
    read(source_name, text, rules).write()
}

/// The forms of `text` read, not yet written as case files (#15).
pub(crate) fn read(source_name: &str, text: &str, rules: Option<&str>) -> super::Pending {
    let mut notes = Vec::new();
    // A form in Traditional characters or with pinyin left beside its labels is cut by its
    // labels in a view of the text; its values get their text as written back (session 20).
    let view = super::traditional::label_view(text);
    let text = view.as_ref().map_or(text, |v| v.text.as_str());
    // Full-width digits and signs read as half-width first (#15), line by line so that the
    // page-chunk markers (`２、`) and the line numbers stay where they are.
    let mut changed = 0;
    let lines: Vec<std::borrow::Cow<'_, str>> = text
        .lines()
        .map(|l| match crate::value::full_width_reading(l) {
            Some(read) => {
                changed += l
                    .trim()
                    .chars()
                    .zip(read.chars())
                    .filter(|(a, b)| a != b)
                    .count();
                std::borrow::Cow::Owned(read)
            }
            None => std::borrow::Cow::Borrowed(l),
        })
        .collect();
    let mut parsed = match start_line(text) {
        Some(start) => {
            let (glued, line_starts) = glue(&lines, start);
            if lines
                .iter()
                .skip(start + 1)
                .any(|l| strip_marker(l) != l.trim_start())
            {
                notes.push(note(start + 1, msg!("import-note-page-markers")));
            }
            if changed > 0 {
                let mut said = note(start + 1, half_width_message(changed));
                said.kind = NoteKind::Recognised;
                notes.push(said);
            }
            read_forms(&glued, &line_starts, notes, view.as_ref())
        }
        None => grid::read(Vec::new(), None),
    };
    if parsed.forms.is_empty() {
        parsed.problems.push(grid::no_form_note());
    }
    parsed.pending(source_name, rules)
}

/// The lines from `start` on glued into one run, without their page markers and spaces, and
/// where each line starts in it (in characters) with its line number.
fn glue(lines: &[std::borrow::Cow<'_, str>], start: usize) -> (String, Vec<(usize, usize)>) {
    let mut glued = String::new();
    let mut starts = Vec::new();
    let mut at = 0;
    for (k, line) in lines.iter().enumerate().skip(start) {
        let squeezed = squeeze(strip_marker(line));
        starts.push((at, k + 1));
        at += squeezed.chars().count();
        glued.push_str(&squeezed);
    }
    (glued, starts)
}

/// Reads each form of the glued run: the run is cut where the first form's title comes
/// again followed by a header label (tester s13 T3: a second 自评表 read as the first one's
/// 说明), each piece read on its own and its forms numbered after those before. A piece that
/// reads as no form is said, never dropped unsaid. `notes` are the whole run's notes.
fn read_forms(
    glued: &str,
    line_starts: &[(usize, usize)],
    notes: Vec<ImportNote>,
    view: Option<&super::traditional::LabelView>,
) -> grid::Parsed {
    let chars: Vec<char> = glued.chars().collect();
    let mut cuts = title_starts(glued, &chars);
    let untitled = untitled_starts(&chars);
    cuts.extend(untitled.iter().copied());
    cuts.sort_unstable();
    cuts.dedup();
    // The title a form without its own is read under: the last title before it.
    let mut title = String::new();
    let mut all = grid::Parsed {
        forms: Vec::new(),
        problems: Vec::new(),
        bare_titles: 0,
        leading: 0,
    };
    let mut notes = Some(notes);
    for (k, &a) in cuts.iter().enumerate() {
        let b = cuts.get(k + 1).copied().unwrap_or(chars.len());
        let mut piece: String = chars.get(a..b).unwrap_or_default().iter().collect();
        let line = line_starts
            .iter()
            .take_while(|(at, _)| *at <= a)
            .last()
            .map_or(1, |(_, line)| *line);
        let mut piece_notes = notes.take().unwrap_or_default();
        let untitled = k > 0 && untitled.contains(&a);
        if untitled {
            let mut said = note(line, untitled_form_message(&chars, a, &title));
            said.kind = NoteKind::Guessed;
            piece_notes.push(said);
            piece.insert_str(0, &title);
        } else {
            let piece_chars: Vec<char> = piece.chars().collect();
            title = piece_chars
                .get(..title_end(&piece, &piece_chars))
                .unwrap_or_default()
                .iter()
                .collect();
        }
        let other = k > 0 && title_kind(&piece) != title_kind(glued);
        if k > 0 && !untitled {
            let mut said = note(line, next_form_message(&piece, other));
            said.kind = NoteKind::Recognised;
            piece_notes.push(said);
        }
        let parsed = read_form(&piece, line, piece_notes, view);
        if parsed.forms.is_empty() && k > 0 {
            let mut said = note(line, unread_piece_message(&piece, other));
            said.kind = NoteKind::Unreadable;
            said.cell = 0;
            all.problems.push(said);
        }
        all.problems.extend(parsed.problems);
        all.bare_titles += parsed.bare_titles;
        all.leading += parsed.leading;
        for mut form in parsed.forms {
            form.renumber(u32::try_from(all.forms.len() + 1).unwrap_or(u32::MAX));
            all.forms.push(form);
        }
    }
    all
}

/// Where each form of the glued run starts (in characters): at 0, and wherever a form's title
/// comes again — the first form's, its year before it may differ (`2022年度…自评表`), or a
/// title of another kind (`部门（单位）整体支出绩效自评表` after a 项目支出 form) — with a header
/// label right after it (`专项资金名称`, `项目名称`, `填报单位`, `部门(单位)名称`, …), over a
/// bracketed year (tester s13 T3; session 14: a 部门整体 form glued after a project form was
/// read as the project form's total row and lost unsaid).
fn title_starts(glued: &str, chars: &[char]) -> Vec<usize> {
    let mut cuts = vec![0];
    let Some(end) = glued.find("自评表").map(|b| b + "自评表".len()) else {
        return cuts;
    };
    let title = glued.get(..end).unwrap_or_default();
    let core = title.trim_start_matches(|c: char| c.is_ascii_digit());
    if core.chars().count() < 6 {
        // A bare `自评表` or little more: too common a word to cut at.
        return cuts;
    }
    let mut from = end;
    while let Some(found) = glued.get(from..).and_then(|rest| rest.find("自评表")) {
        let b = from + found;
        from = b + "自评表".len();
        let at = glued.get(..b).unwrap_or_default().chars().count() + 3;
        let last = cuts.last().copied().unwrap_or(0);
        let Some(start) = title_start(chars, last, at, core) else {
            continue;
        };
        let after = past_title_year(chars, at);
        let labelled = label_at(chars, after, Part::Header)
            .is_some_and(|(label, _)| HEADER_LABELS.contains(&label))
            || TITLE_FOLLOWERS.iter().any(|w| starts_with(chars, after, w));
        if labelled && start > last {
            cuts.push(start);
        }
    }
    cuts
}

/// Where a form starts with no title of its own, right after the 总分 row of the form before
/// it: the 总分 figures glued to the next form's first header label (the 新洲 page, Hubei:
/// `…总分10098项目名称…`, total 100 and self-score 98, then the next project). Read as one
/// form, the second form's rows ran on as the first's and the two scored as one.
fn untitled_starts(chars: &[char]) -> Vec<usize> {
    const OPENERS: [&str; 2] = ["项目名称", "专项资金名称"];
    let mut cuts = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !starts_with(chars, i, "总分") {
            i += 1;
            continue;
        }
        let mut j = i + 2;
        while chars
            .get(j)
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, '.' | '%' | '分'))
        {
            j += 1;
        }
        if j > i + 2 && OPENERS.iter().any(|w| starts_with(chars, j, w)) {
            cuts.push(j);
        }
        i = j;
    }
    cuts
}

/// The note on a form cut where its 项目名称 follows the 总分 figures of the form before
/// (`总分10098项目名称…`): the guess said, with the figures and the title it is read under.
fn untitled_form_message(chars: &[char], at: usize, title: &str) -> Message {
    let before: String = chars
        .get(at.saturating_sub(12)..at)
        .unwrap_or_default()
        .iter()
        .collect();
    let total = before
        .rfind("总分")
        .map_or(before.as_str(), |b| &before[b..]);
    let after: String = chars.get(at..at + 12).unwrap_or_default().iter().collect();
    msg!(
        "import-note-glued-untitled-form",
        total = quoted(total),
        next = quoted(after),
        title = quoted(title)
    )
}

/// Words that follow a form's title in the forms glued after one another, besides the project
/// header's labels: the standard template's `填报单位` line and the 部门整体 form's first label.
const TITLE_FOLLOWERS: [&str; 4] = ["填报单位", "部门(单位)名称", "部门名称", "单位名称"];

/// The words a title of a kind the readers know opens with after its year: the ones the
/// templates print (项目支出, 部门预算项目支出, 部门（单位）整体支出, 县级专项资金…).
const TITLE_OPENERS: [&str; 7] = [
    "项目支出",
    "部门预算",
    "部门(单位)整体",
    "部门整体",
    "单位整体",
    "县级专项",
    "专项资金",
];

/// Where the title ending at `end` (after its 自评表) starts, after `last`: at `附件`, else at a
/// year (`2022年`), else at the words a title opens with ([`TITLE_OPENERS`], or the first
/// form's own title `core`), whichever comes first within the longest title [`grid::is_title`]
/// takes; none when no title of a form ends there.
fn title_start(chars: &[char], last: usize, end: usize, core: &str) -> Option<usize> {
    let from = end.saturating_sub(32).max(last + 1);
    let first = |test: &dyn Fn(usize) -> bool| (from..end).find(|&p| test(p));
    let year = |p: usize| {
        chars
            .get(p..p + 4)
            .is_some_and(|d| d.iter().all(char::is_ascii_digit))
            && chars.get(p + 4) == Some(&'年')
            && !chars
                .get(p.wrapping_sub(1))
                .is_some_and(char::is_ascii_digit)
    };
    let opener = |p: usize| {
        TITLE_OPENERS.iter().any(|w| starts_with(chars, p, w)) || starts_with(chars, p, core)
    };
    let start = first(&|p| starts_with(chars, p, "附件"))
        .or_else(|| first(&year))
        .or_else(|| first(&opener))?;
    let title: String = chars.get(start..end).unwrap_or_default().iter().collect();
    let title = title
        .trim_start_matches("附件")
        .trim_start_matches(|c: char| c.is_ascii_digit());
    grid::is_title(title).then_some(start)
}

/// True when the text at `at` starts with `word`.
fn starts_with(chars: &[char], at: usize, word: &str) -> bool {
    let n = word.chars().count();
    chars
        .get(at..at + n)
        .is_some_and(|s| s.iter().copied().eq(word.chars()))
}

/// One form's glued text (from its title on) read: cut into rows by its template and handed
/// to the grid reader, its notes attached and its places said.
fn read_form(
    glued: &str,
    line: usize,
    mut notes: Vec<ImportNote>,
    view: Option<&super::traditional::LabelView>,
) -> grid::Parsed {
    let (rows, flat) = if sichuan::is_sichuan(glued) {
        // The Sichuan template's rows have their blanks put back and are read as a
        // flattened Sichuan form is, by the columns its headers name.
        let rows = sichuan::segment(glued, line, &mut notes);
        (number_cells(rows, line), true)
    } else if standard::points_first(glued) {
        // The 衔接资金 绩效目标自评表 (分值 before the target): cut as the standard template
        // is, handed on in rows and read by the columns its header names (tester s17w F3).
        let chars: Vec<char> = glued.chars().collect();
        let rows = standard::segment_rows(glued, title_end(glued, &chars), line, &mut notes);
        (number_cells(rows, line), false)
    } else if standard::is_standard(glued) {
        // The standard template's cells are cut as a flattened copy has them and read as it
        // is (tester s9 F5).
        let chars: Vec<char> = glued.chars().collect();
        let cells = standard::segment(glued, title_end(glued, &chars), line, &mut notes);
        let cells = number_cells(vec![cells], line)
            .into_iter()
            .flat_map(|r| r.cells)
            .collect::<Vec<_>>();
        let (rows, said) = super::paragraphs::rows(&cells, true);
        notes.extend(said);
        (rows, true)
    } else {
        (segment(glued, line, &mut notes), false)
    };
    let mut rows = rows;
    if let Some(view) = view {
        let folded = super::traditional::restore_values(&mut rows, view);
        let folded = super::traditional::Folded {
            pinyin: view.pinyin,
            first_pinyin: view.first_pinyin.clone().map(|t| (t, line, 0)),
            ..folded
        };
        for message in grid::folded_messages(&folded) {
            let mut said = note(line, message);
            said.kind = NoteKind::Recognised;
            notes.push(said);
        }
    }
    let pieces = pieces(&rows);
    let mut parsed = match flat {
        true => grid::read_flat(rows),
        false => grid::read(rows, None),
    };
    grid::attach_notes(&mut parsed, notes);
    say_pieces(&mut parsed, &pieces);
    parsed
}

/// The kind of form a piece's title names: its words up to 自评表, without `附件N` and the
/// year before them (`2022年度县级专项资金绩效目标自评表` → `县级专项资金绩效目标自评表`).
fn title_kind(piece: &str) -> String {
    let head = piece.find("自评表").map_or("", |b| &piece[..b]);
    let head = head
        .trim_start_matches("附件")
        .trim_start_matches(|c: char| c.is_ascii_digit());
    let head = head
        .strip_prefix("年度")
        .or_else(|| head.strip_prefix('年'));
    head.unwrap_or_else(|| piece.find("自评表").map_or("", |b| &piece[..b]))
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .to_owned()
}

/// The note on a form found where the first form's title comes again (tester s13 T3), or a
/// title of another kind (`other`: a 部门整体 form after a project form).
fn next_form_message(piece: &str, other: bool) -> Message {
    let chars: Vec<char> = piece.chars().collect();
    let title: String = chars.iter().take(title_end(piece, &chars)).collect();
    match other {
        true => msg!("import-note-glued-other-form", title = quoted(&title)),
        false => msg!("import-note-glued-next-form", title = quoted(&title)),
    }
}

/// The warning on a piece of glued text cut at a title that reads as no form: its text, so
/// that nothing is lost unsaid.
fn unread_piece_message(piece: &str, other: bool) -> Message {
    match other {
        true => msg!("import-note-glued-other-piece-unread", text = quoted(piece)),
        false => msg!("import-note-glued-piece-unread", text = quoted(piece)),
    }
}

/// The text of each piece the glued text was cut into, by its number along the line.
fn pieces(rows: &[Row]) -> Vec<String> {
    let mut pieces = Vec::new();
    for cell in rows.iter().flat_map(|r| &r.cells) {
        if pieces.len() < cell.number {
            pieces.resize(cell.number, String::new());
        }
        if let Some(piece) = pieces.get_mut(cell.number - 1)
            && piece.is_empty()
        {
            *piece = short_piece(&cell.text);
        }
    }
    pieces
}

/// A piece's text short enough to find it by (tester s12): its first twelve characters, cut
/// before a colon, bracket or quote, which the note's own wording uses around its place.
fn short_piece(text: &str) -> String {
    let stop = |c: char| ":：()（）\"“”".contains(c);
    let head: String = text.chars().take_while(|&c| !stop(c)).take(12).collect();
    match head.len() < text.len() {
        true if !head.is_empty() => format!("{head}…"),
        _ => head,
    }
}

/// The places of a glued form said as a person finds them (tester s12): the cells were cut
/// by the reader, so a note names its line and the piece's text (`第 4 行“三级指标”处`), a
/// note on the whole text its line (piece 1, where the reader's own notes point), and a
/// finding its line (`第 4 行`). Their numbers ordered the notes; they are not said.
fn say_pieces(parsed: &mut grid::Parsed, pieces: &[String]) {
    let forms = parsed.forms.iter_mut();
    let notes = forms
        .flat_map(|f| f.notes.iter_mut())
        .chain(parsed.problems.iter_mut());
    for note in notes {
        note.piece = match note.cell {
            0 | 1 => None,
            n => pieces.get(n - 1).filter(|p| !p.is_empty()).cloned(),
        };
        note.cell = 0;
    }
    for form in &mut parsed.forms {
        form.place_by_line();
    }
}

/// The note on a glued form written with full-width digits or number signs (#15): how many
/// characters were read as half-width.
fn half_width_message(count: usize) -> crate::i18n::Message {
    crate::i18n::msg!("import-note-glued-full-width", count = count)
}

fn note(line: usize, message: Message) -> ImportNote {
    ImportNote {
        form: 0,
        // The whole form is one run of text: its notes point at its line.
        cell: 1,
        line,
        sheet: None,
        kind: NoteKind::Guessed,
        message,
        piece: None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Header,
    Funds,
    Goals,
    Indicators,
    /// After `总分`: its figures, up to the notes (tester s17w F3: a form with 总分 was said
    /// to end before it).
    Total,
}

/// The 总分 row's label, after the indicators.
const TOTAL: [&str; 1] = ["总分"];
/// Where the notes under the 总分 row start.
const NOTES: [&str; 2] = ["说明", "注:"];

/// Cuts the glued text into rows.
fn segment(glued: &str, line: usize, notes: &mut Vec<ImportNote>) -> Vec<Row<'static>> {
    let chars: Vec<char> = glued.chars().collect();
    let text =
        |a: usize, b: usize| -> String { chars.get(a..b).unwrap_or_default().iter().collect() };
    let title_end = title_end(glued, &chars);
    let mut cut = Segments {
        rows: vec![vec![text(0, title_end)]],
        part: Part::Header,
        funds_width: 0,
        level1: String::new(),
        level2: String::new(),
        fresh_level: false,
        line,
        notes,
    };
    let mut i = title_end;
    while i < chars.len() {
        let Some((label, len)) = label_at(&chars, i, cut.part) else {
            // Free text up to the next label.
            let mut j = i + 1;
            while j < chars.len() && label_at(&chars, j, cut.part).is_none() {
                j += 1;
            }
            cut.free_text(text(i, j));
            i = j;
            continue;
        };
        if !cut.label(label, || text(i, chars.len())) {
            break;
        }
        i += len;
    }
    number_cells(cut.rows, line)
}

/// Where the title ends (in characters): at the first 自评表, and over a bracketed year right
/// after it.
fn title_end(glued: &str, chars: &[char]) -> usize {
    let end = glued
        .find("自评表")
        .map_or(0, |b| glued[..b].chars().count() + 3);
    past_title_year(chars, end)
}

/// Where a glued title ending at `end` (after its 自评表) ends with the year written right
/// after it in brackets (`项目支出绩效自评表(2024年度)`), as the grid reader reads a title's
/// year ([`grid::split_title_year`]); `end` when no year follows (tester s9 F20: the year of a
/// glued title was left in the header's free text and the form named `unknown`).
fn past_title_year(chars: &[char], end: usize) -> usize {
    if !chars
        .get(end)
        .is_some_and(|c| matches!(c, '(' | '【' | '['))
    {
        return end;
    }
    let head = chars.get(..end).unwrap_or_default();
    let close = chars
        .iter()
        .enumerate()
        .skip(end + 1)
        .take(12)
        .find(|(_, c)| matches!(c, ')' | '】' | ']'));
    match close {
        Some((at, _)) => {
            let title: String = head
                .iter()
                .chain(chars.get(end..=at).unwrap_or_default())
                .collect();
            match grid::split_title_year(&title).1 {
                Some(_) => at + 1,
                None => end,
            }
        }
        None => end,
    }
}

/// The rows cut so far and where the cutting stands.
struct Segments<'n> {
    rows: Vec<Vec<String>>,
    part: Part,
    /// The funds columns named so far.
    funds_width: usize,
    /// The level-1 and level-2 labels the indicator rows are under.
    level1: String,
    level2: String,
    /// A level label was read and no indicator text since.
    fresh_level: bool,
    line: usize,
    notes: &'n mut Vec<ImportNote>,
}

impl Segments<'_> {
    /// Text between two labels: a header or goal cell, funds figures, or indicator rows.
    fn free_text(&mut self, run: String) {
        match self.part {
            Part::Header | Part::Goals | Part::Total => {
                if let Some(row) = self.rows.last_mut() {
                    row.push(run);
                }
            }
            Part::Funds => {
                let (name, values) = split_funds(&run, self.funds_width, self.notes, self.line);
                if let Some(row) = self.rows.last_mut() {
                    if row.len() == 1
                        && let Some(last) = row.last_mut()
                    {
                        last.push_str(&name);
                    }
                    row.extend(values);
                }
            }
            Part::Indicators => {
                let fresh_level = std::mem::take(&mut self.fresh_level);
                for (k, mut row) in split_indicators(&run).into_iter().enumerate() {
                    if row.len() == 1 && k == 0 && fresh_level {
                        // Right after a level label no row above can take it as its reason:
                        // an indicator whose values could not be told apart, kept under its
                        // labels and said (tester s13 T3).
                        let name = row.remove(0);
                        self.guessed(msg!("import-note-glued-unsplit", text = quoted(&name)));
                        self.rows.push(vec![
                            self.level1.clone(),
                            self.level2.clone(),
                            name,
                            String::new(),
                            String::new(),
                            String::new(),
                        ]);
                        continue;
                    }
                    if row.len() == 1 {
                        // Text that no values follow: the row above's 未完成原因.
                        let last = self.rows.last_mut().filter(|r| r.len() == 6);
                        match last {
                            Some(last) if last.get(5).is_some_and(String::is_empty) => {
                                let reason = row.remove(0);
                                let said = glued_reason_message(&reason);
                                last[5] = reason;
                                self.guessed(said);
                            }
                            _ => self.rows.push(row),
                        }
                        continue;
                    }
                    if !(k == 0 && fresh_level) {
                        self.take_reason(&mut row);
                    }
                    self.guessed(glued_split_message(&row));
                    let mut full = vec![self.level1.clone(), self.level2.clone()];
                    full.append(&mut row);
                    full.push(String::new());
                    self.rows.push(full);
                }
            }
        }
    }

    /// A label of the template found in the text; `rest` gives the text from the label on. False
    /// when the form ends there (`说明`, `注:`: the rest is the notes).
    fn label(&mut self, label: &str, rest: impl FnOnce() -> String) -> bool {
        let push_to_last = |rows: &mut Vec<Vec<String>>, l: &str| {
            if let Some(row) = rows.last_mut() {
                row.push(l.to_owned());
            }
        };
        match label {
            l if FUNDS_HEADER.contains(&l) => {
                self.part = Part::Funds;
                self.rows.push(vec![l.to_owned()]);
            }
            l if FUNDS_COLUMNS.contains(&l) => {
                self.funds_width += 1;
                push_to_last(&mut self.rows, l);
            }
            l if GOALS.first() == Some(&l) => {
                self.part = Part::Goals;
                self.rows.push(vec![l.to_owned()]);
            }
            l if GOALS.contains(&l) => {
                push_to_last(&mut self.rows, l);
                // The goal text follows the header: a row of its own.
                if GOALS.get(2) == Some(&l) || GOALS.get(4) == Some(&l) {
                    self.rows.push(Vec::new());
                }
            }
            "绩效指标" if self.part == Part::Indicators => {
                self.notes
                    .push(note(self.line, msg!("import-note-repeated-header")));
            }
            l if INDICATOR_HEADER.contains(&l) => {
                if self.part != Part::Indicators {
                    self.part = Part::Indicators;
                    self.rows.push(Vec::new());
                }
                push_to_last(&mut self.rows, l);
            }
            "说明" | "注:" => {
                self.notes_at_end(&rest());
                return false;
            }
            "总分" if self.part == Part::Indicators => {
                self.part = Part::Total;
                self.rows.push(vec!["总分".to_owned()]);
            }
            l if self.part == Part::Indicators => {
                self.fresh_level = true;
                if ["产出指标", "效益指标", "满意度指标"].contains(&l) {
                    self.level1 = l.to_owned();
                } else {
                    self.level2 = l.to_owned();
                }
            }
            l if self.part == Part::Funds || FUNDS_ROWS.contains(&l) => {
                self.part = Part::Funds;
                self.rows.push(vec![l.to_owned()]);
            }
            l => self.rows.push(vec![l.to_owned()]),
        }
        true
    }

    /// The row above's 未完成原因 glued onto the head of `row`'s name, taken off into the row
    /// above when that row fell short of its target and has no reason yet: cut after a `。`,
    /// or after the words a reason ends with ([`reason::split_after`], as the other glued
    /// readers cut it), each cut said (tester s13b N2: `部分地块流转未完成新建机耕道长度` and
    /// `3名学生银行账户异常生均资助标准` were read as names).
    fn take_reason(&mut self, row: &mut [String]) {
        let Some(above) = self
            .rows
            .last_mut()
            .filter(|r| r.len() == 6 && r[5].is_empty())
        else {
            return;
        };
        let Some(text) = row.first_mut() else {
            return;
        };
        let split = reason::split_after(text, falls_short(&above[3], &above[4]));
        let message = match &split {
            reason::Tail::Sentence { .. } | reason::Tail::Name { .. } => None,
            reason::Tail::Worded { reason, name } => Some(msg!(
                "import-note-glued-sichuan-reason",
                text = quoted(text.as_str()),
                reason = quoted(reason),
                name = quoted(name)
            )),
            reason::Tail::Unsplit { name } => Some(msg!(
                "import-note-glued-reason-unsplit",
                name = quoted(name)
            )),
        };
        let (reason, name) = split.parts();
        if !reason.is_empty() {
            above[5] = reason.to_owned();
        }
        *text = name.to_owned();
        if let Some(message) = message {
            self.guessed(message);
        }
    }

    /// A guessed note at the form's line.
    fn guessed(&mut self, message: crate::i18n::Message) {
        self.notes.push(note(self.line, message));
    }

    /// The text from `说明` or `注:` on: the 说明 cell is reported, the notes kept.
    fn notes_at_end(&mut self, rest: &str) {
        let (said, note_text) = match rest.find("注:") {
            Some(at) => rest.split_at(at),
            None => (rest, ""),
        };
        if !said.is_empty() {
            self.notes.push(note(
                self.line,
                msg!("import-note-remark-dropped", text = quoted(said)),
            ));
        }
        if !note_text.is_empty() {
            self.rows.push(vec![note_text.to_owned()]);
        }
    }
}

/// Whether an actual falls short of its target, as far as the cells alone tell (the rules
/// are not known yet): a number below a target to reach (above one written `≤`), a date after
/// its deadline, words other than the target's. A row that falls short is the one the
/// template asks for a 未完成原因.
fn falls_short(target: &str, actual: &str) -> bool {
    use crate::value::units::{Aligned, align};
    use crate::value::{Comparator, Value};
    match (crate::value::parse(target), crate::value::parse(actual)) {
        (Value::Quantity(t), Value::Quantity(a)) if t.is_date() || a.is_date() => {
            crate::value::comparable_dates(&t, &a, None).is_ok_and(|p| p.actual > p.target)
        }
        (Value::Quantity(t), Value::Quantity(a)) => {
            let actual = match align(&t, &a, false) {
                Aligned::Same => a.value,
                Aligned::Converted { value, .. } => value,
                Aligned::Mismatch | Aligned::TooLarge | Aligned::Implausible { .. } => {
                    return false;
                }
            };
            match t.comparator {
                Some(Comparator::Le) => actual > t.value,
                Some(Comparator::Lt) => actual >= t.value,
                Some(Comparator::Gt) => actual <= t.value,
                Some(Comparator::Ge | Comparator::Eq) | None => actual < t.value,
            }
        }
        (Value::Qualitative { text: t }, Value::Qualitative { text: a }) => {
            !crate::value::same_words(&t, &a)
        }
        _ => false,
    }
}

/// The note on an indicator run split where two values follow a name (#15 item 4).
fn glued_split_message(row: &[String]) -> crate::i18n::Message {
    let cell = |i: usize| quoted(row.get(i).map_or("", String::as_str));
    crate::i18n::msg!(
        "import-note-glued-indicator",
        level3 = cell(0),
        target = cell(1),
        actual = cell(2)
    )
}

/// The note on text that no values follow, read as the row above's 未完成原因 (#15 item 4).
fn glued_reason_message(reason: &str) -> crate::i18n::Message {
    msg!("import-note-glued-reason", text = quoted(reason))
}

/// Rows of cells numbered in reading order, as the other text readers number theirs.
fn number_cells(rows: Vec<Vec<String>>, line: usize) -> Vec<Row<'static>> {
    let mut number = 0;
    rows.into_iter()
        .filter(|r| !r.is_empty())
        .map(|cells| Row {
            cells: cells
                .into_iter()
                .map(|text| {
                    number += 1;
                    Cell {
                        text: text.into(),
                        number,
                        line,
                        numeric: false,
                        across: 0,
                    }
                })
                .collect(),
        })
        .collect()
}

/// The label starting at `i`, if any, with its length in characters.
fn label_at(chars: &[char], i: usize, part: Part) -> Option<(&'static str, usize)> {
    let lists: &[&[&'static str]] = match part {
        Part::Header => &[&HEADER_LABELS, &FUNDS_HEADER],
        Part::Funds => &[&FUNDS_COLUMNS, &FUNDS_ROWS, &GOALS],
        Part::Goals => &[&GOALS, &INDICATOR_HEADER],
        Part::Indicators => &[&INDICATOR_HEADER, &LEVELS, &TOTAL],
        Part::Total => &[&NOTES],
    };
    let rest = chars.get(i..)?;
    lists
        .iter()
        .flat_map(|l| l.iter())
        .filter(|label| {
            let n = label.chars().count();
            rest.len() >= n && label.chars().zip(rest).all(|(a, b)| a == *b)
        })
        .max_by_key(|label| label.chars().count())
        .map(|label| (*label, label.chars().count()))
}

/// A funds row's free text: its label's rest (`中央、省、市补助县级资金`) and its figures split
/// into `width` numbers so that B / A matches the written rate.
fn split_funds(
    run: &str,
    width: usize,
    notes: &mut Vec<ImportNote>,
    line: usize,
) -> (String, Vec<String>) {
    let digits_at = run.find(|c: char| c.is_ascii_digit()).unwrap_or(run.len());
    let (name, figures) = run.split_at(digits_at);
    if figures.is_empty() {
        return (name.to_owned(), Vec::new());
    }
    match split_by_rate(figures, width) {
        Some(values) => {
            notes.push(note(
                line,
                msg!(
                    "import-note-glued-figures-split",
                    figures = quoted(figures),
                    values = values.join(", ")
                ),
            ));
            (name.to_owned(), values)
        }
        None => {
            notes.push(note(
                line,
                msg!("import-note-glued-figures-kept", figures = quoted(figures)),
            ));
            (name.to_owned(), vec![figures.to_owned()])
        }
    }
}

/// Splits `figures` into `width` numbers (the last may end in `%`) with the first two as A, B
/// and the last as the rate B / A: the split whose B / A × 100 is within 0.5 of the rate.
fn split_by_rate(figures: &str, width: usize) -> Option<Vec<String>> {
    if width != 3 {
        return None;
    }
    let numbers = figures.strip_suffix('%')?;
    let chars: Vec<char> = numbers.chars().collect();
    let number = |a: usize, b: usize| -> Option<(String, Decimal)> {
        let t: String = chars.get(a..b)?.iter().collect();
        let leading_zero = t.len() > 1 && t.starts_with('0') && !t.starts_with("0.");
        if leading_zero || t.starts_with('.') || t.ends_with('.') {
            return None;
        }
        t.parse::<Decimal>().ok().map(|d| (t, d))
    };
    let n = chars.len();
    for x in 1..n {
        for y in x + 1..n {
            let (Some((ta, a)), Some((tb, b)), Some((tr, r))) =
                (number(0, x), number(x, y), number(y, n))
            else {
                continue;
            };
            if a.is_zero() {
                continue;
            }
            let computed = b
                .checked_mul(Decimal::ONE_HUNDRED)
                .and_then(|p| p.checked_div(a));
            if computed.is_some_and(|c| (c - r).abs() <= Decimal::new(5, 1)) {
                return Some(vec![ta, tb, format!("{tr}%")]);
            }
        }
    }
    None
}

/// The end of a date written at `p`: a year (`2023年`) with a month (`12月`), a month alone,
/// or a year alone before `底`/`前`; a day (`10日`) after the month; then `底前`, `前`, `之前`,
/// `以前`, `底`, `止`. None when no date stands there (`3年`, `12个月`: counts). Both glued
/// readers keep a date whole (tester s12 S8, s13 T3).
fn date_end(chars: &[char], p: usize) -> Option<usize> {
    let digits = |at: usize| {
        chars
            .iter()
            .skip(at)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let is = |at: usize, c: char| chars.get(at) == Some(&c);
    let mut at = p;
    let year = digits(at) == 4 && is(at + 4, '年');
    if year {
        at += 5;
    }
    let m = digits(at);
    let month = (1..=2).contains(&m) && is(at + m, '月');
    if month {
        at += m + 1;
        let d = digits(at);
        if (1..=2).contains(&d) && is(at + d, '日') {
            at += d + 1;
        }
    }
    let suffixes = ["底之前", "底以前", "底前", "之前", "以前", "前", "底", "止"];
    let suffix = suffixes.iter().find_map(|s| {
        let n = s.chars().count();
        chars
            .get(at..at + n)
            .is_some_and(|w| w.iter().copied().eq(s.chars()))
            .then_some(n)
    });
    match (year, month, suffix) {
        (_, true, s) | (true, false, s @ Some(_)) => Some(at + s.unwrap_or(0)),
        _ => None,
    }
}

/// A value cell starting at `i`: every length at which one ends. A date is one cell, never
/// cut inside (`2021年10月底前`, not `2021年` and a phantom row `底前`: tester s13 T3).
fn value_ends(chars: &[char], i: usize) -> Vec<usize> {
    if let Some(end) = date_end(chars, i) {
        return vec![end];
    }
    let mut ends = Vec::new();
    ends.extend(graded_end(chars, i));
    for word in VALUE_WORDS {
        let n = word.chars().count();
        if chars
            .get(i..i + n)
            .is_some_and(|s| s.iter().copied().eq(word.chars()))
        {
            ends.push(i + n);
        }
    }
    let mut j = i;
    while chars.get(j).is_some_and(|c| "≥≤<>=".contains(*c)) {
        j += 1;
    }
    while let Some(c) = chars.get(j) {
        if !(c.is_ascii_digit() || *c == '.') {
            break;
        }
        j += 1;
        if chars.get(j - 1) != Some(&'.') {
            ends.push(j);
            let scale = usize::from(chars.get(j).is_some_and(|c| *c == '万' || *c == '亿'));
            for unit in VALUE_UNITS {
                let n = unit.chars().count();
                for at in [j, j + scale] {
                    if chars
                        .get(at..at + n)
                        .is_some_and(|s| s.iter().copied().eq(unit.chars()))
                    {
                        ends.push(at + n);
                    }
                }
            }
        }
    }
    ends.sort_unstable();
    ends.dedup();
    ends
}

/// A graded qualitative value starting at `i` (`明显提升`, `健全`): where it ends.
fn graded_end(chars: &[char], i: usize) -> Option<usize> {
    let word_at = |at: usize, words: &[&str]| {
        words.iter().find_map(|w| {
            let n = w.chars().count();
            chars
                .get(at..at + n)
                .is_some_and(|s| s.iter().copied().eq(w.chars()))
                .then_some(at + n)
        })
    };
    let at = word_at(i, &GRADE_WORDS).unwrap_or(i);
    word_at(at, &RESULT_WORDS)
}

/// Splits an indicator run into rows of (level 3, target, actual); text that no pair of values
/// follows becomes a row of one cell (the 未完成原因 of the row before), unless it ends in a
/// worded value written twice ([`doubled_end`]).
fn split_indicators(run: &str) -> Vec<Vec<String>> {
    let chars: Vec<char> = run.chars().collect();
    let text =
        |a: usize, b: usize| -> String { chars.get(a..b).unwrap_or_default().iter().collect() };
    let mut rows = Vec::new();
    let mut start = 0;
    let mut p = 1;
    while p < chars.len() {
        let before = chars.get(p - 1).copied().unwrap_or(' ');
        if before.is_ascii_digit() || before == '.' {
            p += 1;
            continue;
        }
        if let Some((t_end, a_end)) = pair_at(&chars, p) {
            rows.push(vec![text(start, p), text(p, t_end), text(t_end, a_end)]);
            start = a_end;
            p = a_end + 1;
            continue;
        }
        p += 1;
    }
    if start < chars.len() {
        match doubled_end(chars.get(start..).unwrap_or_default()) {
            Some(n) => {
                let (t, a) = (chars.len() - 2 * n, chars.len() - n);
                rows.push(vec![text(start, t), text(t, a), text(a, chars.len())]);
            }
            None => rows.push(vec![text(start, chars.len())]),
        }
    }
    rows
}

/// The length of a worded value written twice at the end of `run` (`有效保障有效保障`): a
/// target met as worded, its words no list holds, after a name of two characters or more
/// (tester s13b N2: `困难学生就学保障有效保障有效保障` was left unsplit). The longest such
/// value, so that the name keeps none of it.
fn doubled_end(run: &[char]) -> Option<usize> {
    (2..=8).rev().find(|&n| {
        run.len() >= 2 * n + 2
            && run.get(run.len() - 2 * n..run.len() - n) == run.get(run.len() - n..)
            && !run
                .iter()
                .skip(run.len() - n)
                .any(|c| c.is_ascii_digit() || "≥≤<>=%".contains(*c))
    })
}

/// Two value cells from `p` (target, actual) followed by the end or a non-digit.
fn pair_at(chars: &[char], p: usize) -> Option<(usize, usize)> {
    // The longest reading first: `0起0起` is 0起 / 0起, not 0 / 0 with 起 left over.
    let t_ends = value_ends(chars, p);
    for &t_end in t_ends.iter().rev() {
        let a_ends = value_ends(chars, t_end);
        for &a_end in a_ends.iter().rev() {
            let next = chars.get(a_end);
            // A figure right after an actual written with the target's unit opens the 未完成原因
            // when a count word follows it (`100%99%3名学生…`, `≥1万亩0.92万亩2个村组…`): a value
            // ends at its unit, and the template puts the reason right after the actual
            // (tester s13b N2: read as target 99%, actual 3; s14b G: as target 0.92万亩, actual
            // 2个).
            let count_after = count_at(chars, a_end) && same_unit(chars, (p, t_end, a_end));
            if next.is_some_and(|c| c.is_ascii_digit() || *c == '.' || *c == '%') && !count_after {
                continue;
            }
            // A value ends at its unit: a number cut off from the unit it goes on with
            // (`增加≥50公斤55公斤` read as `增加` / `≥50` and a phantom `公斤` row) is no cell, when
            // the reading with the unit is there (tester s13b N2).
            let unit_cut = |ends: &[usize], end: usize| {
                chars.get(end - 1).is_some_and(char::is_ascii_digit)
                    && ends.iter().any(|&e| {
                        e > end
                            && !chars
                                .get(end..e)
                                .unwrap_or_default()
                                .iter()
                                .any(char::is_ascii_digit)
                    })
            };
            if unit_cut(&t_ends, t_end) || unit_cut(&a_ends, a_end) {
                continue;
            }
            // Split inside one run of digits only when both halves read the same (`00`).
            let inside = chars.get(t_end - 1).is_some_and(char::is_ascii_digit)
                && chars.get(t_end).is_some_and(char::is_ascii_digit);
            let same = chars.get(p..t_end) == chars.get(t_end..a_end);
            if inside && !same {
                continue;
            }
            return Some((t_end, a_end));
        }
    }
    None
}

/// True when the actual `t_end..a_end` ends in a unit (or `%`) and agrees with the target
/// `p..t_end` in it, as the template asks of the two value cells of a row: read by the one
/// value parser and its unit table (`≥1万亩` / `0.92万亩`, `≥15公里` / `16公里`, `100%` / `99%`).
fn same_unit(chars: &[char], (p, t_end, a_end): (usize, usize, usize)) -> bool {
    use crate::value::units::{Aligned, align};
    use crate::value::{Value, parse};
    let cell =
        |a: usize, b: usize| -> String { chars.get(a..b).unwrap_or_default().iter().collect() };
    if chars
        .get(a_end - 1)
        .is_none_or(|c| c.is_ascii_digit() || *c == '.')
    {
        return false;
    }
    match (parse(&cell(p, t_end)), parse(&cell(t_end, a_end))) {
        (Value::Quantity(t), Value::Quantity(a)) => {
            !a.unit.is_empty()
                && !t.unit.is_empty()
                && matches!(
                    align(&t, &a, false),
                    Aligned::Same | Aligned::Converted { .. }
                )
        }
        _ => false,
    }
}

/// A figure at `at` followed by a count word (`3名`, `2户`): how a 未完成原因 opens with the
/// count of what fell short.
fn count_at(chars: &[char], at: usize) -> bool {
    let digits = chars
        .iter()
        .skip(at)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let rest = chars.get(at + digits..).unwrap_or_default();
    digits > 0
        && (["名", "位"].iter().chain(VALUE_UNITS.iter()))
            .filter(|w| !["%", "‰"].contains(w))
            .any(|w| rest.iter().take(w.chars().count()).copied().eq(w.chars()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_form_starts_where_a_project_follows_the_total_figures() {
        let chars: Vec<char> = "…满意度10895总分10098项目名称河道保洁主管部门…总分10097"
            .chars()
            .collect();
        let at = untitled_starts(&chars);
        assert_eq!(at.len(), 1);
        let rest: String = chars[at[0]..].iter().take(4).collect();
        assert_eq!(rest, "项目名称");
        // A 总分 label with no figures (the indicator header's) or words after it: no cut.
        let chars: Vec<char> = "总分项目名称总分100说明".chars().collect();
        assert!(untitled_starts(&chars).is_empty());
    }

    #[test]
    fn indicator_runs_split_at_value_pairs() {
        let rows =
            split_indicators("5000吨稻谷、500吨成品粮储备到位率100%100%库存数量真实率100%100%");
        assert_eq!(
            rows,
            [
                vec!["5000吨稻谷、500吨成品粮储备到位率", "100%", "100%"],
                vec!["库存数量真实率", "100%", "100%"],
            ]
        );
        let rows = split_indicators("库存粮食明显变质比例00安全性高高保障率100%无没有轮换");
        assert_eq!(
            rows,
            [
                vec!["库存粮食明显变质比例", "0", "0"],
                vec!["安全性", "高", "高"],
                vec!["保障率", "100%", "无"],
                vec!["没有轮换"],
            ]
        );
        let rows = split_indicators("安全事件发生数0起0起市民满意度调查290%100%");
        assert_eq!(
            rows,
            [
                vec!["安全事件发生数", "0起", "0起"],
                vec!["市民满意度调查", "290%", "100%"],
            ]
        );
    }

    /// Tester s13b N2: a value ends at its unit, and a count after a `%` opens the reason; s14b G:
    /// after any actual with the target's unit.
    #[test]
    fn a_value_ends_at_its_unit() {
        let rows = split_indicators("粮食亩产增加≥50公斤55公斤满意度≥90%88%");
        assert_eq!(
            rows,
            [
                vec!["粮食亩产增加", "≥50公斤", "55公斤"],
                vec!["满意度", "≥90%", "88%"],
            ]
        );
        // Tester s14b G: after any value with the target's unit, not only after a `%`.
        let rows = split_indicators(
            "建设高标准农田面积≥1万亩0.92万亩2个村组土地尚在公示新建机耕道长度≥15公里16公里",
        );
        assert_eq!(
            rows,
            [
                vec!["建设高标准农田面积", "≥1万亩", "0.92万亩"],
                vec!["2个村组土地尚在公示新建机耕道长度", "≥15公里", "16公里"],
            ]
        );
        let rows = split_indicators("培训农民人数≥200人180人20人外出务工技能考核合格率≥90%92%");
        assert_eq!(
            rows,
            [
                vec!["培训农民人数", "≥200人", "180人"],
                vec!["20人外出务工技能考核合格率", "≥90%", "92%"],
            ]
        );
        // Units that disagree are no target and actual of one row: no cut after them.
        assert!(!same_unit(
            &"≥15公里16人".chars().collect::<Vec<_>>(),
            (0, 5, 8)
        ));
        let rows =
            split_indicators("补贴兑现率100%99%3名学生银行账户异常生均资助标准≤2000元2000元");
        assert_eq!(
            rows,
            [
                vec!["补贴兑现率", "100%", "99%"],
                vec!["3名学生银行账户异常生均资助标准", "≤2000元", "2000元"],
            ]
        );
    }

    /// Tester s13b N2: a worded target met and written twice ends a run as its row.
    #[test]
    fn a_worded_value_written_twice_ends_a_row() {
        assert_eq!(
            split_indicators("困难学生就学保障有效保障有效保障"),
            [vec!["困难学生就学保障", "有效保障", "有效保障"]]
        );
        // Nothing doubled, or too little name before it: the run stays one cell.
        assert_eq!(split_indicators("管护制度待完善"), [vec!["管护制度待完善"]]);
        assert_eq!(split_indicators("有效有效"), [vec!["有效有效"]]);
    }

    /// Whether a row falls short, which decides whether text glued after it may hold its
    /// reason (tester s13b N2).
    #[test]
    fn a_row_falls_short_by_its_cells() {
        assert!(falls_short("≥1万亩", "0.92万亩"));
        assert!(falls_short("100%", "99%"));
        assert!(falls_short("2022年9月30日前", "2022年10月15日"));
        assert!(falls_short("健全", "基本健全"));
        assert!(!falls_short("≥15公里", "16公里"));
        assert!(!falls_short("≤2000元", "2000元"));
        assert!(!falls_short("2022年12月31日前", "2022年12月25日"));
        assert!(!falls_short("有效保障", "有效保障"));
    }

    /// Session 14: a title of another kind is found where it starts, after the form before.
    #[test]
    fn a_title_of_any_kind_starts_a_piece() {
        let cut = |text: &str| {
            let chars: Vec<char> = text.chars().collect();
            title_starts(text, &chars)
        };
        let project = "附件1项目支出绩效自评表(2024年度)填报单位:(公章)项目名称甲总分10098.30";
        let dept = "部门(单位)整体支出绩效自评表(2023年度)部门(单位)名称某县民政局";
        let at = project.chars().count();
        assert_eq!(cut(&format!("{project}{dept}")), [0, at]);
        assert_eq!(cut(&format!("{project}{project}")), [0, at]);
        let hunan = "2022年度县级专项资金绩效目标自评表专项资金名称甲说明无";
        let at = hunan.chars().count();
        assert_eq!(cut(&format!("{hunan}{hunan}")), [0, at]);
        // A title named in words, no header after it: no cut.
        assert_eq!(
            cut(&format!("{project}说明本表为项目支出绩效自评表无")),
            [0]
        );
        assert_eq!(title_kind(dept), "部门(单位)整体支出绩效");
        assert_eq!(title_kind(hunan), "县级专项资金绩效目标");
    }

    #[test]
    fn a_date_is_one_block() {
        let cases = [
            ("2023年12月底前", Some(10)),
            ("2023年11月1010", Some(8)),
            ("12月底前", Some(5)),
            ("2023年底前", Some(7)),
            ("2023年11月10日前", Some(12)),
            ("2023年", None),
            ("3年", None),
            ("12个月", None),
            ("≤200万元", None),
        ];
        for (text, end) in cases {
            let chars: Vec<char> = text.chars().collect();
            assert_eq!(date_end(&chars, 0), end, "{text}");
        }
    }

    /// Tester s13 T3: a dated target and actual are one cell each, no phantom row `底前`.
    #[test]
    fn a_date_is_never_cut_inside() {
        let rows = split_indicators("维修完成时间2021年10月底前2021年11月汛期推迟施工");
        assert_eq!(
            rows,
            [
                vec!["维修完成时间", "2021年10月底前", "2021年11月"],
                vec!["汛期推迟施工"],
            ]
        );
        let rows = split_indicators("演出完成时间2021年12月31日前2021年12月20日");
        assert_eq!(
            rows,
            [vec!["演出完成时间", "2021年12月31日前", "2021年12月20日"]]
        );
    }

    /// Tester s13 T3: a 效益指标 line written in graded words is a row, its reason after it.
    #[test]
    fn graded_values_split_a_row() {
        assert_eq!(
            split_indicators("农村饮水保障水平显著提升明显提升"),
            [vec!["农村饮水保障水平", "显著提升", "明显提升"]]
        );
        assert_eq!(
            split_indicators("工程长效运行机制健全基本健全管护制度待完善"),
            [
                vec!["工程长效运行机制", "健全", "基本健全"],
                vec!["管护制度待完善"],
            ]
        );
        assert_eq!(
            split_indicators("群众文化生活明显丰富基本完成演出场次减少"),
            [
                vec!["群众文化生活", "明显丰富", "基本完成"],
                vec!["演出场次减少"],
            ]
        );
    }

    #[test]
    fn funds_figures_split_where_b_over_a_is_the_rate() {
        assert_eq!(
            split_by_rate("194.9194.9100%", 3).unwrap(),
            ["194.9", "194.9", "100%"]
        );
        assert_eq!(
            split_by_rate("20019095%", 3).unwrap(),
            ["200", "190", "95%"]
        );
        assert!(split_by_rate("1234", 3).is_none());
    }

    #[test]
    fn page_markers_are_dropped() {
        assert_eq!(strip_marker("2、100%质量"), "100%质量");
        assert_eq!(strip_marker("2020年度"), "2020年度");
    }
}
