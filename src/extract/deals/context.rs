//! One sentence as the frames read it: its tokens, its mentions and its amounts,
//! with the look-ups that find a subject, a prepositional party or an amount.

use super::lexicon::{cue_at, is_company_noun, is_denial, is_hedge, is_relational};
use super::money_words::per_share;
use super::tokens::{DealToken, Kind};
use crate::extract::entities::Found;
use crate::lexicon::{concat, entries, function_words as fw};
use crate::summary::{Amount, AmountKind};
use std::sync::LazyLock;

/// Forms of `avere`, which make a following participle active (`ha acquistato da X`):
/// its auxiliary forms in `data/it/function_words.tsv`, and `avuto` (`ha avuto da X`).
static AVERE: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::auxiliaries_of("avere")
        .chain(["avuto"])
        .collect()
});

/// Most tokens between a subject and its verb (auxiliaries, modals, adverbs).
const MAX_SUBJECT_GAP: usize = 8;
/// Most tokens a clause reaches after its cue.
const MAX_CLAUSE: usize = 30;

/// Prepositions that introduce who gets invested in: every form of `in`, and `su`
/// with its singular forms only (`investe sulla X`), as the deal rules were written.
pub const IN: &[&str] = &IN_ARRAY;
const IN_ARRAY: [&str; 12] = concat(fw::FORMS_OF_IN, &["su", "sul", "sulla", "sull'"]);
/// Prepositions that introduce a seller, a lender or a passive agent: every form of
/// `da`, and `presso` (`un prestito presso X`).
pub const DA: &[&str] = &DA_ARRAY;
const DA_ARRAY: [&str; 9] = concat(fw::FORMS_OF_DA, &["presso"]);
/// Prepositions that introduce who receives (`a X`).
pub const A: &[&str] = fw::FORMS_OF_A;
/// `di` and its articulated forms.
pub const DI_FORMS: &[&str] = fw::FORMS_OF_DI;
/// Definite and indefinite articles.
const ARTICLES: &[&str] = &ARTICLE_ARRAY;
const ARTICLE_ARRAY: [&str; 11] = concat(fw::ARTICLES, fw::INDEFINITE_ARTICLES);
/// Words before a name that make it a source, not a party.
static SOURCE_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(crate::lexicon::DEAL_SOURCE_WORDS).collect());
/// Punctuation a clause does not cross.
const CLAUSE_MARKS: &[&str] = &[";", ":", ".", "?", "!", "«", "»", "\"", "“", "”"];
/// Verbs after a name that make it the subject of a new clause (`e Nvidia ha ...`).
static AUXILIARIES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(crate::lexicon::DEAL_CLAUSE_VERBS).collect());
/// Titles of those who act for a company.
static EXECUTIVES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(crate::lexicon::DEAL_EXECUTIVES).collect());
/// Conjunctions that, after a comma, open a new clause (`..., ma X acquista`).
const CONTRAST: &[&str] = &["ma", "mentre", "però", "invece", "tuttavia", "bensì"];
/// Words of a source without a name (`fonti`, `indiscrezioni`).
static UNNAMED_SOURCES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(crate::lexicon::DEAL_UNNAMED_SOURCES).collect());
/// Words before an amount that make it something else than the deal's worth.
static NOT_WORTH: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(crate::lexicon::DEAL_NOT_WORTH).collect());

/// A run of coordinated mentions (`Microsoft e Nvidia`): token range and mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// First token.
    pub start: usize,
    /// Token after the last.
    pub end: usize,
    /// Indices into [`DealSentence::found`].
    pub members: Vec<usize>,
}

/// The sentence being read.
pub struct DealSentence<'a> {
    /// Its tokens.
    pub toks: Vec<DealToken>,
    /// The mentions inside it, in text order (what [`Kind::Mention`] points to).
    pub found: Vec<Found<'a>>,
    /// All amounts of the article (what [`Kind::Amount`] points to).
    pub amounts: &'a [Amount],
    /// The first token a new frame may use: the tokens before it belong to the
    /// deal read last (`[Microsoft investe in OpenAI] e Nvidia acquista ...`).
    pub floor: usize,
    /// The sentence read by the clause layer: its verb groups, with their polarity
    /// and modality, and its phrases.
    pub clause: crate::clause::Clause,
}

