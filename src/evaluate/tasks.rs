//! The six tasks of `score.py`: which fields each scores, over all gold articles,
//! and the metrics it reports (same names, same order, same numbers).

use super::fields::{self, list, text, Counts};
use super::normalize::{is_space, norm_name, norm_person};
use super::records::Records;
use super::report::{Metric, Scores};
use serde_json::Value;

/// The empty object a missing prediction reads as.
static EMPTY: Value = Value::Null;

/// The prediction for `doc`, or an empty one.
fn predicted<'a>(out: &'a Records, doc: &str) -> &'a Value {
    out.get(doc).unwrap_or(&EMPTY)
}

/// Gold articles with no prediction.
fn missing(gold: &Records, out: &Records) -> usize {
    gold.iter().filter(|(id, _)| out.get(id).is_none()).count()
}

/// Adds `b` to `a`.
fn add(a: &mut Counts, b: Counts) {
    a.0 += b.0;
    a.1 += b.1;
    a.2 += b.2;
}

/// Adds the four counts `b` to `a`.
fn add4(a: &mut [usize; 4], b: (usize, usize, usize, usize)) {
    a[0] += b.0;
    a[1] += b.1;
    a[2] += b.2;
    a[3] += b.3;
}

/// Counts the predicted sources whose name is a gold source's (legal suffixes aside),
/// and how many of them have its kind: `[right kind, named]`.
fn source_kinds(gold: &[Value], predicted: &[Value], tally: &mut [usize; 2]) {
    for s in predicted {
        let name = norm_name(text(s, "name"));
        if let Some(g) = gold.iter().find(|g| norm_name(text(g, "name")) == name) {
            tally[1] += 1;
            tally[0] += usize::from(fields::same(fields::get(g, "kind"), fields::get(s, "kind")));
        }
    }
}

/// Builds the named metrics and the error lists of a report.
struct Builder {
    scores: Scores,
}

impl Builder {
    fn new(fields: &[&str]) -> Builder {
        Builder {
            scores: Scores {
                metrics: Vec::new(),
                errors: fields.iter().map(|f| (f.to_string(), Vec::new())).collect(),
            },
        }
    }

    fn errors(&mut self, field: &str) -> &mut Vec<String> {
        let at = self.scores.errors.iter().position(|(f, _)| f == field);
        &mut self.scores.errors[at.expect("a declared field")].1
    }

    fn metric(&mut self, name: &str, metric: Metric) {
        self.scores.metrics.push((name.to_string(), metric));
    }
}

/// `score.py news`: entities, amounts, quotes, sources and (where the gold has them)
/// deals of each article.
pub fn news(gold: &Records, out: &Records) -> Scores {
    const ENTITY_FIELDS: [&str; 4] = ["companies", "organizations", "people", "sources"];
    let mut b = Builder::new(&[
        "companies",
        "organizations",
        "people",
        "sources",
        "orgs_any_kind",
        "amounts",
        "quotes",
        "deals",
    ]);
    let mut entities = [(0, 0, 0); 5];
    let (mut am, mut qt, mut dl) = ([0; 4], [0; 4], [0; 4]);
    let mut kinds = [0; 2];
    for (doc, g) in gold.iter() {
        let o = predicted(out, doc);
        for (k, field) in ENTITY_FIELDS.iter().enumerate() {
            let normal = if *field == "people" {
                norm_person
            } else {
                norm_name
            };
            let r = fields::entity_set(
                list(g, field),
                list(o, field),
                b.errors(field),
                doc,
                normal,
                *field == "sources",
            );
            add(&mut entities[k], r);
        }
        let orgs =
            |v: &Value| -> Vec<Value> { [list(v, "companies"), list(v, "organizations")].concat() };
        let r = fields::entity_set(
            &orgs(g),
            &orgs(o),
            b.errors("orgs_any_kind"),
            doc,
            norm_name,
            false,
        );
        add(&mut entities[4], r);
        source_kinds(list(g, "sources"), list(o, "sources"), &mut kinds);
        add4(
            &mut am,
            fields::amounts(
                list(g, "amounts"),
                list(o, "amounts"),
                b.errors("amounts"),
                doc,
            ),
        );
        add4(
            &mut qt,
            fields::quotes(
                list(g, "quotes"),
                list(o, "quotes"),
                list(g, "people"),
                b.errors("quotes"),
                doc,
            ),
        );
        if g.get("deals").is_some() {
            add4(
                &mut dl,
                fields::deals(
                    list(g, "deals"),
                    list(o, "deals"),
                    g,
                    b.errors("deals"),
                    doc,
                ),
            );
        }
    }
    for (k, name) in ENTITY_FIELDS
        .iter()
        .chain(["orgs_any_kind"].iter())
        .enumerate()
    {
        let (tp, fp, fn_) = entities[k];
        b.metric(name, Metric::prf(tp, fp, fn_));
    }
    let [detected, exact, n_predicted, n_gold] = am;
    b.metric(
        "amounts_detected",
        Metric::prf(detected, n_predicted - detected, n_gold - detected),
    );
    b.metric(
        "amounts_exact",
        Metric::prf(exact, n_predicted - exact, n_gold - exact),
    );
    b.metric("quotes", Metric::prf(qt[0], qt[1], qt[2]));
    b.metric("speaker_accuracy", Metric::share(qt[3], qt[0]));
    b.metric("source_kind_accuracy", Metric::share(kinds[0], kinds[1]));
    b.metric("deals", Metric::prf(dl[0], dl[1], dl[2]));
    b.metric("deal_amount_accuracy", Metric::share(dl[3], dl[0]));
    b.metric("docs", Metric::Count(gold.len()));
    b.metric("docs_missing_in_output", Metric::Count(missing(gold, out)));
    b.scores
}

