//! The Sichuan glued form's runs of figures cut into numbers by what the template fixes: a
//! funds row's amounts where B / A × 100 is the written rate, an indicator's 完成值, 权重 and
//! 得分 where the 得分 is what the 完成值 earns (#15 item 1). Pure functions over text.

use rust_decimal::Decimal;

/// Splits amounts glued before a rate (`238.93251.89251.89100.00`) into 年初预算, A, B and the
/// rate: three amounts where B / A × 100 is within 0.5 of the rate (A and B 0 with a rate of
/// 0), else two (the 年初预算 blank), amounts written with as many decimals first.
pub(super) fn split_amounts(figures: &str) -> Option<Vec<String>> {
    let mut found: Vec<(usize, Vec<&str>)> = Vec::new();
    for count in [4, 3] {
        for parts in splits(figures, count) {
            let n = parts.len();
            let value = |k: usize| parts.get(k).and_then(|t| number(t));
            let (Some(a), Some(b), Some(r)) = (value(n - 3), value(n - 2), value(n - 1)) else {
                continue;
            };
            let fits = match a.is_zero() {
                true => b.is_zero() && r.is_zero(),
                false => b
                    .checked_mul(Decimal::ONE_HUNDRED)
                    .and_then(|p| p.checked_div(a))
                    .is_some_and(|c| (c - r).abs() <= Decimal::new(5, 1)),
            };
            if !fits {
                continue;
            }
            // Amounts written with as many decimals, and money spent, read more likely.
            let places: Vec<usize> = parts
                .iter()
                .take(n - 1)
                .map(|p| p.split('.').nth(1).map_or(0, str::len))
                .collect();
            let uneven = usize::from(places.windows(2).any(|w| w.first() != w.last()));
            let nothing_spent = usize::from(b.is_zero() && !a.is_zero());
            found.push((uneven + nothing_spent, parts));
        }
    }
    // The first best: four cells before three (the 年初预算 blank).
    let (_, parts) = found.into_iter().min_by_key(|(penalty, _)| *penalty)?;
    let mut cells: Vec<String> = parts.iter().map(|p| (*p).to_owned()).collect();
    if cells.len() == 3 {
        cells.insert(0, String::new());
    }
    if let Some(rate) = cells.last_mut() {
        rate.push('%');
    }
    Some(cells)
}

/// The cells after a funds row's rate: 权重, 得分 (each a number or `/`) and the 原因 text.
/// `points`: the 权重 the row must have (the 总额 row's, from the section header).
pub(super) fn split_points_score(rest: &str, points: Option<Decimal>) -> Vec<String> {
    let mut cells = Vec::new();
    let mut rest = rest;
    for k in 0..2 {
        if let Some(r) = rest.strip_prefix('/') {
            cells.push("/".to_owned());
            rest = r;
            continue;
        }
        let lead = leading_number(rest);
        let take = match (k, points) {
            (0, Some(p)) => {
                let p = p.normalize().to_string();
                rest.starts_with(&p).then_some(p.len())
            }
            (1, Some(p)) => {
                lead.filter(|n| rest.get(..*n).and_then(number).is_some_and(|s| s <= p))
            }
            _ => lead,
        };
        match take {
            Some(n) => {
                cells.push(rest.get(..n).unwrap_or("").to_owned());
                rest = rest.get(n..).unwrap_or("");
            }
            None => cells.push(String::new()),
        }
    }
    cells.push(rest.to_owned());
    cells
}

/// The length of the number `text` starts with — not an enumeration's `1.` before words.
fn leading_number(text: &str) -> Option<usize> {
    let mut end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    while end > 0 && number(text.get(..end).unwrap_or("")).is_none() {
        end -= 1;
    }
    // `1.预算执行率…`: the number of a numbered note, not a figure.
    let enumeration = text.get(end..).is_some_and(|t| t.starts_with('.'));
    (end > 0 && !enumeration).then_some(end)
}

