//! `--points rules` (#19): what would these forms score under the rule set's weights? A form's
//! own 分值 cells win over the rule set's weights when a form is re-checked; for a what-if on
//! weights the case is scored with the rule set's level-1 weights and execution points
//! instead, each indicator's points scaled within its level 1 in proportion to what the form
//! declared, at the places scores are rounded to so that a level adds up to its points exactly
//! (its reported score restated alike, so a score inside its band stays inside), and the trace
//! says so. The form's own arithmetic is audited as written and its self-scores are not
//! compared with scores under points it never used (`Context::form`).

use super::{Options, evaluate, fmt, layout};
use crate::i18n::{Message, msg};
use crate::model::{Case, FundsKind, Level1 as Level1Weight, Number, RuleRef, RuleSet};
use crate::outcome::{Outcome, Step};
use rust_decimal::Decimal;

/// Whose points a case is scored with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PointsFrom {
    /// The form's own 分值 cells (re-checking a form).
    #[default]
    Form,
    /// The rule set's level-1 weights and execution points, spread over each level 1's
    /// indicators in proportion to what the form declared (a what-if on weights).
    Rules,
}

/// Scores `case` with the points `from` says.
pub fn evaluate_points(
    rules: &RuleSet,
    case: &Case,
    options: Options,
    from: PointsFrom,
) -> Outcome {
    match from {
        PointsFrom::Form => evaluate(rules, case, options),
        // A 得分 written `满分` is the form's own points: read before they are rescaled.
        PointsFrom::Rules if super::marks::any(case) => {
            super::marks::evaluate_resolved(rules, case, options, |c| {
                with_rule_points(rules, c, options, false)
            })
        }
        // A funds row whose 分值/得分 are not the execution's is set aside before its points
        // are rescaled (tester s17w F1).
        PointsFrom::Rules => super::funds_points::evaluate_resolved(rules, case, options, |c| {
            with_rule_points(rules, c, options, true)
        })
        .unwrap_or_else(|| with_rule_points(rules, case, options, false)),
    }
}

/// `case` scored with the rule set's points, its own arithmetic audited as written, its
/// self-scores shown restated to the new points at the places scores are rounded to.
/// `funds_set_aside`: the funds row's 分值/得分 were set aside (`funds_points`).
fn with_rule_points(
    rules: &RuleSet,
    case: &Case,
    options: Options,
    funds_set_aside: bool,
) -> Outcome {
    let (scaled, steps) = rescale(rules, case);
    let mut o = super::evaluate_with(rules, &scaled, Some(case), options, funds_set_aside);
    for (index, _) in &steps {
        match index {
            Some(i) => {
                if let Some(x) = o.indicators.get_mut(*i) {
                    x.reported_score = x.reported_score.map(|r| shown(&rules.round_indicator, r));
                }
            }
            None => {
                let rounding = rules.execution.rounding.as_ref();
                let rounding = rounding.unwrap_or(&rules.round_indicator);
                o.execution.reported_score = o.execution.reported_score.map(|r| shown(rounding, r));
            }
        }
    }
    if options.trace {
        for (index, step) in steps.into_iter().rev() {
            let trace = match index {
                Some(i) => o.indicators.get_mut(i).map(|x| &mut x.trace),
                None => Some(&mut o.execution.trace),
            };
            if let Some(t) = trace {
                t.insert(0, step);
            }
        }
    }
    o
}

/// A restated self-score as shown: rounded as scores are, without trailing zeros.
fn shown(rounding: &crate::model::Rounding, r: Decimal) -> Decimal {
    rounding.apply(r).normalize()
}

