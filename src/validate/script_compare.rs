//! Warnings for comparisons in a rule set's scripts that no reading can make true, from the
//! comparisons [`crate::script::lint`] finds on each compiled script: a unit dates no longer
//! have (`ind.target_unit == "年月"`, tester s14r F1) and a level-1 or level-2 label that
//! names nothing in the rule set or the template (`ind.level1 == "服务满意度指标"`, the
//! script-body twin of `rules::when-unmatched`). Such a comparison switches the script's
//! special case off, or on for every line, in silence; the scripts still load and run.
//!
//! A field that reads as a number compared with a string (`ind.actual_value < "80"`, the
//! rule files' quoted numbers carried into a script, tester s24 A4) is an error: Rhai answers
//! every such comparison `false` without a word, so the rule is dead. The help gives the line
//! with the number unquoted.

use super::rules::Checker;
use super::scripts::{Level, Unmatched, unmatched};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::codes::RulesCode;
use crate::i18n::msg;
use crate::model::Level1;
use crate::script::lint::Compared;
use crate::script::{Script, Scripts, view};
use crate::value::{DATE_UNIT, DAY_UNIT, MONTH_DAY_UNIT, MONTH_UNIT};

/// The units a date reached scripts with before it had its own kind, and `日期`: no reading
/// gives a unit any of them now. (`年` and `月` are still units: `3年`, a bare `12月`.)
const DATE_UNITS: [&str; 5] = [DATE_UNIT, MONTH_UNIT, DAY_UNIT, MONTH_DAY_UNIT, "日期"];

/// Adds a warning for every comparison in `scripts` that can never hold.
pub(super) fn warn(v: &mut Checker, scripts: &Scripts, level1: &[Level1]) {
    for script in &scripts.scripts {
        for c in script.comparisons() {
            if view::is_number_field(&c.field) {
                v.diagnostics.push(number_with_text(script, &c));
                continue;
            }
            if !matches!(c.op, "==" | "!=") {
                continue;
            }
            let warning = match c.field.as_str() {
                "target_unit" | "actual_unit" => date_unit(script, &c),
                "level1" | "level1_name" => label(script, &c, Level::One, level1),
                "level2" => label(script, &c, Level::Two, level1),
                _ => None,
            };
            v.diagnostics.extend(warning);
        }
    }
}

/// Whether the comparison is always true (`!=`) or never (`==`), as the catalogs select it.
fn holds(c: &Compared) -> &'static str {
    if c.negated { "always" } else { "never" }
}

/// `ind.target_unit == "年月"`: dates reach scripts as `ind.target_kind == "date"`, with the
/// line to write instead.
fn date_unit(script: &Script, c: &Compared) -> Option<Diagnostic> {
    let unit = c.literal.trim();
    if !DATE_UNITS.contains(&unit) {
        return None;
    }
    let kind = c.field.replace("_unit", "_kind");
    let date = format!(
        "{}.{}",
        c.object.as_deref().unwrap_or("ind"),
        c.field.replace("_unit", "_date")
    );
    let src = &script.source;
    Some(
        Diagnostic::warning(
            RulesCode::ScriptDateUnit,
            msg!(
                "rules-script-date-unit",
                script = &script.name,
                written = src.slice(c.span.clone()),
                holds = holds(c),
                field = &c.field,
                unit = unit,
                kind = &kind
            ),
        )
        .at(src, c.span.clone())
        .help(msg!(
            "rules-script-date-unit-help",
            fixed = fixed_line(script, c, &kind),
            date = date
        )),
    )
}

/// `ind.actual_value < "80"`: a number compared with text, never true (`!=`: always). The
/// help writes the line with the number unquoted (`"80%"` → `80`: a percentage reaches
/// scripts as its number, `85%` as 85); for a word (`ind.actual_value == "无"`) it names the
/// field holding the cell's text.
fn number_with_text(script: &Script, c: &Compared) -> Diagnostic {
    let src = &script.source;
    let written = src.slice(c.span.clone());
    let literal = c.literal.trim();
    let number = literal.strip_suffix(['%', '％']).unwrap_or(literal).trim();
    let help = if number.parse::<rust_decimal::Decimal>().is_ok() {
        msg!(
            "rules-script-number-text-help",
            fixed = edit_line(script, c, &mut [(c.literal_span.clone(), number)])
        )
    } else {
        let object = c.object.as_deref().unwrap_or("ind");
        match c.field.strip_suffix("_value") {
            Some(cell) => msg!(
                "rules-script-number-word-help",
                text = format!("{object}.{cell}")
            ),
            None => msg!("rules-script-number-other-help"),
        }
    };
    Diagnostic::error(
        RulesCode::ScriptNumberText,
        msg!(
            "rules-script-number-text",
            script = &script.name,
            written = written,
            field = &c.field,
            literal = literal,
            holds = holds(c)
        ),
    )
    .at(src, c.span.clone())
    .help(help)
}

