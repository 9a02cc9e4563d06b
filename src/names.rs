//! User name lists: the companies, organizations, people and outlets a user tracks,
//! added to the built-in lists at start-up (`--names FILE`, `CRONISTA_NAMES`, or the
//! `names` argument of the Python API).
//!
//! A list is a text file with one name a line, tab-separated:
//! `name<TAB>kind<TAB>alias<TAB>alias...`, where kind is `company`, `organization`,
//! `person` or `outlet`; blank lines and lines starting with `#` are skipped.
//!
//! A listed name wins over the built-in guess: after the entity stage, every
//! occurrence of a listed name or alias (whole words, case as written) becomes a
//! mention of the listed entity under its canonical name, and any mention the
//! built-in rules found across or inside it is dropped (`Bettini`, guessed a person,
//! becomes the company of the list). Only a longer built-in mention that contains the
//! whole occurrence is kept (`Mario Bettini` stays a person when `Bettini` is a listed
//! company). Outlets are companies in the summary, like the built-in agencies.

use crate::extract::entities::Entities;
use crate::reader::Article;
use crate::summary::{Entity, Mention, Span};
use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashMap as HashMap;
use std::fmt;
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

/// What a listed name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// A business: goes to `companies`.
    Company,
    /// A body that is not a company: goes to `organizations`.
    Organization,
    /// A person: goes to `people`.
    Person,
    /// A news agency or outlet: goes to `companies`, like the built-in agencies.
    Outlet,
}

impl NameKind {
    /// The kind written in a list (`company`, ...), in any case; `organisation` too.
    pub fn parse(word: &str) -> Option<NameKind> {
        match word.trim().to_ascii_lowercase().as_str() {
            "company" => Some(NameKind::Company),
            "organization" | "organisation" => Some(NameKind::Organization),
            "person" => Some(NameKind::Person),
            "outlet" => Some(NameKind::Outlet),
            _ => None,
        }
    }
}

/// One line of a list: the canonical name, its kind and its other forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedName {
    /// The canonical name, the entity's `name` in the summary.
    pub name: String,
    /// What it is.
    pub kind: NameKind,
    /// Other forms found in articles (`Acme`, `ACME`), each a mention of the name.
    pub aliases: Vec<String>,
}

/// A malformed list or one that cannot be read: the message names the file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamesError {
    /// The file (or the name the list was given).
    pub file: String,
    /// The line, from 1; 0 when the whole file is at fault.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for NamesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "name list {}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "name list {} line {}: {}",
                self.file, self.line, self.message
            )
        }
    }
}

impl std::error::Error for NamesError {}

/// The lines of a list, parsed; `file` names it in errors.
pub fn parse_list(text: &str, file: &str) -> Result<Vec<ListedName>, NamesError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let error = |message: String| NamesError {
            file: file.to_string(),
            line: i + 1,
            message,
        };
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let mut fields = line.split('\t');
        let name = fields.next().unwrap_or_default().trim();
        if name.is_empty() {
            return Err(error("the name (first field) is empty".into()));
        }
        let Some(kind_field) = fields.next() else {
            return Err(error(format!(
                "expected name<TAB>kind<TAB>aliases..., found no tab after {name:?}"
            )));
        };
        let Some(kind) = NameKind::parse(kind_field) else {
            return Err(error(format!(
                "unknown kind {:?} (expected company, organization, person or outlet)",
                kind_field.trim()
            )));
        };
        let aliases = fields
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(String::from)
            .collect();
        out.push(ListedName {
            name: name.to_string(),
            kind,
            aliases,
        });
    }
    Ok(out)
}

/// Reads and parses one list file (UTF-8).
pub fn read_list(path: &Path) -> Result<Vec<ListedName>, NamesError> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| NamesError {
        file: file.clone(),
        line: 0,
        message: crate::input::io_message(&e),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        NamesError {
            file: file.clone(),
            line,
            message: "invalid UTF-8 (save the list as UTF-8)".into(),
        }
    })?;
    parse_list(&text, &file)
}

