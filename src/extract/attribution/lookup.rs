//! Looking names up in a [`Context`]: entity mentions, capitalised runs, surnames,
//! acronyms, role anaphora.

use super::acronyms::is_acronym;
use super::names::{Context, NameHit};
use super::runs::capitalised_run;
use super::tokens::SentenceToken;
use super::words::{DETERMINERS, PREPOSITIONS};
use crate::extract::entities::{EntityKind, Found};

impl<'a> Context<'a> {
    /// The name the article gives `surface` outright: an acronym's expansion (the
    /// entity's name unless that is the acronym itself: the fullest form wins), else
    /// the name of the entity `surface` is a mention of.
    fn known_name(&self, surface: &str) -> Option<String> {
        if is_acronym(surface) {
            if let Some(full) = self.acronyms.get(surface) {
                return Some(match self.entity(full) {
                    Some((_, n)) if n != surface => n.to_string(),
                    _ => full.clone(),
                });
            }
        }
        self.entity(surface).map(|(_, name)| name.to_string())
    }

    /// The canonical name of an organization named by `surface`: the expansion of an
    /// acronym (`CONI`, the fullest form winning as in [`Context::resolve`]), the
    /// entity's name, or the fullest sequence that starts with a lone capitalised word
    /// (`Partito` → `Partito Democratico`).
    pub fn organization(&self, surface: &str) -> String {
        if let Some(name) = self.known_name(surface) {
            return name;
        }
        if !surface.contains(' ') {
            if let Some(full) = self.by_first.get(&surface.to_lowercase()) {
                return full.clone();
            }
        }
        surface.to_string()
    }

    /// True when an entity of the people list is named `name`.
    pub fn is_person(&self, name: &str) -> bool {
        self.entities.people.iter().any(|p| p.name == name)
    }

    /// In a name governed by a preposition and three words or longer, the tail after
    /// a head that the article also uses alone (`della Konya Galip Sef` → `Galip Sef`).
    pub fn split_governed(
        &self,
        toks: &[SentenceToken],
        i: usize,
        hit: &NameHit,
    ) -> Option<String> {
        let text = self.article.text;
        if hit.kind.is_some() || hit.end < i + 3 {
            return None;
        }
        let head = toks[i].lower(text);
        let last = toks[hit.end - 1].lower(text);
        let from = if self.singles.contains(head.as_ref()) {
            i + 1
        } else if self.standalone.contains(last.as_ref()) {
            // `dell'Economia Giancarlo Giorgetti`, and `Giorgetti` alone elsewhere
            hit.end - 2
        } else {
            return None;
        };
        // (a tail that starts with a particle is a complement: `Ospedale Neri di Roma`)
        if !toks[from].capitalised(text) {
            return None;
        }
        let tail = &text[toks[from].start..toks[hit.end - 1].end];
        Some(self.resolve(tail))
    }

