//! Stage: load. Tells a 绩效目标申报表 (the form a department files before the year, stating
//! its targets) from the 自评表 it is later scored on: a 申报表 has 指标值 and no actual
//! values, points or scores, so there is nothing to score. Refused once, saying so (tester
//! s20 T5: a Hunan 申报表 copied from its web page was refused as "text copied from a PDF").

use super::grid::{Row, has};
use super::traditional;

/// How many lines from the top a 申报表's title is looked for in.
const TITLE_LINES: usize = 12;

/// The longest title, in characters: a paragraph naming a 申报表 is no title.
const TITLE_CHARS: usize = 60;

/// What a form stating targets only is called, for its refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A 绩效目标申报表: targets filed before the year.
    Declaration,
    /// A 绩效目标表 (整体绩效目标表, 项目绩效目标表, 省级部门预算项目支出绩效目标表): the targets
    /// a budget states, again with no actuals or scores (tester s22 B4, C2).
    Targets,
}

impl Kind {
    /// The catalogs' `kind` argument, which picks the form's name and wording.
    pub(crate) fn arg(self) -> &'static str {
        match self {
            Kind::Declaration => "declaration",
            Kind::Targets => "targets",
        }
    }
}

/// A 申报表 or 目标表 found: the 1-based line (or row) saying so, its words as written, and
/// which of the two it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub line: usize,
    pub text: String,
    pub kind: Kind,
}

/// Why `text` is a 申报表 or a 目标表, for the refusal. A text naming a 自评表 anywhere is never
/// one (a file of 自评表 may cite the 申报表 or the 目标表 in its notes; a 绩效目标自评表 is a
/// 自评表). One shows itself by a title near the top: a line ending in `申报表` or in `绩效…目标表`
/// (a year in brackets after it allowed), or starting so when the text has lost its line
/// breaks (`…绩效目标表(2023年度)一级项目名称…`); or by its indicators' header naming 指标值
/// and none of the columns a 自评表 adds (实际完成值, 分值, 得分). Traditional script is read
/// as Simplified; the words quoted are those written.
pub(crate) fn found(text: &str) -> Option<Found> {
    let finder = |needle: &str| memchr::memmem::find(text.as_bytes(), needle.as_bytes());
    if finder("自评").is_some() || finder("自評").is_some() {
        return None;
    }
    if ["申报", "申報", "指标值", "指標值", "目标表", "目標表"]
        .iter()
        .all(|n| finder(n).is_none())
    {
        return None;
    }
    let folded = traditional::fold(text);
    let simple = folded.as_deref().unwrap_or(text);
    let lines = simple.lines().enumerate();
    let titled = lines
        .clone()
        .filter(|(_, l)| !l.trim().is_empty())
        .take(TITLE_LINES)
        .find_map(|(at, l)| title(l).map(|t| (at, t)));
    if let Some((at, (kind, chars))) = titled {
        // Folding keeps every character in its place: the same characters of the line as written.
        let written = text.lines().nth(at).unwrap_or_default().trim();
        let words: String = written.chars().take(chars).collect();
        return Some(Found {
            line: at + 1,
            text: words.trim().to_owned(),
            kind,
        });
    }
    let (at, _) = lines
        .clone()
        .find(|(_, l)| l.contains("一级指标"))
        .filter(|(_, l)| is_target_header(l))?;
    let written = text.lines().nth(at).unwrap_or_default().trim();
    Some(Found {
        line: at + 1,
        text: written.to_owned(),
        kind: Kind::Declaration,
    })
}

/// How many rows of a sheet [`found_in_rows`] reads: the title and the indicators' header
/// stand in the first rows of a 申报表.
const SHEET_ROWS: usize = 40;