/// Reads the deal tokens with the clause layer (`crate::clause`): mentions are
/// names, amounts money or percentages.
pub fn read_clause(toks: &[DealToken], amounts: &[Amount]) -> crate::clause::Clause {
    use crate::clause::{Shape, Token};
    let tokens: Vec<Token<'_>> = toks
        .iter()
        .map(|t| Token {
            lower: t.lower.as_str(),
            shape: match t.kind {
                Kind::Word => Shape::Word,
                Kind::Punct => Shape::Punct,
                Kind::Mention(_) => Shape::Name,
                Kind::Amount(a) if amounts[a].kind == AmountKind::Percent => Shape::Percent,
                Kind::Amount(_) => Shape::Money,
            },
        })
        .collect();
    crate::clause::read(&tokens)
}

impl DealSentence<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.lower.as_str())
    }

    fn word_in(&self, i: usize, set: &[&str]) -> bool {
        self.word(i).is_some_and(|w| set.contains(&w))
    }

    fn is_mark(&self, i: usize) -> bool {
        self.toks[i].kind == Kind::Punct && CLAUSE_MARKS.contains(&self.toks[i].lower.as_str())
    }

    /// The token after the clause that token `from` is in (capped).
    pub fn clause_end(&self, from: usize) -> usize {
        let cap = (from + MAX_CLAUSE).min(self.toks.len());
        (from..cap).find(|&i| self.is_mark(i)).unwrap_or(cap)
    }

    /// The first token of the clause that token `at` is in.
    pub fn clause_start(&self, at: usize) -> usize {
        (self.floor..at.min(self.toks.len()))
            .rev()
            .find(|&i| {
                self.is_mark(i) || (self.toks[i].lower == "," && self.word_in(i + 1, CONTRAST))
            })
            .map_or(self.floor, |i| i + 1)
    }

    /// True when the clause layer reads the cue at tokens `cue..cue_end` as not a
    /// fact: a verb cue in a group that is negated or not factual (`non ha
    /// acquistato`, `acquisterebbe`, `valuta di acquistare`, `smentisce di aver
    /// ceduto`); a noun cue that is the object of such a group or of a verb of
    /// study, intention, attempt or denial at most four words after it, no punctuation between
    /// (`studia l'acquisizione`, `tenta la scalata`).
    pub fn not_a_fact(&self, cue: usize, cue_end: usize, verb: bool) -> bool {
        use crate::clause::{Polarity, VerbClass};
        let groups = &self.clause.verbs;
        let doubtful = |g: &crate::clause::VerbGroup| {
            g.polarity == Polarity::Negated || !g.modality.is_factual()
        };
        if verb {
            return groups
                .iter()
                .find(|g| g.start <= cue && cue < g.end.max(cue_end))
                .is_some_and(|g| g.head >= cue && doubtful(g));
        }
        let Some(g) = groups.iter().rev().find(|g| g.end <= cue) else {
            return false;
        };
        // The noun is the verb's object: a few words after it, no punctuation between.
        let stretch = cue.saturating_sub(g.end) <= 4
            && (g.end..cue).all(|i| self.toks[i].kind != Kind::Punct);
        stretch
            && (doubtful(g)
                || matches!(
                    g.class,
                    VerbClass::Considering
                        | VerbClass::Intending
                        | VerbClass::Attempting
                        | VerbClass::Denying
                ))
    }

    /// True when the verb group of the cue at token `cue` (or the last one before it)
    /// is a reporting conditional (`avrebbe acquistato`, `si sarebbe impegnata`) and
    /// the sentence cites a source without a name (`secondo fonti vicine al
    /// dossier`, `indiscrezioni`): a rumour. With a named source (`lo riporta
    /// Bloomberg`) the conditional reports a deal.
    pub fn reported_by_unnamed(&self, cue: usize) -> bool {
        use crate::clause::Modality;
        let Some(g) = self.clause.verbs.iter().rev().find(|g| g.start <= cue) else {
            return false;
        };
        g.modality == Modality::Reported
            && (0..self.toks.len()).any(|i| self.word_in(i, &UNNAMED_SOURCES))
    }

    /// How far the predicate of a noun cue ending at `cue_end` reaches (at most
    /// `end`): through the first finite verb group after it and three words more
    /// (`l'acquisizione di Y da parte di X è saltata`, `... non è stata autorizzata
    /// dall'Antitrust`), but only to the start of that group when the group has a
    /// subject of its own after the noun (a run-on sentence: `la joint venture
    /// controllata da A e B i rappresentanti della società non potranno votare`:
    /// `non` is the representatives', not the venture's).
    pub fn noun_predicate_end(&self, cue_end: usize, end: usize) -> usize {
        use crate::clause::{Mood, Role};
        let finite = self.clause.verbs.iter().enumerate().find(|(_, g)| {
            g.start >= cue_end
                && g.start < end
                && !matches!(g.mood, Mood::Infinitive | Mood::Gerund | Mood::Participle)
        });
        let Some((k, g)) = finite else {
            return end;
        };
        let own_subject = self
            .clause
            .with_role(k, Role::Subject)
            .any(|p| p.start >= cue_end);
        if own_subject {
            g.start
        } else {
            (g.end + 3).min(end)
        }
    }

    /// True when a hedge or a denial lies in tokens `from..to`.
    pub fn hedged(&self, from: usize, to: usize) -> bool {
        (from..to.min(self.toks.len()))
            .filter_map(|i| self.word(i))
            .any(|w| is_hedge(w) || is_denial(w))
    }

    /// The coordinated group that ends with the mention at token `last`.
    pub fn group_back(&self, last: usize) -> Group {
        let mut start = last;
        let mut members = vec![self.mention(last)];
        loop {
            let mut j = start;
            // `X e la tedesca Y`: an article, and company nouns or nationalities after it.
            let mut described = j;
            while described > start.saturating_sub(2)
                && described > 0
                && self.company_noun(described - 1)
            {
                described -= 1;
            }
            if described > 0 && self.word_in(described - 1, ARTICLES) {
                j = described - 1;
            }
            let joined = j >= self.floor + 2
                && (self.word_in(j - 1, &["e", "ed"]) || self.toks[j - 1].lower == ",")
                && matches!(self.toks[j - 2].kind, Kind::Mention(_));
            if !joined {
                break;
            }
            start = j - 2;
            members.insert(0, self.mention(start));
        }
        Group {
            start,
            end: last + 1,
            members,
        }
    }

    /// The coordinated group that starts with the mention at token `first`.
    pub fn group_fwd(&self, first: usize) -> Group {
        let mut end = first + 1;
        let mut members = vec![self.mention(first)];
        // The preposition that opens the group, if any (an article between):
        // `sottoscritto da X e da Y` repeats it before the second name.
        let opener = first
            .checked_sub(1)
            .map(|b| {
                if self.word_in(b, ARTICLES) {
                    b.wrapping_sub(1)
                } else {
                    b
                }
            })
            .and_then(|b| {
                [DA, A, DI_FORMS, IN]
                    .into_iter()
                    .find(|set| self.word_in(b, set))
            });
        loop {
            let joiner = self.word_in(end, &["e", "ed"])
                || self.toks.get(end).is_some_and(|t| t.lower == ",");
            let mut j = end + 1;
            if self.word_in(end, &["e", "ed"]) && opener.is_some_and(|set| self.word_in(j, set)) {
                j += 1;
                while j < end + 4 && self.company_noun(j) {
                    j += 1;
                }
            }
            if self.word_in(j, ARTICLES) {
                j += 1;
                while j < end + 4 && self.company_noun(j) {
                    j += 1;
                }
            }
            let starts_clause =
                self.word_in(j + 1, &AUXILIARIES) || cue_at(&self.toks, j + 1).is_some();
            match self.toks.get(j).map(|t| t.kind) {
                Some(Kind::Mention(m)) if joiner && !starts_clause => {
                    members.push(m);
                    end = j + 1;
                }
                _ => break,
            }
        }
        Group {
            start: first,
            end,
            members,
        }
    }

    /// True when token `i` is a company noun or a nationality (`società`, `tedesca`).
    fn company_noun(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && is_company_noun(&t.lower))
    }

    fn mention(&self, i: usize) -> usize {
        match self.toks[i].kind {
            Kind::Mention(m) => m,
            _ => unreachable!("not a mention token"),
        }
    }

    /// A group after `tra` always has two members: `tra X e Y ha ...` keeps Y even
    /// where a verb follows it (which elsewhere would start a new clause).
    pub fn pair(&self, g: Group) -> Group {
        if g.members.len() >= 2 || !self.word_in(g.end, &["e", "ed"]) {
            return g;
        }
        let j = g.end + 1 + usize::from(self.word_in(g.end + 1, ARTICLES));
        match self.toks.get(j).map(|t| t.kind) {
            Some(Kind::Mention(m)) => {
                let mut members = g.members;
                members.push(m);
                Group {
                    start: g.start,
                    end: j + 1,
                    members,
                }
            }
            _ => g,
        }
    }

    /// The subject of the verb or noun at token `cue`: the nearest group of mentions
    /// before it in its clause, not after a preposition and not a cited source; or,
    /// failing that, the group before an apposition (`Microsoft, il colosso guidato
    /// da Satya Nadella, ha acquistato ...`).
    pub fn subject(&self, cue: usize) -> Option<Group> {
        self.nearest_subject(cue)
            .or_else(|| self.subject_before_aside(cue))
            .or_else(|| self.controlling_subject(cue))
            .or_else(|| self.coordinated_subject(cue))
            .map(|g| self.with_companion(g, cue))
    }

    /// `X, insieme a Y, ha investito`, `X, assieme al fondo Y, ha rilevato`: the
    /// companion named between commas right after the subject acts with it.
    fn with_companion(&self, mut g: Group, cue: usize) -> Group {
        let comma = |i: usize| self.toks.get(i).is_some_and(|t| t.lower == ",");
        if !comma(g.end) || !self.word_in(g.end + 1, &["insieme", "assieme"]) {
            return g;
        }
        let Some((_, other)) = self
            .prep_group(g.end + 2, g.end + 3, A, 2)
            .or_else(|| self.prep_group(g.end + 2, g.end + 3, &["con", "col"], 2))
        else {
            return g;
        };
        if comma(other.end) && other.end < cue {
            g.members.extend(other.members);
            g.end = other.end;
        }
        g
    }

    /// The subject of a verb coordinated with the one before it, when it has none of
    /// its own (`X ha lavorato con molti partner e (che) negli ultimi anni ha dato
    /// vita a una partnership con Y`, `X ha chiuso il bilancio e ha poi rilevato
    /// Y`): the clause layer's subject of the previous finite group, when `e`/`ed`
    /// joins the two, no mark or name stands between them, and every member of that
    /// subject is a mention. The cue is the verb or a noun at most six words after it.
    fn coordinated_subject(&self, cue: usize) -> Option<Group> {
        use crate::clause::{Mood, Role};
        let groups = &self.clause.verbs;
        let finite = |k: usize| {
            !matches!(
                groups[k].mood,
                Mood::Infinitive | Mood::Gerund | Mood::Participle
            )
        };
        let own = groups.iter().rposition(|g| g.start <= cue)?;
        if !finite(own)
            || cue.saturating_sub(groups[own].end) > 6
            || self.clause.role(own, Role::Subject).is_some()
        {
            return None;
        }
        let prev = own.checked_sub(1).filter(|&k| finite(k))?;
        let between = groups[prev].end..groups[own].start;
        let joined = between.clone().any(|i| self.word_in(i, &["e", "ed"]));
        let clean = between.clone().all(|i| {
            !self.is_mark(i) && !matches!(self.toks[i].kind, Kind::Mention(_) | Kind::Amount(_))
        });
        if !joined || !clean || between.len() > 12 {
            return None;
        }
        self.subject_of(prev)
    }

    /// The subject of an infinitive cue or of a noun cue after an infinitive comes
    /// from the finite verb that governs it (`X e Y hanno annunciato giovedì di aver
    /// raggiunto un accordo`, `X ha deciso ieri sera di acquistare Z`): the clause
    /// layer's subject phrase of the nearest finite group before, in the same
    /// stretch (no strong mark, no comma), when every member is a mention.
    fn controlling_subject(&self, cue: usize) -> Option<Group> {
        use crate::clause::Mood;
        let groups = &self.clause.verbs;
        let own = groups.iter().rposition(|g| g.start <= cue)?;
        if !matches!(groups[own].mood, Mood::Infinitive) || cue.saturating_sub(groups[own].end) > 4
        {
            return None;
        }
        let finite = (0..own).rev().find(|&k| {
            !matches!(
                groups[k].mood,
                Mood::Infinitive | Mood::Gerund | Mood::Participle
            )
        })?;
        if (groups[finite].end..groups[own].start)
            .any(|i| self.toks[i].kind == Kind::Punct || self.word_in(i, &["che", "e", "ma"]))
        {
            return None;
        }
        self.subject_of(finite)
    }

    /// The subject phrase the clause layer gives the verb group `verb`, as a group of
    /// mentions: only when every member is a mention, it lies after the floor and it
    /// can be a deal's subject.
    fn subject_of(&self, verb: usize) -> Option<Group> {
        use crate::clause::Role;
        let phrase = self.clause.role(verb, Role::Subject)?;
        if phrase.start < self.floor || phrase.members.is_empty() {
            return None;
        }
        let members = phrase
            .members
            .iter()
            .map(|&i| match self.toks[i].kind {
                Kind::Mention(m) => Some(m),
                _ => None,
            })
            .collect::<Option<Vec<usize>>>()?;
        let g = Group {
            start: phrase.members[0],
            end: phrase.members[phrase.members.len() - 1] + 1,
            members,
        };
        self.can_be_subject(&g).then_some(g)
    }

    fn nearest_subject(&self, cue: usize) -> Option<Group> {
        let mut gap = 0;
        for i in (self.floor..cue).rev() {
            if self.is_mark(i) || gap > MAX_SUBJECT_GAP {
                return None;
            }
            if let Kind::Mention(_) = self.toks[i].kind {
                let g = self.group_back(i);
                let before = g.start.checked_sub(1);
                if before.is_some_and(|b| self.word_in(b, &SOURCE_WORDS)) {
                    gap += 1;
                    continue;
                }
                // `X ha concesso a Y un prestito`: a dative between the verb and
                // its noun cue is passed over, the subject lies before it.
                // So is a partner (`X ha firmato con Y un prestito`).
                if before.is_some_and(|b| {
                    (self.word_in(b, A) || self.word_in(b, &["con", "col"])) && b > self.floor
                }) {
                    gap += 1;
                    continue;
                }
                // `X, il gruppo guidato da Paolo Ferrandi, ha rilevato Y`: a comma
                // never parts a subject from its verb, so a name followed by a comma
                // and then only the verb's words ends an apposition; the subject is
                // the name before the apposition.
                let comma_then_verb = self.toks.get(g.end).is_some_and(|t| t.lower == ",")
                    && (g.end + 1..cue).all(|k| self.toks[k].kind == Kind::Word);
                if comma_then_verb {
                    if let Some(before) = self.subject_before_aside(cue) {
                        return Some(before);
                    }
                }
                return self.can_be_subject(&g).then_some(g);
            }
            gap += 1;
        }
        None
    }

    /// True when the group is not after a preposition (unless an executive's `di`).
    fn can_be_subject(&self, g: &Group) -> bool {
        let Some(b) = g.start.checked_sub(1) else {
            return true;
        };
        if self.acts_for(b) {
            return true;
        }
        let after_prep = [IN, DA, A, DI_FORMS].iter().any(|set| self.word_in(b, set))
            || self.word_in(b, &["con", "per", "tra", "fra", "verso", "contro"])
            || self.word_in(b, &SOURCE_WORDS);
        !after_prep
    }

    /// `X, <apposition of at most 14 tokens>, <at most 4 tokens> CUE`: X.
    fn subject_before_aside(&self, cue: usize) -> Option<Group> {
        let is_comma = |i: usize| self.toks[i].kind == Kind::Punct && self.toks[i].lower == ",";
        let near = cue.saturating_sub(5).max(self.floor);
        let c2 = (near..cue).rev().find(|&i| is_comma(i))?;
        let clean = |from: usize, to: usize| {
            (from..to).all(|i| !self.is_mark(i) && !matches!(self.toks[i].kind, Kind::Mention(_)))
        };
        if !clean(c2 + 1, cue) {
            return None;
        }
        let far = c2.saturating_sub(15).max(self.floor);
        let c1 = (far..c2).rev().find(|&i| is_comma(i) || self.is_mark(i))?;
        if !is_comma(c1) || c1 == 0 || (c1 + 1..c2).any(|i| self.is_mark(i)) {
            return None;
        }
        match self.toks[c1 - 1].kind {
            Kind::Mention(_) => {
                let g = self.group_back(c1 - 1);
                self.can_be_subject(&g).then_some(g)
            }
            _ => None,
        }
    }

    /// True when token `b` is the `di` of an executive's title (`come direttore
    /// generale della Cassa di Risparmio`, `l'amministratore delegato di Enel`) or of
    /// a company's board or meeting (`il consiglio di amministrazione di X`,
    /// `l'assemblea degli azionisti di X`): the company then acts through them and is
    /// the subject.
    fn acts_for(&self, b: usize) -> bool {
        if b == 0 || !self.word_in(b, DI_FORMS) {
            return false;
        }
        let mut r = b - 1;
        if self.word_in(r, &["generale", "delegato", "esecutivo", "esecutiva"]) && r > 0 {
            r -= 1;
        }
        let body = |head: &[&str], of: &[&str], what: &[&str]| {
            r >= 2 && self.word_in(r, what) && self.word_in(r - 1, of) && self.word_in(r - 2, head)
        };
        self.word_in(r, &EXECUTIVES)
            || body(
                &["consiglio"],
                &["di"],
                &["amministrazione", "sorveglianza", "gestione"],
            )
            || body(
                &["assemblea"],
                &["degli", "dei"],
                &["azionisti", "soci", "obbligazionisti"],
            )
    }

    /// The first group introduced by one of `preps` at a token in `from..to`, with at
    /// most `within` tokens between the preposition and the name, none of them a
    /// relational noun (`nella rivale di X`), punctuation or an amount.
    /// Returns the preposition's token and the group.
    pub fn prep_group(
        &self,
        from: usize,
        to: usize,
        preps: &[&str],
        within: usize,
    ) -> Option<(usize, Group)> {
        let n = self.toks.len();
        for i in from..to.min(n) {
            if !self.word_in(i, preps) || self.word(i + 1) == Some("parte") {
                continue;
            }
            for k in i + 1..n.min(i + 2 + within) {
                match self.toks[k].kind {
                    Kind::Mention(_) => return Some((i, self.group_fwd(k))),
                    Kind::Word if !is_relational(&self.toks[k].lower) => {}
                    // `dal fondatore Carlo Bardi`, `alla rivale Brisa`: a relational
                    // noun in apposition to the name names the party itself (not
                    // `nella rivale di X`, whose party is unnamed).
                    Kind::Word
                        if matches!(
                            self.toks.get(k + 1).map(|t| t.kind),
                            Some(Kind::Mention(_))
                        ) => {}
                    _ => break,
                }
            }
        }
        None
    }

    /// The first group, at a token in `from..to`, introduced by one of `preps` and
    /// right after it (an article and company nouns may come between: `dal fondo X`).
    /// Returns the preposition's token and the group.
    pub fn prep_party(&self, from: usize, to: usize, preps: &[&str]) -> Option<(usize, Group)> {
        (from..to.min(self.toks.len()))
            .filter(|&i| self.word_in(i, preps) && self.word(i + 1) != Some("parte"))
            .find_map(|i| {
                let mut k = i + 1 + usize::from(self.word_in(i + 1, ARTICLES));
                for _ in 0..2 {
                    if self.word(k).is_some_and(is_company_noun) {
                        k += 1;
                    }
                }
                match self.toks.get(k)?.kind {
                    Kind::Mention(_) => Some((i, self.group_fwd(k))),
                    _ => None,
                }
            })
    }

    /// The group right after token `from`, after at most an article.
    /// With an article, up to two company nouns or nationalities may come between
    /// (`l'americana Encore Wire`, `il gruppo tedesco X`).
    pub fn direct_object(&self, from: usize) -> Option<Group> {
        let mut i = from;
        if self.word_in(from, ARTICLES) {
            i += 1;
            for _ in 0..2 {
                if self.word(i).is_some_and(is_company_noun) {
                    i += 1;
                }
            }
        }
        match self.toks.get(i)?.kind {
            Kind::Mention(_) => Some(self.group_fwd(i)),
            _ => None,
        }
    }

    /// `da parte di X` within tokens `from..to`; or the agent of a participle of
    /// carrying out after a noun cue (`l'acquisizione di Y annunciata ieri da X`,
    /// `portata a termine dal fondo X`).
    pub fn by_agent(&self, from: usize, to: usize) -> Option<Group> {
        (from..to.min(self.toks.len()).saturating_sub(3))
            .find_map(|i| {
                let seq = self.word(i) == Some("da")
                    && self.word(i + 1) == Some("parte")
                    && self.word_in(i + 2, DI_FORMS);
                (seq && matches!(self.toks[i + 3].kind, Kind::Mention(_)))
                    .then(|| self.group_fwd(i + 3))
            })
            .or_else(|| self.participle_agent(from, to))
    }

    /// `annunciata ieri da X`, `portata a termine dal fondo X`: a participle of
    /// carrying out, at most three plain words, then `da` and the agent.
    fn participle_agent(&self, from: usize, to: usize) -> Option<Group> {
        const CARRIED_OUT: &[&str] = &[
            "annunciat",
            "conclus",
            "completat",
            "perfezionat",
            "realizzat",
            "portat",
            "lanciat",
            "promoss",
            "effettuat",
            "siglat",
            "firmat",
            "finalizzat",
            "condott",
        ];
        let to = to.min(self.toks.len());
        let p = (from..to).find(|&i| {
            self.word(i).is_some_and(|w| {
                // The stem and one ending: `annunciata`, `conclusi`, not `annunciatore`.
                CARRIED_OUT.iter().any(|s| {
                    w.strip_prefix(s)
                        .is_some_and(|end| matches!(end, "a" | "o" | "i" | "e"))
                })
            })
        })?;
        let da = (p + 1..(p + 5).min(to)).find(|&i| self.word_in(i, DA))?;
        if (p + 1..da).any(|i| self.toks[i].kind != Kind::Word) {
            return None;
        }
        self.prep_party(da, da + 1, DA).map(|(_, g)| g)
    }

    /// The first money amount in tokens `from..to` that is not a valuation, a
    /// turnover or the like: its index in the article's amounts.
    pub fn money(&self, from: usize, to: usize) -> Option<usize> {
        (from..to.min(self.toks.len())).find_map(|i| match self.toks[i].kind {
            Kind::Amount(a) if self.amounts[a].kind == AmountKind::Money => {
                let blocked = (i.saturating_sub(3)..i).any(|j| self.word_in(j, &NOT_WORTH))
                    || per_share(&self.toks, i);
                (!blocked).then_some(a)
            }
            _ => None,
        })
    }

    /// The first money amount in tokens `from..to` that states what an order or a
    /// contract is worth: as [`DealSentence::money`], and also `del valore di N` (`un ordine
    /// del valore di 2 miliardi`), which elsewhere is a company's valuation.
    pub fn contract_money(&self, from: usize, to: usize) -> Option<usize> {
        (from..to.min(self.toks.len())).find_map(|i| match self.toks[i].kind {
            Kind::Amount(a) if self.amounts[a].kind == AmountKind::Money => {
                // `del valore di N`, `per un valore di N`, `dal controvalore di N`.
                let stated = i >= 3
                    && self.word_in(i - 3, &["del", "dal", "un", "il"])
                    && self.word_in(i - 2, &["valore", "controvalore"])
                    && self.word_in(i - 1, DI_FORMS);
                let blocked = (i.saturating_sub(3)..i).any(|j| self.word_in(j, &NOT_WORTH));
                (stated || !blocked)
                    .then_some(a)
                    .filter(|_| !per_share(&self.toks, i))
            }
            _ => None,
        })
    }

    /// The percentage in tokens `from..to`, if any: its value.
    pub fn percent(&self, from: usize, to: usize) -> Option<f64> {
        (from..to.min(self.toks.len())).find_map(|i| match self.toks[i].kind {
            Kind::Amount(a) if self.amounts[a].kind == AmountKind::Percent => {
                self.amounts[a].value.or(self.amounts[a].max)
            }
            _ => None,
        })
    }

    /// True when a word of `set` lies in tokens `from..to`.
    pub fn any_word(&self, from: usize, to: usize, set: &[&str]) -> bool {
        (from..to.min(self.toks.len())).any(|i| self.word_in(i, set))
    }

    /// True when token `i` is one of the words of `set`.
    pub fn is_word_in(&self, i: usize, set: &[&str]) -> bool {
        self.word_in(i, set)
    }

    /// True when token `i` is a past participle followed by `a` (`ceduta a X`).
    pub fn passive_to(&self, i: usize, next: usize) -> bool {
        self.is_participle(i) && self.word_in(next, A)
    }

    /// The token before the next comma or clause mark after `from` (at most `to`).
    pub fn next_comma(&self, from: usize, to: usize) -> usize {
        (from..to.min(self.toks.len()))
            .find(|&i| self.toks[i].kind == Kind::Punct)
            .unwrap_or(to.min(self.toks.len()))
    }

    /// True for an article or a form of `di`: words that alone say nothing.
    pub fn is_function_word(&self, t: &DealToken) -> bool {
        ARTICLES.contains(&t.lower.as_str()) || DI_FORMS.contains(&t.lower.as_str())
    }

    /// True when token `i` is a past participle followed by a passive agent (`da`).
    pub fn passive_at(&self, i: usize, next: usize) -> bool {
        self.is_participle(i) && self.word_in(next, DA)
    }

    /// True when token `i` is a participle that is not the active perfect of
    /// `avere` (`ha acquistato da X` is active, `è stata acquistata da X` passive).
    fn is_participle(&self, i: usize) -> bool {
        i > 0 && !self.word_in(i - 1, &AVERE) && self.has_participle_ending(i)
    }

    fn has_participle_ending(&self, i: usize) -> bool {
        const ENDINGS: &[&str] = &[
            "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute",
            "olto", "olta", "olti", "olte",
        ];
        self.word(i)
            .is_some_and(|w| ENDINGS.iter().any(|e| w.ends_with(e)))
    }
}
