//! Small article pages in the templates Chinese sites are built on (TRS and
//! Hanweb government pages, 信息公开 tables, Founder e-papers, dailies' and
//! county media centres' sites, DedeCMS/PHPCMS portals, WordPress, WeChat,
//! app share pages with JSON-LD, national portals, Taiwan and Hong Kong
//! outlets), each with distractors: sidebars of other stories' bylines and
//! dates, comments, captions, editors, a date split over spans. They were
//! written for this project by someone who had not seen the extractor; the
//! stories, outlets and names are invented. `truth.json` holds what a reader
//! takes from each page.

use std::path::PathBuf;

use baoku::extract::{Options, extract};
use serde_json::Value;

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn check(folder: &str, pages: usize) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(folder);
    let truth: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(dir.join("truth.json")).unwrap()).unwrap();
    assert_eq!(truth.len(), pages);
    let mut wrong = Vec::new();
    for t in &truth {
        let file = t["file"].as_str().unwrap();
        // Decoded as the daemon decodes a fetched page: the declared charset,
        // checked against the bytes, or a guess when none is declared.
        let bytes = std::fs::read(dir.join(file)).unwrap();
        let html = baoku::fetch::decode::decode(&bytes, None).text;
        let got = extract(&html, &Options::default()).remove(0);
        if let Some(title) = t["title"].as_str() {
            if got.title.as_deref().map(squash) != Some(squash(title)) {
                wrong.push(format!("{file}: title {:?}, want {title}", got.title));
            }
        }
        let want: Vec<&str> = t["authors"].as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
        if got.authors != want {
            wrong.push(format!("{file}: authors {:?}, want {want:?}", got.authors));
        }
        if let Some(day) = t["published"].as_str() {
            let got_day = got.published.map(|p| p.at.date_naive().to_string());
            if got_day.as_deref() != Some(day) {
                wrong.push(format!("{file}: published {got_day:?}, want {day}"));
            }
        }
        // The outlet as credited; a paper named without its app or site counts.
        if let Some(src) = t["source"].as_str() {
            let ok = got.source.as_deref().is_some_and(|s| s == src || src.contains(s) || s.contains(src));
            if !ok {
                wrong.push(format!("{file}: source {:?}, want {src}", got.source));
            }
        }
    }
    assert!(wrong.is_empty(), "{folder}: {} wrong:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn title_authors_date_and_source_of_every_template_page() {
    check("template_pages", 36);
}

/// Thirty more, six in GBK declared as gb2312/gbk, two in GBK declaring no
/// charset, two in UTF-8 that declare gb2312, three in Big5, the rest UTF-8;
/// with sidebars before the story, masthead dates, 编者按, video and gallery
/// blocks, logos in `<h1>`.
#[test]
fn template_pages_in_other_encodings_and_layouts() {
    check("template_pages_encodings", 30);
}
