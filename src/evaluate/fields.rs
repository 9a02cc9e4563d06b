//! The matching of one field of one article, gold against predicted, as `score.py`
//! does it: entities by name and aliases, amounts by text then value, quotes by word
//! overlap, speakers by person name, deals by kind and parties.
//!
//! The gold and the predictions are JSON values read as Python reads a `dict`: a key
//! that is missing or `null` is an empty list or an empty text, as `d.get(k) or []`.

use super::normalize::{norm, norm_name, norm_person, words};
use serde_json::Value;
use std::collections::BTreeSet;

/// The list under `key` (`d.get(key) or []`).
pub fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The text under `key`, `""` when missing or not a string (`d.get(key) or ''`).
pub fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// The value under `key`, `None` when missing or `null` (`d.get(key)`).
pub fn get<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    v.get(key).filter(|x| !x.is_null())
}

/// The number under `key` (`None` when missing, `null` or not a number).
pub fn number(v: &Value, key: &str) -> Option<f64> {
    v.get(key).and_then(Value::as_f64)
}

/// Python's `==` between two JSON values (`None` for a missing key): numbers compare
/// by value, so `1` equals `1.0`.
pub fn same(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(Value::Number(x)), Some(Value::Number(y))) => x.as_f64() == y.as_f64(),
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// Two numbers equal up to one part in a million (`close`); `None` equals only `None`.
pub fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * 1f64.max(a.abs()).max(b.abs()),
        (a, b) => a.is_none() && b.is_none(),
    }
}

/// A string as Python's `repr` writes it, for error lines.
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `repr` of an optional JSON value: `None`, a string's repr, or the JSON.
pub fn repr_value(v: Option<&Value>) -> String {
    match v {
        None => "None".into(),
        Some(Value::String(s)) => repr(s),
        Some(x) => x.to_string(),
    }
}

/// The fields `keys` of `v` as Python's `json.dumps` writes them (`{"k": v, ...}`).
pub fn json_of(v: &Value, keys: &[&str]) -> String {
    let parts: Vec<String> = keys
        .iter()
        .map(|k| format!("\"{k}\": {}", get(v, k).unwrap_or(&Value::Null)))
        .collect();
    format!("{{{}}}", parts.join(", "))
}

/// `repr` of a sorted list of names: `['a', 'b']`.
fn repr_names(names: &BTreeSet<String>) -> String {
    let items: Vec<String> = names.iter().map(|n| repr(n)).collect();
    format!("[{}]", items.join(", "))
}

/// The first `n` code points of `s` (`s[:n]`).
fn head(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(at, _)| &s[..at])
}

/// True positives, false positives, false negatives.
pub type Counts = (usize, usize, usize);

/// Entities of one article (`entity_set`): each gold entity, known by its name and
/// aliases in the form `normal`, is matched by at most one predicted entity; a second
/// prediction for it is a false positive. With `loose` (sources) a name of 4 code
/// points or more also matches a form that contains it or that it contains.
pub fn entity_set(
    gold: &[Value],
    predicted: &[Value],
    errors: &mut Vec<String>,
    doc: &str,
    normal: fn(&str) -> String,
    loose: bool,
) -> Counts {
    let forms: Vec<BTreeSet<String>> = gold
        .iter()
        .map(|g| {
            std::iter::once(text(g, "name"))
                .chain(list(g, "aliases").iter().filter_map(Value::as_str))
                .map(normal)
                .collect()
        })
        .collect();
    let mut used = vec![false; forms.len()];
    let (mut tp, mut fp) = (0, 0);
    for e in predicted {
        let n = normal(text(e, "name"));
        let mut hit = (0..forms.len()).find(|&i| !used[i] && forms[i].contains(&n));
        if hit.is_none() && loose && n.chars().count() >= 4 {
            hit = (0..forms.len()).find(|&i| {
                !used[i]
                    && forms[i]
                        .iter()
                        .any(|x| x.chars().count() >= 4 && (x.contains(&n) || n.contains(x)))
            });
        }
        match hit {
            Some(i) => {
                used[i] = true;
                tp += 1;
            }
            None => {
                fp += 1;
                errors.push(format!("{doc}: extra {}", repr_value(get(e, "name"))));
            }
        }
    }
    for (g, u) in gold.iter().zip(&used) {
        if !u {
            errors.push(format!("{doc}: missed {}", repr(text(g, "name"))));
        }
    }
    (tp, fp, used.iter().filter(|u| !**u).count())
}

