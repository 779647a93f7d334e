//! A grid's indicator row cut in two by a page break (tester s16p P7). A PDF converted to Word
//! or Excel (WPS「PDF转Word」, Word opening a PDF, pdf2docx, a ruled-table export) splits the
//! form's table at each page break, and a row printed across the break into two rows: the
//! cells' first lines above (`效益指 | 社会效益 | 指标1：饮水 | ≥85% | 80% | 10 | 9.41 | 部分偏远…`),
//! their last lines below, with no value of their own (`标 | 指标 | 安全知晓率 | | | | | 覆盖不足…`).
//! Read as a row, the second was a phantom indicator under a level-1 label `标` that carried
//! on down the page, and the group above kept a cut label with a part of its points.
//!
//! The text readers mend the same cut in a copy's stream of cells ([`super::super::page`]);
//! here it is mended where the grid reader reads a row by its columns: a row whose value cells
//! are all empty and whose label cells each complete the label above them into a label written
//! in full (`效益指` + `标` = `效益指标`) is the tail of the row above, joined back to it with a
//! note. A row with any value of its own (a target, an actual, 分值 or 得分) is a row, never
//! joined.
//!
//! When the level 1 and level 2 are merged down and whole above the break, only the name and
//! the reason run over (tester s16r N-E: `| | | 时率 | | | | | 送，下一年度…`): no label is
//! completed, so the row is taken as a tail only where a page or table starts right above it
//! (a page marker or a title printed again left out there, or the start of a document's
//! table: [`super::read_aligned`]'s `tables`) and right under the indicator it continues.
//!
//! A vertically merged label's text is printed once, where the page puts it: a converter
//! (or a ruled-table export) then gives it a row of its own after the break — the part's
//! `绩效指标`, or a level 1 `效益指标` whose rows above the break had no level-1 text at all
//! (tester s16p, `t-template-fmt.pdf2xlsx.xlsx`: 社会效益 and 生态效益 were read under 产出指标,
//! `产出指标分值为 80` a false note). Such a row holds no value; it is taken as the label it is
//! ([`Form::take_lone_label`]).

use super::aligned::at;
use super::{Column, Form, LEVEL1, LEVEL2, NoteKind, Row, split_points};
use crate::i18n::{Message, list, msg, quoted};

/// A lone level-1 label's note ([`Form::take_lone_label`]), until the rows below show whether
/// any of them is read under it.
#[derive(Debug, Clone)]
pub(super) struct LoneLabel {
    /// The note's index in the form's notes.
    note: usize,
    label: String,
    /// The rows above moved under the label.
    above: Vec<Message>,
}

/// The cells of a row that are the tails of the row above's.
#[derive(Default)]
struct Tails {
    /// The level-1 cell's text and the label it completes.
    level1: Option<(String, String)>,
    /// The level-2 cell's text and the label it completes.
    level2: Option<(String, String)>,
    level3: Option<String>,
    /// The 年度指标值 cell's text and the figure it completes (`5%` after `≥9`: session 24).
    target: Option<(String, String)>,
    /// The 实际完成值 cell's text and the figure it completes.
    actual: Option<(String, String)>,
    deviation: Option<String>,
    /// The row holds a figure's end: said as the wrapped lines of the row above, not as a
    /// row without values.
    wrapped: bool,
}

