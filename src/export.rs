//! `baoku export`: the archive as JSON lines (one article a line) or as WARC 1.1
//! (one `request` and one `response` record per capture, each record gzipped
//! on its own when the file name ends in `.gz`, so tools can seek).

use std::io::{self, BufWriter, Write};
use std::path::Path;

use data_encoding::BASE32;
use flate2::Compression;
use flate2::write::GzEncoder;
use sha1::{Digest, Sha1};

use crate::store::export::CaptureRow;
use crate::store::{Reader, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{path}: {error}")]
    Io { path: String, error: io::Error },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Writes every article as one JSON object a line; returns the count.
pub fn jsonl(reader: &Reader, out: &Path) -> Result<u64, ExportError> {
    let io_err = |error| ExportError::Io { path: out.display().to_string(), error };
    let mut w = BufWriter::new(std::fs::File::create(out).map_err(io_err)?);
    let n = reader.for_each_article_json(|v| {
        serde_json::to_writer(&mut w, &v)?;
        w.write_all(b"\n")
    })?;
    w.flush().map_err(io_err)?;
    Ok(n)
}

/// Writes every capture as WARC request/response records; returns the count.
pub fn warc(reader: &Reader, out: &Path) -> Result<u64, ExportError> {
    let io_err = |error| ExportError::Io { path: out.display().to_string(), error };
    let gz = out.extension().is_some_and(|e| e == "gz");
    let mut w = BufWriter::new(std::fs::File::create(out).map_err(io_err)?);
    let now = crate::store::ts(chrono::Utc::now());
    let info = format!(
        "software: baoku/{}\r\nformat: WARC File Format 1.1\r\nconformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n",
        env!("CARGO_PKG_VERSION")
    );
    let info_rec = record("warcinfo", None, &now, None, "application/warc-fields", info.as_bytes(), &[]);
    write_record(&mut w, &info_rec, gz).map_err(io_err)?;
    let n = reader.for_each_capture(|c| {
        let (req_id, req) = request_record(&c);
        write_record(&mut w, &req, gz)?;
        write_record(&mut w, &response_record(&c, &req_id), gz)
    })?;
    w.flush().map_err(io_err)?;
    Ok(n)
}

fn write_record(w: &mut impl Write, rec: &[u8], gz: bool) -> io::Result<()> {
    if gz {
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(rec)?;
        w.write_all(&e.finish()?)
    } else {
        w.write_all(rec)
    }
}

fn record_id() -> String {
    let b: [u8; 16] = rand::random();
    format!(
        "<urn:uuid:{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}>",
        u32::from_be_bytes([b[0], b[1], b[2], b[3]]),
        u16::from_be_bytes([b[4], b[5]]),
        u16::from_be_bytes([b[6], b[7]]) & 0x0fff,
        (u16::from_be_bytes([b[8], b[9]]) & 0x3fff) | 0x8000,
        u64::from_be_bytes([0, 0, b[10], b[11], b[12], b[13], b[14], b[15]])
    )
}

fn sha1_label(data: &[u8]) -> String {
    format!("sha1:{}", BASE32.encode(&Sha1::digest(data)))
}

/// A WARC record with its header lines; `extra` are additional header lines.
fn record(
    kind: &str,
    target: Option<&str>,
    date: &str,
    id: Option<&str>,
    ctype: &str,
    block: &[u8],
    extra: &[(String, String)],
) -> Vec<u8> {
    let mut h = format!("WARC/1.1\r\nWARC-Type: {kind}\r\n");
    if let Some(t) = target {
        h.push_str(&format!("WARC-Target-URI: {t}\r\n"));
    }
    h.push_str(&format!("WARC-Date: {date}\r\n"));
    h.push_str(&format!("WARC-Record-ID: {}\r\n", id.map(str::to_owned).unwrap_or_else(record_id)));
    for (k, v) in extra {
        h.push_str(&format!("{k}: {v}\r\n"));
    }
    h.push_str(&format!("Content-Type: {ctype}\r\nWARC-Block-Digest: {}\r\n", sha1_label(block)));
    h.push_str(&format!("Content-Length: {}\r\n\r\n", block.len()));
    let mut out = h.into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn request_record(c: &CaptureRow) -> (String, Vec<u8>) {
    let u = url::Url::parse(&c.final_url).ok();
    let path = u.as_ref().map(|u| {
        let mut p = u.path().to_owned();
        if let Some(q) = u.query() {
            p.push('?');
            p.push_str(q);
        }
        p
    });
    let host = u.as_ref().and_then(|u| u.host_str().map(str::to_owned)).unwrap_or_default();
    let mut block = format!("GET {} HTTP/1.1\r\nHost: {host}\r\n", path.unwrap_or_else(|| "/".into()));
    for (k, v) in &c.request_headers {
        block.push_str(&format!("{k}: {v}\r\n"));
    }
    block.push_str("\r\n");
    let id = record_id();
    let rec = record("request", Some(&c.final_url), &c.fetched_at, Some(&id), "application/http; msgtype=request", block.as_bytes(), &[]);
    (id, rec)
}

fn response_record(c: &CaptureRow, request_id: &str) -> Vec<u8> {
    // The body is stored after transfer and content decoding, so those
    // headers no longer describe it: drop them and state the real length.
    let mut block = format!("HTTP/1.1 {} {}\r\n", c.status, reason(c.status as u16)).into_bytes();
    for (k, v) in &c.response_headers {
        let k_l = k.to_ascii_lowercase();
        if matches!(k_l.as_str(), "transfer-encoding" | "content-encoding" | "content-length") {
            block.extend_from_slice(format!("X-Baoku-Original-{k}: {v}\r\n").as_bytes());
            continue;
        }
        block.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
    }
    block.extend_from_slice(format!("Content-Length: {}\r\n\r\n", c.body.len()).as_bytes());
    block.extend_from_slice(&c.body);
    let mut extra = vec![
        ("WARC-Concurrent-To".to_owned(), request_id.to_owned()),
        ("WARC-Payload-Digest".to_owned(), sha1_label(&c.body)),
    ];
    if c.truncated {
        extra.push(("WARC-Truncated".to_owned(), "length".to_owned()));
    }
    if c.url != c.final_url {
        extra.push(("X-Baoku-Requested-URI".to_owned(), c.url.clone()));
    }
    record("response", Some(&c.final_url), &c.fetched_at, None, "application/http; msgtype=response", &block, &extra)
}

fn reason(status: u16) -> &'static str {
    axum::http::StatusCode::from_u16(status).ok().and_then(|s| s.canonical_reason()).unwrap_or("")
}