    /// A person's name at the end of a capitalised run that glues a complement to it
    /// (`Konya Galip Sef` → `Galip Sef`, `Valdora Mario Rossi` → `Mario Rossi`): from
    /// the first given name after the run's first word, with a surname after it.
    pub fn person_tail(&self, run: &str) -> Option<String> {
        let words: Vec<&str> = run.split(' ').collect();
        let k = (1..words.len().saturating_sub(1))
            .find(|&k| super::words::FIRST_NAMES.contains(words[k]))?;
        // (a surname, not a legal form: `Banca Serena Spa` names no Serena)
        let surname = |w: &&str| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.any(char::is_lowercase)
                && !matches!(
                    w.to_lowercase().trim_end_matches('.'),
                    "spa"
                        | "s.p.a"
                        | "srl"
                        | "s.r.l"
                        | "sa"
                        | "ag"
                        | "nv"
                        | "plc"
                        | "inc"
                        | "ltd"
                        | "llc"
                        | "corp"
                        | "group"
                        | "holding"
                        | "bank"
                        | "banca"
                )
        };
        if !words[k + 1..].iter().all(surname) {
            return None;
        }
        // (not resolved: the entities may hold the glued run itself)
        Some(words[k..].join(" "))
    }

    /// The person mentioned last before byte `pos`, from the entities.
    pub fn last_person_before(&self, pos: usize) -> Option<String> {
        let i = self
            .mentions
            .partition_point(|f| f.mention.span.start < pos);
        self.mentions[..i]
            .iter()
            .rev()
            .find(|f| f.kind == EntityKind::Person)
            .map(|f| f.entity.name.clone())
    }

    /// The one person the entities name in `within` outside the quote `skip` (none
    /// when two or more are named): the speaker of a quote no clause attributes
    /// (`il capo dell'unità di crisi Anna Neri ha sconsigliato i viaggi, in quanto «...»`).
    pub fn only_person(
        &self,
        within: std::ops::Range<usize>,
        skip: std::ops::Range<usize>,
    ) -> Option<String> {
        let i = self
            .mentions
            .partition_point(|f| f.mention.span.start < within.start);
        let mut found: Option<&str> = None;
        for f in self.mentions[i..]
            .iter()
            .take_while(|f| f.mention.span.end <= within.end)
        {
            let inside = skip.start <= f.mention.span.start && f.mention.span.start < skip.end;
            // `nel caso di Petroni`: a complement, not a subject
            let before = self.article.text[..f.mention.span.start].trim_end();
            let word_before = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("")
                .to_lowercase();
            let governed = PREPOSITIONS.contains(&word_before.as_str());
            if f.kind != EntityKind::Person || inside || governed {
                continue;
            }
            match found {
                Some(n) if n != f.entity.name => return None,
                _ => found = Some(&f.entity.name),
            }
        }
        found.map(|n| self.resolve(n))
    }

    /// The company or organization a definite description refers to: the last one
    /// named before byte `pos` whose name holds the head noun (`l'accademia svedese`
    /// → `Accademia Reale delle Scienze`), or for a company noun (`la società`, `il
    /// gruppo`, `l'azienda`) the last company named.
    pub fn body_description(&self, description: &str, pos: usize) -> Option<String> {
        let mut words = description
            .split([' ', '\'', '’'])
            .filter(|w| !w.is_empty());
        let det = words.next()?.to_lowercase();
        if !matches!(det.as_str(), "il" | "lo" | "la" | "l") {
            return None;
        }
        let head = words.next()?.to_lowercase();
        if head.chars().count() < 4 || super::words::is_role(&head) {
            return None;
        }
        let company_noun = matches!(
            head.as_str(),
            "società" | "gruppo" | "azienda" | "compagnia"
        );
        // (the generic nouns of a body: the last organization named)
        let body_noun = matches!(head.as_str(), "organizzazione" | "associazione" | "ente");
        let i = self
            .mentions
            .partition_point(|f| f.mention.span.start < pos);
        self.mentions[..i]
            .iter()
            .rev()
            .find(|f| match f.kind {
                EntityKind::Person => false,
                EntityKind::Company if company_noun => true,
                EntityKind::Organization if body_noun => true,
                _ => f
                    .entity
                    .name
                    .split([' ', '\'', '’'])
                    .any(|w| w.to_lowercase() == head),
            })
            .map(|f| f.entity.name.clone())
    }

    /// The person a role description refers to (`il ministro` → the last person the
    /// article introduced as `ministro` before byte `pos`).
    pub fn anaphora(&self, description: &str, pos: usize) -> Option<String> {
        let mut words = description
            .split([' ', '\'', '’'])
            .filter(|w| !w.is_empty());
        let first = words.next()?.to_lowercase();
        let (before, role) = if DETERMINERS.contains(&first.as_str()) {
            let role = words.next()?.to_lowercase();
            (Some(first), role)
        } else {
            (None, first)
        };
        if !super::words::is_role_after(before.as_deref(), &role) && !super::words::is_kin(&role) {
            return None;
        }
        self.roles
            .iter()
            .rfind(|(p, r, _)| *p < pos && *r == role)
            .map(|(_, _, n)| n.clone())
    }

    /// The kind and canonical name of the entity that `surface` names (any case).
    fn entity(&self, surface: &str) -> Option<(EntityKind, &str)> {
        self.surfaces
            .get(&surface.trim().to_lowercase())
            .map(|(k, n)| (*k, n.as_str()))
    }

    /// The mention that covers byte `pos`.
    pub fn mention_at(&self, pos: usize) -> Option<&Found<'a>> {
        let i = self.mentions.partition_point(|f| f.mention.span.end <= pos);
        self.mentions
            .get(i)
            .filter(|f| f.mention.span.start <= pos && pos < f.mention.span.end)
    }

    /// The name that starts at token `i` of `toks`, if any.
    pub fn name_at(&self, toks: &[SentenceToken], i: usize) -> Option<NameHit> {
        let text = self.article.text;
        let t = toks.get(i)?;
        if !t.word {
            return None;
        }
        if let Some(f) = self.mention_at(t.start) {
            let mut end = i + 1;
            while end < toks.len() && toks[end].end <= f.mention.span.end {
                end += 1;
            }
            return Some(NameHit {
                end,
                name: self.resolve(&f.entity.name),
                kind: Some(f.kind),
            });
        }
        let mut end = capitalised_run(text, toks, i)?;
        // a person the entities know starts inside the run: the run stops there
        if let Some(k) = (i + 1..end).find(|&k| {
            self.mention_at(toks[k].start).is_some_and(|f| {
                f.kind == EntityKind::Person && f.mention.span.start == toks[k].start
            })
        }) {
            end = k;
        }
        let surface = &text[toks[i].start..toks[end - 1].end];
        if end == i + 1 {
            // a capitalised word only ever seen opening a sentence (`Subito`, `Pochi`)
            let l = toks[i].lower(text);
            let acronym = surface
                .chars()
                .all(|c| c.is_uppercase() || !c.is_alphabetic());
            if !acronym
                && !self.mid_caps.contains(l.as_ref())
                && !self.by_last.contains_key(l.as_ref())
            {
                return None;
            }
        }
        Some(NameHit {
            end,
            name: self.resolve(surface),
            kind: None,
        })
    }

    /// The fullest name the article gives for `surface` (`Nadella` → `Satya Nadella`).
    pub fn resolve(&self, surface: &str) -> String {
        if let Some(name) = self.known_name(surface) {
            return name;
        }
        let last = surface.rsplit(' ').next().unwrap_or(surface).to_lowercase();
        let suffix = format!(" {}", surface.to_lowercase());
        if let Some(p) = self
            .entities
            .people
            .iter()
            .find(|p| p.name.to_lowercase().ends_with(&suffix))
        {
            return p.name.clone();
        }
        match self.by_last.get(&last) {
            Some(full) if full.len() > surface.len() && full.to_lowercase().ends_with(&suffix) => {
                full.clone()
            }
            _ => surface.to_string(),
        }
    }
}