/// [`found`] asked of a sheet's rows (a workbook's, a Word document's, a web page's): its
/// first rows as text, one row a line with the cells parted by `|`, the line found given as
/// its row. Most sheets are ruled out by a look at their cells' bytes before any text is
/// built: no cell says 申报, 指标值 or 目标表 (in either script).
pub(crate) fn found_in_rows(rows: &[Row]) -> Option<Found> {
    let rows = rows.get(..rows.len().min(SHEET_ROWS)).unwrap_or(rows);
    let cells = || rows.iter().flat_map(|r| r.cells.iter());
    let named = |t: &str| {
        ["申报", "指标值", "目标表", "申報", "指標值", "目標表"]
            .iter()
            .any(|n| has(t, n))
    };
    if !cells().any(|c| named(&c.text)) {
        return None;
    }
    let text = rows
        .iter()
        .map(|r| {
            let texts: Vec<&str> = r
                .cells
                .iter()
                .map(|c| c.text.trim())
                .filter(|t| !t.is_empty())
                .collect();
            texts.join(" | ")
        })
        .collect::<Vec<_>>()
        .join("\n");
    let found = found(&text)?;
    let row = rows.get(found.line.checked_sub(1)?)?;
    Some(Found {
        line: row.cells.first().map_or(found.line, |c| c.line),
        ..found
    })
}

/// A title in `line` (Simplified): which form it names and how many of the trimmed line's
/// characters its words are. The title is the line's start up to `申报表` or
/// `目标表` (no sentence in it: no `，`, `。`, `；`; a 目标表 named 绩效), a year in brackets
/// after it allowed; the line ends there, or goes on after a space, a `|` or the brackets (a
/// text whose line breaks were lost: the form's cells follow its title).
fn title(line: &str) -> Option<(Kind, usize)> {
    let line = line.trim();
    let (at, name, kind) = [("申报表", Kind::Declaration), ("目标表", Kind::Targets)]
        .into_iter()
        .filter_map(|(n, k)| line.find(n).map(|at| (at, n, k)))
        .min_by_key(|&(at, _, _)| at)?;
    let end = at + name.len();
    let head = line.get(..end)?;
    let words = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '|' | '｜'))
            .count()
    };
    if words(head) > TITLE_CHARS
        || head.contains(['，', '。', '；', ',', ';'])
        || (kind == Kind::Targets && !head.contains("绩效"))
    {
        return None;
    }
    let separator = |c: char| c.is_whitespace() || matches!(c, '|' | '｜');
    let after = line.get(end..)?;
    let spaced = after.trim_start_matches(separator);
    // A year in brackets after the title (`(2023年度)`): the byte where it ends.
    let bracket = spaced.strip_prefix(['(', '（']).and_then(|inside| {
        let close = inside.find([')', '）'])?;
        let year = inside.get(..close)?;
        let closing = inside.get(close..)?.chars().next()?.len_utf8();
        (year.chars().count() <= 12 && year.chars().any(|c| c.is_ascii_digit()))
            .then(|| line.len() - inside.len() + close + closing)
    });
    let title_end = bracket.unwrap_or(end);
    let rest = line.get(title_end..)?;
    let goes_on = !rest.trim_start_matches(separator).is_empty();
    if goes_on && bracket.is_none() && !rest.starts_with(separator) {
        return None;
    }
    Some((kind, line.get(..title_end)?.chars().count()))
}

/// The indicators' header of a 申报表: 指标值, and no column of a 自评表's scoring.
fn is_target_header(line: &str) -> bool {
    line.contains("指标值")
        && !["实际", "完成值", "分值", "得分", "权重"]
            .iter()
            .any(|w| line.contains(w))
}

/// How many characters of a headless form's first indicator row are quoted.
const QUOTED: usize = 24;

