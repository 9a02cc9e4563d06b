//! Word shapes that say what a lower-case word is: adjectives of nationality or kind by
//! their stems and endings, and legal suffixes. Each was a regular expression; written
//! out as stems and endings they cost no compilation at start-up and a few comparisons a
//! word. The tests check each against the expression it replaces.

/// The number of characters of `w` when all are small letters (`a`-`z`, `à`-`ù`), else
/// `None`.
fn small_letters(w: &str) -> Option<usize> {
    let mut n = 0;
    for c in w.chars() {
        if !matches!(c, 'a'..='z' | 'à'..='ù') {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// True when `w` is small letters, `at_least` of them before one of `endings`.
fn ends_after(w: &str, at_least: usize, endings: &[&str]) -> bool {
    small_letters(w).is_some_and(|n| {
        endings
            .iter()
            .any(|e| w.ends_with(e) && n - e.len() >= at_least)
    })
}

/// True when `w` is one of `stems` (sorted) followed by one of the vowels `ends`.
fn stem_and_vowel(w: &str, stems: &[&str], ends: &[u8]) -> bool {
    match w.as_bytes().last() {
        Some(last) if ends.contains(last) => stems.binary_search(&&w[..w.len() - 1]).is_ok(),
        _ => false,
    }
}

/// Stems of nationalities (`italian-`, `tedesc-`) that end an institutional name.
const NATION_STEMS: &[&str] = &[
    "afghan",
    "albanes",
    "algerin",
    "american",
    "argentin",
    "armen",
    "australian",
    "austriac",
    "belg",
    "bielorus",
    "bolivian",
    "brasilian",
    "britannic",
    "bulgar",
    "canades",
    "cec",
    "cilen",
    "cines",
    "colombian",
    "corean",
    "croat",
    "cuban",
    "danes",
    "egizian",
    "estoni",
    "etiop",
    "filippin",
    "finlandes",
    "frances",
    "georgian",
    "giappones",
    "giordan",
    "grec",
    "indian",
    "indones",
    "ingles",
    "irachen",
    "iranian",
    "irlandes",
    "islandes",
    "israelian",
    "italian",
    "kenyot",
    "leton",
    "libanes",
    "libic",
    "lituan",
    "marocchin",
    "messican",
    "nigerian",
    "nordcorean",
    "norveges",
    "oland",
    "pakistan",
    "palestines",
    "peruvian",
    "polacc",
    "portoghes",
    "rumen",
    "russ",
    "saudit",
    "scozzes",
    "serb",
    "sirian",
    "slovacc",
    "sloven",
    "somal",
    "spagnol",
    "statunitens",
    "sudafrican",
    "sudanes",
    "sudcorean",
    "svedes",
    "svizzer",
    "tedesc",
    "thailandes",
    "tunisin",
    "turc",
    "ucrain",
    "ungheres",
    "venezuelan",
    "vietnamit",
];

/// Nationality adjectives that end an institutional name (`Parlamento egiziano`,
/// `Chiesa ortodossa russa`, `Esercito italiano`): a stem of [`NATION_STEMS`] and `o`,
/// `a`, `i`, `e`, `hi`, `he`, `ese` or `esi`.
pub fn nation(w: &str) -> bool {
    let stem = |k: usize| w.len().checked_sub(k).and_then(|n| w.get(..n));
    let is_stem = |s: Option<&str>| s.is_some_and(|s| NATION_STEMS.binary_search(&s).is_ok());
    let b = w.as_bytes();
    match b.last() {
        Some(b'o' | b'a' | b'i' | b'e') => {
            is_stem(stem(1))
                || b.len() >= 2
                    && b[b.len() - 2] == b'h'
                    && matches!(b[b.len() - 1], b'i' | b'e')
                    && is_stem(stem(2))
                || (w.ends_with("ese") || w.ends_with("esi")) && is_stem(stem(3))
        }
        _ => false,
    }
}

/// Lower-case adjectives that go on an institutional name (`Aeronautica militare`,
/// `Tribunale supremo elettorale`, `Chiesa ortodossa`): three small letters or more and
/// an ending of adjective; nationalities do not count.
pub fn institutional_adjective(w: &str) -> bool {
    ends_after(
        w,
        3,
        &[
            "ale", "ali", "are", "ari", "ile", "ili", "ico", "ica", "ici", "ich", "icoe", "icae",
            "icie", "iche", "ichi", "ario", "aria", "orio", "oria", "emo", "ema", "ossa", "osso",
        ],
    )
}

/// Endings of nationality adjectives (`kazako`, `messinese`, `siciliano`) after three
/// small letters or more, skipped between a cue and its name like [`adjective`].
pub fn nationality(w: &str) -> bool {
    ends_after(
        w,
        3,
        &[
            "ese", "esi", "ano", "ana", "ani", "ane", "ino", "ina", "ini", "ine", "ense", "ensi",
            "ako", "aka", "aki", "ake", "aco", "aca", "aci", "ace",
        ],
    )
}

/// Stems of [`adjective`] that take `o`, `a`, `i` or `e`.
const ADJECTIVE_STEMS: &[&str] = &[
    "aere",
    "american",
    "arab",
    "argentin",
    "assicurativ",
    "australian",
    "automobilistic",
    "bancari",
    "belg",
    "brasilian",
    "controllat",
    "corean",
    "emiratin",
    "energetic",
    "europe",
    "farmaceutic",
    "ferroviari",
    "finanziari",
    "indian",
    "informatic",
    "iranian",
    "israelian",
    "italian",
    "messican",
    "nuov",
    "partecipat",
    "petrolifer",
    "piccol",
    "privat",
    "pubblic",
    "russ",
    "saudit",
    "spagnol",
    "stess",
    "sudcorean",
    "svizzer",
    "tecnologic",
    "telefonic",
    "ucrain",
];

/// Stems of [`adjective`] in `-c` that take one or more of `o`, `a`, `h`, `i`, `e`
/// (`tedesco`, `tedeschi`).
const ADJECTIVE_C_STEMS: &[&str] = &["austriac", "britannic", "grec", "polacc", "tedesc", "turc"];

/// Stems of [`adjective`] that take `e` or `i`.
const ADJECTIVE_EI_STEMS: &[&str] = &[
    "canades",
    "digital",
    "editorial",
    "local",
    "nazional",
    "regional",
    "rival",
    "statunitens",
];

/// Nationality and similar adjectives allowed between a cue and its name (`la società
/// americana Microsoft`): small letters then `ese`/`esi`, a listed adjective, `grande`
/// or `online`.
pub fn adjective(w: &str) -> bool {
    ends_after(w, 1, &["ese", "esi"])
        || stem_and_vowel(w, ADJECTIVE_STEMS, b"oaie")
        || stem_and_vowel(w, ADJECTIVE_EI_STEMS, b"ei")
        || {
            let stem = w.trim_end_matches(['o', 'a', 'h', 'i', 'e']);
            stem.len() < w.len() && ADJECTIVE_C_STEMS.binary_search(&stem).is_ok()
        }
        || matches!(w, "grande" | "online")
}

/// Legal suffixes (`S.p.A`, `Inc`), matched on one word.
pub fn legal_suffix(w: &str) -> bool {
    matches!(
        w,
        "S.p.A"
            | "S.pA"
            | "Sp.A"
            | "SpA"
            | "S.P.A"
            | "SPA"
            | "Spa"
            | "spa"
            | "S.r.l"
            | "S.rl"
            | "Sr.l"
            | "Srl"
            | "SRL"
            | "srl"
            | "s.r.l"
            | "s.p.a"
            | "S.a.s"
            | "Snc"
            | "Inc"
            | "Corp"
            | "Co"
            | "Ltd"
            | "LTD"
            | "Llc"
            | "LLC"
            | "GmbH"
            | "AG"
            | "SA"
            | "S.A"
            | "NV"
            | "N.V"
            | "BV"
            | "B.V"
            | "plc"
            | "Plc"
            | "PLC"
            | "SE"
            | "AB"
            | "ASA"
            | "Oyj"
            | "KGaA"
            | "Sarl"
            | "SAS"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// A matcher's name, the matcher, and the expression it replaced.
    type Case = (&'static str, fn(&str) -> bool, Regex);

    /// The expressions the functions replace, as they were.
    fn expressions() -> Vec<Case> {
        vec![
            ("nation", nation as fn(&str) -> bool, Regex::new(r"^(?:afghan|albanes|algerin|american|argentin|armen|australian|austriac|belg|bielorus|bolivian|brasilian|britannic|bulgar|canades|cec|cilen|cines|colombian|corean|croat|cuban|danes|egizian|estoni|etiop|filippin|finlandes|frances|georgian|giappones|giordan|grec|indian|indones|ingles|iranian|irachen|irlandes|islandes|israelian|italian|kenyot|leton|libanes|libic|lituan|marocchin|messican|nigerian|nordcorean|norveges|oland|pakistan|palestines|peruvian|polacc|portoghes|rumen|russ|saudit|scozzes|serb|sirian|slovacc|sloven|somal|spagnol|statunitens|sudafrican|sudcorean|sudanes|svedes|svizzer|tedesc|thailandes|tunisin|turc|ucrain|ungheres|venezuelan|vietnamit)(?:o|a|i|e|hi|he|es[ei])$").unwrap()),
            ("institutional_adjective", institutional_adjective, Regex::new(r"^[a-zà-ù]{3,}(?:al[ei]|ar[ei]|il[ei]|ic[oaih]e?|ichi|ari[oa]|ori[oa]|emo|ema|ossa|osso)$").unwrap()),
            ("nationality", nationality, Regex::new(r"^[a-zà-ù]{3,}(?:es[ei]|an[oaie]|in[oaie]|ens[ei]|ak[oaie]|ac[oaie])$").unwrap()),
            ("adjective", adjective, Regex::new(r"^(?:[a-zà-ù]+es[ei]|american[oaie]|statunitens[ei]|italian[oaie]|tedesc[oahie]+|britannic[oahie]+|russ[oaie]|spagnol[oaie]|svizzer[oaie]|indian[oaie]|canades[ei]|australian[oaie]|brasilian[oaie]|europe[oaie]|israelian[oaie]|turc[oahie]+|arab[oaie]|saudit[oaie]|iranian[oaie]|ucrain[oaie]|polacc[oahie]+|austriac[oahie]+|belg[oaie]|grec[oahie]+|messican[oaie]|argentin[oaie]|sudcorean[oaie]|corean[oaie]|emiratin[oaie]|nuov[oaie]|grande|piccol[oaie]|stess[oaie]|rival[ei]|controllat[oaie]|partecipat[oaie]|pubblic[oaie]|privat[oaie]|nazional[ei]|regional[ei]|local[ei]|automobilistic[oaie]|aere[oaie]|petrolifer[oaie]|energetic[oaie]|farmaceutic[oaie]|tecnologic[oaie]|informatic[oaie]|editorial[ei]|finanziari[oaie]|bancari[oaie]|assicurativ[oaie]|telefonic[oaie]|ferroviari[oaie]|digital[ei]|online)$").unwrap()),
            ("legal_suffix", legal_suffix, Regex::new(r"^(?:S\.?p\.?A|S\.P\.A|SPA|Spa|spa|S\.?r\.?l|SRL|Srl|srl|s\.r\.l|s\.p\.a|S\.a\.s|Snc|Inc|Corp|Co|Ltd|LTD|Llc|LLC|GmbH|AG|SA|S\.A|NV|N\.V|BV|B\.V|plc|Plc|PLC|SE|AB|ASA|Oyj|KGaA|Sarl|SAS)$").unwrap()),
        ]
    }

    #[test]
    fn stems_are_sorted() {
        for stems in [
            NATION_STEMS,
            ADJECTIVE_STEMS,
            ADJECTIVE_C_STEMS,
            ADJECTIVE_EI_STEMS,
        ] {
            assert!(stems.windows(2).all(|w| w[0] < w[1]), "{stems:?}");
        }
    }

    /// Every word of the corpora, its lower case, and every stem or word with each
    /// ending: the functions agree with their expressions on all.
    #[test]
    fn agree_with_their_expressions() {
        let mut words: Vec<String> = Vec::new();
        for file in [
            "corpora/news/dev_texts.jsonl",
            "corpora/bench/kind_wn_train_texts.jsonl",
        ] {
            let Ok(text) = std::fs::read_to_string(file) else {
                continue;
            };
            for w in text.split(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'') {
                words.push(w.to_string());
                words.push(w.to_lowercase());
            }
        }
        let stems = NATION_STEMS
            .iter()
            .chain(ADJECTIVE_STEMS)
            .chain(ADJECTIVE_C_STEMS)
            .chain(ADJECTIVE_EI_STEMS)
            .chain(&[
                "ab", "abc", "xyzw", "à", "ùùù", "÷÷÷", "grand", "onlin", "", "S.p", "S.r",
            ]);
        let endings = [
            "", "o", "a", "i", "e", "h", "hi", "he", "ese", "esi", "ens", "ensi", "ense", "ale",
            "ich", "iche", "icoe", "ichi", "oria", "osso", "ano", "ako", "ace", "hhie", "oo", "eh",
            "A", ".A", "pA", "l", "x",
        ];
        for s in stems {
            for e in endings {
                words.push(format!("{s}{e}"));
                for f in endings {
                    words.push(format!("{s}{e}{f}"));
                }
            }
        }
        words.extend(
            [
                "S.p.A", "SpA", "Sp.A", "S.pA", "Srl", "S.rl", "N.V", "Co", "Corp.",
            ]
            .map(String::from),
        );
        assert!(words.len() > 10_000);
        for (name, f, re) in expressions() {
            for w in &words {
                assert_eq!(f(w), re.is_match(w), "{name}({w:?})");
            }
        }
    }
}
