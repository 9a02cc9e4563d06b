//! Marked-up examples for every cue and trap of the entity extractor.

use super::*;

/// Names of each list, in order: companies, organizations, people.
fn names(text: &str) -> [Vec<String>; 3] {
    let article = Article::parse(text);
    let e = extract(&article);
    for list in [&e.companies, &e.organizations, &e.people] {
        for entity in list {
            for m in &entity.mentions {
                assert_eq!(m.text, text[m.span.range()], "span and text agree");
            }
        }
    }
    let n = |l: &[Entity]| l.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
    [n(&e.companies), n(&e.organizations), n(&e.people)]
}

fn companies(text: &str) -> Vec<String> {
    names(text)[0].clone()
}

fn orgs(text: &str) -> Vec<String> {
    names(text)[1].clone()
}

fn people(text: &str) -> Vec<String> {
    names(text)[2].clone()
}

/// Mentions of each person, by canonical name.
fn people_with_mentions(text: &str) -> Vec<(String, Vec<String>)> {
    let article = Article::parse(text);
    extract(&article)
        .people
        .iter()
        .map(|e| {
            let m = e.mentions.iter().map(|m| m.text.clone()).collect();
            (e.name.clone(), m)
        })
        .collect()
}

#[test]
fn seed_article() {
    let text = include_str!("../../../fixtures/seed.txt");
    let [c, o, p] = names(text);
    assert_eq!(
        c,
        [
            "Microsoft",
            "Nvidia",
            "OpenAI",
            "Anthropic",
            "Bloomberg",
            "Il Sole 24 Ore"
        ]
    );
    assert!(o.is_empty(), "{o:?}");
    assert_eq!(p, ["Satya Nadella"]);
    assert_eq!(
        people_with_mentions(text)[0].1,
        ["Satya Nadella", "Nadella"]
    );
}

#[test]
fn lists_parse_and_are_large() {
    for (name, file) in lists::ALL {
        for line in crate::lexicon::entries(file) {
            assert!(line.split('\t').count() <= 3, "{name}: {line:?}");
        }
    }
    let g = &*lists::GAZETTEER;
    let count = |c: lists::Class| g.entries.iter().filter(|e| e.class == c).count();
    assert!(count(lists::Class::Company) > 1000);
    assert!(count(lists::Class::Organization) > 300);
    assert!(lists::FIRST.len() > 2500);
    assert!(g
        .entries
        .iter()
        .any(|e| e.name == "Cassa Depositi e Prestiti"));
}

#[test]
fn legal_suffixes_are_dropped_and_merged() {
    let t = "Titolo\nLa Fiat S.p.A. ha chiuso. Poi Fiat ha riaperto. Anche Acme Srl e Globex Inc. crescono.";
    assert_eq!(companies(t), ["Fiat", "Acme", "Globex"]);
}

#[test]
fn company_cues() {
    for (t, want) in [
        ("Ne parla la società Fabbrodomo con orgoglio.", "Fabbrodomo"),
        ("Ne parla l'azienda Zetaform con orgoglio.", "Zetaform"),
        ("Ne parla il gruppo Trevalli con orgoglio.", "Trevalli"),
        ("Ne parla la startup Nuvolaria con orgoglio.", "Nuvolaria"),
        (
            "Ne parla la casa automobilistica Velorex con orgoglio.",
            "Velorex",
        ),
        (
            "Ne parla la società americana Quarkon con orgoglio.",
            "Quarkon",
        ),
        ("Ne parla l'operatore Linkanet con orgoglio.", "Linkanet"),
    ] {
        assert_eq!(companies(t), [want], "{t}");
    }
}

#[test]
fn organization_cues_and_heads() {
    assert_eq!(
        orgs("Lo dice il partito Rinascita Civica oggi."),
        ["Rinascita Civica"]
    );
    assert_eq!(
        orgs("Lo ha deciso il Ministero dell'Economia ieri."),
        ["Ministero dell'Economia"]
    );
    assert_eq!(
        orgs("Lo ha chiesto la Procura di Trani ieri."),
        ["Procura di Trani"]
    );
    assert_eq!(
        orgs("Ne parla l'Università di Berkeley ieri."),
        ["Università di Berkeley"]
    );
    assert_eq!(
        orgs("Lo chiede la Banca d'Italia oggi."),
        ["Banca d'Italia"]
    );
    // A common noun with a place is not a name.
    assert!(orgs("Lo ha chiesto la procura di Trani ieri.").is_empty());
}

#[test]
fn institutional_names_take_connectors() {
    assert_eq!(
        companies("Lo ha deciso la Cassa Depositi e Prestiti ieri. Poi Cdp ha firmato."),
        ["Cassa Depositi e Prestiti"]
    );
}

#[test]
fn products_and_places_are_not_organizations() {
    let t = "Il cloud Azure di Microsoft cresce in Italia e negli Stati Uniti con ChatGPT.";
    assert_eq!(companies(t), ["Microsoft"]);
    assert!(orgs(t).is_empty());
    assert!(people(t).is_empty());
}

#[test]
fn people_full_name_then_surname() {
    let t = "Titolo\nHa parlato Satya Nadella. Poi lo stesso Nadella ha taciuto.";
    assert_eq!(people(t), ["Satya Nadella"]);
    let t = "Nadella ha parlato per primo. Poi Satya Nadella ha taciuto.";
    assert_eq!(people(t), ["Satya Nadella"]);
}

#[test]
fn people_from_titles_and_roles() {
    assert_eq!(
        people("Lo ha detto il ministro Tremontani ieri."),
        ["Tremontani"]
    );
    assert_eq!(
        people("Lo ha detto l'amministratore delegato Carlo Messina ieri."),
        ["Carlo Messina"]
    );
}

#[test]
fn no_person_from_a_company_name() {
    let t = "Lo ha annunciato Leonardo ieri. Leonardo Del Vecchio no.";
    assert_eq!(companies(t), ["Leonardo"]);
    assert_eq!(people(t), ["Leonardo Del Vecchio"]);
    assert!(people("La Ferrari corre.").is_empty());
}

#[test]
fn sentence_initial_capitals_are_not_names() {
    let t = "Secondo Mario Rossi il mercato cresce. Oggi Enel investe.";
    assert_eq!(people(t), ["Mario Rossi"]);
    assert_eq!(companies(t), ["Enel"]);
}

#[test]
fn headline_in_capitals() {
    let t = "MICROSOFT INVESTE NELLA RIVALE DI_OR_DA OPENAI\nMicrosoft investe.";
    assert_eq!(companies(t), ["Microsoft", "OpenAI"]);
    assert!(orgs(t).is_empty());
}

