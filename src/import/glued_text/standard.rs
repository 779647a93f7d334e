//! The standard 项目支出绩效自评表 (the seed's and the Ministry's layout, with 分值 and 得分
//! columns) glued with no separators, as a PDF preview copies it (tester s9 F5, #15 item 1):
//! `…年度资金总额:809583.61088%9其中:本年财政拨款809583.6…运维站点数量≥12座12座1515质量指标…
//! 总分10098.30`.
//!
//! The template's labels cut the text into cells; what lies between them is split by what the
//! template fixes, each split said in a note:
//!
//! - the funds total row's figures into the columns its header names, in their order, where
//!   B / A × 100 is the written rate and the 得分 is no more than the 分值 (`80|95|83.6|10|88%|9`
//!   is the only such split of `809583.61088%9`); a 其中 row written as the total row's first
//!   figures is split as it is;
//! - an indicator row into 三级指标, 年度指标值, 实际完成值 and a run of digits holding its 分值
//!   and 得分 (得分 ≤ 分值 ≤ 100); a run that reads more than one way is decided by the 分值
//!   adding up, with the funds 分值, to the 总分 row's;
//! - the text between a row's figures and the next row's values is shared between its 偏差原因
//!   and the next 三级指标 at a sentence end or the words a reason ends with, as for the Sichuan
//!   template ([`super::sichuan::reason`]).
//!
//! What cannot be told apart is not guessed: the form is cut there, said, and reads as a form
//! cut short (no grade) rather than with a wrong number. The cells are handed on as those of a
//! form flattened onto one line are, to the same reader ([`crate::import::paragraphs::rows`]).

mod choose;
mod figures;
mod method;

use super::reason::{self, Tail};
use super::sichuan::figures::number;
use super::{ImportNote, note};
use crate::i18n::{Message, msg, quoted};
use crate::import::grid::{LEVEL1, LEVEL2};
use choose::{Choice, choose};
use figures::{row_at, split_funds, split_like};

/// True for glued text of the standard template: its indicator header names 分值 and 得分 right
/// after the values (`年度指标值实际完成值分值得分`).
pub(super) fn is_standard(glued: &str) -> bool {
    glued.find("年度指标值").is_some_and(|at| {
        let header: String = glued.get(at..).unwrap_or("").chars().take(24).collect();
        header.contains("分值") && header.contains("得分")
    }) || points_first(glued)
}

/// True for glued text of the 衔接资金 绩效目标自评表 (tester s17w F3): its indicator header
/// names 分值 between the 三级指标 and the 年度指标值 (`三级指标分值年度指标值全年实际值得分`),
/// so each row is written name, 分值, target, actual, 得分.
pub(super) fn points_first(glued: &str) -> bool {
    glued.find("三级指标").is_some_and(|at| {
        let header = glued.get(at + "三级指标".len()..).unwrap_or("");
        // The Beijing 2016 form's too (`…全年实际值(B)得分计算方法得分…`): its method's text
        // between the actual and the 得分 is cut out ([`with_method`]; tester s17w F9).
        header.starts_with("分值年度指标值") && {
            let rest: String = header.chars().skip(7).take(24).collect();
            rest.contains("得分")
        }
    })
}

/// True for glued text of the Beijing 2016 layout: [`points_first`], with a `得分计算方法`
/// column between the actual and the 得分 (`…三级指标分值年度指标值(A)全年实际值(B)得分计算方法
/// 得分未完成原因分析`), whose text each row writes before its 得分 ([`method`]).
pub(super) fn with_method(glued: &str) -> bool {
    points_first(glued)
        && glued.find("三级指标").is_some_and(|at| {
            let header: String = glued.get(at..).unwrap_or("").chars().take(40).collect();
            header.contains("得分计算方法")
        })
}

const FUNDS_HEADER: [&str; 5] = [
    "项目资金(万元)",
    "项目资金(元)",
    "项目资金",
    "资金情况(万元)",
    "资金情况",
];
const FUNDS_COLUMNS: [&str; 11] = [
    "年初预算数(A)",
    "得分计算方法",
    "年初预算数",
    "全年预算数(A)",
    "全年预算数",
    "全年执行数(B)",
    "全年执行数",
    "执行率(B/A)",
    "执行率",
    "分值",
    "得分",
];
const FUNDS_ROWS: [&str; 8] = [
    "年度资金总额:",
    "年度资金总额",
    "其中:本年财政拨款",
    "其中:财政拨款",
    "本年财政拨款",
    "上年结转资金",
    "其他资金",
    "其中:",
];
const GOALS: [&str; 6] = [
    "年度总体目标",
    "预期目标",
    "实际完成情况",
    "年初设定目标",
    "全年实际完成情况",
    "年度总体目标完成情况综述",
];
const INDICATOR_HEADER: [&str; 17] = [
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "全年完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
    "未完成原因和改进措施",
    "全年实际值",
    "未完成原因及拟采取的改进措施",
    "年度指标值(A)",
    "全年实际值(B)",
    "得分计算方法",
    "未完成原因分析",
];
const TOTAL: [&str; 2] = ["总分", "合计"];
const END: [&str; 2] = ["说明", "注:"];
/// What a not-applicable row writes in its empty cells (`不适用———`).
pub(super) const DASHES: [char; 5] = ['—', '-', '－', '─', '/'];