/// `case` with the rule set's points, and the steps explaining each change: by indicator
/// index (the first row of a shared points cell), `None` for execution. Each level 1's points
/// are shared among its indicators in proportion to what the form declared, at the places the
/// rule set rounds indicator scores to ([`apportion`]), so a level scored in full scores its
/// points exactly. Self-scores are restated exactly (`s × new / declared`): scoring reads them
/// as a fraction of their points (a score inside its band stays inside).
pub fn rescale(rules: &RuleSet, case: &Case) -> (Case, Vec<(Option<usize>, Step)>) {
    let mut out = case.clone();
    let mut steps = Vec::new();
    let level1 = layout::resolve_level1(rules, case);
    // Leaders (first rows of their points cell) with declared points and the rows that
    // share them, by level 1.
    let mut leaders: Vec<Vec<(usize, Decimal, u32)>> = vec![Vec::new(); rules.weights.level1.len()];
    let mut start = 0;
    for group in case.indicators.chunk_by(|_, next| next.shares_points) {
        if let (Some(first), Some(Some(slot))) = (group.first(), level1.get(start))
            && let Number::Value(p) = first.points.1
            && !p.is_sign_negative()
            && let Some(list) = leaders.get_mut(*slot)
        {
            // The rows the cell is split among when scored (`indicator::score_group`), as far
            // as the rule set's words tell before any script runs.
            let rows = group
                .iter()
                .filter(|i| !layout::is_not_applicable(rules, i))
                .count();
            list.push((start, p, u32::try_from(rows).unwrap_or(1)));
        }
        start += group.len();
    }
    let places = rules.round_indicator.places;
    for (l1, list) in rules.weights.level1.iter().zip(&leaders) {
        let declared: Vec<(Decimal, u32)> = list.iter().map(|(_, p, n)| (*p, *n)).collect();
        let Some(sum) = declared
            .iter()
            .try_fold(Decimal::ZERO, |a, (p, _)| a.checked_add(*p))
            .filter(|d| *d != l1.points)
        else {
            continue;
        };
        // The places `apportion` shares at: more when the weight itself has more.
        let places = places.max(l1.points.normalize().scale());
        let Some(shares) = apportion_split(&declared, l1.points, places) else {
            continue;
        };
        // A level with a cell several rows share is shared in whole multiples of the rows
        // (`apportion_split`): its steps say so (tester s15r N8: 8.34 / 8.34 / 8.32 under a
        // trace stating plain largest remainders).
        let split = list.iter().any(|(_, _, n)| *n > 1);
        for ((i, p, n), new) in list.iter().zip(shares) {
            let Some(ind) = out.indicators.get_mut(*i) else {
                continue;
            };
            ind.points.1 = Number::Value(new);
            let how = Split {
                places,
                rows: *n,
                level: split,
            };
            steps.push((Some(*i), scaled_step(l1, (*p, new), sum, how)));
            if let Number::Value(s) = ind.score.1
                && let Some(scaled) = restate(s, *p, new)
            {
                ind.score.1 = Number::Value(scaled);
                let step = self_score(s, shown(&rules.round_indicator, scaled), &l1.rule);
                steps.push((Some(*i), step));
            }
        }
    }
    // The row execution reads its points from (see `execution::total_row`).
    let row = case
        .funds
        .iter()
        .position(|r| r.kind == FundsKind::Total)
        .unwrap_or(0);
    if let Some(r) = out.funds.get_mut(row)
        && let Number::Value(p) = r.points.1
        && p != rules.execution.points
    {
        let new = rules.execution.points;
        r.points.1 = Number::Value(new);
        let rule = &rules.execution.rule;
        let text = msg!("trace-points-execution", from = fmt(p), to = fmt(new));
        steps.push((None, step(text, rule)));
        if let Number::Value(s) = r.score.1
            && let Some(scaled) = restate(s, p, new)
        {
            r.score.1 = Number::Value(scaled);
            let rounding = rules.execution.rounding.as_ref();
            let rounding = rounding.unwrap_or(&rules.round_indicator);
            steps.push((None, self_score(s, shown(rounding, scaled), rule)));
        }
    }
    if let Number::Value(_) = out.total_points.1 {
        out.total_points.1 = Number::Value(rules.weights.total);
    }
    (out, steps)
}

