//! `cronista._cronista`: the Python bindings. Each summary is made by the Rust
//! library with the GIL released, serialised by the same writer as the command line
//! (`cronista::output::write_summary`) and handed to Python through `json.loads`, so
//! a dict has exactly the JSON schema and `json.dumps` of it gives the CLI's bytes.

use cronista::names::{self, NamesError};
use pyo3::exceptions::{PyStopIteration, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::GILOnceCell;
use pyo3::types::{PyInt, PyIterator, PyString, PyTuple};
use rayon::prelude::*;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Arc;

/// `json.loads`, looked up once.
static JSON_LOADS: GILOnceCell<Py<PyAny>> = GILOnceCell::new();

/// A summary's JSON (one line, the command line's bytes) as a Python dict.
fn to_dict(py: Python<'_>, json: &str) -> PyResult<PyObject> {
    let loads = JSON_LOADS.get_or_try_init(py, || {
        Ok::<_, PyErr>(py.import("json")?.getattr("loads")?.unbind())
    })?;
    loads.call1(py, (json,))
}

/// Analyzes one article and serialises its summary exactly as `cronista --jsonl` does.
fn summary_json(id: &str, text: &str, names: Option<&names::Names>) -> String {
    let summary = cronista::analyze_with_names(id, text, names);
    let mut out = Vec::with_capacity(text.len() * 4);
    cronista::output::write_summary(&mut out, &summary, false)
        .expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// The text of a Python object that must be a `str` without lone surrogates.
fn text_of(value: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    let s = value.downcast::<PyString>().map_err(|_| {
        let type_name = value
            .get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| "?".into());
        PyValueError::new_err(format!("{what} must be a str, not {type_name}"))
    })?;
    s.to_cow().map(|c| c.into_owned()).map_err(|_| {
        PyValueError::new_err(format!(
            "{what} is not valid Unicode: it holds a lone surrogate (\\ud800-\\udfff); \
             repair it first, e.g. s.encode('utf-8', 'replace').decode()"
        ))
    })
}

/// An article id: a `str`, or an `int` written in decimal (as `--jsonl` does).
fn id_of(value: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    if value.is_instance_of::<PyInt>() {
        return Ok(value.str()?.to_cow()?.into_owned());
    }
    text_of(value, what)
}

/// User name lists: `name<TAB>kind<TAB>aliases...` lines, kind one of company,
/// organization, person, outlet. A listed name wins over the built-in guess.
#[pyclass(frozen, module = "cronista")]
struct Names {
    inner: Arc<names::Names>,
}

fn names_error(e: NamesError) -> PyErr {
    PyValueError::new_err(e.to_string())
}

#[pymethods]
impl Names {
    /// Reads the list files `paths`, in order; a malformed line raises ValueError
    /// naming its file and line.
    #[new]
    #[pyo3(signature = (*paths))]
    fn new(paths: Vec<PathBuf>) -> PyResult<Self> {
        let inner = names::Names::load(&paths).map_err(names_error)?;
        Ok(Names {
            inner: Arc::new(inner),
        })
    }

    /// The names of a list given as text; `origin` names it in errors.
    #[staticmethod]
    #[pyo3(signature = (text, origin = "<text>"))]
    fn parse(text: &str, origin: &str) -> PyResult<Self> {
        let entries = names::parse_list(text, origin).map_err(names_error)?;
        Ok(Names {
            inner: Arc::new(names::Names::new(entries)),
        })
    }

    fn __len__(&self) -> usize {
        self.inner.entries.len()
    }

    fn __repr__(&self) -> String {
        format!("<cronista.Names: {} names>", self.inner.entries.len())
    }
}

/// analyze(text, id=None, names=None) -> dict
///
/// The summary of one article (schema cronista/1), the GIL released meanwhile.
#[pyfunction]
#[pyo3(signature = (text, id = None, names = None))]
fn analyze(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    id: Option<&Bound<'_, PyAny>>,
    names: Option<&Bound<'_, Names>>,
) -> PyResult<PyObject> {
    let text = text_of(text, "text")?;
    let id = match id {
        Some(id) if !id.is_none() => id_of(id, "id")?,
        _ => "-".to_string(),
    };
    let names = names.map(|n| n.get().inner.clone());
    let json = py.allow_threads(|| summary_json(&id, &text, names.as_deref()));
    to_dict(py, &json)
}

/// The iterator of `analyze_many`: takes articles from the source a chunk at a
/// time, analyzes the chunk in parallel with the GIL released, and yields the
/// summaries in input order.
#[pyclass(module = "cronista")]
struct Summaries {
    source: Option<Py<PyIterator>>,
    pool: Option<Arc<rayon::ThreadPool>>,
    names: Option<Arc<names::Names>>,
    ready: VecDeque<String>,
    /// Articles taken so far (the default id of the next plain text).
    taken: usize,
    /// Articles per chunk.
    chunk: usize,
    /// A bad article met while filling a chunk: raised once the good ones before it
    /// have been yielded.
    error: Option<PyErr>,
}

impl Summaries {
    /// One article of the source: a `str` (its id is its position, from 0) or an
    /// `(id, text)` pair.
    fn article(&self, item: &Bound<'_, PyAny>) -> PyResult<(String, String)> {
        let n = self.taken;
        if let Ok(pair) = item.downcast::<PyTuple>() {
            if pair.len() != 2 {
                return Err(PyValueError::new_err(format!(
                    "article {n}: a tuple must be (id, text), got {} items",
                    pair.len()
                )));
            }
            let id = id_of(&pair.get_item(0)?, &format!("article {n}: the id"))?;
            let text = text_of(&pair.get_item(1)?, &format!("article {n}: the text"))?;
            return Ok((id, text));
        }
        Ok((n.to_string(), text_of(item, &format!("article {n}"))?))
    }

    fn fill(&mut self, py: Python<'_>) -> PyResult<()> {
        let Some(source) = &self.source else {
            return Ok(());
        };
        let source = source.bind(py).clone();
        let mut articles = Vec::with_capacity(self.chunk);
        while articles.len() < self.chunk {
            match source.call_method0("__next__") {
                Ok(item) => match self.article(&item) {
                    Ok(a) => {
                        articles.push(a);
                        self.taken += 1;
                    }
                    Err(e) => {
                        self.error = Some(e);
                        self.source = None;
                        break;
                    }
                },
                Err(e) if e.is_instance_of::<PyStopIteration>(py) => {
                    self.source = None;
                    break;
                }
                Err(e) => {
                    self.error = Some(e);
                    self.source = None;
                    break;
                }
            }
        }
        let names = self.names.clone();
        let pool = self.pool.clone();
        let jsons: Vec<String> = py.allow_threads(|| {
            let run = || {
                articles
                    .par_iter()
                    .map(|(id, text)| summary_json(id, text, names.as_deref()))
                    .collect()
            };
            match &pool {
                Some(pool) => pool.install(run),
                None => run(),
            }
        });
        self.ready.extend(jsons);
        Ok(())
    }
}

#[pymethods]
impl Summaries {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<PyObject>> {
        if self.ready.is_empty() && self.error.is_none() {
            self.fill(py)?;
        }
        match self.ready.pop_front() {
            Some(json) => to_dict(py, &json).map(Some),
            None => match self.error.take() {
                Some(e) => Err(e),
                None => Ok(None),
            },
        }
    }
}

/// analyze_many(articles, jobs=None, names=None) -> Iterator[dict]
///
/// Summaries of many articles, in input order, as they are ready: `articles` is
/// any iterable of texts or `(id, text)` pairs, read lazily a chunk at a time;
/// `jobs` threads (default: one per core) analyze each chunk with the GIL released.
#[pyfunction]
#[pyo3(signature = (articles, jobs = None, names = None))]
fn analyze_many(
    articles: &Bound<'_, PyAny>,
    jobs: Option<usize>,
    names: Option<&Bound<'_, Names>>,
) -> PyResult<Summaries> {
    let source = articles.try_iter()?.unbind();
    let pool = match jobs {
        Some(0) => return Err(PyValueError::new_err("jobs must be at least 1")),
        Some(n) => Some(Arc::new(
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| PyValueError::new_err(format!("cannot start {n} threads: {e}")))?,
        )),
        None => None,
    };
    let threads = jobs.unwrap_or_else(rayon::current_num_threads);
    Ok(Summaries {
        source: Some(source),
        pool,
        names: names.map(|n| n.get().inner.clone()),
        ready: VecDeque::new(),
        taken: 0,
        chunk: (threads * 16).clamp(16, 256),
        error: None,
    })
}