impl Form {
    /// Joins `raw` back to the indicator above when it is the tail of a row cut by a page
    /// break, with a note; true when joined.
    pub(super) fn mend_page_cut(&mut self, raw: &Row, filled: &Row) -> bool {
        let Some(tails) = self.cut_tails(raw) else {
            return false;
        };
        let mut joins = Vec::new();
        if let Some((tail, whole)) = &tails.level1 {
            let cut = std::mem::replace(&mut self.carry_level1, whole.clone());
            let group = self.indicators.iter_mut().rev();
            for indicator in group.take_while(|i| i.level1 == cut) {
                indicator.level1.clone_from(whole);
            }
            joins.push(joined(&cut, tail));
            self.cut_level1 = Some((tail.clone(), whole.clone()));
        }
        if let Some((tail, whole)) = &tails.level2 {
            let cut = std::mem::replace(&mut self.carry_level2, whole.clone());
            let level1 = self.carry_level1.clone();
            let group = self.indicators.iter_mut().rev();
            for indicator in group.take_while(|i| i.level2 == cut && i.level1 == level1) {
                indicator.level2.clone_from(whole);
            }
            joins.push(joined(&cut, tail));
        }
        let Some(last) = self.indicators.last_mut() else {
            return false;
        };
        if let Some(tail) = &tails.level3 {
            joins.push(joined(&last.level3, tail));
            last.level3.push_str(tail);
        }
        for (value, cut) in [
            (&mut last.target, &tails.target),
            (&mut last.actual, &tails.actual),
        ] {
            if let Some((tail, whole)) = cut {
                joins.push(joined(value.as_deref().unwrap_or_default(), tail));
                *value = Some(whole.clone());
            }
        }
        if let Some(tail) = &tails.deviation {
            let before = last.deviation.take().unwrap_or_default();
            joins.push(joined(&before, tail));
            last.deviation = Some(format!("{before}{tail}"));
        }
        let read = format!("{} / {} / {}", last.level1, last.level2, last.level3);
        let (joins, read) = (list(joins), quoted(read.as_str()));
        let message = match tails.wrapped {
            true => msg!("import-note-wrapped-grid-row", joins = joins, read = read),
            false => msg!("import-note-page-cut-grid-row", joins = joins, read = read),
        };
        self.note(filled, NoteKind::Recognised, message);
        true
    }

    /// A row whose one written cell is a level-1 label written in full (`效益指标`): the text
    /// of a merged cell printed apart from its rows. It heads the rows below that have no level-1
    /// text, and the rows right above it with none whose level 2 is its own (`社会效益` under
    /// 效益指标, not under the 产出指标 carried down to them). Said; true when taken.
    pub(super) fn take_lone_label(&mut self, filled: &Row) -> bool {
        let [cell] = filled.cells.as_slice() else {
            return false;
        };
        let text = cell.text.trim();
        // A lone `绩效指标` is skipped before this, as any section's repeated label is
        // (`Form::skip_repeated_label`).
        let label = split_points(text).0;
        if !LEVEL1.contains(&label) {
            return false;
        }
        let mut above = Vec::new();
        // The rows after the one that wrote the level 1 carried down: their own row had none.
        let carried = self
            .indicators
            .get_mut(self.level1_row + 1..)
            .unwrap_or_default();
        for indicator in carried.iter_mut().rev() {
            if level1_of(&indicator.level2) != Some(label) {
                break;
            }
            indicator.level1 = text.to_owned();
            above.push(msg!(
                "import-note-row-names",
                level2 = indicator.level2.as_str(),
                level3 = indicator.level3.as_str()
            ));
        }
        above.reverse();
        self.carry_level1 = text.to_owned();
        self.level1_row = self.indicators.len();
        // A level 2 merged across the break goes on under the label; another is no longer
        // the rows' own.
        if level1_of(&self.carry_level2) != Some(label) {
            self.carry_level2.clear();
        }
        self.cut_level1 = None;
        let message = match above.is_empty() {
            true => msg!("import-note-level1-alone", label = quoted(text)),
            false => msg!(
                "import-note-level1-alone-above",
                label = quoted(text),
                rows = list(above.clone())
            ),
        };
        self.note(filled, NoteKind::Recognised, message);
        self.lone_label = Some(LoneLabel {
            note: self.notes.len() - 1,
            label: text.to_owned(),
            above,
        });
        true
    }

    /// A row writing a level 1 of its own (`end` false), or the form's end (`end` true): when
    /// no indicator row came under a lone label ([`Form::take_lone_label`]) before it, no row
    /// below is read under that label, and its note says only what the label did (tester
    /// s16r: `v2f`, whose note said the rows below were read under it; a form cut right after
    /// the label said so too, with no row below at all). Called before the row's level 1 is
    /// taken, and when the form ends.
    pub(super) fn settle_lone_label(&mut self, end: bool) {
        let Some(lone) = self.lone_label.take() else {
            return;
        };
        if self.level1_row != self.indicators.len() {
            return;
        }
        let label = quoted(lone.label.as_str());
        let message = match (lone.above.is_empty(), end) {
            (true, false) => msg!("import-note-level1-alone-unused", label = label),
            (true, true) => msg!("import-note-level1-alone-last", label = label),
            (false, false) => msg!(
                "import-note-level1-alone-above-only",
                label = label,
                rows = list(lone.above)
            ),
            (false, true) => msg!(
                "import-note-level1-alone-above-last",
                label = label,
                rows = list(lone.above)
            ),
        };
        if let Some(note) = self.notes.get_mut(lone.note) {
            note.message = message;
        }
    }

