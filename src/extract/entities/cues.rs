//! What the words right around a name say it is: a cue before it (`la società`, `il
//! partito`, `il ministro`, or `via`, `stadio` for no entity), perhaps with an
//! adjective of kind and a repeated article, and an apposition after it (`, società
//! di fondi`). Classification and the candidates stage ask these; they look at the
//! words only, never at other candidates.

use super::lists::{Class, CUES_MAP, CUE_EDGES, CUE_WORDS, HEADS_MAP, STOP};
use super::shapes::{adjective, nation, nationality};
use super::tokens::{adjacent, lower, EntityWord, Lower};

/// Stems of adjectives of kind allowed between a company's or a body's cue and its
/// name, with a vowel ending (`la rivista scientifica Nature`, `il gruppo nazionalista
/// X`, `la società marittima X`); sorted for a binary search.
const CUE_ADJECTIVE_STEMS: &[&str] = &[
    "alimentar",
    "ambientalist",
    "animalist",
    "armat",
    "bellic",
    "benefic",
    "calcistic",
    "cattolic",
    "chimic",
    "commercial",
    "comunal",
    "criminal",
    "cultural",
    "ebraic",
    "ecologist",
    "edil",
    "elettric",
    "estremist",
    "giovanil",
    "immobiliar",
    "indipendent",
    "industrial",
    "internazional",
    "islamic",
    "marittim",
    "minerari",
    "mondial",
    "municipal",
    "musical",
    "nazionalist",
    "politic",
    "provincial",
    "religios",
    "satiric",
    "scientific",
    "separatist",
    "sindacal",
    "sportiv",
    "statal",
    "studentesc",
    "terroristic",
    "tessil",
    "umanitari",
];

/// The stems are sorted (`LC_ALL=C`), as the binary search needs.
#[cfg(test)]
pub fn cue_adjective_stems_sorted() -> bool {
    CUE_ADJECTIVE_STEMS.windows(2).all(|w| w[0] < w[1])
}

/// An adjective of kind ([`CUE_ADJECTIVE_STEMS`] and a vowel).
fn cue_adjective(w: &str) -> bool {
    w.strip_suffix(['o', 'a', 'i', 'e'])
        .is_some_and(|stem| CUE_ADJECTIVE_STEMS.binary_search(&stem).is_ok())
}

/// The class that the words right before token `at` give a name (`la società`).
pub fn cue_before(text: &str, toks: &[EntityWord], at: usize) -> Option<Class> {
    let mut words: Vec<Lower<'_>> = Vec::with_capacity(*CUE_WORDS + 1);
    let mut i = at;
    // `il quotidiano ucraino “Vesti”`, `la compagnia "Ignazio Messina"`: a name in
    // quotation marks after a company's or a body's cue.
    let quoted = at > 0 && {
        let gap = &text[toks[at - 1].span.end..toks[at].span.start];
        // (a name, closed soon and with no exclamation: not `il coro "Viva il papa!"`)
        let close = || {
            text[toks[at].span.start..]
                .char_indices()
                .take_while(|&(k, _)| k < 64)
                .find(|&(_, c)| matches!(c, '”' | '"' | '»' | '!' | '?' | '\n'))
                .map(|(_, c)| c)
        };
        matches!(gap, " “" | " \"" | " «" | " «\u{a0}")
            && matches!(close(), Some('”' | '"' | '»'))
            && !STOP.contains(lower(&text[toks[at].span.clone()]).as_str())
    };
    while i > 0 && words.len() < *CUE_WORDS + 1 {
        let (prev, cur) = (&toks[i - 1], &toks[i]);
        if !(adjacent(text, prev, cur) || quoted && i == at) {
            break;
        }
        let word = lower(&text[prev.span.clone()]);
        if prev.cap && !prev.initial && !STOP.contains(word.as_str()) {
            break;
        }
        words.push(word);
        i -= 1;
    }
    // `l'americana Encore Wire`, `la tedesca Varnholt`: a nationality in the feminine,
    // used as a noun after its article, stands for `la società americana` and names a
    // company (a woman's full name stays a person's: see the classification).
    // (not before a body's head, `della statunitense Università Brown`, nor before
    // what may be a woman's name and surname, `la canadese Isabela Onyshko`)
    let name = &text[toks[at].span.clone()];
    let woman = name.ends_with('a')
        && toks
            .get(at + 1)
            .is_some_and(|t| t.cap && adjacent(text, &toks[at], t));
    if words.len() >= 2
        && !toks[at - 1].cap
        && !woman
        && !HEADS_MAP.contains_key(name)
        && nation_as_company(words[0].as_str(), words[1].as_str())
    {
        return Some(Class::Company);
    }
    // (a capitalised word is no adjective: `il giornale Paese Sera`)
    let adjective = |k: usize| {
        words.get(k).is_some_and(|w| {
            !toks[at - 1 - k].cap
                && (adjective(w.as_str()) || nationality(w.as_str()) || cue_adjective(w.as_str()))
        })
    };
    // `l'ente l'Unitre`, `il gruppo editoriale il Mulino`: an article may repeat
    // before the name.
    let article = usize::from(
        words.len() >= 2 && matches!(words[0].as_str(), "il" | "lo" | "la" | "l'" | "l’"),
    );
    // A cue ends with the word next to the name (or next to its adjective): most words
    // end none, and then there is no phrase to build nor adjective to test.
    let (firsts, lasts) = &*CUE_EDGES;
    let ends_cue = |k: usize| words.get(k).is_some_and(|w| lasts.contains(w.as_str()));
    let skip = article + usize::from(ends_cue(article + 1) && adjective(article));
    let mut phrase = String::with_capacity(64);
    // (from the article a phrase never matches: it is skipped or there is none)
    for (k, start) in [skip, article].into_iter().enumerate() {
        if k == 1 && start == skip || !ends_cue(start) {
            continue;
        }
        for n in (1..=words.len().saturating_sub(start)).rev() {
            if !firsts.contains(words[start + n - 1].as_str()) {
                continue;
            }
            phrase.clear();
            for (k, w) in words[start..start + n].iter().rev().enumerate() {
                if k > 0 {
                    phrase.push(' ');
                }
                phrase.push_str(w.as_str());
            }
            // (a person's cue takes no article before the name: `italiano il BLUE NOTE`)
            // (a brand in quotation marks is a product's: `il marchio "Libertà"`)
            if let Some(c) = CUES_MAP.get(phrase.as_str()).filter(|c| {
                (start < article || article == 0) && !quoted
                    || matches!(c, Class::Company | Class::Organization)
                        && !(quoted && matches!(phrase.as_str(), "marchio" | "brand"))
            }) {
                // `il gruppo nazionalista X`: the cue with its adjective, if listed, says more.
                if start == skip && skip > article {
                    phrase.push(' ');
                    phrase.push_str(words[article].as_str());
                    if let Some(&more) = CUES_MAP.get(phrase.as_str()) {
                        return Some(more);
                    }
                }
                return Some(*c);
            }
        }
    }
    None
}

