//! One function per subcommand that needs a configuration; `main` picks one.
//!
//! Each returns the process exit code: 0 success, 1 runtime failure,
//! 2 configuration error, 3 archive unusable.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use crate::config::Config;
use crate::daemon::{self, StartError};
use crate::store::Store;

pub const EXIT_RUNTIME: u8 = 1;
pub const EXIT_CONFIG: u8 = 2;
pub const EXIT_ARCHIVE: u8 = 3;

/// Loads the configuration or prints why not.
pub fn load_config(path: Option<&Path>) -> Result<Arc<Config>, ExitCode> {
    let Some(path) = path else {
        eprintln!("baoku: this command needs --config FILE (or BAOKU_CONFIG)");
        return Err(ExitCode::from(EXIT_CONFIG));
    };
    Config::load(path).map(Arc::new).map_err(|e| {
        eprintln!("baoku: configuration error: {e}");
        ExitCode::from(EXIT_CONFIG)
    })
}

fn start_error(e: StartError) -> ExitCode {
    eprintln!("baoku: {e}");
    match e {
        StartError::Store(_) => ExitCode::from(EXIT_ARCHIVE),
        _ => ExitCode::from(EXIT_RUNTIME),
    }
}

/// The daemon's runtime. Archive calls run on the blocking pool; 16 threads
/// are plenty for one SQLite writer and keep glibc from growing a malloc
/// arena per thread (the fetch benchmark: 449 MB peak with tokio's default
/// of 512, 274 MB with 16; see BENCHMARKS.md).
fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .max_blocking_threads(16)
        .enable_all()
        .build()
        .expect("tokio runtime")
}

pub fn check_config(config: &Config) -> ExitCode {
    println!(
        "{}: ok ({} sources; archive {}; listening on {})",
        config.path.display(),
        config.sources.len(),
        config.storage.path.display(),
        config.server.listen
    );
    ExitCode::SUCCESS
}

pub fn run(config: Arc<Config>) -> ExitCode {
    let ctx = match daemon::open(config) {
        Ok(c) => c,
        Err(e) => return start_error(e),
    };
    match runtime().block_on(daemon::run(ctx)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => start_error(e),
    }
}

pub fn poll_once(config: Arc<Config>) -> ExitCode {
    let ctx = match daemon::open(config) {
        Ok(c) => c,
        Err(e) => return start_error(e),
    };
    let results = runtime().block_on(daemon::poll_once(&ctx));
    let mut failed = 0;
    for (key, s) in &results {
        match &s.error {
            Some((kind, msg)) => {
                failed += 1;
                println!("{key}: error ({kind}): {msg}");
            }
            None if s.not_modified => println!("{key}: not modified"),
            None => println!("{key}: {} entries, {} new articles", s.entries, s.new_articles),
        }
    }
    println!("{} sources polled, {} failed", results.len(), failed);
    // A failing source is recorded, not fatal.
    ExitCode::SUCCESS
}

fn open_store(config: &Config) -> Result<Store, ExitCode> {
    Store::open(&config.storage.path).map_err(|e| {
        eprintln!("baoku: {e}");
        ExitCode::from(EXIT_ARCHIVE)
    })
}

pub fn search(config: &Config, query: &str, json: bool, limit: usize) -> ExitCode {
    let store = match open_store(config) {
        Ok(s) => s,
        Err(c) => return c,
    };
    let hits = match store.reader().and_then(|r| r.search(query, limit)) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("baoku: search: {e}");
            return ExitCode::from(EXIT_RUNTIME);
        }
    };
    let mut out = std::io::stdout().lock();
    for h in &hits {
        if json {
            let _ = writeln!(out, "{}", serde_json::to_string(h).expect("hit serializes"));
        } else {
            let _ = writeln!(
                out,
                "{}  {}  [{}]\n    {}\n    {}",
                h.published.as_deref().unwrap_or("-"),
                h.title,
                h.source,
                h.snippet,
                h.url
            );
        }
    }
    if !json {
        let _ = writeln!(out, "{} results", hits.len());
    }
    ExitCode::SUCCESS
}

pub fn sources_status(config: &Config, json: bool) -> ExitCode {
    let store = match open_store(config) {
        Ok(s) => s,
        Err(c) => return c,
    };
    if let Err(e) = store.sync_sources(&config.sources) {
        eprintln!("baoku: {e}");
        return ExitCode::from(EXIT_ARCHIVE);
    }
    let states = match store.source_states() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("baoku: {e}");
            return ExitCode::from(EXIT_ARCHIVE);
        }
    };
    let t = |d: Option<chrono::DateTime<chrono::Utc>>| d.map(crate::store::ts).unwrap_or_else(|| "-".into());
    let mut out = std::io::stdout().lock();
    for s in states.iter().filter(|s| s.active) {
        if json {
            let v = serde_json::json!({
                "key": s.key, "name": s.name, "articles": s.articles,
                "last_poll_at": s.last_poll_at.map(crate::store::ts),
                "last_success_at": s.last_success_at.map(crate::store::ts),
                "error_count": s.error_count, "last_error_kind": s.last_error_kind,
                "last_error": s.last_error, "last_error_at": s.last_error_at.map(crate::store::ts),
                "next_poll_at": s.next_poll_at.map(crate::store::ts), "interval_secs": s.interval_secs,
            });
            let _ = writeln!(out, "{v}");
        } else {
            let state = match (&s.last_error_kind, s.error_count) {
                (Some(kind), n) if n > 0 => format!("FAILING x{n} ({kind}: {})", s.last_error.as_deref().unwrap_or("")),
                _ if s.last_success_at.is_some() => "ok".into(),
                _ => "never polled".into(),
            };
            let _ = writeln!(
                out,
                "{:<16} {:<12} articles={:<6} last_success={} next={}  {}",
                s.key,
                s.name,
                s.articles,
                t(s.last_success_at),
                t(s.next_poll_at),
                state
            );
        }
    }
    ExitCode::SUCCESS
}

pub fn import_opml(file: &Path) -> ExitCode {
    let text = match std::fs::read(file) {
        Ok(b) => crate::fetch::decode::decode(&b, None).text,
        Err(e) => {
            eprintln!("baoku: {}: {e}", file.display());
            return ExitCode::from(EXIT_RUNTIME);
        }
    };
    match crate::opml::import(&text) {
        Ok(blocks) => {
            print!("{blocks}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("baoku: {}: {e}", file.display());
            ExitCode::from(EXIT_RUNTIME)
        }
    }
}

pub fn export(config: &Config, format: crate::cli::ExportFormat, out: &Path) -> ExitCode {
    let store = match open_store(config) {
        Ok(s) => s,
        Err(c) => return c,
    };
    let result = store.reader().map_err(crate::export::ExportError::from).and_then(|r| match format {
        crate::cli::ExportFormat::Jsonl => crate::export::jsonl(&r, out),
        crate::cli::ExportFormat::Warc => crate::export::warc(&r, out),
    });
    match result {
        Ok(n) => {
            eprintln!("baoku: wrote {n} {} to {}", match format {
                crate::cli::ExportFormat::Jsonl => "articles",
                crate::cli::ExportFormat::Warc => "captures",
            }, out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("baoku: export: {e}");
            ExitCode::from(EXIT_RUNTIME)
        }
    }
}
