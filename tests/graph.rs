//! The money-flow graph: aggregation over articles, name merging, cycles, JSON and
//! DOT, and the `cronista graph` command over `fixtures/`.

use assert_cmd::Command;
use cronista::graph::{dot, Builder};
use cronista::summary::{Deal, DealAmount, DealKind, Summary};

fn deal(kind: DealKind, payers: &[&str], payees: &[&str], amount: Option<(f64, &str)>) -> Deal {
    Deal {
        span: (0..10).into(),
        text: format!("{} → {}", payers.join(" e "), payees.join(" e ")),
        kind,
        payers: payers.iter().map(|s| s.to_string()).collect(),
        payees: payees.iter().map(|s| s.to_string()).collect(),
        amount: amount.map(|(v, c)| DealAmount {
            index: 0,
            text: format!("{v} {c}"),
            value: Some(v),
            currency: Some(c.to_string()),
        }),
        object: None,
        cue: Some("cue".into()),
        sentence: Some(0),
    }
}

fn article(id: &str, deals: Vec<Deal>) -> Summary {
    Summary {
        deals,
        ..Summary::empty(id)
    }
}

#[test]
fn the_cycle_appears_only_across_two_articles() {
    let a = article(
        "a",
        vec![deal(
            DealKind::Investment,
            &["Microsoft"],
            &["OpenAI"],
            Some((10e9, "USD")),
        )],
    );
    let b = article(
        "b",
        vec![deal(
            DealKind::Purchase,
            &["OpenAI"],
            &["Microsoft Corp."],
            Some((250e9, "USD")),
        )],
    );
    let mut one = Builder::new();
    one.add(&a);
    assert!(one.finish().cycles.is_empty());
    let mut both = Builder::new();
    both.add(&a);
    both.add(&b);
    let g = both.finish();
    assert_eq!(
        g.nodes.len(),
        2,
        "Microsoft Corp. is Microsoft: {:?}",
        g.nodes
    );
    assert_eq!(g.cycles.len(), 1);
    let c = &g.cycles[0];
    assert_eq!(c.nodes, ["Microsoft", "OpenAI", "Microsoft"]);
    assert_eq!(c.articles, ["a", "b"]);
    assert_eq!(c.edges.len(), 2);
    assert_eq!(c.edges[1].evidence[0].article, "b");
}

#[test]
fn amounts_sum_per_currency_and_joint_deals_are_marked() {
    let a = article(
        "a",
        vec![
            deal(
                DealKind::Investment,
                &["Microsoft", "Nvidia"],
                &["Anthropic"],
                Some((15e9, "USD")),
            ),
            deal(DealKind::Partnership, &["Microsoft"], &["OpenAI"], None),
        ],
    );
    let b = article(
        "b",
        vec![
            deal(
                DealKind::Investment,
                &["microsoft"],
                &["Anthropic"],
                Some((5e9, "USD")),
            ),
            deal(
                DealKind::Loan,
                &["Microsoft"],
                &["Anthropic"],
                Some((1e6, "EUR")),
            ),
        ],
    );
    let mut builder = Builder::new();
    builder.add(&a);
    builder.add(&b);
    let g = builder.finish();
    assert_eq!(g.articles, 2);
    assert_eq!(g.deals, 3, "the partnership moves no money");
    let names: Vec<&str> = g.nodes.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, ["Microsoft", "Nvidia", "Anthropic"]);
    let e = &g.edges[0];
    assert_eq!((e.from.as_str(), e.to.as_str()), ("Microsoft", "Anthropic"));
    assert_eq!(e.kinds, [DealKind::Investment, DealKind::Loan]);
    assert!(e.joint);
    assert_eq!(e.totals.len(), 2);
    assert_eq!((e.totals[0].value, e.totals[0].deals), (20e9, 2));
    assert_eq!(e.totals[1].currency.as_deref(), Some("EUR"));
    assert_eq!(e.articles, ["a", "b"]);
    assert!(g.cycles.is_empty());
}