/// The names of all the lists, with one matcher over every form.
#[derive(Debug, Clone, Default)]
pub struct Names {
    /// Every listed name, in the order the lists gave them.
    pub entries: Vec<ListedName>,
    /// One pattern per form; `forms[i]` is the entry of pattern `i`.
    matcher: Option<AhoCorasick>,
    forms: Vec<usize>,
}

impl Names {
    /// The names of `entries`; a later entry with the same form overrides an earlier one.
    pub fn new(entries: Vec<ListedName>) -> Names {
        let mut patterns: Vec<&str> = Vec::new();
        let mut forms = Vec::new();
        let mut seen: HashMap<&str, usize> = HashMap::default();
        for (e, entry) in entries.iter().enumerate() {
            for form in std::iter::once(&entry.name).chain(&entry.aliases) {
                match seen.get(form.as_str()) {
                    Some(&i) => forms[i] = e,
                    None => {
                        seen.insert(form, patterns.len());
                        patterns.push(form);
                        forms.push(e);
                    }
                }
            }
        }
        let matcher = (!patterns.is_empty()).then(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&patterns)
                .expect("name patterns are plain strings")
        });
        Names {
            entries,
            matcher,
            forms,
        }
    }

    /// The names of the list files `paths`, in order.
    pub fn load<P: AsRef<Path>>(paths: &[P]) -> Result<Names, NamesError> {
        let mut entries = Vec::new();
        for p in paths {
            entries.extend(read_list(p.as_ref())?);
        }
        Ok(Names::new(entries))
    }

    /// True when no name is listed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The occurrences of listed forms in `text` as whole words, each with its entry:
    /// in text order, without overlaps (the longest of overlapping forms wins).
    pub fn find(&self, text: &str) -> Vec<(Range<usize>, usize)> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let mut found: Vec<(Range<usize>, usize)> = matcher
            .find_overlapping_iter(text)
            .filter(|m| whole_words(text, m.range()))
            .map(|m| (m.range(), self.forms[m.pattern().as_usize()]))
            .collect();
        found.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
        let mut end = 0;
        found.retain(|(r, _)| {
            let free = r.start >= end;
            if free {
                end = r.end;
            }
            free
        });
        found
    }

    /// Makes every occurrence of a listed name in the title or a sentence a mention of
    /// that name, over what the built-in rules guessed (see the module's doc).
    pub fn apply(&self, article: &Article, entities: &mut Entities) {
        let text = article.text;
        let units: Vec<Range<usize>> = article.units().collect();
        for (range, entry) in self.find(text) {
            if !units
                .iter()
                .any(|u| u.start <= range.start && range.end <= u.end)
            {
                continue;
            }
            let span = Span::from(range.clone());
            let lists = [
                &mut entities.companies,
                &mut entities.organizations,
                &mut entities.people,
            ];
            let longer_built_in = lists.iter().any(|list| {
                list.iter().any(|e| {
                    e.mentions
                        .iter()
                        .any(|m| m.span.contains(span) && m.span.len() > span.len())
                })
            });
            if longer_built_in {
                continue;
            }
            for list in lists {
                for e in list.iter_mut() {
                    e.mentions
                        .retain(|m| m.span.end <= span.start || span.end <= m.span.start);
                }
                list.retain(|e| !e.mentions.is_empty());
            }
            let listed = &self.entries[entry];
            let list = match listed.kind {
                NameKind::Company | NameKind::Outlet => &mut entities.companies,
                NameKind::Organization => &mut entities.organizations,
                NameKind::Person => &mut entities.people,
            };
            let mention = Mention {
                span,
                text: text[range].to_string(),
            };
            match list.iter_mut().find(|e| e.name == listed.name) {
                Some(e) => {
                    e.mentions.push(mention);
                    e.mentions.sort_by_key(|m| m.span);
                }
                None => list.push(Entity {
                    name: listed.name.clone(),
                    mentions: vec![mention],
                }),
            }
        }
        for list in [
            &mut entities.companies,
            &mut entities.organizations,
            &mut entities.people,
        ] {
            list.sort_by_key(|e| e.mentions.first().map(|m| m.span));
        }
    }
}