/// Scores predictions (or, with none, cronista run on the gold's texts) against a
/// gold file, as `cronista evaluate --json` does: the same rules, keys and numbers.
#[pyfunction]
#[pyo3(signature = (task, gold, predictions = None, texts = None))]
fn evaluate(
    py: Python<'_>,
    task: &str,
    gold: PathBuf,
    predictions: Option<PathBuf>,
    texts: Option<Vec<PathBuf>>,
) -> PyResult<PyObject> {
    use cronista::evaluate::records::{self, Records};
    let task: cronista::evaluate::Task = task.parse().map_err(PyValueError::new_err)?;
    let error = |e: anyhow::Error| PyValueError::new_err(format!("{e:#}"));
    let json = py.allow_threads(|| -> anyhow::Result<String> {
        let gold_records = Records::load(&gold)?;
        let predicted = match &predictions {
            Some(path) => Records::load(path)?,
            None => {
                let files = match texts {
                    Some(files) => files,
                    None if gold_records.have_texts() => Vec::new(),
                    None => records::default_text_files(&gold),
                };
                records::predict(&records::texts_for(&gold_records, &files)?)
            }
        };
        let scores = cronista::evaluate::score(task, &gold_records, &predicted);
        Ok(serde_json::to_string(&scores)?)
    });
    to_dict(py, &json.map_err(error)?)
}

/// The Python module `cronista._cronista`.
#[pymodule]
fn _cronista(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(evaluate, m)?)?;
    m.add_class::<Names>()?;
    m.add_class::<Summaries>()?;
    m.add("SCHEMA", cronista::summary::SCHEMA)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
