//! RSS, Atom and JSON feeds, parsed by feed-rs from text baoku decoded itself.
//!
//! Entry point: [`parse`]. Before feed-rs sees the text, the XML declaration
//! is rewritten to UTF-8 (the bytes were already decoded), a DOCTYPE with an
//! internal subset is dropped (no entity expansion: billion-laughs bombs go
//! nowhere), HTML named entities become numeric references, and an `<rss>`
//! root without a usable `version` gets `2.0`. Dates go through
//! [`crate::dates`] (Beijing time, `CST` = +08:00). Entries without guid or
//! link get an id derived from their content, so a second poll finds them.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;
use url::Url;
use xxhash_rust::xxh3::xxh3_64;

use super::{DiscoverError, Discovered, Entry};

/// Marks an id feed-rs had to invent; replaced by a content hash below.
const NO_ID: &str = "baoku-no-id:";

/// Parses decoded feed text fetched from `url`.
pub fn parse(text: &str, url: &Url) -> Result<Discovered, DiscoverError> {
    let prepared = prepare(text);
    let parser = feed_rs::parser::Builder::new()
        .base_uri(Some(url.as_str()))
        .timestamp_parser(|s| crate::dates::parse(s).map(|st| st.at.with_timezone(&chrono::Utc)))
        .id_generator(|links, _title, _uri| match links.iter().find(|l| !l.href.is_empty()) {
            Some(l) => l.href.clone(),
            None => NO_ID.to_owned(),
        })
        .sanitize_content(false)
        .build();
    // feed-rs (through quick-xml) can panic on some malformed input; a
    // hostile feed must cost one failed poll, not the polling task.
    let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parser.parse(prepared.as_bytes())));
    let feed = match parsed {
        Ok(r) => r.map_err(|e| DiscoverError::NotAFeed(e.to_string()))?,
        Err(_) => return Err(DiscoverError::NotAFeed("the feed parser failed on this document".into())),
    };

    let site_url = feed
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .map(|l| l.href.clone());
    let mut entries = Vec::with_capacity(feed.entries.len());
    for e in feed.entries {
        let title = e.title.as_ref().map(|t| plain(&t.content)).unwrap_or_default();
        let link = e
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or_else(|| e.links.first())
            .and_then(|l| url.join(l.href.trim()).ok())
            .map(|u| u.to_string());
        let summary = e.summary.as_ref().map(|t| t.content.trim().to_owned()).filter(|s| !s.is_empty());
        let content_html = e
            .content
            .as_ref()
            .and_then(|c| c.body.as_ref())
            .map(|b| b.trim().to_owned())
            .filter(|s| !s.is_empty());
        let guid = if e.id.is_empty() || e.id.starts_with(NO_ID) {
            let basis = format!(
                "{}\u{1f}{}\u{1f}{}",
                title,
                content_html.as_deref().or(summary.as_deref()).unwrap_or(""),
                e.published.or(e.updated).map(|d| d.to_rfc3339()).unwrap_or_default()
            );
            format!("urn:baoku:xxh3:{:016x}", xxh3_64(basis.as_bytes()))
        } else {
            e.id.trim().to_owned()
        };
        let mut authors: Vec<String> = e
            .authors
            .iter()
            .filter_map(|p| p.name.as_deref().map(|n| n.trim().to_owned()))
            .filter(|n| !n.is_empty())
            .collect();
        authors.dedup();
        entries.push(Entry {
            guid,
            url: link,
            title,
            summary,
            content_html,
            authors,
            categories: e
                .categories
                .iter()
                .map(|c| c.label.clone().unwrap_or_else(|| c.term.clone()))
                .filter(|c| !c.is_empty())
                .collect(),
            published: e.published.or(e.updated),
            date_only: false,
            updated: e.updated,
        });
    }
    Ok(Discovered {
        title: feed.title.map(|t| plain(&t.content)),
        site_url,
        ttl_minutes: feed.ttl,
        entries,
    })
}

