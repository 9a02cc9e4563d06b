//! Many articles at once: parallel, in input order, streaming, bounded memory.
//!
//! A reader thread pulls [`Document`]s from the input into a bounded channel; the
//! caller's thread takes whatever is ready (at least one, at most [`MAX_BATCH_DOCS`]
//! documents or [`MAX_BATCH_BYTES`] bytes), analyzes the batch on a pool of `jobs`
//! threads, and hands the results to a [`Sink`] in input order before taking the
//! next. Memory is bounded by the channel (in documents and in bytes) and one
//! batch, whatever the input size; the first result is handed over as soon as the
//! first document is analyzed.
//!
//! Everything per document runs on the pool, so that the serial part stays small
//! and the run scales with the threads: decoding (and, for JSON Lines, parsing the
//! line), the analysis, and with [`Render::Json`] serialising the summary. The
//! reader thread only cuts the input into documents; the caller's thread only
//! writes bytes.

use crate::input::{Body, Document};
use crate::summary::Summary;
use rayon::prelude::*;
use std::io;
use std::panic::AssertUnwindSafe;
use std::sync::{mpsc, Condvar, Mutex};

/// Most documents analyzed in one batch.
pub const MAX_BATCH_DOCS: usize = 256;
/// Most bytes of text (roughly) analyzed in one batch.
pub const MAX_BATCH_BYTES: usize = 8 << 20;
/// Documents the reader thread may hold ready ahead of the analysis.
const CHANNEL_DOCS: usize = 2 * MAX_BATCH_DOCS;
/// Bytes the reader thread may hold ready ahead of the analysis (one document more
/// when a single one is larger): with the batch cap, what bounds memory when the
/// documents are large.
const CHANNEL_BYTES: usize = 2 * MAX_BATCH_BYTES;

/// The bytes of documents read ahead and not yet taken into a batch.
#[derive(Default)]
struct ReadAhead {
    /// Bytes in flight, and whether the consumer has stopped.
    state: Mutex<(usize, bool)>,
    cond: Condvar,
}

impl ReadAhead {
    /// Waits until `n` more bytes fit (or nothing is in flight); false when the
    /// consumer has stopped.
    fn acquire(&self, n: usize) -> bool {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        while !st.1 && st.0 > 0 && st.0 + n > CHANNEL_BYTES {
            st = self.cond.wait(st).unwrap_or_else(|e| e.into_inner());
        }
        st.0 += n;
        !st.1
    }

    fn release(&self, n: usize) {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        st.0 -= n;
        self.cond.notify_one();
    }

    fn close(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).1 = true;
        self.cond.notify_one();
    }
}

/// Closes the read-ahead when the consumer leaves, however it leaves.
struct CloseOnDrop<'a>(&'a ReadAhead);

impl Drop for CloseOnDrop<'_> {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// A short article that touches every extractor, analyzed once at start-up.
const WARM_UP: &str = "Titolo\nSecondo l'ANSA, la Fiat S.p.A. ha acquistato il 20% di Alfa Srl \
    per 3,5 milioni di euro. «Siamo soddisfatti», ha detto Mario Rossi.";

/// Articles longer than this are not serialised on the worker even with
/// [`Render::Json`]: their summary goes to the sink as [`Outcome::Summary`], to be
/// written out as it is serialised rather than held in memory twice.
pub const RENDER_MAX_BYTES: usize = 1 << 20;

/// How a batch runs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Worker threads; 0 means one per core.
    pub jobs: usize,
    /// Replace invalid UTF-8 instead of failing the article.
    pub lossy: bool,
    /// What the workers hand over for an analyzed article.
    pub render: Render,
}

/// What the workers make of an analyzed article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Render {
    /// The [`Summary`] itself: [`Outcome::Summary`].
    #[default]
    Summary,
    /// The summary serialised as one line of JSON: [`Outcome::Json`] (but see
    /// [`RENDER_MAX_BYTES`]).
    Json,
    /// The summary serialised as indented JSON: [`Outcome::Json`].
    PrettyJson,
}

