//! The clause reader on tables of Italian sentences of our own: `[Alfa]` is a name,
//! `<3 miliardi>` a money amount, `<10%>` a percentage. Each row names the verb to
//! look at and the reading expected: class, tense, polarity, modality, voice, and
//! the roles of the phrases around it.

use super::*;

/// Cuts a marked sentence into tokens' texts and shapes.
fn lex(marked: &str) -> Vec<(String, Shape)> {
    let mut out = Vec::new();
    let mut rest = marked;
    while let Some(c) = rest.chars().next() {
        if c.is_whitespace() {
            rest = &rest[c.len_utf8()..];
        } else if c == '[' || c == '<' {
            let close = if c == '[' { ']' } else { '>' };
            let j = rest.find(close).expect("closed");
            let inner = &rest[1..j];
            let shape = match (c, inner.ends_with('%')) {
                ('[', _) => Shape::Name,
                (_, true) => Shape::Percent,
                _ => Shape::Money,
            };
            out.push((inner.to_string(), shape));
            rest = &rest[j + 1..];
        } else if c.is_alphanumeric() {
            let mut end = rest
                .find(|x: char| !x.is_alphanumeric() && x != '-')
                .unwrap_or(rest.len());
            if rest[end..].starts_with('\'') {
                end += 1;
            }
            out.push((rest[..end].to_lowercase(), Shape::Word));
            rest = &rest[end..];
        } else {
            out.push((c.to_string(), Shape::Punct));
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// The reading of the verb group whose head is `verb`:
/// `Class Tense Polarity Modality [passive]; Role=members ...`.
fn reading(marked: &str, verb: &str) -> String {
    let owned = lex(marked);
    let tokens: Vec<Token<'_>> = owned
        .iter()
        .map(|(s, shape)| Token {
            lower: s,
            shape: *shape,
        })
        .collect();
    let clause = read(&tokens);
    let Some(v) = clause
        .verbs
        .iter()
        .position(|g| tokens[g.head].lower == verb)
    else {
        return format!("no verb {verb}: {:?}", clause.verbs);
    };
    let g = &clause.verbs[v];
    let mut s = format!(
        "{:?} {:?} {:?} {:?}",
        g.class, g.tense, g.polarity, g.modality
    );
    if g.passive {
        s.push_str(" passive");
    }
    s.push(';');
    for p in clause.phrases.iter().filter(|p| p.verb == Some(v)) {
        if matches!(p.role, Role::Other | Role::Complement | Role::Apposition) {
            continue;
        }
        let words: Vec<&str> = if p.members.is_empty() {
            vec![tokens[p.head].lower]
        } else {
            p.members.iter().map(|&m| tokens[m].lower).collect()
        };
        s.push_str(&format!(" {:?}={}", p.role, words.join("+")));
    }
    s
}

fn check(table: &[(&str, &str, &str)]) {
    let mut wrong = Vec::new();
    for (sentence, verb, want) in table {
        let got = reading(sentence, verb);
        if got != *want {
            wrong.push(format!("{sentence}\n   got:  {got}\n   want: {want}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn active_buying_and_selling() {
    check(&[
        ("[Alfa] ha acquistato [Beta] per <3 miliardi>.", "acquistato",
         "Buying Past Affirmed Asserted; Subject=Alfa Object=Beta Price=3 miliardi"),
        ("[Alfa] acquista [Beta].", "acquista", "Buying Present Affirmed Asserted; Subject=Alfa Object=Beta"),
        ("[Alfa] compra il <10%> di [Beta].", "compra", "Buying Present Affirmed Asserted; Subject=Alfa Object=10%"),
        ("[Alfa] acquisisce la società [Beta] da [Gamma].", "acquisisce",
         "Buying Present Affirmed Asserted; Subject=Alfa Object=Beta Source=Gamma"),
        ("[Alfa] rileverà [Beta] per <2 milioni di euro>.", "rileverà",
         "Buying Future Affirmed Asserted; Subject=Alfa Object=Beta Price=2 milioni di euro"),
        ("[Alfa] ha ceduto [Beta] a [Gamma].", "ceduto", "Selling Past Affirmed Asserted; Subject=Alfa Object=Beta Recipient=Gamma"),
        ("[Alfa] vende la rete a [Gamma] per <1 miliardo>.", "vende",
         "Selling Present Affirmed Asserted; Subject=Alfa Object=rete Recipient=Gamma Price=1 miliardo"),
        ("[Alfa] cederà il ramo d'azienda alla [Gamma].", "cederà", "Selling Future Affirmed Asserted; Subject=Alfa Object=ramo Recipient=Gamma"),
        ("[Alfa] acquistò [Beta] nel 2001.", "acquistò", "Buying Past Affirmed Asserted; Subject=Alfa Object=Beta Target=2001"),
        ("Ieri [Alfa] ha comprato [Beta].", "comprato", "Buying Past Affirmed Asserted; Subject=Alfa Object=Beta"),
        ("[Alfa] ha già acquistato [Beta].", "acquistato", "Buying Past Affirmed Asserted; Subject=Alfa Object=Beta"),
        ("[Alfa] ha acquistato da [Gamma] il <10%> di [Beta].", "acquistato",
         "Buying Past Affirmed Asserted; Subject=Alfa Source=Gamma Object=10%"),
    ]);
}

#[test]
fn passives_and_da_parte_di() {
    check(&[
        ("[Beta] è stata acquistata da [Alfa].", "acquistata", "Buying Past Affirmed Asserted passive; Subject=Beta Agent=Alfa"),
        ("[Beta] viene ceduta a [Gamma].", "ceduta", "Selling Present Affirmed Asserted passive; Subject=Beta Recipient=Gamma"),
        ("[Beta] è stata rilevata da [Alfa] per <5 milioni>.", "rilevata",
         "Buying Past Affirmed Asserted passive; Subject=Beta Agent=Alfa Price=5 milioni"),
        ("[Beta] sarà acquistata da [Alfa].", "acquistata", "Buying Future Affirmed Asserted passive; Subject=Beta Agent=Alfa"),
        ("[Beta] è stata ceduta dal gruppo [Alfa] a [Gamma].", "ceduta",
         "Selling Past Affirmed Asserted passive; Subject=Beta Agent=Alfa Recipient=Gamma"),
        ("[Beta] fu venduta a [Gamma].", "venduta", "Selling Past Affirmed Asserted passive; Subject=Beta Recipient=Gamma"),
        ("[Beta] potrebbe essere acquistata da [Alfa].", "acquistata", "Buying Present Affirmed Possible passive; Subject=Beta Agent=Alfa"),
        ("Il <20%> di [Beta] è stato sottoscritto da [Alfa].", "sottoscritto",
         "Investing Past Affirmed Asserted passive; Subject=20% Agent=Alfa"),
        ("[Beta] è finanziata da [Alfa].", "finanziata", "Investing Present Affirmed Asserted passive; Subject=Beta Agent=Alfa"),
        ("[Beta] è stata acquistata da parte di [Alfa].", "acquistata", "Buying Past Affirmed Asserted passive; Subject=Beta Agent=Alfa"),
        ("Il prestito è stato concesso da [Banca Alfa] a [Beta].", "concesso",
         "Lending Past Affirmed Asserted passive; Subject=prestito Agent=Banca Alfa Recipient=Beta"),
    ]);
}

#[test]
fn reporting_conditional_and_futures() {
    check(&[
        (
            "[Alfa] si sarebbe impegnata ad acquistare [Beta].",
            "acquistare",
            "Buying NonFinite Affirmed Reported; Object=Beta",
        ),
        (
            "[Alfa] avrebbe acquistato [Beta].",
            "acquistato",
            "Buying Past Affirmed Reported; Subject=Alfa Object=Beta",
        ),
        (
            "[Beta] sarebbe stata ceduta a [Gamma].",
            "ceduta",
            "Selling Past Affirmed Reported passive; Subject=Beta Recipient=Gamma",
        ),
        (
            "[Alfa] e [Beta] avrebbero investito <2 miliardi> in [Gamma].",
            "investito",
            "Investing Past Affirmed Reported; Subject=Alfa+Beta Object=2 miliardi Target=Gamma",
        ),
        (
            "[Alfa] acquisterà [Beta] entro l'anno.",
            "acquisterà",
            "Buying Future Affirmed Asserted; Subject=Alfa Object=Beta",
        ),
        (
            "[Alfa] investirà <5 milioni> in [Beta].",
            "investirà",
            "Investing Future Affirmed Asserted; Subject=Alfa Object=5 milioni Target=Beta",
        ),
        (
            "[Alfa] acquisterebbe [Beta] se il prezzo scendesse.",
            "acquisterebbe",
            "Buying Future Affirmed Possible; Subject=Alfa Object=Beta",
        ),
        (
            "[Alfa] ha annunciato di aver acquistato [Beta].",
            "acquistato",
            "Buying Past Affirmed Asserted; Object=Beta",
        ),
        (
            "[Alfa] ha detto che [Beta] sarà ceduta.",
            "detto",
            "Reporting Past Affirmed Asserted; Subject=Alfa",
        ),
        (
            "[Alfa] sta per acquistare [Beta].",
            "acquistare",
            "Buying Present Affirmed Asserted; Subject=Alfa Object=Beta",
        ),
    ]);
}

#[test]
fn negation_and_denials() {
    check(&[
        (
            "[Alfa] non ha acquistato [Beta].",
            "acquistato",
            "Buying Past Negated Asserted; Subject=Alfa Object=Beta",
        ),
        (
            "[Alfa] non cederà [Beta].",
            "cederà",
            "Selling Future Negated Asserted; Subject=Alfa Object=Beta",
        ),
        (
            "[Alfa] smentisce di aver acquistato [Beta].",
            "acquistato",
            "Buying Past Affirmed Denied; Object=Beta",
        ),
        (
            "[Alfa] smentisce.",
            "smentisce",
            "Denying Present Affirmed Asserted; Subject=Alfa",
        ),
        (
            "[Alfa] ha escluso di voler vendere [Beta].",
            "vendere",
            "Selling NonFinite Affirmed Denied; Object=Beta",
        ),
        (
            "[Alfa] non ha escluso di cedere [Beta].",
            "cedere",
            "Selling NonFinite Affirmed Possible; Object=Beta",
        ),
        (
            "[Alfa] nega di investire in [Beta].",
            "investire",
            "Investing NonFinite Affirmed Denied; Target=Beta",
        ),
        (
            "[Alfa] ha respinto l'offerta di [Beta].",
            "respinto",
            "Denying Past Affirmed Asserted; Subject=Alfa Object=offerta",
        ),
        (
            "[Alfa] non intende vendere [Beta].",
            "vendere",
            "Selling NonFinite Affirmed Intended; Object=Beta",
        ),
        (
            "[Alfa] non ha mai venduto [Beta].",
            "venduto",
            "Selling Past Negated Asserted; Subject=Alfa Object=Beta",
        ),
    ]);
}

#[test]
fn modal_hypotheticals() {
    check(&[
        (
            "[Alfa] potrebbe acquistare [Beta].",
            "acquistare",
            "Buying Present Affirmed Possible; Subject=Alfa Object=Beta",
        ),
        (
            "[Alfa] dovrebbe cedere [Beta] a [Gamma].",
            "cedere",
            "Selling Present Affirmed Possible; Subject=Alfa Object=Beta Recipient=Gamma",
        ),
        (
            "[Alfa] vuole comprare [Beta].",
            "comprare",
            "Buying Present Affirmed Intended; Subject=Alfa Object=Beta",
        ),
        (
            "[Alfa] valuta di acquistare [Beta].",
            "acquistare",
            "Buying NonFinite Affirmed Considered; Object=Beta",
        ),
        (
            "[Alfa] studia l'acquisizione di [Beta].",
            "studia",
            "Considering Present Affirmed Asserted; Subject=Alfa Object=acquisizione",
        ),
        (
            "[Alfa] punta ad acquisire [Beta].",
            "acquisire",
            "Buying NonFinite Affirmed Intended; Object=Beta",
        ),
        (
            "[Alfa] tenta di rilevare [Beta].",
            "rilevare",
            "Buying NonFinite Affirmed Attempted; Object=Beta",
        ),
        (
            "[Alfa] ha provato ad acquisire [Beta].",
            "acquisire",
            "Buying NonFinite Affirmed Attempted; Object=Beta",
        ),
        (
            "Se [Alfa] acquistasse [Beta], sarebbe un record.",
            "acquistasse",
            "Buying Past Affirmed Possible; Subject=Alfa Object=Beta",
        ),
        (
            "[Alfa] sta valutando di vendere [Beta].",
            "vendere",
            "Selling NonFinite Affirmed Considered; Object=Beta",
        ),
        (
            "[Alfa] potrà investire in [Beta].",
            "investire",
            "Investing Present Affirmed Possible; Subject=Alfa Target=Beta",
        ),
        (
            "[Alfa] intende finanziare [Beta].",
            "finanziare",
            "Investing NonFinite Affirmed Intended; Object=Beta",
        ),
    ]);
}

#[test]
fn coordinated_subjects_and_appositions() {
    check(&[
        ("[Alfa] e [Beta] investono <15 miliardi> in [Gamma].", "investono",
         "Investing Present Affirmed Asserted; Subject=Alfa+Beta Object=15 miliardi Target=Gamma"),
        ("[Alfa], [Beta] e [Gamma] hanno firmato un accordo.", "firmato",
         "Agreeing Past Affirmed Asserted; Subject=Alfa+Beta+Gamma Object=accordo"),
        ("[Alfa], il gruppo torinese, ha acquistato [Beta].", "acquistato",
         "Buying Past Affirmed Asserted; Subject=Alfa Object=Beta"),
        ("[Alfa], la società guidata da [Rossi], ha ceduto [Beta] a [Gamma].", "ceduto",
         "Selling Past Affirmed Asserted; Subject=Alfa Object=Beta Recipient=Gamma"),
        ("La [Alfa] e la [Beta] hanno siglato un'intesa.", "siglato",
         "Agreeing Past Affirmed Asserted; Subject=Alfa+Beta Object=intesa"),
        ("[Alfa] ha acquistato [Beta] e [Gamma].", "acquistato", "Buying Past Affirmed Asserted; Subject=Alfa Object=Beta+Gamma"),
        ("Il gruppo [Alfa] ha rilevato [Beta].", "rilevato", "Buying Past Affirmed Asserted; Subject=Alfa Object=Beta"),
        ("[Alfa] ha investito in [Beta] e [Gamma].", "investito", "Investing Past Affirmed Asserted; Subject=Alfa Target=Beta+Gamma"),
    ]);
}

#[test]
fn other_deal_verbs() {
    check(&[
        (
            "[Alfa] ha ordinato 20 navi a [Beta].",
            "ordinato",
            "Ordering Past Affirmed Asserted; Subject=Alfa Object=navi Recipient=Beta",
        ),
        (
            "[Beta] si è aggiudicata una commessa da [Alfa].",
            "aggiudicata",
            "Winning Past Affirmed Asserted; Subject=Beta Object=commessa Source=Alfa",
        ),
        (
            "[Banca Alfa] ha concesso un prestito di <5 milioni> a [Beta].",
            "concesso",
            "Lending Past Affirmed Asserted; Subject=Banca Alfa Object=prestito Recipient=Beta",
        ),
        (
            "[Alfa] ha firmato un accordo con [Beta].",
            "firmato",
            "Agreeing Past Affirmed Asserted; Subject=Alfa Object=accordo Partner=Beta",
        ),
        (
            "[Alfa] ha pagato <2 milioni> a [Beta].",
            "pagato",
            "Paying Past Affirmed Asserted; Subject=Alfa Object=2 milioni Recipient=Beta",
        ),
        (
            "[Beta] ha ricevuto <5 milioni> da [Alfa].",
            "ricevuto",
            "Receiving Past Affirmed Asserted; Subject=Beta Object=5 milioni Source=Alfa",
        ),
        (
            "[Alfa] commissiona due treni a [Beta].",
            "commissiona",
            "Ordering Present Affirmed Asserted; Subject=Alfa Object=treni Recipient=Beta",
        ),
        (
            "[Alfa] sottoscrive l'aumento di capitale di [Beta].",
            "sottoscrive",
            "Investing Present Affirmed Asserted; Subject=Alfa Object=aumento",
        ),
        (
            "[Alfa] si fonderà con [Beta].",
            "fonderà",
            "Merging Future Affirmed Asserted; Subject=Alfa Partner=Beta",
        ),
        (
            "[Alfa] ha stanziato <3 milioni> per [Beta].",
            "stanziato",
            "Investing Past Affirmed Asserted; Subject=Alfa Object=3 milioni",
        ),
    ]);
}

#[test]
fn reporting_verbs_for_quotes_and_sources() {
    check(&[
        (
            "[Rossi] ha dichiarato che il piano procede.",
            "dichiarato",
            "Reporting Past Affirmed Asserted; Subject=Rossi",
        ),
        (
            "Lo ha annunciato [Alfa] in una nota.",
            "annunciato",
            "Reporting Past Affirmed Asserted; Subject=Alfa Target=nota",
        ),
        (
            "[Rossi] spiega: il piano procede.",
            "spiega",
            "Reporting Present Affirmed Asserted; Subject=Rossi",
        ),
        (
            "Come ha riferito [Rossi], il piano procede.",
            "riferito",
            "Reporting Past Affirmed Asserted; Subject=Rossi",
        ),
        (
            "[Rossi] non ha confermato la notizia.",
            "confermato",
            "Reporting Past Negated Asserted; Subject=Rossi Object=notizia",
        ),
        (
            "L'ha detto [Rossi] ai soci.",
            "detto",
            "Reporting Past Affirmed Asserted; Subject=Rossi Recipient=soci",
        ),
        (
            "[Rossi] avrebbe detto ai soci di vendere.",
            "detto",
            "Reporting Past Affirmed Reported; Subject=Rossi Recipient=soci",
        ),
    ]);
}

#[test]
fn participles_the_lexicon_does_not_know() {
    // `ha chiuso il bilancio`: an unknown participle still heads its auxiliary's
    // group, and what follows is its object, not the next verb's subject.
    check(&[
        (
            "[Alfa] ha chiuso il bilancio in utile e ha poi rilevato [Beta].",
            "chiuso",
            "Other Past Affirmed Asserted; Subject=Alfa Object=bilancio Target=utile",
        ),
        (
            "[Alfa] ha chiuso il bilancio in utile e ha poi rilevato [Beta].",
            "rilevato",
            "Buying Past Affirmed Asserted; Object=Beta",
        ),
        (
            "[Alfa] ha registrato un utile.",
            "registrato",
            "Other Past Affirmed Asserted; Subject=Alfa Object=utile",
        ),
        // A noun after `ha` is no participle: the group is the verb alone.
        (
            "[Alfa] ha sede a Roma.",
            "ha",
            "Other Present Affirmed Asserted; Subject=Alfa Object=sede Recipient=roma",
        ),
    ]);
}

#[test]
fn nouns_are_not_verbs() {
    // `la firma`, `la spesa`: an article before a verb form makes it a noun.
    let owned = lex("La firma del contratto e la spesa di [Alfa].");
    let tokens: Vec<Token<'_>> = owned
        .iter()
        .map(|(s, shape)| Token {
            lower: s,
            shape: *shape,
        })
        .collect();
    assert!(read(&tokens).verbs.is_empty());
}

#[test]
fn never_panics() {
    for s in [
        "",
        ",",
        "non",
        "si",
        "ha",
        "[A] e",
        "e [A]",
        "da parte di",
        "è stata",
        ", [A] , ,",
    ] {
        let owned = lex(s);
        let tokens: Vec<Token<'_>> = owned
            .iter()
            .map(|(s, shape)| Token {
                lower: s,
                shape: *shape,
            })
            .collect();
        let _ = read(&tokens);
    }
}