#[test]
fn json_and_dot_render_the_cycle() {
    let mut builder = Builder::new();
    builder.add(&article(
        "seed",
        vec![
            deal(
                DealKind::Investment,
                &["Microsoft", "Nvidia"],
                &["Anthropic"],
                Some((15e9, "USD")),
            ),
            deal(
                DealKind::Purchase,
                &["Anthropic"],
                &["Microsoft"],
                Some((30e9, "USD")),
            ),
        ],
    ));
    let g = builder.finish();
    let json = serde_json::to_value(&g).unwrap();
    assert_eq!(json["schema"], "cronista-graph/1");
    assert_eq!(
        json["cycles"][0]["nodes"],
        serde_json::json!(["Microsoft", "Anthropic", "Microsoft"])
    );
    assert_eq!(json["edges"][0]["totals"][0]["currency"], "USD");
    assert_eq!(
        json["edges"][0]["totals"][0]["value"].to_string(),
        "15000000000"
    );
    let d = dot::render(&g);
    assert!(d.starts_with("digraph cronista {"));
    assert!(
        d.contains("n0 -> n2 [label=\"investment (joint)\\n15 mld USD\", color="),
        "{d}"
    );
    assert!(
        !d.contains("n1 -> n2 [label=\"investment (joint)\\n15 mld USD\", color="),
        "{d}"
    );
}