/// The comparison's line with the field read as its kind and the literal as `"date"`.
fn fixed_line(script: &Script, c: &Compared, kind: &str) -> String {
    edit_line(
        script,
        c,
        &mut [
            (c.field_span.clone(), kind),
            (c.literal_span.clone(), "\"date\""),
        ],
    )
}

/// The comparison's line with each span replaced by its text.
fn edit_line(
    script: &Script,
    c: &Compared,
    edits: &mut [(std::ops::Range<usize>, &str)],
) -> String {
    let src = &script.source;
    let line = src.line_span(c.line);
    let (start, end) = (line.start.min(c.span.start), line.end.max(c.span.end));
    edits.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
    let mut text = src.slice(start..end).to_owned();
    for (span, with) in edits.iter() {
        if let (Some(a), Some(b)) = (span.start.checked_sub(start), span.end.checked_sub(start))
            && text.is_char_boundary(a)
            && b <= text.len()
            && text.is_char_boundary(b)
        {
            text.replace_range(a..b, with);
        }
    }
    text.trim().to_owned()
}

/// `ind.level1 == "服务满意度指标"`: a label no level-1 name or alias (or template level-2
/// label) can be, with the names it could be and did you mean — `rules::when-unmatched`'s
/// test and help ([`unmatched`]).
fn label(script: &Script, c: &Compared, level: Level, level1: &[Level1]) -> Option<Diagnostic> {
    // `ind.level1_name == ""`: the line's level 1 resolved to none; a fair question.
    if c.literal.trim().is_empty() {
        return None;
    }
    let Unmatched { got, names, hint } = unmatched(&c.literal, level, level1)?;
    let src = &script.source;
    let written = src.slice(c.span.clone());
    let (message, help) = match level {
        Level::One => (
            msg!(
                "rules-script-level1-unmatched",
                script = &script.name,
                written = written,
                got = got,
                names = names,
                holds = holds(c)
            ),
            msg!("rules-script-level1-unmatched-help", hint = hint),
        ),
        Level::Two => (
            msg!(
                "rules-script-level2-unmatched",
                script = &script.name,
                written = written,
                got = got,
                names = names,
                holds = holds(c)
            ),
            msg!("rules-script-level2-unmatched-help", hint = hint),
        ),
    };
    Some(
        Diagnostic::warning(RulesCode::ScriptLabelUnmatched, message)
            .at(src, c.span.clone())
            .help(help),
    )
}

#[cfg(test)]
#[allow(clippy::panic)]
mod tests {
    use crate::diagnostic::Diagnostic;
    use crate::diagnostic::Severity;
    use crate::i18n::Lang;
    use crate::load::ScriptSources;
    use crate::source::SourceFile;
    use crate::validate::rules::validate_with_scripts;

    const BASE: &str = include_str!("../../rules/anhui-2023/rules.toml");

    /// The anhui-2023 rules with one indicator script whose body is `body`: the diagnostics
    /// `shown` keeps (plain, in Chinese), and whether the scripts were kept.
    fn diagnostics(body: &str, shown: impl Fn(&Diagnostic) -> bool) -> (Vec<String>, bool) {
        let cut = BASE.find("\n[policy.zero-target]").unwrap_or(BASE.len());
        let text = format!(
            "{}\n[[scripts]]\nfile = \"t.rhai\"\nhooks = [\"indicator\"]\n",
            &BASE[..cut]
        );
        let script = format!("fn indicator(form, rules, ind, result) {{\n{body}\n    ()\n}}\n");
        let mut sources = ScriptSources::new();
        sources.insert(
            "t.rhai".into(),
            Ok(SourceFile::new("rules/t/t.rhai", script)),
        );
        let v = validate_with_scripts(&SourceFile::new("rules/t/rules.toml", text), "h", &sources);
        let kept = v.value.as_ref().is_some_and(|r| r.scripts.is_some());
        let shown = v
            .diagnostics
            .iter()
            .filter(|d| shown(d))
            .map(|d| {
                let (file, at) = d.position().unwrap_or_default();
                let help = d.help.as_ref().map(|h| h.render(Lang::Zh));
                format!(
                    "{file}:{}:{}: [{}] {} ({})",
                    at.line,
                    at.column,
                    d.code,
                    d.message.render(Lang::Zh),
                    help.unwrap_or_default()
                )
            })
            .collect();
        (shown, kept)
    }

