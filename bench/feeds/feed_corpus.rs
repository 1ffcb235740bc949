//! Runs baoku's decode + feed parser over a directory tree of feed files and
//! reports how many parse, and for the chardet GB2312/Big5 sets whether the
//! charset was found and the text decoded without replacement characters.
//!
//!     cargo run --release --example feed_corpus -- ../shared/datasets/feeds

use std::path::{Path, PathBuf};
use std::time::Instant;

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::args().nth(1).expect("usage: feed_corpus DIR"));
    let mut all = Vec::new();
    files(&root, &mut all);
    let url = url::Url::parse("http://feeds.example.cn/feed.xml").unwrap();
    let mut groups: std::collections::BTreeMap<String, (usize, usize, usize, usize)> = Default::default();
    let started = Instant::now();
    let mut failures = Vec::new();
    for p in &all {
        let rel = p.strip_prefix(&root).unwrap();
        let group = rel.iter().take(2).map(|c| c.to_string_lossy()).collect::<Vec<_>>().join("/");
        let bytes = std::fs::read(p).unwrap();
        let d = baoku::fetch::decode::decode(&bytes, None);
        let g = groups.entry(group.clone()).or_default();
        g.0 += 1;
        match baoku::discover::feed::parse(&d.text, &url) {
            Ok(_) => g.1 += 1,
            Err(e) => failures.push(format!("{}: {e}", rel.display())),
        }
        if group.starts_with("chardet/") {
            let want = if group.ends_with("Big5") { "Big5" } else { "gb18030" };
            if d.charset == want {
                g.2 += 1;
            }
            if !d.text.contains('\u{fffd}') {
                g.3 += 1;
            }
        }
    }
    println!("{:<28} {:>6} {:>8} {:>9} {:>9}", "set", "files", "parsed", "charset", "clean");
    for (g, (n, ok, cs, clean)) in &groups {
        println!("{g:<28} {n:>6} {ok:>8} {cs:>9} {clean:>9}");
    }
    println!("{} files in {:.2} s", all.len(), started.elapsed().as_secs_f64());
    if std::env::var_os("SHOW_FAILURES").is_some() {
        for f in failures {
            println!("  {f}");
        }
    }
}