/// A self-score `s` of `from` points restated to `to` points, exactly; none for a negative
/// score (said as the form's) or points that cannot be divided by.
fn restate(s: Decimal, from: Decimal, to: Decimal) -> Option<Decimal> {
    if s.is_sign_negative() || from.is_zero() {
        return None;
    }
    s.checked_mul(to).and_then(|x| x.checked_div(from))
}

/// `total` shared among `weights` in proportion, each share at `places` decimal places (at
/// more when `total` itself has more), the shares adding up to `total` exactly: each share is
/// its quota `w × total / Σw` cut to those places, and the units left over go one each to the
/// largest remainders (the largest remainder method; on equal remainders the earlier row
/// first). 25 over 10, 10, 10 at 2 places: 8.34 + 8.33 + 8.33. None when the weights add up
/// to 0 or one is negative, or the numbers overflow.
pub fn apportion(weights: &[Decimal], total: Decimal, places: u32) -> Option<Vec<Decimal>> {
    let items: Vec<(Decimal, u32)> = weights.iter().map(|w| (*w, 1)).collect();
    apportion_split(&items, total, places)
}

/// [`apportion`] where item `(w, n)`'s share is split equally among `n` rows (a points cell
/// several applicable rows share): its share is kept a multiple of `n` units, so each row's
/// part is exact at `places` too (8.34 over two rows: 4.17 each, where 8.33 would give two
/// 4.165s that round to 8.34). Only when no such multiple fits what is left does an item take
/// the rest alone.
pub fn apportion_split(
    items: &[(Decimal, u32)],
    total: Decimal,
    places: u32,
) -> Option<Vec<Decimal>> {
    if total.is_sign_negative() || items.iter().any(|(w, _)| w.is_sign_negative()) {
        return None;
    }
    let sum = items
        .iter()
        .try_fold(Decimal::ZERO, |a, (w, _)| a.checked_add(*w))?;
    if sum.is_zero() {
        return None;
    }
    let places = places.max(total.normalize().scale());
    let unit = Decimal::try_new(1, places).ok()?;
    let mut shares = Vec::with_capacity(items.len());
    let mut steps = Vec::with_capacity(items.len());
    let mut remainders = Vec::with_capacity(items.len());
    for (w, n) in items {
        let step = unit.checked_mul(Decimal::from((*n).max(1)))?;
        // Multiply before dividing, so an exact quota stays exact.
        let quota = w.checked_mul(total)?.checked_div(sum)?;
        let cut = quota.checked_div(step)?.trunc().checked_mul(step)?;
        shares.push(cut);
        steps.push(step);
        remainders.push(quota - cut);
    }
    let given = shares
        .iter()
        .try_fold(Decimal::ZERO, |a, s| a.checked_add(*s))?;
    let mut left = total.checked_sub(given)?;
    // Only rows with points take a unit; a stable sort keeps equal remainders in form order.
    let mut order: Vec<usize> = (0..items.len())
        .filter(|i| items.get(*i).is_some_and(|(w, _)| !w.is_zero()))
        .collect();
    order.sort_by(|a, b| remainders.get(*b).cmp(&remainders.get(*a)));
    let mut gave = true;
    while gave && !left.is_zero() {
        gave = false;
        for i in &order {
            if let (Some(s), Some(step)) = (shares.get_mut(*i), steps.get(*i))
                && *step <= left
            {
                *s += *step;
                left -= *step;
                gave = true;
            }
        }
    }
    // What no item's step fits (split items only): to the largest remainder, so the total
    // still adds up.
    if let Some(s) = order.first().and_then(|i| shares.get_mut(*i)) {
        *s += left;
    }
    Some(shares)
}

fn step(text: Message, rule: &RuleRef) -> Step {
    Step {
        text,
        rule: Some(rule.clone()),
        inputs: Vec::new(),
    }
}

