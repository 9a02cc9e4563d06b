//! The progress bar on stderr (indicatif): done/total, percentage and an ETA when
//! the number of articles is known beforehand (files and folders: they are counted
//! on a thread of their own while the analysis starts), a counter and a rate when
//! it is not (standard input, JSON Lines). Drawn only when stderr is a terminal and
//! `--quiet` is not given; failure messages are printed above it.

use cronista::output::{Report, Reporter};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::time::Duration;

/// The bar while the total is unknown.
const COUNTING: &str = "{spinner} {pos} articles  {rate}  {elapsed}  {msg}";
/// The bar once the total is known.
const KNOWN: &str =
    "{spinner} {pos}/{len} articles {percent:>3}% [{wide_bar}] {rate}  ETA {eta}  {msg}";
/// The line left on screen at the end.
const DONE: &str = "{pos} articles in {elapsed}, {rate}  {msg}";

/// Failure messages and, on a terminal, the progress bar.
pub struct Progress {
    bar: Option<ProgressBar>,
    messages: Reporter<io::Stderr>,
    failed: usize,
}

impl Progress {
    /// Messages unless `quiet`; a bar when, besides, stderr is a terminal. With
    /// `count`, the documents of these paths are counted for the total.
    pub fn new(quiet: bool, count: Option<Vec<PathBuf>>) -> Self {
        let stderr = io::stderr();
        let bar = (!quiet && stderr.is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(8));
            bar.set_style(style(COUNTING));
            bar.enable_steady_tick(Duration::from_millis(250));
            if let Some(paths) = count {
                let counted = bar.clone();
                std::thread::spawn(move || {
                    let total = cronista::input::paths(paths).count();
                    if !counted.is_finished() {
                        counted.set_length(total as u64);
                        counted.set_style(style(KNOWN));
                        counted.tick();
                    }
                });
            }
            bar
        });
        Progress {
            bar,
            messages: Reporter::new(stderr, !quiet),
            failed: 0,
        }
    }

    /// Leaves the bar's last state on screen (done/total, the time it took).
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.disable_steady_tick();
            bar.set_style(style(DONE));
            bar.finish();
        }
    }
}

/// The paths to count for a total: named files and folders only (standard input
/// and JSON Lines streams cannot be counted without reading them).
pub fn countable(paths: &[PathBuf], jsonl: bool) -> Option<Vec<PathBuf>> {
    (!jsonl && !paths.is_empty() && paths.iter().all(|p| p.as_os_str() != "-"))
        .then(|| paths.to_vec())
}

fn style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template)
        .expect("the templates are valid")
        .with_key(
            "rate",
            |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} articles/s", state.per_sec());
            },
        )
        .progress_chars("=> ")
}

impl Report for Progress {
    fn analyzed(&mut self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    fn failed(&mut self, message: &str) {
        self.failed += 1;
        match &self.bar {
            Some(bar) => {
                bar.suspend(|| self.messages.failed(message));
                bar.inc(1);
                bar.set_message(match self.failed {
                    1 => "1 error".to_string(),
                    n => format!("{n} errors"),
                });
            }
            None => self.messages.failed(message),
        }
    }
}
