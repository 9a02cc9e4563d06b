//! Sports reports: places that stand for teams (`la Svezia`, `Italia - Croazia`),
//! players in line-ups and among scorers, clubs named after a nationality (`i croati
//! del Mladost`). Each rule asks [`Topic::sports`] before it changes anything.

pub mod lineup;
pub mod teams;

use crate::extract::entities::candidate::Candidate;
use crate::extract::entities::domains::topic::Topic;
use crate::extract::entities::gazetteer::Hit;
use crate::extract::entities::tokens::EntityWord;
use std::ops::Range;

/// The line-up marks of every unit ([`lineup::number_marks`]), read before the units
/// one by one: a line-up broken over short lines is read with its neighbours.
pub fn marks(text: &str, units: &[Range<usize>]) -> Vec<(usize, usize)> {
    units
        .iter()
        .map(|u| lineup::number_marks(&text[u.clone()]))
        .collect()
}

/// The sports recognisers over unit `u` (its tokens `toks`, its listed names
/// `hits`), after classification: players, scorers and clubs, over the candidates
/// of the unit (`cands[from..]`).
#[allow(clippy::too_many_arguments)]
pub fn unit(
    text: &str,
    units: &[Range<usize>],
    u: usize,
    marks: &[(usize, usize)],
    toks: &[EntityWord],
    hits: &[Hit],
    from: usize,
    topic: &Topic<'_>,
    cands: &mut Vec<Candidate>,
) {
    let unit = &units[u];
    // A line-up broken over short lines (`Canna (70` / `Allan), Bronzini (70`) is
    // read with the lines around it.
    let near = if unit.len() < 80 {
        let (a, b) = (u.saturating_sub(4), (u + 4).min(units.len() - 1));
        marks[a..=b]
            .iter()
            .fold((0, 0), |(s, k), m| (s + m.0, k + m.1))
    } else {
        marks[u]
    };
    lineup::players(text, unit, near, hits, from, topic, cands);
    lineup::scorers(text, unit, hits, from, topic, cands);
    teams::clubs(text, toks, hits, from, topic, cands);
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::marked::check;

    /// Teams in a match and players in a line-up, only in a sports article.
    #[test]
    fn teams_and_line_ups() {
        check(&[
            "La [#Svezia] ha battuto la [#Norvegia] 3-1 nella partita del torneo, allo stadio davanti ai tifosi della squadra.",
            "La Svezia ha firmato un accordo con la Norvegia sul gas.",
            "[#Italia]: [@Bruni] 6, [@Dalmasso] 7, [@Ferretti] 6, [@Garbin] 5; allenatore: [@Rossi]. La squadra ha giocato allo stadio davanti ai tifosi nel torneo.",
            "Bruni 6, Dalmasso 7, Ferretti 6, Garbin 5 sono i voti della prova.",
        ]);
    }
}
