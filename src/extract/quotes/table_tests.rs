//! Attribution constructions, end to end through `crate::analyze`: each row is a
//! sentence of our own with the quotes (text and speaker) and the sources (name and
//! kind) it must give, and each construction comes with a negative twin that differs
//! in the one thing the rule reads. Invented names only.

use crate::summary::SourceKind::{self, *};

/// One row: the article (a title line, then the body), the expected quotes as
/// (text, speaker) and the expected sources as (name, kind).
struct Row {
    what: &'static str,
    text: &'static str,
    quotes: &'static [(&'static str, Option<&'static str>)],
    sources: &'static [(&'static str, SourceKind)],
}

const fn row(
    what: &'static str,
    text: &'static str,
    quotes: &'static [(&'static str, Option<&'static str>)],
    sources: &'static [(&'static str, SourceKind)],
) -> Row {
    Row {
        what,
        text,
        quotes,
        sources,
    }
}

const ROWS: &[Row] = &[
    // -- source cues license unknown names
    row(
        "agency of the press licenses an unknown name",
        "Cronaca\nUn uomo ha sequestrato un autobus. Lo riporta l'agenzia di stampa Novapress.",
        &[],
        &[("Novapress", Agency)],
    ),
    row(
        "twin: the agency is where someone works",
        "Cronaca\nGiulio Sarti lavora per l'agenzia di stampa Novapress da dieci anni.",
        &[],
        &[],
    ),
    row(
        "secondo + newspaper noun licenses an unknown name",
        "Cronaca\nSecondo il quotidiano Gazzetta del Tirreno, il porto chiuderà a maggio.",
        &[],
        &[("Gazzetta del Tirreno", Publication)],
    ),
    row(
        "twin: the newspaper is only a complement",
        "Cronaca\nIl direttore del quotidiano Gazzetta del Tirreno è in vacanza da lunedì.",
        &[],
        &[],
    ),
    row(
        "an outlet someone spoke to",
        "Cronaca\nIl sindaco ha detto al settimanale Voce di Valdora che non si ricandiderà.",
        &[],
        &[("Voce di Valdora", Publication)],
    ),
    row(
        "twin: an outlet someone bought",
        "Cronaca\nL'editore ha venduto il settimanale Voce di Valdora nel 2019.",
        &[],
        &[],
    ),
    row(
        "published in a journal",
        "Cronaca\nLa scoperta, pubblicata sulla rivista Annali di Fisica Lunare, è stata accolta bene.",
        &[],
        &[("Annali di Fisica Lunare", Publication)],
    ),
    row(
        "twin: someone posted on a site",
        "Cronaca\nUn turista ha pubblicato sul sito Fotolario il video dell'esplosione.",
        &[],
        &[],
    ),
    row(
        "news passed on by a broadcaster",
        "Cronaca\nLa notizia è stata anticipata dall'emittente Radio Valdora nella notte.",
        &[],
        &[("Radio Valdora", Publication)],
    ),
    row(
        "twin: a programme shown by a broadcaster",
        "Cronaca\nLa serie è stata programmata dal canale Tele Valdora per sei anni.",
        &[],
        &[],
    ),
    row(
        "secondo quanto riferito da + known outlet",
        "Cronaca\nSecondo quanto riferito dalla CNN, il Senato voterà la legge martedì.",
        &[],
        &[("CNN", Publication)],
    ),
    row(
        "twin: the outlet does something else",
        "Cronaca\nLa CNN ha trasmesso la partita in diretta per tutta la sera.",
        &[],
        &[],
    ),
    // -- named bodies whose statement is passed on are documents
    row(
        "a body confirms",
        "Cronaca\nL'Agenzia Spaziale Orbitale ha confermato il lancio del satellite per lunedì.",
        &[],
        &[("Agenzia Spaziale Orbitale", Document)],
    ),
    row(
        "twin: a body only mentioned",
        "Cronaca\nIl razzo dell'Agenzia Spaziale Orbitale è partito alle sei.",
        &[],
        &[],
    ),
    row(
        "a bank announces that",
        "Cronaca\nLa Banca Serena ha annunciato che chiuderà dieci filiali entro l'anno.",
        &[],
        &[("Banca Serena", Document)],
    ),
    row(
        "twin: a bank acts",
        "Cronaca\nLa Banca Serena ha chiuso dieci filiali entro l'anno.",
        &[],
        &[],
    ),
    row(
        "a verb of saying with said words",
        "Cronaca\nL'ANVAR ha denunciato che il sindaco ha abusato del suo ufficio.",
        &[],
        &[("ANVAR", Document)],
    ),
    row(
        "twin: the same verb with a thing for object",
        "Cronaca\nL'ANVAR ha denunciato il sindaco per abuso d'ufficio.",
        &[],
        &[],
    ),
    row(
        "inverted body after a quote is speaker and document",
        "Cronaca\n«Il campionato riprenderà a marzo con tutte le squadre», ha comunicato la Federazione Italiana Bocce.",
        &[(
            "Il campionato riprenderà a marzo con tutte le squadre",
            Some("Federazione Italiana Bocce"),
        )],
        &[("Federazione Italiana Bocce", Document)],
    ),
    row(
        "twin: a person after the quote is a speaker only",
        "Cronaca\n«Il campionato riprenderà a marzo con tutte le squadre», ha comunicato Marco Feltri.",
        &[(
            "Il campionato riprenderà a marzo con tutte le squadre",
            Some("Marco Feltri"),
        )],
        &[],
    ),
    row(
        "a description of a named body resolves to it",
        "Cronaca\nIl premio è stato assegnato dall'Accademia Reale delle Arti. In una nota, l'accademia ha spiegato: «Sono studi importanti per tutta l'industria chimica».",
        &[(
            "Sono studi importanti per tutta l'industria chimica",
            Some("Accademia Reale delle Arti"),
        )],
        &[("Accademia Reale delle Arti", Document)],
    ),
    row(
        "twin: a description with no named body stays a description",
        "Cronaca\nIl premio è stato assegnato ieri. In una nota, l'accademia ha spiegato: «Sono studi importanti per tutta l'industria chimica».",
        &[(
            "Sono studi importanti per tutta l'industria chimica",
            Some("l'accademia"),
        )],
        &[],
    ),
    row(
        "a note of a named body",
        "Cronaca\nUna nota del Comune di Valdora annuncia la chiusura delle scuole.",
        &[],
        &[("Comune di Valdora", Document)],
    ),
    row(
        "twin: nota the adjective",
        "Cronaca\nVive nella nota città di Valdora da anni con la famiglia.",
        &[],
        &[],
    ),
    row(
        "a person who announces is not a source",
        "Cronaca\nMarco Feltri ha annunciato che lascerà la presidenza a giugno.",
        &[],
        &[],
    ),
    row(
        "twin: a company that announces is",
        "Cronaca\nLa Fondazione Marini ha annunciato che lascerà la sede a giugno.",
        &[],
        &[("Fondazione Marini", Document)],
    ),
    row(
        "an unnamed spokesperson of a named body",
        "Cronaca\nUn portavoce della Banca Serena ha precisato che le filiali resteranno aperte.",
        &[],
        &[("Banca Serena", Document)],
    ),
    row(
        "twin: a named spokesperson is a speaker only",
        "Cronaca\nIl portavoce della Banca Serena, Marco Feltri, ha precisato che le filiali resteranno aperte.",
        &[],
        &[],
    ),
    row(
        "a body as antecedent of a relative subject",
        "Cronaca\nProtesta anche la Federazione Italiana Bocce, che annuncia che non giocherà.",
        &[],
        &[("Federazione Italiana Bocce", Document)],
    ),
    row(
        "twin: a person as antecedent",
        "Cronaca\nProtesta anche Marco Feltri, che annuncia che non giocherà.",
        &[],
        &[],
    ),
    // -- role words resolved to the named person
    row(
        "role then name after the verb",
        "Cronaca\n«Le tasse scenderanno presto per tutte le famiglie», ha detto il ministro Paolo Verdi.",
        &[(
            "Le tasse scenderanno presto per tutte le famiglie",
            Some("Paolo Verdi"),
        )],
        &[],
    ),
    row(
        "a bare role refers back to the person the article gave it",
        "Cronaca\nIeri ha parlato il ministro Paolo Verdi. «Le tasse scenderanno presto per tutte le famiglie», ha detto il ministro.",
        &[(
            "Le tasse scenderanno presto per tutte le famiglie",
            Some("Paolo Verdi"),
        )],
        &[],
    ),
    row(
        "twin: a bare role with nobody named stays a description",
        "Cronaca\n«Le tasse scenderanno presto per tutte le famiglie», ha detto il ministro.",
        &[(
            "Le tasse scenderanno presto per tutte le famiglie",
            Some("il ministro"),
        )],
        &[],
    ),
    row(
        "a plural role refers back to the people it introduced",
        "Cronaca\nLo studio degli economisti della Banca Centrale Anna Ferri e Luca Gatti è uscito ieri. Dalla relazione degli economisti: «I prezzi al sud sono più bassi del previsto».",
        &[("I prezzi al sud sono più bassi del previsto", Some("Anna Ferri"))],
        &[("Banca Centrale", Document)],
    ),
    row(
        "twin: a plural role with nobody introduced stays a description",
        "Cronaca\nLa paziente è stata ricoverata. Secondo i dottori, la paziente «si sta lasciando andare da settimane».",
        &[("si sta lasciando andare da settimane", Some("i dottori"))],
        &[],
    ),
    // -- speakers are subjects, not complements
    row(
        "a name after preposition and article is a complement",
        "Cronaca\nCarla Neri, ministra per la Pubblica Istruzione, ha annunciato «che le scuole riapriranno lunedì prossimo».",
        &[(
            "che le scuole riapriranno lunedì prossimo",
            Some("Carla Neri"),
        )],
        &[],
    ),
    row(
        "twin: the subject after the verb",
        "Cronaca\nHa parlato ieri sera Carla Neri: «le scuole riapriranno lunedì prossimo per tutti».",
        &[(
            "le scuole riapriranno lunedì prossimo per tutti",
            Some("Carla Neri"),
        )],
        &[],
    ),
    row(
        "the subject of a che-clause is not the speaker",
        "Cronaca\nGino Bassi ha parlato a lungo. Poi ha insistito che le autorità «dovrebbero agire subito e senza esitazioni».",
        &[(
            "dovrebbero agire subito e senza esitazioni",
            Some("Gino Bassi"),
        )],
        &[],
    ),
    row(
        "twin: the description is the subject of the verb",
        "Cronaca\nIl consiglio si è riunito. Le autorità hanno insistito: «bisogna agire subito e senza esitazioni».",
        &[("bisogna agire subito e senza esitazioni", Some("Le autorità"))],
        &[],
    ),
    row(
        "a verb of naming: the named object is not the speaker",
        "Cronaca\nUgo Marini definisce Carlo Ruta un «personaggio ambiguo» della politica locale.",
        &[("personaggio ambiguo", Some("Ugo Marini"))],
        &[],
    ),
    row(
        "twin: a verb of saying with the speaker after it",
        "Cronaca\nLo ha detto ieri Carlo Ruta: «un personaggio ambiguo guida la politica locale».",
        &[(
            "un personaggio ambiguo guida la politica locale",
            Some("Carlo Ruta"),
        )],
        &[],
    ),
    row(
        "a verb of naming set off by commas keeps its subject",
        "Cronaca\nLa giudice Anna Neri ha firmato l'ordinanza. La giudice, inoltre, ha definito Carlo Ruta un «personaggio ambiguo».",
        &[("personaggio ambiguo", Some("Anna Neri"))],
        &[],
    ),
    row(
        "twin: a verb of saying set off by commas has its subject after it",
        "Cronaca\nLa pena, dice Carlo Ruta, «è stata del tutto sproporzionata rispetto ai fatti».",
        &[(
            "è stata del tutto sproporzionata rispetto ai fatti",
            Some("Carlo Ruta"),
        )],
        &[],
    ),
    row(
        "questo il giudizio di X after the quote",
        "Cronaca\n«La custodia in carcere è sproporzionata e del tutto ingiusta»: questo il giudizio dell'avvocato Sergio Landi.",
        &[(
            "La custodia in carcere è sproporzionata e del tutto ingiusta",
            Some("Sergio Landi"),
        )],
        &[],
    ),
    row(
        "twin: questo il giudizio with nobody named",
        "Cronaca\n«La custodia in carcere è sproporzionata e del tutto ingiusta»: questo il giudizio che circola in città.",
        &[(
            "La custodia in carcere è sproporzionata e del tutto ingiusta",
            None,
        )],
        &[],
    ),
    row(
        "an abstract noun in the subject's slot is no speaker",
        "Cronaca\n«Il processo deve ripartire da capo e subito», ribadisce la decisione.",
        &[("Il processo deve ripartire da capo e subito", None)],
        &[],
    ),
    row(
        "twin: a role noun in the same slot is",
        "Cronaca\n«Il processo deve ripartire da capo e subito», ribadisce la giudice.",
        &[("Il processo deve ripartire da capo e subito", Some("la giudice"))],
        &[],
    ),
    // -- descriptions of people
    row(
        "un altro testimone",
        "Cronaca\n«Era calmo e non parlava con nessuno», ha detto un altro testimone.",
        &[(
            "Era calmo e non parlava con nessuno",
            Some("un altro testimone"),
        )],
        &[],
    ),
    row(
        "twin: un testimone",
        "Cronaca\n«Era calmo e non parlava con nessuno», ha detto un testimone.",
        &[("Era calmo e non parlava con nessuno", Some("un testimone"))],
        &[],
    ),
    row(
        "uno dei carabinieri",
        "Cronaca\n«Siamo corsi subito verso la ragazza ferita», ha dichiarato uno dei carabinieri.",
        &[(
            "Siamo corsi subito verso la ragazza ferita",
            Some("uno dei carabinieri"),
        )],
        &[],
    ),
    row(
        "twin: un carabiniere",
        "Cronaca\n«Siamo corsi subito verso la ragazza ferita», ha dichiarato un carabiniere.",
        &[(
            "Siamo corsi subito verso la ragazza ferita",
            Some("un carabiniere"),
        )],
        &[],
    ),
    // -- dropped subjects and carry-over
    row(
        "a sentence opening with the verb takes the previous subject",
        "Cronaca\nSulla crisi si è pronunciato un missionario, padre Aldo Zeni. Ha dichiarato «La crisi è soprattutto economica e sociale».",
        &[(
            "La crisi è soprattutto economica e sociale",
            Some("Aldo Zeni"),
        )],
        &[],
    ),
    row(
        "twin: ha aggiunto continues the last speaker",
        "Cronaca\n«La crisi è economica e sociale», ha detto Rino Sala. Sulla crisi si è pronunciato anche padre Aldo Zeni. Ha aggiunto Sala «Serve una soluzione politica e rapida».",
        &[
            ("La crisi è economica e sociale", Some("Rino Sala")),
            ("Serve una soluzione politica e rapida", Some("Rino Sala")),
        ],
        &[],
    ),
    row(
        "a quote right after another keeps its speaker",
        "Cronaca\n«Abbiamo vinto le elezioni con merito», ha detto Rino Sala. «Ora governeremo bene per cinque anni».",
        &[
            ("Abbiamo vinto le elezioni con merito", Some("Rino Sala")),
            ("Ora governeremo bene per cinque anni", Some("Rino Sala")),
        ],
        &[],
    ),
    row(
        "twin: a new speaker introduced in between",
        "Cronaca\n«Abbiamo vinto le elezioni con merito», ha detto Rino Sala.\nL'opposizione non ci sta. «Avete perso la fiducia dei cittadini», ha replicato Gino Bassi.",
        &[
            ("Abbiamo vinto le elezioni con merito", Some("Rino Sala")),
            ("Avete perso la fiducia dei cittadini", Some("Gino Bassi")),
        ],
        &[],
    ),
    row(
        "the one person of the sentence speaks an unattributed quote",
        "Cronaca\nIl capo dell'unità di crisi Elena Bruni ha sconsigliato i viaggi, in quanto «la situazione può peggiorare molto nei prossimi giorni».",
        &[(
            "la situazione può peggiorare molto nei prossimi giorni",
            Some("Elena Bruni"),
        )],
        &[],
    ),
    row(
        "twin: two people named, none chosen",
        "Cronaca\nElena Bruni e Marco Zorzi hanno sconsigliato i viaggi, in quanto «la situazione può peggiorare molto nei prossimi giorni».",
        &[("la situazione può peggiorare molto nei prossimi giorni", None)],
        &[],
    ),
    row(
        "a name before the colon, the verb after the quote",
        "Cronaca\nSoddisfatto il vicepresidente, Paolo Rinaldi: «Torno a chiedere le dimissioni del consiglio», ha dichiarato.",
        &[(
            "Torno a chiedere le dimissioni del consiglio",
            Some("Paolo Rinaldi"),
        )],
        &[],
    ),
    row(
        "twin: the verb after the quote names its own speaker",
        "Cronaca\nSoddisfatto il vicepresidente, Paolo Rinaldi: «Torno a chiedere le dimissioni del consiglio», ha dichiarato Anna Ferri.",
        &[(
            "Torno a chiedere le dimissioni del consiglio",
            Some("Anna Ferri"),
        )],
        &[],
    ),
    // -- quote shapes
    row(
        "dashes split one quote into two with one speaker",
        "Cronaca\n«Siamo testimoni - ha proseguito Mario Galli - delle conseguenze di tre anni di scelte sbagliate».",
        &[
            ("Siamo testimoni", Some("Mario Galli")),
            (
                "delle conseguenze di tre anni di scelte sbagliate",
                Some("Mario Galli"),
            ),
        ],
        &[],
    ),
    row(
        "twin: dashes without a verb of saying stay inside one quote",
        "Cronaca\n«Siamo testimoni - e lo sappiamo bene - delle conseguenze di tre anni di scelte sbagliate», ha detto Mario Galli.",
        &[(
            "Siamo testimoni - e lo sappiamo bene - delle conseguenze di tre anni di scelte sbagliate",
            Some("Mario Galli"),
        )],
        &[],
    ),
    row(
        "a headline quote",
        "Bianchi: «Non mi dimetterò mai, resto al mio posto»\nLa sindaca Laura Bianchi ha parlato ieri in consiglio comunale.",
        &[(
            "Non mi dimetterò mai, resto al mio posto",
            Some("Laura Bianchi"),
        )],
        &[],
    ),
    row(
        "twin: scare quotes in a headline",
        "Il «caso Bianchi» agita il consiglio\nLa sindaca Laura Bianchi ha parlato ieri in consiglio comunale.",
        &[],
        &[],
    ),
    row(
        "short quoted words under a verb of naming",
        "Cronaca\nIl senatore Ugo Marini ha definito la manovra «illegittima».",
        &[("illegittima", Some("Ugo Marini"))],
        &[],
    ),
    row(
        "twin: short quoted words nobody says",
        "Cronaca\nLa manovra «illegittima» è stata ritirata dal governo ieri.",
        &[],
        &[],
    ),
    row(
        "bollando come",
        "Cronaca\nUgo Marini ha criticato il governo, bollando la nuova manovra come «una follia».",
        &[("una follia", Some("Ugo Marini"))],
        &[],
    ),
    row(
        "twin: a name in quotation marks",
        "Cronaca\nIl governo ha chiamato la nuova manovra «Italia Forte» ieri sera.",
        &[],
        &[],
    ),
    row(
        "a quote interrupted by its attribution",
        "Cronaca\n«Siamo pronti», spiega Mario Galli, «a partire subito con il nuovo piano».",
        &[
            ("Siamo pronti", Some("Mario Galli")),
            ("a partire subito con il nuovo piano", Some("Mario Galli")),
        ],
        &[],
    ),
    row(
        "twin: a title of a work",
        "Cronaca\nMario Galli ha presentato il libro «Il mare d'inverno» a Valdora.",
        &[],
        &[],
    ),
    // -- an acronym the article spells out in sentence case
    row(
        "an acronym stands for the sentence-case name the article gives",
        "Cronaca\nL'Ufficio di vigilanza portuale indaga sul naufragio. «Il carico era in regola», ha comunicato l'UVP.",
        &[("Il carico era in regola", Some("Ufficio di vigilanza portuale"))],
        &[("Ufficio di vigilanza portuale", Document)],
    ),
    row(
        "twin: initials that spell no acronym stay the acronym",
        "Cronaca\nL'Ufficio del porto indaga sul naufragio. «Il carico era in regola», ha comunicato l'UVP.",
        &[("Il carico era in regola", Some("UVP"))],
        &[("UVP", Document)],
    ),
    // -- a name with an apposition before its verb is the subject
    row(
        "a name set off by an apposition and followed by its verb speaks",
        "Cronaca\nIl quartiere più colpito è Valdora, per il quale Lino Ferri, direttore della Protezione civile di Montebruno, ha scritto su Twitter: «Le strade sono tutte allagate e chiuse»",
        &[("Le strade sono tutte allagate e chiuse", Some("Lino Ferri"))],
        &[],
    ),
    row(
        "twin: an apposition followed by no verb leaves the subject",
        "Cronaca\nLino Ferri ha visitato Valdora, quartiere più colpito, e ha scritto su Twitter: «Le strade sono tutte allagate e chiuse»",
        &[("Le strade sono tutte allagate e chiuse", Some("Lino Ferri"))],
        &[],
    ),
    // -- the subject of a clause after an impersonal verb of hearsay
    row(
        "pare che + description: the description speaks",
        "Cronaca\nPare inoltre che il regista abbia giudicato l'attrice una «pessima collega».",
        &[("pessima collega", Some("il regista"))],
        &[],
    ),
    row(
        "twin: the che clause of a verb of saying gives no speaker",
        "Cronaca\nIl settimanale scrive che il regista ha giudicato l'attrice una «pessima collega».",
        &[("pessima collega", None)],
        &[],
    ),
    // -- a spokesperson of a body described in lower case and named by its acronym
    row(
        "spokesperson of a described body with its acronym in parentheses",
        "Cronaca\nUn portavoce dell'ente regionale per le acque (ERA) ha escluso rischi per la salute.",
        &[],
        &[("ERA", Document)],
    ),
    row(
        "twin: a described body with no acronym is no named source",
        "Cronaca\nUn portavoce dell'ente regionale per le acque ha escluso rischi per la salute.",
        &[],
        &[],
    ),
    // -- the outlet someone told the news
    row(
        "an outlet the news was given to",
        "Cronaca\nL'agente del cantante, che ha dato la notizia alla Reuters, ha parlato di un malore.",
        &[],
        &[("Reuters", Agency)],
    ),
    row(
        "twin: an outlet after another preposition is a complement",
        "Cronaca\nL'agente del cantante ha dato la notizia della vendita della Reuters in serata.",
        &[],
        &[],
    ),
    // -- anonymous sources and credits
    row(
        "anonymous sourcing",
        "Cronaca\nSecondo fonti vicine al dossier, la fusione sarà firmata a giugno.",
        &[],
        &[("fonti vicine al dossier", Anonymous)],
    ),
    row(
        "twin: witnesses are not sources",
        "Cronaca\nSecondo alcuni testimoni la fusione sarà firmata a giugno.",
        &[],
        &[],
    ),
    row(
        "a closing credit line",
        "Cronaca\nIl porto riapre domani.\nFonte: Gazzetta del Tirreno",
        &[],
        &[("Gazzetta del Tirreno", Credit)],
    ),
    row(
        "twin: the word fonte inside a sentence",
        "Cronaca\nIl porto è una fonte di lavoro per la Gazzetta del Tirreno e per tutti.",
        &[],
        &[],
    ),
];

