//! The output contract: serde types of the JSON summary (schema `cronista/1`).
//!
//! Their rustdoc is the schema; `docs/EXTRACTION.md` is the guideline that
//! says what belongs in each field. Every record that has a `span` also has the `text`
//! it covers. Spans are `[start, end)` in **Unicode code points** of the input as
//! received (after UTF-8 decoding and removal of a leading byte-order mark); inside
//! the analysis they are byte offsets, and [`crate::analyze`] converts them once, at
//! the end, with [`Summary::map_spans`].

use serde::{Deserialize, Serialize};

/// The schema name written in every summary.
pub const SCHEMA: &str = "cronista/1";

/// A half-open range `[start, end)`, serialised as a two-element array.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(from = "[usize; 2]", into = "[usize; 2]")]
pub struct Span {
    /// First position covered.
    pub start: usize,
    /// First position after the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The span as a `Range`, to slice the text it was made from.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length of the span.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<[usize; 2]> for Span {
    fn from(a: [usize; 2]) -> Self {
        Span::new(a[0], a[1])
    }
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> Self {
        [s.start, s.end]
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// The structured summary of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Always [`SCHEMA`] (`"cronista/1"`).
    pub schema: String,
    /// The input id: the `id` of a JSON Lines record, the file path, or `"-"` for stdin.
    pub id: String,
    /// The headline: the first non-empty line when a line break follows it and it has
    /// no final full stop; otherwise null.
    pub title: Option<String>,
    /// Counts over the whole input.
    pub stats: Stats,
    /// The paragraphs after the title, in order, each with its sentences.
    pub paragraphs: Vec<Paragraph>,
    /// Distinct companies (firms, banks, funds, media companies, news agencies).
    pub companies: Vec<Entity>,
    /// Distinct organizations that are not companies (public bodies, parties, teams...).
    pub organizations: Vec<Entity>,
    /// Distinct named people.
    pub people: Vec<Entity>,
    /// Monetary amounts and percentages, in text order.
    pub amounts: Vec<Amount>,
    /// Direct quotations with their speakers, in text order.
    pub quotes: Vec<Quote>,
    /// The sources the article cites as the origin of its information.
    pub sources: Vec<Source>,
    /// Transactions the article reports: who pays whom, how much.
    pub deals: Vec<Deal>,
}

/// Counts over the whole input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Stats {
    /// Unicode code points in the input (after removing a byte-order mark).
    pub chars: usize,
    /// Words, as UAX #29 word boundaries count them (`unicode_words`).
    pub words: usize,
    /// Sentences in all paragraphs (the title is not counted).
    pub sentences: usize,
    /// Paragraphs (the title is not one).
    pub paragraphs: usize,
}

/// A paragraph: a run of text between line breaks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Where the paragraph lies, trimmed of surrounding white space.
    pub span: Span,
    /// Its sentences, in order, inside `span`.
    pub sentences: Vec<Sentence>,
}

/// An orthographic sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Where the sentence lies, trimmed of surrounding white space.
    pub span: Span,
    /// The sentence's text.
    pub text: String,
}

/// One distinct entity (company, organization or person) with all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical name: the fullest form used in the article, legal suffix dropped.
    pub name: String,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// One occurrence of an entity in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Where the mention lies.
    pub span: Span,
    /// The mention's text as written.
    pub text: String,
}

/// Whether an amount is money or a percentage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmountKind {
    /// A sum of money.
    Money,
    /// A percentage.
    Percent,
}

/// How an amount is bounded by the words before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// `circa`, `intorno a`, `nell'ordine di`...
    Approx,
    /// `fino a`, `al massimo`, `non oltre`.
    AtMost,
    /// `almeno`, `non meno di`.
    AtLeast,
    /// `oltre`, `più di`, `sopra`, `superiore a`.
    Over,
    /// `meno di`, `sotto`, `inferiore a`, `quasi`.
    Under,
}

/// A monetary amount or a percentage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    /// From the first digit or number word to the end of the currency or scale words;
    /// qualifier words are outside.
    pub span: Span,
    /// The text of `span`.
    pub text: String,
    /// `money` or `percent`.
    pub kind: AmountKind,
    /// The number in base units (`15 miliardi` is 15000000000); null for a range.
    #[serde(serialize_with = "number")]
    pub value: Option<f64>,
    /// Lower end of a range, else null.
    #[serde(serialize_with = "number")]
    pub min: Option<f64>,
    /// Upper end of a range, else null.
    #[serde(serialize_with = "number")]
    pub max: Option<f64>,
    /// ISO 4217 code (`EUR`, `USD`, `ITL` for lire...), or null when none is named or implied.
    pub currency: Option<String>,
    /// The bound the text puts on the amount, or null.
    pub qualifier: Option<Qualifier>,
    /// Index of the sentence that holds it, counting all sentences of all paragraphs
    /// from 0 (the title, when the amount is in it, is sentence `null`).
    pub sentence: Option<usize>,
}