/// Feminine articles, plain and joined to a preposition, before a nationality used
/// as a noun (`la tedesca`, `dalla francese`).
const FEMININE_ARTICLES: &[&str] = &["alla", "dalla", "della", "la", "nella", "sulla"];

/// Elided articles, before a nationality in `-a` used as a noun (`l'americana`).
const ELIDED_ARTICLES: &[&str] = &[
    "all'", "all’", "dall'", "dall’", "dell'", "dell’", "l'", "l’", "nell'", "nell’", "sull'",
    "sull’",
];

/// `nationality` after `article` is a feminine nationality used as a noun, a
/// company's stand-in: `l'americana`, `la tedesca`, `della cinese` (not `l'americano`,
/// a man, nor `l'inglese`, either).
fn nation_as_company(nationality: &str, article: &str) -> bool {
    nation(nationality)
        && (nationality.ends_with('a') && ELIDED_ARTICLES.contains(&article)
            || (nationality.ends_with('a') || nationality.ends_with('e'))
                && FEMININE_ARTICLES.contains(&article))
}

/// Nouns that open an apposition naming a company or a body (`, società di ...`).
const APPOSITION: &[&str] = &[
    "agenzia",
    "associazione",
    "azienda",
    "banca",
    "casa",
    "catena",
    "colosso",
    "compagnia",
    "consorzio",
    "cooperativa",
    "federazione",
    "fondazione",
    "gruppo",
    "holding",
    "impresa",
    "istituto",
    "movimento",
    "multinazionale",
    "ong",
    "onlus",
    "organizzazione",
    "partito",
    "sindacato",
    "società",
    "startup",
];

/// Words that may follow the cue of an apposition (`società di fondi`, `azienda che
/// produce`, `gruppo attivo nel`), unlike a new clause (`secondo Rossi, la società
/// ha ...`).
const APPOSITION_NEXT: &[&str] = &[
    "attiva",
    "attivo",
    "che",
    "con",
    "controllata",
    "controllato",
    "dei",
    "del",
    "della",
    "delle",
    "dell'",
    "dell’",
    "degli",
    "di",
    "fondata",
    "fondato",
    "leader",
    "nata",
    "nato",
    "quotata",
    "quotato",
    "specializzata",
    "specializzato",
    "per",
];