#[test]
fn acronyms_and_initials() {
    assert_eq!(orgs("Il ricorso della FIGC è stato respinto."), ["FIGC"]);
    assert!(orgs("Benedetto XVI ha parlato.").is_empty());
}

#[test]
fn mentions_stay_inside_sentences() {
    let t = "Lo dice Mario. Rossi ha poi parlato.";
    assert!(people(t).is_empty());
}

#[test]
fn never_panics_on_odd_input() {
    for t in [
        "",
        "«»",
        "L'",
        "d'Italia",
        "A. B. C.",
        "S.p.A.",
        "’’’",
        "É È",
        "X\u{a0}Y Z",
    ] {
        let _ = names(t);
    }
}

#[test]
fn coordinated_names_are_separate() {
    assert_eq!(
        orgs("Lo hanno chiesto il Parlamento e il Governo ieri."),
        ["Parlamento", "Governo"]
    );
    assert_eq!(
        companies("La fusione tra Banca Intesa e Sanpaolo IMI è fatta."),
        ["Banca Intesa", "Sanpaolo IMI"]
    );
}

#[test]
fn institutional_adjectives_and_articles() {
    assert_eq!(
        orgs("Anche l'Aeronautica militare, di cui fa parte, tace."),
        ["Aeronautica militare"]
    );
    assert_eq!(
        orgs("Lo decide il Tribunale supremo elettorale oggi."),
        ["Tribunale supremo elettorale"]
    );
    // A verb after the name is not part of it.
    assert_eq!(
        orgs("La Guardia di Finanza forniva i dati."),
        ["Guardia di Finanza"]
    );
}

#[test]
fn given_name_inside_a_run_starts_a_person() {
    let t = "Ha parlato il presidente della Repubblica Giorgio Napolitano ieri.";
    assert_eq!(people(t), ["Giorgio Napolitano"]);
    assert!(orgs(t).is_empty());
    assert_eq!(
        people("Lo ha detto il direttore dell'AMG Stefano Mileci ieri."),
        ["Stefano Mileci"]
    );
}

#[test]
fn well_known_people_by_surname() {
    assert_eq!(people("Lo ha detto Berlusconi ieri."), ["Berlusconi"]);
    let t = "Parla Antonio Di Pietro. Poi Di Pietro tace.";
    let e = extract(&Article::parse(t));
    assert_eq!(e.people.len(), 1);
    assert_eq!(e.people[0].mentions.len(), 2);
}

#[test]
fn lists_of_names_and_given_names() {
    let t = "Quattro cambi (Mario Ghiraldini, Lovotti, Esposito e Mbanda) per l'Italia.";
    assert_eq!(
        people(t),
        ["Mario Ghiraldini", "Lovotti", "Esposito", "Mbanda"]
    );
    // Two capitalised words no list knows, in a list with a person.
    let t = "Premiati gli interisti Júlio César, Maicon e Wesley Sneijder.";
    assert_eq!(people(t), ["Júlio César", "Maicon", "Wesley Sneijder"]);
    // Unknown names alone may be anything; after a place preposition, places.
    assert!(people("Vincono Onda, Drago e Selva.").is_empty());
    assert!(people("Piove a Mario Rossi, Bienno e Breno.").len() <= 1);
    let t = "Ha parlato Satya Nadella. Satya ha poi taciuto, e anche Satya lo sa.";
    assert_eq!(people(t), ["Satya Nadella"]);
}