    /// The row's cells as the tails of the row above's, when it is one: no 分值 or 得分
    /// written, every written label cell completing the label above it, its 三级指标 text
    /// that continues a name (no number, no label), its 年度指标值 and 实际完成值 blank or
    /// the rest of a figure the row above's holds cut mid-way (`≥9` + `5%`,
    /// [`super::cut_figure`]); and a label completed, or a figure right under the row it ends,
    /// or else the row first after a page or table boundary ([`Form::tail_after_break`]). A
    /// name's tail alone right under its row is left a row (it may be a row of its own whose
    /// cells were left blank); with a figure's tail beside it, it is the name's end. `None` for
    /// any other row.
    fn cut_tails(&self, raw: &Row) -> Option<Tails> {
        let last = self.indicators.last()?;
        let mut tails = Tails::default();
        let text = |column: usize| {
            at(raw, column)
                .map(|c| c.text.trim())
                .filter(|t| !t.is_empty())
        };
        if let Some((column, _)) = &self.measures_at
            && text(*column).is_some()
        {
            return None;
        }
        for &(column, kind) in &self.indicator_at {
            let Some(t) = text(column) else {
                continue;
            };
            match kind {
                Column::Level1 => {
                    let whole = completes(&self.carry_level1, t, &LEVEL1)?;
                    tails.level1 = Some((t.to_owned(), whole));
                }
                Column::Level2 => {
                    let whole = completes(&self.carry_level2, t, &LEVEL2)?;
                    tails.level2 = Some((t.to_owned(), whole));
                }
                Column::Level3 if !last.level3.trim().is_empty() && continues_name(t) => {
                    tails.level3 = Some(t.to_owned());
                }
                Column::Target => {
                    let whole = super::cut_figure(last.target.as_deref()?, t)?;
                    tails.target = Some((t.to_owned(), whole));
                }
                Column::Actual => {
                    let whole = super::cut_figure(last.actual.as_deref()?, t)?;
                    tails.actual = Some((t.to_owned(), whole));
                }
                Column::Deviation => tails.deviation = Some(t.to_owned()),
                _ => return None,
            }
        }
        let labels = tails.level1.is_some() || tails.level2.is_some();
        // The lines a cell wrapped onto, on a row of their own right under it (a converter's
        // or table extractor's `|` rows, session 24).
        let right_under = raw.line() == self.indicator_line + 1;
        // Said as wrapped lines, not as a row without values, wherever a figure's end is in it.
        tails.wrapped = tails.target.is_some() || tails.actual.is_some();
        (labels || (tails.wrapped && right_under) || self.tail_after_break(&tails)).then_some(tails)
    }

    /// A row with no label of its own (the level 1 and level 2 merged down, whole above the
    /// break: tester s16r N-E) ends the row above only when a page or table boundary stands
    /// right between them, and then when its 三级指标 continues the name above
    /// (`指标1：监测报告报送及` + `时率`) or its 偏差原因 a reason written above. A row
    /// anywhere else, or one holding only a reason under a row with none, is not a tail.
    fn tail_after_break(&self, tails: &Tails) -> bool {
        let reason_above = (self.indicators.last())
            .and_then(|i| i.deviation.as_deref())
            .is_some_and(|d| !d.trim().is_empty());
        self.after_break == Some(self.indicator_line)
            && (tails.level3.is_some() || (tails.deviation.is_some() && reason_above))
    }