/// `score.py deals`: deals only; every gold article counts, so a deal reported where
/// the gold has none (a rumour, a denial) counts against precision.
pub fn deals(gold: &Records, out: &Records) -> Scores {
    let mut b = Builder::new(&["deals"]);
    let mut dl = [0; 4];
    for (doc, g) in gold.iter() {
        let o = predicted(out, doc);
        add4(
            &mut dl,
            fields::deals(
                list(g, "deals"),
                list(o, "deals"),
                g,
                b.errors("deals"),
                doc,
            ),
        );
    }
    b.metric("deals", Metric::prf(dl[0], dl[1], dl[2]));
    b.metric("deal_amount_accuracy", Metric::share(dl[3], dl[0]));
    b.metric("docs", Metric::Count(gold.len()));
    b.metric("docs_missing_in_output", Metric::Count(missing(gold, out)));
    b.scores
}

/// `score.py attribution`: quotes with their speakers, and sources; every gold
/// article counts.
pub fn attribution(gold: &Records, out: &Records) -> Scores {
    let mut b = Builder::new(&["quotes", "sources"]);
    let (mut qt, mut src, mut kinds) = ([0; 4], (0, 0, 0), [0; 2]);
    for (doc, g) in gold.iter() {
        let o = predicted(out, doc);
        add4(
            &mut qt,
            fields::quotes(
                list(g, "quotes"),
                list(o, "quotes"),
                list(g, "people"),
                b.errors("quotes"),
                doc,
            ),
        );
        let r = fields::entity_set(
            list(g, "sources"),
            list(o, "sources"),
            b.errors("sources"),
            doc,
            norm_name,
            true,
        );
        add(&mut src, r);
        source_kinds(list(g, "sources"), list(o, "sources"), &mut kinds);
    }
    b.metric("quotes", Metric::prf(qt[0], qt[1], qt[2]));
    b.metric("speaker_accuracy", Metric::share(qt[3], qt[0]));
    b.metric("sources", Metric::prf(src.0, src.1, src.2));
    b.metric("source_kind_accuracy", Metric::share(kinds[0], kinds[1]));
    b.metric("docs", Metric::Count(gold.len()));
    b.metric("docs_missing_in_output", Metric::Count(missing(gold, out)));
    b.scores
}

/// A span `[start, end]` of a record.
fn span(v: &Value) -> Option<(i64, i64)> {
    let s = list(v, "span");
    Some((s.first()?.as_i64()?, s.get(1)?.as_i64()?))
}

/// The code points `start..end` of `text`, clamped as Python slices are.
fn slice(text: &str, start: i64, end: i64) -> String {
    let n = text.chars().count() as i64;
    let clamp = |x: i64| if x < 0 { (n + x).max(0) } else { x.min(n) } as usize;
    let (a, b) = (clamp(start), clamp(end));
    text.chars().skip(a).take(b.saturating_sub(a)).collect()
}