#[test]
fn company_tails_and_places_at_the_head() {
    assert_eq!(
        companies("La controllata Neep Roma Holding S.p.A., per un prezzo alto."),
        ["Neep Roma Holding"]
    );
    assert_eq!(
        companies("Lo ha detto Telecom Italia Media ieri."),
        ["Telecom Italia Media"]
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
    /// Any text: no panic, every mention inside one unit, text equal to its span.
    #[test]
    fn mentions_are_valid_on_any_text(t in "([A-Z][a-zà]{0,6}|[a-z]{1,5}|Governo|Ministero|Banca|Mario|Rossi|Roma|Microsoft|Spa|Di|FIS|S\\.p\\.A\\.|d'|L’|\\(|\\)|«|»|, | e | di |\\. |\n| |al-Asad|Vittorio|de |v\\. |\\(70|\\(7-0\\)| mt | cp |; |calcio|partita){0,40}") {
        let article = Article::parse(&t);
        let units: Vec<_> = article.units().collect();
        let e = extract(&article);
        for list in [&e.companies, &e.organizations, &e.people] {
            for entity in list {
                proptest::prop_assert!(!entity.name.is_empty());
                for m in &entity.mentions {
                    proptest::prop_assert_eq!(&m.text, &t[m.span.range()]);
                    let inside = units.iter().any(|u| u.start <= m.span.start && m.span.end <= u.end);
                    proptest::prop_assert!(inside, "{:?} outside units", m);
                }
            }
        }
    }
}

#[test]
fn outlets_that_are_words_need_a_media_cue() {
    assert!(companies("Era pagato per servire la Repubblica Italiana.").is_empty());
    assert_eq!(
        companies("Lo ha detto al quotidiano romano Il Tempo ieri."),
        ["Il Tempo"]
    );
    assert_eq!(
        companies("Lo scrive Amadori, giornalista di Panorama, ieri."),
        ["Panorama"]
    );
}

#[test]
fn short_forms_join_the_full_name() {
    let t = "Parla la Chiesa ortodossa russa. Poi la Chiesa tace.";
    let e = extract(&Article::parse(t));
    assert_eq!(e.organizations.len(), 1);
    assert_eq!(e.organizations[0].mentions.len(), 2);
    let t = "Lo dice la Federazione Italiana Scherma. La FIS conferma.";
    let e = extract(&Article::parse(t));
    assert_eq!(e.organizations.len(), 1, "{:?}", e.organizations);
    // A listed company and a longer listed name stay apart.
    assert_eq!(
        companies("Lo dice Microsoft. Microsoft Italia conferma."),
        ["Microsoft", "Microsoft Italia"]
    );
}

#[test]
fn places_named_after_people_are_not_people() {
    assert!(people("Si gioca allo stadio Artemio Franchi stasera.").is_empty());
    assert!(people("Abita in via Cristoforo Colombo da anni.").is_empty());
    assert_eq!(
        people("Grazie all'editore Giangiacomo Feltrinelli uscì il libro."),
        ["Giangiacomo Feltrinelli"]
    );
    assert_eq!(people("Ha parlato George Hall ieri."), ["George Hall"]);
}

#[test]
fn unknown_full_names_with_evidence() {
    assert_eq!(
        people("Lo ha detto Raila Odinga, leader dell'opposizione, ieri."),
        ["Raila Odinga"]
    );
    assert_eq!(
        people("Ieri Tero Pitkämäki ha detto basta."),
        ["Tero Pitkämäki"]
    );
    let t = "Ieri Kaarlo Vuorinen ha vinto. Poi Vuorinen ha festeggiato.";
    assert_eq!(people(t), ["Kaarlo Vuorinen"]);
    // Without evidence two capitalised words are nobody.
    assert!(people("Ieri Kaarlo Vuorinen ha vinto.").is_empty());
}

#[test]
fn streets_titles_and_nationalities() {
    assert!(people("Il traffico in Corso Vittorio Emanuele è fermo.").is_empty());
    assert!(people("Rinunciò all'ufficio di Romano Pontefice ieri.").is_empty());
    assert_eq!(people("Ha cantato Lucio Dalla ieri."), ["Lucio Dalla"]);
    let t = "Corre per il team kazako Vinokuria da anni.";
    assert!(people(t).is_empty());
    assert_eq!(orgs(t), ["Vinokuria"]);
}

#[test]
fn names_with_an_article_are_not_listed_people() {
    let t = "I capitani: Riccardo Coppini dell'Onda, Stefano Berrettini dell'Istrice.";
    assert_eq!(people(t), ["Riccardo Coppini", "Stefano Berrettini"]);
    let t = "Hanno vinto Tosatto e Mario Nibalini ieri.";
    assert_eq!(people(t), ["Tosatto", "Mario Nibalini"]);
}

#[test]
fn a_government_and_its_leader() {
    let t = "Il Governo Letta ha stanziato fondi. Lo ha deciso il Governo";
    assert_eq!(orgs(t), ["Governo"]);
    assert_eq!(people(t), ["Letta"]);
}

#[test]
fn brands_used_as_products_and_tournament_groups() {
    let c = companies("Ha guidato una Renault per anni, poi una Peugeot 206.");
    assert!(c.is_empty(), "{c:?}");
    let c = companies("Il volo Alitalia 702 è partito. Renault ha chiuso il bilancio.");
    assert!(
        c.contains(&"Alitalia".to_string()) && c.contains(&"Renault".to_string()),
        "{c:?}"
    );
    let o = orgs("La Juventus è nel Gruppo B con il Basilea.");
    assert!(!o.iter().any(|n| n.starts_with("Gruppo")), "{o:?}");
}

#[test]
fn nationality_ends_an_institutional_name() {
    let o = orgs("Il Parlamento egiziano ha votato. La Chiesa ortodossa russa ha protestato.");
    assert!(o.contains(&"Parlamento egiziano".to_string()), "{o:?}");
    assert!(o.contains(&"Chiesa ortodossa russa".to_string()), "{o:?}");
    // After a complement the adjective is not part of the name.
    let o = orgs("Lo ha detto il Dipartimento di Stato americano ieri.");
    assert!(o.contains(&"Dipartimento di Stato".to_string()), "{o:?}");
    let o = orgs("Sia il ministero degli Esteri che quello della Difesa cinesi hanno parlato.");
    assert!(!o.iter().any(|n| n.contains("cinesi")), "{o:?}");
}

#[test]
fn bands_are_organizations() {
    let o = orgs(
        "Il concerto della band Afterhours è stato rinviato; gli Afterhours suoneranno a maggio.",
    );
    assert!(o.contains(&"Afterhours".to_string()), "{o:?}");
}

/// Mention texts of the people of `text`.
fn person_mentions(text: &str) -> Vec<String> {
    let e = extract(&Article::parse(text));
    e.people
        .iter()
        .flat_map(|p| p.mentions.iter().map(|m| m.text.clone()))
        .collect()
}

#[test]
fn initials_suffixes_and_elided_particles_belong_to_the_name() {
    assert_eq!(
        person_mentions("La causa si è svolta tra Giancarlo M. e un veneziano, Davide S., ieri."),
        ["Giancarlo M.", "Davide S."]
    );
    assert_eq!(
        person_mentions("Ha vinto Floyd Mayweather Jr. ai punti."),
        ["Floyd Mayweather Jr."]
    );
    assert_eq!(
        person_mentions("Lo ha detto Massimo d'Alema ieri sera."),
        ["Massimo d'Alema"]
    );
    // A roman numeral is not an initial.
    assert_eq!(
        person_mentions("Ieri Vittorio Emanuele II. Poi la festa."),
        ["Vittorio Emanuele II"]
    );
}

#[test]
fn titles_stay_outside_the_name() {
    assert_eq!(
        person_mentions("Ieri Papa Francesco ha parlato."),
        ["Francesco"]
    );
    assert_eq!(
        person_mentions("Ha suonato il Maestro Eugen Indjic ieri."),
        ["Eugen Indjic"]
    );
    assert!(people("Ha vinto la Palma d'Oro a Cannes.").is_empty());
}

#[test]
fn a_name_and_its_apposition_are_not_a_list() {
    assert_eq!(
        people("Ieri il presidente della regione Lombardia, Roberto Formigoni, ha parlato."),
        ["Roberto Formigoni"]
    );
    // A real list still makes the unknown names people.
    assert_eq!(
        people("Sul podio Tosatto, Nibali e Mario Rossi."),
        ["Tosatto", "Nibali", "Mario Rossi"]
    );
}

#[test]
fn broadcaster_cues() {
    assert_eq!(
        companies("Ieri la rete televisiva norvegese NRK ha svelato tutto."),
        ["NRK"]
    );
    assert!(people("I soci ENPA stanno mandando lettere.").is_empty());
}

#[test]
fn a_given_name_alone_is_the_person_named_in_full() {
    let t = "Ieri Robin Gibb è morto. Robin intraprese la carriera solista. Leonardo Araújo ha firmato, poi Leonardo e Maldini hanno parlato.";
    assert_eq!(people_with_mentions(t)[0].1, ["Robin Gibb", "Robin"]);
    assert!(companies(t).is_empty(), "{:?}", companies(t));
    // A listed company named before the person stays a company.
    let t = "Lo ha annunciato Leonardo ieri. Leonardo Del Vecchio no. Leonardo cresce.";
    assert_eq!(companies(t), ["Leonardo"]);
}

#[test]
fn words_of_a_sentence_in_capitals_are_not_acronyms() {
    let t = "Ieri il contratto. ICARDI, BONUS DA 1.3 MLN PER LUI. Poi la NATO ha parlato.";
    assert_eq!(orgs(t), ["NATO"]);
    assert!(companies(t).is_empty(), "{:?}", companies(t));
}

#[test]
fn lone_letter_opening_a_sentence_is_no_name() {
    // `A` and `O` open sentences as a preposition and a conjunction: they are no
    // mention of a company `A` or of `Carlo O` named elsewhere.
    let text = "Titolo\nLa società A ha assunto Carlo O in aprile. A dire il vero nessuno lo sapeva. O forse sì.";
    let article = Article::parse(text);
    let e = extract(&article);
    for list in [&e.companies, &e.organizations, &e.people] {
        for entity in list {
            for m in &entity.mentions {
                let unit = article.sentence_at(m.span.start);
                assert!(unit == Some(0), "{} in sentence {unit:?}", m.text);
            }
        }
    }
}

#[test]
fn particles_inside_and_before_surnames() {
    // An Arabic article joined to the surname stays in the name.
    assert_eq!(
        people("Ieri il presidente Bashar al-Asad ha parlato."),
        ["Bashar al-Asad"]
    );
    // `di` after given names only: a surname, not a place or a team.
    assert_eq!(
        people("Ieri Vittorio Emanuele di Savoia è stato arrestato."),
        ["Vittorio Emanuele di Savoia"]
    );
    assert_eq!(
        people("Ieri Mario Rossi di Milano ha parlato."),
        ["Mario Rossi"]
    );
    assert!(people("Il discorso vale per il Milan di Elliot, dice.").is_empty());
    // The surname alone keeps its particle.
    assert_eq!(
        people_with_mentions("Ieri Bill de Blasio ha vinto. Oggi de Blasio governa."),
        [(
            "Bill de Blasio".to_string(),
            vec!["Bill de Blasio".to_string(), "de Blasio".to_string()]
        )]
    );
}

#[test]
fn surnames_that_are_words_or_given_names() {
    // A common word after a surname's particle is the surname.
    assert_eq!(
        people("Ieri Patrizia Del Meglio ha vinto."),
        ["Patrizia Del Meglio"]
    );
    // A given name ending a person's name is a surname.
    assert_eq!(
        people("Ieri Laura Chinchilla Miranda ha parlato."),
        ["Laura Chinchilla Miranda"]
    );
}

#[test]
fn one_person_under_several_full_forms() {
    // Middle names, and given names alone before the full name.
    let p = people_with_mentions(
        "Ieri Robin Hugh Gibb è morto. Robin Gibb aveva 62 anni. \
         Vittorio Emanuele ha parlato. Poi Vittorio Emanuele di Savoia è partito.",
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert_eq!(p[0].0, "Robin Hugh Gibb");
    assert_eq!(p[1].0, "Vittorio Emanuele di Savoia");
    // Two people share a surname: it goes to the one named last before it.
    let p = people_with_mentions(
        "Ieri Mario Ferretti ha cantato e poi Ferretti era felice. \
         Poi Anna Ferretti ha parlato e Ferretti ha pianto.",
    );
    assert_eq!(p.len(), 2, "{p:?}");
    assert_eq!(p[0].1.len(), 2, "{p:?}");
    assert_eq!(p[1].1.len(), 2, "{p:?}");
}

/// Each organization mention of `text`, with its entity's canonical name.
fn org_mentions(text: &str) -> Vec<(String, String)> {
    let article = Article::parse(text);
    extract(&article)
        .organizations
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| (e.name.clone(), m.text.clone())))
        .collect()
}

