//! The scores of one evaluation: named metrics in `score.py`'s order, the mistakes of
//! each field, and their two renderings (a table for people, one JSON line with
//! `score.py --json`'s keys and numbers for machines).

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// One metric of a report.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Metric {
    /// Precision, recall and F1 (rounded to 4 decimals) with their counts.
    Prf {
        /// Precision: tp / (tp + fp), 1 when nothing was predicted.
        p: f64,
        /// Recall: tp / (tp + fn), 1 when the gold is empty.
        r: f64,
        /// Harmonic mean of `p` and `r`.
        f1: f64,
        /// True positives.
        tp: usize,
        /// False positives.
        fp: usize,
        /// False negatives.
        fn_: usize,
    },
    /// A share (rounded to 4 decimals), `None` when nothing was counted.
    Share(Option<f64>),
    /// A count.
    Count(usize),
}

/// Python's `round(x, 4)`: the nearest value with 4 decimals.
pub fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

impl Metric {
    /// Precision, recall and F1 of the counts (`prf`).
    pub fn prf(tp: usize, fp: usize, fn_: usize) -> Metric {
        let share = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        let (p, r) = (share(tp, tp + fp), share(tp, tp + fn_));
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Metric::Prf {
            p: round4(p),
            r: round4(r),
            f1: round4(f1),
            tp,
            fp,
            fn_,
        }
    }

    /// `part / whole` rounded, `None` when `whole` is 0.
    pub fn share(part: usize, whole: usize) -> Metric {
        Metric::Share((whole > 0).then(|| round4(part as f64 / whole as f64)))
    }
}

impl Serialize for Metric {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Metric::Prf {
                p,
                r,
                f1,
                tp,
                fp,
                fn_,
            } => {
                let mut m = s.serialize_map(Some(6))?;
                m.serialize_entry("p", &p)?;
                m.serialize_entry("r", &r)?;
                m.serialize_entry("f1", &f1)?;
                m.serialize_entry("tp", &tp)?;
                m.serialize_entry("fp", &fp)?;
                m.serialize_entry("fn", &fn_)?;
                m.end()
            }
            Metric::Share(x) => x.serialize(s),
            Metric::Count(n) => n.serialize(s),
        }
    }
}

/// The result of an evaluation.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    /// The metrics, named and ordered as `score.py` names and orders them.
    pub metrics: Vec<(String, Metric)>,
    /// The mistakes of each field, one line each (`doc: missed 'X'`...), in the
    /// order of the gold articles.
    pub errors: Vec<(String, Vec<String>)>,
}

impl Serialize for Scores {
    /// The metrics as one JSON object (the errors are left out), as `score.py --json`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.metrics.len()))?;
        for (name, metric) in &self.metrics {
            m.serialize_entry(name, metric)?;
        }
        m.end()
    }
}

impl Scores {
    /// The metric called `name`.
    pub fn get(&self, name: &str) -> Option<Metric> {
        self.metrics
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, m)| *m)
    }

    /// The F1 of the metric called `name` (0 when it has none).
    pub fn f1(&self, name: &str) -> f64 {
        match self.get(name) {
            Some(Metric::Prf { f1, .. }) => f1,
            _ => 0.0,
        }
    }

    /// The share or count called `name` as a number (0 when it has none).
    pub fn value(&self, name: &str) -> f64 {
        match self.get(name) {
            Some(Metric::Share(Some(x))) => x,
            Some(Metric::Count(n)) => n as f64,
            _ => 0.0,
        }
    }

    /// The metrics as a table: precision, recall and F1 with their counts, one field a
    /// row, then the shares and counts; then up to `errors` mistakes of each field.
    pub fn table(&self, errors: usize) -> String {
        let mut out = format!(
            "{:<22} {:>9} {:>7} {:>7} {:>6} {:>6} {:>6}\n",
            "field", "precision", "recall", "F1", "tp", "fp", "fn"
        );
        for (name, metric) in &self.metrics {
            if let Metric::Prf {
                p,
                r,
                f1,
                tp,
                fp,
                fn_,
            } = metric
            {
                out.push_str(&format!(
                    "{name:<22} {p:>9.4} {r:>7.4} {f1:>7.4} {tp:>6} {fp:>6} {fn_:>6}\n"
                ));
            }
        }
        out.push('\n');
        for (name, metric) in &self.metrics {
            match metric {
                Metric::Share(Some(x)) => out.push_str(&format!("{name:<22} {x:.4}\n")),
                Metric::Share(None) => out.push_str(&format!("{name:<22} -\n")),
                Metric::Count(n) => out.push_str(&format!("{name:<22} {n}\n")),
                Metric::Prf { .. } => {}
            }
        }
        if errors > 0 {
            for (field, lines) in &self.errors {
                for line in lines.iter().take(errors) {
                    out.push_str(&format!("[{field}] {line}\n"));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_and_json_follow_python() {
        assert_eq!(round4(2.0 / 3.0), 0.6667);
        assert_eq!(round4(0.12345), 0.1235); // 0.12345 is 0.123450000000000004...
        let scores = Scores {
            metrics: vec![
                ("deals".into(), Metric::prf(0, 0, 3)),
                ("speaker_accuracy".into(), Metric::share(0, 0)),
                ("docs".into(), Metric::Count(2)),
            ],
            errors: vec![],
        };
        assert_eq!(
            serde_json::to_string(&scores).unwrap(),
            r#"{"deals":{"p":1.0,"r":0.0,"f1":0.0,"tp":0,"fp":0,"fn":3},"speaker_accuracy":null,"docs":2}"#
        );
    }
}