/// The fields that make an amount exact.
const AMOUNT_FIELDS: [&str; 6] = ["kind", "value", "min", "max", "currency", "qualifier"];

/// Amounts of one article (`amounts`): a predicted amount is detected when its text
/// equals a gold text (or, failing that, contains one or is contained in one), and
/// exact when kind, value, bounds, currency and qualifier also agree. Returns
/// (detected, exact, predicted, gold).
pub fn amounts(
    gold: &[Value],
    predicted: &[Value],
    errors: &mut Vec<String>,
    doc: &str,
) -> (usize, usize, usize, usize) {
    let gold_texts: Vec<String> = gold.iter().map(|g| norm(text(g, "text"))).collect();
    let mut used = vec![false; gold.len()];
    let (mut detected, mut exact) = (0, 0);
    for s in predicted {
        let st = norm(text(s, "text"));
        let i = (0..gold.len())
            .find(|&i| !used[i] && gold_texts[i] == st)
            .or_else(|| {
                (0..gold.len()).find(|&i| {
                    !used[i] && (st.contains(&gold_texts[i]) || gold_texts[i].contains(&st))
                })
            });
        let Some(i) = i else {
            errors.push(format!(
                "{doc}: extra amount {}",
                repr_value(get(s, "text"))
            ));
            continue;
        };
        used[i] = true;
        detected += 1;
        let g = &gold[i];
        let ok = same(get(g, "kind"), get(s, "kind"))
            && ["value", "min", "max"]
                .iter()
                .all(|k| close(number(g, k), number(s, k)))
            && same(get(g, "currency"), get(s, "currency"))
            && same(get(g, "qualifier"), get(s, "qualifier"));
        if ok {
            exact += 1;
        } else {
            errors.push(format!(
                "{doc}: wrong amount {}: got {} want {}",
                repr_value(get(s, "text")),
                json_of(s, &AMOUNT_FIELDS),
                json_of(g, &AMOUNT_FIELDS)
            ));
        }
    }
    for (g, u) in gold.iter().zip(&used) {
        if !u {
            errors.push(format!("{doc}: missed amount {}", repr(text(g, "text"))));
        }
    }
    (detected, exact, predicted.len(), gold.len())
}

/// Two quotes are the same (`quote_match`) when their word sets overlap by 80% or
/// more (intersection over union), or when one contains the other and the shorter
/// has at least 80% of the longer's words.
pub fn quote_match(gold: &str, predicted: &str) -> bool {
    let (gw, sw) = (words(gold), words(predicted));
    if gw.is_empty() || sw.is_empty() {
        return false;
    }
    let (gs, ss): (BTreeSet<&String>, BTreeSet<&String>) =
        (gw.iter().collect(), sw.iter().collect());
    let common = gs.intersection(&ss).count();
    let union = gs.union(&ss).count();
    if common as f64 / union as f64 >= 0.8 {
        return true;
    }
    let (gn, sn) = (norm(gold), norm(predicted));
    (gn.contains(&sn) || sn.contains(&gn))
        && gw.len().min(sw.len()) as f64 / gw.len().max(sw.len()) as f64 >= 0.8
}

/// The predicted speaker is the gold one (`speaker_ok`): the same person name, titles
/// dropped, or one of the names and aliases of the person in `people` the gold speaker
/// names; no speaker matches only no speaker.
pub fn speaker_ok(gold: Option<&str>, predicted: Option<&str>, people: &[Value]) -> bool {
    let (Some(gs), Some(ss)) = (gold, predicted) else {
        return gold.is_none() && predicted.is_none();
    };
    let gn = norm_person(gs);
    let mut forms = BTreeSet::from([gn.clone()]);
    for p in people {
        let pf: BTreeSet<String> = std::iter::once(text(p, "name"))
            .chain(list(p, "aliases").iter().filter_map(Value::as_str))
            .map(norm_person)
            .collect();
        if pf.contains(&gn) {
            forms.extend(pf);
        }
    }
    forms.contains(&norm_person(ss))
}