/// `score.py ner`: the mention spans of companies and organizations (ORG) and of
/// people (PER) against the gold `entities` (`label`, `start`, `end`).
pub fn ner(gold: &Records, out: &Records) -> Scores {
    use std::collections::BTreeSet;
    const LABELS: [&str; 2] = ["ORG", "PER"];
    let mut b = Builder::new(&LABELS);
    let mut totals = [(0, 0, 0); 2];
    for (doc, g) in gold.iter() {
        let o = predicted(out, doc);
        let mut found: [BTreeSet<(i64, i64)>; 2] = Default::default();
        for (field, k) in [("companies", 0), ("organizations", 0), ("people", 1)] {
            for e in list(o, field) {
                found[k].extend(list(e, "mentions").iter().filter_map(span));
            }
        }
        for (k, label) in LABELS.iter().enumerate() {
            let want: BTreeSet<(i64, i64)> = list(g, "entities")
                .iter()
                .filter(|e| fields::text(e, "label") == *label)
                .filter_map(|e| Some((e.get("start")?.as_i64()?, e.get("end")?.as_i64()?)))
                .collect();
            let tp = want.intersection(&found[k]).count();
            add(&mut totals[k], (tp, found[k].len() - tp, want.len() - tp));
            let t = text(g, "text");
            let errors = b.errors(label);
            for &(a, e) in found[k].difference(&want) {
                errors.push(format!(
                    "{doc}: extra {}@{a}",
                    fields::repr(&slice(t, a, e))
                ));
            }
            for &(a, e) in want.difference(&found[k]) {
                errors.push(format!(
                    "{doc}: missed {}@{a}",
                    fields::repr(&slice(t, a, e))
                ));
            }
        }
    }
    for (k, label) in LABELS.iter().enumerate() {
        let (tp, fp, fn_) = totals[k];
        b.metric(label, Metric::prf(tp, fp, fn_));
    }
    b.metric("docs", Metric::Count(gold.len()));
    b.metric("docs_missing_in_output", Metric::Count(missing(gold, out)));
    b.scores
}

/// `s` trimmed, every run of white space one space (`re.sub(r'\s+', ' ', s.strip())`).
fn fold_space(s: &str) -> String {
    s.split(is_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The end of each sentence but the last, each sentence (trimmed) found in `text` in
/// order (`boundaries`); `None` when one is not found. Offsets are bytes: the two sets
/// compared come from the same text.
fn boundaries(text: &str, sentences: &[String]) -> Option<std::collections::BTreeSet<usize>> {
    let mut ends = Vec::with_capacity(sentences.len());
    let mut pos = 0;
    for s in sentences {
        let s = s.trim_matches(is_space);
        pos += text[pos..].find(s)? + s.len();
        ends.push(pos);
    }
    ends.pop();
    Some(ends.into_iter().collect())
}

/// `score.py sentences`: the title and sentences of each text, white space folded,
/// must equal the gold list (`exact`), and the sentence ends are scored as boundaries.
pub fn sentences(gold: &Records, out: &Records) -> Scores {
    let mut b = Builder::new(&["sentences"]);
    let (mut exact, mut counts) = (0, (0, 0, 0));
    for (doc, g) in gold.iter() {
        let t = text(g, "text");
        let o = predicted(out, doc);
        let mut found: Vec<String> = Vec::new();
        if let Some(title) = o
            .get("title")
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
        {
            found.push(title.to_string());
        }
        for p in list(o, "paragraphs") {
            for s in list(p, "sentences") {
                if let Some((a, e)) = span(s) {
                    found.push(slice(t, a, e));
                }
            }
        }
        let want: Vec<String> = list(g, "sentences")
            .iter()
            .map(|s| s.as_str().unwrap_or("").to_string())
            .collect();
        let folded = |v: &[String]| -> Vec<String> {
            v.iter()
                .filter(|x| !x.trim_matches(is_space).is_empty())
                .map(|x| fold_space(x))
                .collect()
        };
        let (gw, sw) = (folded(&want), folded(&found));
        if gw == sw {
            exact += 1;
        } else {
            let list = |v: &[String]| {
                let items: Vec<String> = v.iter().map(|x| fields::repr(x)).collect();
                format!("[{}]", items.join(", "))
            };
            let e = format!("{doc}: want {} got {}", list(&gw), list(&sw));
            b.errors("sentences").push(e);
        }
        let gb = boundaries(t, &want).unwrap_or_default();
        let sb = boundaries(t, &found).unwrap_or_default();
        let tp = gb.intersection(&sb).count();
        add(&mut counts, (tp, sb.len() - tp, gb.len() - tp));
    }
    b.metric("exact", Metric::share(exact, gold.len()));
    b.metric("exact_n", Metric::Count(exact));
    b.metric("docs", Metric::Count(gold.len()));
    b.metric("boundaries", Metric::prf(counts.0, counts.1, counts.2));
    b.scores
}

/// A truthy string under `key` (`d.get(key)` that is neither missing, `null` nor `""`).
fn truthy<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str).filter(|s| !s.is_empty())
}

