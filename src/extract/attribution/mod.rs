//! What the quotes and the sources extractors share, so that neither imports the
//! other: the word tokens of a sentence (`tokens`), the article's name index
//! (`names`: who is mentioned, by surname, acronym and role; `lookup`: names spelled
//! out), the reporting cues (`cues`), the quotation marks (`marks`) and the word
//! lists of sources (`source_words`) and the news outlets (`outlets`).

pub(crate) mod cues;
pub(crate) mod lookup;
pub(crate) mod marks;
pub(crate) mod names;
pub(crate) mod outlets;
pub(crate) mod source_words;
pub(crate) mod tokens;
