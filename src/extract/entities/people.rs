//! Resolving the capitalised names that no rule classified, by what the article
//! says elsewhere: a surname of a person named in full (`Satya Nadella` ...
//! `Nadella`), a name the article already gave a kind (`la società Acme` ... `Acme`),
//! or the initials of a longer name (`Cassa Depositi e Prestiti` ... `Cdp`).

use super::discovery::Cand;
use super::lists::Class;
use std::collections::HashMap;

/// The entity a candidate belongs to: a gazetteer entry or a normalised name.
pub fn key(text: &str, c: &Cand) -> String {
    match c.entry {
        Some(e) => format!("#{e}"),
        None => norm(&text[c.name.clone()]),
    }
}

/// Lower case, one kind of apostrophe, single spaces.
pub fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('’', "'")
        .to_lowercase()
}

fn roman(w: &str) -> bool {
    w.chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'M'))
}

fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Gives every candidate its entity key and resolves the unclassified ones; the
/// candidates that stay unresolved are dropped. Returns the keys, parallel to `cands`.
pub fn resolve(text: &str, cands: &mut Vec<Cand>) -> Vec<String> {
    let mut keys: Vec<String> = cands.iter().map(|c| key(text, c)).collect();
    // Proper suffixes of full names: `Nadella`, `Di Maio`, `Bush`.
    let mut surnames: HashMap<String, Option<String>> = HashMap::new();
    let mut known: HashMap<String, (Class, String)> = HashMap::new();
    let mut acronyms: HashMap<String, (Class, String)> = HashMap::new();
    for (c, k) in cands.iter().zip(&keys) {
        let name = &text[c.name.clone()];
        match c.class {
            Class::Person if c.words >= 2 => {
                let words: Vec<&str> = name.split_whitespace().collect();
                for i in 1..words.len() {
                    let first = words[i];
                    if !first.chars().next().is_some_and(char::is_uppercase) || roman(first) {
                        continue;
                    }
                    let suffix = norm(&words[i..].join(" "));
                    let slot = surnames.entry(suffix).or_insert_with(|| Some(k.clone()));
                    if slot.as_ref() != Some(k) {
                        *slot = None; // two people share it
                    }
                }
            }
            Class::Company | Class::Organization => {
                known.entry(norm(name)).or_insert((c.class, k.clone()));
                if c.words >= 2 {
                    let ini = initials(name);
                    if ini.chars().count() >= 2 {
                        acronyms
                            .entry(ini.to_lowercase())
                            .or_insert((c.class, k.clone()));
                    }
                }
            }
            _ => {}
        }
    }
    for (c, k) in cands.iter_mut().zip(keys.iter_mut()) {
        let n = norm(&text[c.name.clone()]);
        if c.class == Class::Person && c.words == 1 {
            if let Some(Some(full)) = surnames.get(&n) {
                *k = full.clone();
            }
            continue;
        }
        if c.class != Class::Nothing {
            continue;
        }
        if let Some((class, key)) = known.get(&n) {
            (c.class, *k) = (*class, key.clone());
        } else if let Some(Some(full)) = surnames.get(&n) {
            (c.class, *k) = (Class::Person, full.clone());
        } else if let Some((class, key)) = acronyms.get(&n).filter(|_| c.words == 1) {
            (c.class, *k) = (*class, key.clone());
        }
    }
    let (kept, keys): (Vec<Cand>, Vec<String>) = cands
        .drain(..)
        .zip(keys)
        .filter(|(c, _)| c.class != Class::Nothing)
        .unzip();
    *cands = kept;
    keys
}
