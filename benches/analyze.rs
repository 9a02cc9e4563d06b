#![allow(missing_docs)]
//! Throughput of the reader and of the full analysis over real Italian news:
//! `corpora/bench/kind_wn_train_texts.jsonl` (762 Wikinews articles, 1.4 MB, part of
//! the repository). Run with `cargo bench`; criterion reports bytes per second.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

/// The texts of the bench corpus; a missing or short corpus stops the bench.
fn corpus() -> Vec<String> {
    let jsonl =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/bench/kind_wn_train_texts.jsonl");
    let text = std::fs::read_to_string(&jsonl)
        .unwrap_or_else(|e| panic!("{}: {e} (part of the repository)", jsonl.display()));
    let texts: Vec<String> = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("a JSON line"))
        .map(|v| v["text"].as_str().expect("a text").to_string())
        .collect();
    assert_eq!(texts.len(), 762, "{}", jsonl.display());
    texts
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("kind_wn_train");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("reader", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| cronista::reader::Article::parse(t).sentences.len())
                .sum::<usize>()
        })
    });
    g.bench_function("analyze", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| cronista::analyze(t).stats.sentences)
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