#[test]
fn listed_names_in_the_other_case() {
    // The list writes `Agenzia delle Entrate`, `Marina Militare`, `Rifondazione
    // Comunista`: news also writes the later words in lower case.
    for (t, want) in [
        (
            "Lo ha chiarito l'Agenzia delle entrate ieri.",
            "Agenzia delle entrate",
        ),
        ("Lo ha detto la Marina militare ieri.", "Marina militare"),
        (
            "Lo chiedono Rifondazione comunista e altri.",
            "Rifondazione comunista",
        ),
        // and the other way round: the list writes `Partito comunista cinese`.
        (
            "Lo ha deciso il Partito Comunista Cinese ieri.",
            "Partito Comunista Cinese",
        ),
    ] {
        let m = org_mentions(t);
        assert_eq!(m.len(), 1, "{t}: {m:?}");
        assert_eq!(m[0].1, want, "{t}");
    }
    // One entity, whatever the case of each mention.
    let t = "La Guardia di Finanza indaga. Poi la Guardia di finanza ha sequestrato tutto.";
    assert_eq!(orgs(t).len(), 1, "{t}");
    assert_eq!(org_mentions(t).len(), 2, "{t}");
}

#[test]
fn case_variants_keep_articles_places_and_lower_case() {
    // `La Destra` is listed: `La destra` is the right wing.
    assert!(orgs("La destra ha vinto ancora.").is_empty());
    // `Europa Verde` is listed: `un'Europa verde` is a green Europe.
    assert!(orgs("Vogliamo un'Europa verde e giusta.").is_empty());
    // The first word keeps its capital: `agenzia delle entrate` is no name.
    assert!(orgs("Lo dice la nostra agenzia delle entrate locale.").is_empty());
}

#[test]
fn broad_lists_of_institutions_parties_and_teams() {
    for (t, want) in [
        ("Lo ha deciso il Likud ieri sera.", "Likud"),
        ("Ha vinto il PiS alle elezioni.", "PiS"),
        (
            "Lo ha comunicato il Programma Alimentare Mondiale.",
            "Programma Alimentare Mondiale",
        ),
        (
            "Ne parla l'Agenzia europea per i medicinali oggi.",
            "Agenzia europea per i medicinali",
        ),
        ("Hanno vinto i Wallabies contro di noi.", "Wallabies"),
        ("Il concerto dei Pink Floyd è finito.", "Pink Floyd"),
    ] {
        assert_eq!(orgs(t), [want], "{t}");
    }
}

#[test]
fn more_organization_cues() {
    for t in [
        "Lo organizza l'associazione culturale Ventorosa da anni.",
        "Lo organizza la onlus Ventorosa da anni.",
        "Suona l'orchestra Ventorosa da anni.",
        "Lo rivendica il gruppo jihadista Ventorosa da anni.",
        "Lo studia il centro di ricerca Ventorosa da anni.",
    ] {
        assert_eq!(orgs(t), ["Ventorosa"], "{t}");
    }
    // `circolo polare` is no cue.
    assert!(orgs("Oltre il circolo polare Artico fa freddo.").is_empty());
}

#[test]
fn listed_bodies_that_are_also_words_or_names_stay_out() {
    // `Arriva`, `Possibile`, `Stasi` (a surname), `Olaf` (a given name) are no bodies.
    assert!(orgs("Arriva il treno. Possibile un ritardo.").is_empty());
    assert!(companies("Arriva il treno. Possibile un ritardo.").is_empty());
    assert_eq!(people("Lo ha detto Olaf Scholz ieri."), ["Olaf Scholz"]);
    assert!(orgs("Lo ha detto Olaf Scholz ieri.").is_empty());
}