#[test]
fn cli_graph_over_fixture_articles() {
    let out = Command::cargo_bin("cronista")
        .unwrap()
        // The folder's articles, not its README.md (folders take .md files too).
        .args(["graph", "--ext", "txt", "fixtures/graph"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let g: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(g["articles"], 3);
    assert_eq!(g["deals"], 2, "{g:#}");
    assert_eq!(
        g["cycles"][0]["nodes"],
        serde_json::json!(["Microsoft", "OpenAI", "Microsoft"]),
        "{g:#}"
    );
    let articles = &g["cycles"][0]["articles"];
    assert_eq!(articles.as_array().unwrap().len(), 2);
}

#[test]
fn cli_graph_dot_and_plain_paths_still_work() {
    let out = Command::cargo_bin("cronista")
        .unwrap()
        .args(["graph", "--format", "dot", "-"])
        .write_stdin("Titolo\nNiente da segnalare.")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("digraph cronista {"));
    let out = Command::cargo_bin("cronista")
        .unwrap()
        .args(["fixtures/graph/03-no-deals.txt"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["schema"], "cronista/1");
}

#[test]
fn cli_graph_reports_missing_files() {
    let out = Command::cargo_bin("cronista")
        .unwrap()
        .args(["graph", "no/such/file.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));
}

#[test]
fn seed_two_deals_and_one_cycle() {
    let text = std::fs::read_to_string("fixtures/seed.txt").unwrap();
    let s = cronista::analyze_with_id("seed", &text);
    if s.companies.is_empty() {
        return; // the entity extractor is not built in yet
    }
    assert_eq!(s.deals.len(), 2, "{:#?}", s.deals);
    let (inv, buy) = (&s.deals[0], &s.deals[1]);
    assert_eq!(inv.kind, DealKind::Investment);
    assert_eq!(
        (inv.payers.clone(), inv.payees.clone()),
        (
            vec!["Microsoft".to_string(), "Nvidia".into()],
            vec!["Anthropic".to_string()]
        )
    );
    assert_eq!(buy.kind, DealKind::Purchase);
    assert_eq!(
        (buy.payers.clone(), buy.payees.clone()),
        (vec!["Anthropic".to_string()], vec!["Microsoft".to_string()])
    );
    assert_eq!(buy.object.as_deref(), Some("capacità computazionale"));
    if !s.amounts.is_empty() {
        let a = inv.amount.as_ref().unwrap();
        assert_eq!(
            (a.text.as_str(), a.value),
            ("15 miliardi di dollari", Some(15e9))
        );
        assert_eq!(s.amounts[a.index].text, a.text);
        assert_eq!(buy.amount.as_ref().unwrap().value, Some(30e9));
    }
    let mut b = Builder::new();
    b.add(&s);
    let g = b.finish();
    assert_eq!(g.cycles.len(), 1);
    assert_eq!(g.cycles[0].nodes, ["Microsoft", "Anthropic", "Microsoft"]);
}

#[test]
fn one_deal_reported_by_two_articles_counts_once() {
    let report = |id: &str| {
        article(
            id,
            vec![deal(
                DealKind::Investment,
                &["Microsoft"],
                &["OpenAI"],
                Some((10e9, "USD")),
            )],
        )
    };
    let mut b = Builder::new();
    b.add(&report("a"));
    b.add(&report("b"));
    // A third outlet writes the payer's legal name: the same party, the same deal.
    b.add(&article(
        "c",
        vec![deal(
            DealKind::Investment,
            &["Microsoft Corp."],
            &["OpenAI"],
            Some((10e9, "USD")),
        )],
    ));
    let g = b.finish();
    assert_eq!(g.deals, 1);
    let e = &g.edges[0];
    assert_eq!((e.totals[0].value, e.totals[0].deals), (10e9, 1));
    assert_eq!(e.articles, ["a", "b", "c"]);
    assert_eq!(e.evidence.len(), 3, "every report is listed");
}

#[test]
fn another_amount_or_kind_is_another_deal() {
    let mut b = Builder::new();
    b.add(&article(
        "a",
        vec![
            deal(
                DealKind::Investment,
                &["Enel"],
                &["Alfa"],
                Some((1e9, "EUR")),
            ),
            deal(
                DealKind::Investment,
                &["Enel"],
                &["Alfa"],
                Some((2e9, "EUR")),
            ),
            deal(DealKind::Loan, &["Enel"], &["Alfa"], Some((1e9, "EUR"))),
            deal(DealKind::Investment, &["Enel"], &["Alfa"], None),
        ],
    ));
    let g = b.finish();
    assert_eq!(g.deals, 4);
    assert_eq!(
        (g.edges[0].totals[0].value, g.edges[0].totals[0].deals),
        (4e9, 3)
    );
}

/// Stakes and orders over four articles, two of which report the same order: the
/// network has one cycle Alfa → Beta → Gamma → Alfa, another Delta ⇄ Alfa, and the
/// repeated order is counted once on its edge and in the cycle.
#[test]
fn stakes_and_orders_form_a_network_with_correct_cycles() {
    let order = |id: &str| {
        article(
            id,
            vec![deal(
                DealKind::Purchase,
                &["Gamma Navi"],
                &["Alfa"],
                Some((3e8, "EUR")),
            )],
        )
    };
    let mut b = Builder::new();
    b.add(&article(
        "stake",
        vec![
            deal(
                DealKind::Investment,
                &["Alfa"],
                &["Beta"],
                Some((5e7, "EUR")),
            ),
            deal(
                DealKind::Acquisition,
                &["Beta"],
                &["Gamma Navi S.p.A."],
                None,
            ),
        ],
    ));
    b.add(&order("order-1"));
    b.add(&order("order-2"));
    b.add(&article(
        "loan",
        vec![
            deal(
                DealKind::Loan,
                &["Delta Banca"],
                &["Alfa"],
                Some((1e8, "EUR")),
            ),
            deal(
                DealKind::Purchase,
                &["Alfa"],
                &["Delta Banca"],
                Some((2e6, "EUR")),
            ),
            deal(DealKind::Partnership, &["Beta"], &["Delta Banca"], None),
        ],
    ));
    let g = b.finish();
    assert_eq!(g.articles, 4);
    assert_eq!(
        g.deals, 5,
        "the order reported twice is one deal; the partnership none"
    );
    let edge = |from: &str, to: &str| {
        g.edges
            .iter()
            .find(|e| e.from == from && e.to == to)
            .unwrap_or_else(|| panic!("{from} -> {to}: {:#?}", g.edges))
    };
    let o = edge("Gamma Navi", "Alfa");
    assert_eq!((o.totals[0].value, o.totals[0].deals), (3e8, 1));
    assert_eq!(o.articles, ["order-1", "order-2"]);
    assert!(g
        .edges
        .iter()
        .all(|e| e.from != "Beta" || e.to != "Delta Banca"));
    let mut cycles: Vec<Vec<&str>> = g
        .cycles
        .iter()
        .map(|c| c.nodes.iter().map(String::as_str).collect())
        .collect();
    cycles.sort();
    assert_eq!(
        cycles,
        [
            vec!["Alfa", "Beta", "Gamma Navi", "Alfa"],
            vec!["Alfa", "Delta Banca", "Alfa"],
        ],
        "{:#?}",
        g.cycles
    );
    let ring = g.cycles.iter().find(|c| c.nodes.len() == 4).unwrap();
    assert_eq!(ring.articles, ["stake", "order-1", "order-2"]);
    let repeated = ring.edges.iter().find(|e| e.from == "Gamma Navi").unwrap();
    assert_eq!(repeated.totals[0].value, 3e8);
}

#[test]
fn cli_two_copies_of_one_article_give_one_amount() {
    let text = std::fs::read_to_string("fixtures/seed.txt").unwrap();
    let line = |id: &str| serde_json::json!({"id": id, "text": text}).to_string();
    let out = Command::cargo_bin("cronista")
        .unwrap()
        .args(["graph", "--jsonl"])
        .write_stdin(format!("{}\n{}\n", line("one"), line("two")))
        .output()
        .unwrap();
    assert!(out.status.success());
    let g: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(g["articles"], 2);
    assert_eq!(g["deals"], 2, "{g:#}");
    let e = &g["edges"][0];
    assert_eq!(e["totals"][0]["value"].to_string(), "15000000000", "{g:#}");
    assert_eq!(e["articles"], serde_json::json!(["one", "two"]));
}

/// Four short articles of our own, read end to end (entities, deals, graph): a stake,
/// an order told by two outlets in two constructions (`ha ricevuto un ordine da X`,
/// `X ha ordinato a Y`), and a stake back. The stakes and the order form one cycle
/// Banca Brisa → Cantieri Orsola → Canto Motori → Banca Brisa, and the order reported
/// twice is one deal: its 600 million counted once, both articles listed.
#[test]
fn cli_graph_of_article_texts_counts_a_repeated_order_once_in_its_cycle() {
    let articles = [
        ("stake", "Banca Brisa sale al 30% di Cantieri Orsola\n\nBanca Brisa è salita al 30% del capitale di Cantieri Orsola con un investimento di 90 milioni di euro."),
        ("order-outlet-1", "Ordine da 600 milioni per Canto Motori\n\nCanto Motori S.p.A. ha ricevuto un ordine da Cantieri Orsola per dieci motori navali del valore di 600 milioni di euro."),
        ("order-outlet-2", "Cantieri Orsola, commessa a Canto Motori\n\nCantieri Orsola ha ordinato a Canto Motori S.p.A. dieci motori navali per 600 milioni di euro."),
        ("counter-stake", "Canto Motori entra in Banca Brisa\n\nCanto Motori S.p.A. ha acquistato il 5% di Banca Brisa per 40 milioni di euro."),
    ];
    let input: String = articles
        .iter()
        .map(|(id, text)| serde_json::json!({"id": id, "text": text}).to_string() + "\n")
        .collect();
    let out = Command::cargo_bin("cronista")
        .unwrap()
        .args(["graph", "--jsonl"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success());
    let g: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(g["articles"], 4);
    assert_eq!(g["deals"], 3, "the order told twice is one deal: {g:#}");
    let edge = |from: &str, to: &str| {
        g["edges"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["from"] == from && e["to"] == to)
            .unwrap_or_else(|| panic!("{from} -> {to}: {g:#}"))
            .clone()
    };
    let order = edge("Cantieri Orsola", "Canto Motori");
    assert_eq!(order["kinds"], serde_json::json!(["purchase"]));
    assert_eq!(
        order["totals"][0]["value"].to_string(),
        "600000000",
        "{g:#}"
    );
    assert_eq!(order["totals"][0]["deals"], 1);
    assert_eq!(
        order["articles"],
        serde_json::json!(["order-outlet-1", "order-outlet-2"])
    );
    assert_eq!(
        edge("Banca Brisa", "Cantieri Orsola")["kinds"],
        serde_json::json!(["investment"])
    );
    assert_eq!(
        edge("Canto Motori", "Banca Brisa")["kinds"],
        serde_json::json!(["investment"])
    );
    let cycles = g["cycles"].as_array().unwrap();
    assert_eq!(cycles.len(), 1, "{g:#}");
    let mut nodes: Vec<&str> = cycles[0]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert_eq!(nodes.first(), nodes.last());
    nodes.pop();
    nodes.sort_unstable();
    assert_eq!(nodes, ["Banca Brisa", "Cantieri Orsola", "Canto Motori"]);
    assert_eq!(cycles[0]["articles"].as_array().unwrap().len(), 4);
}
