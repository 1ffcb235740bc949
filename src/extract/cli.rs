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
    // Pages are independent: a window of files is shared among one worker
    // per core, and the window's records are printed in the order of the
    // files given before the next window starts (so memory stays bounded).
    let threads = workers();
    for window in files.chunks(threads * 16) {
        for result in extract_window(window, base.as_ref(), threads) {
            match result {
                Ok(lines) => {
                    for l in lines {
                        if writeln!(out, "{l}").is_err() {
                            // stdout closed (e.g. piped into `head`): nothing more to do.
                            return ExitCode::from(if failed > 0 { 1 } else { 0 });
                        }
                    }
                }
                Err(e) => {
                    let _ = out.flush();
                    eprintln!("baoku extract: {e}");
                    failed += 1;
                }
            }
        }
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

/// Extracts a window of files on `threads` workers; results in the files' order.
fn extract_window(files: &[PathBuf], url: Option<&Url>, threads: usize) -> Vec<Result<Vec<String>, FileError>> {
    if threads <= 1 || files.len() <= 1 {
        return files.iter().map(|f| extract_file(f, url)).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut slots: Vec<Option<Result<Vec<String>, FileError>>> = (0..files.len()).map(|_| None).collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads.min(files.len()))
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(f) = files.get(i) else { break };
                        done.push((i, extract_file(f, url)));
                    }
                    done
                })
            })
            .collect();
        for h in handles {
            // A panic inside the extractor is a bug; let it surface as one.
            for (i, r) in h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)) {
                slots[i] = Some(r);
            }
        }
    });
    slots.into_iter().map(|r| r.expect("every file of the window was taken by a worker")).collect()
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