/// True when `r` starts and ends at word boundaries of `text`.
fn whole_words(text: &str, r: Range<usize>) -> bool {
    let before = text[..r.start].chars().next_back();
    let after = text[r.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

static INSTALLED: OnceLock<Names> = OnceLock::new();

/// Makes `names` the lists of every later [`crate::analyze`] and
/// [`crate::analyze_with_id`] in this process (the binary does it at start-up for
/// `--names` and `CRONISTA_NAMES`). Fails, giving them back, when lists are already
/// installed. [`crate::analyze_with_names`] takes lists per call instead.
pub fn install(names: Names) -> Result<(), Names> {
    INSTALLED.set(names)
}

/// The lists installed with [`install`], if any.
pub fn installed() -> Option<&'static Names> {
    INSTALLED.get()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &str) -> Names {
        Names::new(parse_list(list, "test.tsv").unwrap())
    }

    #[test]
    fn parses_lines_comments_and_aliases() {
        let list = "# portafoglio\n\nAcme Italia\tcompany\tAcme\tACME\t\nPrimo Ventures\tOrganisation\nLia Neri\tperson\r\n";
        let parsed = parse_list(list, "p.tsv").unwrap();
        assert_eq!(parsed.len(), 3);
        assert_eq!(parsed[0].aliases, ["Acme", "ACME"]);
        assert_eq!(parsed[1].kind, NameKind::Organization);
        assert_eq!(parsed[2].name, "Lia Neri");
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        let cases = [
            ("Acme\tcompany\nBettini\n", 2, "no tab"),
            ("Acme\tcompagnia\n", 1, "unknown kind \"compagnia\""),
            ("# c\n\tcompany\n", 2, "name (first field) is empty"),
        ];
        for (list, line, what) in cases {
            let e = parse_list(list, "lista.tsv").unwrap_err();
            assert_eq!((e.file.as_str(), e.line), ("lista.tsv", line), "{list:?}");
            assert!(e.message.contains(what), "{e}");
            assert!(
                e.to_string()
                    .starts_with(&format!("name list lista.tsv line {line}: ")),
                "{e}"
            );
        }
    }

    #[test]
    fn finds_whole_words_longest_first() {
        let n = names("Acme\tcompany\nAcme Italia\tcompany\nAcme\tperson\n");
        let text = "Acmeo e Acme Italia, poi Acme.";
        let found: Vec<&str> = n.find(text).iter().map(|(r, _)| &text[r.clone()]).collect();
        assert_eq!(found, ["Acme Italia", "Acme"]);
        // A later line with the same form overrides an earlier one.
        assert_eq!(n.entries[n.find(text)[1].1].kind, NameKind::Person);
    }

    /// A listed name wins over the built-in guess; a longer built-in name holding it
    /// stays.
    #[test]
    fn listed_kind_wins() {
        let list = "Acme Italia\tcompany\nBettini\tcompany\nCorvo\tperson\n";
        let cases: [(&str, &[&str], &[&str]); 2] = [
            (
                "Acme Italia ha comprato Bettini per 3 milioni di euro.",
                &["Acme Italia", "Bettini"],
                &[],
            ),
            (
                "Ieri Mario Bettini ha parlato con Corvo.",
                &[],
                &["Mario Bettini", "Corvo"],
            ),
        ];
        for (text, companies, people) in cases {
            let plain = crate::analyze(text);
            let summary = crate::analyze_with_names("-", text, Some(&names(list)));
            let got = |l: &[Entity]| l.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
            assert_eq!(got(&summary.companies), companies, "{text}");
            assert_eq!(got(&summary.people), people, "{text}");
            let entities = |s: &crate::summary::Summary| (got(&s.companies), got(&s.people));
            assert_ne!(
                entities(&plain),
                entities(&summary),
                "{text}: the list changed nothing"
            );
        }
    }
}
