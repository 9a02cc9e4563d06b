//! More constructions of business prose, each with its negative twin, in the
//! marked-up form of `tests.rs` (`[Orsola]` a company, `[#Ente]` an organization,
//! `[@Anna Neri]` a person, `<4%=4 %>` a percentage, `<2 miliardi=2e9 EUR>` money).
//! Kept apart from `constructions_table` so that rounds of work add rows without
//! touching one another's.

use super::tests::check_rows;

#[test]
fn constructions_of_stakes_parents_and_signed_agreements() {
    let rows: &[(&str, &[&str])] = &[
        // A stake raised, told by its noun: the holder pays, the company receives.
        ("L'aumento della quota detenuta da [Orsola] in [Brisa] al <4,2%=4.2 %> è stato autorizzato.", &["Investment Orsola -> Brisa {aumento della quota detenuta da Orsola in Brisa al 4,2%}"]),
        ("L'eventuale aumento della quota detenuta da [Orsola] in [Brisa] al <4,2%=4.2 %> è allo studio.", &[]),
        ("L'incremento della partecipazione di [Orsola] nel capitale di [Brisa] al <55%=55 %> è completato.", &["Acquisition Orsola -> Brisa {incremento della partecipazione di Orsola nel capitale di Brisa al 55%}"]),
        ("L'aumento della quota di mercato di [Orsola] al <20%=20 %> premia [Brisa].", &[]),
        ("[Orsola] ha annunciato il rafforzamento della propria partecipazione in [Brisa] al <12%=12 %>.", &["Investment Orsola -> Brisa {rafforzamento della propria partecipazione in Brisa al 12%}"]),
        ("[Orsola] valuta il rafforzamento della propria partecipazione in [Brisa] al <12%=12 %>.", &[]),
        // ... the company being the antecedent of the relative clause that holds it.
        ("In Borsa bene [Brisa], che guadagna il <7%=7 %>, grazie all'aumento della quota detenuta da [Orsola] al <4%=4 %>.", &["Investment Orsola -> Brisa {aumento della quota detenuta da Orsola al 4%}"]),
        ("In Borsa bene [Brisa], che guadagna il <7%=7 %>, nonostante l'aumento della quota detenuta da [Orsola] al <4%=4 %> sia solo un'ipotesi.", &[]),
        ("In Borsa bene [Brisa], che guadagna il <7%=7 %>, grazie all'aumento della quota detenuta da [Orsola].", &[]),
        // A sale to the parent company, named by a possessive and a company noun.
        ("[Orsola] cederà la divisione servizi alla sua controllante [Brisa].", &["Acquisition Brisa -> Orsola {la divisione servizi}"]),
        ("[Orsola] potrebbe cedere la divisione servizi alla sua controllante [Brisa].", &[]),
        ("[Orsola] cederà la parte internet alla sua controllante Quarzina.", &["Acquisition Quarzina -> Orsola {la parte internet}"]),
        ("[Orsola] non cederà la parte internet alla sua controllante Quarzina.", &[]),
        ("[Orsola] cederà una parte delle azioni a [Brisa].", &["Purchase Brisa -> Orsola {una parte delle azioni}"]),
        // `la società` is the main company: named three times, twice as often as any other.
        ("[Orsola] sospesa in Borsa. I titoli [Orsola] perdono il <7%=7 %> e [Canto] commenta. [Orsola] tratta. La notizia è che la società cederà la divisione servizi a [Brisa].", &["Acquisition Brisa -> Orsola {la divisione servizi}"]),
        ("[Orsola] sospesa in Borsa. I titoli [Orsola] perdono il <7%=7 %> e [Canto] commenta. [Canto] tratta. La notizia è che la società cederà la divisione servizi a [Brisa].", &[]),
        // ... but not over a company named before it in the same sentence.
        ("[Orsola] sospesa in Borsa. I titoli [Orsola] perdono il <7%=7 %> e [Canto] commenta. [Orsola] tratta. [Delia] ha detto che la società cederà la divisione servizi a [Brisa].", &["Acquisition Brisa -> Delia {la divisione servizi}"]),
        // ... also before a verb the clause layer does not list, known by its future ending.
        ("[Orsola] sospesa in Borsa. I titoli [Orsola] perdono il <7%=7 %> e [Canto] commenta. [Orsola] tratta. La società opererà un riassetto e cederà la divisione servizi a [Brisa].", &["Acquisition Brisa -> Orsola {la divisione servizi}"]),
        ("[Orsola] sospesa in Borsa. I titoli [Orsola] perdono il <7%=7 %> e [Canto] commenta. [Orsola] tratta. La società opererà un riassetto e forse cederà la divisione servizi a [Brisa].", &[]),
        // The partner between the verb and the agreement it signs.
        ("[Orsola] ha siglato con Quarzina un accordo per la distribuzione.", &["Partnership Orsola -> Quarzina"]),
        ("[Orsola] ha discusso con Quarzina un accordo per la distribuzione.", &[]),
        // A price per share is not what the deal is worth.
        ("[Orsola] lancia un'OPA su [Brisa] a <12 euro=12 EUR> per azione.", &["Acquisition Orsola -> Brisa"]),
        ("[Orsola] lancia un'OPA su [Brisa] da <2 miliardi=2e9 EUR>.", &["Acquisition Orsola -> Brisa (2 miliardi)"]),
    ];
    check_rows(rows);
}
