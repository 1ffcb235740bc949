//! `baoku extract [--url URL] FILE...`: saved pages in, one JSON object per article out.
//!
//! Each file is read as bytes and decoded once (the charset and the reason
//! are printed with every record). A file that cannot be read or parsed is
//! reported on stderr and the others still go through; the exit code is
//! non-zero when any file failed.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;
use url::Url;

use super::{Extracted, Options};

/// One output line.
#[derive(Debug, Serialize)]
pub struct Record<'a> {
    pub file: &'a str,
    pub url: Option<&'a str>,
    pub title: Option<&'a str>,
    pub subtitle: Option<&'a str>,
    pub kicker: Option<&'a str>,
    pub authors: &'a [String],
    pub editors: &'a [String],
    /// RFC 3339, in the offset the page implies (+08:00 unless it says otherwise).
    pub published: Option<String>,
    pub published_date_only: Option<bool>,
    pub source: Option<&'a str>,
    pub original_url: Option<&'a str>,
    pub text: &'a str,
    pub content_html: &'a str,
    pub charset: &'a str,
    pub charset_reason: &'a str,
}

/// Why a file produced no records.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{path} is empty")]
    Empty { path: String },
    /// The extractor broke on the page (a bug): reported like any bad file,
    /// and the other files still go through.
    #[error("extraction failed on {path} (a bug; please report the page)")]
    Broke { path: String },
}

/// Runs the command; the return value is the process exit code.
pub fn run(url: Option<&str>, files: &[PathBuf]) -> ExitCode {
    let base = match url.map(Url::parse).transpose() {
        Ok(u) => u,
        Err(e) => {
            eprintln!("baoku extract: --url {:?} is not a URL: {e}", url.unwrap_or_default());
            return ExitCode::from(2);
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    // Pages are independent: one worker per core takes the next file; the
    // records are printed in the order of the files given. A worker waits
    // while it is a window of files ahead of the printing, so memory stays
    // bounded however slow one page is.
    let threads = workers();
    let mut stopped = false;
    for_each_in_order(files, base.as_ref(), threads, |result| {
        match result {
            Ok(lines) => {
                for l in lines {
                    if writeln!(out, "{l}").is_err() {
                        // stdout closed (e.g. piped into `head`): nothing more to do.
                        stopped = true;
                        return false;
                    }
                }
            }
            Err(e) => {
                let _ = out.flush();
                eprintln!("baoku extract: {e}");
                failed += 1;
            }
        }
        true
    });
    if stopped {
        return ExitCode::from(if failed > 0 { 1 } else { 0 });
    }
    let _ = out.flush();
    if failed > 0 {
        eprintln!("baoku extract: {failed} of {} file(s) failed", files.len());
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// How many pages are extracted at once: `BAOKU_EXTRACT_THREADS` when set
/// (1 runs everything on the main thread), else one per core, at most 8.
fn workers() -> usize {
    std::env::var("BAOKU_EXTRACT_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n >= 1)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get().min(8)))
}

/// Extracts every file on `threads` workers and hands the results to `emit`
/// in the files' order; `emit` returning false stops the run.
fn for_each_in_order(
    files: &[PathBuf],
    url: Option<&Url>,
    threads: usize,
    mut emit: impl FnMut(Result<Vec<String>, FileError>) -> bool,
) {
    if threads <= 1 || files.len() <= 1 {
        for f in files {
            if !emit(extract_guarded(f, url)) {
                return;
            }
        }
        return;
    }
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::{Condvar, Mutex};
    let window = threads * 16;
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    // How many results the printing has taken, and a bell for the workers.
    let printed = (Mutex::new(0usize), Condvar::new());
    let (tx, rx) = std::sync::mpsc::channel::<(usize, Result<Vec<String>, FileError>)>();
    std::thread::scope(|s| {
        for _ in 0..threads.min(files.len()) {
            let tx = tx.clone();
            let (next, stop, printed) = (&next, &stop, &printed);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(f) = files.get(i) else { break };
                {
                    let (lock, bell) = printed;
                    let mut done = lock.lock().unwrap();
                    while i >= *done + window && !stop.load(Ordering::Relaxed) {
                        done = bell.wait(done).unwrap();
                    }
                }
                if stop.load(Ordering::Relaxed) || tx.send((i, extract_guarded(f, url))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut waiting = std::collections::BTreeMap::new();
        let mut due = 0usize;
        for (i, r) in rx.iter() {
            waiting.insert(i, r);
            while let Some(r) = waiting.remove(&due) {
                due += 1;
                let go_on = emit(r);
                let (lock, bell) = &printed;
                *lock.lock().unwrap() = due;
                bell.notify_all();
                if !go_on {
                    stop.store(true, Ordering::Relaxed);
                    let _guard = lock.lock().unwrap();
                    bell.notify_all();
                    return;
                }
            }
        }
    });
}

/// [`extract_file`], with a panic inside the extractor turned into an error
/// for that file (the panic hook has logged where it happened).
fn extract_guarded(path: &Path, url: Option<&Url>) -> Result<Vec<String>, FileError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract_file(path, url)))
        .unwrap_or_else(|_| Err(FileError::Broke { path: path.display().to_string() }))
}

/// The JSON lines for one file.
pub fn extract_file(path: &Path, url: Option<&Url>) -> Result<Vec<String>, FileError> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| FileError::Read { path: shown.clone(), source })?;
    if bytes.is_empty() {
        return Err(FileError::Empty { path: shown });
    }
    let decoded = crate::fetch::decode::decode(&bytes, None);
    let opts = Options { url, ..Default::default() };
    let articles = super::extract(&decoded.text, &opts);
    Ok(articles
        .iter()
        .map(|a| {
            let rec = record(&shown, url, a, decoded.charset, decoded.reason.as_str());
            serde_json::to_string(&rec).expect("records serialize")
        })
        .collect())
}

fn record<'a>(
    file: &'a str,
    url: Option<&'a Url>,
    a: &'a Extracted,
    charset: &'a str,
    reason: &'a str,
) -> Record<'a> {
    Record {
        file,
        url: url.map(|u| u.as_str()),
        title: a.title.as_deref(),
        subtitle: a.subtitle.as_deref(),
        kicker: a.kicker.as_deref(),
        authors: &a.authors,
        editors: &a.editors,
        published: a.published.map(|s| s.at.to_rfc3339()),
        published_date_only: a.published.map(|s| s.date_only),
        source: a.source.as_deref(),
        original_url: a.original_url.as_deref(),
        text: &a.text,
        content_html: &a.content_html,
        charset,
        charset_reason: reason,
    }
}