/// What became of one document.
#[derive(Debug)]
pub enum Outcome {
    /// The article was analyzed.
    Summary(Box<Summary>),
    /// The article was analyzed and its summary serialised, newline included
    /// (with [`Render::Json`] or [`Render::PrettyJson`]).
    Json(Vec<u8>),
    /// The article could not be read or decoded.
    Failed {
        /// The id the article would have had.
        id: String,
        /// What went wrong, starting with where (`file.txt: ...`, `-:12: ...`).
        error: String,
        /// `id` is the JSON text of a JSON Lines `id` that was not a string (`42`),
        /// to be written back as it is.
        id_is_json: bool,
    },
}

/// Receives the outcomes of a batch run, in input order.
pub trait Sink {
    /// One document's outcome.
    fn outcome(&mut self, outcome: Outcome) -> io::Result<()>;
    /// Called after each batch: a good moment to flush.
    fn batch_done(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Totals of a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Articles analyzed.
    pub analyzed: usize,
    /// Documents that failed.
    pub failed: usize,
}

/// Analyzes one document. A panic in the analysis (a bug) does not bring the run
/// down: the document gets an error record saying so, and the others go on.
///
/// The JSON Lines id of a record keeps its JSON type: with [`Render::Json`] a
/// numeric id (`42`) is written as a number, and in [`Outcome::Failed`] it is
/// flagged `id_is_json`. (The [`Summary`] holds it as its JSON text.)
pub fn process(doc: Document, options: Options) -> Outcome {
    let origin = doc.origin.clone();
    let (doc, id_is_json) = doc.parse_json_id();
    match doc.into_text(options.lossy) {
        Ok((id, text)) => {
            let analysis = std::panic::catch_unwind(AssertUnwindSafe(|| {
                let summary = crate::analyze_with_id(&id, &text);
                // A huge summary is better streamed by the sink than held twice
                // (but the sink would write a typed id as a string).
                let how = if text.len() > RENDER_MAX_BYTES && !id_is_json {
                    Render::Summary
                } else {
                    options.render
                };
                render(summary, how, id_is_json)
            }));
            match analysis {
                Ok(outcome) => outcome,
                Err(payload) => Outcome::Failed {
                    error: format!(
                        "{origin}: internal error, please report it: {}",
                        panic_message(&*payload)
                    ),
                    id,
                    id_is_json,
                },
            }
        }
        Err((id, error)) => Outcome::Failed {
            id,
            error,
            id_is_json,
        },
    }
}

fn render(summary: Summary, how: Render, id_is_json: bool) -> Outcome {
    let pretty = match how {
        Render::Summary => return Outcome::Summary(Box::new(summary)),
        Render::Json => false,
        Render::PrettyJson => true,
    };
    let mut json = Vec::with_capacity(4096);
    crate::json::write_summary_with_id(&mut json, &summary, pretty, id_is_json)
        .expect("serialising to memory cannot fail");
    Outcome::Json(json)
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("panic")
}

/// Runs the whole input through the analysis and into `sink`. Returns the totals,
/// or the first error of the sink (a closed pipe, a full disk), which stops the run.
pub fn run<I>(docs: I, options: Options, sink: &mut dyn Sink) -> io::Result<Totals>
where
    I: Iterator<Item = Document> + Send,
{
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs)
        .build()
        .map_err(io::Error::other)?;
    let mut totals = Totals::default();
    // Build the lexicons and patterns (lazily made on first use) while the first
    // input is still on its way: the first summary then comes out at once.
    pool.spawn(|| {
        let _ = crate::analyze(WARM_UP);
    });
    let ahead = ReadAhead::default();
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<Document>(CHANNEL_DOCS);
        let ahead = &ahead;
        scope.spawn(move || {
            for doc in docs {
                if !ahead.acquire(size(&doc)) || tx.send(doc).is_err() {
                    break; // the consumer stopped (closed pipe): stop reading
                }
            }
        });
        let mut batch = Vec::with_capacity(MAX_BATCH_DOCS);
        let _close = CloseOnDrop(ahead);
        while let Ok(first) = rx.recv() {
            let mut bytes = size(&first);
            ahead.release(bytes);
            batch.push(first);
            while batch.len() < MAX_BATCH_DOCS && bytes < MAX_BATCH_BYTES {
                match rx.try_recv() {
                    Ok(d) => {
                        let n = size(&d);
                        ahead.release(n);
                        bytes += n;
                        batch.push(d);
                    }
                    Err(_) => break,
                }
            }
            let outcomes: Vec<Outcome> = if batch.len() == 1 || pool.current_num_threads() == 1 {
                batch.drain(..).map(|d| process(d, options)).collect()
            } else {
                pool.install(|| {
                    batch
                        .par_drain(..)
                        .with_max_len(1)
                        .map(|d| process(d, options))
                        .collect()
                })
            };
            for o in outcomes {
                match &o {
                    Outcome::Summary(_) | Outcome::Json(_) => totals.analyzed += 1,
                    Outcome::Failed { .. } => totals.failed += 1,
                }
                sink.outcome(o)?;
            }
            sink.batch_done()?;
        }
        Ok(totals)
    })
}

