//! What the quotes and the sources extractors share, so that neither imports the
//! other. From the bottom up: the word tokens of a sentence (`tokens`); word lists
//! (`words`: roles, kinship, given names, determiners, prepositions; `source_words`
//! and `outlets`: the lists of sources and the news outlets); the reporting cues
//! (`cues`); one look-up for every list a word is in (`flags`); capitalised name
//! runs (`runs`); acronyms spelled out (`acronyms`); the article's name index
//! (`names`: who is mentioned, by surname, acronym and role) and its look-ups
//! (`lookup`); the quotation marks (`marks`). Each file imports only files listed
//! before it.

pub(crate) mod acronyms;
pub(crate) mod cues;
pub(crate) mod flags;
pub(crate) mod lookup;
pub(crate) mod marks;
pub(crate) mod names;
pub(crate) mod outlets;
pub(crate) mod runs;
pub(crate) mod source_words;
pub(crate) mod tokens;
pub(crate) mod words;
