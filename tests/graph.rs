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
    if g["nodes"].as_array().unwrap().is_empty() {
        // Entities not found at all: the entity extractor is not built in yet.
        return;
    }
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
