//! `baoku export`: JSON lines of articles, WARC 1.1 of captures.

mod common;

use std::io::Read;
use std::process::Command;

use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exports_jsonl_and_per_record_gzipped_warc() {
    let server = FixtureServer::start(vec![
        ("/gbk.xml", Reply::ok("application/xml", fixture("feeds/gbk_declared.xml"))),
        ("/utf8.xml", Reply::ok("application/rss+xml; charset=utf-8", fixture("feeds/utf8.xml"))),
    ])
    .await;
    let dir = tempfile::tempdir().unwrap();
    let sources = [
        feed_source("sjz", "石家庄新闻网", &server.url("/gbk.xml"), &["河北省", "石家庄市"], "city"),
        feed_source("heb", "河北新闻网", &server.url("/utf8.xml"), &["河北省"], "province"),
    ]
    .concat();
    let cfg = write_config(dir.path(), "fetch_articles = false", &sources);
    let bin = env!("CARGO_BIN_EXE_baoku");
    assert!(Command::new(bin).arg("--config").arg(&cfg).args(["poll", "--once"]).status().unwrap().success());

    let jsonl = dir.path().join("a.jsonl");
    let st = Command::new(bin).arg("--config").arg(&cfg).args(["export", "--format", "jsonl", "--out"]).arg(&jsonl).status().unwrap();
    assert!(st.success());
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&jsonl)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    let metro = lines.iter().find(|v| v["title"] == "石家庄地铁四号线开通运营").unwrap();
    assert_eq!(metro["source"], "sjz");
    assert_eq!(metro["region"], serde_json::json!(["河北省", "石家庄市"]));
    assert_eq!(metro["published"], "2024-05-14T02:30:00Z");
    assert!(metro["story_id"].as_i64().is_some());

    let warc = dir.path().join("a.warc.gz");
    let st = Command::new(bin).arg("--config").arg(&cfg).args(["export", "--format", "warc", "--out"]).arg(&warc).status().unwrap();
    assert!(st.success());
    let raw = std::fs::read(&warc).unwrap();
    // Every record is its own gzip member.
    let members = raw.windows(3).filter(|w| w == &[0x1f, 0x8b, 0x08]).count();
    assert!(members >= 5, "{members}");
    let mut text = Vec::new();
    flate2::read::MultiGzDecoder::new(&raw[..]).read_to_end(&mut text).unwrap();
    let records = split_records(&text);
    let kinds: Vec<&str> = records.iter().map(|(h, _)| header(h, "WARC-Type").unwrap()).collect();
    // The two feeds and their host's robots.txt, each a request/response pair.
    assert_eq!(kinds, vec!["warcinfo", "request", "response", "request", "response", "request", "response"]);
    for (h, block) in &records {
        assert!(h.starts_with("WARC/1.1\r\n"));
        let len: usize = header(h, "Content-Length").unwrap().parse().unwrap();
        assert_eq!(len, block.len());
    }
    // The GBK feed's bytes are in the response record exactly as served.
    let gbk = fixture("feeds/gbk_declared.xml");
    let resp = records
        .iter()
        .find(|(h, _)| header(h, "WARC-Type") == Some("response") && header(h, "WARC-Target-URI").unwrap().ends_with("/gbk.xml"))
        .unwrap();
    assert!(resp.1.ends_with(&gbk));
    let http_head = String::from_utf8_lossy(&resp.1[..resp.1.len() - gbk.len()]);
    assert!(http_head.starts_with("HTTP/1.1 200 OK\r\n"), "{http_head}");
    assert!(http_head.contains(&format!("Content-Length: {}\r\n", gbk.len())), "{http_head}");
}

fn header<'a>(h: &'a str, name: &str) -> Option<&'a str> {
    h.lines().find_map(|l| l.strip_prefix(&format!("{name}: ")))
}

/// (header text, block) of each record in an uncompressed WARC stream.
fn split_records(mut data: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    while !data.is_empty() {
        let end = data.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8(data[..end + 2].to_vec()).unwrap();
        let len: usize = header(&head, "Content-Length").unwrap().parse().unwrap();
        let start = end + 4;
        out.push((head, data[start..start + len].to_vec()));
        data = &data[start + len + 4..];
    }
    out
}