/// Speakers from the clause around the quote (#22): roles with complements, bodies,
/// the owner of the words, passive issuers, verdicts, carry-over limits, quotes around
/// dashes and over paragraphs. Each row has its twin; invented names only.
const SPEAKER_ROWS: &[Row] = &[
    // -- business press: the owner of said words, `per` with an apposition
    row(
        "the owner of a noun of saying before the colon, past an apposition",
        "Economia\nImmediata la replica di Stefano Vitale, amministratore delegato di Velaria: «Il prezzo offerto è più che congruo».",
        &[("Il prezzo offerto è più che congruo", Some("Stefano Vitale"))],
        &[],
    ),
    row(
        "the owner of a noun of saying before the colon, past a relative clause",
        "Economia\nImmediata la replica di Stefano Vitale, che guida Velaria da due anni: «Il prezzo offerto è più che congruo».",
        &[("Il prezzo offerto è più che congruo", Some("Stefano Vitale"))],
        &[],
    ),
    row(
        "twin: a name after a noun of no saying gives no owner",
        "Economia\nL'assemblea ha votato la conferma di Stefano Vitale, amministratore delegato di Velaria: «Il prezzo offerto è più che congruo».",
        &[("Il prezzo offerto è più che congruo", Some("L'assemblea"))],
        &[],
    ),
    row(
        "per, a person and a role apposition before the quote",
        "Economia\nPer Lorenzo Pace, gestore di Fondo Arcadia, «il mercato ha premiato la chiarezza del messaggio».",
        &[("il mercato ha premiato la chiarezza del messaggio", Some("Lorenzo Pace"))],
        &[],
    ),
    row(
        "twin: per and a time phrase is no speaker",
        "Economia\nPer tre anni, dal 2019 al 2022, «il mercato ha premiato la chiarezza del messaggio».",
        &[("il mercato ha premiato la chiarezza del messaggio", None)],
        &[],
    ),
    row(
        "a sentence after the quote opening with a demonstrative, said words and their owner",
        "Economia\n«Abbiamo chiuso l'anno migliore della nostra storia». Queste parole di Anna Ferraro, amministratore delegato di Lumetra, hanno spinto il titolo in rialzo.",
        &[("Abbiamo chiuso l'anno migliore della nostra storia", Some("Anna Ferraro"))],
        &[],
    ),
    row(
        "twin: the demonstrative heads a noun of no saying",
        "Economia\n«Abbiamo chiuso l'anno migliore della nostra storia». Questi conti di Lumetra hanno spinto il titolo in rialzo.",
        &[("Abbiamo chiuso l'anno migliore della nostra storia", None)],
        &[],
    ),
    row(
        "a role with its complement is a description of its own",
        "Cronaca\nGino Bassi ha parlato a lungo. Il presidente del consiglio regionale ha detto che «non c'è alcuna cultura della violenza in questa terra».",
        &[("non c'è alcuna cultura della violenza in questa terra", Some("Il presidente del consiglio regionale"))],
        &[],
    ),
    row(
        "twin: a bare role after a named speaker is that speaker",
        "Cronaca\nGino Bassi ha parlato a lungo. Il presidente ha detto che «non c'è alcuna cultura della violenza in questa terra».",
        &[("non c'è alcuna cultura della violenza in questa terra", Some("Gino Bassi"))],
        &[],
    ),
    row(
        "a verb of continuing keeps the speaker whatever the role",
        "Cronaca\n«Le tasse scenderanno presto per tutte le famiglie», ha detto Gino Bassi. «Ne sono certo e lo ripeto a tutti», ha aggiunto il presidente della regione.",
        &[("Le tasse scenderanno presto per tutte le famiglie", Some("Gino Bassi")), ("Ne sono certo e lo ripeto a tutti", Some("Gino Bassi"))],
        &[],
    ),
    row(
        "twin: a verb of answering with a role and complement is someone new",
        "Cronaca\n«Le tasse scenderanno presto per tutte le famiglie», ha detto Gino Bassi. «Non ne sono affatto certo, anzi», ha replicato il presidente della regione.",
        &[("Le tasse scenderanno presto per tutte le famiglie", Some("Gino Bassi")), ("Non ne sono affatto certo, anzi", Some("il presidente della regione"))],
        &[],
    ),
    row(
        "a body noun speaks and refers to the body the article named",
        "Cronaca\nLa Lega Bocciofila Valdorese ha chiuso la stagione. In un comunicato, l'associazione ha detto: «Abbiamo giocato tutte le partite con lealtà e passione».",
        &[("Abbiamo giocato tutte le partite con lealtà e passione", Some("Lega Bocciofila Valdorese"))],
        &[("Lega Bocciofila Valdorese", Document)],
    ),
    row(
        "twin: a body noun with no body named stays a description",
        "Cronaca\nLa stagione è finita. In un comunicato, l'associazione ha detto: «Abbiamo giocato tutte le partite con lealtà e passione».",
        &[("Abbiamo giocato tutte le partite con lealtà e passione", Some("l'associazione"))],
        &[],
    ),
    row(
        "an abstract noun in the subject's slot does not speak",
        "Cronaca\nLa decisione del giudice ha detto tutto: «Il fatto non sussiste per nessuno degli imputati».",
        &[("Il fatto non sussiste per nessuno degli imputati", None)],
        &[],
    ),
    row(
        "twin: the judge in the subject's slot speaks",
        "Cronaca\nIl giudice ha detto tutto: «Il fatto non sussiste per nessuno degli imputati».",
        &[("Il fatto non sussiste per nessuno degli imputati", Some("Il giudice"))],
        &[],
    ),
    row(
        "a clitic before the verb between dashes: two quotes, one speaker",
        "Cronaca\nUn uomo chiama i soccorsi. «Cerchi di calmarsi - gli risponde l'operatore - e controlli se respira ancora».",
        &[("Cerchi di calmarsi", Some("l'operatore")), ("e controlli se respira ancora", Some("l'operatore"))],
        &[],
    ),
    row(
        "twin: an aside between dashes with no verb of saying is one quote",
        "Cronaca\nUn uomo chiama i soccorsi. «Cerchi di calmarsi - e mi creda - perché arriviamo subito da lei», dice Ada Ferri.",
        &[("Cerchi di calmarsi - e mi creda - perché arriviamo subito da lei", Some("Ada Ferri"))],
        &[],
    ),
    row(
        "a dash attribution in a quote closed paragraphs later",
        "Titolo\nCarlo Neri ha preso posizione: «Il sindaco non tenta di unire la città.\nInvece tenta di dividerci\nSiamo testimoni - ha proseguito - delle conseguenze di tre anni di scelte sbagliate». Fine.",
        &[("Il sindaco non tenta di unire la città.\nInvece tenta di dividerci\nSiamo testimoni", Some("Carlo Neri")), ("delle conseguenze di tre anni di scelte sbagliate", Some("Carlo Neri"))],
        &[],
    ),
    row(
        "twin: a later paragraph opens a quote of its own",
        "Titolo\nCarlo Neri ha preso posizione: «Il sindaco non tenta di unire la città.\nInvece, scrive il «Corriere di Valdora», tenta di dividerci». Fine.",
        &[("Il sindaco non tenta di unire la città.", Some("Carlo Neri"))],
        &[],
    ),
    row(
        "the words of someone right before the quote",
        "Cronaca\nIl nonno è morto in corsia e i medici hanno avuto, citando le testuali parole del figlio, «un comportamento superficiale e strafottente».",
        &[("un comportamento superficiale e strafottente", Some("il figlio"))],
        &[],
    ),
    row(
        "twin: the words named in another sentence",
        "Cronaca\nLe parole del figlio sono state dure. Il primario ha detto: «abbiamo avuto un comportamento corretto e attento».",
        &[("abbiamo avuto un comportamento corretto e attento", Some("Il primario"))],
        &[],
    ),
    row(
        "secondo le parole di after the quote",
        "Cronaca\nLa donna potrà uscire solo per curarsi, «una clausola che ha sempre rispettato», secondo le parole della figlia.",
        &[("una clausola che ha sempre rispettato", Some("la figlia"))],
        &[],
    ),
    row(
        "twin: secondo le regole after a term is no attribution",
        "Cronaca\nLa donna potrà uscire solo per curarsi, «una clausola che ha sempre rispettato», secondo le regole del carcere.",
        &[],
        &[],
    ),
    row(
        "the issuer of a note is the agent of its participle (and the note a document source)",
        "Cronaca\nNella nota, diramata dall'ufficio di Gino Bassi, si legge: «Dopo tutte le discussioni è stata approvata la sentenza».",
        &[("Dopo tutte le discussioni è stata approvata la sentenza", Some("ufficio di Gino Bassi"))],
        &[("ufficio di Gino Bassi", Document)],
    ),
    row(
        "twin: a note with no issuer gives no speaker",
        "Cronaca\nNella nota si legge: «Dopo tutte le discussioni è stata approvata la sentenza».",
        &[("Dopo tutte le discussioni è stata approvata la sentenza", None)],
        &[],
    ),
    row(
        "a quote of its own after a sentence whose named subject speaks",
        "Cronaca\nLa società Valdora Giochi ha parlato dei piani per il 2030. «Siamo consapevoli che la plastica viene quasi sempre scartata».",
        &[("Siamo consapevoli che la plastica viene quasi sempre scartata", Some("Valdora Giochi"))],
        &[],
    ),
    row(
        "twin: the sentence before has no verb of saying",
        "Cronaca\nLa società Valdora Giochi ha chiuso due fabbriche nel 2030. «Siamo consapevoli che la plastica viene quasi sempre scartata».",
        &[("Siamo consapevoli che la plastica viene quasi sempre scartata", None)],
        &[],
    ),
    row(
        "a headline quote and the verdict of the next sentence",
        "I medici: «Marco non camminerà più»\n«Marco non camminerà più». Questa la sentenza dei medici per il nuotatore.",
        &[("Marco non camminerà più", Some("I medici")), ("Marco non camminerà più", Some("i medici"))],
        &[],
    ),
    row(
        "twin: a next sentence with no noun of saying",
        "Titolo\n«Marco non camminerà più». Questa la notizia del giorno per il nuotatore.",
        &[],
        &[],
    ),
    row(
        "a capital body noun with the complements of its name",
        "Cronaca\nL'Associazione dei pescatori del lago ha condannato il gesto e ha fatto presente come «anche i nostri padri pescavano qui ogni giorno».",
        &[("anche i nostri padri pescavano qui ogni giorno", Some("Associazione dei pescatori del lago"))],
        &[],
    ),
    row(
        "twin: the body is a complement of the speaker's role",
        "Cronaca\nIl presidente dell'Associazione dei pescatori, Luca Gatti, ha fatto presente come «anche i nostri padri pescavano qui ogni giorno».",
        &[("anche i nostri padri pescavano qui ogni giorno", Some("Luca Gatti"))],
        &[],
    ),
    row(
        "a subject with a second predicate noun joined by e",
        "Cronaca\nIl candidato dei Verdi e vittima delle false notizie ha attaccato: «Giustizia lenta, incapace di gestire una campagna come questa».",
        &[("Giustizia lenta, incapace di gestire una campagna come questa", Some("Il candidato dei Verdi"))],
        &[],
    ),
    row(
        "twin: a relative clause with a subject of its own",
        "Cronaca\nIl passaggio di consegne è avvenuto a Valdora, dove la folla ha applaudito: «Oggi facciamo posto a una nuova generazione di ragazzi e di ragazze».",
        &[("Oggi facciamo posto a una nuova generazione di ragazzi e di ragazze", None)],
        &[],
    ),
    row(
        "a body with a qualifier is named without the article",
        "Cronaca\nIl governo tedesco ha detto: «Reagiamo con emozione e turbamento a questa notizia».",
        &[("Reagiamo con emozione e turbamento a questa notizia", Some("governo tedesco"))],
        &[],
    ),
    row(
        "twin: a bare body noun keeps its article",
        "Cronaca\nIl governo ha detto: «Reagiamo con emozione e turbamento a questa notizia».",
        &[("Reagiamo con emozione e turbamento a questa notizia", Some("Il governo"))],
        &[],
    ),
    row(
        "the subject of the main clause speaks through a gerund of naming",
        "Cronaca\nIl governo ha vinto, mentre i candidati dell'opposizione hanno condannato il voto, bollando l'esecutivo come «illegittimo».",
        &[("illegittimo", Some("i candidati dell'opposizione"))],
        &[],
    ),
    row(
        "twin: no verb of naming, a scare quote",
        "Cronaca\nIl governo ha vinto, mentre i candidati dell'opposizione hanno condannato il voto dell'esecutivo «illegittimo».",
        &[],
        &[],
    ),
    row(
        "a person named inside the description of a role",
        "Cronaca\nUn funzionario sanitario della provincia, Galip Turan, ha detto: «Pensiamo che il crollo sia stato causato dal gas».",
        &[("Pensiamo che il crollo sia stato causato dal gas", Some("Galip Turan"))],
        &[],
    ),
    row(
        "twin: the role alone stays a description",
        "Cronaca\nUn funzionario sanitario della provincia ha detto: «Pensiamo che il crollo sia stato causato dal gas».",
        &[("Pensiamo che il crollo sia stato causato dal gas", Some("Un funzionario sanitario della provincia"))],
        &[],
    ),
    row(
        "the last speaker carries over when nobody is introduced in between",
        "Cronaca\n«Le tasse scenderanno presto per tutte le famiglie», ha detto Gino Bassi. Il pubblico ha applaudito a lungo. «Ne sono certo e lo ripeto a tutti voi qui presenti».",
        &[("Le tasse scenderanno presto per tutte le famiglie", Some("Gino Bassi")), ("Ne sono certo e lo ripeto a tutti voi qui presenti", Some("Gino Bassi"))],
        &[],
    ),
    row(
        "twin: a person introduced in between stops the carry-over",
        "Cronaca\n«Le tasse scenderanno presto per tutte le famiglie», ha detto Gino Bassi. Anna Ferri lo ha guardato in silenzio. «Ne sono certo e lo ripeto a tutti voi qui presenti».",
        &[("Le tasse scenderanno presto per tutte le famiglie", Some("Gino Bassi")), ("Ne sono certo e lo ripeto a tutti voi qui presenti", None)],
        &[],
    ),
    row(
        "across a paragraph break a verb of continuing carries the speaker",
        "Cronaca\n«Le tasse scenderanno presto per tutte le famiglie», ha detto Gino Bassi.\n«Ne sono certo e lo ripeto a tutti voi qui presenti», ha aggiunto.",
        &[("Le tasse scenderanno presto per tutte le famiglie", Some("Gino Bassi")), ("Ne sono certo e lo ripeto a tutti voi qui presenti", Some("Gino Bassi"))],
        &[],
    ),
    row(
        "twin: across a paragraph break with no cue nothing is carried",
        "Cronaca\n«Le tasse scenderanno presto per tutte le famiglie», ha detto Gino Bassi.\n«Ne sono certo e lo ripeto a tutti voi qui presenti».",
        &[("Le tasse scenderanno presto per tutte le famiglie", Some("Gino Bassi")), ("Ne sono certo e lo ripeto a tutti voi qui presenti", None)],
        &[],
    ),
    row(
        "a role with its complement after the verb goes on from the named speaker",
        "Cronaca\n«Le tasse scenderanno presto per tutte le famiglie», ha detto Gino Bassi. «Non ne sono affatto certo, anzi», ha detto il presidente della regione.",
        &[
            ("Le tasse scenderanno presto per tutte le famiglie", Some("Gino Bassi")),
            ("Non ne sono affatto certo, anzi", Some("Gino Bassi")),
        ],
        &[],
    ),
    row(
        "il papa refers to the pope the article names",
        "Cronaca\nPapa Leone ha ricevuto i fedeli in piazza. «Siate costruttori di pace in ogni paese del mondo», ha detto il papa.",
        &[("Siate costruttori di pace in ogni paese del mondo", Some("Leone"))],
        &[],
    ),
    row(
        "twin: il papa with no pope named stays a description",
        "Cronaca\nI fedeli sono arrivati in piazza. «Siate costruttori di pace in ogni paese del mondo», ha detto il papa.",
        &[("Siate costruttori di pace in ogni paese del mondo", Some("il papa"))],
        &[],
    ),
    row(
        "l'ad refers to the chief executive the article names",
        "Cronaca\nL'ad di Valdora Spa, Mario Rossetti, ha presentato il piano. «Cresceremo del dieci per cento nei prossimi anni», ha detto l'ad.",
        &[("Cresceremo del dieci per cento nei prossimi anni", Some("Mario Rossetti"))],
        &[],
    ),
    row(
        "twin: l'ad with no chief executive named stays a description",
        "Cronaca\nValdora Spa ha presentato il piano. «Cresceremo del dieci per cento nei prossimi anni», ha detto l'ad.",
        &[("Cresceremo del dieci per cento nei prossimi anni", Some("l'ad"))],
        &[],
    ),
    row(
        "the agent of a passive cue speaks",
        "Cronaca\nL'attacco è stato condannato dal governo di Valdora: «Reagiremo con tutte le forze a questa provocazione».",
        &[("Reagiremo con tutte le forze a questa provocazione", Some("governo di Valdora"))],
        &[],
    ),
    row(
        "twin: a passive cue with no agent gives no speaker",
        "Cronaca\nL'attacco è stato condannato ieri sera: «Reagiremo con tutte le forze a questa provocazione».",
        &[("Reagiremo con tutte le forze a questa provocazione", None)],
        &[],
    ),
    row(
        "the agent of a passive cue is the person after the role",
        "Cronaca\nLa decisione è stata commentata dal sindaco Gino Bassi: «Reagiremo con tutte le forze a questa provocazione».",
        &[("Reagiremo con tutte le forze a questa provocazione", Some("Gino Bassi"))],
        &[],
    ),
    row(
        "twin: an active cue with the role as subject",
        "Cronaca\nIl sindaco ha commentato la decisione: «Reagiremo con tutte le forze a questa provocazione».",
        &[("Reagiremo con tutte le forze a questa provocazione", Some("Il sindaco"))],
        &[],
    ),
    row(
        "per and a role opening the sentence read as secondo",
        "Cronaca\nPer il ministro dell'Economia, «la crescita tornerà entro la fine dell'anno».",
        &[("la crescita tornerà entro la fine dell'anno", Some("il ministro dell'Economia"))],
        &[],
    ),
    row(
        "twin: per and a time phrase give no speaker",
        "Cronaca\nPer la prima volta, «la crescita tornerà entro la fine dell'anno».",
        &[("la crescita tornerà entro la fine dell'anno", None)],
        &[],
    ),
    row(
        "a term after an articulated preposition, then a quote under a gerund",
        "Cronaca\nAnna Ferri ha sottolineato il fatto della «giovinezza» della costituzione, dicendo che «stiamo solo iniziando ad avere esperienza».",
        &[("stiamo solo iniziando ad avere esperienza", Some("Anna Ferri"))],
        &[],
    ),
    row(
        "twin: one word under parlare di is a quote",
        "Cronaca\nGino Bassi ha parlato di «tradimento» davanti ai giornalisti.",
        &[("tradimento", Some("Gino Bassi"))],
        &[],
    ),
    row(
        "the agent a few words after a passive cue",
        "Cronaca\nIl cordoglio è stato espresso in primis dalla Lega Bocciofila Valdorese, con queste parole: «Con Marco se ne va un pezzo della nostra storia».",
        &[("Con Marco se ne va un pezzo della nostra storia", Some("Lega Bocciofila Valdorese"))],
        &[],
    ),
    row(
        "a headline name with its affiliation in parentheses",
        "Rossetti (Valdora): «Il mercato resta difficile per tutti gli operatori»\nIl gruppo ha chiuso l'anno in utile.",
        &[("Il mercato resta difficile per tutti gli operatori", Some("Rossetti"))],
        &[],
    ),
    row(
        "twin: a headline with a lower-case phrase before the colon is no speaker",
        "Il mercato nel prossimo anno: «Sarà difficile per tutti gli operatori del settore»\nIl gruppo ha chiuso l'anno in utile.",
        &[("Sarà difficile per tutti gli operatori del settore", None)],
        &[],
    ),
    row(
        "il gruppo after the verb refers to the company the article is about",
        "Cronaca\nValdora Spa ha chiuso l'anno in utile. «Il mercato resta difficile per tutti gli operatori», ha commentato il gruppo in una nota.",
        &[("Il mercato resta difficile per tutti gli operatori", Some("Valdora"))],
        &[],
    ),
    row(
        "twin: il gruppo with no company named stays a description",
        "Cronaca\n«Il mercato resta difficile per tutti gli operatori», ha commentato il gruppo in una nota.",
        &[("Il mercato resta difficile per tutti gli operatori", Some("il gruppo"))],
        &[],
    ),
    row(
        "a relative the article introduced by name is that person",
        "Cronaca\nLa figlia di Marina Neri, Elisa Novelli, è arrivata ieri. La madre potrà uscire solo per curarsi, «una clausola che ha sempre rispettato», secondo le parole della figlia.",
        &[("una clausola che ha sempre rispettato", Some("Elisa Novelli"))],
        &[],
    ),
    row(
        "twin: a relative after a speaker is not that speaker",
        "Cronaca\n«Le tasse scenderanno presto per tutte le famiglie», ha detto Gino Bassi. «Mio padre ha sempre detto così a tutti», ha detto il figlio.",
        &[
            ("Le tasse scenderanno presto per tutte le famiglie", Some("Gino Bassi")),
            ("Mio padre ha sempre detto così a tutti", Some("il figlio")),
        ],
        &[],
    ),
    row(
        "a gerund's complement is not the subject",
        "Cronaca\nRispondendo a un appello del ministro Carlo Ruta, Gino Bassi ha accolto la proposta: «Accetto la vostra proposta di decretare lo stato di emergenza».",
        &[("Accetto la vostra proposta di decretare lo stato di emergenza", Some("Gino Bassi"))],
        &[],
    ),
    row(
        "twin: the subject before the gerund speaks",
        "Cronaca\nIl ministro Carlo Ruta, rispondendo a un appello dei sindaci, ha accolto la proposta: «Accetto la vostra proposta di decretare lo stato di emergenza».",
        &[("Accetto la vostra proposta di decretare lo stato di emergenza", Some("Carlo Ruta"))],
        &[],
    ),
    row(
        "the passive agent is the antecedent of the relative that speaks",
        "Cronaca\nLa cerimonia è stata officiata da don Mario Ferri, che ha esordito dicendo: «Dolce amico mio, permettimi di chiamarti figlio».",
        &[("Dolce amico mio, permettimi di chiamarti figlio", Some("Mario Ferri"))],
        &[],
    ),
    row(
        "twin: a complement after another preposition is no antecedent",
        "Cronaca\nLa cerimonia si è tenuta nella chiesa di Mario Ferri, che ha esordito dicendo: «Dolce amico mio, permettimi di chiamarti figlio».",
        &[("Dolce amico mio, permettimi di chiamarti figlio", None)],
        &[],
    ),
    row(
        "a name opening a clause after a comma is its subject",
        "Cronaca\nDopo un appello del ministro Carlo Ruta, Gino Bassi ha accolto la proposta: «Accetto la vostra proposta di decretare lo stato di emergenza».",
        &[("Accetto la vostra proposta di decretare lo stato di emergenza", Some("Gino Bassi"))],
        &[],
    ),
    row(
        "twin: a name set off by commas as an apposition is not the subject",
        "Cronaca\nGino Bassi, dopo un appello del ministro, Carlo Ruta, ha accolto la proposta: «Accetto la vostra proposta di decretare lo stato di emergenza».",
        &[("Accetto la vostra proposta di decretare lo stato di emergenza", Some("Gino Bassi"))],
        &[],
    ),
    row(
        "the issuer of the note named after the cue (speaker and, by the spec, a document source)",
        "Cronaca\nValdora Spa ha chiuso l'anno. «La fusione è un'opportunità per tutti i soci», si legge in una nota della società.",
        &[("La fusione è un'opportunità per tutti i soci", Some("Valdora"))],
        &[("Valdora", Document)],
    ),
    row(
        "twin: a note dated, not issued, gives no speaker",
        "Cronaca\n«La fusione è un'opportunità per tutti i soci», si legge in una nota dei giorni scorsi.",
        &[("La fusione è un'opportunità per tutti i soci", None)],
        &[],
    ),
    row(
        "per and a plural role right before the quote",
        "Cronaca\nPer gli economisti della banca «la fusione è un'opportunità per tutti i soci».",
        &[("la fusione è un'opportunità per tutti i soci", Some("gli economisti della banca"))],
        &[],
    ),
    row(
        "twin: per and people who are not speaking",
        "Cronaca\nPer tutti i soci della banca «la fusione è un'opportunità da non perdere» secondo Gino Bassi.",
        &[("la fusione è un'opportunità da non perdere", Some("Gino Bassi"))],
        &[],
    ),
    row(
        "the person glued to the complement of a role",
        "Cronaca\n«La fusione è un'opportunità per tutti i soci», ha detto l'ad di Valdora Mario Rossetti.",
        &[("La fusione è un'opportunità per tutti i soci", Some("Mario Rossetti"))],
        &[],
    ),
    row(
        "twin: a complement with no given name stays the complement",
        "Cronaca\n«La fusione è un'opportunità per tutti i soci», ha detto l'ad di Banca Serena Spa.",
        &[("La fusione è un'opportunità per tutti i soci", Some("l'ad di Banca Serena Spa"))],
        &[],
    ),
    row(
        "queste le parole di after the quote",
        "Cronaca\n«La fusione è un'opportunità per tutti i soci»: queste le parole di Mario Rossetti.",
        &[("La fusione è un'opportunità per tutti i soci", Some("Mario Rossetti"))],
        &[],
    ),
    row(
        "Sono le parole di in the next sentence",
        "Cronaca\n«La fusione è un'opportunità per tutti i soci». Sono le parole di Mario Rossetti, ad di Valdora.",
        &[("La fusione è un'opportunità per tutti i soci", Some("Mario Rossetti"))],
        &[],
    ),
    row(
        "twin: sono le regole after the quote name nobody",
        "Cronaca\n«La fusione è un'opportunità per tutti i soci», sono le regole del gioco.",
        &[("La fusione è un'opportunità per tutti i soci", None)],
        &[],
    ),
    row(
        "a simple passive with its agent after a noun",
        "Cronaca\nLa sua affermazione è contestata dallo storico Gino Bassi: «Stupidaggini, le province che firmarono furono sette».",
        &[("Stupidaggini, le province che firmarono furono sette", Some("Gino Bassi"))],
        &[],
    ),
    row(
        "twin: a simple passive with no person as agent",
        "Cronaca\nIl sindaco è contestato da tutti: «Stupidaggini, le province che firmarono furono sette».",
        &[("Stupidaggini, le province che firmarono furono sette", None)],
        &[],
    ),
    row(
        "a time adverb before the subject description",
        "Cronaca\nIeri il governo di Valdora ha dichiarato la sua prima \"emergenza idrica\" della storia.",
        &[("emergenza idrica", Some("governo di Valdora"))],
        &[],
    ),
    row(
        "twin: a modal verb ends the description, which speaks no words",
        "Cronaca\nInoltre la società potrà anche avere degli utili: «destinati a riserva, se non altrimenti deciso».",
        &[],
        &[],
    ),
    row(
        "a place in a complement is no speaker",
        "Cronaca\nA dare l'annuncio, avvenuto all'Ospedale Santa Rita di Valdora, è stata la famiglia con una nota: «Grazie Marco per tutto l'amore che ci hai donato».",
        &[("Grazie Marco per tutto l'amore che ci hai donato", None)],
        &[],
    ),
    row(
        "twin: a relative pronoun after secondo is no speaker",
        "Cronaca\nIl seminario prende spunto da una citazione di Gino Bassi secondo il quale «conoscere per deliberare» è tutto.",
        &[("conoscere per deliberare", None)],
        &[],
    ),
];

