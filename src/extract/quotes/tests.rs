//! Quote patterns: marks, speech versus terms, and the Italian attribution styles.

use super::*;
use crate::summary::{Entity, Mention};

fn people(text: &str, names: &[(&str, &[&str])]) -> Entities {
    let mut e = Entities::default();
    for (name, forms) in names {
        let mut mentions = Vec::new();
        for f in *forms {
            let mut from = 0;
            while let Some(p) = text[from..].find(f) {
                let s = from + p;
                mentions.push(Mention {
                    span: (s..s + f.len()).into(),
                    text: f.to_string(),
                });
                from = s + f.len();
            }
        }
        mentions.sort_by_key(|m| m.span.start);
        e.people.push(Entity {
            name: name.to_string(),
            mentions,
        });
    }
    e
}

fn run(text: &str, e: &Entities) -> Vec<(String, Option<String>, Option<String>)> {
    let a = Article::parse(text);
    extract(&a, e)
        .into_iter()
        .map(|q| (q.text, q.speaker, q.cue))
        .collect()
}

fn q(t: &str, s: Option<&str>, c: Option<&str>) -> (String, Option<String>, Option<String>) {
    (t.to_string(), s.map(str::to_string), c.map(str::to_string))
}

#[test]
fn cue_before_with_colon() {
    let t = "Parla Satya Nadella.\nE lo stesso Nadella lo dice chiaramente, in un video: «Diventeremo clienti l’uno dell’altro. Tutto ciò resta». Una frase.";
    let e = people(t, &[("Satya Nadella", &["Satya Nadella", "Nadella"])]);
    assert_eq!(
        run(t, &e),
        [q(
            "Diventeremo clienti l’uno dell’altro. Tutto ciò resta",
            Some("Satya Nadella"),
            Some("dice")
        )]
    );
    // without entities, the fallback finds and resolves the surname
    assert_eq!(
        run(t, &Entities::default())[0].1.as_deref(),
        Some("Satya Nadella")
    );
}

#[test]
fn cue_after_with_inversion() {
    let t = "Il governo decide. «Non ci saranno nuove tasse per le famiglie», ha detto il ministro Giorgetti.";
    assert_eq!(
        run(t, &Entities::default()),
        [q(
            "Non ci saranno nuove tasse per le famiglie",
            Some("Giorgetti"),
            Some("ha detto")
        )]
    );
}

#[test]
fn cue_inside_gives_two_quotes() {
    let t =
        "Ieri la riunione. «Siamo pronti», spiega Mario Rossi, «a partire subito con il piano».";
    let r = run(t, &Entities::default());
    assert_eq!(r.len(), 2);
    assert!(r.iter().all(|x| x.1.as_deref() == Some("Mario Rossi")));
    assert_eq!(r[1].0, "a partire subito con il piano");
}

#[test]
fn cue_in_next_sentence_and_cleft() {
    let t =
        "«Il piano va rivisto da capo entro la fine dell'anno». Lo ha detto Carlo Bianchi ieri.";
    assert_eq!(
        run(t, &Entities::default())[0].1.as_deref(),
        Some("Carlo Bianchi")
    );
    let t = "«Il piano va rivisto da capo entro la fine dell'anno». A dirlo è Carlo Bianchi.";
    assert_eq!(
        run(t, &Entities::default())[0].1.as_deref(),
        Some("Carlo Bianchi")
    );
}

#[test]
fn secondo_and_dropped_subject() {
    let t = "Secondo Luca Trogni, «la forza delle relazioni conta». Poi «e conta ancora molto, davvero», ha aggiunto.";
    let r = run(t, &Entities::default());
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].1.as_deref(), Some("Luca Trogni"));
    assert_eq!(r[1].1.as_deref(), Some("Luca Trogni"));
    assert_eq!(r[1].2.as_deref(), Some("ha aggiunto"));
}

#[test]
fn roles_and_companies_as_speakers() {
    let t = "«Non commentiamo le indiscrezioni di mercato», ha detto un portavoce di Enel.";
    assert_eq!(
        run(t, &Entities::default())[0].1.as_deref(),
        Some("un portavoce di Enel")
    );
    let t = "L'accordo lega OpenAI e Microsoft. Microsoft in una nota: «Siamo soddisfatti dell'accordo raggiunto con i partner».";
    assert_eq!(
        run(t, &Entities::default())[0].1.as_deref(),
        Some("Microsoft")
    );
}