/// Makes decoded text safe and acceptable for feed-rs (see the module doc).
fn prepare(text: &str) -> String {
    static DOCTYPE_SUBSET: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?s)<!DOCTYPE[^\[>]*\[.*?\]\s*>").unwrap());
    static RSS_ROOT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<rss\b([^>]*)>").unwrap());
    static VERSION: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"\bversion\s*=\s*["']([^"']*)["']"#).unwrap());
    static ENTITY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"&([A-Za-z][A-Za-z0-9]{1,7});").unwrap());

    let text = text.trim_start_matches('\u{feff}');
    let text = crate::fetch::decode::fix_xml_declaration(text);
    let text = DOCTYPE_SUBSET.replace(&text, "");
    let text = RSS_ROOT.replace(&text, |c: &regex::Captures| {
        let attrs = &c[1];
        match VERSION.captures(attrs) {
            Some(v) if matches!(&v[1], "2.0" | "0.91" | "0.92" | "1.0") => c[0].to_owned(),
            Some(_) => format!("<rss{}>", VERSION.replace(attrs, "version=\"2.0\"")),
            None => format!("<rss version=\"2.0\"{attrs}>"),
        }
    });
    let text = ENTITY.replace_all(&text, |c: &regex::Captures| match html_entity(&c[1]) {
        Some(code) => format!("&#{code};"),
        None => c[0].to_owned(),
    });
    escape_stray_ampersands(&text)
}

/// `&` that starts no entity or character reference becomes `&amp;` (feeds
/// put raw query strings in `<link>`); CDATA sections are left alone.
fn escape_stray_ampersands(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(start) = rest.find("<![CDATA[") {
        out.push_str(&escape_outside_cdata(&rest[..start]));
        let end = rest[start..].find("]]>").map_or(rest.len(), |e| start + e + 3);
        out.push_str(&rest[start..end]);
        rest = &rest[end..];
    }
    out.push_str(&escape_outside_cdata(rest));
    out
}

fn escape_outside_cdata(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for (i, part) in s.split('&').enumerate() {
        if i > 0 {
            let is_ref = part.find(';').is_some_and(|semi| {
                let name = &part[..semi];
                !name.is_empty()
                    && semi <= 10
                    && (name.chars().all(|c| c.is_ascii_alphanumeric())
                        || (name.starts_with('#') && name[1..].chars().all(|c| c.is_ascii_hexdigit() || c == 'x')))
            });
            out.push_str(if is_ref { "&" } else { "&amp;" });
        }
        out.push_str(part);
    }
    Cow::Owned(out)
}

/// Code points of the HTML entities feeds use without declaring them.
fn html_entity(name: &str) -> Option<u32> {
    Some(match name {
        "nbsp" => 160,
        "copy" => 169,
        "reg" => 174,
        "middot" => 183,
        "laquo" => 171,
        "raquo" => 187,
        "ldquo" => 8220,
        "rdquo" => 8221,
        "lsquo" => 8216,
        "rsquo" => 8217,
        "mdash" => 8212,
        "ndash" => 8211,
        "hellip" => 8230,
        "bull" => 8226,
        "times" => 215,
        "yen" => 165,
        "deg" => 176,
        "ensp" => 8194,
        "emsp" => 8195,
        "thinsp" => 8201,
        "trade" => 8482,
        _ => return None,
    })
}