/// A direct quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The words between the quotation marks, marks excluded.
    pub span: Span,
    /// The text of `span`.
    pub text: String,
    /// Canonical name of who says it, a description (`un portavoce`), or null.
    pub speaker: Option<String>,
    /// The reporting verb or phrase (`dice`, `ha dichiarato`, `secondo`), or null.
    pub cue: Option<String>,
    /// Index of the sentence where the quote starts (see [`Amount::sentence`]).
    pub sentence: Option<usize>,
}

/// What kind of origin a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A news agency (ANSA, Reuters, Bloomberg).
    Agency,
    /// A newspaper, magazine, broadcaster or website.
    Publication,
    /// Unnamed sources (`fonti vicine al dossier`, `indiscrezioni`).
    Anonymous,
    /// A named issuer's report, data or written statement.
    Document,
    /// A closing `Fonte: ...` line or a dateline tag such as `(ANSA)`.
    Credit,
}

/// A source the article cites.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Where the citation lies (cue and name).
    pub span: Span,
    /// The text of `span`.
    pub text: String,
    /// The outlet or body, or the description of an anonymous source.
    pub name: String,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// The words that mark it as a source (`Lo riporta l'agenzia`, `secondo`, `Fonte:`).
    pub cue: Option<String>,
}

/// What kind of transaction a deal is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DealKind {
    /// A stake, a funding round, a capital injection.
    Investment,
    /// Buying a company or a controlling stake.
    Acquisition,
    /// Buying goods or services.
    Purchase,
    /// An agreement with no money flow stated.
    Partnership,
    /// A loan.
    Loan,
}

/// The amount a deal is worth: a reference into [`Summary::amounts`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DealAmount {
    /// Index of the amount in [`Summary::amounts`].
    pub index: usize,
    /// The amount's text.
    pub text: String,
    /// The amount's value (for a range, its upper end).
    #[serde(serialize_with = "number")]
    pub value: Option<f64>,
    /// The amount's currency.
    pub currency: Option<String>,
}

/// A transaction between named parties.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deal {
    /// The sentence that reports it.
    pub span: Span,
    /// The text of `span`.
    pub text: String,
    /// What kind of deal it is.
    pub kind: DealKind,
    /// Who pays (names as in `companies`, `organizations` or `people`).
    pub payers: Vec<String>,
    /// Who receives the money (for an acquisition, the target or the seller).
    pub payees: Vec<String>,
    /// What the deal is worth, or null.
    pub amount: Option<DealAmount>,
    /// What is bought, when stated.
    pub object: Option<String>,
    /// The word that makes it a deal (`investire`, `acquistare`, `rileva`).
    pub cue: Option<String>,
    /// Index of the sentence (see [`Amount::sentence`]).
    pub sentence: Option<usize>,
}

/// Writes a whole number as a JSON integer (`15000000000`, not `15000000000.0`) while
/// it is exact in a double; other numbers as they are.
fn number<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    match *v {
        Some(x) if x.fract() == 0.0 && x.abs() < EXACT => s.serialize_i64(x as i64),
        Some(x) if x.is_finite() => s.serialize_f64(x),
        _ => s.serialize_none(),
    }
}

impl Summary {
    /// An empty summary for `id`: all lists empty, no title.
    pub fn empty(id: &str) -> Self {
        Summary {
            schema: SCHEMA.to_string(),
            id: id.to_string(),
            title: None,
            stats: Stats::default(),
            paragraphs: Vec::new(),
            companies: Vec::new(),
            organizations: Vec::new(),
            people: Vec::new(),
            amounts: Vec::new(),
            quotes: Vec::new(),
            sources: Vec::new(),
            deals: Vec::new(),
        }
    }

    /// Rewrites every span of the summary with `f`, applied to both ends.
    /// [`crate::analyze`] uses it once to turn byte offsets into code points.
    pub fn map_spans(&mut self, mut f: impl FnMut(usize) -> usize) {
        let mut map = |s: &mut Span| {
            s.start = f(s.start);
            s.end = f(s.end);
        };
        for p in &mut self.paragraphs {
            map(&mut p.span);
            for s in &mut p.sentences {
                map(&mut s.span);
            }
        }
        for e in self
            .companies
            .iter_mut()
            .chain(&mut self.organizations)
            .chain(&mut self.people)
        {
            for m in &mut e.mentions {
                map(&mut m.span);
            }
        }
        for a in &mut self.amounts {
            map(&mut a.span);
        }
        for q in &mut self.quotes {
            map(&mut q.span);
        }
        for s in &mut self.sources {
            map(&mut s.span);
        }
        for d in &mut self.deals {
            map(&mut d.span);
        }
    }
}
