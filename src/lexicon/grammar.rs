//! The kinds of Italian function words: the types of the generated table
//! [`super::function_words`].

/// The class of an Italian function word (`data/it/function_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    /// A definite article (`il`, `l'`).
    Article,
    /// An indefinite article (`un`, `un'`).
    IndefiniteArticle,
    /// A proper preposition or its euphonic or elided form (`di`, `ad`, `d'`).
    Preposition,
    /// A preposition fused with a definite article (`della`, `nell'`).
    ArticulatedPreposition,
    /// A form of `avere` or `essere` that builds a compound tense (`ha`, `sarebbe`).
    Auxiliary,
    /// Another word written elided before a vowel (`c'`, `s'`, `quest'`, `quell'`).
    Elided,
}

/// An Italian function word of `data/it/function_words.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FunctionWord {
    /// The form, lower case, elision written with `'` (`dell'`).
    pub form: &'static str,
    /// Its class.
    pub class: WordClass,
    /// The bare preposition of a preposition (`ad` → `a`) or an articulated one
    /// (`della` → `di`); the lemma of an auxiliary (`avere`, `essere`).
    pub base: Option<&'static str>,
    /// The article fused into an articulated preposition (`della` → `la`).
    pub article: Option<&'static str>,
}