    /// A level-1 cell under a label this form's cut row was mended to: the converter repeats
    /// the tail (`标`) of the merged label down the rows after the break. Read as the label
    /// mended (with a note); false for any other text.
    pub(super) fn take_cut_level1(&mut self, filled: &Row, text: &str) -> bool {
        let Some((tail, whole)) = self.cut_level1.clone().filter(|(tail, _)| tail == text) else {
            return false;
        };
        let message = msg!(
            "import-note-page-cut-label-tail",
            tail = quoted(tail.as_str()),
            label = quoted(whole.as_str())
        );
        self.note(filled, NoteKind::Recognised, message);
        true
    }

    /// A level-1 cell that is no level-1 label but the end of one (`标`, `指标`, `出指标`): read
    /// by its column all the same, and said as a guess (docs/import.md: "a cut or unknown
    /// level-1 label, read by its position").
    pub(super) fn note_level1_tail(&mut self, filled: &Row, text: &str) {
        let label = split_points(text).0;
        let tail = !super::is_level1(text)
            && [&LEVEL1[..], &LEVEL2[..]]
                .concat()
                .iter()
                .any(|l| l.len() > label.len() && l.ends_with(label));
        if tail {
            let message = msg!("import-note-level1-tail", text = quoted(text));
            self.note(filled, NoteKind::Guessed, message);
        }
    }
}

/// The label `before` (a cut one) and `tail` make, when it is one of `labels` written in full
/// and `before` alone is not.
fn completes(before: &str, tail: &str, labels: &[&str]) -> Option<String> {
    let before = before.trim();
    let whole = format!("{before}{tail}");
    let full = |t: &str| labels.contains(&split_points(t).0);
    (!before.is_empty() && !full(before) && full(&whole)).then_some(whole)
}

/// The level 1 a level-2 label belongs to in the templates, where only one can hold it
/// (成本指标 is level 2 under 产出指标 in older templates and level 1 in newer ones: none).
pub(crate) fn level1_of(level2: &str) -> Option<&'static str> {
    let t = super::squeeze(level2);
    let under = |starts: &[&str]| starts.iter().any(|s| t.starts_with(s));
    if under(&["经济效益", "社会效益", "生态效益", "可持续"]) {
        Some("效益指标")
    } else if under(&["数量", "质量", "时效"]) {
        Some("产出指标")
    } else if under(&["服务对象", "满意度"]) {
        Some("满意度指标")
    } else if under(&["经济成本", "社会成本", "生态环境成本"]) {
        Some("成本指标")
    } else {
        None
    }
}

/// Text that can end a 三级指标 cut by the break: words, no value, nothing that opens a row or
/// names a column (the text readers' test), and no indicator's own name (`指标2：…`).
fn continues_name(text: &str) -> bool {
    let numbered = text
        .strip_prefix("指标")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    super::super::page::is_text(text) && !numbered
}

/// `“效益指”+“标”` for the note, a long text (a reason) shown by its first words.
fn joined(before: &str, tail: &str) -> Message {
    let short = |t: &str| match t.chars().nth(SHOWN) {
        Some(_) => format!("{}…", t.chars().take(SHOWN).collect::<String>()),
        None => t.to_owned(),
    };
    msg!(
        "import-note-page-cut-pair",
        before = quoted(short(before)),
        tail = quoted(short(tail))
    )
}