#[test]
fn terms_titles_and_names_are_not_quotes() {
    let t = "Gli investitori sono convinti che queste “circular AI deals” siano una bolla.";
    assert!(run(t, &Entities::default()).is_empty());
    let t = "Ha presentato il suo libro \"Meglio liberi. Lettera a mio figlio sul coraggio di cambiare\", pubblicato da Rizzoli.";
    assert!(run(t, &Entities::default()).is_empty());
    let t = "Come ha dimostrato il quotidiano \"Folha de São Paulo\", le imprese pagano.";
    assert!(run(t, &Entities::default()).is_empty());
    let t = "Il dominio dello \"Squalo dello Stretto\" è netto.";
    assert!(run(t, &Entities::default()).is_empty());
}

#[test]
fn short_words_under_a_cue_are_quotes() {
    let t = "La Russia si è invece detta \"scettica\" sulla riuscita.";
    assert_eq!(
        run(t, &Entities::default()),
        [q("scettica", Some("Russia"), Some("si è invece detta"))]
    );
}

#[test]
fn unbalanced_nested_and_multi_paragraph() {
    let t = "Titolo\nRossi ha detto: «il primo pezzo del discorso, che non chiude mai\nAltro paragrafo senza virgolette.";
    let r = run(t, &Entities::default());
    assert_eq!(r.len(), 1);
    assert!(r[0].0.ends_with("che non chiude mai"));
    let t = "Titolo\nRossi ha detto: «hanno gridato “Allah” e poi sono entrati».";
    assert_eq!(run(t, &Entities::default()).len(), 1);
    let t = "Titolo\nRossi ha detto: «Primo paragrafo del discorso.\n«Secondo paragrafo del discorso». Fine.";
    let r = run(t, &Entities::default());
    assert_eq!(r.len(), 1);
    assert!(r[0].0.contains("Secondo paragrafo"));
}

#[test]
fn attribution_inside_the_marks_splits() {
    let t = "«Possibile che nessuno sia in grado di capirlo - dice Bondi -. Le notizie fanno male a tutti».";
    let r = run(t, &Entities::default());
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].0, "Possibile che nessuno sia in grado di capirlo");
    assert_eq!(r[1].0, "Le notizie fanno male a tutti");
}

/// Writes quotes and sources of the dev texts without entities, for measuring the
/// fallback: `QNOENT=/tmp/out.jsonl cargo test --lib dump_without_entities`.
#[test]
fn dump_without_entities() {
    let Ok(path) = std::env::var("QNOENT") else {
        return;
    };
    let data = std::fs::read_to_string("corpora/news/dev_texts.jsonl").unwrap();
    let mut out = String::new();
    for line in data.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let t = v["text"].as_str().unwrap();
        let a = Article::parse(t);
        let e = Entities::default();
        let q = extract(&a, &e);
        let s = crate::extract::sources::extract(&a, &e);
        let o = serde_json::json!({"id": v["id"], "quotes": q, "sources": s});
        out.push_str(&o.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).unwrap();
}