/// The values after an indicator's 指标性质 (`100%60`, `120公里1182019.67两段…`, `显著提升显著
/// 提升2020`): the 指标性质, 指标值, 度量单位, 完成值, 权重 and 得分, and the text after them.
pub(super) fn read_values(op: &str, values: &str, total: Decimal) -> (Vec<String>, String) {
    let digits_end = |t: &str| {
        t.find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(t.len())
    };
    let target_len = digits_end(values);
    let (target, unit, after_unit) = if target_len > 0 {
        let target = values.get(..target_len).unwrap_or("");
        let rest = values.get(target_len..).unwrap_or("");
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        let unit = rest.get(..unit_len).unwrap_or("");
        match unit.chars().count() <= 4 {
            true => (target, unit, rest.get(unit_len..).unwrap_or("")),
            false => (target, "", rest),
        }
    } else {
        let word_len = values
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(values.len());
        (
            values.get(..word_len).unwrap_or(""),
            "",
            values.get(word_len..).unwrap_or(""),
        )
    };
    let figures_len = digits_end(after_unit);
    let (figures, tail) = after_unit.split_at(figures_len);
    // A worded target written twice is the target and the actual (`显著提升显著提升`).
    let worded = target_len == 0;
    let (target, mut actual) = match worded {
        true => halves(target),
        false => (target.to_owned(), String::new()),
    };
    let (points, score) = match (worded, number(target.as_str())) {
        (false, Some(t)) => {
            let (a, p, s) = split_figures(figures, op, t, total);
            actual = a;
            (p, s)
        }
        _ => split_points_pair(figures, total),
    };
    let row = vec![
        op.to_owned(),
        target,
        unit.to_owned(),
        actual,
        points,
        score,
    ];
    (row, tail.to_owned())
}

/// A worded cell written twice (`显著提升显著提升`) as its two halves; else the whole and blank.
fn halves(text: &str) -> (String, String) {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    if n >= 2 && n.is_multiple_of(2) && chars.get(..n / 2) == chars.get(n / 2..) {
        let half: String = chars.get(..n / 2).unwrap_or_default().iter().collect();
        return (half.clone(), half);
    }
    (text.to_owned(), String::new())
}

/// A run of digits after a numeric target: 完成值, 权重, 得分 where the 得分 is what the 完成值
/// earns (`1182019.67` → 118, 20, 19.67 against ≥120); else the 权重 alone (a form never
/// filled in); else 完成值 and 权重, or 权重 and 得分.
fn split_figures(
    figures: &str,
    op: &str,
    target: Decimal,
    total: Decimal,
) -> (String, String, String) {
    let owned = |parts: &[&str], k: usize| parts.get(k).map_or(String::new(), |p| (*p).to_owned());
    let fits = |p: Decimal| p > Decimal::ZERO && p <= total;
    for parts in splits(figures, 3) {
        let (Some(a), Some(p), Some(s)) = (
            parts.first().and_then(|t| number(t)),
            parts.get(1).and_then(|t| number(t)),
            parts.get(2).and_then(|t| number(t)),
        ) else {
            continue;
        };
        if fits(p)
            && s <= p
            && earns(op, target, a, p)
                .is_some_and(|e| (e - s).abs() <= Decimal::new(1, 2) || e.round() == s)
        {
            return (owned(&parts, 0), owned(&parts, 1), owned(&parts, 2));
        }
    }
    if number(figures).is_some_and(fits) {
        return (String::new(), figures.to_owned(), String::new());
    }
    for parts in splits(figures, 2) {
        let (Some(a), Some(p)) = (
            parts.first().and_then(|t| number(t)),
            parts.get(1).and_then(|t| number(t)),
        ) else {
            continue;
        };
        let near = a >= target / Decimal::TWO && a <= target * Decimal::TWO;
        if fits(p) && near {
            return (owned(&parts, 0), owned(&parts, 1), String::new());
        }
    }
    let (p, s) = split_points_pair(figures, total);
    (String::new(), p, s)
}

/// What `actual` earns of `points` under the operator: in proportion, never above the points.
fn earns(op: &str, target: Decimal, actual: Decimal, points: Decimal) -> Option<Decimal> {
    let ratio = match op {
        "≤" | "≦" | "<" => match actual.is_zero() {
            true => Some(Decimal::ONE),
            false => target.checked_div(actual),
        },
        _ if target.is_zero() => Some(Decimal::ONE),
        _ => actual.checked_div(target),
    }?;
    points
        .checked_mul(ratio.min(Decimal::ONE))
        .map(|e| e.round_dp(2))
}

