//! The clause layer: who did what to whom in one sentence, read by hand from its
//! tokens, fast and without a model.
//!
//! [`read`] takes a sentence as [`Token`]s (words in lower case, punctuation, and
//! names and amounts already recognised, each one token) and returns its
//! [`VerbGroup`]s and [`Phrase`]s:
//! - a verb group is a run `[non] [si] [auxiliaries, modals] verb` with the class
//!   of its verb (`verbs::VerbClass`: reporting, buying, selling, investing, ...), its
//!   tense and mood, its polarity, its modality and its voice. Modality comes from
//!   the group itself (`potrebbe acquistare`: possible; `si sarebbe impegnata`, a
//!   compound conditional: reported; `acquisterebbe`, a simple conditional:
//!   possible) and from a verb that governs it (`valuta di acquistare`: considered;
//!   `smentisce di aver acquistato`: denied; `non ha escluso di cedere`: possible).
//! - a phrase is a run of words around a head (a name, an amount or a noun) with the
//!   preposition that opens it, and its role for the verb next to it: the subject
//!   before the verb, the object after it, `da` the agent of a passive or the source
//!   of a purchase, `da parte di` the agent, `a`/`ad` the recipient, `per` + money
//!   the price, `in` the target, `con` and `tra` the partners. Names joined by `e`
//!   or commas are one phrase with several members; an apposition between commas
//!   after a name (`Alfa, il gruppo torinese, ha ...`) is marked as such and the
//!   name stays the subject.
//!
//! Deals read their frames from it (`extract::deals`); quotes and sources can ask it
//! for reporting verbs and their subjects.

pub mod verbs;

use crate::lexicon::{concat, function_words as fw};
use verbs::{form, helper, Helper};
pub use verbs::{Mood, Tense, VerbClass};

/// What a token is, for the clause reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A word (its lower-case form in [`Token::lower`]).
    Word,
    /// A punctuation mark.
    Punct,
    /// A name recognised upstream (a company, an organization, a person), or a
    /// capitalised word the caller offers as one.
    Name,
    /// A money amount.
    Money,
    /// A percentage.
    Percent,
}

/// One token of the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// Lower-case text of a word or punctuation (elision written `'`); anything for
    /// names and amounts.
    pub lower: &'a str,
    /// What it is.
    pub shape: Shape,
}

/// Yes or no.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Polarity {
    /// The clause says it happens.
    Affirmed,
    /// `non`, `mai`, `né` in the group.
    Negated,
}

/// How sure the clause is that the action happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modality {
    /// A fact (or an announced future: `rileverà`).
    Asserted,
    /// The journalist's reporting conditional, a compound conditional
    /// (`si sarebbe impegnata`, `avrebbe acquistato`): reported as done.
    Reported,
    /// `potrebbe`, `dovrebbe`, a simple conditional (`acquisterebbe`), a subjunctive
    /// after `se`: possible only.
    Possible,
    /// `vuole`, `intende`, `punta a`: wanted, not done.
    Intended,
    /// Governed by `valuta`, `studia`, `ipotizza`, `tratta`: under study.
    Considered,
    /// Governed by `tenta`, `prova`, `cerca`: attempted.
    Attempted,
    /// Governed by `smentisce`, `nega`, `esclude`, `respinge`: denied.
    Denied,
}

impl Modality {
    /// True for what a news report states as done, agreed or announced.
    pub fn is_factual(self) -> bool {
        matches!(self, Modality::Asserted | Modality::Reported)
    }
}

/// A verb with its auxiliaries, modals, negation and clitic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbGroup {
    /// First token (the negation or auxiliary when there is one).
    pub start: usize,
    /// Token after the last.
    pub end: usize,
    /// The lexical verb's token.
    pub head: usize,
    /// The class of the lexical verb.
    pub class: VerbClass,
    /// Tense of the group (`ha acquistato`: past; `avrà acquistato`: future).
    pub tense: Tense,
    /// Mood of the group (its first finite form).
    pub mood: Mood,
    /// `non`, `mai`.
    pub polarity: Polarity,
    /// How sure.
    pub modality: Modality,
    /// `è stata acquistata`, `viene ceduta`.
    pub passive: bool,
    /// `si impegna`, `si aggiudica`.
    pub reflexive: bool,
    /// The group that governs this one (`valuta [di acquistare]`), index into the
    /// clause's verb groups.
    pub governor: Option<usize>,
}

