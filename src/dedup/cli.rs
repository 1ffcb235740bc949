//! `baoku cluster FILE.jsonl`: dedup as a filter, with the daemon's index.
//!
//! Reads `{"id","title","text","source","published"}` lines (optionally
//! `url`, `guid`) in arrival order and prints one `{"id","story","relation","of"}`
//! line per article, in the same order. `story` is the id of the story's
//! first article (the one that arrived as `new`); `of` is the id of the
//! article this one matched (`null` for `new`). A bad line is reported on
//! stderr with its line number and skipped; the exit code is then 1.
//!
//! Parsing and signing run on worker threads; deciding stays on one thread
//! in arrival order, since each decision depends on every earlier one.
//! With `BAOKU_CLUSTER_STATS=1` in the environment, timings go to stderr at
//! the end (for the benchmarks in BENCHMARKS.md).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, sync_channel};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use serde::Deserialize;

use super::{Doc, Entry, Index, Params, Rules, Signer, UrlRules};

/// Lines per batch handed to a worker.
const BATCH: usize = 1024;

#[derive(Deserialize)]
struct Line {
    id: serde_json::Value,
    #[serde(default)]
    title: Option<String>,
    text: String,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    guid: Option<String>,
}

/// One parsed and signed input line.
struct Item {
    line_no: usize,
    /// The id as JSON, printed back verbatim.
    id: String,
    entry: Result<Entry, String>,
}

/// Runs `baoku cluster` on `file` (`-` is standard input).
pub fn run(file: &Path) -> ExitCode {
    let input: Box<dyn Read + Send> = if file.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        match std::fs::File::open(file) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("baoku cluster: {}: {e}", file.display());
                return ExitCode::from(2);
            }
        }
    };
    let size = std::fs::metadata(file).map(|m| m.len() as usize).unwrap_or(0);
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    match cluster(input, size, &mut out, &mut std::io::stderr()) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) => {
            eprintln!("baoku cluster: {e}");
            ExitCode::from(2)
        }
    }
}

/// Clusters JSONL from `input` into `out`; returns how many lines were bad
/// (each reported on `err`). `size_hint` is the input size in bytes, if
/// known, to size the index once.
pub fn cluster(
    input: impl Read + Send,
    size_hint: usize,
    out: &mut impl Write,
    err: &mut impl Write,
) -> std::io::Result<usize> {
    let params = Params::DEFAULT;
    // About three UTF-8 bytes per Chinese character, 2,000 characters an article.
    let articles = size_hint / 6000 + 1024;
    let mut index = Index::with_settings(params, Rules::DEFAULT, UrlRules::default(), articles, 2000);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 8);

    let (batch_tx, batch_rx) = sync_channel::<(usize, Vec<(usize, Vec<u8>)>)>(workers * 2);
    let batch_rx = Arc::new(Mutex::new(batch_rx));
    let (item_tx, item_rx) = sync_channel::<(usize, Vec<Item>)>(workers * 2);
    let sign_nanos = AtomicU64::new(0);
    let worker_cpu_ms = AtomicU64::new(0);
    let started = Instant::now();

    std::thread::scope(|scope| {
        let reader = scope.spawn(move || read_batches(input, batch_tx));
        for _ in 0..workers {
            let rx = Arc::clone(&batch_rx);
            let tx = item_tx.clone();
            let signer = index.signer();
            let sign_nanos = &sign_nanos;
            let worker_cpu_ms = &worker_cpu_ms;
            scope.spawn(move || {
                loop {
                    // The lock is held only to take the next batch.
                    let next = rx.lock().unwrap_or_else(|p| p.into_inner()).recv();
                    let Ok((n, lines)) = next else { break };
                    let t = Instant::now();
                    let items = lines.into_iter().map(|(no, bytes)| parse(&signer, no, &bytes)).collect();
                    sign_nanos.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
                    if tx.send((n, items)).is_err() {
                        break;
                    }
                }
                worker_cpu_ms.fetch_add(thread_cpu_ms().unwrap_or(0), Ordering::Relaxed);
            });
        }
        drop(item_tx);
        let cpu_before = thread_cpu_ms();
        let stats = decide_in_order(&mut index, item_rx, out, err);
        let decide_cpu_ms = thread_cpu_ms().zip(cpu_before).map(|(a, b)| a - b);
        let read = reader.join().expect("reader thread");
        let stats = stats?;
        read?;
        if std::env::var_os("BAOKU_CLUSTER_STATS").is_some() {
            let n = stats.decided.max(1) as f64;
            writeln!(
                err,
                "cluster stats: articles {} bad {} wall {:.2} s | parse+sign {:.1} us/article (worker CPU, {} workers) | \
                 decide+insert {:.1} us/article overall, {:.1} us/article over the last 10% (archive >= {}) | \
                 CPU time: deciding thread {:.1} us/article, workers {:.1} us/article | anchor table {} MB",
                stats.decided,
                stats.bad,
                started.elapsed().as_secs_f64(),
                sign_nanos.load(Ordering::Relaxed) as f64 / 1000.0 / n,
                workers,
                stats.mean_us(0),
                stats.mean_us(stats.decided - stats.decided / 10),
                stats.decided - stats.decided / 10,
                decide_cpu_ms.map_or(f64::NAN, |ms| ms as f64 * 1000.0 / n),
                worker_cpu_ms.load(Ordering::Relaxed) as f64 * 1000.0 / n,
                index.anchors().table_bytes() >> 20,
            )?;
        }
        Ok(stats.bad)
    })
}