/// One money result of a peer suite read as the spec reads it (`phrase_ok`): bounds
/// written as intervals (Duckling's `almeno 10 euro` = min 10, `above`) also match the
/// spec's value with a qualifier.
fn phrase_ok(r: &Value, a: &Value, currency: Option<&str>, qualifier: Option<&str>) -> bool {
    use fields::{close, number};
    let a_qualifier = a.get("qualifier").and_then(Value::as_str);
    if let Some(c) = currency {
        if a.get("currency").and_then(Value::as_str) != Some(c) {
            return false;
        }
    }
    match qualifier {
        Some("above") => {
            return close(number(r, "min"), number(a, "value"))
                && matches!(a_qualifier, Some("over" | "at_least"))
        }
        Some("under") => {
            return close(number(r, "max"), number(a, "value"))
                && matches!(a_qualifier, Some("under" | "at_most"))
        }
        _ => {}
    }
    let is_set = |k: &str| fields::get(r, k).is_some();
    if qualifier == Some("between") || (!is_set("value") && is_set("min") && is_set("max")) {
        return close(number(r, "min"), number(a, "min"))
            && close(number(r, "max"), number(a, "max"));
    }
    if qualifier == Some("approx") && a_qualifier != Some("approx") {
        return false;
    }
    close(number(r, "value"), number(a, "value"))
}

/// `score.py phrases`: each gold money result of a peer suite must be found (an
/// overlapping money amount) with its value or bounds, its currency where the suite
/// names or implies one, and its qualifier where it gives one.
pub fn phrases(gold: &Records, out: &Records) -> Scores {
    let mut b = Builder::new(&["phrases"]);
    let (mut found, mut correct, mut total, mut extra) = (0, 0, 0, 0);
    for (doc, g) in gold.iter() {
        let o = predicted(out, doc);
        let money: Vec<&Value> = list(o, "amounts")
            .iter()
            .filter(|a| a.get("kind").and_then(Value::as_str) == Some("money"))
            .collect();
        let mut used = vec![false; money.len()];
        for r in list(g, "results") {
            let kind = r.get("type").map_or(Some("currency"), Value::as_str);
            let minor = r.get("minor_unit").is_some_and(|m| {
                !(m.is_null()
                    || m == &Value::Bool(false)
                    || m.as_f64() == Some(0.0)
                    || m.as_str() == Some(""))
            });
            if kind != Some("currency") || minor {
                continue;
            }
            total += 1;
            let (start, end) = (fields::number(r, "start"), fields::number(r, "end"));
            let hit = (0..money.len()).find(|&i| {
                let s = list(money[i], "span");
                let (a0, a1) = (
                    s.first().and_then(Value::as_f64),
                    s.get(1).and_then(Value::as_f64),
                );
                !used[i]
                    && matches!((a0, end), (Some(x), Some(y)) if x < y)
                    && matches!((start, a1), (Some(x), Some(y)) if x < y)
            });
            let Some(i) = hit else {
                let e = format!(
                    "{doc}: missed {} in {}",
                    fields::repr(text(r, "text")),
                    fields::repr(&text(g, "text").chars().take(80).collect::<String>())
                );
                b.errors("phrases").push(e);
                continue;
            };
            used[i] = true;
            found += 1;
            let currency = truthy(r, "currency").or_else(|| truthy(r, "currency_hint"));
            let qualifier = truthy(r, "qualifier").or_else(|| truthy(g, "qualifier"));
            if phrase_ok(r, money[i], currency, qualifier) {
                correct += 1;
            } else {
                let e = format!(
                    "{doc}: wrong {}: got {} want value={} min={} max={} currency={} qualifier={}",
                    fields::repr(text(r, "text")),
                    fields::json_of(money[i], &["value", "min", "max", "currency", "qualifier"]),
                    fields::repr_value(fields::get(r, "value")),
                    fields::repr_value(fields::get(r, "min")),
                    fields::repr_value(fields::get(r, "max")),
                    currency.unwrap_or("None"),
                    qualifier.unwrap_or("None"),
                );
                b.errors("phrases").push(e);
            }
        }
        extra += used.iter().filter(|u| !**u).count();
    }
    b.metric("accuracy", Metric::share(correct, total));
    b.metric("correct", Metric::Count(correct));
    b.metric("found", Metric::Count(found));
    b.metric("total", Metric::Count(total));
    b.metric("extra_amounts", Metric::Count(extra));
    b.scores
}