/// The note for a text with no form whose indicator rows are there (a 一级指标 label followed
/// by a number on its line: `产出指标数量指标足额保障率=100% 22.5`) while its title and header
/// are not: the top of the form was not copied (tester s22 C5: such a tail was said only to
/// hold no form). Asked once of a text in which no form was found; most are ruled out by a
/// byte search for `指标` before any line is looked at.
pub(crate) fn headless(text: &str) -> Option<super::ImportNote> {
    memchr::memmem::find(text.as_bytes(), "指标".as_bytes())?;
    let (at, words) = text.lines().enumerate().find_map(|(at, line)| {
        let from = ["产出指标", "效益指标", "满意度指标"]
            .iter()
            .filter_map(|label| line.find(label))
            .min()?;
        let row = line.get(from..)?;
        row.contains(|c: char| c.is_ascii_digit())
            .then(|| (at, row.chars().take(QUOTED).collect::<String>()))
    })?;
    let words = words.trim_end();
    Some(super::ImportNote {
        form: 0,
        cell: 0,
        line: at + 1,
        sheet: None,
        kind: super::NoteKind::Unreadable,
        message: crate::i18n::msg!("import-no-form-headless", line = at + 1, text = words),
        piece: None,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::{Kind, found, headless};

    /// The line, words and kind found, for a short assertion.
    fn seen(text: &str) -> Option<(usize, String, Kind)> {
        found(text).map(|f| (f.line, f.text, f.kind))
    }

    #[test]
    fn a_declaration_is_told_by_its_title_or_its_target_only_header() {
        let titled = "某页\n\n2018年某项目绩效目标申报表\n项目名称 某项目\n";
        assert_eq!(
            seen(titled),
            Some((3, "2018年某项目绩效目标申报表".into(), Kind::Declaration))
        );
        let piped = "绩效目标申报表(2019年度) | | |\n项目名称 | 某项目 |\n";
        assert_eq!(
            seen(piped).map(|f| (f.0, f.1)),
            Some((1, "绩效目标申报表(2019年度)".into()))
        );
        let untitled = "项目名称 某项目\n绩效指标 一级指标 二级指标 三级指标 指标值 备注\n";
        assert_eq!(seen(untitled).map(|f| f.0), Some(2));
    }

    #[test]
    fn a_target_table_is_told_by_its_title_in_either_script() {
        let simple = "某部门2023年度整体绩效目标表\n部门名称 某部门\n";
        assert_eq!(
            seen(simple),
            Some((1, "某部门2023年度整体绩效目标表".into(), Kind::Targets))
        );
        // Traditional script: quoted as written.
        let traditional = "某中心2023年度整體績效目標表 | |\n部門(單位)名稱 | 某中心\n";
        assert_eq!(
            seen(traditional),
            Some((1, "某中心2023年度整體績效目標表".into(), Kind::Targets))
        );
        // Line breaks lost: the title starts the line, the form's cells follow its year.
        let flat = format!(
            "省级部门预算项目支出绩效目标表(2023年度)一级项目名称某专项{}",
            "某".repeat(80)
        );
        assert_eq!(
            seen(&flat).map(|f| (f.1, f.2)),
            Some((
                "省级部门预算项目支出绩效目标表(2023年度)".into(),
                Kind::Targets
            ))
        );
        let spaced = format!(
            "某市项目支出绩效目标申报表 (2023年度) 项目名称 某项目 {}",
            "某".repeat(80)
        );
        assert_eq!(
            seen(&spaced).map(|f| (f.1, f.2)),
            Some((
                "某市项目支出绩效目标申报表 (2023年度)".into(),
                Kind::Declaration
            ))
        );
    }

    #[test]
    fn a_self_evaluation_is_never_one() {
        // Its header has 年度指标值 beside the actual values and scores.
        let form = "项目名称 某项目\n绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n";
        assert_eq!(seen(form), None);
        // A 自评表 citing the 申报表 or the 目标表 in its notes.
        let cited = "项目支出绩效自评表\n注：指标值以绩效目标申报表为准\n";
        assert_eq!(seen(cited), None);
        let cited = "项目支出绩效自评表\n项目绩效目标表\n";
        assert_eq!(seen(cited), None);
        // A 绩效目标自评表, in either script.
        assert_eq!(seen("某项目绩效目标自评表\n指标值\n"), None);
        assert_eq!(seen("某項目績效目標自評表\n指標值\n"), None);
        // A paragraph naming a 申报表 or a 目标表 is no title, nor a sentence going on after one.
        let long = format!("{}申报表\n", "某".repeat(70));
        assert_eq!(seen(&long), None);
        assert_eq!(seen("本单位按绩效目标表，逐项对照\n"), None);
        assert_eq!(seen("绩效目标表述清楚\n"), None);
        // A 目标表 names 绩效.
        assert_eq!(seen("年度工作目标表\n"), None);
    }

    #[test]
    fn a_form_without_its_top_is_told_by_its_indicator_rows() {
        let tail = "说明\n产出指标数量指标足额保障率=100% 22.5 合计100\n";
        let note = headless(tail).expect("indicator rows");
        assert_eq!(note.line, 2);
        assert!(note.message.to_string().contains("产出指标数量指标"));
        assert!(headless("产出指标\n效益指标\n").is_none());
        assert!(headless("某段文字\n").is_none());
    }
}
