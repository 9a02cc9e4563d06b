//! Constructions of Italian business news (issue 15, the blind batch
//! `fixtures/business/29..69`), each with its negative twin, written as the main table
//! (`tests.rs`): `[Enel]` a company, `[#Consob]` an organization, `[@Dan Friedkin]` a
//! person, `<15 miliardi=15e9 EUR>` money, `<51%=51 %>` a percentage. Each sentence is
//! its own article after a title line that names nothing.

use super::tests::{check_rows, full};

#[test]
fn business_constructions_table() {
    let rows: &[(&str, &[&str])] = &[
        // A bid's premium is no prize; a price per share is not the bid's worth.
        ("[Orsola] ha lanciato un'OPA su [Brisa] a <7 euro=7 EUR> per azione, con un premio del <30%=30 %>.", &["Acquisition Orsola -> Brisa"]),
        ("[Orsola] ha pagato a [Brisa] un premio di <2 milioni=2e6 EUR>.", &[]),
        ("[Orsola] ha lanciato un'OPA su [Brisa] da <300 milioni=3e8 EUR>, con un premio del <30%=30 %>.", &["Acquisition Orsola -> Brisa (300 milioni)"]),
        // The outlay in the next sentence.
        ("[Orsola] ha lanciato un'OPA su [Brisa]. L'esborso massimo sarà di <265 milioni=2.65e8 EUR>.", &["Acquisition Orsola -> Brisa (265 milioni)"]),
        ("[Orsola] ha lanciato un'OPA su [Brisa]. Il debito sarà di <265 milioni=2.65e8 EUR>.", &["Acquisition Orsola -> Brisa"]),
        // A relational noun in apposition to the seller's name.
        ("[Orsola] ha comprato il <75%=75 %> di [Brisa] dal fondatore [@Carlo Neri] per <150 milioni=1.5e8 EUR>.", &["Acquisition Orsola -> Carlo Neri (150 milioni) {il 75% di Brisa}"]),
        ("[Orsola] ha comprato il <75%=75 %> di [Brisa] dal fondatore di [Canto] per <150 milioni=1.5e8 EUR>.", &["Acquisition Orsola -> Brisa (150 milioni) {il 75% di Brisa}"]),
        // A name at the end of an apposition is not the subject.
        ("[Orsola], il gruppo bergamasco dei componenti per l'automotive guidato dall'amministratore delegato [@Paolo Neri], ha rilevato [Brisa].", &["Acquisition Orsola -> Brisa"]),
        ("[Orsola], il gruppo guidato da [@Paolo Neri], ha rilevato [Brisa].", &["Acquisition Orsola -> Brisa"]),
        ("[Orsola] ha detto che [Canto], come [Delia], ha rilevato [Brisa].", &["Acquisition Canto -> Brisa"]),
        // A price noun gives the deal's amount across a relative clause.
        ("[Orsola] ha rilevato [Brisa] dalla famiglia Neri, che manterrà una quota di minoranza e la guida operativa dell'azienda e dei suoi tre stabilimenti in Lombardia e in Veneto, per un controvalore di <84 milioni=8.4e7 EUR>.", &["Acquisition Orsola -> Neri (84 milioni) {Brisa}"]),
        ("[Orsola] ha rilevato [Brisa] dalla famiglia Neri, che manterrà una quota di minoranza e la guida operativa dell'azienda e dei suoi tre stabilimenti in Lombardia e in Veneto, con ricavi per <84 milioni=8.4e7 EUR>.", &["Acquisition Orsola -> Neri {Brisa}"]),
        ("[Orsola] ha lanciato un'OPA su [Brisa] al prezzo di <7 euro=7 EUR> per azione.", &["Acquisition Orsola -> Brisa"]),
        // An unknown recipient between the lending verb and the loan noun.
        ("[Banca Orsola] ha erogato a Quarzina un finanziamento da <90 milioni=9e7 EUR>.", &["Loan Banca Orsola -> Quarzina (90 milioni)"]),
        ("[Banca Orsola] ha negato a Quarzina un finanziamento da <90 milioni=9e7 EUR>.", &[]),
        // A guarantor lends nothing.
        ("[Banca Orsola] ha erogato a [Brisa] un finanziamento da <90 milioni=9e7 EUR> garantito da [Canto].", &["Loan Banca Orsola -> Brisa (90 milioni)"]),
        ("Un finanziamento da <90 milioni=9e7 EUR> garantito da [Canto] andrà a [Brisa].", &[]),
        // A borrower's loan signed with its banks.
        ("[Brisa] ha firmato un finanziamento in pool da <450 milioni=4.5e8 EUR> con [Banca Orsola] e [Credito Canto].", &["Loan Banca Orsola+Credito Canto -> Brisa (450 milioni)"]),
        ("[Brisa] ha firmato un finanziamento in pool da <450 milioni=4.5e8 EUR> con [Orsola] e [Canto].", &[]),
        ("[Brisa] ha rinunciato a un finanziamento in pool da <450 milioni=4.5e8 EUR> con [Banca Orsola].", &[]),
        // A passive sale with the seller before the buyer.
        ("Il <30%=30 %> di [Brisa] è stato ceduto da [Canto] a [Orsola] per <640 milioni=6.4e8 EUR>.", &["Investment Orsola -> Canto (640 milioni) {Il 30% di Brisa}"]),
        ("[Brisa] è stata ceduta da [Canto] a [Orsola] per <640 milioni=6.4e8 EUR>.", &["Acquisition Orsola -> Canto (640 milioni) {Brisa}"]),
        ("Il <30%=30 %> di [Brisa] potrebbe essere ceduto da [Canto] a [Orsola].", &[]),
        ("Il <30%=30 %> dei ricavi è stato ceduto da [Canto] a [Orsola].", &[]),
        // Business prose, round 3. The second of two coordinated subjects after its
        // article and a nationality or a company noun.
        ("Quarzina e la tedesca [Velmora] hanno costituito una joint venture paritetica.", &["Partnership Quarzina -> Velmora"]),
        ("Quarzina e la società [Velmora] hanno siglato un accordo.", &["Partnership Quarzina -> Velmora"]),
        ("Quarzina e la tedesca [Velmora] hanno discusso una joint venture paritetica.", &[]),
        ("[Orsola] ha acquistato la tedesca [Brisa] e la francese [Canto].", &["Acquisition Orsola -> Brisa", "Acquisition Orsola -> Canto"]),
        // A bid accepted by its target, the worth before or after the bidder.
        ("[Brisa] ha accettato l'offerta di [Orsola] da <300 milioni di euro=3e8 EUR>.", &["Acquisition Orsola -> Brisa (300 milioni di euro)"]),
        ("Quarzina ha accettato l'offerta da <300 milioni di euro=3e8 EUR> di [Orsola].", &["Acquisition Orsola -> Quarzina (300 milioni di euro)"]),
        ("[Brisa] ha respinto l'offerta di [Orsola] da <300 milioni di euro=3e8 EUR>.", &[]),
        ("[Brisa] potrebbe accettare l'offerta di [Orsola].", &[]),
        ("Il calciatore [@Paolo Neri] ha accettato l'offerta di [Orsola].", &[]),
        // A company acting through its board or its shareholders' meeting.
        ("Il consiglio di amministrazione di [Brisa] ha approvato un aumento di capitale da <38 milioni di euro=3.8e7 EUR>, interamente sottoscritto da [Orsola].", &["Investment Orsola -> Brisa (38 milioni di euro)"]),
        ("L'assemblea degli azionisti di [Brisa] ha approvato l'acquisizione di [Canto].", &["Acquisition Brisa -> Canto"]),
        ("Il consiglio di amministrazione di [Brisa] ha respinto l'acquisizione di [Canto].", &[]),
        ("Il consiglio comunale di Pavia ha approvato l'acquisizione di [Canto].", &[]),
        // Orders told by a noun: the customer `di X` or a headline's topic, the
        // supplier `a Y`, and what is ordered or what it is worth.
        ("L'ordine di [Orsola] a [Cantieri Brisa] per due navi vale <2 miliardi=2e9 EUR>.", &["Purchase Orsola -> Cantieri Brisa (2 miliardi) {due navi}"]),
        ("L'ordine da <300 milioni di euro=3e8 EUR> di [Orsola] a [Cantieri Brisa] per due navi.", &["Purchase Orsola -> Cantieri Brisa (300 milioni di euro) {due navi}"]),
        ("[Orsola] ha piazzato un ordine a [Cantieri Brisa] per due navi da crociera.", &["Purchase Orsola -> Cantieri Brisa {due navi da crociera}"]),
        ("L'ordine di [Orsola] a [Brisa] di fermare i lavori è arrivato ieri.", &[]),
        ("[Orsola], ordine a [Cantieri Brisa] per due navi", &["Purchase Orsola -> Cantieri Brisa {due navi}"]),
        ("[Orsola], possibile ordine a [Cantieri Brisa] per due navi", &[]),
        ("L'ordine di [Orsola] a [Brisa] per due navi è saltato.", &[]),
        ("[Orsola] potrebbe dare un ordine a [Brisa] per due navi.", &[]),
        // A company whose stake or control is bought is a company, also when the
        // seller is named (`dalla famiglia`).
        ("[Orsola] ha rilevato la maggioranza di Quarzina dalla famiglia Neri.", &["Acquisition Orsola -> Neri {la maggioranza di Quarzina}"]),
        ("[Orsola] potrebbe rilevare la maggioranza di Quarzina dalla famiglia Neri.", &[]),
        // The buyer after a long object of a verb of selling.
        ("[Orsola] ha ceduto il ramo d'azienda dei servizi a Quarzina per <15 milioni di euro=1.5e7 EUR>.", &["Acquisition Quarzina -> Orsola (15 milioni di euro) {il ramo d'azienda dei servizi}"]),
        ("[Orsola] ha ceduto il ramo d'azienda e ha presentato il piano a Quarzina.", &[]),
        // A second party after a repeated preposition (`da X e dal fondo Y`).
        ("[Brisa] ha chiuso un round da <18 milioni di euro=1.8e7 EUR> sottoscritto da [Orsola] e dal fondo [Canto].", &["Investment Orsola+Canto -> Brisa (18 milioni di euro)"]),
        ("[Brisa] ha chiuso un round da <18 milioni di euro=1.8e7 EUR> sottoscritto da [Orsola] e dal 2025 quotato in Borsa.", &["Investment Orsola -> Brisa (18 milioni di euro)"]),
        // A companion between commas after the subject (`X, insieme a Y, ha investito`).
        ("[Orsola], insieme a [Canto], ha investito <30 milioni di euro=3e7 EUR> in [Brisa].", &["Investment Orsola+Canto -> Brisa (30 milioni di euro)"]),
        ("[Orsola], come [Canto], ha investito <30 milioni di euro=3e7 EUR> in [Brisa].", &["Investment Orsola -> Brisa (30 milioni di euro)"]),
        // An outlay in a phrase that opens the sentence.
        ("Con un investimento di <48 milioni di euro=4.8e7 EUR>, [Orsola] ha rilevato [Brisa].", &["Acquisition Orsola -> Brisa (48 milioni di euro)"]),
        ("Con ricavi per <48 milioni di euro=4.8e7 EUR>, [Orsola] ha rilevato [Brisa].", &["Acquisition Orsola -> Brisa"]),
        // An adjective after a business unit, a company noun before a stake's owner.
        ("[Orsola] ha rilevato il ramo d'azienda logistico di [Brisa] per <34 milioni di euro=3.4e7 EUR>.", &["Acquisition Orsola -> Brisa (34 milioni di euro) {il ramo d'azienda logistico di Brisa}"]),
        ("[Canto] cede a [Orsola] il <30%=30 %> della controllata [Brisa] per <410 milioni di euro=4.1e8 EUR>.", &["Investment Orsola -> Canto (410 milioni di euro) {il 30% della controllata Brisa}"]),
        ("[Canto] potrebbe cedere a [Orsola] il <30%=30 %> della controllata [Brisa].", &[]),
        // A binding offer accepted by its target, the bidder the agent of `presentata`.
        ("Il consiglio di amministrazione di [Brisa] ha accettato l'offerta vincolante da <72 milioni di euro=7.2e7 EUR> presentata da [Orsola].", &["Acquisition Orsola -> Brisa (72 milioni di euro)"]),
        ("Il consiglio di amministrazione di [Brisa] ha respinto l'offerta vincolante da <72 milioni di euro=7.2e7 EUR> presentata da [Orsola].", &[]),
        // The subscriber of a capital increase in a relative clause after it.
        ("[Brisa] ha varato un aumento di capitale da <60 milioni di euro=6e7 EUR>, che sarà sottoscritto per intero da [Orsola].", &["Investment Orsola -> Brisa (60 milioni di euro)"]),
        ("[Brisa] ha varato un aumento di capitale da <60 milioni di euro=6e7 EUR>, che potrebbe essere sottoscritto da [Orsola].", &[]),
        // A description (with one adjective) opening the sentence stands for the one
        // company of the sentence before.
        ("[Orsola] ha chiuso l'esercizio con ricavi record. Il gruppo trentino ha inoltre rilevato [Brisa] per <22 milioni di euro=2.2e7 EUR>.", &["Acquisition Orsola -> Brisa (22 milioni di euro)"]),
        ("[Orsola] ha chiuso l'esercizio con ricavi record. La società di consulenza ha rilevato [Brisa].", &[]),
        ("[Orsola] ha lanciato un'OPA su [Canto]. La società tedesca ha acquistato [Brisa].", &["Acquisition Orsola -> Canto"]),
        // An agreement between public administrations only is no deal, with money
        // or without; a company and a public body agree a partnership.
        ("Il [#Ministero delle Imprese] e la [#Regione Puglia] hanno firmato un accordo di programma da <50 milioni di euro=5e7 EUR>.", &[]),
        ("La [#Regione Puglia] e [Orsola] hanno firmato un accordo da <5 milioni di euro=5e6 EUR>.", &["Partnership Regione Puglia -> Orsola (5 milioni di euro)"]),
        // A supply told from the supplier's side, with the money of its contract.
        ("[Orsola] fornirà a [Brisa] quaranta locomotive in base a un contratto da <260 milioni di euro=2.6e8 EUR>.", &["Purchase Brisa -> Orsola (260 milioni di euro) {quaranta locomotive in base a un contratto}"]),
        ("[Orsola] fornirà quaranta locomotive a [Brisa] per <260 milioni di euro=2.6e8 EUR>.", &["Purchase Brisa -> Orsola (260 milioni di euro) {quaranta locomotive}"]),
        ("[Orsola] ha fornito a [Brisa] i dettagli del piano.", &[]),
        ("[Orsola] potrebbe fornire a [Brisa] quaranta locomotive per <260 milioni di euro=2.6e8 EUR>.", &[]),
        // An order placed with `commissionare`.
        ("[Orsola] ha commissionato a [Cantieri Brisa] due navi da crociera.", &["Purchase Orsola -> Cantieri Brisa {due navi da crociera}"]),
        ("[Orsola] ha commissionato a [Brisa] di rivedere il piano.", &[]),
        ("Secondo il [Corriere della Sera], un'indagine commissionata dal [#Consiglio di Sicurezza] ha svelato il caso.", &[]),
        // Unknown names licensed as the subscriber of a raise and as the subject's
        // companion.
        ("[Brisa] ha varato un aumento di capitale da <60 milioni di euro=6e7 EUR>, che sarà sottoscritto per intero da Quarzina Growth.", &["Investment Quarzina Growth -> Brisa (60 milioni di euro)"]),
        ("[Brisa] ha sottoscritto da Quarzina Growth un accordo di riservatezza.", &[]),
        ("[Orsola], insieme a Quarzina Venture, ha investito <30 milioni di euro=3e7 EUR> in [Brisa].", &["Investment Orsola+Quarzina Venture -> Brisa (30 milioni di euro)"]),
        ("[Orsola], insieme a Quarzina Venture, ha criticato l'accordo.", &[]),
        // A `da` in an apposition after the target tells how it came to be, not
        // who sells it; a seller named through `di` stays one.
        ("[Orsola] ha acquistato [Brisa], società nata dalla scissione di [Canto].", &["Acquisition Orsola -> Brisa"]),
        ("[Orsola] si impegna ad acquistare <30 miliardi di dollari=3e10 USD> di capacità dal cloud Azure di [Canto].", &["Purchase Orsola -> Canto (30 miliardi di dollari) {capacità}"]),
        // The worth between a bid's noun and its target.
        ("[Orsola] ha lanciato un'offerta da <300 milioni di euro=3e8 EUR> su [Brisa].", &["Acquisition Orsola -> Brisa (300 milioni di euro)"]),
        ("[Orsola] ha lanciato un'offerta da <300 milioni di euro=3e8 EUR>.", &[]),
    ];
    check_rows(rows);
}

/// Headlines (the first line) over the sentence that tells their deal.
#[test]
fn business_headlines_table() {
    let rows: &[(&str, &[&str])] = &[
        // A headline restates the body's deal with other words for what is sold.
        ("[Canto] cede le torri a [Orsola] per <1,3 miliardi=1.3e9 EUR>\n[Canto] ha ceduto a [Orsola] la controllata [Brisa] per <1,3 miliardi=1.3e9 EUR>.", &["Acquisition Orsola -> Canto (1,3 miliardi) {Brisa}"]),
        ("[Canto] cede le torri a [Orsola] per <1,3 miliardi=1.3e9 EUR>\n[Canto] ha ceduto a [Delia] la controllata [Brisa] per <1,3 miliardi=1.3e9 EUR>.", &["Purchase Orsola -> Canto (1,3 miliardi) {le torri}", "Acquisition Delia -> Canto (1,3 miliardi) {Brisa}"]),
    ];
    let wrong: Vec<String> = rows
        .iter()
        .filter_map(|(text, want)| {
            let got = full(text);
            (got != *want).then(|| format!("{text}\n   got:  {got:?}\n   want: {want:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