/// CPU time (user + system) the calling thread has used, in milliseconds,
/// where the system tells it (`/proc/thread-self/stat` on Linux); wall
/// time on a shared machine says more about the neighbours than about us.
fn thread_cpu_ms() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    // Linux reports in USER_HZ, which is 100 on every architecture it runs on.
    Some(ticks * 10)
}

/// Splits the input into numbered batches of numbered lines.
fn read_batches(
    input: impl Read,
    tx: std::sync::mpsc::SyncSender<(usize, Vec<(usize, Vec<u8>)>)>,
) -> std::io::Result<()> {
    let mut r = BufReader::with_capacity(1 << 20, input);
    let mut batch = Vec::with_capacity(BATCH);
    let mut n = 0;
    let mut line_no = 0;
    loop {
        let mut buf = Vec::new();
        let got = r.read_until(b'\n', &mut buf)?;
        if got == 0 {
            break;
        }
        line_no += 1;
        batch.push((line_no, buf));
        if batch.len() == BATCH {
            if tx.send((n, std::mem::replace(&mut batch, Vec::with_capacity(BATCH)))).is_err() {
                return Ok(());
            }
            n += 1;
        }
    }
    if !batch.is_empty() {
        let _ = tx.send((n, batch));
    }
    Ok(())
}

fn parse(signer: &Signer, line_no: usize, bytes: &[u8]) -> Item {
    let blank = bytes.iter().all(|b| b.is_ascii_whitespace());
    if blank {
        return Item { line_no, id: String::new(), entry: Err(String::new()) };
    }
    let line: Line = match serde_json::from_slice(bytes) {
        Ok(l) => l,
        Err(e) => return Item { line_no, id: String::new(), entry: Err(format!("not an article object: {e}")) },
    };
    let id = match &line.id {
        serde_json::Value::String(_) | serde_json::Value::Number(_) => line.id.to_string(),
        other => return Item { line_no, id: String::new(), entry: Err(format!("id must be a string or number, not {other}")) },
    };
    let published = match line.published.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(p) => match crate::dates::parse(p) {
            Some(st) => Some(st.at.with_timezone(&chrono::Utc)),
            None => return Item { line_no, id, entry: Err(format!("published {p:?} is not a date")) },
        },
    };
    let doc = Doc {
        id: 0,
        title: line.title.unwrap_or_default(),
        text: line.text,
        source: line.source.unwrap_or_default(),
        published,
        url: line.url,
        guid: line.guid,
        credited: None,
    };
    Item { line_no, id, entry: Ok(signer.prepare(&doc)) }
}

/// Counts and timings of one run.
#[derive(Debug, Default)]
struct Stats {
    decided: usize,
    bad: usize,
    /// Nanoseconds each decision (with its insertion) took, in order.
    nanos: Vec<u32>,
}

impl Stats {
    /// Mean microseconds per decision over `from..`.
    fn mean_us(&self, from: usize) -> f64 {
        let tail = &self.nanos[from.min(self.nanos.len())..];
        tail.iter().map(|&n| n as f64).sum::<f64>() / 1000.0 / tail.len().max(1) as f64
    }
}

/// Takes signed batches in input order and decides each article against all before it.
fn decide_in_order(
    index: &mut Index,
    rx: Receiver<(usize, Vec<Item>)>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> std::io::Result<Stats> {
    let mut stats = Stats::default();
    let mut pending: BTreeMap<usize, Vec<Item>> = BTreeMap::new();
    let mut next = 0;
    // Per index slot: the article's id (as JSON) and its story's first id.
    let mut ids: Vec<Box<str>> = Vec::new();
    let mut story: Vec<u32> = Vec::new();
    for (n, items) in rx {
        pending.insert(n, items);
        while let Some(items) = pending.remove(&next) {
            next += 1;
            for item in items {
                let entry = match item.entry {
                    Ok(e) => e,
                    Err(msg) if msg.is_empty() => continue,
                    Err(msg) => {
                        stats.bad += 1;
                        writeln!(err, "line {}: {msg}", item.line_no)?;
                        continue;
                    }
                };
                let slot = ids.len() as u32;
                let inner = index.anchors();
                let t = Instant::now();
                let decided = inner.decide(&entry);
                inner.insert(slot as i64, &entry, decided.as_ref());
                stats.nanos.push(t.elapsed().as_nanos().min(u32::MAX as u128) as u32);
                stats.decided += 1;
                let root = decided.map_or(slot, |m| story[m.of as usize]);
                story.push(root);
                ids.push(item.id.into_boxed_str());
                let (relation, of) = match decided {
                    Some(m) => (m.relation.as_str(), &*ids[m.of as usize]),
                    None => ("new", "null"),
                };
                writeln!(
                    out,
                    "{{\"id\":{},\"story\":{},\"relation\":\"{relation}\",\"of\":{of}}}",
                    ids[slot as usize], ids[root as usize]
                )?;
            }
        }
    }
    out.flush()?;
    Ok(stats)
}
