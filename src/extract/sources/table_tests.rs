//! Source constructions, end to end through `crate::analyze`: each row is a sentence
//! of our own with the sources (name and kind) it must give, and each construction
//! comes with a negative twin that differs in the one thing the rule reads. Invented
//! names only. (More rows, with quotes, are in `quotes/table_tests.rs`.)

use crate::summary::SourceKind::{self, *};

/// One row: what it shows, the article (a title line, then the body) and the
/// expected sources as (name, kind), in order.
struct Row {
    what: &'static str,
    text: &'static str,
    sources: &'static [(&'static str, SourceKind)],
}

const fn row(
    what: &'static str,
    text: &'static str,
    sources: &'static [(&'static str, SourceKind)],
) -> Row {
    Row {
        what,
        text,
        sources,
    }
}

const ROWS: &[Row] = &[
    // -- business press
    row(
        "a note of the company the article named before",
        "Economia\nDolmen Energia ha firmato l'accordo per la cessione della rete. Il closing è atteso entro marzo, si legge in una nota della società.",
        &[("Dolmen Energia", Document)],
    ),
    row(
        "twin: no company named before the note of the company",
        "Economia\nIl closing è atteso entro marzo, si legge in una nota della società.",
        &[],
    ),
    row(
        "twin: the company noun has a complement of its own",
        "Economia\nDolmen Energia ha firmato l'accordo. Il closing è atteso entro marzo, si legge in una nota della società di revisione.",
        &[],
    ),
    row(
        "an outlet learned the news: active compound tense, outlet after it",
        "Economia\nVelaria potrebbe alzare il prezzo dell'offerta, ha appreso Reuters da due persone informate sui fatti.",
        &[("Reuters", Agency), ("persone informate sui fatti", Anonymous)],
    ),
    row(
        "twin: the outlet is the object of a verb of doing",
        "Economia\nVelaria ha citato Reuters in giudizio per diffamazione.",
        &[],
    ),
    row(
        "a listed agency passing on news keeps its kind",
        "Economia\nLumetra ha chiuso il trimestre in utile, ha riferito Reuters.",
        &[("Reuters", Agency)],
    ),
    row(
        "an outlet's short and full names joined by a hyphen",
        "Economia\nSecondo quanto riportato da MF-Milano Finanza, il fondo Helvion starebbe preparando un'offerta.",
        &[("Milano Finanza", Publication)],
    ),
    row(
        "twin: a hyphenated name whose halves name no one outlet",
        "Economia\nSecondo quanto riportato da MF-Gazzetta Alpina, il fondo Helvion starebbe preparando un'offerta.",
        &[],
    ),
    row(
        "the report of a unit of a named body is the body's",
        "Economia\nUn rapporto dell'ufficio studi di Banca Corsini stima in 3 miliardi di euro gli investimenti necessari.",
        &[("Banca Corsini", Document)],
    ),
    row(
        "twin: the report of a person of a body is not the body's",
        "Economia\nLa relazione del senatore del Partito Alpino è stata letta in aula.",
        &[],
    ),
    row(
        "a verb of making public licenses an unknown name as a body",
        "Economia\nTessitura Orsini ha reso noto che il consiglio ha approvato un piano di riacquisto di azioni proprie.",
        &[("Tessitura Orsini", Document)],
    ),
    row(
        "twin: a person's name as the subject of the same verb",
        "Economia\nMarco Ferlini ha reso noto che il consiglio ha approvato un piano di riacquisto di azioni proprie.",
        &[],
    ),
    row(
        "twin: a verb a person uses as often does not license the name",
        "Economia\nTessitura Orsini ha annunciato che il consiglio ha approvato un piano di riacquisto di azioni proprie.",
        &[],
    ),
    // -- a body passes on a statement
    row(
        "an adverb between auxiliary and participle",
        "Cronaca\nLa Federazione Ciclistica Alpina e gli organizzatori hanno comunque confermato che la gara si terrà.",
        &[("Federazione Ciclistica Alpina", Document)],
    ),
    row(
        "twin: the body is the object of the verb",
        "Cronaca\nGli organizzatori hanno comunque incontrato la Federazione Ciclistica Alpina a Brescia.",
        &[],
    ),
    row(
        "a sentence-opening subject set off by a comma",
        "Cronaca\nL'organizzazione umanitaria Mani Aperte, ha confermato la notizia dopo una lunga attesa.",
        &[("Mani Aperte", Document)],
    ),
    row(
        "twin: a complement set off by a comma",
        "Cronaca\nDopo l'incontro con Mani Aperte, ha confermato la notizia il sindaco.",
        &[],
    ),
    row(
        "a verb of public stance on a thing",
        "Cronaca\nLa Lega dei Porti Adriatici ha criticato i nuovi dazi, giudicati eccessivi.",
        &[("Lega dei Porti Adriatici", Document)],
    ),
    row(
        "twin: the body is the object of the stance",
        "Cronaca\nIl sindaco ha criticato la Lega dei Porti Adriatici per i nuovi dazi.",
        &[],
    ),
    row(
        "a body denies a report",
        "Cronaca\nLa Banca Valdora ha smentito l'ipotesi di una vendita.",
        &[("Banca Valdora", Document)],
    ),
    row(
        "twin: a person denies",
        "Cronaca\nMarco Tessari ha smentito l'ipotesi di una vendita.",
        &[],
    ),
    row(
        "a body estimates figures",
        "Cronaca\nNel 2019 l'Osservatorio Stampa Libera stimava in 40 i cronisti minacciati.",
        &[("Osservatorio Stampa Libera", Document)],
    ),
    row(
        "twin: a figure estimated by nobody named",
        "Cronaca\nNel 2019 il numero dei cronisti minacciati era stimato in 40.",
        &[],
    ),
    row(
        "a firm calculates in a compound tense",
        "Cronaca\nBanca Rossini ha calcolato che il debito salirà del 3%.",
        &[("Banca Rossini", Document)],
    ),
    row(
        "twin: a figure calculated for a body",
        "Cronaca\nÈ stato calcolato che il debito della Banca Rossini salirà del 3%.",
        &[],
    ),
    // -- the people of a named body
    row(
        "secondo + the judges of a named court, past a lower-case section",
        "Cronaca\nSecondo i giudici della sezione terza del Tribunale Amministrativo di Lerici, la delibera è nulla.",
        &[("Tribunale Amministrativo di Lerici", Document)],
    ),
    row(
        "twin: the judges of a named court only mentioned",
        "Cronaca\nI giudici del Tribunale Amministrativo di Lerici sono entrati in aula alle nove.",
        &[],
    ),
    row(
        "experts of two coordinated bodies",
        "Cronaca\nAlcuni esperti dell'ENAV e dell'Associazione Nucleare Alpina sono concordi nell'affermare che non c'è rischio.",
        &[("ENAV", Document), ("Associazione Nucleare Alpina", Document)],
    ),
    row(
        "twin: a body coordinated with a place",
        "Cronaca\nAlcuni esperti dell'ENAV e di Ferrara sono concordi nell'affermare che non c'è rischio.",
        &[("ENAV", Document)],
    ),
    // -- the agents of a passive statement
    row(
        "a named body reconstructs what happened",
        "Cronaca\nLa dinamica dell'incidente è stata ricostruita dai Vigili Urbani di Lerici: l'auto è uscita di strada.",
        &[("Vigili Urbani di Lerici", Document)],
    ),
    row(
        "twin: an unnamed body reconstructs",
        "Cronaca\nLa dinamica dell'incidente è stata ricostruita dai carabinieri: l'auto è uscita di strada.",
        &[],
    ),
    row(
        "a statement issued by a person, past a time complement",
        "Cronaca\nIl comunicato ufficiale sulla chiusura è stato diramato alle ore 9 dal prof. Ettore Valsecchi, rettore dell'ateneo.",
        &[("Ettore Valsecchi", Document)],
    ),
    row(
        "twin: a video spread by a person is no document",
        "Cronaca\nIl video della chiusura è stato diffuso ieri dal prof. Ettore Valsecchi, rettore dell'ateneo.",
        &[],
    ),
    row(
        "a note issued by a person's office",
        "Cronaca\nNella nota ufficiale, diramata dall'ufficio di Ettore Valsecchi, si legge che la sede chiude.",
        &[("ufficio di Ettore Valsecchi", Document)],
    ),
    row(
        "twin: a note issued by an unnamed office",
        "Cronaca\nNella nota ufficiale, diramata dall'ufficio postale, si legge che la sede chiude.",
        &[],
    ),
    row(
        "an announcement arrives from coordinated issuers",
        "Cronaca\nL'annuncio della riapertura è arrivato dalla diocesi insieme con il Comune di Lerici.",
        &[("Comune di Lerici", Document)],
    ),
    row(
        "twin: a parcel arrives",
        "Cronaca\nIl carico di marmo è arrivato dal porto insieme con il Comune di Lerici.",
        &[],
    ),
    // -- outlets
    row(
        "listed outlets as examples of the outlets that carried the news",
        "Cronaca\nAlcune testate giornalistiche (come Le Monde o il più noto El País) hanno dato ampio spazio al caso.",
        &[("Le Monde", Publication), ("El País", Publication)],
    ),
    row(
        "twin: listed outlets after a noun of people",
        "Cronaca\nAlcuni lettori (come i direttori di Le Monde o di El País) hanno dato ampio spazio al caso.",
        &[],
    ),
    // -- anonymous sources
    row(
        "the press is no anonymous source",
        "Cronaca\nAlcune fonti d'informazione avevano già diffuso per errore la notizia della morte.",
        &[],
    ),
    row(
        "twin: investigative sources are",
        "Cronaca\nAlcune fonti investigative avevano già diffuso per errore la notizia della morte.",
        &[("Alcune fonti investigative", Anonymous)],
    ),
    row(
        "a web address after a media noun names the site",
        "Cronaca\nIl sindaco ha detto al sito valdora.it che non si ricandiderà.",
        &[("valdora.it", Publication)],
    ),
    row(
        "twin: a site someone bought",
        "Cronaca\nIl sindaco ha comprato il sito valdora.it nel 2019.",
        &[],
    ),
    row(
        "the numbers written apart in an outlet's name",
        "Cronaca\nIl sindaco ha detto a Sky TG 24 che non si ricandiderà.",
        &[("Sky TG24", Publication)],
    ),
    row(
        "twin: the outlet's name without its number",
        "Cronaca\nIl sindaco ha detto a Sky che non si ricandiderà.",
        &[],
    ),
    // -- credit tags outside any clause
    row(
        "an outlet on a line of its own",
        "Cronaca\nIl porto è chiuso da lunedì.\nSky TG 24\n13 ott, 22:00: il porto riapre.",
        &[("Sky TG 24", Credit)],
    ),
    row(
        "twin: an outlet opening a sentence of the line",
        "Cronaca\nIl porto è chiuso da lunedì.\nSky TG 24 ha seguito la riapertura.",
        &[],
    ),
    row(
        "an outlet in capitals between two sentences",
        "Cronaca\nIl porto è chiuso da lunedì. ANSA Messaggi di solidarietà sono giunti da Lerici.",
        &[("ANSA", Credit)],
    ),
    row(
        "twin: an outlet's word opening a sentence",
        "Cronaca\nIl porto è chiuso da lunedì. Repubblica Ceca e Slovacchia hanno mandato aiuti.",
        &[],
    ),
    row(
        "a lower-case article and an outlet between a sentence and a date",
        "Cronaca\n7 ott, 16:13: 213 feriti. il Giornale 6 ott, 12:28: 194 feriti.",
        &[("il Giornale", Credit)],
    ),
    row(
        "twin: a weekday before a date",
        "Cronaca\nIl porto è chiuso. Venerdì 13 luglio riapre.",
        &[],
    ),
    // -- spokespeople
    row(
        "an unnamed spokesperson makes the body a source",
        "Cronaca\nLa portavoce della Commissione Alpina commenta: «Esamineremo il caso».",
        &[("Commissione Alpina", Document)],
    ),
    row(
        "twin: a named spokesperson is a speaker only",
        "Cronaca\nLa portavoce della Commissione Alpina Paola Ferri commenta: «Esamineremo il caso».",
        &[],
    ),
    row(
        "a study of a body's named economists is the body's",
        "Cronaca\nLo studio degli economisti della Banca Rossini Anna Neri e Luca Sarti ha messo in luce un calo dei prezzi.",
        &[("Banca Rossini", Document)],
    ),
    // -- an outlet told something
    row(
        "an interview given to an unlisted outlet",
        "Cronaca\nIn un'intervista a Voce di Valdora, il sindaco ha detto che si dimette.",
        &[("Voce di Valdora", Publication)],
    ),
    row(
        "twin: an interview given to a person",
        "Cronaca\nIn un'intervista a Mario Rossi, il sindaco ha detto che si dimette.",
        &[],
    ),
    row(
        "a fronted outlet told, with the verb of saying after the subject",
        "Cronaca\nAl Corriere della Sera il sindaco di Lerici ha spiegato che si dimette.",
        &[("Corriere della Sera", Publication)],
    ),
    row(
        "twin: a fronted outlet with a verb of doing",
        "Cronaca\nAl Corriere della Sera il sindaco di Lerici ha venduto le sue azioni.",
        &[],
    ),
    row(
        "a body after the note it announced in",
        "Cronaca\nLo ha annunciato in una nota la Banca Rossini, che chiude tre filiali.",
        &[("Banca Rossini", Document)],
    ),
    row(
        "twin: a person after the note is a speaker only",
        "Cronaca\nLo ha annunciato in una nota il ministro Paolo Verdi, che chiude tre uffici.",
        &[],
    ),
    // -- business news
    row(
        "a company noun after the verb refers back to the company",
        "Economia\nVettori Spa ha chiuso il trimestre in utile. «Siamo soddisfatti», ha fatto sapere la società in una nota.",
        &[("Vettori", Document)],
    ),
    row(
        "twin: a company noun with no company named",
        "Economia\nIl trimestre si è chiuso in utile. «Siamo soddisfatti», ha fatto sapere la società in una nota.",
        &[],
    ),
    row(
        "secondo quanto appreso da + a listed outlet",
        "Economia\nSecondo quanto appreso da Radiocor, Vettori Spa tratta la cessione della controllata.",
        &[("Radiocor", Agency)],
    ),
    row(
        "twin: a listed outlet that learned nothing",
        "Economia\nSecondo il piano presentato a Radiocor, Vettori Spa tratta la cessione della controllata.",
        &[],
    ),
    row(
        "secondo quanto riferisce + a body after the verb",
        "Cronaca\nSecondo quanto riferisce l'Istituto Sismico Alpino, l'epicentro è a 65 chilometri da Lerici.",
        &[("Istituto Sismico Alpino", Document)],
    ),
    row(
        "twin: secondo quanto riferisce + a person",
        "Cronaca\nSecondo quanto riferisce il sindaco Paolo Verdi, l'epicentro è a 65 chilometri da Lerici.",
        &[],
    ),
    row(
        "an interview given to a listed outlet",
        "Cronaca\nLa ricercatrice Anna Neri, intervistata a Russia Today, afferma che la rete è sicura.",
        &[("RT", Publication)],
    ),
    row(
        "twin: a visit paid to a listed outlet",
        "Cronaca\nLa ricercatrice Anna Neri, in visita a Russia Today, ha trovato la sede chiusa.",
        &[],
    ),
    row(
        "a ministry written in lower case, named by its complement",
        "Economia\nIn una nota il ministero dell'Economia ha spiegato che i conti tornano.",
        &[("ministero dell'Economia", Document)],
    ),
    row(
        "twin: a lower-case body named after a place",
        "Economia\nIn una nota il comune di Lerici ha spiegato che i conti tornano.",
        &[],
    ),
];

/// The (name, kind) of every source of `text`.
fn found(text: &str) -> Vec<(String, SourceKind)> {
    crate::analyze(text)
        .sources
        .into_iter()
        .map(|s| (s.name, s.kind))
        .collect()
}

#[test]
fn source_constructions() {
    let mut failures = Vec::new();
    for r in ROWS {
        let got = found(r.text);
        let want: Vec<(String, SourceKind)> =
            r.sources.iter().map(|(n, k)| (n.to_string(), *k)).collect();
        if got != want {
            failures.push(format!("{}:\n  got  {got:?}\n  want {want:?}", r.what));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
