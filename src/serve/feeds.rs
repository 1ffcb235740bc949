//! Renders stories as Atom 1.0, RSS 2.0 and JSON Feed 1.1: one entry per story,
//! its other publishers listed.

use chrono::{DateTime, Utc};
use serde_json::json;

use crate::extract::html_escape as esc;
use crate::store::FeedEntry;

/// What the three formats share about the feed itself.
pub struct FeedMeta<'a> {
    pub title: &'a str,
    /// `public_url` of the server (ends in `/`).
    pub base: &'a str,
    /// The request's own URL, for `rel="self"`.
    pub self_url: &'a str,
    pub updated: DateTime<Utc>,
}

fn story_id(base: &str, e: &FeedEntry) -> String {
    format!("{base}story/{}", e.story_id)
}

fn rfc3339(t: DateTime<Utc>) -> String {
    crate::store::ts(t)
}

/// The entry's HTML: its body, then the list of other copies.
fn body_html(e: &FeedEntry) -> String {
    let mut html = match &e.content_html {
        Some(h) if !h.trim().is_empty() => h.clone(),
        _ => e.text.lines().map(|l| format!("<p>{}</p>", esc(l))).collect(),
    };
    if !e.also.is_empty() {
        html.push_str("<hr><p>也见于（also published by）：</p><ul>");
        for (_, name, url) in &e.also {
            html.push_str(&format!("<li><a href=\"{}\">{}</a></li>", esc(url), esc(name)));
        }
        html.push_str("</ul>");
    }
    html
}

fn summary(e: &FeedEntry) -> String {
    match &e.summary {
        Some(s) if !s.is_empty() => crate::text::truncate_chars(s, 200),
        _ => crate::text::truncate_chars(&e.text.replace('\n', " "), 200),
    }
}

fn authors(e: &FeedEntry) -> Vec<String> {
    if e.authors.is_empty() { vec![e.source_name.clone()] } else { e.authors.clone() }
}

pub fn atom(meta: &FeedMeta, entries: &[FeedEntry]) -> String {
    let mut x = String::with_capacity(4096 + entries.len() * 2048);
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    x.push_str(&format!("<id>{}</id>\n", esc(&format!("{}feed", meta.base))));
    x.push_str(&format!("<title>{}</title>\n", esc(meta.title)));
    x.push_str(&format!("<updated>{}</updated>\n", rfc3339(meta.updated)));
    x.push_str(&format!("<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n", esc(meta.self_url)));
    x.push_str(&format!("<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", esc(meta.base)));
    x.push_str("<author><name>baoku</name></author>\n");
    x.push_str(&format!("<generator version=\"{}\">baoku</generator>\n", env!("CARGO_PKG_VERSION")));
    for e in entries {
        x.push_str("<entry>\n");
        x.push_str(&format!("<id>{}</id>\n", esc(&story_id(meta.base, e))));
        x.push_str(&format!("<title>{}</title>\n", esc(&e.title)));
        x.push_str(&format!("<updated>{}</updated>\n", rfc3339(e.updated_at)));
        if let Some(p) = e.published_at {
            x.push_str(&format!("<published>{}</published>\n", rfc3339(p)));
        }
        for a in authors(e) {
            x.push_str(&format!("<author><name>{}</name></author>\n", esc(&a)));
        }
        if !e.url.is_empty() {
            x.push_str(&format!("<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n", esc(&e.url)));
        }
        for (_, name, url) in &e.also {
            x.push_str(&format!("<link rel=\"related\" type=\"text/html\" title=\"{}\" href=\"{}\"/>\n", esc(name), esc(url)));
        }
        x.push_str(&format!("<category term=\"{}\" label=\"{}\"/>\n", esc(&e.source_key), esc(&e.source_name)));
        for r in &e.region {
            x.push_str(&format!("<category term=\"{}\" scheme=\"{}region\"/>\n", esc(r), esc(meta.base)));
        }
        x.push_str(&format!("<summary>{}</summary>\n", esc(&summary(e))));
        x.push_str(&format!("<content type=\"html\">{}</content>\n", esc(&body_html(e))));
        x.push_str(&format!("<source><title>{}</title></source>\n", esc(&e.source_name)));
        x.push_str("</entry>\n");
    }
    x.push_str("</feed>\n");
    x
}

pub fn rss(meta: &FeedMeta, entries: &[FeedEntry]) -> String {
    let mut x = String::with_capacity(4096 + entries.len() * 2048);
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n");
    x.push_str(&format!("<title>{}</title>\n<link>{}</link>\n", esc(meta.title), esc(meta.base)));
    x.push_str(&format!("<description>{}</description>\n", esc("One entry per story from Chinese provincial and municipal news sources")));
    x.push_str(&format!("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"{}\"/>\n", esc(meta.self_url)));
    x.push_str(&format!("<lastBuildDate>{}</lastBuildDate>\n<generator>baoku</generator>\n", meta.updated.to_rfc2822()));
    for e in entries {
        x.push_str("<item>\n");
        x.push_str(&format!("<title>{}</title>\n", esc(&e.title)));
        if !e.url.is_empty() {
            x.push_str(&format!("<link>{}</link>\n", esc(&e.url)));
        }
        x.push_str(&format!("<guid isPermaLink=\"false\">{}</guid>\n", esc(&story_id(meta.base, e))));
        if let Some(p) = e.published_at {
            x.push_str(&format!("<pubDate>{}</pubDate>\n", p.to_rfc2822()));
        }
        for a in authors(e) {
            x.push_str(&format!("<dc:creator>{}</dc:creator>\n", esc(&a)));
        }
        x.push_str(&format!("<category>{}</category>\n", esc(&e.source_name)));
        x.push_str(&format!("<description>{}</description>\n", esc(&body_html(e))));
        x.push_str("</item>\n");
    }
    x.push_str("</channel>\n</rss>\n");
    x
}

pub fn json_feed(meta: &FeedMeta, entries: &[FeedEntry]) -> String {
    let items: Vec<serde_json::Value> = entries
        .iter()
        .map(|e| {
            let mut item = json!({
                "id": story_id(meta.base, e),
                "title": e.title,
                "content_html": body_html(e),
                "content_text": e.text,
                "summary": summary(e),
                "date_modified": rfc3339(e.updated_at),
                "authors": authors(e).into_iter().map(|n| json!({"name": n})).collect::<Vec<_>>(),
                "tags": std::iter::once(e.source_name.clone()).chain(e.region.iter().cloned()).collect::<Vec<_>>(),
                "_baoku": {
                    "story_id": e.story_id,
                    "source": e.source_key,
                    "source_name": e.source_name,
                    "credited": e.credited,
                    "also": e.also.iter().map(|(k, n, u)| json!({"source": k, "name": n, "url": u})).collect::<Vec<_>>(),
                },
            });
            if !e.url.is_empty() {
                item["url"] = json!(e.url);
            }
            if let Some(p) = e.published_at {
                item["date_published"] = json!(rfc3339(p));
            }
            item
        })
        .collect();
    let feed = json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": meta.title,
        "home_page_url": meta.base,
        "feed_url": meta.self_url,
        "language": "zh-CN",
        "items": items,
    });
    serde_json::to_string_pretty(&feed).expect("JSON values serialize")
}
