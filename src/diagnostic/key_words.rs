//! Chinese words a rule writer uses for a rule file's keys (`分值 = "40"`, `名称 = "成本指标"`),
//! each with the English key it means (tester s24 C1: `分值` was told to be quoted, then that
//! `"分值"` is no key, and never that it is `points`). One table, asked by the TOML error of an
//! unquoted key and by the unknown-key check of a quoted one.

/// A Chinese word and the keys it can mean, each with the table it is meant in (the start of
/// the table's header, `""` for any table): the first fitting one is taken.
const KEY_WORDS: &[(&str, &[(&str, &str)])] = &[
    ("分值", &[("points", "")]),
    ("分数", &[("points", "")]),
    ("满分", &[("total", "weights"), ("points", "")]),
    ("总分", &[("total", "")]),
    ("名称", &[("label", "qualitative"), ("name", "")]),
    ("名字", &[("label", "qualitative"), ("name", "")]),
    ("档次名称", &[("label", "")]),
    ("用语", &[("aliases", "")]),
    ("别名", &[("aliases", "")]),
    ("区间", &[("range", "")]),
    ("范围", &[("range", "")]),
    ("下限", &[("min", "grades"), ("from", "")]),
    ("起点", &[("from", "")]),
    ("得分", &[("score", "")]),
    ("计分点", &[("score_at", "")]),
    ("文件", &[("file", "")]),
    ("依据", &[("ref", "")]),
    ("来源", &[("source", "")]),
    ("出处", &[("source", "")]),
    ("原文", &[("text", "")]),
    ("方法", &[("method", "")]),
    ("计分方法", &[("method", "")]),
    ("方式", &[("mode", "")]),
    ("说明", &[("description", "")]),
    ("描述", &[("description", "")]),
    ("标题", &[("title", "")]),
    ("年度", &[("year", "")]),
    ("年份", &[("year", "")]),
    ("地区", &[("jurisdiction", "")]),
    ("编号", &[("id", "")]),
    ("继承", &[("extends", "")]),
    ("方向", &[("direction", "")]),
    ("档次", &[("bands", "")]),
    ("等级", &[("grades", "")]),
    ("小数位", &[("places", "")]),
    ("小数位数", &[("places", "")]),
    ("可调整", &[("adjustable", "")]),
    ("挂接点", &[("hooks", "")]),
    ("参数", &[("params", "")]),
    ("条件", &[("when", "")]),
    ("一级指标", &[("level1", "")]),
];

/// The English key the Chinese `word` means in the table whose header is `table` (`weights.
/// level1`, without brackets; `""` before any table): none for a word not in the table.
pub fn english(word: &str, table: &str) -> Option<&'static str> {
    let word = word.trim().trim_matches(['"', '\'']);
    let (_, keys) = KEY_WORDS.iter().find(|(w, _)| *w == word)?;
    keys.iter()
        .find(|(_, t)| !t.is_empty() && table.starts_with(t))
        .or_else(|| keys.iter().find(|(_, t)| t.is_empty()))
        .or(keys.first())
        .map(|(k, _)| *k)
}

/// The first of the keys `word` can mean that is among `valid` (the keys of its table): for
/// a quoted `"分值"` the unknown-key check found.
pub fn english_among(word: &str, valid: &[&str]) -> Option<&'static str> {
    let word = word.trim().trim_matches(['"', '\'']);
    let (_, keys) = KEY_WORDS.iter().find(|(w, _)| *w == word)?;
    keys.iter().map(|(k, _)| *k).find(|k| valid.contains(k))
}

/// The header of the table the byte `at` of a TOML `text` stands in (`weights.level1` for a
/// line under `[[weights.level1]]`), `""` before any table.
pub fn table_at(text: &str, at: usize) -> &str {
    text.get(..at)
        .unwrap_or("")
        .lines()
        .rev()
        .map(str::trim_start)
        .find(|l| l.starts_with('['))
        .map(|l| {
            let l = l.trim_start_matches('[');
            l.split(']').next().unwrap_or("").trim()
        })
        .unwrap_or("")
}

/// The line of `text` holding the span `at`, with the span replaced by `with` and trimmed.
pub fn line_with(text: &str, at: std::ops::Range<usize>, with: &str) -> String {
    let start = text
        .get(..at.start)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |i| i + 1);
    let end = text
        .get(at.end..)
        .and_then(|r| r.find('\n'))
        .map_or(text.len(), |i| at.end + i);
    let before = text.get(start..at.start).unwrap_or("");
    let after = text.get(at.end..end).unwrap_or("");
    format!("{before}{with}{after}").trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_key_words_are_taken_to_the_key_their_table_has() {
        assert_eq!(english("分值", "weights.level1"), Some("points"));
        assert_eq!(english("名称", "weights.level1"), Some("name"));
        assert_eq!(english("名称", "qualitative.bands"), Some("label"));
        assert_eq!(english("下限", "grades"), Some("min"));
        assert_eq!(english("下限", "execution"), Some("from"));
        assert_eq!(english("达成", ""), None);
        assert_eq!(
            english_among("\"名称\"", &["label", "aliases"]),
            Some("label")
        );
        assert_eq!(english_among("分值", &["ref", "name"]), None);
    }

    #[test]
    fn the_table_and_the_line_are_found_around_the_key() {
        let text = "[weights]\ntotal = \"100\"\n\n[[weights.level1]]\n分值 = \"40\"\n";
        let at = text.find("分值").unwrap_or(0);
        assert_eq!(table_at(text, at), "weights.level1");
        assert_eq!(table_at("a = 1\n", 2), "");
        assert_eq!(
            line_with(text, at..at + "分值".len(), "points"),
            "points = \"40\""
        );
    }
}