/// A speaker as Python reads it: `None` when missing or `null`.
fn speaker(v: &Value) -> Option<&str> {
    get(v, "speaker").map(|s| s.as_str().unwrap_or(""))
}

/// Quotes of one article (`quotes`): each predicted quote takes the first unmatched
/// gold quote it matches. Returns (tp, fp, fn, right speakers among the tp).
pub fn quotes(
    gold: &[Value],
    predicted: &[Value],
    people: &[Value],
    errors: &mut Vec<String>,
    doc: &str,
) -> (usize, usize, usize, usize) {
    let mut used = vec![false; gold.len()];
    let (mut tp, mut right) = (0, 0);
    for s in predicted {
        let st = text(s, "text");
        let Some(i) =
            (0..gold.len()).find(|&i| !used[i] && quote_match(text(&gold[i], "text"), st))
        else {
            errors.push(format!("{doc}: extra quote {}", repr(head(st, 70))));
            continue;
        };
        used[i] = true;
        tp += 1;
        if speaker_ok(speaker(&gold[i]), speaker(s), people) {
            right += 1;
        } else {
            errors.push(format!(
                "{doc}: wrong speaker for {}: got {} want {}",
                repr(head(text(&gold[i], "text"), 40)),
                repr_value(get(s, "speaker")),
                repr_value(get(&gold[i], "speaker"))
            ));
        }
    }
    for (g, u) in gold.iter().zip(&used) {
        if !u {
            errors.push(format!(
                "{doc}: missed quote {}",
                repr(head(text(g, "text"), 70))
            ));
        }
    }
    let missed = used.iter().filter(|u| !**u).count();
    (tp, predicted.len() - tp, missed, right)
}

/// What identifies a deal: its kind, payers and payees (canonical names).
type DealKey = (Option<String>, BTreeSet<String>, BTreeSet<String>);