/// Where the cutting stands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Part {
    Header,
    Funds,
    Goals,
    IndicatorHeader,
    Indicators,
    Total,
    End,
}

/// One way to read an indicator row's 实际完成值 and the digits after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Reading {
    actual: String,
    points: String,
    score: Option<String>,
}

/// An indicator row cut from the text, its figures not yet decided.
#[derive(Debug)]
pub(super) struct RowCut {
    name: String,
    target: String,
    /// The text of the 实际完成值 and the figures as written, for the notes.
    written: String,
    /// Every reading of them; one cell per entry of `fixed` instead when not applicable.
    readings: Vec<Reading>,
    fixed: Vec<String>,
    reason: String,
}

/// What the cut text is made of: cells, indicator rows and the 总分 row still to decide.
#[derive(Debug)]
pub(super) enum Piece {
    /// Where a row of the form starts (the 衔接资金 template, [`points_first`], is handed on
    /// in rows: its flattened cells are not in the order the flat reader knows).
    Break,
    Cell(String),
    Row(RowCut),
    Total {
        written: String,
    },
}

/// The label of `lists` starting at `i`, the longest, with its length in characters.
fn label_at(chars: &[char], i: usize, lists: &[&[&'static str]]) -> Option<(&'static str, usize)> {
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

/// The level labels cut at (`预算执行` only starts 预算执行率, never a label here).
fn levels() -> Vec<&'static str> {
    LEVEL1
        .iter()
        .chain(LEVEL2.iter())
        .copied()
        .filter(|l| *l != "预算执行")
        .collect()
}

/// The length of a level-1 label's points written right after it (`(50分)`), if any.
fn points_suffix(chars: &[char], at: usize) -> usize {
    if chars.get(at) != Some(&'(') {
        return 0;
    }
    let digits = chars
        .iter()
        .skip(at + 1)
        .take_while(|c| c.is_ascii_digit() || **c == '.')
        .count();
    let closes = chars.get(at + 1 + digits..at + 3 + digits) == Some(&['分', ')'][..]);
    match digits > 0 && closes {
        true => digits + 3,
        false => 0,
    }
}

/// Cuts the glued text (from the title on, the title ending at `title_end`) into the cells a
/// flattened copy of the form has.
pub(super) fn segment(
    glued: &str,
    title_end: usize,
    line: usize,
    notes: &mut Vec<ImportNote>,
) -> Vec<String> {
    let chars: Vec<char> = glued.chars().collect();
    let title = text(&chars, 0, title_end);
    let title = match dated_title(&title) {
        Some((date, title)) => {
            let message = msg!("import-note-title-date", date = quoted(date));
            let mut said = note(line, message);
            said.kind = crate::import::grid::NoteKind::Recognised;
            notes.push(said);
            title.to_owned()
        }
        None => title,
    };
    let mut cut = Cut {
        pieces: vec![Piece::Cell(title)],
        part: Part::Header,
        funds_columns: Vec::new(),
        funds_total: None,
        after_row_label: false,
        points_first: points_first(glued),
        with_method: with_method(glued),
        funds_rows: false,
        methods: Vec::new(),
        line,
        notes,
    };
    let levels = levels();
    let mut i = title_end;
    while i < chars.len() {
        if cut.part == Part::End {
            let rest = text(&chars, i, chars.len());
            // The 衔接资金 template's rows: the notes' label and text are one cell.
            match cut.pieces.last_mut() {
                Some(Piece::Cell(label)) if cut.points_first && END.contains(&label.as_str()) => {
                    label.push_str(&rest);
                }
                _ => cut.pieces.push(Piece::Cell(rest)),
            }
            break;
        }
        let lists = cut.labels(&levels);
        let Some((label, len)) = label_at(&chars, i, &lists) else {
            let mut j = i + 1;
            while j < chars.len() && label_at(&chars, j, &lists).is_none() {
                j += 1;
            }
            cut.free_text(&chars[i..j]);
            i = j;
            continue;
        };
        // A level-1 label's points (`产出指标(50分)`), and the funds 分值's (`分值(10分)`, the
        // Beijing 2016 header).
        let len = match LEVEL1.contains(&label) || (label == "分值" && cut.part == Part::Funds) {
            true => len + points_suffix(&chars, i + len),
            false => len,
        };
        cut.label(label, text(&chars, i, i + len));
        i += len;
    }
    cut.finish()
}

/// Cuts the glued text of the 衔接资金 template ([`points_first`]) into the rows of the form,
/// as [`segment`] cuts it into cells.
pub(super) fn segment_rows(
    glued: &str,
    title_end: usize,
    line: usize,
    notes: &mut Vec<ImportNote>,
) -> Vec<Vec<String>> {
    let cells = segment(glued, title_end, line, notes);
    let mut rows: Vec<Vec<String>> = vec![Vec::new()];
    for cell in cells {
        match cell.as_str() {
            BREAK => rows.push(Vec::new()),
            _ => {
                if let Some(row) = rows.last_mut() {
                    row.push(cell);
                }
            }
        }
    }
    rows.retain(|r| !r.is_empty());
    rows
}

/// A title with a page's publishing date glued before it (`2022年12月30日绩效目标自评表`,
/// tester s17w F3): the date and the title.
fn dated_title(title: &str) -> Option<(&str, &str)> {
    let chars: Vec<(usize, char)> = title.char_indices().collect();
    let digits_at = |from: usize| {
        chars
            .iter()
            .skip(from)
            .take_while(|(_, c)| c.is_ascii_digit())
            .count()
    };
    let mut k = 0;
    for (mark, widths) in [('年', 4..=4), ('月', 1..=2), ('日', 1..=2)] {
        let n = digits_at(k);
        if !widths.contains(&n) || chars.get(k + n).map(|(_, c)| *c) != Some(mark) {
            return None;
        }
        k += n + 1;
    }
    let at = chars.get(k).map(|(b, _)| *b)?;
    let (date, rest) = title.split_at(at);
    crate::import::grid::is_title(rest).then_some((date, rest))
}

/// The mark between two rows among the cells [`segment`] hands on for the 衔接资金 template: a
/// control character no cell of a form holds.
const BREAK: &str = "\u{1}";

pub(super) fn text(chars: &[char], a: usize, b: usize) -> String {
    chars.get(a..b).unwrap_or_default().iter().collect()
}

/// The pieces cut so far and where the cutting stands.
struct Cut<'n> {
    pieces: Vec<Piece>,
    part: Part,
    /// The funds columns in the header's order.
    funds_columns: Vec<&'static str>,
    /// The funds total row's figures as split.
    funds_total: Option<Vec<String>>,
    /// True right after a funds row's label: the text after it is its figures.
    after_row_label: bool,
    /// The rows are written name, 分值, target, actual, 得分 ([`points_first`]).
    points_first: bool,
    /// The rows write the method's text before the 得分 ([`with_method`]).
    with_method: bool,
    /// True once the funds rows have begun (a row's label read).
    funds_rows: bool,
    /// The method texts cut out of the rows and the funds, each once, for one note.
    methods: Vec<String>,
    line: usize,
    notes: &'n mut Vec<ImportNote>,
}

impl Cut<'_> {
    /// The labels cut at in the current part.
    fn labels<'l>(&self, levels: &'l [&'static str]) -> Vec<&'l [&'static str]> {
        match self.part {
            Part::Header => vec![&super::HEADER_LABELS, &FUNDS_HEADER],
            // The method's text after the figures (`执行率*该指标分值,…`) names columns: once
            // the rows have begun, only a row's label or the goals end it.
            Part::Funds if self.with_method && self.funds_rows => vec![&FUNDS_ROWS, &GOALS[..1]],
            Part::Funds => vec![&FUNDS_COLUMNS, &FUNDS_ROWS, &GOALS[..1]],
            Part::Goals => vec![&GOALS, &INDICATOR_HEADER[..3]],
            Part::IndicatorHeader => vec![&INDICATOR_HEADER, levels],
            Part::Indicators => vec![levels, &TOTAL, &END],
            Part::Total | Part::End => vec![&END],
        }
    }

    fn label(&mut self, label: &'static str, written: String) {
        if self.points_first && self.opens_row(label) {
            self.pieces.push(Piece::Break);
        }
        let level = self.part == Part::Indicators || self.part == Part::IndicatorHeader;
        let level = level && LEVEL1.iter().chain(LEVEL2.iter()).any(|l| *l == label);
        self.after_row_label = false;
        match self.part {
            _ if FUNDS_HEADER.contains(&label) && self.part == Part::Header => {
                self.part = Part::Funds;
            }
            Part::Funds if FUNDS_COLUMNS.contains(&label) => self.funds_columns.push(label),
            Part::Funds if FUNDS_ROWS.contains(&label) => {
                self.after_row_label = true;
                self.funds_rows = true;
            }
            Part::Funds => self.part = Part::Goals,
            Part::Goals if !GOALS.contains(&label) => self.part = Part::IndicatorHeader,
            Part::IndicatorHeader if !INDICATOR_HEADER.contains(&label) => {
                self.part = Part::Indicators;
            }
            Part::Indicators if TOTAL.contains(&label) => self.part = Part::Total,
            Part::Indicators | Part::Total if END.contains(&label) => self.part = Part::End,
            _ => {}
        }
        self.pieces.push(Piece::Cell(written));
        // A level label stands on a row of its own, carried down to the rows under it.
        if self.points_first && level {
            self.pieces.push(Piece::Break);
        }
    }

    /// True when `label` opens a row of the 衔接资金 template: a header label other than the
    /// contact's beside the name, the funds header and each funds row, the goals header, the
    /// indicators header, a level label, the 总分 row and the notes.
    fn opens_row(&self, label: &str) -> bool {
        match self.part {
            // The contact opens a row of its own, which the grid reader leaves out: beside
            // 主管部门 and 项目实施单位 it made a row of six cells no header row has.
            Part::Header => {
                matches!(
                    label,
                    "项目名称"
                        | "主管部门"
                        | "主管部门及代码"
                        | "项目负责人及电话"
                        | "负责人及电话"
                ) || FUNDS_HEADER.contains(&label)
            }
            // `其中:` then `本年财政拨款`: one label.
            Part::Funds => {
                let continues = matches!(
                    self.pieces.last(),
                    Some(Piece::Cell(t)) if FUNDS_ROWS.contains(&t.as_str())
                );
                (FUNDS_ROWS.contains(&label) && !continues) || label == GOALS[0]
            }
            Part::Goals => !GOALS.contains(&label),
            Part::IndicatorHeader => !INDICATOR_HEADER.contains(&label),
            Part::Indicators | Part::Total => true,
            Part::End => false,
        }
    }

    /// Text between two labels, read as the part it stands in asks.
    fn free_text(&mut self, run: &[char]) {
        let run_text: String = run.iter().collect();
        match self.part {
            Part::Funds if self.after_row_label => self.funds_figures(&run_text),
            Part::Goals => {
                if self.points_first {
                    self.pieces.push(Piece::Break);
                }
                self.goals(run_text)
            }
            Part::Indicators => self.indicator_run(run),
            Part::Total => self.pieces.push(Piece::Total { written: run_text }),
            _ => self.pieces.push(Piece::Cell(run_text)),
        }
    }

    /// A funds row's text after its label: the rest of its name and its figures.
    fn funds_figures(&mut self, run: &str) {
        let digits_at = run.find(|c: char| c.is_ascii_digit()).unwrap_or(run.len());
        let (name, figures) = run.split_at(digits_at);
        if !name.is_empty()
            && let Some(Piece::Cell(label)) = self.pieces.last_mut()
        {
            label.push_str(name);
        }
        if figures.is_empty() {
            return;
        }
        let figures = self.cut_funds_method(figures);
        let columns: Vec<&str> = self
            .funds_columns
            .iter()
            .copied()
            .filter(|c| *c != "得分计算方法")
            .collect();
        let split = match &self.funds_total {
            None => split_funds(figures, &columns),
            Some(total) => split_like(figures, total),
        };
        match split {
            Some(values) => {
                let figures = quoted(figures);
                let joined = values.join(", ");
                let message = match self.funds_total {
                    None => msg!(
                        "import-note-glued-funds",
                        figures = figures,
                        values = joined
                    ),
                    Some(_) => msg!(
                        "import-note-glued-funds-like-total",
                        figures = figures,
                        values = joined
                    ),
                };
                self.notes.push(note(self.line, message));
                if self.funds_total.is_none() {
                    self.funds_total = Some(values.clone());
                }
                self.pieces.extend(values.into_iter().map(Piece::Cell));
            }
            None => {
                self.notes.push(note(
                    self.line,
                    msg!("import-note-glued-figures-kept", figures = quoted(figures)),
                ));
                self.pieces.push(Piece::Cell(figures.to_owned()));
            }
        }
    }

    /// A funds row's figures without the method's text written after them (the Beijing 2016
    /// layout: `2001841092%9执行率*该指标分值,…上限。`), which is kept for the note.
    fn cut_funds_method<'f>(&mut self, figures: &'f str) -> &'f str {
        if !self.with_method {
            return figures;
        }
        let end = figures
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '%'))
            .unwrap_or(figures.len());
        let (figures, method) = figures.split_at(end);
        if !method.is_empty() && !self.methods.iter().any(|m| m == method) {
            self.methods.push(method.to_owned());
        }
        figures
    }

    /// The goal texts: two sentences run together are the expected and the actual.
    fn goals(&mut self, run: String) {
        let first_end = run.find('。').map(|at| at + '。'.len_utf8());
        match first_end {
            Some(end) if end < run.len() => {
                let (expected, actual) = run.split_at(end);
                self.notes.push(note(
                    self.line,
                    msg!(
                        "import-note-glued-goals",
                        expected = quoted(expected),
                        actual = quoted(actual)
                    ),
                ));
                self.pieces.push(Piece::Cell(expected.to_owned()));
                self.pieces.push(Piece::Cell(actual.to_owned()));
            }
            _ => self.pieces.push(Piece::Cell(run)),
        }
    }

    /// The indicator rows of a run of text between two level labels.
    fn indicator_run(&mut self, run: &[char]) {
        if self.points_first {
            self.points_first_run(run);
            return;
        }
        let mut rows: Vec<RowCut> = Vec::new();
        let mut start = 0;
        let mut p = 1;
        while p < run.len() {
            let after_figure = run
                .get(p - 1)
                .is_some_and(|c| c.is_ascii_digit() || *c == '.');
            let found = match after_figure {
                true => None,
                false => row_at(run, p),
            };
            let Some((mut row, end)) = found else {
                p += 1;
                continue;
            };
            let between = text(run, start, p);
            row.name = match rows.last_mut() {
                Some(last) => self.share(&between, last),
                None => between,
            };
            rows.push(row);
            start = end;
            p = end + 1;
        }
        let tail = text(run, start, run.len());
        match rows.last_mut() {
            Some(last) => last.reason = tail,
            None => self.pieces.push(Piece::Cell(tail)),
        }
        self.pieces.extend(rows.into_iter().map(Piece::Row));
    }

    /// The indicator rows of a run of the 衔接资金 template (name, 分值, target, actual, 得分;
    /// [`points_first`]): each row's values start after the digits of its 分值
    /// ([`row_after_points`]), and the digits after its actual are its 得分.
    fn points_first_run(&mut self, run: &[char]) {
        let mut rows: Vec<RowCut> = Vec::new();
        let mut start = 0;
        let mut p = 0;
        while p < run.len() {
            let found = match self.with_method {
                true => method::row_with_method(run, start, p).map(|(row, at, end, method)| {
                    if !self.methods.contains(&method) {
                        self.methods.push(method);
                    }
                    (row, at, end)
                }),
                false => row_after_points(run, start, p),
            };
            let Some((mut row, points_at, end)) = found else {
                p += 1;
                continue;
            };
            let between = text(run, start, points_at);
            row.name = match rows.last_mut() {
                Some(last) => self.share(&between, last),
                None => between,
            };
            rows.push(row);
            start = end;
            p = end;
        }
        let tail = text(run, start, run.len());
        match rows.last_mut() {
            Some(last) => last.reason = tail,
            None => self.pieces.push(Piece::Cell(tail)),
        }
        for row in rows {
            self.pieces.push(Piece::Break);
            self.pieces.push(Piece::Row(row));
        }
    }

    /// Shares the text between `row`'s figures and the next row's values between `row`'s
    /// 偏差原因 and the next row's 三级指标; returns the name.
    fn share(&mut self, between: &str, row: &mut RowCut) -> String {
        let (points, score) = row.readings.first().map_or((String::new(), None), |r| {
            (r.points.clone(), r.score.clone())
        });
        let shape = [
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            points,
            score.unwrap_or_default(),
        ];
        let split = reason::split(between, &shape);
        let message = match &split {
            Tail::Sentence { .. } | Tail::Name { .. } => None,
            Tail::Worded { reason, name } => Some(msg!(
                "import-note-glued-sichuan-reason",
                text = quoted(between),
                reason = quoted(reason),
                name = quoted(name)
            )),
            Tail::Unsplit { name } => Some(msg!(
                "import-note-glued-sichuan-reason-unsplit",
                name = quoted(name)
            )),
        };
        if let Some(message) = message {
            self.notes.push(note(self.line, message));
        }
        let (reason, name) = split.parts();
        row.reason = reason.to_owned();
        name.to_owned()
    }

    /// Decides every row's figures and hands on the cells; where a reading cannot be decided
    /// the cells end there (the form cut short) and that is said.
    fn finish(self) -> Vec<String> {
        let points_first = self.points_first;
        let Cut {
            pieces,
            funds_total,
            funds_columns,
            line,
            notes,
            methods,
            ..
        } = self;
        if !methods.is_empty() {
            let texts = methods
                .iter()
                .map(|m| msg!("import-quoted-text", text = quoted(m.as_str())));
            let message = msg!(
                "import-note-glued-method",
                count = methods.len(),
                texts = crate::i18n::list(texts)
            );
            let mut said = note(line, message);
            said.kind = crate::import::grid::NoteKind::Recognised;
            notes.push(said);
        }
        let funds_points = funds_total.as_ref().and_then(|values| {
            let at = funds_columns.iter().position(|c| *c == "分值")?;
            number(values.get(at)?)
        });
        let scored = funds_total.as_ref().is_some_and(|values| {
            funds_columns
                .iter()
                .position(|c| *c == "得分")
                .is_some_and(|at| values.get(at).is_some_and(|v| !v.is_empty()))
        });
        let chosen = choose(&pieces, funds_points, scored);
        let mut cells = Vec::new();
        for (piece, choice) in pieces.into_iter().zip(chosen) {
            match (piece, choice) {
                (Piece::Break, _) => cells.push(BREAK.to_owned()),
                (Piece::Cell(text), _) => cells.push(text),
                (Piece::Row(row), Choice::Fixed) => {
                    notes.push(note(line, row_message(&row.name, &row.target, &row.fixed)));
                    cells.extend([row.name, row.target]);
                    cells.extend(row.fixed);
                    push_reason(&mut cells, row.reason);
                }
                (Piece::Row(row), Choice::Reading(k)) => {
                    let Some(r) = row.readings.get(k).cloned() else {
                        continue;
                    };
                    if points_first {
                        // Name, 分值, target, actual, 得分, as the header names them.
                        let mut values = vec![r.points, row.target, r.actual];
                        values.extend(r.score);
                        notes.push(note(line, points_first_message(&row.name, &values)));
                        cells.push(row.name);
                        cells.extend(values);
                        push_reason(&mut cells, row.reason);
                        continue;
                    }
                    let mut values = vec![r.actual, r.points];
                    values.extend(r.score);
                    notes.push(note(line, row_message(&row.name, &row.target, &values)));
                    cells.extend([row.name, row.target]);
                    cells.extend(values);
                    push_reason(&mut cells, row.reason);
                }
                (Piece::Total { written }, Choice::Total(values)) => {
                    notes.push(note(
                        line,
                        msg!(
                            "import-note-glued-total",
                            figures = quoted(&written),
                            values = values.join(", ")
                        ),
                    ));
                    cells.extend(values);
                }
                (Piece::Row(row), Choice::Undecided(_)) if row.readings.is_empty() => {
                    notes.push(unread_row(line, &row));
                    break;
                }
                (Piece::Row(row), Choice::Undecided(readings)) => {
                    notes.push(undecided(line, &row.name, &row.written, &readings));
                    break;
                }
                (Piece::Row(row), Choice::Cell | Choice::Total(_)) => {
                    notes.push(undecided(line, &row.name, &row.written, &[]));
                    break;
                }
                (Piece::Total { written }, _) => {
                    notes.push(undecided(line, "总分", &written, &[]));
                    break;
                }
            }
        }
        cells
    }
}