#[test]
fn listed_names_with_the_typographic_apostrophe() {
    // The lists write `Fratelli d'Italia`; news sites write `Fratelli d’Italia`.
    assert_eq!(
        orgs("Ha vinto Fratelli d’Italia alle elezioni."),
        ["Fratelli d’Italia"]
    );
    assert_eq!(
        companies("Ne parla Autostrade per l’Italia oggi."),
        ["Autostrade per l’Italia"]
    );
    // A place keeps its apostrophe too: `L’Aquila` is no name to classify.
    assert!(orgs("Piove a L’Aquila da ieri.").is_empty());
}

/// Mention texts of every company and organization, in text order.
fn org_mention_texts(text: &str) -> Vec<String> {
    let article = Article::parse(text);
    let e = extract(&article);
    let mut m: Vec<_> = e
        .companies
        .iter()
        .chain(&e.organizations)
        .flat_map(|e| e.mentions.iter().map(|m| (m.span.start, m.text.clone())))
        .collect();
    m.sort();
    m.into_iter().map(|(_, t)| t).collect()
}

#[test]
fn institutional_names_go_on_in_lower_case() {
    assert_eq!(
        org_mention_texts("Fu sottosegretario al Ministero della giustizia durante il governo."),
        ["Ministero della giustizia"]
    );
    assert_eq!(
        org_mention_texts("Lavorò al Ministero del lavoro e delle politiche sociali per anni."),
        ["Ministero del lavoro e delle politiche sociali"]
    );
    assert_eq!(
        org_mention_texts("Lo ha detto la Congregazione per la dottrina della fede ieri."),
        ["Congregazione per la dottrina della fede"]
    );
    assert_eq!(
        org_mention_texts("Il caso torna alla Corte d'appello entro maggio."),
        ["Corte d'appello"]
    );
    assert_eq!(
        org_mention_texts("Secondo il Dipartimento della protezione civile non ci sono rischi."),
        ["Dipartimento della protezione civile"]
    );
}

#[test]
fn lower_case_complements_that_are_no_name() {
    // one-of-a-kind bodies, infinitives, time words, after a capitalised word
    assert_eq!(
        org_mention_texts("Chiede al Governo di riferire entro domani."),
        ["Governo"]
    );
    assert_eq!(
        org_mention_texts("Il voto del Senato per l'approvazione slitta."),
        ["Senato"]
    );
    assert_eq!(
        org_mention_texts("Ha chiesto alla Commissione di trattare il caso."),
        ["Commissione"]
    );
    assert_eq!(
        org_mention_texts("I leader della Lega Nord di tutto il Paese."),
        ["Lega Nord"]
    );
    assert_eq!(
        org_mention_texts("Il Consiglio di ieri ha votato."),
        Vec::<String>::new()
    );
}

#[test]
fn a_given_name_after_a_lower_case_institution_opens_a_person() {
    let text = "Lo ha detto il presidente del Consiglio dei ministri Giuseppe Conte ieri.";
    assert_eq!(org_mention_texts(text), ["Consiglio dei ministri"]);
    assert_eq!(people(text), ["Giuseppe Conte"]);
    let text = "Parla il presidente della Corte costituzionale Franco Bile.";
    assert_eq!(org_mention_texts(text), ["Corte costituzionale"]);
    assert_eq!(people(text), ["Franco Bile"]);
}

#[test]
fn english_names_with_for_of_on() {
    assert_eq!(
        org_mention_texts(
            "Lo studio della British Association for the Advancement of Science è uscito."
        ),
        ["British Association for the Advancement of Science"]
    );
    assert_eq!(
        org_mention_texts("Lo ha sospeso la British Board of Boxing Control ieri."),
        ["British Board of Boxing Control"]
    );
    assert_eq!(
        org_mention_texts("Quando il Metropolitan Police Department ha sgomberato."),
        ["Metropolitan Police Department"]
    );
    assert_eq!(
        org_mention_texts("Ne parla il Permanent Select Committee on Intelligence oggi."),
        ["Permanent Select Committee on Intelligence"]
    );
}

#[test]
fn an_acronym_and_a_place_are_one_branch() {
    assert_eq!(
        org_mention_texts(
            "In collaborazione col CSV Sardegna Solidale, col patrocinio del Comune."
        ),
        ["CSV Sardegna Solidale", "Comune"]
    );
    assert_eq!(
        org_mention_texts("Il catalogo progettato da ASF Spagna è uscito."),
        ["ASF Spagna"]
    );
    assert_eq!(
        org_mention_texts("Lo ha deciso ieri il TAR Lombardia su ricorso."),
        ["TAR Lombardia"]
    );
    // a place and a lower-case word after it: no branch
    assert_eq!(
        org_mention_texts("Lo ha detto l'ONU a Ginevra ieri."),
        ["ONU"]
    );
}

#[test]
fn an_elided_article_opening_a_sentence_is_no_part_of_the_name() {
    assert_eq!(
        org_mention_texts("Ha vinto. L'Associated Press riferisce che è stanca."),
        ["Associated Press"]
    );
}

#[test]
fn lone_letters_and_summits_are_no_organizations() {
    assert!(org_mention_texts("Nel gruppo B la Russia supera la Slovacchia.").is_empty());
    assert!(org_mention_texts("Dal G20 di Buenos Aires il premier è tornato.").is_empty());
    assert!(org_mention_texts("Il G8 del 2001 a Genova.").is_empty());
}

#[test]
fn capitals_among_slashes_or_after_a_number_are_no_body() {
    assert!(
        org_mention_texts("Connettività GPRS / EDGE / HSDPA e Bluetooth 2.1 + EDR ovunque.")
            .iter()
            .all(|m| m != "EDGE" && m != "EDR")
    );
    assert!(org_mention_texts("Alle 12.30 BST si sta procedendo all'evacuazione.").is_empty());
}

#[test]
fn dotted_acronyms_keep_their_last_full_stop() {
    assert_eq!(
        org_mention_texts("Accolti i ricorsi del W.W.F., fermando la caccia."),
        ["W.W.F."]
    );
    assert_eq!(
        org_mention_texts("Lo ha deciso il T.A.R. ieri."),
        ["T.A.R."]
    );
    // two letters: a place or a title, no body
    assert!(
        org_mention_texts("Il sindaco di Washington D.C. ha parlato.")
            .iter()
            .all(|m| m != "D.C.")
    );
}

#[test]
fn a_person_after_di_leads_the_body() {
    let text = "Il Real Madrid di José Mourinho ritrova il Milan.";
    assert_eq!(org_mention_texts(text), ["Real Madrid", "Milan"]);
    assert_eq!(people(text), ["José Mourinho"]);
    assert_eq!(
        org_mention_texts("La prima nomina alla Corte Suprema di Barack Obama."),
        ["Corte Suprema"]
    );
}