/// The role of a phrase for its verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Before the verb, no preposition.
    Subject,
    /// After the verb, no preposition.
    Object,
    /// `da` after a passive, or `da parte di`.
    Agent,
    /// `da` after an active verb: whom it is bought from.
    Source,
    /// `a`, `ad`, `al`...: who receives.
    Recipient,
    /// `per` + money: the price.
    Price,
    /// `in`, `nel`, `su`...: what is invested in.
    Target,
    /// `con`, `tra`, `fra`: the partners.
    Partner,
    /// `di` + phrase: a complement of the phrase before it.
    Complement,
    /// A phrase between commas after a name that describes it.
    Apposition,
    /// Anything else (`per` without money, time, place).
    Other,
}

/// A noun phrase: a head with its determiners, modifiers and preposition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// First token (the preposition, if any).
    pub start: usize,
    /// Token after the last.
    pub end: usize,
    /// The head: the first name or amount, else the first content word.
    pub head: usize,
    /// Every name or amount in it (`Microsoft e Nvidia`: two).
    pub members: Vec<usize>,
    /// The preposition's token, if any.
    pub preposition: Option<usize>,
    /// Its role for [`Phrase::verb`].
    pub role: Role,
    /// The verb group it belongs to (index), if any.
    pub verb: Option<usize>,
}

/// A sentence read into verb groups and phrases.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clause {
    /// The verb groups, in order.
    pub verbs: Vec<VerbGroup>,
    /// The phrases, in order.
    pub phrases: Vec<Phrase>,
}

impl Clause {
    /// The phrases of verb group `v` with role `role`.
    pub fn with_role(&self, v: usize, role: Role) -> impl Iterator<Item = &Phrase> {
        self.phrases
            .iter()
            .filter(move |p| p.verb == Some(v) && p.role == role)
    }

    /// The first phrase of verb group `v` with role `role`.
    pub fn role(&self, v: usize, role: Role) -> Option<&Phrase> {
        self.with_role(v, role).next()
    }

