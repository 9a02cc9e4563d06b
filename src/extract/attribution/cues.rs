//! Reporting cues: verb forms and multi-word phrases of `data/reporting_verbs.tsv`,
//! with compound tenses (`ha poi aggiunto`) and a guard for noun look-alikes.

use super::tokens::{Lower, SentenceToken};
use crate::lexicon::{entries, ReportingVerb, REPORTING};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

static AUXILIARIES: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| entries(crate::lexicon::QUOTE_AUXILIARIES).collect());
static ADVERBS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| entries(crate::lexicon::QUOTE_ADVERBS).collect());

struct Table {
    single: FxHashMap<&'static str, &'static ReportingVerb>,
    multi: FxHashMap<&'static str, Vec<(Vec<&'static str>, &'static ReportingVerb)>>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut single = FxHashMap::default();
    let mut multi: FxHashMap<&'static str, Vec<(Vec<&'static str>, &'static ReportingVerb)>> =
        FxHashMap::default();
    for v in REPORTING.iter() {
        let words: Vec<&'static str> = v
            .form
            .split([' ', '\''])
            .filter(|w| !w.is_empty())
            .collect();
        if words.len() == 1 {
            single.entry(words[0]).or_insert(v);
        } else {
            multi.entry(words[0]).or_default().push((words, v));
        }
    }
    for list in multi.values_mut() {
        list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    }
    Table { single, multi }
});

/// True when `got` is an articulated form of the preposition `want` (`di` → `della`).
fn articulated(want: &str, got: &str) -> bool {
    let stem = match want {
        "di" => "de",
        "a" => "a",
        "da" => "da",
        _ => return false,
    };
    got.len() > stem.len()
        && got.len() <= stem.len() + 3
        && got.starts_with(stem)
        && matches!(
            &got[stem.len()..],
            "l" | "lla" | "llo" | "ll" | "i" | "gli" | "lle" | "l'"
        )
        || want == "a" && matches!(got, "al" | "alla" | "allo" | "all" | "ai" | "agli" | "alle")
}

/// A reporting cue found in a token window.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cue {
    /// First token of the cue (the auxiliary of a compound tense).
    pub first: usize,
    /// Token after the cue.
    pub end: usize,
    /// The lexicon entry.
    pub verb: &'static ReportingVerb,
}

impl Cue {
    /// True for the prepositional cues whose speaker follows (`secondo X`).
    pub fn is_prep(&self) -> bool {
        self.verb.class == "prep"
    }

    /// True for cues that only say where it was said (`in un video`).
    pub fn is_medium(&self) -> bool {
        self.verb.class == "medium" || self.verb.class == "anonymous"
    }
}

fn lower<'t>(text: &'t str, t: &SentenceToken) -> Lower<'t> {
    t.lower(text)
}

/// The cue that ends at or starts at token `i`, if the token is part of one.
pub(crate) fn cue_at(text: &str, toks: &[SentenceToken], i: usize) -> Option<Cue> {
    let t = toks.get(i)?;
    // (the class bits say whether the word opens any form of the table, and whether
    // the next word may go on with one: a second word, or an articulated preposition)
    use crate::lexicon::word_class::{ARTICULATED, REPORTING, REPORTING_ALONE, REPORTING_NEXT};
    if !t.word || !t.may_be(REPORTING) {
        return None;
    }
    let w = lower(text, t);
    let table = &*TABLE;
    let next_goes_on = toks
        .get(i + 1)
        .is_some_and(|n| n.may_be(REPORTING_NEXT | ARTICULATED));
    if let Some(list) = table.multi.get(w.as_ref()).filter(|_| next_goes_on) {
        for (words, v) in list {
            let ok = words.iter().enumerate().all(|(k, want)| {
                toks.get(i + k).is_some_and(|x| {
                    x.word && {
                        let got = x.lower(text);
                        got == *want || k + 1 == words.len() && articulated(want, &got)
                    }
                })
            });
            if ok {
                return Some(Cue {
                    first: i,
                    end: i + words.len(),
                    verb: v,
                });
            }
        }
    }
    if !t.may_be(REPORTING_ALONE) {
        return None;
    }
    let v = *table.single.get(w.as_ref())?;
    if v.slot == "INF" {
        return None;
    }
    if v.slot.starts_with("PP_") {
        // a participle needs an auxiliary: ha (poi) detto, si è detta, aveva dichiarato
        let mut k = i;
        let mut steps = 0;
        while k > 0 && steps < 3 {
            k -= 1;
            steps += 1;
            let p = &toks[k];
            if !p.word {
                return None;
            }
            let pw = lower(text, p);
            if AUXILIARIES.contains(pw.as_ref()) {
                let first = if k > 0 && toks[k - 1].word && lower(text, &toks[k - 1]) == "si" {
                    k - 1
                } else {
                    k
                };
                return Some(Cue {
                    first,
                    end: i + 1,
                    verb: v,
                });
            }
            if !ADVERBS.contains(pw.as_ref()) {
                return None;
            }
        }
        return None;
    }
    if v.ambiguous {
        // a noun look-alike (nota, accusa, replica) after a determiner is a noun
        if i > 0 && toks[i - 1].word {
            let p = lower(text, &toks[i - 1]);
            if super::words::DETERMINERS.contains(&p.as_ref())
                || super::words::PREPOSITIONS.contains(&p.as_ref())
                || p == "questa"
                || p == "sua"
            {
                return None;
            }
        }
        if v.form == "per" || v.form == "così" || v.form == "legge" || v.form == "firmato" {
            return None;
        }
    }
    Some(Cue {
        first: i,
        end: i + 1,
        verb: v,
    })
}

/// True when the lower-case word is a reporting verb form or a gerund (`Parlando`),
/// so a capitalised sentence opener that is one is not a name.
pub(crate) fn is_verb_form(word: &str) -> bool {
    TABLE.single.get(word).is_some_and(|v| !v.ambiguous)
        || word.ends_with("ando")
        || word.ends_with("endo")
}

/// True when the lower-case word is an auxiliary of a compound tense (`ha`, `è`).
pub(crate) fn is_auxiliary(word: &str) -> bool {
    AUXILIARIES.contains(word)
}

/// True when the lower-case word may stand next to a cue without breaking it.
pub(crate) fn is_adverb(word: &str) -> bool {
    ADVERBS.contains(word)
        || AUXILIARIES.contains(word)
        || matches!(word, "si" | "lo" | "gli" | "le" | "ci")
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn cue(s: &str) -> Option<String> {
        let toks = tokenize(s, 0, s.len());
        (0..toks.len())
            .find_map(|i| cue_at(s, &toks, i))
            .map(|c| s[toks[c.first].start..toks[c.end - 1].end].to_string())
    }

    #[test]
    fn compound_tenses_and_phrases() {
        assert_eq!(
            cue("«sì», ha poi aggiunto Rossi").as_deref(),
            Some("ha poi aggiunto")
        );
        assert_eq!(
            cue("La Russia si è invece detta").as_deref(),
            Some("si è invece detta")
        );
        assert_eq!(
            cue("Lo riporta l’agenzia Bloomberg").as_deref(),
            Some("Lo riporta")
        );
        assert_eq!(cue("E lo stesso Nadella dice").as_deref(), Some("dice"));
        assert_eq!(cue("a dirlo è il ministro").as_deref(), Some("a dirlo è"));
    }

    #[test]
    fn noun_look_alikes_need_support() {
        assert_eq!(cue("In una nota la società"), Some("In una nota".into()));
        assert_eq!(cue("la nota di ieri"), None);
        assert_eq!(cue("il detto popolare"), None);
    }
}