/// Deals of one article (`deals`): a predicted deal matches a gold deal with the same
/// kind, payers and payees, names compared through the article's entities and
/// `aliases` (a partnership's parties have no direction); it is exact when its
/// amount's value is the gold `amount_value`. Returns (tp, fp, fn, exact).
pub fn deals(
    gold_deals: &[Value],
    predicted: &[Value],
    article: &Value,
    errors: &mut Vec<String>,
    doc: &str,
) -> (usize, usize, usize, usize) {
    // Every entity of the gold article: (canonical form, all its forms).
    let mut entities: Vec<(String, BTreeSet<String>)> = Vec::new();
    for field in ["companies", "organizations", "people"] {
        for e in list(article, field) {
            let forms = std::iter::once(text(e, "name"))
                .chain(list(e, "aliases").iter().filter_map(Value::as_str))
                .map(norm_name)
                .collect();
            entities.push((norm_name(text(e, "name")), forms));
        }
    }
    if let Some(aliases) = article.get("aliases").and_then(Value::as_object) {
        for (name, forms) in aliases {
            let forms = std::iter::once(name.as_str())
                .chain(
                    forms
                        .as_array()
                        .map_or(&[][..], Vec::as_slice)
                        .iter()
                        .filter_map(Value::as_str),
                )
                .map(norm_name)
                .collect();
            entities.push((norm_name(name), forms));
        }
    }
    let canon = |name: &str| -> String {
        let n = norm_name(name);
        entities
            .iter()
            .find(|(_, forms)| forms.contains(&n))
            .map_or(n, |(c, _)| c.clone())
    };
    let key = |d: &Value| -> DealKey {
        let names = |k: &str| -> BTreeSet<String> {
            list(d, k)
                .iter()
                .map(|x| canon(x.as_str().unwrap_or("")))
                .collect()
        };
        let kind = get(d, "kind").map(|k| k.as_str().map_or(k.to_string(), str::to_string));
        (kind, names("payers"), names("payees"))
    };
    let gold_keys: Vec<DealKey> = gold_deals.iter().map(key).collect();
    let mut used = vec![false; gold_keys.len()];
    let (mut tp, mut exact) = (0, 0);
    let kind_repr = |k: &Option<String>| k.clone().unwrap_or_else(|| "None".into());
    for d in predicted {
        let k = key(d);
        let hit = if k.0.as_deref() == Some("partnership") {
            let parties: BTreeSet<&String> = k.1.union(&k.2).collect();
            (0..gold_keys.len()).find(|&i| {
                let x = &gold_keys[i];
                !used[i]
                    && x.0.as_deref() == Some("partnership")
                    && x.1.union(&x.2).collect::<BTreeSet<_>>() == parties
            })
        } else {
            (0..gold_keys.len()).find(|&i| !used[i] && gold_keys[i] == k)
        };
        let Some(i) = hit else {
            errors.push(format!(
                "{doc}: extra deal {} {} -> {}",
                kind_repr(&k.0),
                repr_names(&k.1),
                repr_names(&k.2)
            ));
            continue;
        };
        used[i] = true;
        tp += 1;
        let amount = get(d, "amount");
        let value = amount
            .filter(|a| a.is_object())
            .and_then(|a| number(a, "value"));
        if close(number(&gold_deals[i], "amount_value"), value) {
            exact += 1;
        } else {
            errors.push(format!(
                "{doc}: deal amount for {} {}: got {} want {}",
                kind_repr(&k.0),
                repr_names(&k.1),
                amount.map_or("{}".into(), Value::to_string),
                repr_value(get(&gold_deals[i], "amount_value"))
            ));
        }
    }
    for (k, u) in gold_keys.iter().zip(&used) {
        if !u {
            errors.push(format!(
                "{doc}: missed deal {} {} -> {}",
                kind_repr(&k.0),
                repr_names(&k.1),
                repr_names(&k.2)
            ));
        }
    }
    let missed = used.iter().filter(|u| !**u).count();
    (tp, predicted.len() - tp, missed, exact)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn quotes_match_by_word_overlap_or_containment() {
        let cases = [
            (
                "Il mercato crescerà ancora nel prossimo anno",
                "il mercato crescerà ancora nel prossimo anno.",
                true,
            ),
            (
                "uno due tre quattro cinque",
                "uno due tre quattro cinque sei",
                true,
            ),
            (
                "uno due tre quattro",
                "uno due tre quattro cinque sei",
                false,
            ),
            ("", "qualcosa", false),
        ];
        for (g, s, want) in cases {
            assert_eq!(quote_match(g, s), want, "{g} / {s}");
        }
    }

    #[test]
    fn speakers_match_through_titles_and_aliases() {
        let people = [json!({"name": "Carla Ferri", "aliases": ["Ferri"]})];
        assert!(speaker_ok(Some("Carla Ferri"), Some("Ferri"), &people));
        assert!(speaker_ok(
            Some("Carla Ferri"),
            Some("Dott.ssa Carla Ferri"),
            &people
        ));
        assert!(!speaker_ok(Some("Carla Ferri"), Some("Ugo Ferri"), &people));
        assert!(!speaker_ok(Some("Carla Ferri"), None, &people));
        assert!(speaker_ok(None, None, &people));
    }

    #[test]
    fn deals_match_by_kind_and_parties_up_to_aliases() {
        let article = json!({"aliases": {"Alfa Servizi S.p.A.": ["Alfa"]}});
        let gold = [
            json!({"kind": "acquisition", "payers": ["Alfa Servizi"], "payees": ["Beta"], "amount_value": 5e6}),
        ];
        let mut errors = Vec::new();
        let right = [
            json!({"kind": "acquisition", "payers": ["Alfa"], "payees": ["Beta srl"], "amount": {"value": 5000000.0}}),
        ];
        assert_eq!(
            deals(&gold, &right, &article, &mut errors, "d"),
            (1, 0, 0, 1)
        );
        let wrong_kind = [json!({"kind": "investment", "payers": ["Alfa"], "payees": ["Beta"]})];
        assert_eq!(
            deals(&gold, &wrong_kind, &article, &mut errors, "d"),
            (0, 1, 1, 0)
        );
        let partners = [json!({"kind": "partnership", "payers": ["Beta"], "payees": ["Alfa"]})];
        let gold_partners =
            [json!({"kind": "partnership", "payers": ["Alfa"], "payees": ["Beta"]})];
        assert_eq!(
            deals(&gold_partners, &partners, &article, &mut errors, "d"),
            (1, 0, 0, 1)
        );
    }
}