    /// The warnings but `rules::unsourced`, and whether the scripts were kept.
    fn warnings(body: &str) -> (Vec<String>, bool) {
        diagnostics(body, |d| {
            d.severity == Severity::Warning && d.code != "rules::unsourced"
        })
    }

    #[test]
    fn a_date_unit_is_warned_of_with_the_line_to_write_and_the_script_kept() {
        let (w, kept) =
            warnings("    if ind.actual_unit == \"年月\" || ind.target_value == () { return (); }");
        assert!(kept);
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].starts_with("rules/t/t.rhai:2:8: "), "{w:?}");
        assert!(w[0].contains("[rules::script-date-unit]"), "{w:?}");
        assert!(w[0].contains("永远不成立"), "{w:?}");
        assert!(
            w[0].contains(
                "`if ind.actual_kind == \"date\" || ind.target_value == () { return (); }`"
            ),
            "{w:?}"
        );
        assert!(w[0].contains("`ind.actual_date`"), "{w:?}");
        let (w, _) = warnings("    if ind.target_unit != \"月份\" { return (); }");
        assert!(w.len() == 1 && w[0].contains("永远成立"), "{w:?}");
    }

    #[test]
    fn a_level_label_that_names_nothing_is_warned_of_with_did_you_mean() {
        let (w, kept) = warnings(
            "    if ind.level1 == \"服务满意度指标\" { return (); }\n    if ind.level2 == \"服务质量\" { return (); }",
        );
        assert!(kept);
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[0].contains("[rules::script-label-unmatched]"), "{w:?}");
        assert!(
            w[0].contains(
                "“服务满意度指标”与本规则集的一级指标（产出指标、效益指标、满意度指标）都对不上"
            ),
            "{w:?}"
        );
        assert!(w[0].contains("是不是要写 `满意度指标`"), "{w:?}");
        assert!(w[1].contains("rules/t/t.rhai:3:8: "), "{w:?}");
        assert!(w[1].contains("“服务质量”与常见的二级指标"), "{w:?}");
    }

    /// The errors (plain, in Chinese) and whether the scripts were kept.
    fn errors(body: &str) -> (Vec<String>, bool) {
        diagnostics(body, |d| d.severity == Severity::Error)
    }

    #[test]
    fn a_number_field_compared_with_a_quoted_number_is_an_error_with_the_line_unquoted() {
        // Tester s24 A4: the rule files quote numbers, the script must not.
        let (e, kept) = errors(
            "    if ind.actual_value < \"80\" { return decision(#{ score: 0 }); }\n    if \"85%\" <= ind.target_value { return (); }",
        );
        assert!(!kept);
        assert_eq!(e.len(), 2, "{e:?}");
        assert!(
            e[0].starts_with("rules/t/t.rhai:2:8: [rules::script-number-text]"),
            "{e:?}"
        );
        assert!(
            e[0].contains("`ind.actual_value < \"80\"` 拿数和文字比较"),
            "{e:?}"
        );
        assert!(e[0].contains("永远不成立，这条规则不会生效"), "{e:?}");
        assert!(
            e[0].contains(
                "这一行应写成：`if ind.actual_value < 80 { return decision(#{ score: 0 }); }`"
            ),
            "{e:?}"
        );
        assert!(
            e[1].contains("`if 85 <= ind.target_value { return (); }`"),
            "{e:?}"
        );
    }

    #[test]
    fn a_number_field_compared_with_a_word_points_to_the_cells_text() {
        let (e, _) = errors(
            "    if ind.actual_value != \"无\" { return (); }\n    if ind.points == \"\" { return (); }",
        );
        assert_eq!(e.len(), 2, "{e:?}");
        assert!(e[0].contains("永远成立"), "{e:?}");
        assert!(e[0].contains("用 `ind.actual`"), "{e:?}");
        assert!(e[1].contains("写 `== ()`"), "{e:?}");
    }

    #[test]
    fn comparisons_that_can_hold_are_not_warned_of() {
        let (w, kept) = warnings(
            "    if ind.target_unit == \"%\" || ind.target_unit == \"年\" || ind.actual_unit == \"月\" { return (); }\n\
             \x20   if ind.level1 == \"满意度指标\" || ind.level1 == \"效益\" || ind.level1_name == \"\" { return (); }\n\
             \x20   if ind.level2 == \"质量指标\" || ind.target_kind == \"date\" { return (); }\n\
             \x20   if ind.actual_value < 80 || ind.actual < \"80\" || ind.points >= 5 { return (); }\n\
             \x20   let note = \"ind.target_unit == 年月\";",
        );
        assert!(kept);
        assert_eq!(w, Vec::<String>::new());
    }
}