/// How many characters of each joined text the note shows.
const SHOWN: usize = 12;

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::super::{read_aligned, test_row};
    use super::*;

    /// A form read from its head (title, 项目名称, the indicators header, one 产出指标 row),
    /// `body` and a 总分 row of `total`.
    fn read_form(body: Vec<Vec<&str>>, total: &str) -> super::super::Form {
        read_form_in(body, total, &[])
    }

    /// [`read_form`], a table of the document starting at each line of `tables` (the head
    /// stands on lines 1-4, the body from line 5).
    fn read_form_in(body: Vec<Vec<&str>>, total: &str, tables: &[usize]) -> super::super::Form {
        let mut all: Vec<Vec<&str>> = vec![
            vec!["项目支出绩效自评表"],
            vec!["项目名称", "水质监测"],
            vec![
                "绩效指标",
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "实际完成值",
                "分值",
                "得分",
                "偏差原因分析及改进措施",
            ],
            vec![
                "",
                "产出指标",
                "数量指标",
                "指标1：水样份数",
                "≥400份",
                "420份",
                "50",
                "50",
                "",
            ],
        ];
        all.extend(body);
        all.push(vec!["总分", "", "", "", "", "", "100", total, ""]);
        let grid = (1..).zip(&all).map(|(line, c)| test_row(c, line)).collect();
        let mut parsed = read_aligned(grid, Some("Sheet1"), None, &[], tables);
        assert_eq!(parsed.forms.len(), 1);
        parsed.forms.remove(0)
    }

    /// A form whose 效益指标 row the page break cut, then `rows` (cells from 一级指标 on).
    fn form(rows: &[&[&str]]) -> super::super::Form {
        let cut = vec![
            "",
            "效益指",
            "社会效益",
            "指标1：饮水",
            "≥85%",
            "80%",
            "10",
            "9.41",
            "宣传",
        ];
        let rows = rows.iter().map(|r| [&[""][..], r].concat());
        read_form(std::iter::once(cut).chain(rows).collect(), "97.91")
    }

    /// A form of 产出指标 rows then `rows` (cells from 一级指标 on; a row of one cell as it is).
    fn form_plain(rows: &[&[&str]]) -> super::super::Form {
        let rows = rows.iter().map(|r| match r.len() {
            1 => r.to_vec(),
            _ => [&[""][..], r].concat(),
        });
        read_form(rows.collect(), "100")
    }

    /// A form whose 时效指标 row (line 5) runs over a page: its name and reason are cut, the
    /// level 1 and level 2 whole above the break; then `rows` (cells from 一级指标 on; a row of
    /// one cell as it is) from line 6, a table starting at each line of `tables`.
    fn form_cut_name(rows: &[&[&str]], tables: &[usize]) -> super::super::Form {
        let cut: &[&str] = &[
            "",
            "时效指标",
            "指标1：报告报送及",
            "100%",
            "95%",
            "10",
            "9.5",
            "因设备检修延",
        ];
        let rows = std::iter::once(cut).chain(rows.iter().copied());
        let rows = rows.map(|r| match r.len() {
            1 => r.to_vec(),
            _ => [&[""][..], r].concat(),
        });
        read_form_in(rows.collect(), "99.5", tables)
    }

    /// The next indicator, under the same level 1 and level 2 (merged down).
    const NEXT: &[&str] = &["", "", "指标2：报告完整率", "100%", "100%", "10", "10", ""];

    fn level3s(form: &super::super::Form) -> Vec<&str> {
        form.indicators.iter().map(|i| &*i.level3).collect()
    }

    fn said(form: &super::super::Form, kind: NoteKind) -> Vec<String> {
        let notes = form.notes.iter().filter(|n| n.kind == kind);
        notes.map(ToString::to_string).collect()
    }

    #[test]
    fn the_tail_of_a_row_cut_by_a_page_break_is_joined_back() {
        let form = form(&[
            &["标", "指标", "安全知晓率", "", "", "", "", "不足。"],
            &[
                "标",
                "社会效益指标",
                "指标2：整改率",
                "100%",
                "100%",
                "10",
                "10",
                "",
            ],
            &[
                "",
                "可持续影响指标",
                "指标1：长效机制",
                "健全",
                "健全",
                "10",
                "10",
                "",
            ],
        ]);
        let rows: Vec<(&str, &str, &str)> = form
            .indicators
            .iter()
            .map(|i| (&*i.level1, &*i.level2, &*i.level3))
            .collect();
        assert_eq!(
            rows,
            [
                ("产出指标", "数量指标", "指标1：水样份数"),
                ("效益指标", "社会效益指标", "指标1：饮水安全知晓率"),
                ("效益指标", "社会效益指标", "指标2：整改率"),
                ("效益指标", "可持续影响指标", "指标1：长效机制"),
            ]
        );
        let joined = form.indicators.get(1).unwrap();
        assert_eq!(joined.deviation.as_deref(), Some("宣传不足。"));
        assert_eq!(joined.points.as_deref(), Some("10"));
        assert!(
            said(&form, NoteKind::Guessed).is_empty(),
            "{:?}",
            form.notes
        );
        let recognised = said(&form, NoteKind::Recognised).join("\n");
        assert!(
            recognised.contains("a page break cut the row above"),
            "{recognised}"
        );
        assert!(recognised.contains("the level-1 cell \"标\" is the end of \"效益指标\""));
    }

    #[test]
    fn a_row_with_a_value_of_its_own_is_never_joined_and_its_cut_label_is_a_guess() {
        for values in [
            ["", "", "10", ""],
            ["≥80%", "", "", ""],
            ["", "82%", "", ""],
        ] {
            let row = [&["标", "指标", "安全知晓率"][..], &values, &[""]].concat();
            let form = form(&[&row]);
            assert_eq!(form.indicators.len(), 3, "{values:?}");
            assert_eq!(form.indicators.get(1).unwrap().level1, "效益指");
            assert_eq!(form.indicators.get(2).unwrap().level1, "标");
            assert!(
                form.notes
                    .iter()
                    .all(|n| !n.to_string().contains("page break cut"))
            );
            let guessed = said(&form, NoteKind::Guessed).join("\n");
            assert!(
                guessed.contains("the level-1 cell \"标\" is no level-1 label"),
                "{guessed}"
            );
        }
    }

    #[test]
    fn a_merged_label_printed_apart_heads_its_rows() {
        let lone: [&[&str]; 4] = [
            &[
                "",
                "质量指标",
                "指标1：准确率",
                "100%",
                "100%",
                "10",
                "10",
                "",
            ],
            &[
                "",
                "社会效益",
                "指标2：整改率",
                "100%",
                "100%",
                "10",
                "10",
                "",
            ],
            &["绩效指标"],
            &["", "", "", "", "", "", "", "", "", "效益指标"],
        ];
        let mut rows = lone.to_vec();
        rows.push(&[
            "",
            "可持续影响指标",
            "指标1：长效机制",
            "健全",
            "健全",
            "10",
            "10",
            "",
        ]);
        let form = form_plain(&rows);
        let levels: Vec<&str> = form.indicators.iter().map(|i| &*i.level1).collect();
        assert_eq!(levels, ["产出指标", "产出指标", "效益指标", "效益指标"]);
        assert!(
            said(&form, NoteKind::Guessed).is_empty(),
            "{:?}",
            form.notes
        );
        let recognised = said(&form, NoteKind::Recognised).join("\n");
        assert!(
            recognised.contains("a row holding only \"绩效指标\""),
            "{recognised}"
        );
        assert!(
            recognised.contains("(社会效益 / 指标2：整改率)"),
            "{recognised}"
        );
    }

    #[test]
    fn a_name_and_reason_cut_by_a_table_boundary_are_joined_back() {
        let tail: &[&str] = &["", "", "时率", "", "", "", "", "误，已整改。"];
        // pdf2docx: page 2 is a table of its own (line 6), or a page marker stands between.
        for (rows, tables) in [
            (vec![tail, NEXT], vec![6]),
            (vec![&["第1页共2页"][..], tail, NEXT], vec![]),
        ] {
            let form = form_cut_name(&rows, &tables);
            assert_eq!(
                level3s(&form),
                [
                    "指标1：水样份数",
                    "指标1：报告报送及时率",
                    "指标2：报告完整率"
                ],
                "{tables:?}"
            );
            let joined = form.indicators.get(1).unwrap();
            assert_eq!(
                joined.deviation.as_deref(),
                Some("因设备检修延误，已整改。")
            );
            assert_eq!(joined.level2, "时效指标");
            assert!(
                said(&form, NoteKind::Guessed).is_empty(),
                "{:?}",
                form.notes
            );
            let recognised = said(&form, NoteKind::Recognised).join("\n");
            assert!(
                recognised
                    .contains("\"指标1：报告报送及\"+\"时率\", \"因设备检修延\"+\"误，已整改。\""),
                "{recognised}"
            );
        }
    }

    #[test]
    fn a_reason_s_tail_alone_after_a_boundary_is_joined_to_the_reason_above() {
        let form = form_cut_name(&[&["", "", "", "", "", "", "", "误。"], NEXT], &[6]);
        assert_eq!(form.indicators.len(), 3);
        let joined = form.indicators.get(1).unwrap();
        assert_eq!(joined.level3, "指标1：报告报送及");
        assert_eq!(joined.deviation.as_deref(), Some("因设备检修延误。"));
        assert!(
            said(&form, NoteKind::Guessed).is_empty(),
            "{:?}",
            form.notes
        );
    }

    /// Session 24: the ends of a row's cells wrapped onto a row of their own right under it —
    /// a figure cut mid-way (`≥9` / `5%`) and the name's end beside it — are joined back, said
    /// as wrapped lines; a value that completes no figure is a row of its own.
    #[test]
    fn a_figure_s_wrapped_end_on_a_row_of_its_own_is_joined_back() {
        let row = |name: &'static str, target: &'static str| {
            vec!["", "", "时效指标", name, target, "90%", "10", "9.47", ""]
        };
        for tail in [
            vec!["", "", "", "率", "5%", "", "", "", ""],
            vec!["", "", "", "", "5%", "", "", "", ""],
        ] {
            let name = if tail[3].is_empty() {
                "指标1：完成率"
            } else {
                "指标1：完成"
            };
            let form = read_form_in(vec![row(name, "≥9"), tail.clone()], "59.47", &[]);
            assert_eq!(form.indicators.len(), 2, "{tail:?}");
            let joined = form.indicators.get(1).unwrap();
            assert_eq!(joined.level3, "指标1：完成率");
            assert_eq!(joined.target.as_deref(), Some("≥95%"));
            assert_eq!(joined.actual.as_deref(), Some("90%"));
            let all: Vec<String> = form.notes.iter().map(ToString::to_string).collect();
            assert!(
                all.iter().any(|n| n.contains("their last lines")),
                "{all:?}"
            );
        }
        // `90%` under `≥95%`: no figure's end, a row of its own.
        let own = vec!["", "", "", "率", "90%", "", "", "", ""];
        let form = read_form_in(vec![row("指标1：完成", "≥95%"), own], "59.47", &[]);
        assert_eq!(form.indicators.len(), 3);
    }

    #[test]
    fn a_row_after_a_boundary_is_no_tail_when_it_can_be_a_row_of_its_own() {
        // Not after a boundary: the name alone is read as it stands (and said as ever).
        let form = form_cut_name(&[&["", "", "时率", "", "", "", "", ""], NEXT], &[]);
        assert_eq!(form.indicators.get(2).unwrap().level3, "时率");
        // A boundary between, but not right above: the row before it is no indicator's.
        let form = form_cut_name(&[NEXT, &["", "", "时率", "", "", "", "", ""]], &[6]);
        assert_eq!(form.indicators.get(3).unwrap().level3, "时率");
        for own in [
            // An indicator of its own: its values, or a numbered name.
            &["", "", "报告完整率", "100%", "100%", "10", "10", ""][..],
            &["", "", "报告完整率", "", "", "10", "", ""],
            &["", "", "指标2：报告完整率", "", "", "", "", ""],
            // A level 2 of its own.
            &["", "质量指标", "合格率", "", "", "", "", ""],
        ] {
            let form = form_cut_name(&[own], &[6]);
            assert_eq!(form.indicators.get(1).unwrap().level3, "指标1：报告报送及");
            assert_eq!(form.indicators.len(), 3, "{own:?}");
            let all = form.notes.iter().map(ToString::to_string);
            assert!(
                all.clone().all(|n| !n.contains("page break cut")),
                "{own:?}"
            );
        }
        // A reason alone under a row that has none: not the end of one.
        let form = read_form_in(
            vec![
                vec![
                    "",
                    "",
                    "时效指标",
                    "指标1：及时率",
                    "100%",
                    "100%",
                    "10",
                    "10",
                    "",
                ],
                vec!["", "", "", "", "", "", "", "", "另见附件。"],
            ],
            "100",
            &[6],
        );
        assert_eq!(form.indicators.len(), 2);
        let reason = form.indicators.get(1).unwrap().deviation.as_deref();
        assert_eq!(reason.unwrap_or_default(), "");
    }

    #[test]
    fn a_lone_label_over_a_row_with_its_own_level1_says_no_row_is_read_under_it() {
        let lone: &[&str] = &["效益指标"];
        let own: &[&str] = &[
            "效益指标",
            "社会效益",
            "指标1：参保率",
            "≥99%",
            "98%",
            "20",
            "19.8",
            "",
        ];
        let cost: &[&str] = &[
            "",
            "成本指标",
            "指标1：人均补助",
            "≤150元",
            "150元",
            "10",
            "10",
            "",
        ];
        let social: &[&str] = &[
            "",
            "社会效益",
            "指标2：知晓率",
            "≥90%",
            "93%",
            "10",
            "10",
            "",
        ];
        let next: &[&str] = &[
            "",
            "可持续影响",
            "指标1：长效机制",
            "健全",
            "健全",
            "10",
            "10",
            "",
        ];
        // tester s16r v2f: the rows above keep 产出指标, the rows below their own level 1.
        let form = form_plain(&[cost, lone, own, next]);
        let levels: Vec<&str> = form.indicators.iter().map(|i| &*i.level1).collect();
        assert_eq!(levels, ["产出指标", "产出指标", "效益指标", "效益指标"]);
        let recognised = said(&form, NoteKind::Recognised).join("\n");
        assert!(
            recognised.contains(
                "the next row writes a level 1 of its own, so no row is read under this one"
            ),
            "{recognised}"
        );
        assert!(!recognised.contains("the rows below"), "{recognised}");
        // A row above moved under it is still said.
        let form = form_plain(&[social, lone, own]);
        let levels: Vec<&str> = form.indicators.iter().map(|i| &*i.level1).collect();
        assert_eq!(levels, ["产出指标", "效益指标", "效益指标"]);
        let recognised = said(&form, NoteKind::Recognised).join("\n");
        assert!(
            recognised
                .contains("(社会效益 / 指标2：知晓率) are read under \"效益指标\"; the next row"),
            "{recognised}"
        );
        // Rows below with no level 1 of their own: the note as before.
        let form = form_plain(&[lone, next]);
        let recognised = said(&form, NoteKind::Recognised).join("\n");
        assert!(
            recognised.contains("the rows below with no level 1"),
            "{recognised}"
        );
        // A form cut right after the label: no row below at all, which the note says
        // (reviewer s18: it said the rows below were read under it).
        let form = form_plain(&[cost, lone]);
        let recognised = said(&form, NoteKind::Recognised).join("\n");
        assert!(
            recognised.contains("no indicator row follows it (the form ends or was cut here), so no row is read under this one"),
            "{recognised}"
        );
        assert!(!recognised.contains("the rows below"), "{recognised}");
        let form = form_plain(&[social, lone]);
        let recognised = said(&form, NoteKind::Recognised).join("\n");
        assert!(
            recognised.contains("(社会效益 / 指标2：知晓率) are read under \"效益指标\"; no indicator row follows it"),
            "{recognised}"
        );
        assert!(!recognised.contains("the rows below"), "{recognised}");
    }

    #[test]
    fn a_name_alone_under_the_cut_row_is_no_tail_without_a_label_completed() {
        let form = form(&[&["", "", "安全知晓率", "", "", "", "", ""]]);
        assert_eq!(form.indicators.len(), 3);
        assert_eq!(form.indicators.get(2).unwrap().level3, "安全知晓率");
    }

    #[test]
    fn a_cut_label_is_completed_only_by_its_own_tail() {
        assert_eq!(
            completes("效益指", "标", &LEVEL1).as_deref(),
            Some("效益指标")
        );
        assert_eq!(
            completes("社会效益", "指标", &LEVEL2).as_deref(),
            Some("社会效益指标")
        );
        // A label written in full is no cut one; a new label is no tail.
        assert_eq!(completes("效益指标", "标", &LEVEL1), None);
        assert_eq!(completes("产出指标", "效益指标", &LEVEL1), None);
        assert_eq!(completes("", "效益指标", &LEVEL1), None);
        assert_eq!(completes("效益指", "满意度", &LEVEL1), None);
    }

    #[test]
    fn a_name_s_tail_is_words_not_a_row_of_its_own() {
        assert!(continues_name("安全知晓率"));
        assert!(!continues_name("指标2：水质问题整改率"));
        assert!(!continues_name("社会效益指标"));
        assert!(!continues_name("≥85%"));
        assert!(!continues_name("10"));
    }
}