/// The (text, speaker) of every quote, and (name, kind) of every source, of `text`;
/// checks that each quote's span holds its text.
type Found = (Vec<(String, Option<String>)>, Vec<(String, SourceKind)>);

fn found(text: &str) -> Found {
    let summary = crate::analyze(text);
    let chars: Vec<char> = text.chars().collect();
    let quotes = summary
        .quotes
        .into_iter()
        .map(|q| {
            let spanned: String = chars[q.span.start..q.span.end].iter().collect();
            assert_eq!(spanned, q.text, "span of {:?}", q.text);
            (q.text, q.speaker)
        })
        .collect();
    let sources = summary
        .sources
        .into_iter()
        .map(|s| (s.name, s.kind))
        .collect();
    (quotes, sources)
}

#[test]
fn attribution_constructions() {
    assert!(ROWS.len() + SPEAKER_ROWS.len() >= 60);
    let mut failures = Vec::new();
    for r in ROWS.iter().chain(SPEAKER_ROWS) {
        let (quotes, sources) = found(r.text);
        let want_quotes: Vec<(String, Option<String>)> = r
            .quotes
            .iter()
            .map(|(t, s)| (t.to_string(), s.map(str::to_string)))
            .collect();
        let want_sources: Vec<(String, SourceKind)> =
            r.sources.iter().map(|(n, k)| (n.to_string(), *k)).collect();
        if quotes != want_quotes || sources != want_sources {
            failures.push(format!(
                "{}:\n  quotes  got {quotes:?}\n          want {want_quotes:?}\n  sources got {sources:?}\n          want {want_sources:?}",
                r.what
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