fn push_reason(cells: &mut Vec<String>, reason: String) {
    if !reason.is_empty() {
        cells.push(reason);
    }
}

/// The note on an indicator row cut out of glued text.
fn row_message(name: &str, target: &str, values: &[String]) -> Message {
    let mut cells = vec![name.to_owned(), target.to_owned()];
    cells.extend(values.iter().cloned());
    msg!("import-note-glued-standard-row", cells = cells.join(" | "))
}

/// The note on an indicator row of the 衔接资金 template cut out of glued text.
fn points_first_message(name: &str, values: &[String]) -> Message {
    let mut cells = vec![name.to_owned()];
    cells.extend(values.iter().cloned());
    msg!(
        "import-note-glued-points-first-row",
        cells = cells.join(" | ")
    )
}

/// A row of the 衔接资金 template whose 分值 ends at `p` (its digits, at `points_at`, start
/// after `start`): the target from `p`, the actual after it and the digits after the actual as
/// the 得分 — each 分值 and 得分 no more than 100, the 得分 no more than the 分值, the target not
/// opening with a `0` cut out of the 分值's digits (`20100%` is `20 | 100%`, never `201 | 00%`).
/// The 分值 a row's figures open with: the run of digits (and a point) ending at `p`, after the
/// name from `start` — where it starts, as written and its value. None when no 分值 ends there:
/// no digit before `p`, a target opening with a `0` cut out of the 分值's digits or with a
/// point, a 分值 of 0 or above 100. One scan for the standard rows and the Beijing rows with a
/// method column ([`method::row_with_method`]).
pub(super) fn points_ending_at(
    run: &[char],
    start: usize,
    p: usize,
) -> Option<(usize, String, rust_decimal::Decimal)> {
    let digit = |k: usize| run.get(k).is_some_and(char::is_ascii_digit);
    if p == 0 || !digit(p - 1) || p >= run.len() {
        return None;
    }
    let mut points_at = p;
    while points_at > start
        && run
            .get(points_at - 1)
            .is_some_and(|c| c.is_ascii_digit() || *c == '.')
    {
        points_at -= 1;
    }
    let zero = run.get(p) == Some(&'0') && run.get(p + 1) != Some(&'.');
    if points_at == start || zero || run.get(p) == Some(&'.') {
        return None;
    }
    let points = text(run, points_at, p);
    let points_n = number(&points)?;
    if points_n.is_zero() || points_n > rust_decimal::Decimal::ONE_HUNDRED {
        return None;
    }
    Some((points_at, points, points_n))
}

