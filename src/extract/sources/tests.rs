//! Source patterns: agencies, publications, documents, anonymous sources and credits.

use super::*;
use crate::summary::SourceKind::{self, *};

fn run(text: &str) -> Vec<(String, SourceKind, Option<String>)> {
    let a = Article::parse(text);
    extract(&a, &Entities::default())
        .into_iter()
        .map(|s| (s.name, s.kind, s.cue))
        .collect()
}

fn names(text: &str) -> Vec<(String, SourceKind)> {
    run(text).into_iter().map(|(n, k, _)| (n, k)).collect()
}

fn s(n: &str, k: SourceKind) -> (String, SourceKind) {
    (n.to_string(), k)
}

#[test]
fn seed_like_agency_and_credit() {
    let t = "Titolo\nMicrosoft investe in Anthropic. Lo riporta l’agenzia Bloomberg. Altro testo.\nFonte: Il Sole 24 Ore";
    let r = run(t);
    assert_eq!(
        r[0],
        (
            "Bloomberg".into(),
            Agency,
            Some("Lo riporta l’agenzia".into())
        )
    );
    assert_eq!(
        r[1],
        ("Il Sole 24 Ore".into(), Credit, Some("Fonte:".into()))
    );
    assert_eq!(r.len(), 2);
}

#[test]
fn publications_with_cues() {
    assert_eq!(
        names("Lo dice secondo il Financial Times un dirigente."),
        [s("Financial Times", Publication)]
    );
    assert_eq!(
        names("Come riferisce Reuters, il titolo è sceso."),
        [s("Reuters", Agency)]
    );
    assert_eq!(
        names("Lo scrive La Stampa nella sua edizione di oggi."),
        [s("La Stampa", Publication)]
    );
    assert_eq!(
        names("Il quotidiano \"Folha de São Paulo\" ha scoperto tutto."),
        [s("Folha de São Paulo", Publication)]
    );
    assert_eq!(
        names("La notizia, ripresa dal sito web SpaceWeather.com, gira."),
        [s("SpaceWeather.com", Publication)]
    );
}

#[test]
fn outlet_names_that_are_words_need_capitals_and_context() {
    assert!(names("Domani si vota. La stampa estera ne parla. Il giorno dopo.").is_empty());
    assert!(names("Il Giorno era bello.").is_empty());
}

#[test]
fn datelines_are_credits() {
    assert_eq!(
        names("ROMA, 22 MAR (ANSA) - Il governo ha deciso."),
        [s("ANSA", Credit)]
    );
}

#[test]
fn documents_of_named_issuers() {
    assert_eq!(
        names("Secondo i dati Istat la disoccupazione cala."),
        [s("Istat", Document)]
    );
    assert_eq!(
        names("Lo dice un rapporto di Mediobanca pubblicato ieri."),
        [s("Mediobanca", Document)]
    );
    assert_eq!(
        names("La Protezione Civile (PC), in una nota, ha spiegato tutto."),
        [s("Protezione Civile", Document)]
    );
    assert_eq!(
        names("Il Comitato Olimpico Nazionale Italiano decide. A riferirlo sono il CONI e la FIS, la Federazione Italiana Scherma."),
        [s("Comitato Olimpico Nazionale Italiano", Document), s("Federazione Italiana Scherma", Document)]
    );
}

#[test]
fn anonymous_sources() {
    assert_eq!(
        names("Secondo fonti vicine al dossier l'accordo è fatto."),
        [s("fonti vicine al dossier", Anonymous)]
    );
    assert_eq!(
        names("Secondo indiscrezioni l'accordo è fatto."),
        [s("indiscrezioni", Anonymous)]
    );
    assert_eq!(
        names("Non si placano le voci su un accordo."),
        [s("voci", Anonymous)]
    );
    assert!(names("Le fonti rinnovabili crescono. Le voci dei bambini.").is_empty());
}

#[test]
fn outlet_cues_of_every_kind() {
    assert_eq!(
        names("Lo scrive il Corriere della Sera in un retroscena."),
        [s("Corriere della Sera", Publication)]
    );
    assert_eq!(
        names("Il titolo cala, citando Reuters e fonti di mercato."),
        [s("Reuters", Agency), s("fonti di mercato", Anonymous)]
    );
    assert_eq!(
        names("Stando a Bloomberg, l'intesa è vicina."),
        [s("Bloomberg", Agency)]
    );
}

#[test]
fn people_and_noun_complements_are_not_sources() {
    // a person cited with `secondo` is a speaker, not a source
    assert!(names("Secondo Luca Trogni, la fusione è lontana.").is_empty());
    assert!(names("Parla il presidente della Repubblica ai giovani.").is_empty());
    assert!(names("Ha pubblicato il video sul sito Flickr.com ieri sera.").is_empty());
    assert!(names("Una borsa di studio della Energy Biosciences Institute.").is_empty());
}

#[test]
fn attribution_inside_a_quote_is_kept_only_between_dashes() {
    let t = "Titolo\n«I genitori di Nicola - si legge in un comunicato diramato dall'Ospedale Borgo Trento - hanno espresso il desiderio di donare gli organi».";
    assert_eq!(names(t), [s("Ospedale Borgo Trento", Document)]);
}

#[test]
fn word_like_outlets_with_capitals_and_a_cue() {
    assert_eq!(
        names("Lo scrive il Corriere in un retroscena."),
        [s("Corriere della Sera", Publication)]
    );
    assert_eq!(
        names("Secondo Domani, il decreto slitta."),
        [s("Domani", Publication)]
    );
    assert_eq!(
        names("Come riporta Il Giorno, la giunta cade."),
        [s("Il Giorno", Publication)]
    );
    assert!(names("Secondo domani il decreto slitta, il giorno dopo si vota.").is_empty());
}