    /// The verb group whose tokens include `i`, or the last one before `i` in the
    /// same stretch between strong marks: the verb a noun at `i` depends on.
    pub fn verb_at_or_before(&self, tokens: &[Token<'_>], i: usize) -> Option<usize> {
        let v = self.verbs.iter().rposition(|v| v.start <= i)?;
        let g = &self.verbs[v];
        let crossed = (g.end..i).any(|k| is_strong_mark(&tokens[k]));
        (!crossed).then_some(v)
    }
}

const NEGATIONS: &[&str] = &["non", "mai", "né"];
const CLITICS: &[&str] = &[
    "si", "ne", "lo", "la", "l'", "li", "le", "gli", "ci", "vi", "se",
];
/// Adverbs that may sit inside a verb group (`ha già acquistato`).
const INNER_ADVERBS: &[&str] = &[
    "già",
    "infatti",
    "anche",
    "ancora",
    "ora",
    "ieri",
    "oggi",
    "appena",
    "poi",
    "finalmente",
    "ufficialmente",
    "definitivamente",
    "così",
    "inoltre",
    "quindi",
    "infine",
    "invece",
];
const ARTICLES: &[&str] = &ARTICLE_ARRAY;
const ARTICLE_ARRAY: [&str; 11] = concat(fw::ARTICLES, fw::INDEFINITE_ARTICLES);
const DA: &[&str] = fw::FORMS_OF_DA;
const A: &[&str] = fw::FORMS_OF_A;
const DI_FORMS: &[&str] = fw::FORMS_OF_DI;
/// `in` and `su` with their articulated forms: both place a phrase (`in Borsa`, `sul mercato`).
const IN: &[&str] = &IN_ARRAY;
const IN_ARRAY: [&str; 16] = concat(fw::FORMS_OF_IN, fw::FORMS_OF_SU);
const WITH: &[&str] = &["con", "col", "coi", "tra", "fra"];
const OTHER_PREPS: &[&str] = &[
    "per",
    "verso",
    "contro",
    "dopo",
    "prima",
    "entro",
    "secondo",
    "presso",
    "tramite",
    "attraverso",
    "oltre",
    "sotto",
    "sopra",
    "senza",
    "durante",
];
/// Words that end a phrase (conjunctions, relatives).
const BREAKS: &[&str] = &[
    "che", "cui", "quale", "quali", "ma", "mentre", "però", "se", "perché", "quando", "dove",
    "come", "o", "oppure", "anche",
];

fn is_word(t: &Token<'_>, set: &[&str]) -> bool {
    t.shape == Shape::Word && set.contains(&t.lower)
}

fn is_strong_mark(t: &Token<'_>) -> bool {
    t.shape == Shape::Punct
        && matches!(
            t.lower,
            "." | ";" | ":" | "?" | "!" | "«" | "»" | "\"" | "“" | "”"
        )
}

fn is_preposition(t: &Token<'_>) -> bool {
    [DA, A, DI_FORMS, IN, WITH, OTHER_PREPS]
        .iter()
        .any(|s| is_word(t, s))
}

/// Reads the sentence.
pub fn read(tokens: &[Token<'_>]) -> Clause {
    let mut clause = Clause {
        verbs: verb_groups(tokens),
        phrases: Vec::new(),
    };
    govern(tokens, &mut clause.verbs);
    clause.phrases = phrases(tokens, &clause.verbs);
    assign_roles(tokens, &mut clause);
    clause
}

/// Irregular past participles common in news, of verbs the lexicon does not list.
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "chiuso",
    "chiusa",
    "chiusi",
    "chiuse",
    "preso",
    "presa",
    "presi",
    "prese",
    "messo",
    "messa",
    "messi",
    "fatto",
    "fatta",
    "fatti",
    "fatte",
    "deciso",
    "decisa",
    "scelto",
    "scelta",
    "speso",
    "spesi",
    "raggiunto",
    "raggiunta",
    "aperto",
    "aperta",
    "reso",
    "resa",
    "posto",
    "posta",
    "visto",
    "vista",
    "rimasto",
    "rimasta",
    "scritto",
    "mosso",
    "stretto",
    "stretta",
    "tratto",
    "sceso",
    "scesa",
    "esteso",
    "estesa",
    "assunto",
    "assunta",
    "ridotto",
    "ridotta",
    "prodotto",
    "condotto",
    "condotta",
    "promosso",
];

/// A word after `avere` or `essere` shaped like a past participle (`-ato`, `-uto`,
/// `-ito` and their feminine and plural, or a common irregular one) that the verb
/// lexicon does not know.
fn unknown_participle(t: &Token<'_>) -> bool {
    const ENDINGS: &[&str] = &[
        "ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite",
    ];
    t.shape == Shape::Word
        && t.lower.chars().count() > 4
        && (ENDINGS.iter().any(|e| t.lower.ends_with(e))
            || IRREGULAR_PARTICIPLES.contains(&t.lower))
}

/// The verb at token `i` as a lexical verb, unless an article or an articulated
/// preposition makes it a noun (`la firma`, `la spesa`, `nella mira`).
fn lexical(tokens: &[Token<'_>], i: usize) -> Option<verbs::Form> {
    let t = tokens.get(i)?;
    if t.shape != Shape::Word {
        return None;
    }
    let f = form(t.lower)?;
    let after_article = i > 0
        && (is_word(&tokens[i - 1], ARTICLES)
            || (is_preposition(&tokens[i - 1])
                && !is_word(&tokens[i - 1], &["a", "ad", "di", "da", "per"])));
    (!after_article).then_some(f)
}

fn verb_groups(tokens: &[Token<'_>]) -> Vec<VerbGroup> {
    let mut groups = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match group_at(tokens, i) {
            Some(g) => {
                i = g.end;
                groups.push(g);
            }
            None => i += 1,
        }
    }
    groups
}

/// A verb group starting at token `start`, if one does.
fn group_at(tokens: &[Token<'_>], start: usize) -> Option<VerbGroup> {
    let mut i = start;
    let mut polarity = Polarity::Affirmed;
    let mut reflexive = false;
    let mut helpers: Vec<Helper> = Vec::new();
    let mut any = false;
    while let Some(t) = tokens.get(i) {
        if t.shape != Shape::Word {
            break;
        }
        if NEGATIONS.contains(&t.lower) {
            polarity = Polarity::Negated;
        } else if CLITICS.contains(&t.lower)
            && (any || polarity == Polarity::Negated || next_is_verbal(tokens, i + 1))
        {
            if t.lower == "si" {
                reflexive = true;
            }
        } else if let Some(h) = helper(t.lower) {
            helpers.push(h);
            any = true;
        } else if any && INNER_ADVERBS.contains(&t.lower) {
        } else if any && is_word(t, &["per", "a", "ad", "di"]) && lexical(tokens, i + 1).is_some() {
            // `sta per acquistare`, `potrebbe arrivare a cedere`
        } else {
            break;
        }
        i += 1;
    }
    let perfect = helpers
        .iter()
        .any(|h| matches!(h, Helper::Avere(..) | Helper::Essere(..)));
    let (head, head_form) = match lexical(tokens, i) {
        Some(f) => (i, f),
        // `ha chiuso`, `è salita`, `ha registrato`: a participle of a verb the
        // lexicon does not know still heads the group of its auxiliary (class Other),
        // so that `il bilancio` after it is its object, not the next verb's subject.
        None if perfect && tokens.get(i).is_some_and(unknown_participle) => (
            i,
            verbs::Form {
                class: VerbClass::Other,
                tense: Tense::NonFinite,
                mood: Mood::Participle,
            },
        ),
        None if !helpers.is_empty() => {
            // An auxiliary or modal alone (`è`, `può`): a verb group of class Other.
            let h = i - 1;
            (
                h,
                verbs::Form {
                    class: VerbClass::Other,
                    tense: Tense::Present,
                    mood: Mood::Indicative,
                },
            )
        }
        None => return None,
    };
    let participle = head_form.mood == Mood::Participle;
    let essere = helpers
        .iter()
        .filter(|h| matches!(h, Helper::Essere(..)))
        .count();
    let avere = helpers.iter().any(|h| matches!(h, Helper::Avere(..)));
    let venire = helpers.iter().any(|h| matches!(h, Helper::Venire(..)));
    // `è stata acquistata`, `viene ceduta`; not `si è impegnata`, `ha acquistato`.
    let passive = participle && !reflexive && (venire || (essere > 0 && !avere));
    let first = helpers.first().map(|h| match *h {
        Helper::Avere(t, m) | Helper::Essere(t, m) | Helper::Venire(t, m) => (t, m),
        Helper::Possibility(m) | Helper::Will(m) => (Tense::Present, m),
        Helper::Progressive => (Tense::Present, Mood::Indicative),
    });
    // A compound tense: `ha acquistato`, `si è impegnata`, `è stata ceduta`.
    let compound = participle && (avere || (essere > 0 && (!passive || essere > 1)));
    let (mut tense, mood) = match first {
        Some((t, m)) => (t, m),
        None => (head_form.tense, head_form.mood),
    };
    if compound && matches!(tense, Tense::Present | Tense::NonFinite) {
        tense = Tense::Past;
    } else if !compound && matches!(mood, Mood::Infinitive | Mood::Gerund | Mood::Participle) {
        tense = Tense::NonFinite;
    }
    if compound && mood == Mood::Conditional {
        tense = Tense::Past;
    }
    let mut modality = Modality::Asserted;
    if helpers.iter().any(|h| matches!(h, Helper::Possibility(_))) {
        modality = Modality::Possible;
    } else if helpers.iter().any(|h| matches!(h, Helper::Will(_))) {
        modality = Modality::Intended;
    } else if mood == Mood::Conditional {
        // `avrebbe acquistato`, `si sarebbe impegnata`, `sarebbe stata ceduta`: the
        // journalist's conditional; `acquisterebbe`: a hypothesis.
        modality = if compound {
            Modality::Reported
        } else {
            Modality::Possible
        };
    }
    // `se Alfa acquistasse`, `qualora cedesse`: a condition, not a fact.
    let condition = tokens[start.saturating_sub(6)..start]
        .iter()
        .rev()
        .take_while(|t| t.shape != Shape::Punct)
        .any(|t| is_word(t, &["se", "qualora"]));
    if condition {
        modality = Modality::Possible;
    }
    Some(VerbGroup {
        start,
        end: head + 1,
        head,
        class: head_form.class,
        tense,
        mood,
        polarity,
        modality,
        passive,
        reflexive,
        governor: None,
    })
}

fn next_is_verbal(tokens: &[Token<'_>], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| {
        t.shape == Shape::Word && (helper(t.lower).is_some() || form(t.lower).is_some())
    })
}

/// Links each verb group to the one that governs it and carries the governor's
/// modality down: `valuta di acquistare`, `smentisce di aver ceduto`,
/// `non intende vendere`, `ha annunciato di aver acquistato` (no change).
fn govern(tokens: &[Token<'_>], groups: &mut [VerbGroup]) {
    for k in 1..groups.len() {
        let (before, after) = groups.split_at_mut(k);
        let gov = &before[k - 1];
        let g = &mut after[0];
        let between = &tokens[gov.end..g.start];
        let linked = between.len() <= 1
            && between
                .iter()
                .all(|t| is_word(t, &["di", "a", "ad", "per", "da"]));
        // Only a non-finite group depends on the verb before it (`valuta di
        // acquistare`, `si impegna ad acquistare`, `smentisce di aver ceduto`).
        let non_finite = matches!(g.mood, Mood::Infinitive | Mood::Gerund | Mood::Participle);
        if !linked || !non_finite {
            continue;
        }
        g.governor = Some(k - 1);
        inherit(gov, g);
    }
}

/// What a governing verb group does to the modality and polarity of its complement.
fn inherit(gov: &VerbGroup, g: &mut VerbGroup) {
    use Modality::*;
    let negated = gov.polarity == Polarity::Negated;
    match gov.class {
        VerbClass::Denying if negated => g.modality = worse(g.modality, Possible),
        VerbClass::Denying => g.modality = Denied,
        VerbClass::Considering => g.modality = worse(g.modality, Considered),
        VerbClass::Intending => g.modality = worse(g.modality, Intended),
        VerbClass::Attempting => g.modality = worse(g.modality, Attempted),
        _ => {
            if negated {
                g.polarity = Polarity::Negated;
            }
            if !gov.modality.is_factual() {
                g.modality = worse(g.modality, gov.modality);
            } else if gov.modality == Reported && g.modality == Asserted {
                g.modality = Reported;
            }
        }
    }
}

/// The less certain of two modalities (the governor's wins over `Asserted`).
fn worse(own: Modality, from: Modality) -> Modality {
    if own == Modality::Asserted || own == Modality::Reported {
        from
    } else {
        own
    }
}

/// A number written as a word or in digits (`due navi`, `20 navi`): not a head.
fn is_numeral(t: &Token<'_>) -> bool {
    const NUMERALS: &[&str] = &[
        "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "venti",
        "cento", "mille",
    ];
    t.shape == Shape::Word
        && (NUMERALS.contains(&t.lower) || t.lower.chars().all(|c| c.is_ascii_digit()))
}

fn is_content(t: &Token<'_>) -> bool {
    match t.shape {
        Shape::Name | Shape::Money | Shape::Percent => true,
        Shape::Word => !is_word(t, ARTICLES) && !is_preposition(t) && !is_word(t, BREAKS),
        Shape::Punct => false,
    }
}

/// Cuts the tokens outside verb groups into phrases: a preposition (or none), then
/// words up to the next preposition, verb, punctuation or conjunction; names and
/// amounts joined by `e`, `ed` or commas stay in one phrase.
fn phrases(tokens: &[Token<'_>], groups: &[VerbGroup]) -> Vec<Phrase> {
    let in_group = |i: usize| groups.iter().any(|g| g.start <= i && i < g.end);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if in_group(i) || t.shape == Shape::Punct || is_word(t, BREAKS) || is_word(t, &["e", "ed"])
        {
            i += 1;
            continue;
        }
        let start = i;
        let mut preposition = None;
        if is_preposition(t) {
            preposition = Some(i);
            i += 1;
            // `da parte di`: one preposition.
            if t.lower == "da"
                && tokens.get(i).is_some_and(|x| is_word(x, &["parte"]))
                && tokens.get(i + 1).is_some_and(|x| is_word(x, DI_FORMS))
            {
                i += 2;
            }
        }
        let mut members = Vec::new();
        let mut head = None;
        while i < tokens.len() && !in_group(i) {
            let x = &tokens[i];
            if x.shape == Shape::Punct && x.lower != "," && x.lower != "'" {
                break;
            }
            if is_word(x, BREAKS) || (is_preposition(x) && i > start && head.is_some()) {
                break;
            }
            if is_word(x, ARTICLES) && head.is_some() {
                // `da [Gamma] il 10%`: an article opens the next phrase.
                break;
            }
            if x.shape == Shape::Punct || is_word(x, &["e", "ed"]) {
                // Coordination: `Alfa, Beta e Gamma`, `la Alfa e la Beta`.
                let mut j = i + 1;
                while tokens.get(j).is_some_and(|y| is_word(y, ARTICLES)) {
                    j += 1;
                }
                let named = |k: usize| {
                    tokens
                        .get(k)
                        .is_some_and(|y| matches!(y.shape, Shape::Name))
                };
                if !members.is_empty() && named(i - 1) && named(j) && !in_group(j) {
                    members.push(j);
                    i = j + 1;
                    continue;
                }
                break;
            }
            if matches!(x.shape, Shape::Name | Shape::Money | Shape::Percent) {
                members.push(i);
                head.get_or_insert(i);
            } else if head.is_none() && is_content(x) && !is_numeral(x) {
                head = Some(i);
            }
            i += 1;
        }
        let head = head.or_else(|| (start..i).find(|&k| is_numeral(&tokens[k])));
        if let Some(head) = head.or(members.first().copied()) {
            let head = members
                .first()
                .copied()
                .filter(|&m| {
                    // A noun head before its name (`il gruppo Alfa`) yields to the name.
                    m >= head
                })
                .unwrap_or(head);
            out.push(Phrase {
                start,
                end: i,
                head,
                members,
                preposition,
                role: Role::Other,
                verb: None,
            });
        } else if i == start {
            i += 1;
        }
    }
    out
}

fn assign_roles(tokens: &[Token<'_>], clause: &mut Clause) {
    let verbs = &clause.verbs;
    let phrases = &mut clause.phrases;
    // Strong marks split the sentence into stretches; a phrase belongs to the next
    // verb before it (subject) or the last verb before it (everything else).
    let stretch = |i: usize| (0..i).filter(|&k| is_strong_mark(&tokens[k])).count();
    for p in 0..phrases.len() {
        let ph = &phrases[p];
        let prep = ph.preposition.map(|k| tokens[k].lower);
        let before = verbs
            .iter()
            .rposition(|v| v.end <= ph.start && stretch(v.end) == stretch(ph.start));
        let after = verbs
            .iter()
            .position(|v| v.start >= ph.end && stretch(v.start) == stretch(ph.start));
        let (verb, role) = match prep {
            Some(w) if DI_FORMS.contains(&w) && p > 0 && phrases[p - 1].end == ph.start => {
                (phrases[p - 1].verb, Role::Complement)
            }
            Some(_)
                if before.is_none()
                    && after.is_some()
                    && p > 0
                    && phrases[p - 1].end == ph.start =>
            {
                (after, Role::Complement)
            }
            Some(w) => {
                let v = before.or(after);
                let passive = v.is_some_and(|v| verbs[v].passive);
                let by = ph.preposition.is_some_and(|k| {
                    tokens[k].lower == "da" && tokens.get(k + 1).is_some_and(|t| t.lower == "parte")
                });
                let money = ph
                    .members
                    .first()
                    .is_some_and(|&m| tokens[m].shape == Shape::Money);
                let role = if by || (DA.contains(&w) && passive) {
                    Role::Agent
                } else if DA.contains(&w) {
                    Role::Source
                } else if A.contains(&w) {
                    Role::Recipient
                } else if w == "per" && money {
                    Role::Price
                } else if IN.contains(&w) {
                    Role::Target
                } else if WITH.contains(&w) {
                    Role::Partner
                } else if DI_FORMS.contains(&w) {
                    Role::Complement
                } else {
                    Role::Other
                };
                (v, role)
            }
            None => {
                let object = before.filter(|&v| {
                    // Nothing but an adverb between the verb and the phrase.
                    (verbs[v].end..ph.start).all(|k| {
                        !is_strong_mark(&tokens[k])
                            && tokens[k].lower != ","
                            && !is_word(&tokens[k], BREAKS)
                    }) && !phrases[..p]
                        .iter()
                        .any(|q| q.verb == Some(v) && q.role == Role::Object)
                });
                match (object, after) {
                    (Some(v), _) if inverted(tokens, &verbs[v]) && !ph.members.is_empty() => {
                        (Some(v), Role::Subject)
                    }
                    (Some(v), _) => (Some(v), Role::Object),
                    (None, Some(v)) => (Some(v), Role::Subject),
                    (None, None) => (before, Role::Other),
                }
            }
        };
        phrases[p].verb = verb;
        phrases[p].role = role;
    }
    appositions(tokens, clause);
}

/// A reporting verb whose subject follows it: its object is a clitic (`lo ha
/// annunciato Alfa`, `l'ha detto Rossi`) or it follows `come` (`come ha riferito
/// Rossi`).
fn inverted(tokens: &[Token<'_>], v: &VerbGroup) -> bool {
    v.class == VerbClass::Reporting
        && (is_word(&tokens[v.start], &["lo", "l'", "la"])
            || v.start > 0 && is_word(&tokens[v.start - 1], &["come"]))
}

/// `Alfa, il gruppo torinese, ha acquistato Beta`: the phrase between commas after
/// a name is an apposition, and the name is the subject; `Alfa, Beta e Gamma` are
/// coordinated already.
fn appositions(tokens: &[Token<'_>], clause: &mut Clause) {
    let phrases = &mut clause.phrases;
    for p in 1..phrases.len() {
        let prev_named = !phrases[p - 1].members.is_empty() && phrases[p - 1].preposition.is_none();
        let comma_before = phrases[p].start > 0 && tokens[phrases[p].start - 1].lower == ",";
        if !prev_named || !comma_before || phrases[p].preposition.is_some() {
            continue;
        }
        // The aside ends at the next comma; what follows it is the verb.
        let mut q = p;
        while q + 1 < phrases.len()
            && phrases[q + 1].preposition.is_some()
            && tokens[phrases[q + 1].start - 1].lower != ","
        {
            q += 1;
        }
        let close = phrases[q].end;
        if tokens.get(close).is_some_and(|t| t.lower == ",") && phrases[p].role == Role::Subject {
            let verb = phrases[p].verb;
            phrases[p].role = Role::Apposition;
            phrases[p - 1].role = Role::Subject;
            phrases[p - 1].verb = verb;
            for r in phrases.iter_mut().take(q + 1).skip(p + 1) {
                if r.role == Role::Subject {
                    r.role = Role::Apposition;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
