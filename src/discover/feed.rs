//! RSS, Atom and JSON feeds, parsed by feed-rs from text baoku decoded itself.
//!
//! Entry point: [`parse`]. Before feed-rs sees the text, the XML declaration
//! is rewritten to UTF-8 (the bytes were already decoded), a DOCTYPE with an
//! internal subset is dropped (no entity expansion: billion-laughs bombs go
//! nowhere), HTML named entities become numeric references, and an `<rss>`
//! root without a usable `version` gets `2.0`. Dates go through
//! [`crate::dates`] (Beijing time, `CST` = +08:00). Entries without guid or
//! link get an id derived from their content, so a second poll finds them.
//! A document feed-rs refuses gets one more try as a repaired copy
//! ([`salvage`]: a missing `<channel>`, a document cut short, an Atom
//! `type` feed-rs does not know), so one bad element does not lose a feed.

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
    // feed-rs (through quick-xml) can panic on some malformed input; a
    // hostile feed must cost one failed poll, not the polling task.
    // A fresh parser each time: one that failed part-way keeps state that
    // makes its next parse panic.
    let run = |doc: &str| match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| new_parser(url).parse(doc.as_bytes()))) {
        Ok(r) => r.map_err(|e| DiscoverError::NotAFeed(e.to_string())),
        Err(_) => Err(DiscoverError::NotAFeed("the feed parser failed on this document".into())),
    };
    let feed = match run(&prepared) {
        Ok(feed) => feed,
        // A feed cut short or with one odd element still carries its other
        // entries: keep what a repaired copy yields, else report the first error.
        Err(first) => match salvage(&prepared).map(|doc| run(&doc)) {
            Some(Ok(feed)) => {
                tracing::warn!(url = %url, error = %first, entries = feed.entries.len(), "feed repaired before parsing");
                feed
            }
            _ => return Err(first),
        },
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

/// feed-rs configured for baoku: base URI, Beijing-time dates, ids baoku
/// can recognise as invented, content left for the extractor to sanitize.
fn new_parser(url: &Url) -> feed_rs::parser::Parser {
    feed_rs::parser::Builder::new()
        .base_uri(Some(url.as_str()))
        .timestamp_parser(|s| crate::dates::parse(s).map(|st| st.at.with_timezone(&chrono::Utc)))
        .id_generator(|links, _title, _uri| match links.iter().find(|l| !l.href.is_empty()) {
            Some(l) => l.href.clone(),
            None => NO_ID.to_owned(),
        })
        .sanitize_content(false)
        .build()
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

/// A repaired copy of a feed that did not parse, or `None` when there is
/// nothing to repair:
/// - an `<rss>` root with no `<channel>` gets one around its content;
/// - a document cut short (a dropped connection, a CMS that died mid-page)
///   ends after its last complete `</item>` or `</entry>`, with its root
///   (and RSS `<channel>`) closed again; a closing tag missing only its `>`
///   is completed;
/// - an Atom text construct (`title`, `subtitle`, `summary`, `rights`) or
///   `content` whose `type` is not one feed-rs accepts (`""`,
///   `application/xhtml+xml`, base64 `application/octet-stream`) is read as
///   `xhtml`, `html` or `text` instead of failing the whole feed.
fn salvage(doc: &str) -> Option<String> {
    static ROOT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<([A-Za-z][\w:.-]*)[\s/>]").unwrap());
    static ATOM_TYPE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"<(title|subtitle|summary|rights|content|tagline|copyright|info)\b([^>]*?)\btype\s*=\s*["']([^"']*)["']"#).unwrap()
    });
    let mut out = ATOM_TYPE
        .replace_all(doc, |c: &regex::Captures| {
            let (tag, before, ty) = (&c[1], &c[2], c[3].trim().to_ascii_lowercase());
            let accepted = matches!(ty.as_str(), "text" | "html" | "xhtml")
                || (tag == "content" && (ty.starts_with("text/") || ty.ends_with("/xml") || ty.ends_with("+xml")) && !ty.contains("xhtml"));
            if accepted {
                return c[0].to_owned();
            }
            let as_ = if ty.contains("xhtml") {
                "xhtml"
            } else if ty.contains("html") {
                "html"
            } else {
                "text"
            };
            format!("<{tag}{before}type=\"{as_}\"")
        })
        .into_owned();

    // The root element: the first tag that is not a declaration, comment or PI.
    let root = ROOT
        .captures_iter(&out)
        .find(|c| {
            let at = c.get(0).unwrap().start();
            // Skip tags inside a leading comment.
            !out[..at].rfind("<!--").is_some_and(|open| !out[open..at].contains("-->"))
        })
        .map(|c| c[1].to_owned())?;
    if root == "rss" && !out.contains("<channel") {
        // `<rss>` with its items (or nothing) straight inside: give it the channel RSS requires.
        static RSS_OPEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<rss\b[^>]*>").unwrap());
        if let Some(m) = RSS_OPEN.find(&out) {
            out.insert_str(m.end(), "<channel>");
            if let Some(close) = out.rfind("</rss>") {
                out.insert_str(close, "</channel>");
            }
        }
    }
    let close_root = format!("</{root}>");
    let tail = out.trim_end();
    if !tail.ends_with(&close_root) {
        let closers = if root == "rss" { "</channel></rss>".to_owned() } else { close_root.clone() };
        let last_item = ["</item>", "</entry>"]
            .iter()
            .filter_map(|t| out.rfind(t).map(|i| i + t.len()))
            .max();
        if let Some(end) = last_item.filter(|&end| !out[end..].contains(&close_root)) {
            out.truncate(end);
            out.push_str(&closers);
        } else if let Some(open) = tail.rfind("</").filter(|&i| !tail[i..].contains('>')) {
            // `</feed` at the very end: only the `>` is missing.
            let name_ok = tail[open + 2..].chars().all(|ch| ch.is_alphanumeric() || ":_.-".contains(ch));
            if name_ok {
                let len = tail.len();
                out.truncate(len);
                out.push('>');
            }
        }
    }
    (out != doc).then_some(out)
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
    fn a_feed_cut_short_keeps_its_complete_items() {
        let full = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>某市日报</title>\
            <item><title>第一条</title><link>http://example.org/1.html</link></item>\
            <item><title>第二条</title><link>http://example.org/2.html</link></item>\
            <item><title>第三条</title><link>http://example.org/3.html</link><description>正文在传输中被截";
        let d = parse(full, &url()).unwrap();
        let titles: Vec<_> = d.entries.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, ["第一条", "第二条"]);

        let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>某省政府网</title>\
            <entry><id>urn:a</id><title>通知</title></entry>\
            <entry><id>urn:b</id><title>公告</title>";
        assert_eq!(parse(atom, &url()).unwrap().entries.len(), 1);

        // Only the last `>` is missing.
        let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>urn:c</id><title>公示</title></entry></feed";
        assert_eq!(parse(atom, &url()).unwrap().entries[0].title, "公示");
    }

    #[test]
    fn rss_without_a_channel_is_read_and_an_empty_one_has_no_entries() {
        let d = parse("<rss version=\"2.0\"><item><title>无频道</title><link>http://example.org/a.html</link></item></rss>", &url()).unwrap();
        assert_eq!(d.entries[0].title, "无频道");
        assert!(parse("<rss version=\"2.0\">\n</rss>", &url()).unwrap().entries.is_empty());
    }

    #[test]
    fn odd_atom_content_types_do_not_fail_the_feed() {
        let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\">\
            <entry><id>urn:1</id><title type=\"\">空类型</title></entry>\
            <entry><id>urn:2</id><title type=\"application/xhtml+xml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">网页<b>标题</b></div></title></entry>\
            <entry><id>urn:3</id><title>正常</title><summary type=\"application/octet-stream\">5pGY6KaB</summary></entry>\
            </feed>";
        let d = parse(atom, &url()).unwrap();
        let titles: Vec<_> = d.entries.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(titles, ["空类型", "网页标题", "正常"]);
    }

    #[test]
    fn a_document_with_no_complete_item_is_still_not_a_feed() {
        let broken = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>坏<item></rss";
        assert!(matches!(parse(broken, &url()), Err(DiscoverError::NotAFeed(_))));
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