/// `自评得分 10 按同一比例换算为 8.34`: what the self-score reads as under the new points,
/// shown as scores are rounded; it is not compared with the computed score.
fn self_score(from: Decimal, to: Decimal, rule: &RuleRef) -> Step {
    step(
        msg!("trace-points-self-score", from = fmt(from), to = fmt(to)),
        rule,
    )
}

/// How a level's points were shared: at `places`, this item's cell split among `rows` rows,
/// and whether any cell of the level is (`level`: then shares are whole multiples of rows).
#[derive(Debug, Clone, Copy)]
struct Split {
    places: u32,
    rows: u32,
    level: bool,
}

/// `points 10 → 8.34: 效益指标 declares 30 on the form and has 25 under the rule set: 10 × 25 /
/// 30 = 8.333333…, at 2 places by the largest remainders …`.
fn scaled_step(
    l1: &Level1Weight,
    (from, to): (Decimal, Decimal),
    declared: Decimal,
    how: Split,
) -> Step {
    let places = how.places;
    let quota = from
        .checked_mul(l1.points)
        .and_then(|x| x.checked_div(declared));
    let unit = Decimal::new(1, places.min(28));
    let text = match quota {
        Some(q) if q != to && how.level => msg!(
            "trace-points-apportioned-shared",
            from = fmt(from),
            to = fmt(to),
            level1 = &*l1.name,
            declared = fmt(declared),
            points = fmt(l1.points),
            quota = fmt(q),
            places = places.to_string(),
            unit = fmt(unit),
            rows = how.rows,
            step = fmt(unit * Decimal::from(how.rows.max(1)))
        ),
        Some(q) if q != to => msg!(
            "trace-points-apportioned",
            from = fmt(from),
            to = fmt(to),
            level1 = &*l1.name,
            declared = fmt(declared),
            points = fmt(l1.points),
            quota = fmt(q),
            places = places.to_string(),
            unit = fmt(unit)
        ),
        _ => msg!(
            "trace-points-scaled",
            from = fmt(from),
            to = fmt(to),
            level1 = &*l1.name,
            declared = fmt(declared),
            points = fmt(l1.points)
        ),
    };
    step(text, &l1.rule)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::{apportion, apportion_split};
    use rust_decimal::Decimal;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn ds(v: &[&str]) -> Vec<Decimal> {
        v.iter().map(|s| d(s)).collect()
    }

    fn sum(v: &[Decimal]) -> Decimal {
        v.iter().copied().sum()
    }

    /// Tester s15c F1: 效益 30 → 25 over three rows of 10 gives 8.34 + 8.33 + 8.33 = 25, not
    /// three 8.33s (24.99); the cent left over goes to the first of the equal remainders.
    #[test]
    fn a_level_adds_up_to_its_points_exactly() {
        let shares = apportion(&ds(&["10", "10", "10"]), d("25"), 2).unwrap();
        assert_eq!(shares, ds(&["8.34", "8.33", "8.33"]));
        assert_eq!(sum(&shares), d("25"));
        // 产出 50 → 55 is exact: 10 × 55 / 50 = 11, 15 → 16.5.
        let shares = apportion(&ds(&["15", "15", "10", "10"]), d("55"), 2).unwrap();
        assert_eq!(shares, ds(&["16.5", "16.5", "11", "11"]));
        // 20 and 10 of 30 → 25: 16.666… and 8.333…; the larger remainder (0.00666…) takes the
        // cent: 16.67 + 8.33.
        let shares = apportion(&ds(&["20", "10"]), d("25"), 2).unwrap();
        assert_eq!(shares, ds(&["16.67", "8.33"]));
    }

    /// The largest remainder wins, not the first row; on equal remainders the earlier row,
    /// the same on every run.
    #[test]
    fn the_largest_remainder_takes_the_unit_and_ties_go_to_the_earlier_row() {
        // 10 over 1 and 2 at whole points: 3.33… and 6.66… → 3 + 7.
        assert_eq!(
            apportion(&ds(&["1", "2"]), d("10"), 0).unwrap(),
            ds(&["3", "7"])
        );
        // 1 over three equal rows at whole points: the first takes it.
        for _ in 0..3 {
            assert_eq!(
                apportion(&ds(&["1", "1", "1"]), d("1"), 0).unwrap(),
                ds(&["1", "0", "0"])
            );
        }
        // 2 over three equal rows: the first two.
        assert_eq!(
            apportion(&ds(&["5", "5", "5"]), d("2"), 0).unwrap(),
            ds(&["1", "1", "0"])
        );
    }

    /// A level with 0 points gives every row 0; a row declaring 0 stays at 0 and never takes a
    /// unit; weights adding up to 0 cannot be shared.
    #[test]
    fn zero_points() {
        assert_eq!(
            apportion(&ds(&["10", "20"]), d("0"), 2).unwrap(),
            ds(&["0", "0"])
        );
        // 0, 8.333…, 16.666… → 0 + 8.33 + 16.67.
        let shares = apportion(&ds(&["0", "10", "20"]), d("25"), 2).unwrap();
        assert_eq!(shares, ds(&["0", "8.33", "16.67"]));
        // Even when the zero row comes first among equal (zero) remainders.
        assert_eq!(
            apportion(&ds(&["0", "1", "1"]), d("3"), 0).unwrap(),
            ds(&["0", "2", "1"])
        );
        assert_eq!(apportion(&ds(&["0", "0"]), d("25"), 2), None);
        assert_eq!(apportion(&[], d("25"), 2), None);
        assert_eq!(apportion(&ds(&["-1", "2"]), d("25"), 2), None);
    }

    #[test]
    fn one_row_takes_the_level() {
        assert_eq!(apportion(&ds(&["30"]), d("25"), 2).unwrap(), ds(&["25"]));
        assert_eq!(apportion(&ds(&["7"]), d("10"), 0).unwrap(), ds(&["10"]));
    }

    /// A weight with more places than scores are rounded to is shared at its own places, so
    /// the shares still add up to it: 25.5 over two rows at whole points → 12.8 + 12.7.
    #[test]
    fn a_weight_finer_than_the_rounding_is_shared_at_its_places() {
        let shares = apportion(&ds(&["1", "1"]), d("25.5"), 0).unwrap();
        assert_eq!(shares, ds(&["12.8", "12.7"]));
        assert_eq!(sum(&shares), d("25.5"));
    }

    /// A cell two rows share keeps a share each row can take half of at 2 places: seed #12's
    /// 效益 cells 10 (two rows), 10, 10 (two rows) → 25 are 8.34 (4.17 + 4.17), 8.34 and 8.32
    /// (4.16 + 4.16), not 8.34, 8.33, 8.33 (8.33 split gives 4.165 twice, 8.34 when rounded).
    #[test]
    fn a_shared_cell_keeps_a_share_its_rows_split_exactly() {
        let items = [(d("10"), 2), (d("10"), 1), (d("10"), 2)];
        let shares = apportion_split(&items, d("25"), 2).unwrap();
        assert_eq!(shares, ds(&["8.34", "8.34", "8.32"]));
        assert_eq!(sum(&shares), d("25"));
        for ((_, n), s) in items.iter().zip(&shares) {
            let part = s / Decimal::from(*n);
            assert_eq!(part, part.round_dp(2), "{s} over {n}");
        }
        // Nothing a step of two units fits: the last unit goes to the largest remainder alone,
        // so the level still adds up (1 over two rows sharing a cell and nothing else, at
        // whole points).
        let shares = apportion_split(&[(d("1"), 2)], d("1"), 0).unwrap();
        assert_eq!(shares, ds(&["1"]));
    }
}