fn size(doc: &Document) -> usize {
    match &doc.body {
        Body::Bytes(b) | Body::Surrogates(b) | Body::JsonLine(b) => b.len(),
        Body::Text(t) => t.len(),
        Body::Path(_) => 64 << 10,
        Body::Failed(_) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Collect(Vec<String>);
    impl Sink for Collect {
        fn outcome(&mut self, o: Outcome) -> io::Result<()> {
            self.0.push(match o {
                Outcome::Summary(s) => s.id,
                Outcome::Json(j) => String::from_utf8(j).unwrap(),
                Outcome::Failed { id, .. } => format!("!{id}"),
            });
            Ok(())
        }
    }

    fn doc(id: usize, body: Body) -> Document {
        Document {
            id: id.to_string(),
            origin: format!("t:{id}"),
            body,
        }
    }

    #[test]
    fn keeps_input_order_and_counts_failures() {
        for jobs in [1, 2, 4] {
            let docs = (0..1000).map(|i| {
                if i % 7 == 0 {
                    doc(i, Body::Bytes(vec![b'a', 0xff]))
                } else {
                    doc(i, Body::Text(format!("Titolo {i}\nUna frase. Due frasi.")))
                }
            });
            let mut sink = Collect(Vec::new());
            let options = Options {
                jobs,
                ..Options::default()
            };
            let totals = run(docs, options, &mut sink).unwrap();
            assert_eq!(totals.failed, 143);
            assert_eq!(totals.analyzed, 857);
            let want: Vec<String> = (0..1000)
                .map(|i| {
                    if i % 7 == 0 {
                        format!("!{i}")
                    } else {
                        i.to_string()
                    }
                })
                .collect();
            assert_eq!(sink.0, want);
        }
    }

    #[test]
    fn large_documents_are_not_read_far_ahead() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let pulled = AtomicUsize::new(0);
        let docs = (0..40).map(|i| {
            pulled.fetch_add(1, Ordering::SeqCst);
            let mut b = vec![b'a'; 4 << 20];
            b[0] = 0xff; // fails fast: the test is about reading, not analysis
            doc(i, Body::Bytes(b))
        });
        // Records how far the reader got beyond the documents written out.
        struct Slow<'a>(&'a AtomicUsize, usize, usize);
        impl Sink for Slow<'_> {
            fn outcome(&mut self, _: Outcome) -> io::Result<()> {
                std::thread::sleep(std::time::Duration::from_millis(5));
                self.2 += 1;
                self.1 = self.1.max(self.0.load(Ordering::SeqCst) - self.2);
                Ok(())
            }
        }
        let mut sink = Slow(&pulled, 0, 0);
        let totals = run(docs, Options::default(), &mut sink).unwrap();
        assert_eq!(totals.failed, 40);
        // 16 MB ahead, an 8 MB batch, one in hand: about 8 documents of 4 MB.
        assert!(sink.1 <= 12, "read {} documents ahead", sink.1);
    }

    #[test]
    fn workers_can_serialise() {
        let docs = (0..3).map(|i| doc(i, Body::Text("Uno. Due.".into())));
        let options = Options {
            jobs: 2,
            render: Render::Json,
            ..Options::default()
        };
        let mut sink = Collect(Vec::new());
        run(docs, options, &mut sink).unwrap();
        assert_eq!(sink.0.len(), 3);
        for (i, line) in sink.0.iter().enumerate() {
            assert!(
                line.starts_with("{\"schema\":\"cronista/1\",\"id\":\""),
                "{line}"
            );
            assert!(line.contains(&format!("\"id\":\"{i}\"")) && line.ends_with("]}\n"));
        }
    }
}