/// A run of digits after a worded value: 权重 and 得分 (`2020` → 20, 20), or the 权重 alone.
fn split_points_pair(figures: &str, total: Decimal) -> (String, String) {
    if figures.is_empty() {
        return (String::new(), String::new());
    }
    if number(figures).is_some_and(|p| p > Decimal::ZERO && p <= total) {
        return (figures.to_owned(), String::new());
    }
    for parts in splits(figures, 2) {
        if let (Some(p), Some(s)) = (
            parts.first().and_then(|t| number(t)),
            parts.get(1).and_then(|t| number(t)),
        ) && p <= total
            && s <= p
        {
            return (parts[0].to_owned(), parts[1].to_owned());
        }
    }
    (figures.to_owned(), String::new())
}

/// A number as a form writes one: digits with at most one point, no leading zero (`05`).
pub(in crate::import::glued_text) fn number(text: &str) -> Option<Decimal> {
    let leading_zero = text.len() > 1 && text.starts_with('0') && !text.starts_with("0.");
    if text.is_empty() || leading_zero || text.starts_with('.') || text.ends_with('.') {
        return None;
    }
    if !text.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    text.parse().ok()
}

/// Every way to cut `figures` into `count` numbers, in order of the first number's length.
pub(in crate::import::glued_text) fn splits(figures: &str, count: usize) -> Vec<Vec<&str>> {
    // Only a short run of digits and points is cut (every byte one character).
    let figure = |c: char| c.is_ascii_digit() || c == '.';
    if count == 0 || figures.len() > 40 || !figures.chars().all(figure) {
        return Vec::new();
    }
    if count == 1 {
        return match number(figures) {
            Some(_) => vec![vec![figures]],
            None => Vec::new(),
        };
    }
    let mut out = Vec::new();
    for at in 1..figures.len() {
        let (head, tail) = figures.split_at(at);
        if number(head).is_none() {
            continue;
        }
        for mut rest in splits(tail, count - 1) {
            rest.insert(0, head);
            out.push(rest);
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn funds_figures_split_where_b_over_a_is_the_rate() {
        assert_eq!(
            split_amounts("238.93251.89251.89100.00").unwrap(),
            ["238.93", "251.89", "251.89", "100.00%"]
        );
        assert_eq!(
            split_amounts("0.000.000.000.00").unwrap(),
            ["0.00", "0.00", "0.00", "0.00%"]
        );
        // The 年初预算 blank: two amounts.
        assert_eq!(
            split_amounts("504590.00").unwrap(),
            ["", "50", "45", "90.00%"]
        );
        assert!(split_amounts("12345").is_none());
    }

    #[test]
    fn points_and_score_after_the_rate() {
        let ten = Some(Decimal::TEN);
        assert_eq!(
            split_points_score("101.预算执行率…", ten),
            ["10", "", "1.预算执行率…"]
        );
        assert_eq!(
            split_points_score("109年中追加", ten),
            ["10", "9", "年中追加"]
        );
        assert_eq!(split_points_score("//", None), ["/", "/", ""]);
    }

    #[test]
    fn indicator_figures_split_where_the_score_is_earned() {
        let total = Decimal::from(90);
        let row = |op: &str, values: &str| read_values(op, values, total);
        assert_eq!(
            row("≥", "120公里1182019.67两段施工推迟。"),
            (
                ["≥", "120", "公里", "118", "20", "19.67"]
                    .map(String::from)
                    .to_vec(),
                "两段施工推迟。".to_owned()
            )
        );
        // Never filled in: the 权重 alone.
        assert_eq!(row("=", "100%60").0, ["=", "100", "%", "", "60", ""]);
        // Reverse: 30/35 × 30 = 25.71.
        assert_eq!(
            row("≤", "30天353025.71").0,
            ["≤", "30", "天", "35", "30", "25.71"]
        );
        assert_eq!(
            row("=", "显著提升显著提升2020").0,
            ["=", "显著提升", "", "显著提升", "20", "20"]
        );
    }
}