#[test]
fn dal_does_not_join_two_bodies() {
    assert_eq!(
        org_mention_texts("Eletto alla Consulta dal Parlamento il 24 aprile."),
        ["Consulta", "Parlamento"]
    );
}

#[test]
fn a_brand_before_a_product_name_is_no_company() {
    assert!(
        !org_mention_texts("Colossi come Spotify, Apple Music e Amazon Music hanno aderito.")
            .iter()
            .any(|m| m == "Apple" || m == "Amazon")
    );
    assert!(
        !org_mention_texts("Un altro autobus Iveco CityClass ha preso fuoco.")
            .iter()
            .any(|m| m == "Iveco")
    );
    // a place, a tail or a given name after the brand keeps it a company
    assert_eq!(
        org_mention_texts("Lo conferma Microsoft Italia in una nota."),
        ["Microsoft Italia"]
    );
}

#[test]
fn a_brand_in_the_plural_is_its_vehicles() {
    assert!(org_mention_texts("Gli Eurostar sono stati fuori uso per ore.").is_empty());
    assert!(org_mention_texts("Ieri cinque Eurostar sono rimasti bloccati.").is_empty());
    // a name in capitals after a plural article is a plural body
    // (with its place: one branch, as `Procura di Trani`)
    assert_eq!(
        org_mention_texts("Gli accertamenti dei RIS di Parma."),
        ["RIS di Parma"]
    );
}

#[test]
fn acronyms_in_brackets_name_bodies() {
    let text = "Agenti della Federal Aviation Authority (FAA) sono sul posto.";
    assert_eq!(
        org_mention_texts(text),
        ["Federal Aviation Authority", "FAA"]
    );
    assert_eq!(orgs(text), ["Federal Aviation Authority"]);
    assert_eq!(
        org_mention_texts(
            "Anche la CTBTO (Comprehensive Test Ban Treaty Organization) ha parlato."
        ),
        ["CTBTO", "Comprehensive Test Ban Treaty Organization"]
    );
    assert_eq!(
        org_mention_texts("Lo ha detto la AASC (Associazione Amici senza Confini) ieri."),
        ["AASC", "Associazione Amici senza Confini"]
    );
    // initials of a thing, not of a body
    assert!(!org_mention_texts(
        "Ogni aula avrà la Lavagna Interattiva Multimediale (LIM) entro maggio."
    )
    .iter()
    .any(|m| m.starts_with("Lavagna")));
    assert!(
        !org_mention_texts("I brani sono protetti dal DRM (Digital right management) ormai.")
            .iter()
            .any(|m| m.starts_with("Digital"))
    );
}

#[test]
fn initials_abbreviate_names() {
    use super::words::abbreviates;
    assert!(abbreviates("FAA", "Federal Aviation Authority"));
    assert!(abbreviates("A.SE.CON", "Amici senza Confini"));
    assert!(abbreviates("CISN", "Cooperazione per il nord e il sud"));
    assert!(!abbreviates("ANSA", "Roma"));
    assert!(!abbreviates(
        "EMSA",
        "Agenzia europea per la sicurezza marittima"
    ));
    assert!(!abbreviates("A", "Amici"));
}

#[test]
fn a_title_before_a_listed_company_makes_a_surname() {
    let text = "Per questo motivo il sindaco Bloomberg ha parlato ai cittadini.";
    assert!(companies(text).is_empty());
    assert_eq!(people(text), ["Bloomberg"]);
    // a nationality is no title
    assert_eq!(
        companies("Fa capo alla spagnola Telefónica, ha dichiarato."),
        ["Telefónica"]
    );
}

#[test]
fn dalla_before_a_body_word_after_a_given_name_is_a_surname() {
    let text = "In prima fila Nando dalla Chiesa e la Polizia Locale di Milano.";
    assert_eq!(people(text), ["Nando dalla Chiesa"]);
    assert_eq!(org_mention_texts(text), ["Polizia Locale di Milano"]);
}

#[test]
fn the_hospital_one_goes_to_is_a_place() {
    assert!(org_mention_texts("È stato ricoverato all'ospedale Brotzu di Cagliari.").is_empty());
    assert!(org_mention_texts("Fuggì dall'ospedale Celio di Roma.").is_empty());
    assert_eq!(
        org_mention_texts("Le richieste dei medici dell'ospedale Sainte-Anne di Parigi."),
        ["Sainte-Anne"]
    );
}

#[test]
fn two_places_after_di_end_an_institutional_name() {
    assert_eq!(
        org_mention_texts("La Prefettura di Monza e Brianza ha proceduto."),
        ["Prefettura di Monza e Brianza"]
    );
    // a place and then a body: two names
    assert_eq!(
        org_mention_texts("La Procura di Milano e la Consob indagano."),
        ["Procura di Milano", "Consob"]
    );
}

#[test]
fn an_apposition_after_an_unknown_name_tells_what_it_is() {
    assert_eq!(
        companies("Intesa ha ceduto il 65% di Velmora, società di fondi, a un gruppo francese."),
        ["Intesa", "Velmora"]
    );
    assert_eq!(
        companies("Il crollo è avvenuto presso la Brastek, un'azienda di polistirolo."),
        ["Brastek"]
    );
    assert_eq!(
        orgs("Un attacco della Brigata Rossoverde, un gruppo armato di estrema sinistra."),
        ["Brigata Rossoverde"]
    );
    // the other mentions of the name follow it
    let article = Article::parse("Oggi arriva Velmora, società di consulenza. Velmora cresce.");
    let e = extract(&article);
    assert_eq!(e.companies.len(), 1);
    assert_eq!(e.companies[0].mentions.len(), 2);
    // a new clause after a comma is no apposition
    assert!(companies("Secondo Bertolazzi, la società ha chiuso in perdita.").is_empty());
    assert!(companies("Lo ha detto Bertolazzi, società permettendo, ieri.").is_empty());
    // a capital opening the sentence may be a word
    assert!(companies("Notizie. Arriva Velmora, società di consulenza.").is_empty());
}

#[test]
fn a_cue_may_take_an_article_again_before_the_name() {
    assert_eq!(
        orgs("Lo organizza l'associazione l'Arcobalena."),
        ["Arcobalena"]
    );
    // a person's cue does not
    assert!(people("Suonano nel tempio del jazz italiano il BLUE NOTE di Milano.").is_empty());
}

#[test]
fn an_acronym_after_a_law_or_a_plan_is_no_body() {
    assert!(companies("Il Congresso discute la legge SOPA da mesi.").is_empty());
    assert!(companies("La metro è stata inserita nel piano PUMS del comune.").is_empty());
    assert!(companies("Il satellite parte con il lanciatore VEGA domani.").is_empty());
}