/// Times quotes and sources over a corpus: `QBENCH=path.jsonl cargo test --release --lib time_extractors -- --nocapture`.
#[test]
#[allow(clippy::print_stderr)]
fn time_extractors() {
    let Ok(path) = std::env::var("QBENCH") else {
        return;
    };
    let data = std::fs::read_to_string(path).unwrap();
    let texts: Vec<String> = data
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let arts: Vec<Article> = texts.iter().map(|t| Article::parse(t)).collect();
    let ents: Vec<Entities> = arts.iter().map(crate::extract::entities::extract).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let t0 = std::time::Instant::now();
    let mut n = 0;
    for (a, e) in arts.iter().zip(&ents) {
        n += Context::new(a, e).is_person("x") as usize;
    }
    let c = t0.elapsed().as_secs_f64();
    let t0 = std::time::Instant::now();
    for (a, e) in arts.iter().zip(&ents) {
        n += extract(a, e).len();
    }
    let q = t0.elapsed().as_secs_f64();
    let t0 = std::time::Instant::now();
    for (a, e) in arts.iter().zip(&ents) {
        n += crate::extract::sources::extract(a, e).len();
    }
    let s = t0.elapsed().as_secs_f64();
    let mb = bytes as f64 / 1e6;
    eprintln!(
        "{n} records; context {:.1} MB/s, quotes {:.1} MB/s, sources {:.1} MB/s",
        mb / c,
        mb / q,
        mb / s
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
    /// Any mix of marks, dashes, capitals and line breaks: no panic, spans on char
    /// boundaries and inside the text.
    #[test]
    fn never_panics(s in "[«»“”\"‘’'a-zA-ZÈèé:,;.!? \n\\-–(ANSA)Fonte]{0,200}") {
        let a = Article::parse(&s);
        let e = Entities::default();
        for q in extract(&a, &e) {
            proptest::prop_assert!(s.is_char_boundary(q.span.start) && s.is_char_boundary(q.span.end));
            proptest::prop_assert!(q.span.start < q.span.end && q.span.end <= s.len());
        }
        for src in crate::extract::sources::extract(&a, &e) {
            proptest::prop_assert!(s.is_char_boundary(src.span.start) && s.is_char_boundary(src.span.end));
        }
    }
}

#[test]
fn reported_speech_patterns_with_words_in_between() {
    // «A» e «B», ha commentato X: both are X's
    let t = "«Il Papa ci ha preso un po' di sorpresa» e «questo lo avevamo notato anche noi», ha commentato padre Federico Lombardi.";
    let r = run(t, &Entities::default());
    assert_eq!(r.len(), 2);
    assert!(r
        .iter()
        .all(|x| x.1.as_deref() == Some("Federico Lombardi")));
    // a relative clause: the antecedent speaks
    let t = "Fu nominato da papa Paolo VI, che lo definì un «insigne maestro di teologia».";
    assert_eq!(
        run(t, &Entities::default())[0].1.as_deref(),
        Some("Paolo VI")
    );
    // a definite role refers back to the person just introduced
    let t = "Il giudice, Alberto Iannuzzi, ha fissato la data. Il magistrato ha sottolineato l'esistenza di «indizi gravissimi».";
    assert_eq!(
        run(t, &Entities::default())[0].1.as_deref(),
        Some("Alberto Iannuzzi")
    );
}

#[test]
fn cosi_and_written_statements() {
    let t =
        "«Il piano va rivisto da capo entro la fine dell'anno». Così Carlo Bianchi, ieri a Roma.";
    assert_eq!(
        run(t, &Entities::default()),
        [q(
            "Il piano va rivisto da capo entro la fine dell'anno",
            Some("Carlo Bianchi"),
            Some("Così")
        )]
    );
    let t = "«Non ci sono rischi per i clienti della banca», si legge nella nota di Unicredit.";
    assert_eq!(
        run(t, &Entities::default())[0].1.as_deref(),
        Some("Unicredit")
    );
}

#[test]
fn title_and_complement_glued_to_the_name() {
    let t = "Il ministro dell'Economia Giancarlo Giorgetti ha detto: «Non ci saranno nuove tasse per le famiglie». Giorgetti ha poi lasciato la sala.";
    assert_eq!(
        run(t, &Entities::default())[0].1.as_deref(),
        Some("Giancarlo Giorgetti")
    );
    let e = people(
        t,
        &[("Giancarlo Giorgetti", &["Giancarlo Giorgetti", "Giorgetti"])],
    );
    assert_eq!(run(t, &e)[0].1.as_deref(), Some("Giancarlo Giorgetti"));
}

#[test]
fn everyday_wire_copy() {
    let e = Entities::default();
    let one = |t: &str| run(t, &e).into_iter().next().map(|x| (x.1, x.2));
    let t = "«Siamo soddisfatti dei risultati», ha dichiarato l'amministratore delegato di Enel, Francesco Starace.";
    assert_eq!(one(t).unwrap().0.as_deref(), Some("Francesco Starace"));
    let t = "«Valuteremo ogni opzione», fanno sapere da Palazzo Chigi.";
    assert_eq!(one(t).unwrap().0.as_deref(), Some("Palazzo Chigi"));
    let t = "A dirlo è stato il governatore Ignazio Visco: «L'inflazione scende».";
    assert_eq!(
        one(t),
        Some((Some("Ignazio Visco".into()), Some("A dirlo è stato".into())))
    );
    let t = "«Non è il momento di fare polemiche», ha detto Mario Rossi. «Serve unità».";
    let r = run(t, &e);
    assert_eq!(r.len(), 2);
    assert_eq!(r[1].1.as_deref(), Some("Mario Rossi"));
}