/// The class that an apposition right after a name gives it: `, società di fondi`,
/// `, un'azienda inglese di`, ` (gruppo che ...`, ` – l'organizzazione che ...`. Only a bare or indefinite cue,
/// followed by what describes it: `, la società ha` opens a new clause.
pub fn cue_after(after: &str) -> Option<Class> {
    // `Ansar Eddine – l'organizzazione islamica che ...`: after a dash the apposition
    // may take the definite article.
    let dashed = [" – ", " — ", " - "]
        .iter()
        .find_map(|d| after.strip_prefix(d));
    let rest = match dashed {
        Some(r) => ["l'", "l’", "la ", "il ", "lo "]
            .iter()
            .find_map(|a| r.strip_prefix(a))
            .unwrap_or(r),
        None => after
            .strip_prefix(", ")
            .or_else(|| after.strip_prefix(" ("))?,
    };
    let rest = ["un'", "un’", "una ", "un ", "uno "]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
    let mut words = rest.splitn(5, ' ');
    let first = words.next()?;
    if !APPOSITION.contains(&first) {
        return None;
    }
    let following: Vec<&str> = words.take(3).collect();
    // The longest cue (`gruppo terroristico`, `casa editrice`), then a word that
    // describes (`di`, `che`, an adjective) or the end of the apposition.
    let mut phrase = String::with_capacity(48);
    for n in (0..=following.len().min(2)).rev() {
        phrase.clear();
        phrase.push_str(first);
        for w in &following[..n] {
            phrase.push(' ');
            phrase.push_str(w.trim_end_matches([',', ')']));
        }
        let Some(&c) = CUES_MAP.get(phrase.as_str()) else {
            continue;
        };
        if !matches!(c, Class::Company | Class::Organization) {
            return None;
        }
        let last = if n == 0 { first } else { following[n - 1] };
        let closed = last.ends_with([',', ')']);
        let described = following.get(n).is_some_and(|w| {
            let w = w.trim_end_matches([',', ')']);
            APPOSITION_NEXT.contains(&w) || w.starts_with("dell") || adjective(w) || nationality(w)
        });
        // `Valcorsa (gruppo Ferrovelli)`: the group it belongs to, named and closed
        let group = c == Class::Company
            && after.starts_with(" (")
            && following.get(n).is_some_and(|w| {
                w.starts_with(char::is_uppercase) && w.ends_with(')') && w.len() > 2
            });
        return (closed || described || group).then_some(c);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entities::marked::check;

    /// An apposition after a name: a bare or indefinite cue, then what describes it.
    #[test]
    fn appositions_after_a_name() {
        let cases: &[(&str, Option<Class>)] = &[
            (", società di fondi", Some(Class::Company)),
            (", un'azienda inglese di tessuti", Some(Class::Company)),
            (" (gruppo che produce vetro)", Some(Class::Company)),
            (" – l'organizzazione che", Some(Class::Organization)),
            // twins: a new clause, a definite cue after a comma
            (", la società ha chiuso", None),
            (", società", None),
            (" e la società", None),
        ];
        for (after, want) in cases {
            assert_eq!(cue_after(after), *want, "{after:?}");
        }
    }

    /// A cue right before a name, with an adjective of kind or a repeated article.
    #[test]
    fn cues_before_a_name() {
        check(&[
            "Il sindacato [#Unitas Lavoro] ha protestato.",
            "Ieri Unitas Lavoro ha protestato.",
            "Il sindaco [@Bruni] ha incontrato la [Brontelli Servizi S.p.A.=Brontelli Servizi] ieri.",
        ]);
    }

    /// A feminine nationality used as a noun after its article (`l'americana`, `la
    /// tedesca`) names a company, as `la società` does; each with its twin.
    #[test]
    fn nationality_as_a_company() {
        check(&[
            "Il gruppo ha comprato l'americana [Corvane Wire] per 4 miliardi.",
            "La tedesca [Varnholt] ha chiuso il bilancio in utile.",
            "Lo dice il bilancio della francese [Pellimont].",
            // a man (`l'americano`), a body's head, a woman's name and surname
            "L'americano [@Tellmann] ha parlato ieri.",
            "Uno studio della statunitense [#Università Brentwood] conferma.",
            "Ieri la canadese [@Marisa Onteli] ha vinto.",
            // a nationality with no article is an adjective
            "Ieri Corvane Wire americana ha parlato.",
        ]);
    }

    /// A noun of corporate relation (`la controllante`, `la consociata`, `la
    /// partecipata`) names a company, as `la società` does; its twins say the same
    /// words of no name. (`capogruppo` stays a person's cue: `il capogruppo alla Camera`.)
    #[test]
    fn corporate_relations_as_cues() {
        check(&[
            "Il debito è passato alla controllante [Vettani] ieri.",
            "Il debito è passato alla sua controllante [Vettani] ieri.",
            "Lo ha deciso la consociata [Brontelli] in assemblea.",
            "Ha venduto la partecipata [Ostrami] per 10 milioni.",
            "Le controllate hanno chiuso. Il prestito va alla controllata [Ostrami].",
            // twins: the noun alone, and a capitalised word that opens a sentence
            "Il debito è passato alla controllante ieri.",
            "La capogruppo ha deciso. Ieri è passato tutto.",
        ]);
    }

    #[test]
    fn adjective_stems_sorted() {
        assert!(cue_adjective_stems_sorted());
        assert!(cue_adjective("scientifica") && !cue_adjective("scientific"));
    }
}