/// The row (its name left to the caller), where its 分值 starts and where it ends.
fn row_after_points(run: &[char], start: usize, p: usize) -> Option<(RowCut, usize, usize)> {
    let (points_at, points, points_n) = points_ending_at(run, start, p)?;
    let (mut row, _) = figures::row_at(run, p)?;
    // The digits after the actual, whole, are the 得分: a reading of them as 分值 and 得分 is
    // put back together.
    let target = row.target.chars().count();
    let (reading, end) = row.readings.iter().find_map(|r| {
        let s = match &r.score {
            Some(s) => format!("{}{s}", r.points),
            None => r.points.clone(),
        };
        // No number is cut in two between the target and the actual (`12` | `.5`).
        let cut = row.target.ends_with(|c: char| c.is_ascii_digit())
            && r.actual
                .starts_with(|c: char| c.is_ascii_digit() || c == '.');
        let n = number(&s).filter(|_| !cut)?;
        let end = p + target + r.actual.chars().count() + s.chars().count();
        let reading = Reading {
            actual: r.actual.clone(),
            points: points.clone(),
            score: Some(s),
        };
        (n <= points_n).then_some((reading, end))
    })?;
    row.written = text(run, p + target, end);
    row.readings = vec![reading];
    Some((row, points_at, end))
}