#[test]
fn a_plural_cue_names_the_list_after_it() {
    assert_eq!(
        companies("Hanno firmato i gruppi Sonetta e Discavery ieri."),
        ["Sonetta", "Discavery"]
    );
    assert_eq!(
        companies("Le società Alfatec, Brontex e Cirmal hanno firmato."),
        ["Alfatec", "Brontex", "Cirmal"]
    );
    assert_eq!(
        orgs("Hanno scioperato i sindacati Ugrl e Fisast a Roma."),
        ["Ugrl", "Fisast"]
    );
}

#[test]
fn the_listed_casing_names_the_entity_on_a_tie() {
    let text = "Indaga la Guardia di finanza. Ieri la Guardia di Finanza ha sequestrato i beni. \
                La Guardia di finanza ha detto.";
    assert_eq!(orgs(text), ["Guardia di Finanza"]);
}

#[test]
fn a_federation_in_one_word_is_an_organization() {
    assert_eq!(
        orgs("Il dissesto della Federtessili pesa sui conti."),
        ["Federtessili"]
    );
    assert!(federation_word("Federconsorzi") && federation_word("Assogestioni"));
    assert!(!federation_word("Federico") && !federation_word("Federale"));
    assert!(!federation_word("Assoluto") && !federation_word("Federazione"));
}

fn federation_word(w: &str) -> bool {
    super::classify::federation(w)
}

#[test]
fn a_body_s_cue_reaches_a_name_in_quotation_marks() {
    assert_eq!(
        companies("Lo ha scritto il quotidiano ucraino “Vestrina” ieri."),
        ["Vestrina"]
    );
    // a chant or a brand in quotation marks is no body
    assert!(orgs("Ha risuonato il coro \"Viva il papa!\" in piazza.").is_empty());
    assert!(companies("Li vende con il marchio \"Libertà\" da anni.").is_empty());
    // a person's cue does not reach into quotation marks
    assert!(people("Lo ha detto il ministro «Grazie» ieri.").is_empty());
}

#[test]
fn a_kind_adjective_may_stand_between_a_cue_and_its_name() {
    assert_eq!(
        companies("Lo studio è uscito sulla rivista scientifica Addictia."),
        ["Addictia"]
    );
    assert_eq!(
        orgs("Hanno marciato i militanti del gruppo nazionalista Fratellonza."),
        ["Fratellonza"]
    );
}

#[test]
fn a_legal_suffix_in_lower_case_with_full_stops() {
    assert_eq!(
        company_mention_texts(
            "I lavori sono a cura della società pugliese «La Recupera s.r.l.» ieri."
        ),
        ["La Recupera s.r.l."]
    );
}

fn company_mention_texts(text: &str) -> Vec<String> {
    let article = Article::parse(text);
    extract(&article)
        .companies
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| m.text.clone()))
        .collect()
}

#[test]
fn adjective_stems_are_sorted() {
    assert!(super::cues::cue_adjective_stems_sorted());
}

#[test]
fn clan_is_a_family() {
    // `il clan Flachi` names a family (its people), not an organization; the
    // surname with a given name later is the person.
    let text = "Sono stati arrestati molti affiliati al clan Flachi. Tra gli arrestati c'è anche il boss Giuseppe Flachi.";
    let [c, o, p] = names(text);
    assert!(c.is_empty() && o.is_empty(), "{c:?} {o:?}");
    assert_eq!(p, ["Giuseppe Flachi"]);
}

#[test]
fn capitalised_word_is_no_adjective_after_a_cue() {
    // `Paese` ends like `francese`, but capitalised it is part of the name.
    let text = "Ha collaborato al giornale Paese Sera fino al 1987.";
    assert!(!companies(text).contains(&"Sera".to_string()));
}

#[test]
fn bracket_cue_needs_the_bracket_closed() {
    // `(il Giorno di Colombo)` is a day; `(il Giorno)` tags the newspaper.
    let text = "Oggi si celebra il Columbus Day (il Giorno di Colombo) in tutto il Paese.";
    assert!(companies(text).is_empty(), "{:?}", companies(text));
    let text = "Il sindaco ha parlato ieri in consiglio (il Giorno).";
    assert_eq!(companies(text), ["Giorno"]);
}

#[test]
fn body_name_stops_before_a_person_after_its_place() {
    let text = "Lo studio è stato condotto dalla ricercatrice dell'Università di Melbourne Maria Rossi insieme ad altri.";
    let [_, o, p] = names(text);
    assert_eq!(o, ["Università di Melbourne"]);
    assert_eq!(p, ["Maria Rossi"]);
}

#[test]
fn body_name_stops_before_an_article_or_a_topic_place() {
    let o = orgs(
        "Carla Del Ponte, membro della commissione d'inchiesta UNHCR sulla Siria, aveva parlato.",
    );
    assert_eq!(o, ["UNHCR"]);
    let o = orgs("Nel Gruppo F l'Olympique Marsiglia ha vinto ancora.");
    assert!(!o.iter().any(|n| n.starts_with("Gruppo")), "{o:?}");
    // trap: an article after the second word may still be inside the name
    let o = orgs("Lo ha chiesto l'Associazione Salviamo il Castello di Calatubo ieri.");
    assert_eq!(o, ["Associazione Salviamo il Castello di Calatubo"]);
}

#[test]
fn saints_church_is_a_building() {
    let o = orgs("I funerali si sono svolti nella Chiesa di San Gregorio Barbarigo, a Bergamo.");
    assert!(o.is_empty(), "{o:?}");
    let o = orgs("Ha riso durante i funerali nella Chiesa di S. Maria degli Angeli ieri.");
    assert!(o.is_empty(), "{o:?}");
    // trap: the church as a body stays
    let o = orgs("Il sinodo della Chiesa ortodossa di Cipro si è riunito ieri.");
    assert_eq!(o, ["Chiesa ortodossa di Cipro"]);
}

#[test]
fn given_name_is_no_capitalised_acronym() {
    // `ANA` (All Nippon Airways) may be written `Ana`, but `Ana` is a given name.
    assert!(companies("Il vulcano Santa Ana si è risvegliato ieri mattina.").is_empty());
    assert_eq!(
        companies("Il volo ANA è partito in ritardo da Tokyo."),
        ["ANA"]
    );
}

#[test]
fn place_with_dotted_abbreviation_is_no_company() {
    // `D.C` is in capitals, but it is the listed place's, no company word.
    let text = "Il divieto imposto nella città di Washington D.C. è incostituzionale.";
    let [c, o, p] = names(text);
    assert!(
        c.is_empty() && o.is_empty() && p.is_empty(),
        "{c:?} {o:?} {p:?}"
    );
}