/// Text of a possibly-HTML title, tags dropped, whitespace collapsed.
fn plain(s: &str) -> String {
    static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[^>]*>").unwrap());
    let s = if s.contains('<') { TAG.replace_all(s, "") } else { Cow::Borrowed(s) };
    let s = s
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"");
    crate::text::squash_ws(&s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url() -> Url {
        Url::parse("http://news.example.cn/rss.xml").unwrap()
    }

    #[test]
    fn rss_without_version_and_with_cst_dates() {
        let xml = r#"<?xml version="1.0" encoding="gb2312"?>
<rss><channel><title>河北新闻</title><link>http://news.example.cn/</link><ttl>30</ttl>
<item><title>全省春季植树造林启动</title><link>/c/1.html</link><guid>a-1</guid>
<pubDate>Tue, 29 Mar 2022 08:15:00 CST</pubDate><description>记者&nbsp;张三</description></item>
<item><title>第二条</title><link>http://news.example.cn/c/2.html</link><pubDate>2022年03月29日 09:30</pubDate></item>
</channel></rss>"#;
        let d = parse(xml, &url()).unwrap();
        assert_eq!(d.title.as_deref(), Some("河北新闻"));
        assert_eq!(d.ttl_minutes, Some(30));
        assert_eq!(d.entries.len(), 2);
        let e = &d.entries[0];
        assert_eq!(e.guid, "a-1");
        assert_eq!(e.url.as_deref(), Some("http://news.example.cn/c/1.html"));
        assert_eq!(e.published.unwrap().to_rfc3339(), "2022-03-29T00:15:00+00:00");
        assert_eq!(e.summary.as_deref(), Some("记者\u{a0}张三"));
        // No guid: the link is the id.
        assert_eq!(d.entries[1].guid, "http://news.example.cn/c/2.html");
        assert_eq!(d.entries[1].published.unwrap().to_rfc3339(), "2022-03-29T01:30:00+00:00");
    }

    #[test]
    fn a_document_that_makes_the_parser_panic_is_not_a_feed() {
        // UTF-16BE bytes read as single-byte text: the shape of a feed-rs panic.
        let be: String = "<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<!--\nx\n-->\n<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
            .chars()
            .flat_map(|c| ['\0', c])
            .collect();
        assert!(matches!(parse(&be, &url()), Err(DiscoverError::NotAFeed(_))));
    }

    #[test]
    fn stray_ampersands_are_escaped_outside_cdata() {
        let xml = r#"<rss version="2.0"><channel><title>A & B</title>
<item><title>政务 &amp; 公开</title><link>http://x.cn/a.jsp?id=1&page=2</link><description><![CDATA[a && b]]></description></item></channel></rss>"#;
        let d = parse(xml, &url()).unwrap();
        assert_eq!(d.title.as_deref(), Some("A & B"));
        assert_eq!(d.entries[0].url.as_deref(), Some("http://x.cn/a.jsp?id=1&page=2"));
        assert_eq!(d.entries[0].title, "政务 & 公开");
        assert_eq!(d.entries[0].summary.as_deref(), Some("a && b"));
    }

    #[test]
    fn entries_without_guid_or_link_get_stable_ids() {
        let xml = r#"<rss version="2.00"><channel><title>t</title>
<item><title>通知一</title><description>内容一</description></item>
<item><title>通知二</title><description>内容二</description></item></channel></rss>"#;
        let a = parse(xml, &url()).unwrap();
        let b = parse(xml, &url()).unwrap();
        assert_eq!(a.entries.len(), 2);
        assert!(a.entries[0].guid.starts_with("urn:baoku:xxh3:"));
        assert_ne!(a.entries[0].guid, a.entries[1].guid);
        assert_eq!(a.entries[0].guid, b.entries[0].guid);
        assert_eq!(a.entries[1].guid, b.entries[1].guid);
    }

    #[test]
    fn atom_and_json_feeds() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>省政府</title><id>urn:x</id>
<updated>2022-03-29T08:15:00+08:00</updated><link href="http://gov.example.cn/"/>
<entry><title type="html">&lt;b&gt;政务&lt;/b&gt;公开</title><id>urn:e1</id><link href="http://gov.example.cn/a.html"/>
<updated>2022-03-29T08:15:00+08:00</updated><author><name>省政府办公厅</name></author>
<content type="html">&lt;p&gt;正文&lt;/p&gt;</content></entry></feed>"#;
        let d = parse(atom, &url()).unwrap();
        assert_eq!(d.site_url.as_deref(), Some("http://gov.example.cn/"));
        let e = &d.entries[0];
        assert_eq!(e.title, "政务公开");
        assert_eq!(e.authors, vec!["省政府办公厅"]);
        assert_eq!(e.content_html.as_deref(), Some("<p>正文</p>"));
        let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"j","items":[{"id":"1","url":"http://x.cn/1","title":"标题","content_text":"文本","date_published":"2022-03-29T08:15:00+08:00"}]}"#;
        let d = parse(json, &url()).unwrap();
        assert_eq!(d.entries[0].guid, "1");
    }

    #[test]
    fn entity_bombs_are_not_expanded_and_html_is_not_a_feed() {
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<rss version="2.0"><channel><title>&c;</title><item><title>x</title><guid>1</guid></item></channel></rss>"#;
        if let Ok(d) = parse(bomb, &url()) {
            assert!(d.title.unwrap_or_default().len() < 100);
        }
        let html = "<!DOCTYPE html><html><head><title>404 页面不存在</title></head><body><p>出错了</p></body></html>";
        assert!(matches!(parse(html, &url()), Err(DiscoverError::NotAFeed(_))));
    }
}
