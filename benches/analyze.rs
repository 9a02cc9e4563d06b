#![allow(missing_docs)]
//! Throughput of the reader and of the full analysis over real Italian news:
//! `../shared/corpora/bench/kind_wn_train_texts.jsonl` (762 Wikinews articles,
//! 1.4 MB), or the fixtures when that corpus is not beside the repo.
//! Run with `cargo bench`; criterion reports bytes per second.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let jsonl = root.join("../shared/corpora/bench/kind_wn_train_texts.jsonl");
    if let Ok(s) = std::fs::read_to_string(jsonl) {
        return s
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect();
    }
    let mut texts = Vec::new();
    for e in std::fs::read_dir(root.join("fixtures")).expect("fixtures/") {
        let p = e.expect("entry").path();
        if p.extension().is_some_and(|x| x == "txt") {
            texts.push(std::fs::read_to_string(p).expect("fixture"));
        }
    }
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