#[test]
fn acronym_of_a_law_is_no_body() {
    let text = "Nasce il CISPA. Il Cyber Intelligence Sharing and Protection Act (CISPA) autorizzerà il monitoraggio. Il linguaggio del CISPA è generico.";
    let [c, o, _] = names(text);
    assert!(c.is_empty() && o.is_empty(), "{c:?} {o:?}");
    // trap: a body's acronym in brackets stays
    let o = orgs("Lo ha detto la Federazione Italiana Scherma (FIS) in una nota.");
    assert!(o.iter().any(|n| n.contains("Scherma")), "{o:?}");
}

#[test]
fn navy_after_an_article() {
    let o = orgs("Le esplosioni sono avvenute in una scuola della Marina nella città di Lahore.");
    assert_eq!(o, ["Marina"]);
    let o = orgs("Secondo l'annuncio dato dalla Marina argentina i marinai sono morti.");
    assert_eq!(o, ["Marina argentina"]);
    // traps: a place, a person
    assert!(orgs("Sono andati in vacanza a Marina di Pisa per una settimana.").is_empty());
    let [_, o, p] = names("La figlia di Marina Petrella ha parlato ieri ai giornalisti.");
    assert!(o.is_empty(), "{o:?}");
    assert_eq!(p, ["Marina Petrella"]);
}

#[test]
fn saint_in_a_body_name_is_no_person() {
    let [_, o, p] =
        names("L'evento è stato sponsorizzato dall'Università San Raffaele e dai quotidiani.");
    assert_eq!(o, ["Università San Raffaele"]);
    assert!(p.is_empty(), "{p:?}");
}

#[test]
fn company_name_on_a_venue_is_no_company() {
    let c =
        companies("È il primo stadio dopo l'Allianz Stadium e la Dacia Arena a essere di un club.");
    assert!(c.is_empty(), "{c:?}");
    // trap: the company alone stays
    assert_eq!(
        companies("Lo ha comprato Allianz per due miliardi."),
        ["Allianz"]
    );
}

#[test]
fn newspaper_word_ends_a_masthead() {
    let c = companies("Il quotidiano cinese Beijing News ha oggi annunciato la notizia.");
    assert_eq!(c, ["Beijing News"]);
}

#[test]
fn ong_is_a_common_noun() {
    let o = orgs("Le persone rapite facevano tutte parte di ONG internazionali.");
    assert!(o.is_empty(), "{o:?}");
}

#[test]
fn dotted_acronym_keeps_its_full_stop_after_a_cue() {
    let text = "Il convegno è stato organizzato dall'ONG A.SE.CON. in collaborazione col Comune.";
    let article = Article::parse(text);
    let e = extract(&article);
    let m: Vec<&str> = e
        .organizations
        .iter()
        .flat_map(|o| o.mentions.iter().map(|m| m.text.as_str()))
        .collect();
    assert!(m.contains(&"A.SE.CON."), "{m:?}");
}

#[test]
fn club_name_on_a_stadium_is_no_club() {
    let o = orgs("Fossi stato allo \"Juve Stadium\" avrei chiesto allo speaker di intervenire.");
    assert!(o.is_empty(), "{o:?}");
}

#[test]
fn given_name_particle_stops_before_a_body_name() {
    let [_, o, p] = names(
        "Lo ha spiegato la storica Jennifer Tucker della Wesleyan University in un articolo.",
    );
    assert_eq!(o, ["Wesleyan University"]);
    assert_eq!(p, ["Jennifer Tucker"]);
}

#[test]
fn body_name_stops_before_a_coordinated_title() {
    let o = orgs("Albert Houssiau, vescovo della Diocesi di Namur e Professore emerito di storia, ha parlato.");
    assert_eq!(o, ["Diocesi di Namur"]);
}

#[test]
fn place_word_before_a_listed_name_makes_a_place() {
    let o = orgs("La vettura rientrava nella rimessa di Tor Sapienza quando ha preso fuoco.");
    assert!(o.is_empty(), "{o:?}");
    // trap: an event's word keeps the body (`Primarie PD`)
    let o = orgs("Alle Primarie PD ha vinto il sindaco di Firenze.");
    assert!(!o.is_empty(), "{o:?}");
}

#[test]
fn acronyms_among_codes_are_codes() {
    let c =
        companies("Riattivata parte della rete notturna (NMA, NMB, NMB1, NMC e NME) da lunedì.");
    assert!(c.is_empty(), "{c:?}");
    // trap: an unknown acronym alone is still a company
    assert_eq!(
        companies("Lo ha annunciato la SOCIMI in una nota di ieri."),
        ["SOCIMI"]
    );
}

#[test]
fn apposition_after_a_dash_takes_the_article() {
    let c = companies("Ieri Velmora Nexa – la società che gestisce il fondo – ha chiuso i conti.");
    assert_eq!(c, ["Velmora Nexa"]);
    // trap: a new clause after a comma stays no apposition
    let c = companies("Secondo Velmora Nexa, la società ha chiuso i conti.");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn famiglia_names_people() {
    let [c, _, p] = names("La holding fa capo alla famiglia Benetton e gestisce le autostrade.");
    assert!(c.is_empty(), "{c:?}");
    assert_eq!(p, ["Benetton"]);
}

#[test]
fn word_in_capitals_after_a_person_cue_is_no_person() {
    let p = people(
        "Intanto la televisione svizzera di lingua tedesca SF ha deciso di non trasmettere.",
    );
    assert!(p.is_empty(), "{p:?}");
    // trap: a capitalised name after the cue stays a person
    assert_eq!(people("Lo ha detto il tedesco Schmidt ieri."), ["Schmidt"]);
}

#[test]
fn listed_body_after_del_is_its_own_name() {
    let o = orgs("Lo ha detto il presidente della Commissione Difesa del Senato ieri.");
    assert_eq!(o, ["Commissione Difesa", "Senato"]);
    // trap: an unlisted complement stays in the name
    let o = orgs("Lo ha deciso il Consiglio Superiore della Magistratura ieri sera.");
    assert_eq!(o, ["Consiglio Superiore della Magistratura"]);
}

/// A stock's ticker in brackets after a company's name, after `sigla di negoziazione`,
/// `ticker` or `simbolo`, is that company wherever it stands; other words in the
/// brackets make no alias.
#[test]
fn tickers_in_brackets_name_their_company() {
    crate::extract::entities::marked::check(&[
        "Sospese le azioni [Lumetra Media] (sigla di negoziazione [LMD=Lumetra Media]). [LMD=Lumetra Media] perde il 7%.",
        "Le azioni [Lumetra Media] (ticker: [LMD=Lumetra Media]) salgono.",
        "Le azioni [Lumetra Media] (con sede a Milano) salgono.",
    ]);
}
