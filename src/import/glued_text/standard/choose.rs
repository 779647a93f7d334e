//! How the glued standard template's indicator rows and 总分 row are decided where their
//! digits read more than one way: by the 分值 adding up (tester s9 F5, #15 item 1).

use super::figures::total_readings;
use super::{Piece, Reading};
use crate::import::glued_text::sichuan::figures::number;
use rust_decimal::Decimal;

/// A number of cells too many readings of one form to weigh against its 总分.
const MAX_COMBINATIONS: usize = 4096;

/// How one piece was decided.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Choice {
    Cell,
    Fixed,
    Reading(usize),
    Total(Vec<String>),
    /// More than one reading (listed) or none fits.
    Undecided(Vec<String>),
}

/// Decides each row's reading and the 总分 row's figures: a row read one way is read so; the
/// rows read several ways are decided by the 分值 adding up with `funds_points` to the 总分
/// row's. `scored`: the form has its 得分 filled (the funds row has one), so a row's digits
/// hold a 得分 too.
pub(super) fn choose(pieces: &[Piece], funds_points: Option<Decimal>, scored: bool) -> Vec<Choice> {
    let options: Vec<Vec<usize>> = pieces
        .iter()
        .map(|p| match p {
            Piece::Row(row) if row.fixed.is_empty() => {
                let with_score = |r: &Reading| r.score.is_some() == scored;
                let fitting: Vec<usize> = (0..row.readings.len())
                    .filter(|k| row.readings.get(*k).is_some_and(with_score))
                    .collect();
                match fitting.is_empty() {
                    true => (0..row.readings.len()).collect(),
                    false => fitting,
                }
            }
            _ => Vec::new(),
        })
        .collect();
    let totals: Vec<Vec<String>> = pieces
        .iter()
        .find_map(|p| match p {
            Piece::Total { written } => Some(total_readings(written)),
            _ => None,
        })
        .unwrap_or_default();
    let picked = by_sum(pieces, &options, &totals, funds_points);
    pieces
        .iter()
        .enumerate()
        .map(|(at, piece)| match piece {
            Piece::Cell(_) | Piece::Break => Choice::Cell,
            Piece::Row(row) if !row.fixed.is_empty() => Choice::Fixed,
            Piece::Row(row) => {
                let ks = options.get(at).map_or(&[][..], Vec::as_slice);
                match (picked.as_ref().and_then(|p| p.0.get(&at)), ks) {
                    (Some(k), _) => Choice::Reading(*k),
                    (None, [k]) => Choice::Reading(*k),
                    (None, ks) => Choice::Undecided(
                        ks.iter()
                            .filter_map(|k| row.readings.get(*k))
                            .map(reading_text)
                            .collect(),
                    ),
                }
            }
            Piece::Total { .. } => match (&picked, totals.as_slice()) {
                (Some((_, total)), _) => Choice::Total(total.clone()),
                (None, [one]) => Choice::Total(one.clone()),
                (None, _) => Choice::Undecided(Vec::new()),
            },
        })
        .collect()
}

/// A reading in words for the notes: `实际完成值 | 分值 | 得分`.
pub(super) fn reading_text(r: &Reading) -> String {
    let mut parts = vec![r.actual.clone(), r.points.clone()];
    parts.extend(r.score.clone());
    parts.join(" | ")
}

/// The one combination of the rows' readings whose 分值, with the funds 分值, add up to a
/// reading of the 总分 row, with that reading; none when no combination or several do.
pub(super) type Picked = (std::collections::HashMap<usize, usize>, Vec<String>);

pub(super) fn by_sum(
    pieces: &[Piece],
    options: &[Vec<usize>],
    totals: &[Vec<String>],
    funds_points: Option<Decimal>,
) -> Option<Picked> {
    let rows: Vec<usize> = (0..pieces.len())
        .filter(|at| options.get(*at).is_some_and(|o| !o.is_empty()))
        .collect();
    let count = rows
        .iter()
        .try_fold(1usize, |n, at| n.checked_mul(options.get(*at)?.len()))?;
    if count > MAX_COMBINATIONS || totals.is_empty() {
        return None;
    }
    let points = |at: usize, k: usize| -> Option<Decimal> {
        match pieces.get(at)? {
            Piece::Row(row) => number(&row.readings.get(k)?.points),
            _ => None,
        }
    };
    let mut found: Option<Picked> = None;
    for n in 0..count {
        let mut rest = n;
        let mut pick = std::collections::HashMap::new();
        let mut sum = funds_points.unwrap_or_default();
        for at in &rows {
            let ks = options.get(*at)?;
            let k = *ks.get(rest % ks.len())?;
            rest /= ks.len();
            sum = sum.checked_add(points(*at, k)?)?;
            pick.insert(*at, k);
        }
        let Some(total) = totals
            .iter()
            .find(|t| t.first().and_then(|p| number(p)) == Some(sum))
        else {
            continue;
        };
        if found.is_some() {
            return None;
        }
        found = Some((pick, total.clone()));
    }
    found
}