/// The note on a row whose values read no way at all (a dated target, tester s12 S8): the form
/// is cut there.
fn unread_row(line: usize, row: &RowCut) -> ImportNote {
    let mut said = note(
        line,
        msg!(
            "import-note-glued-unread-row",
            name = quoted(&row.name),
            target = quoted(&row.target),
            figures = quoted(&row.written)
        ),
    );
    said.kind = super::super::grid::NoteKind::Unreadable;
    said
}

/// The note on figures that read more than one way: the form is cut there.
fn undecided(line: usize, name: &str, written: &str, readings: &[String]) -> ImportNote {
    let mut said = note(
        line,
        msg!(
            "import-note-glued-undecided",
            name = quoted(name),
            figures = quoted(written),
            readings = match readings.is_empty() {
                true => "—".to_owned(),
                false => readings.join("；"),
            }
        ),
    );
    said.kind = super::super::grid::NoteKind::Unreadable;
    said
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::figures::points_and_score;
    use super::*;

    const COLUMNS: [&str; 6] = [
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
    ];

    #[test]
    fn funds_figures_split_into_the_header_columns_where_b_over_a_is_the_rate() {
        assert_eq!(
            split_funds("809583.61088%9", &COLUMNS).unwrap(),
            ["80", "95", "83.6", "10", "88%", "9"]
        );
        // Not scored: the 得分 missing.
        assert_eq!(
            split_funds("809583.61088%", &COLUMNS).unwrap(),
            ["80", "95", "83.6", "10", "88%"]
        );
        assert!(split_funds("12345", &COLUMNS).is_none());
        // Several splits fit the rate (2020 | 10 | 10 | 0.00%: 0.495% rounds to it); the one
        // whose 得分 is 分值 × 执行率 is the form's (s17w F3).
        let xianjie = [
            "全年预算数(A)",
            "全年执行数(B)",
            "分值",
            "执行率(B/A)",
            "得分",
        ];
        assert_eq!(
            split_funds("202010100.00%10", &xianjie).unwrap(),
            ["20", "20", "10", "100.00%", "10"]
        );
        assert_eq!(
            split_like("809583.6", &["80".into(), "95".into(), "83.6".into()]).unwrap(),
            ["80", "95", "83.6"]
        );
        assert!(split_like("809583.7", &["80".into(), "95".into(), "83.6".into()]).is_none());
    }

    #[test]
    fn points_and_score_keep_the_score_within_the_points() {
        let read = |f: &str| {
            points_and_score(f)
                .into_iter()
                .filter(|(_, s)| s.is_some())
                .map(|(p, s)| format!("{p}|{}", s.unwrap()))
                .collect::<Vec<_>>()
        };
        assert_eq!(read("1515"), ["15|15"]);
        assert_eq!(read("1514.52"), ["15|14.52"]);
        assert_eq!(read("109.78"), ["10|9.78"]);
        assert_eq!(read("1010"), ["10|10"]);
        assert_eq!(read("10098.30"), ["100|98.30"]);
    }

    fn cut(glued: &str) -> (Vec<String>, Vec<ImportNote>) {
        let mut notes = Vec::new();
        let title_end = glued
            .find("自评表")
            .map_or(0, |b| glued[..b].chars().count() + 3);
        let cells = segment(glued, title_end, 1, &mut notes);
        (cells, notes)
    }

    #[test]
    fn indicator_rows_split_into_values_points_and_score() {
        let (cells, _) = cut(
            "项目支出绩效自评表项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额:809583.61088%9\
             年度总体目标预期目标实际完成情况保障运行。全部运行。绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施\
             产出指标(50分)数量指标运维站点数量≥12座12座1515站点覆盖率≥95%96%1010\
             成本指标单站年运维成本≤6万元6.2万元1514.52药剂价格上涨，下步加强询价比价\
             效益指标(30分)经济效益指标带动就业不适用———总分5049.52",
        );
        let from = cells.iter().position(|c| c == "产出指标(50分)").unwrap();
        assert_eq!(
            cells[from..],
            [
                "产出指标(50分)",
                "数量指标",
                "运维站点数量",
                "≥12座",
                "12座",
                "15",
                "15",
                "站点覆盖率",
                "≥95%",
                "96%",
                "10",
                "10",
                "成本指标",
                "单站年运维成本",
                "≤6万元",
                "6.2万元",
                "15",
                "14.52",
                "药剂价格上涨，下步加强询价比价",
                "效益指标(30分)",
                "经济效益指标",
                "带动就业",
                "不适用",
                "—",
                "—",
                "—",
                "总分",
                "50",
                "49.52"
            ]
        );
    }

    /// The 衔接资金 template (s17w F3): 分值 before the target; each row cut at its 分值's
    /// digits, a target never opening with a `0` cut out of them, and the rows handed on in
    /// rows, level labels on rows of their own.
    #[test]
    fn points_first_rows_are_cut_at_the_points_digits() {
        assert!(points_first(
            "三级指标分值年度指标值全年实际值得分未完成原因"
        ));
        assert!(!points_first("三级指标年度指标值实际完成值分值得分"));
        // The Beijing 2016 header: read so too, its method's text cut out (`with_method`).
        let beijing = "三级指标分值年度指标值(A)全年实际值(B)得分计算方法得分未完成原因分析";
        assert!(points_first(beijing) && with_method(beijing));
        assert!(!with_method(
            "三级指标分值年度指标值全年实际值得分未完成原因"
        ));
        let glued = concat!(
            "绩效目标自评表(2023年度)资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分",
            "年度资金总额:1091090%9年度总体目标年初设定目标年度总体目标完成情况综述修路。已修。",
            "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施",
            "产出指标(90分)质量指标验收合格率20100%100%20成本指标总投资7020万元20万元70总分10099"
        );
        let mut notes = Vec::new();
        let end = glued
            .find("自评表")
            .map_or(0, |b| glued[..b].chars().count() + 3);
        let rows = segment_rows(glued, end, 1, &mut notes);
        let has = |row: &[&str]| rows.iter().any(|r| r == row);
        assert!(
            has(&["年度资金总额:", "10", "9", "10", "90%", "9"]),
            "{rows:?}"
        );
        assert!(has(&["产出指标(90分)"]), "{rows:?}");
        assert!(has(&["验收合格率", "20", "100%", "100%", "20"]), "{rows:?}");
        assert!(has(&["总投资", "70", "20万元", "20万元", "70"]), "{rows:?}");
        assert!(has(&["总分", "100", "99"]), "{rows:?}");
    }

    #[test]
    fn a_publishing_date_before_the_title_is_no_part_of_it() {
        assert_eq!(
            dated_title("2022年12月30日绩效目标自评表"),
            Some(("2022年12月30日", "绩效目标自评表"))
        );
        assert_eq!(dated_title("2022年度项目支出绩效自评表"), None);
        assert_eq!(dated_title("2022年12月30日"), None);
    }

    /// A run of digits that reads two ways with no 总分 to decide: the form is cut there.
    #[test]
    fn an_undecided_row_cuts_the_form() {
        let (cells, notes) = cut(
            "项目支出绩效自评表项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额:809583.61088%9\
             年度总体目标预期目标实际完成情况保障运行。全部运行。绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分\
             产出指标(50分)数量指标运维站点数量≥12座121515质量指标达标率≥95%96%1010",
        );
        assert!(!cells.iter().any(|c| c == "达标率"), "{cells:?}");
        assert!(
            notes
                .iter()
                .any(|n| n.message.id() == Some("import-note-glued-undecided"))
        );
    }
}
