//! Stage: load. Tells a 绩效目标申报表 (the form a department files before the year, stating
//! its targets) from the 自评表 it is later scored on: a 申报表 has 指标值 and no actual
//! values, points or scores, so there is nothing to score. Refused once, saying so (tester
//! s20 T5: a Hunan 申报表 copied from its web page was refused as "text copied from a PDF").

use super::grid::{Row, has};

/// How many lines from the top a 申报表's title is looked for in.
const TITLE_LINES: usize = 12;

/// The longest title line, in characters: a paragraph naming a 申报表 is no title.
const TITLE_CHARS: usize = 60;

/// Why `text` is a 申报表, for the refusal: its 1-based line and that line's text. A text
/// naming a 自评表 anywhere is never one (a file of 自评表 may cite the 申报表 in its notes).
/// A 申报表 shows itself by a title line ending in `申报表` (a year in brackets after it
/// allowed) near the top, or by its indicators' header naming 指标值 and none of the columns
/// a 自评表 adds (实际完成值, 分值, 得分).
pub(crate) fn found(text: &str) -> Option<(usize, String)> {
    let finder = |needle: &str| memchr::memmem::find(text.as_bytes(), needle.as_bytes());
    if finder("自评").is_some() || (finder("申报").is_none() && finder("指标值").is_none()) {
        return None;
    }
    let lines = text.lines().enumerate();
    let title = lines
        .clone()
        .filter(|(_, l)| !l.trim().is_empty())
        .take(TITLE_LINES)
        .find(|(_, l)| is_title(l));
    let header = || lines.clone().find(|(_, l)| l.contains("一级指标"));
    let (at, line) = match title {
        Some(found) => found,
        None => header().filter(|(_, l)| is_target_header(l))?,
    };
    Some((at + 1, line.trim().to_owned()))
}

/// How many rows of a sheet [`found_in_rows`] reads: the title and the indicators' header
/// stand in the first rows of a 申报表.
const SHEET_ROWS: usize = 40;

/// [`found`] asked of a sheet's rows (a workbook's, a Word document's, a web page's): its
/// first rows as text, one row a line with the cells parted by `|`, the line found given as
/// its row. Most sheets are ruled out by a look at their cells' bytes before any text is
/// built: no cell says 申报 or 指标值.
pub(crate) fn found_in_rows(rows: &[Row]) -> Option<(usize, String)> {
    let rows = rows.get(..rows.len().min(SHEET_ROWS)).unwrap_or(rows);
    let cells = || rows.iter().flat_map(|r| r.cells.iter());
    if !cells().any(|c| has(&c.text, "申报") || has(&c.text, "指标值")) {
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
    let (at, line) = found(&text)?;
    let row = rows.get(at.checked_sub(1)?)?;
    Some((row.cells.first().map_or(at, |c| c.line), line))
}

/// A title line: short, its cells' separators and spaces dropped, ending in 申报表 or in
/// 申报表 and a year in brackets (`绩效目标申报表(2018年度)`).
fn is_title(line: &str) -> bool {
    let t: String = line
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '|' | '｜'))
        .collect();
    if t.chars().count() > TITLE_CHARS {
        return false;
    }
    let head = match t.rfind(['(', '（']) {
        Some(at) if t.ends_with([')', '）']) => t.get(..at).unwrap_or(&t),
        _ => &t,
    };
    head.ends_with("申报表")
}

/// The indicators' header of a 申报表: 指标值, and no column of a 自评表's scoring.
fn is_target_header(line: &str) -> bool {
    line.contains("指标值")
        && !["实际", "完成值", "分值", "得分", "权重"]
            .iter()
            .any(|w| line.contains(w))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::found;

    #[test]
    fn a_declaration_is_told_by_its_title_or_its_target_only_header() {
        let titled = "某页\n\n2018年某项目绩效目标申报表\n项目名称 某项目\n";
        assert_eq!(
            found(titled),
            Some((3, "2018年某项目绩效目标申报表".into()))
        );
        let piped = "绩效目标申报表(2019年度) | | |\n项目名称 | 某项目 |\n";
        assert_eq!(found(piped).map(|f| f.0), Some(1));
        let untitled = "项目名称 某项目\n绩效指标 一级指标 二级指标 三级指标 指标值 备注\n";
        assert_eq!(found(untitled).map(|f| f.0), Some(2));
    }

    #[test]
    fn a_self_evaluation_is_never_one() {
        // Its header has 年度指标值 beside the actual values and scores.
        let form = "项目名称 某项目\n绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n";
        assert_eq!(found(form), None);
        // A 自评表 citing the 申报表 in its notes.
        let cited = "项目支出绩效自评表\n注：指标值以绩效目标申报表为准\n";
        assert_eq!(found(cited), None);
        // A paragraph naming a 申报表 is no title.
        let long = format!("{}申报表\n", "某".repeat(70));
        assert_eq!(found(&long), None);
    }
}
